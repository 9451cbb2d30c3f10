import BurdenAnalysis
import BurdenStats

extension ReportPageBuilder {
    /// The replacement balance: the formulas, the chart of the cumulative stock and
    /// flow, the table per year with every figure's source, the periods without a
    /// balance, the assumptions, and which of them moves the balance most.
    var balance: ReportPage.Section? {
        guard let balance = content.balance else { return nil }
        let text = BalanceText.in(language)
        var blocks: [ReportPage.Block] = [
            .paragraph(text.intro), .paragraph(text.formulas(range(balance.assumptions[.returnToDuty]!))),
        ]
        blocks += figures(.balance).map { .figure($0) }
        let rows = balance.rows.filter { $0.gaps.isEmpty || $0.claimedLosses != nil }.map { row -> [String] in
            let figure = row.figures[.balanceContracts]
            return [
                row.span.label, count(row.contracts?.measure), count(row.volunteers?.measure),
                row.decrees.isEmpty ? "—" : format.integer(row.conscripts), count(row.claimedLosses), count(row.estimatedKilled),
                number(row.figures[.wounded]?.value, 0), number(row.figures[.permanent]?.value, 0), signed(figure?.value),
                figure.map { format.interval($0.low, $0.high, decimals: 0) } ?? "—", signed(row.figures[.balanceWithVolunteers]?.value),
            ]
        }
        blocks.append(.table(ReportPage.Table(
            caption: text.tableCaption(balance.claimedBy, balance.estimatedBy),
            columns: [common.year, text.contracts, text.volunteers, text.conscripts, text.claimed, text.estimated, text.wounded,
                      text.permanent, text.balance, text.range, text.withVolunteers],
            numeric: [false] + Array(repeating: true, count: 10), rows: rows)))
        let uncovered = balance.rows.filter { !$0.gaps.isEmpty }.map { row in
            text.notCovered(row.span.label, row.gaps.map { gap in
                switch gap {
                case .contracts: text.lacksContracts
                case .claimedLosses: text.lacksClaimed
                case .estimate: text.lacksEstimate
                }
            }.joined(separator: "; "))
        }
        if !uncovered.isEmpty { blocks.append(.list(uncovered)) }
        blocks.append(.collapsible(summary: text.sourcesSummary, [.list(sourceLines(balance, text))]))

        blocks.append(.heading(text.assumptionsHeading))
        blocks.append(.definitions(BalanceAssumption.allCases.map { [assumptionName($0, text), range(balance.assumptions[$0]!)] }))
        blocks.append(.paragraph(text.drawsLine(format.level(balance.level), format.integer(balance.draws), String(balance.seed))))
        if let last = balance.rows.last(where: { $0.figures[.balanceContracts] != nil }) {
            let effects = balance.effects.filter { $0.period == last.span.label && $0.balance == .balanceContracts }
            blocks.append(.table(ReportPage.Table(
                caption: text.sensitivityCaption(last.span.label),
                columns: [text.assumption, text.range, text.atLow, text.atHigh, text.swing], numeric: [false, false, true, true, true],
                rows: effects.map { effect in
                    [assumptionName(effect.assumption, text), range(balance.assumptions[effect.assumption]!), signed(effect.atLow),
                     signed(effect.atHigh), number(effect.swing, 0)]
                })))
        }
        blocks.append(.paragraph(text.leavesOut))
        return ReportPage.Section(id: "balance", title: text.title, blocks: blocks)
    }

    /// Who claimed each figure of each year with a balance.
    private func sourceLines(_ balance: ReplacementBalance, _ text: BalanceText) -> [String] {
        balance.rows.flatMap { row -> [String] in
            let intakes: [(String, ClaimedIntake?)] = [
                (text.contractsWord, row.contracts), (text.volunteersWord, row.volunteers),
                (text.togetherWord, row.contracts != nil && row.volunteers != nil ? nil : row.combined),
            ]
            return intakes.compactMap { what, intake in
                intake.map { text.sourceLine(row.span.label, what, count($0.measure), ReplacementBalance.source(of: $0)) }
            }
        }
    }

    /// A figure as read, with `*` when it covers part of its period.
    private func count(_ measure: BalanceMeasure?) -> String {
        guard let measure else { return "—" }
        return format.string(measure.value, decimals: 0) + (measure.isPartial ? "*" : "")
    }

    /// A balance with its sign: `+140,844`, `−19,020`.
    private func signed(_ value: Double?) -> String {
        guard let value else { return "—" }
        return (value.rounded() > 0 ? "+" : "") + format.string(value, decimals: 0)
    }

    /// A range as the options take it, with the language's decimal separator: `0.3–0.7`, `0,5`.
    private func range(_ range: ParameterRange) -> String {
        ReplacementBalance.rangeText(range).replacing(".", with: format.decimalSeparator).replacing("-", with: "–")
    }

    private func assumptionName(_ assumption: BalanceAssumption, _ text: BalanceText) -> String {
        switch assumption {
        case .returnToDuty: text.returnToDuty
        case .intakeFactor: text.intakeFactor
        case .claimedLossesFactor: text.claimedLossesFactor
        case .estimateFactor: text.estimateFactor
        case .missing: text.missing
        case .captured: text.captured
        case .deserted: text.deserted
        }
    }
}
