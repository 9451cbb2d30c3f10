import BurdenData
import Foundation

/// Runs the work that reads a file from outside — the import of an uploaded list,
/// region table or mortality file, and the reading of a stored mortality file — each
/// on a thread of its own, never on the server's event loops nor on the threads of
/// Swift concurrency, so that however long it reads the server goes on answering.
///
/// At most ``capacity`` such jobs hold a ``Slot`` at once; a request that finds them
/// all taken is answered 503 (`busy`, with `Retry-After`) before its body is read.
/// Every job reads with a deadline and a stop request (``BurdenData/ReadLimits``):
/// it stops at the deadline, when its request is given up, and when the server shuts
/// down (the request's task is then cancelled), and its request is answered at once —
/// a job's thread that has not yet seen the stop request ends on its own a moment later.
final class ImportRunner: Sendable {
    /// A place among the jobs that may run at once, taken before an upload's body is
    /// received; given back when the job's thread ends (before its request is
    /// answered), or, for a job that never ran, when the request lets it go.
    final class Slot: Sendable {
        private let runner: ImportRunner
        private let held = Counter(1)

        fileprivate init(runner: ImportRunner) { self.runner = runner }

        /// Gives the slot back; only the first call counts.
        fileprivate func release() {
            if held.decrement(above: 0) { runner.taken.decrement(above: 0) }
        }

        deinit { release() }
    }

    /// The most jobs at once.
    let capacity: Int
    /// The seconds a refused request is told to wait (`Retry-After`).
    static let retryAfterSeconds = 5

    fileprivate let taken = Counter(0)

    /// A runner of at most `capacity` jobs at once.
    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Takes a slot.
    ///
    /// - Throws: ``ServerError`` (`busy`) when ``capacity`` jobs hold one.
    func reserve() throws(ServerError) -> Slot {
        guard taken.increment(below: capacity) else {
            throw ServerError(
                .busy, "\(capacity) imports are running, the most at once; try again in \(Self.retryAfterSeconds) seconds")
        }
        return Slot(runner: self)
    }

    /// How many slots are taken (for tests).
    var running: Int { taken.value }

    /// Runs `work` on a new thread, with `limits` bounded by `deadline` and by a stop
    /// request raised when the calling task is cancelled or the deadline passes.
    ///
    /// - Parameters:
    ///   - slot: the slot the job holds until its thread ends.
    ///   - limits: the bounds on reading; their deadline and stop request are set here.
    ///   - deadline: when the job must have ended.
    ///   - work: the job; it is handed the limits to read with.
    /// - Returns: what `work` returned.
    /// - Throws: what `work` threw; ``WorkspaceError`` `timeLimit` past the deadline,
    ///   `stopped` when the calling task was cancelled.
    func run<T: Sendable>(
        in slot: Slot, limits: ReadLimits, deadline: ContinuousClock.Instant,
        _ work: @escaping @Sendable (ReadLimits) throws -> T
    ) async throws -> T {
        let job = Job<T>()
        var limits = limits
        limits.deadline = deadline
        limits.shouldStop = { job.isStopped }
        let bounded = limits
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask {
                try await withTaskCancellationHandler {
                    try await withCheckedThrowingContinuation { continuation in
                        guard job.begin(continuation) else {
                            slot.release()
                            return
                        }
                        let thread = Thread {
                            let result = Result { try work(bounded) }
                            slot.release()
                            job.finish(result)
                        }
                        thread.start()
                    }
                } onCancel: {
                    job.stop(WorkspaceError(.stopped, "the import was stopped: the request was given up or the server is stopping"))
                }
            }
            // At the deadline the job is stopped and its request answered with the
            // time limit — unless the job had already ended, whose answer then stands.
            group.addTask {
                // Cancelled, the job's own answer (stopped) stands.
                guard (try? await Task.sleep(until: deadline, clock: .continuous)) != nil else { return nil }
                job.stop(WorkspaceError(.timeLimit, "the import took longer than its time limit"))
                return nil
            }
            defer { group.cancelAll() }
            while let next = try await group.next() {
                if let result = next { return result }
            }
            throw CancellationError()
        }
    }
}

/// A count under a lock.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count: Int

    init(_ count: Int) { self.count = count }

    var value: Int { lock.withLock { count } }

    /// Adds one unless the count has reached `limit`; whether it did.
    func increment(below limit: Int) -> Bool {
        lock.withLock {
            guard count < limit else { return false }
            count += 1
            return true
        }
    }

    /// Takes one away unless the count is down to `floor`; whether it did.
    @discardableResult
    func decrement(above floor: Int) -> Bool {
        lock.withLock {
            guard count > floor else { return false }
            count -= 1
            return true
        }
    }
}

/// One job's state: the waiting request's continuation, resumed exactly once — with
/// the job's result, or at once with the reason it was stopped.
private final class Job<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?
    private var stopReason: WorkspaceError?
    private var resumed = false

    /// Whether the job was asked to stop; asked by the reader at every refill.
    var isStopped: Bool { lock.withLock { stopReason != nil } }

    /// Keeps the continuation; when the job was already stopped, resumes it with the
    /// reason and returns `false` (the thread is then not started).
    func begin(_ continuation: CheckedContinuation<T, any Error>) -> Bool {
        let reason: WorkspaceError? = lock.withLock {
            if let stopReason {
                resumed = true
                return stopReason
            }
            self.continuation = continuation
            return nil
        }
        guard let reason else { return true }
        continuation.resume(throwing: reason)
        return false
    }

    /// The job's thread ended with `result`.
    func finish(_ result: Result<T, any Error>) {
        take()?.resume(with: result)
    }

    /// Asks the job to stop and answers its request at once with the first reason given.
    func stop(_ reason: WorkspaceError) {
        let (waiting, first) = lock.withLock { () -> (CheckedContinuation<T, any Error>?, WorkspaceError) in
            let first = stopReason ?? reason
            stopReason = first
            return (takeLocked(), first)
        }
        waiting?.resume(throwing: first)
    }

    private func take() -> CheckedContinuation<T, any Error>? {
        lock.withLock { takeLocked() }
    }

    private func takeLocked() -> CheckedContinuation<T, any Error>? {
        guard !resumed, let continuation else { return nil }
        resumed = true
        self.continuation = nil
        return continuation
    }
}
