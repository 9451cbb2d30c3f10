import BurdenAnalysis
import BurdenData
import BurdenStats

extension ReportPageBuilder {
    /// Methods and data: the command that computes each part alone, the options, the
    /// import, the inputs with their checksums, the version, the sources of the
    /// regional figures and what could not be computed.
    var methods: ReportPage.Section {
        let text = MethodsText.in(language)
        let options = content.options
        var blocks: [ReportPage.Block] = [.paragraph(text.intro)]
        blocks.append(.commands(content.parts.map { part in
            ShellText.command(report.reproduction.command(for: part, inputs: content.inputs))
        }))
        let filter = content.selection.nonDefaultArguments
        var settings: [[String]] = [
            [text.population, "\(content.rates.denominator) — \(content.table.column(named: content.rates.denominator)?.label ?? "")"],
            [text.rateIntervals, "\(content.rates.ci.rawValue), \(format.levelPercent(content.rates.confidence))"],
            [text.filter, filter.isEmpty ? text.noFilter : ShellText.command(filter)],
            [text.modelCovariates, options.modelCovariates.joined(separator: ", ")],
            [text.ranking, options.rankBy],
            [text.fifthsBy, options.fifthsBy],
        ]
        let tally = content.scope.tally
        if !content.scope.filter.keepsEverything {
            settings.append([
                text.leftOut,
                text.leftOutCounts(
                    format.integer(tally.excluded), format.integer(tally.undated), format.integer(tally.imprecise),
                    format.integer(tally.kept)),
            ])
        }
        blocks.append(.heading(text.optionsHeading))
        blocks.append(.definitions(settings))
        blocks += importBlocks(text)

        blocks.append(.heading(text.inputsHeading))
        if !content.inputs.isEmpty {
            blocks.append(.table(ReportPage.Table(
                caption: text.checksums, columns: [text.role, text.file, text.bytes, "SHA-256"], numeric: [false, false, true, false],
                rows: content.inputs.map { [$0.role.rawValue, $0.name, $0.bytes.map(format.integer) ?? "—", $0.sha256 ?? "—"] })))
        }
        var version = [[text.tool, "warburden \(report.toolVersion)"]]
        if let stamp = report.stamp { version.append([text.made, stamp]) }
        version.append([text.reference, content.table.country == "RU" ? text.builtIn : text.userTable])
        blocks.append(.definitions(version))

        if content.table.country == "RU" {
            let used = Set([content.rates.denominator] + content.relations.map(\.covariate) + [options.rankBy, options.fifthsBy]
                + options.modelCovariates.compactMap { CovariateName.publishedNames[$0] ?? $0 })
            let sources = content.table.columns.filter { used.contains($0.name) }.map { column in
                "\(column.name): \(column.label). \(column.source?.title ?? "")" + (column.source?.year.map { ", \($0)" } ?? "") + "."
            }
            blocks.append(.heading(text.sourcesHeading))
            blocks.append(.list(sources))
        }
        if !content.omitted.isEmpty {
            blocks.append(.heading(text.notComputed))
            blocks.append(.list(content.omitted.map { "\($0.part): \($0.reason)" }))
        }
        blocks.append(.paragraph(text.references))
        return ReportPage.Section(id: "methods", title: text.title, blocks: blocks)
    }

    /// The import ledger of a list — rows by outcome, reasons, spellings of regions
    /// that did not resolve — or the total rows a counts table skipped.
    private func importBlocks(_ text: MethodsText) -> [ReportPage.Block] {
        guard let ledger = content.ledger else {
            guard !content.scope.skippedTotals.isEmpty else { return [] }
            return [.paragraph(text.skippedTotals + content.scope.skippedTotals.joined(separator: ", ") + ".")]
        }
        var blocks: [ReportPage.Block] = [
            .heading(text.importHeading),
            .definitions([
                [text.rows, format.integer(ledger.rows)],
                [text.accepted, format.integer(ledger.accepted)],
                [text.acceptedWithWarnings, format.integer(ledger.acceptedWithWarnings)],
                [text.duplicates, format.integer(ledger.duplicates)],
                [text.rejected, format.integer(ledger.rejected)],
                [text.withRegion, "\(format.integer(ledger.withRegion)) / \(format.integer(ledger.withoutRegion))"],
                [text.layout, "\(ledger.format), \(ledger.layout)"],
            ]),
        ]
        if !ledger.reasons.isEmpty {
            blocks.append(.table(ReportPage.Table(
                caption: text.reasonsCaption, columns: [text.outcome, text.reason, text.rows], numeric: [false, false, true],
                rows: ledger.reasons.map { [$0.outcome, $0.code, format.integer($0.count)] })))
        }
        if !ledger.unresolvedRegions.isEmpty {
            let shown = ledger.unresolvedRegions.prefix(20)
            blocks.append(.table(ReportPage.Table(
                caption: text.unresolvedCaption(String(ledger.unresolvedRegions.count), String(shown.count)),
                columns: [text.spelling, text.problem, text.rows, text.closest], numeric: [false, false, true, false],
                rows: shown.map { [$0.text, $0.problem, format.integer($0.count), $0.suggestions.joined(separator: "; ")] })))
        }
        return blocks
    }
}
