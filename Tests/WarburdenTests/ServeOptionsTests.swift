import BurdenTestSupport
import Foundation
import Testing

/// `serve`'s numbers are bounded: a value outside its documented range is a usage
/// error (exit 2) that names the option, never an overflow or a server that starts
/// with nonsense; and `import` refuses a list with no rows.
struct ServeOptionsTests {
    @Test("a numeric option of serve outside its range is a usage error", arguments: [
        ("--port", ["-1", "65536", "99999999999999999999", "1e19", "8080.5", "0x50", "", "nan"]),
        ("--max-upload-mb", ["0", "-5", "1048577", "8796093022208", "9223372036854775807", "1e19", "NaN"]),
        ("--max-input-mb", ["0", "-1", "1048577", "9223372036854775807", "inf"]),
        ("--max-imports", ["0", "-2", "65", "4294967296"]),
        ("--request-timeout", ["0", "-30", "3601", "9223372036854775807", "1.5"]),
        ("--upload-timeout", ["0", "86401", "-1", "18446744073709551616"]),
    ])
    func outOfRange(option: String, values: [String]) throws {
        let folder = try TemporaryFolder()
        for value in values {
            let result = try CommandRunner.warburden(["serve", "--workspace", folder.url.path, option, value])
            #expect(result.status == 2, "\(option) \(value): \(result.status) \(result.standardError)")
            #expect(result.standardError.contains(option), "\(option) \(value): \(result.standardError)")
            #expect(!result.standardError.contains("Fatal error"), "\(option) \(value)")
            #expect(result.standardError.split(separator: "\n").count == 1, "\(option) \(value): \(result.standardError)")
        }
    }

    @Test func otherOptionsOfServeAreCheckedToo() throws {
        let folder = try TemporaryFolder()
        for arguments in [
            ["--token", "short"], ["--token", String(repeating: "t", count: 257)], ["--token", "has space in it 0123456789"],
            ["--allowed-host", "a b"], ["--allowed-host", "host:0"], ["--allowed-host", "host:65536"], ["--allowed-host", ""],
            ["--allowed-host", "[::1"],
        ] {
            let result = try CommandRunner.warburden(["serve", "--workspace", folder.url.path] + arguments)
            #expect(result.status == 2, "\(arguments): \(result.standardError)")
            #expect(result.standardError.contains(arguments[0]), "\(arguments): \(result.standardError)")
        }
    }

    @Test func theHelpOfServeTeachesTheLimitsAndTheirRanges() throws {
        let help = try CommandRunner.warburden(["serve", "--help"]).standardOutput
        for text in ["--max-upload-mb", "1 to 1048576", "--max-input-mb", "--max-imports", "1 to 64", "--allowed-host", "--upload-timeout", "421"] {
            #expect(help.contains(text), "\(text)")
        }
    }

    @Test("import refuses a list with no rows", arguments: [
        "id,region,death_date\n", "id,region,death_date", "id,first_name,region\n\n\n", "region\r\n",
    ])
    func importOfAnEmptyList(text: String) throws {
        let folder = try TemporaryFolder()
        let list = folder.url.appendingPathComponent("empty.csv")
        try text.write(to: list, atomically: true, encoding: .utf8)
        let workspace = folder.url.appendingPathComponent("ws").path
        for extra in [[], ["--strict"]] {
            let result = try CommandRunner.warburden(["import", list.path, "--label", "empty", "--workspace", workspace] + extra)
            #expect(result.status == 1, "\(result.standardError)")
            #expect(result.standardError.contains("no row of 'empty.csv' could be imported"), "\(result.standardError)")
        }
        let listed = try CommandRunner.warburden(["import", list.path, "--label", "x", "--workspace", workspace, "--kind", "list"])
        #expect(listed.status == 1)
    }
}
