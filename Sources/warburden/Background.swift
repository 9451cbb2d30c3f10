import Foundation

/// Work started on another thread, whose result is waited for when needed — to use
/// the second core for independent work (a file's checksum while the file is imported).
final class Background<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    private var result: Result<Value, any Error>?

    /// Starts `body` on a global queue.
    init(_ body: @escaping @Sendable () throws -> Value) {
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Result { try body() }
            self.group.leave()
        }
    }

    /// Waits for the result; rethrows the work's error.
    func value() throws -> Value {
        group.wait()
        return try result!.get()
    }
}
