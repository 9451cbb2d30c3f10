#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A hash map from short byte strings to values, looked up without making a
/// `String`: the importer's memo of region spellings and unit-type labels, so that
/// each distinct spelling is resolved once however many rows repeat it.
///
/// Open addressing with linear probing; keys are copied into one arena.
struct ByteKeyedCache<Value> {
    private var hashes: [UInt64]
    private var keyStarts: [Int]
    private var keyLengths: [Int]
    private var values: [Value?]
    private var arena: [UInt8] = []
    private(set) var count = 0

    /// Creates an empty cache.
    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        hashes = Array(repeating: 0, count: size)
        keyStarts = Array(repeating: 0, count: size)
        keyLengths = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
    }

    /// The value stored for `key`, computing and storing it with `make` the first time.
    mutating func value(for key: UnsafeRawBufferPointer, orInsert make: (UnsafeRawBufferPointer) -> Value) -> Value {
        let hash = Self.hash(key)
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while hashes[slot] != 0 {
            if hashes[slot] == hash, keyLengths[slot] == key.count, matches(slot, key), let value = values[slot] {
                return value
            }
            slot = (slot + 1) & mask
        }
        let value = make(key)
        hashes[slot] = hash
        keyStarts[slot] = arena.count
        keyLengths[slot] = key.count
        arena.append(contentsOf: key)
        values[slot] = value
        count += 1
        if count * 2 > hashes.count { grow() }
        return value
    }

    /// Every key (as bytes) with its value, in no particular order.
    var entries: [(key: [UInt8], value: Value)] {
        hashes.indices.compactMap { slot in
            guard hashes[slot] != 0, let value = values[slot] else { return nil }
            return (Array(arena[keyStarts[slot]..<keyStarts[slot] + keyLengths[slot]]), value)
        }
    }

    private func matches(_ slot: Int, _ key: UnsafeRawBufferPointer) -> Bool {
        guard let base = key.baseAddress else { return true }
        return arena.withUnsafeBytes { stored in
            memcmp(stored.baseAddress! + keyStarts[slot], base, key.count) == 0
        }
    }

    private mutating func grow() {
        let old = (hashes, keyStarts, keyLengths, values)
        let size = hashes.count * 2
        hashes = Array(repeating: 0, count: size)
        keyStarts = Array(repeating: 0, count: size)
        keyLengths = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        let mask = size - 1
        for index in old.0.indices where old.0[index] != 0 {
            var slot = Int(truncatingIfNeeded: old.0[index]) & mask
            while hashes[slot] != 0 { slot = (slot + 1) & mask }
            hashes[slot] = old.0[index]
            keyStarts[slot] = old.1[index]
            keyLengths[slot] = old.2[index]
            values[slot] = old.3[index]
        }
    }

    /// A multiply–xor hash over 8-byte words, never 0 (0 marks an empty slot).
    @inline(__always)
    private static func hash(_ key: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(key.count)
        var index = 0
        while index + 8 <= key.count {
            hash = (hash ^ key.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < key.count {
            tail |= UInt64(key[index]) << shift
            shift += 8
            index += 1
        }
        hash = (hash ^ tail) &* 0x9E37_79B9_7F4A_7C15
        return (hash ^ (hash >> 32)) | 1
    }
}
