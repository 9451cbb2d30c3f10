import BurdenAnalysis
import BurdenStats

/// Writes `results.json`: every number of the report at full precision — each
/// analysis as the command that computes it alone prints it with `--format json`
/// (so the two can be compared key by key), the headline, the correlations, the
/// inputs with their checksums, and the options.
struct ResultsJSONWriter {
    let report: Report

    func render() -> String {
        let content = report.content
        let scope = content.scope.metadata
        func document(_ document: TidyDocument) -> JSONValue { JSONValue(document.adding(scope)) }

        var members: [(String, JSONValue)] = [
            ("report", .object([
                ("title", .string(report.displayTitle)), ("language", .string(report.language.rawValue)),
                ("tool", .string("warburden")), ("version", .string(report.toolVersion)),
                ("generated", .string(report.stamp)),
            ])),
            ("inputs", JSONValue(TidyDocument(tables: [InputFile.table(of: content.inputs)])).member("inputs")),
            ("options", .object([
                ("denominator", .string(content.rates.denominator)), ("confidence", .number(content.options.confidence)),
                ("rate_interval", .string(content.rates.ci.rawValue)),
                ("model_covariates", .cell(.list(content.options.modelCovariates))),
                ("rank_by", .string(content.options.rankBy)), ("fifths_by", .string(content.options.fifthsBy)),
                ("scatter_covariates", .cell(.list(content.relations.map(\.covariate)))),
            ])),
            ("scope", JSONValue(TidyDocument(metadata: scope, tables: []))),
            ("headline", JSONValue(TidyDocument(tables: [content.headlineTable])).member("headline")),
        ]
        if let ledger = content.ledger { members.append(("ledger", JSONValue(ledger.document))) }
        members.append(("rates", document(content.rates.document)))
        if let inequality = content.inequality { members.append(("inequality", document(inequality.document))) }
        var groups: [(String, JSONValue)] = content.regionGroups.map { ($0.by, document($0.document)) }
        if let units = content.unitTypes { groups.append(("unit-type", document(units.document))) }
        members.append(("groups", .object(groups)))
        members.append(("models", .object(content.models.map { ($0.family.rawValue, document($0.document)) })))
        var trends: [(String, JSONValue)] = []
        if let monthly = content.monthly { trends.append(("month_by_\(monthly.grouping)", document(monthly.document))) }
        if let shares = content.regionalShares { trends.append(("quarter_by_\(shares.grouping)", document(shares.document))) }
        members.append(("trends", .object(trends)))
        if let excess = content.excess { members.append(("excess", JSONValue(excess.document))) }
        if let coverage = content.coverage { members.append(("coverage", document(coverage.document))) }
        if let volume = content.volume { members.append(("volume", JSONValue(volume.document))) }
        if !content.within.isEmpty { members.append(("within", .object(content.within.map { ($0.split, document($0.document)) }))) }
        if !content.exposures.isEmpty {
            members.append(("exposure", .array(content.exposures.map { question, answer in
                .object([("label", .string(question.label)), ("result", JSONValue(answer.document))])
            })))
        }
        if let balance = content.balance { members.append(("balance", JSONValue(balance.document))) }
        members.append(("correlations", JSONValue(TidyDocument(tables: [CovariateRelation.table(of: content.relations)])).member("correlations")))
        members.append(("omitted", .array(content.omitted.map { .object([("part", .string($0.part)), ("reason", .string($0.reason))]) })))
        return JSONValue.object(members).render() + "\n"
    }
}

extension JSONValue {
    /// The member of an object with this key (`null` when absent).
    func member(_ key: String) -> JSONValue {
        guard case .object(let members) = self else { return .cell(.missing) }
        return members.first { $0.0 == key }?.1 ?? .cell(.missing)
    }
}
