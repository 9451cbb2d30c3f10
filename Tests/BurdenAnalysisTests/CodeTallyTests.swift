@testable import BurdenAnalysis
import Testing

struct CodeTallyTests {
    /// A small deterministic generator, so that a failure can be replayed.
    private struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
    }

    @Test("counts agree with a dictionary's, through growth", arguments: [1, 85, 129, 1_000, 5_000])
    func countsAgreeWithADictionary(distinct: Int) {
        var random = SplitMix(state: UInt64(distinct))
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
