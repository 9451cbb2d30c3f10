import BurdenAnalysis
import BurdenReport

/// The analyses the API offers on a stored version, one entry each: the
/// specification whose options the route takes, the parameters only the API has,
/// and the call into BurdenAnalysis — the same call and the same document as the
/// command, so that `GET /datasets/{id}/rates` and `warburden rates FILE --format json`
/// give the same bytes. Nothing is computed here.
enum AnalysisRoutes {
    /// Every route, in the order the OpenAPI document lists them.
    static let all: [AnalysisRoute] = [
        AnalysisRoute(RatesOptions.self) { options, request in
            let selected = try request.selection(options.selection)
            return try options.run(on: selected).document.adding(selected.scope.metadata)
        },
        AnalysisRoute(GroupsOptions.self, sample: ["--by", "republic"]) { options, request in
            let selected = try request.selection(options.selection, keepRecords: options.needsRecords)
            return try options.run(on: selected).document.adding(selected.scope.metadata)
        },
        AnalysisRoute(ModelOptions.self, sample: ["--covariates", "a"]) { options, request in
            let selected = try request.selection(options.selection)
            return try options.run(on: selected).document.adding(selected.scope.metadata)
        },
        AnalysisRoute(InequalityOptions.self) { options, request in
            let selected = try request.selection(options.selection)
            return try options.run(on: selected).document.adding(selected.scope.metadata)
        },
        AnalysisRoute(TrendsOptions.self) { options, request in
            let selected = try request.selection(options.selection, keepRecords: true)
            return try options.run(on: selected).document.adding(selected.scope.metadata)
        },
        AnalysisRoute(WithinOptions.self) { options, request in
            guard options.by != .table else {
                throw ServerError(.unprocessable, "by=table reads a table of men per region and group, which the workspace does not store; use the command line")
            }
            let selected = try request.selection(options.selection)
            return try options.run(on: selected).document.adding(selected.scope.metadata)
        },
        AnalysisRoute(
            ChangesOptions.self, inputs: [.since],
            response: "For every region the deaths before and after, the new deaths, the rates before and after and the change of the rate with its interval (MOVER), both versions counted with the same options."
        ) { options, request in
            let earlier = try request.otherDataset()
            let before = AnalysisRequest.selection(options.rates.selection, of: earlier)
            let after = try request.selection(options.rates.selection)
            let versions: [TidyDocument.Metadatum] = [
                .init("dataset", .integer(Int(request.dataset.version.id))), .init("label", .text(request.dataset.version.label)),
                .init("since", .integer(Int(earlier.version.id))), .init("since_label", .text(earlier.version.label)),
            ]
            return try options.run(from: before, to: after).document.adding(versions + after.scope.metadata)
        },
        AnalysisRoute(
            ExcessOptions.self, inputs: [.mortality],
            response: "The estimate, as `warburden excess DEATHS --format json` prints it for the same mortality file and regions."
        ) { options, request in
            try options.run(deaths: try await request.deaths(), regions: request.dataset.table).document
        },
        AnalysisRoute(
            ExposureOptions.self,
            response: "Observed against expected, as `warburden exposure [FILE] --format json` prints it: the version's list gives the reference rates of `group` (written out: 20-29:410,30-39:520) and the named deaths of `share=list`; the other questions do not read it."
        ) { options, request in
            let question = try options.question()
            guard question.needsList else { return try options.run(regions: request.dataset.table).document }
            let selected = try request.selection(options.selection, keepRecords: question.needsRecords)
            return try options.run(regions: selected.table, dataset: selected).document.adding(selected.scope.metadata)
        },
        AnalysisRoute(
            BalanceOptions.self, inputs: [.claims, .decrees, .series, .estimate],
            response: "The balance, as `warburden balance --claims CLAIMS --decrees DECREES --series SERIES --estimate ESTIMATE --records LIST --format json` prints it for the same stored files and list."
        ) { options, request in
            try options.run(on: try request.balanceInputs()).document
        },
    ]

    /// The route of each name.
    static let byName: [String: AnalysisRoute] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })
}
