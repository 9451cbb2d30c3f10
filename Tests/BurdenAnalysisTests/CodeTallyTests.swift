@testable import BurdenAnalysis
import BurdenData
import Testing

struct CodeTallyTests {
    @Test("counts agree with a dictionary's, through growth", arguments: [1, 85, 129, 1_000, 5_000])
    func countsAgreeWithADictionary(distinct: Int) {
        var random = SeededGenerator(seed: UInt64(distinct))
        // Codes like the reference's, plus long and non-ASCII ones that collide in no special way.
        let codes = (0..<distinct).map { index in
            switch index % 3 {
            case 0: "RU-\(index)"
            case 1: "UA-\(index)-область"
            default: "region of a made-up country number \(index)"
            }
        }
        var tally = CodeTally()
        var expected: [String: Int] = [:]
        for _ in 0..<(distinct * 20) {
            let code = codes[Int(random.next() % UInt64(distinct))]
            let amount = Int(random.next() % 3) + 1
            tally.add(code, amount)
            expected[code, default: 0] += amount
        }
        #expect(tally.counts == expected)
    }

    @Test func anEmptyTallyHasNoCounts() {
        #expect(CodeTally().counts.isEmpty)
    }

    @Test func equalTextsFromDifferentStoragesAreOneKey() {
        var tally = CodeTally()
        let built = String(["R", "U", "-", "M", "O", "W"])
        tally.add("RU-MOW")
        tally.add(built)
        tally.add(String(decoding: Array("RU-MOW".utf8), as: UTF8.self))
        #expect(tally.counts == ["RU-MOW": 3])
    }
}
