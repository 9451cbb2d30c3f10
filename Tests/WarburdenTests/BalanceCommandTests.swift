import BurdenTestSupport
import Foundation
import Testing

/// `warburden balance` as a user runs it: the figures of each period on lines of
/// their own with who claimed them, the files found by option or folder with clear
/// errors, the same bytes for the same seed, and help that teaches.
struct BalanceCommandTests {
    @Test func everyFigureIsPrintedOnALineOfItsOwnWithWhoClaimedIt() throws {
        let folder = try TemporaryFolder()
        let files = try BalanceFixture(in: folder)
        let result = try CommandRunner.warburden(["balance", "--data", files.folder, "--return-to-duty", "0.5"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        func line(_ period: String, _ what: String) -> String? { lines.first { $0.hasPrefix(period) && $0.contains("  \(what)  ") } }
        #expect(line("2023", "contracts claimed")?.contains("50,000") == true)
        #expect(line("2023", "contracts claimed")?.contains("Official A (final), 2024-01-15") == true)
        #expect(line("2023", "volunteers claimed")?.contains("5,000") == true)
        #expect(line("2023", "volunteers claimed")?.contains("more than") == true)
        #expect(line("2023", "conscripts called up (apart)")?.contains("not added to the intake") == true)
        #expect(line("2023", "claimed killed and wounded")?.contains("the General Staff of Ukraine") == true)
        #expect(line("2023", "estimated killed")?.contains("52 of 52") == true)
        #expect(line("2023", "wounded")?.contains("31,300") == true)
        #expect(line("2023", "permanent losses")?.contains("20,850") == true)
        #expect(line("2023", "balance from contracts alone")?.contains("29,150") == true)
        #expect(line("2023", "balance with volunteers")?.contains("34,150") == true)
        #expect(lines.contains { $0.hasPrefix("2023 ") && $0.contains("+29,150") && $0.contains("+34,150") }, "the periods table signs the balance")
        #expect(lines.contains { $0.hasPrefix("2022") && $0.contains("no claim of contracts") })
        #expect(result.standardOutput.contains("periods_without_balance: 2022|2024"))
    }

    @Test func theFilesMayBeNamedOneByOne() throws {
        let folder = try TemporaryFolder()
        let files = try BalanceFixture(in: folder)
        let named = try CommandRunner.warburden([
            "balance", "--claims", files.claims, "--series", files.series, "--estimate", files.estimate, "--format", "csv",
        ])
        #expect(named.status == 0, "\(named.standardError)")
        #expect(named.standardOutput.hasPrefix("period,item,what,value,low,high,draws_low,draws_high,source,covers,mark\n"))
        #expect(!named.standardOutput.contains("conscripts_called"), "no decrees were given")
    }

    @Test("a file the balance needs and is not given is a usage error naming it", arguments: [
        (["--series", "s.csv", "--estimate", "e.csv"], "balance needs the recruitment claims: give --claims FILE, or --data DIR holding recruitment_claims.csv"),
        (["--claims", "c.csv", "--estimate", "e.csv"], "balance needs the claimed killed and wounded"),
        (["--claims", "c.csv", "--series", "s.csv"], "balance needs the weekly estimate of the killed"),
        (["--data", "no-such-folder"], "--data 'no-such-folder' is not a folder"),
        (["--claims", "c.csv", "--series", "s.csv", "--estimate", "e.csv", "--named", "n.csv", "--records", "r.csv"], "--named and --records"),
    ])
    func missingFiles(arguments: [String], message: String) throws {
        let result = try CommandRunner.warburden(["balance"] + arguments)
        #expect(result.status == 2)
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(result.standardError.split(separator: "\n").count == 1)
    }

    @Test func aFolderWithoutAFileAndAFileThatIsNotThereAreNamed() throws {
        let folder = try TemporaryFolder()
        let files = try BalanceFixture(in: folder)
        try FileManager.default.removeItem(atPath: files.estimate)
        let lacking = try CommandRunner.warburden(["balance", "--data", files.folder])
        #expect(lacking.status == 2 && lacking.standardError.contains("holds no mediazona_probate_estimate_weekly.csv"))
        let missing = try CommandRunner.warburden(["balance", "--data", files.folder, "--estimate", "nowhere.csv"])
        #expect(missing.status == 1 && missing.standardError.contains("nowhere.csv"), "\(missing.standardError)")
        let broken = folder.url.appendingPathComponent("broken.csv").path
        try "week_start,estimated_deaths\n2024-01-01,x\n".write(toFile: broken, atomically: true, encoding: .utf8)
        let malformed = try CommandRunner.warburden(["balance", "--data", files.folder, "--estimate", broken])
        #expect(malformed.status == 1 && malformed.standardError.contains("line 2, column 'estimated_deaths'"))
    }

    @Test func theSameSeedGivesTheSameBytes() throws {
        let folder = try TemporaryFolder()
        let files = try BalanceFixture(in: folder)
        let arguments = ["balance", "--data", files.folder, "--return-to-duty", "0.3-0.7", "--intake-factor", "0.8-1", "--draws", "2000",
                         "--format", "json"]
        let first = try CommandRunner.warburden(arguments + ["--seed", "5"])
        let again = try CommandRunner.warburden(arguments + ["--seed", "5"])
        let other = try CommandRunner.warburden(arguments + ["--seed", "6"])
        #expect(first.status == 0 && first.outputData == again.outputData)
        #expect(first.outputData != other.outputData)
    }

    @Test func helpTeachesTheFormulasTheFilesAndTheRanges() throws {
        let help = try CommandRunner.warburden(["balance", "--help"])
        #expect(help.status == 0)
        for text in ["w = g − k", "p = k + w × (1 − r) + o", "--return-to-duty 0.3-0.7", "--scale-partial", "--data DIR", "Examples:",
                     "recruitment_claims.csv", "not sent to the war"] {
            #expect(help.standardOutput.contains(text), "\(text)")
        }
    }

    /// The acceptance figures of 2025 on the published files, as printed.
    @Test(.enabled(if: SharedData.isAvailable, SharedData.skipReason))
    func thePublishedFilesPrintThe2025Balance() throws {
        let folder = SharedData.url("loss-volume").path
        let result = try CommandRunner.warburden(["balance", "--data", folder, "--period", "year", "--return-to-duty", "0.5"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        let expected = [
            ("contracts claimed", "422,704"), ("volunteers claimed", "32,000"), ("claimed killed and wounded", "418,170"),
            ("estimated killed", "145,550"), ("wounded", "272,620"), ("permanent losses", "281,860"),
            ("balance from contracts alone", "140,844"), ("balance with volunteers", "172,844"),
        ]
        for (what, figure) in expected {
            #expect(lines.contains { $0.hasPrefix("2025") && $0.contains("  \(what)  ") && $0.contains(figure) }, "2025 \(what) \(figure)")
        }
        #expect(lines.contains { $0.hasPrefix("2025 ") && $0.contains("+140,844") && $0.contains("+172,844") })
        #expect(result.standardOutput.contains("periods_with_balance: 2023|2024|2025"))
        #expect(result.standardOutput.contains("periods_without_balance: 2022|2026"))
        let ranged = try CommandRunner.warburden(["balance", "--data", folder, "--return-to-duty", "0.3-0.7", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: ranged.outputData) as? [String: Any])
        let rows = try #require(object["balance"] as? [[String: Any]])
        let balance = try #require(rows.first { $0["period"] as? String == "2025" && $0["item"] as? String == "balance_contracts" })
        let (low, high) = (try #require(balance["low"] as? Double), try #require(balance["high"] as? Double))
        #expect(low <= 86_320.5 && high >= 195_367.5, "[\(low), \(high)] holds the balances at r = 0.3 and 0.7")
    }
}
