import BurdenAnalysis
import BurdenData
@testable import BurdenServer
import BurdenTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import OpenAPIKit
import RealModule
import Testing

/// Every option of every analysis is the same option on the command line, in the API
/// and in the OpenAPI document: the same name (`--rank-by`, `rank_by`), default,
/// range and choices — walked over the routes, so a new option cannot be left out of
/// one of them.
struct SpecificationParityTests {
    /// The commands' options as ArgumentParser describes them (`--experimental-dump-help`).
    static let commandOptions: [String: [String: (defaultValue: String?, values: [String])]] = {
        guard let result = try? CommandRunner.warburden(["--experimental-dump-help"]),
            let object = try? JSONSerialization.jsonObject(with: result.outputData) as? [String: Any],
            let command = object["command"] as? [String: Any], let subcommands = command["subcommands"] as? [[String: Any]]
        else { return [:] }
        var options: [String: [String: (String?, [String])]] = [:]
        for subcommand in subcommands {
            guard let name = subcommand["commandName"] as? String else { continue }
            for argument in subcommand["arguments"] as? [[String: Any]] ?? [] {
                guard let preferred = argument["preferredName"] as? [String: Any], let option = preferred["name"] as? String else { continue }
                options[name, default: [:]][option] = (argument["defaultValue"] as? String, argument["allValues"] as? [String] ?? [])
            }
        }
        return options
    }()

    /// The parameters of each path's GET in the generated document, by name.
    nonisolated(unsafe) static let documentParameters: [String: [String: [String: Any]]] = {
        let data = Data(OpenAPIDocument.json(version: "0.1.0").utf8)
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let paths = object["paths"] as? [String: [String: Any]]
        else { return [:] }
        var result: [String: [String: [String: Any]]] = [:]
        for (path, item) in paths {
            let get = item["get"] as? [String: Any] ?? item["post"] as? [String: Any] ?? [:]
            for parameter in get["parameters"] as? [[String: Any]] ?? [] {
                if let name = parameter["name"] as? String { result[path, default: [:]][name] = parameter }
            }
        }
        return result
    }()

    static var routeNames: [String] { AnalysisRoutes.all.map(\.name) }

    @Test func theDocumentIsValidOpenAPI() throws {
        try OpenAPIDocument.document(version: "0.1.0").validate()
    }

