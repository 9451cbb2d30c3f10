import ArgumentParser
import BurdenAnalysis
import BurdenData
import BurdenReport
import BurdenTestSupport
import Foundation
import Testing

/// The block "Observed and expected" of a report: present with exposure questions,
/// absent without, and its answers in results.json and the tables.
struct ExposureReportTests {
    /// A question as a row of an exposure file would give it.
    static func question(_ label: String, _ arguments: [String]) throws -> ExposureCase {
        ExposureCase(label: label, options: try ExposureOptions.parse(arguments))
    }

    @Test func theBlockHoldsEveryQuestionAnsweredAndResultsJSONItsAnswers() throws {
        let folder = try TemporaryFolder()
        let (dataset, inputs) = try ReportWriterTests.simulatedDataset(records: 1500, in: folder)
        let questions = [
            try Self.question("Members", ["--members", "1329", "--observed-at-most", "13", "--relatives", "5", "--share", "0.05"]),
            try Self.question("Named share", ["--members", "400", "--observed", "3", "--relatives", "4", "--share", "list"]),
            try Self.question("Deputies", ["--observed", "4", "--group", "20-39:310,40-59:420"]),
        ]
        let content = try ReportContent(dataset: dataset, inputs: inputs, exposure: questions)
        #expect(content.exposures.map(\.question.label) == ["Members", "Named share", "Deputies"])
        #expect(content.parts.filter { $0.name.hasPrefix("exposure_") }.count == 3)
        let files = Report(content: content, toolVersion: "9.9.9").files()
        let html = try #require(files.first { $0.path == "index.html" }).contents
        #expect(html.contains("Observed and expected"))
        #expect(XMLCheck.problem(in: html) == nil, "\(XMLCheck.problem(in: html) ?? "")")
        for label in ["Members", "Named share", "Deputies"] { #expect(html.contains(label), "\(label)") }
        #expect(html.contains("22.622"))
        let json = try #require(files.first { $0.path == "results.json" }).contents
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let exposure = try #require(object["exposure"] as? [[String: Any]])
        #expect(exposure.map { $0["label"] as? String } == ["Members", "Named share", "Deputies"])
        #expect(files.contains { $0.path == "tables/exposure-3.csv" })
    }

    @Test func withoutQuestionsThereIsNoBlock() throws {
        let folder = try TemporaryFolder()
        let (dataset, inputs) = try ReportWriterTests.simulatedDataset(records: 1500, in: folder)
        let files = Report(content: try ReportContent(dataset: dataset, inputs: inputs), toolVersion: "9.9.9").files()
        let html = try #require(files.first { $0.path == "index.html" }).contents
        #expect(!html.contains("Observed and expected"))
        #expect(!files.contains { $0.path.hasPrefix("tables/exposure-") })
    }
}
