import BurdenData
import BurdenTestSupport
import Foundation
import Testing

/// The one CSV field writer: RFC 4180 quoting, and the guard against formulas in
/// spreadsheets when it is on.
struct CSVFieldTests {
    @Test(arguments: [
        ("plain", "plain"), ("", ""), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        ("cr\rhere", "\"cr\rhere\""), ("crlf\r\n", "\"crlf\r\n\""), ("Погибшие", "Погибшие"), ("=1+2", "=1+2"), ("-5", "-5"),
    ])
    func plainFieldsAreQuotedOnlyWhenTheyMustBe(text: String, field: String) {
        #expect(CSVField.plain.escaped(text) == field)
    }

    /// The example of the report's tables, and other texts a spreadsheet would run.
    @Test(arguments: [
        ("=1+2", "'=1+2"), ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"), ("-2+3", "'-2+3"), ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\tTAB", "'\tTAB"), ("\rCR", "\"'\rCR\""), ("-", "'-"), ("=", "'="),
        // Texts that do not begin a formula stay as they are.
        ("a=1", "a=1"), (" =1", " =1"), ("'quoted", "'quoted"), ("", ""), ("Tuva", "Tuva"), ("x,=1", "\"x,=1\""),
    ])
    func guardedFieldsCannotBeFormulas(text: String, field: String) {
        #expect(CSVField.spreadsheet.escaped(text) == field)
        #expect(CSVField.guarded(text) == (field.hasPrefix("\"") ? String(field.dropFirst().dropLast()).replacing("\"\"", with: "\"") : field))
    }

    /// Writing to a byte output gives the bytes of the string.
    @Test func writingToAnOutputGivesTheSameBytes() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("fields.csv").path
        let texts = ["plain", "a,b", "=1+2", "say \"hi\"", "two\nlines", "-north", "Погибшие"]
        let output = try ByteOutput(path: path)
        for field in [CSVField.plain, .spreadsheet] {
            for text in texts {
                try field.write(text, to: output)
                try output.write(byte: UInt8(ascii: "\n"))
            }
        }
        try output.flush()
        let expected = [CSVField.plain, .spreadsheet].flatMap { field in texts.map { field.escaped($0) + "\n" } }.joined()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
    }
}