    @Test("every option of an analysis is in the OpenAPI document with its default, range and choices", arguments: routeNames)
    func optionsAreDocumented(name: String) throws {
        let route = try #require(AnalysisRoutes.byName[name])
        let parameters = try #require(Self.documentParameters["/datasets/{id}/\(name)"], "no path for \(name)")
        #expect(Set(parameters.keys) == route.parameterNames.union(["id"]), "the document's parameters of \(name)")
        for entry in route.catalog.entries {
            let parameter = try #require(parameters[entry.parameterName], "\(name): \(entry.parameterName) is not documented")
            let schema = try #require(parameter["schema"] as? [String: Any])
            let values = entry.isRepeating ? try #require(schema["items"] as? [String: Any]) : schema
            #expect((parameter["required"] as? Bool ?? false) == entry.isRequired, "\(name) \(entry.parameterName) required")
            if entry.isRepeating {
                #expect(schema["default"] as? [String] == entry.defaultValues, "\(name) \(entry.parameterName) defaults")
                #expect(values["default"] == nil, "\(name) \(entry.parameterName): a default of one item")
            }
            switch entry.kind {
            case .number(let range):
                let minimum = (values["minimum"] ?? values["exclusiveMinimum"]) as? Double
                let maximum = (values["maximum"] ?? values["exclusiveMaximum"]) as? Double
                #expect(minimum == range.lower && maximum == range.upper, "\(name) \(entry.parameterName): \(values)")
                #expect((values["exclusiveMinimum"] != nil) == !range.includesLower)
                if let text = entry.defaultValue { #expect((values["default"] as? Double) == Double(text), "\(name) \(entry.parameterName) default") }
            case .choice(let choices):
                #expect(values["enum"] as? [String] == choices, "\(name) \(entry.parameterName) choices")
                if let text = entry.defaultValue, !entry.isRepeating { #expect(values["default"] as? String == text) }
            case .numberOrRange:
                // A number's default is the number form's (`1`), a range's the range form's (`0.3-0.7`).
                if let text = entry.defaultValue, !entry.isRepeating {
                    let defaults = (values["anyOf"] as? [[String: Any]] ?? []).compactMap { $0["default"] }
                    #expect(defaults.count == 1, "\(name) \(entry.parameterName): \(values)")
                    let given = defaults.first.map { ($0 as? Double).map(NumberRange.plain) ?? ($0 as? String) }
                    #expect(given == text, "\(name) \(entry.parameterName) default")
                }
            default:
                if let text = entry.defaultValue, !entry.isFlag, !entry.isRepeating { #expect(values["default"] as? String == text, "\(name) \(entry.parameterName) default") }
            }
        }
    }

    @Test("every option of an analysis is its command's option with the same default and choices", arguments: routeNames)
    func optionsAreTheCommands(name: String) throws {
        try #require(!Self.commandOptions.isEmpty, "the command's help dump could not be read")
        guard let command = Self.commandOptions[name] else {
            // An analysis the command line has no command for (the changes between versions).
            #expect(name == "changes")
            return
        }
        let route = try #require(AnalysisRoutes.byName[name])
        for entry in route.catalog.entries {
            let option = try #require(command["\(entry.name)"], "warburden \(name) has no --\(entry.name)")
            #expect(option.defaultValue == entry.defaultValue, "warburden \(name) --\(entry.name) default")
            if case .choice(let choices) = entry.kind { #expect(option.values == choices, "warburden \(name) --\(entry.name) choices") }
        }
    }

    @Test("the server takes every option at its default and refuses every number outside its range", arguments: routeNames)
    func serverTakesEveryOption(name: String) async throws {
        let route = try #require(AnalysisRoutes.byName[name])
        let fixture = try ServerFixture()
        let list = try fixture.simulatedList(records: 500, seed: 3)
        _ = try fixture.workspace.importList(path: list, label: "one")
        _ = try fixture.workspace.importList(path: list, label: "two")
        var given = route.inputs.filter(\.isRequired).map { "\($0.name)=1" }
        if name == "groups" { given.append("by=republic") }
        if name == "model" { given.append("covariates=percBelowSubsistence") }
        let required = given + Self.light(name)
        try await fixture.app.test(.router) { client in
            for entry in route.catalog.entries {
                let value = entry.isFlag ? "true" : (entry.defaultValue ?? Self.sample(entry))
                let others = required.filter { !$0.hasPrefix(entry.parameterName + "=") }
                let values = entry.isRepeating ? entry.defaultValues ?? [value] : [value]
                let query = others + values.map { "\(entry.parameterName)=\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0)" }
                let response = try await client.execute(uri: "/datasets/2/\(name)?" + query.joined(separator: "&"), method: .get)
                #expect(response.status.code != 400 && response.status.code < 500, "\(name) \(entry.parameterName)=\(value): \(String(buffer: response.body))")
                guard case .number(let range) = entry.kind else { continue }
                for outside in ["nan", "inf", "1e400", NumberRange.plain(range.upper * 2 + 1), NumberRange.plain(range.lower - 1)] {
                    let bad = (others + ["\(entry.parameterName)=\(outside)"]).joined(separator: "&")
                    let refused = try await client.execute(uri: "/datasets/2/\(name)?" + bad, method: .get)
                    #expect(refused.status == .badRequest, "\(name) \(entry.parameterName)=\(outside)")
                    #expect(String(buffer: refused.body).contains(entry.parameterName))
                }
            }
        }
    }

    @Test("random values of every kind to every parameter get an answer or a clear 400, never a failure", arguments: routeNames)
    func randomValuesNeverFail(name: String) async throws {
        let route = try #require(AnalysisRoutes.byName[name])
        let fixture = try ServerFixture()
        _ = try fixture.workspace.importList(path: try fixture.simulatedList(records: 200, seed: 5), label: "one")
        var random = SeededGenerator(seed: 20_261_207)
        let values = route.catalog.entries.map { entry in (entry, (0..<24).map { _ in Self.hostileValue(&random) }) }
        try await fixture.app.test(.router) { client in
            for (entry, drawn) in values {
                for value in drawn {
                    let encoded = value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                    let others = Self.light(name).filter { !$0.hasPrefix(entry.parameterName + "=") }
                    let query = (others + ["\(entry.parameterName)=\(encoded)"]).joined(separator: "&")
                    let response = try await client.execute(uri: "/datasets/1/\(name)?\(query)", method: .get)
                    let body = String(buffer: response.body)
                    #expect([200, 400, 404, 422].contains(Int(response.status.code)), "\(name) \(entry.parameterName)=\(value): \(body)")
                    if response.status.code == 400 { #expect(body.contains("\"detail\""), "\(name): \(body)") }
                }
            }
        }
    }

    /// Settings that keep a route's computation short while another parameter is being
    /// tried: the hierarchical sampler of `within` at its defaults runs for minutes in a
    /// debug build, and these tests are about how values are read, not about the sampler
    /// (its own tests are in BurdenStatsTests). The parameter under test always replaces
    /// its own entries here.
    static func light(_ name: String) -> [String] {
        name == "within" ? ["method=bounds", "method=goodman-poisson", "chains=1", "warmup=50", "draws=100"] : []
    }

    /// A value drawn from every kind a hostile client sends: numbers huge, tiny,
    /// negative and not finite, in every notation, empty and overlong texts, control
    /// and format characters, and valid values.
    static func hostileValue(_ random: inout SeededGenerator) -> String {
        let magnitude = Double.pow(10, Double(random.nextInt(below: 700)) - 350)
        let number = (random.nextUnit() - 0.5) * magnitude
        let choices: [String] = [
            "\(number)", String(format: "%.0f", min(abs(number), 1e300)), "\(random.next())", "-\(random.next())", "nan", "-inf",
            "infinity", "0x\(String(random.next(), radix: 16))", "1e\(random.nextInt(below: 800) - 400)", "", " ", "0", "-0", "1",
            String(repeating: "9", count: random.nextInt(below: 600)), String(repeating: "a,", count: random.nextInt(below: 300)),
            "\u{202E}x", "\u{0}", "\u{1B}[2J", "0.95", "2023-13-45", "2023", "republic", "wilson", "--help", "-1",
        ]
        return choices[random.nextInt(below: choices.count)]
    }

    /// A valid value of an option without a default.
    static func sample(_ entry: OptionCatalog.Entry) -> String {
        switch entry.kind {
        case .number(let range): NumberRange.plain(range.includesLower ? range.lower : (range.lower + range.upper) / 2)
        case .numberOrRange(let range, let words): words.first ?? NumberRange.plain(range.includesLower ? range.lower : (range.lower + range.upper) / 2)
        case .choice(let choices): choices[0]
        case .choiceOrPattern(let choices, _, _): choices[0]
        case .date: "2023"
        case .column: "men_16_61_2021"
        case .text, .flag: entry.name == "covariates" ? "percBelowSubsistence" : "2023"
        }
    }
}
