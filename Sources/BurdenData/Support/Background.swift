import Dispatch
import Synchronization

/// Work started on another thread, whose result is waited for when it is needed —
/// to use the second core for independent work: a file's checksum while the file is
/// imported, the index of the region reference while a deaths table is read.
package final class Background<Value: Sendable, Failure: Error>: Sendable {
    private let group = DispatchGroup()
    private let result = Mutex<Result<Value, Failure>?>(nil)

    /// Starts `body` on a global queue.
    package init(_ body: @escaping @Sendable () throws(Failure) -> Value) {
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let outcome: Result<Value, Failure>
            do throws(Failure) {
                outcome = .success(try body())
            } catch {
                outcome = .failure(error)
            }
            result.withLock { $0 = outcome }
            group.leave()
        }
    }

    /// Waits for the result; rethrows the work's error.
    package func value() throws(Failure) -> Value {
        group.wait()
        return try result.withLock { $0! }.get()
    }
}
