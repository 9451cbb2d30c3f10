/// Counts by a short text key — a region code — for loops that run once per record.
///
/// A `[String: Int]` hashes every key with SipHash and a fresh seed, which costs more
/// than the rest of counting a record. Region codes are a few ASCII bytes from a small
/// set, so this keeps them in an open-addressed table under a multiplicative hash of
/// their bytes, and compares the text only on a hash hit. The counts come out as a
/// dictionary (``counts``) once the loop is done.
///
/// ```swift
/// var tally = CodeTally()
/// for record in records { if let code = record.regionCode { tally.add(code) } }
/// let deaths = tally.counts        // ["RU-MOW": 12, …]
/// ```
struct CodeTally {
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var keys: [String] = []
    private var values: [Int] = []

    /// An empty tally.
    init() {
        slots = Array(repeating: -1, count: 256)
    }

    /// Adds `amount` to the count of `key`.
    mutating func add(_ key: String, _ amount: Int = 1) {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 32) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { break }
            if hashes[index] == hash && keys[index] == key {
                values[index] += amount
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(keys.count)
        hashes.append(hash)
        keys.append(key)
        values.append(amount)
        if keys.count * 2 > slots.count { grow() }
    }

    /// The counts, by key.
    var counts: [String: Int] {
        Dictionary(uniqueKeysWithValues: zip(keys, values))
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash >> 32) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    /// FNV-1a over the key's UTF-8 bytes, then a multiplicative mix of the high bits.
    /// The bytes are read from the string's own storage (a small string's in place).
    private static func hash(_ key: String) -> UInt64 {
        if let hash = key.utf8.withContiguousStorageIfAvailable(fnv) { return hash }
        return Array(key.utf8).withUnsafeBufferPointer(fnv)
    }

    private static func fnv(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash &* 0x9e37_79b9_7f4a_7c15
    }
}
