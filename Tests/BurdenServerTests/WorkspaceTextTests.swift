import BurdenServer
import BurdenTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// One rule for the labels and file names a person gives: the command line and the
/// server refuse the same texts.
struct WorkspaceTextTests {
    /// Scalars no label or file name may hold, one of each kind the rule names.
    static let refused: [(String, Unicode.Scalar)] = [
        ("ESC", "\u{1B}"), ("BEL", "\u{07}"), ("NUL", "\u{0}"), ("newline", "\n"), ("DEL", "\u{7F}"), ("C1 CSI", "\u{9B}"),
        ("right-to-left override", "\u{202E}"), ("left-to-right isolate", "\u{2066}"), ("Arabic letter mark", "\u{061C}"),
        ("zero-width space", "\u{200B}"), ("zero-width joiner", "\u{200D}"), ("byte order mark", "\u{FEFF}"),
        ("soft hyphen", "\u{00AD}"), ("line separator", "\u{2028}"), ("paragraph separator", "\u{2029}"),
        ("private use", "\u{E000}"), ("plane-15 private use", "\u{F0000}"), ("unassigned", "\u{0378}"),
        ("noncharacter", "\u{FFFF}"), ("plane noncharacter", "\u{1FFFE}"), ("tag character", "\u{E0041}"),
    ]

    /// Texts the rule accepts, as they are (or trimmed).
    static let accepted = [
        "2023-04-12", "list of week 1", "Список 12 апреля", "名单", "Émile (café)", "a\u{0301}ccent", "100\u{00A0}000",
        "flag 🇺🇦", "=1+2", "<b>bold</b>", String(repeating: "я", count: 200),
    ]

    @Test("a scalar of a refused kind makes the text an error", arguments: refused)
    func refusedScalars(name: String, scalar: Unicode.Scalar) {
        for text in ["a\(scalar)b", "\(scalar)", "week \(scalar)1"] {
            #expect(throws: WorkspaceError.self, "\(name)") { try WorkspaceText.label(text) }
            #expect(throws: WorkspaceError.self, "\(name)") { try WorkspaceText.fileName(text + ".csv") }
        }
    }

    @Test func acceptedTextsComeBackTrimmed() throws {
        for text in Self.accepted {
            #expect(try WorkspaceText.label("  \(text) ") == text)
            if text.unicodeScalars.count <= WorkspaceText.maximumScalars - 4, !text.contains("/") {
                #expect(try WorkspaceText.fileName("\(text).csv") == "\(text).csv")
            }
        }
        for text in ["", "   ", String(repeating: "x", count: 201), "a/b", "..", ".", "a\\b"] {
            #expect(throws: WorkspaceError.self, "\(text)") { try WorkspaceText.fileName(text) }
        }
        #expect(throws: WorkspaceError.self) { try WorkspaceText.label(String(repeating: "x", count: 201)) }
        #expect(throws: WorkspaceError.self) { try WorkspaceText.label(" \t ") }
    }

    @Test func theServerAndImportRefuseTheSameLabelsAndNames() async throws {
        let fixture = try ServerFixture()
        let list = try fixture.simulatedList(records: 20, seed: 6)
        let workspace = fixture.path("cli-workspace")
        try await fixture.app.test(.router) { client in
            for (name, scalar) in Self.refused {
                let text = "v\(scalar)1"
                let encoded = text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                try expectProblem(
                    try await client.execute(uri: "/datasets?label=\(encoded)", method: .post, headers: bearer(), body: try body(ofFile: list)),
                    status: 400, code: "bad_query")
                try expectProblem(
                    try await client.execute(
                        uri: "/datasets?label=ok&name=\(encoded).csv", method: .post, headers: bearer(), body: try body(ofFile: list)),
                    status: 400, code: "bad_query")
                // An argument cannot hold NUL.
                guard scalar != "\u{0}" else { continue }
                let command = try CommandRunner.warburden(["import", list, "--label", text, "--workspace", workspace])
                #expect(command.status == 2, "\(name): \(command.standardError)")
                #expect(command.standardError.contains("--label"), "\(name)")
            }
            for text in Self.accepted.prefix(4) {
                let encoded = text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                #expect(
                    try await client.execute(uri: "/datasets?label=\(encoded)", method: .post, headers: bearer(), body: try body(ofFile: list)).status
                        == .created)
                #expect(try CommandRunner.warburden(["import", list, "--label", text, "--workspace", workspace]).status == 0)
            }
        }
        #expect(try fixture.workspace.versions().map(\.label) == Array(Self.accepted.prefix(4)))
        #expect(try Workspace(folder: workspace).versions().map(\.label) == Array(Self.accepted.prefix(4)))
    }
}
