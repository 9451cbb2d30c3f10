import BurdenReport
import BurdenTestSupport
import Foundation
import Testing

/// Shell quoting of the commands a report shows: a shell reads every word back as
/// written, and nothing in a hostile file name runs.
struct ShellTextTests {
    static let hostile = [
        "x.csv; touch PWNED #.csv", "two words.csv", "it's.csv", "say \"hi\".csv", "$(touch PWNED).csv", "`touch PWNED`.csv",
        "line\nbreak.csv", "-rf.csv", "--regions", "Погибшие.csv", "", "*", "~", "#comment", "back\\slash", "tab\there", "!",
        "${HOME}", "'", "''", "a'b'c", "x|touch PWNED", "x&&touch PWNED", "x>PWNED", "é\u{202E}cod.exe", "%", "a=b",
    ]

    @Test func plainWordsStayAsTheyAre() {
        for word in ["warburden", "rates", "list.csv", "--from", "2023-01-01", "percBelowSubsistence,percentNonRus", "--rank-by=-x",
                     "a/b/c.csv.gz", "user@host:1", "+1", "50%"] {
            #expect(ShellText.quoted(word) == word)
        }
        #expect(ShellText.quoted("it's") == #"'it'\''s'"#)
        #expect(ShellText.quoted("") == "''")
        #expect(ShellText.quoted("x.csv; touch PWNED #.csv") == "'x.csv; touch PWNED #.csv'")
    }

    /// `sh` itself reads the quoted words back, one word each, and runs nothing of them.
    @Test func aShellReadsEveryWordBackAndRunsNothing() throws {
        let folder = try TemporaryFolder()
        let command = "printf '%s\\000' " + ShellText.command(Self.hostile)
        let run = try CommandRunner.run("/bin/sh", ["-c", command], in: folder.url)
        #expect(run.status == 0, "\(run.standardError)")
        var words = run.outputData.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        #expect(words.last == "")
        words.removeLast()
        #expect(words == Self.hostile)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("PWNED").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }
}
