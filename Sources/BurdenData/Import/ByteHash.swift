/// A 128-bit hash of bytes under a seed, for finding repeated ids and people without
/// keeping them: two 64-bit lanes of multiply–xor mixing over 8-byte words.
///
/// Not cryptographic. Two different keys share a 128-bit hash with probability about
/// n²/2¹²⁹ among n keys — below 10⁻²⁴ for ten million rows.
struct ByteHash: Hashable {
    let low: UInt64
    let high: UInt64

    /// The hash of `bytes` under `seed`.
    init(_ bytes: UnsafeRawBufferPointer, seed: UInt64) {
        var a = seed ^ 0x9E37_79B9_7F4A_7C15
        var b = (seed &* 0xC2B2_AE3D_27D4_EB4F) ^ 0x1656_67B1_9E37_79F9
        var index = 0
        while index + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            a = Self.mix(a ^ word, 0xFF51_AFD7_ED55_8CCD)
            b = Self.mix(b ^ word, 0xC4CE_B9FE_1A85_EC53)
            index += 8
        }
        var tail: UInt64 = UInt64(bytes.count) << 56
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        low = Self.mix(a ^ tail, 0xFF51_AFD7_ED55_8CCD)
        high = Self.mix(b ^ tail, 0xC4CE_B9FE_1A85_EC53)
    }

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// This hash combined with more bytes (for keys of several fields).
    func combined(with bytes: UnsafeRawBufferPointer) -> ByteHash {
        let next = ByteHash(bytes, seed: low ^ Self.mix(high, 0x9E37_79B9_7F4A_7C15))
        return ByteHash(low: next.low, high: next.high ^ high)
    }

    /// This hash combined with a number.
    func combined(with value: Int) -> ByteHash {
        withUnsafeBytes(of: value) { combined(with: $0) }
    }

    @inline(__always)
    private static func mix(_ x: UInt64, _ multiplier: UInt64) -> UInt64 {
        var z = x &* multiplier
        z ^= z >> 32
        z = z &* 0x9E37_79B9_7F4A_7C15
        return z ^ (z >> 29)
    }
}

/// Remembers the first row of each key (an id, a person) by the key's 64-bit hash,
/// in about 17 bytes a key, and, when asked to, a 32-bit fingerprint of that row's
/// other fields (4 bytes more a key). Lookups touch the key array only; the row array
/// is read when a key repeats.
///
/// Two different keys share a 64-bit hash with probability about n²/2⁶⁵ among n keys:
/// 3·10⁻⁶ for ten million rows, 10⁻⁹ for a list of 200,000. Two rows of one key whose
/// fields differ share a fingerprint with probability 2⁻³².
struct FirstRowIndex {
    /// The key of each slot (never 0); 0 marks an empty slot.
    private var keys = Array(repeating: UInt64(0), count: 1 << 12)
    /// The 1-based row of each slot.
    private var rows = Array(repeating: UInt32(0), count: 1 << 12)
    /// The fingerprint of each slot's row; empty unless fingerprints are kept.
    private var fingerprints: [UInt32]
    private var count = 0

    /// An index; `keepsFingerprints` when rows are to be compared by their other fields.
    init(keepsFingerprints: Bool = false) {
        fingerprints = keepsFingerprints ? Array(repeating: 0, count: 1 << 12) : []
    }

    /// The earlier row with this key; otherwise `nil`, and `row` is remembered for it.
    mutating func firstRow(for hash: ByteHash, row: Int) -> Int? {
        firstRow(for: hash, row: row, fingerprint: 0)?.row
    }

    /// The earlier row with this key and its fingerprint; otherwise `nil`, and `row` is
    /// remembered for it with `fingerprint`.
    mutating func firstRow(for hash: ByteHash, row: Int, fingerprint: UInt32) -> (row: Int, fingerprint: UInt32)? {
        let key = hash.high | 1
        let mask = keys.count - 1
        var index = Int(truncatingIfNeeded: Self.spread(key)) & mask
        while true {
            let stored = keys[index]
            if stored == 0 { break }
            if stored == key { return (Int(rows[index]), fingerprints.isEmpty ? 0 : fingerprints[index]) }
            index = (index + 1) & mask
        }
        keys[index] = key
        rows[index] = UInt32(truncatingIfNeeded: row)
        if !fingerprints.isEmpty { fingerprints[index] = fingerprint }
        count += 1
        if count * 10 > keys.count * 7 { grow() }
        return nil
    }

    private mutating func grow() {
        let (oldKeys, oldRows, oldFingerprints) = (keys, rows, fingerprints)
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        rows = Array(repeating: 0, count: oldKeys.count * 2)
        if !oldFingerprints.isEmpty { fingerprints = Array(repeating: 0, count: oldKeys.count * 2) }
        let mask = keys.count - 1
        for index in oldKeys.indices where oldKeys[index] != 0 {
            var slot = Int(truncatingIfNeeded: Self.spread(oldKeys[index])) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[index]
            rows[slot] = oldRows[index]
            if !oldFingerprints.isEmpty { fingerprints[slot] = oldFingerprints[index] }
        }
    }

    @inline(__always)
    private static func spread(_ x: UInt64) -> UInt64 { (x ^ (x >> 31)) &* 0x9E37_79B9_7F4A_7C15 }
}

/// Remembers the first row of each id written as a plain decimal number below 2²⁵
/// (no sign, no leading zero): the row number stored at the id's position, and, when
/// asked to, a 32-bit fingerprint of that row's other fields. Lists number their rows,
/// so this array is small, and filled in order, where a hash table would be large and
/// touched at random.
struct DecimalIDIndex {
    /// The largest id it holds.
    static let limit = 1 << 25
    private var rows: [UInt32] = []
    private var fingerprints: [UInt32] = []
    private let keepsFingerprints: Bool

    /// An index; `keepsFingerprints` when rows are to be compared by their other fields.
    init(keepsFingerprints: Bool = false) {
        self.keepsFingerprints = keepsFingerprints
    }

    /// The id when its text is a canonical decimal below ``limit``; otherwise `nil`.
    static func decimal(_ bytes: UnsafeRawBufferPointer) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 8, bytes.count == 1 || bytes[0] != UInt8(ascii: "0") else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value < limit ? value : nil
    }

    /// The earlier row with this id and its fingerprint; otherwise `nil`, and `row` is
    /// remembered for it with `fingerprint`.
    mutating func firstRow(for id: Int, row: Int, fingerprint: UInt32) -> (row: Int, fingerprint: UInt32)? {
        if id >= rows.count {
            var size = max(rows.count, 1 << 16)
            while size <= id { size *= 2 }
            rows.append(contentsOf: repeatElement(0, count: size - rows.count))
            if keepsFingerprints { fingerprints.append(contentsOf: repeatElement(0, count: size - fingerprints.count)) }
        }
        let stored = rows[id]
        if stored != 0 { return (Int(stored), keepsFingerprints ? fingerprints[id] : 0) }
        rows[id] = UInt32(truncatingIfNeeded: row)
        if keepsFingerprints { fingerprints[id] = fingerprint }
        return nil
    }
}
