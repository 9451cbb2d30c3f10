import BurdenData
@testable import BurdenServer
import BurdenTestSupport
import Foundation
import Testing

/// The runner of imports: jobs on threads of their own, at most so many at once,
/// stopped at their deadline and when their request is given up.
struct ImportRunnerTests {
    /// A job that reads "forever": it loops until its limits tell it to stop, as a
    /// reader does at every refill, and says why it stopped.
    private static func endless(_ limits: ReadLimits) throws -> String {
        while true {
            if let shouldStop = limits.shouldStop, shouldStop() { throw DataError(.interrupted, "reading was stopped") }
            if let deadline = limits.deadline, ContinuousClock.now > deadline {
                throw DataError(.interrupted, "reading took longer than its time limit")
            }
            usleep(1000)
        }
    }

    @Test func aJobRunsWithTheLimitsGiven() async throws {
        let runner = ImportRunner(capacity: 2)
        let deadline = ContinuousClock.now + .seconds(30)
        let seen = try await runner.run(in: try runner.reserve(), limits: ReadLimits(maximumInputBytes: 12345), deadline: deadline) { limits in
            "\(limits.maximumInputBytes ?? 0) \(limits.deadline == deadline) \(limits.shouldStop?() == false)"
        }
        #expect(seen == "12345 true true")
    }

    #if os(Linux)
    /// More jobs than cores, blocking at once, run on as many threads: more than the
    /// threads of Swift concurrency (one a core), so none of them holds one of those.
    @Test func jobsRunOnThreadsOfTheirOwn() async throws {
        let count = ProcessInfo.processInfo.activeProcessorCount + 4
        let runner = ImportRunner(capacity: count)
        let threads = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<count {
                let slot = try runner.reserve()
                group.addTask {
                    try await runner.run(in: slot, limits: .standard, deadline: .now + .seconds(60)) { _ in
                        usleep(500_000)
                        return try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/thread-self")
                    }
                }
            }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(threads.count == count, "\(threads)")
    }
    #endif

    @Test func atMostCapacityJobsHoldASlotAndASlotIsFreedWhenItsThreadEnds() async throws {
        let runner = ImportRunner(capacity: 2)
        var first: ImportRunner.Slot? = try runner.reserve()
        let second = try runner.reserve()

        #expect(runner.running == 2)
        for _ in 0..<3 {
            #expect(throws: ServerError.self) { try runner.reserve() }
        }
        do {
            _ = try runner.reserve()
        } catch {
            #expect(error.code == .busy && error.message.contains("2 imports"))
        }
        first = nil
        #expect(runner.running == 1 && first == nil)
        let value = try await runner.run(in: second, limits: .standard, deadline: .now + .seconds(10)) { _ in 42 }
        #expect(value == 42)
        // The job's thread gave its slot back before the request was answered.
        #expect(runner.running == 0)
        #expect(throws: Never.self) { try runner.reserve() }
    }

    @Test(.timeLimit(.minutes(1)), arguments: [0.2, 0.5, 1.0])
    func aJobPastItsDeadlineIsAnsweredAtTheDeadline(seconds: Double) async throws {
        let runner = ImportRunner(capacity: 1)
        let start = ContinuousClock.now
        // The timer or the job itself, whichever sees the deadline first, answers.
        await #expect(throws: (any Error).self) {
            try await runner.run(in: try runner.reserve(), limits: .standard, deadline: start + .seconds(seconds), Self.endless)
        }
        let elapsed = ContinuousClock.now - start
        // Not before the deadline; after it, as soon as this process's threads let the
        // answer through (the job itself never ends: the time limit of the test bounds it).
        #expect(elapsed >= .seconds(seconds), "\(elapsed)")
        // The job's thread saw the stop request and gave its slot back.
        while runner.running > 0, ContinuousClock.now - start < .seconds(seconds + 5) { try await Task.sleep(for: .milliseconds(10)) }
        #expect(runner.running == 0)
    }

    @Test func aCancelledRequestStopsItsJobAtOnce() async throws {
        let runner = ImportRunner(capacity: 1)
        let task = Task {
            try await runner.run(in: try runner.reserve(), limits: .standard, deadline: .now + .seconds(600), Self.endless)
        }
        try await Task.sleep(for: .milliseconds(200))
        let start = ContinuousClock.now
        task.cancel()
        await #expect(throws: WorkspaceError.self) { try await task.value }
        #expect(ContinuousClock.now - start < .seconds(60), "answered at once, not at the deadline of 600 s")
        while runner.running > 0, ContinuousClock.now - start < .seconds(5) { try await Task.sleep(for: .milliseconds(10)) }
        #expect(runner.running == 0)
        #expect(throws: Never.self) { try runner.reserve() }
    }

    @Test func aJobsErrorsAndResultsPassThrough() async throws {
        let runner = ImportRunner(capacity: 1)
        await #expect(throws: DataError(.tooLarge, "big")) {
            try await runner.run(in: try runner.reserve(), limits: .standard, deadline: .now + .seconds(10)) { _ -> Int in
                throw DataError(.tooLarge, "big")
            }
        }
        var total = 0
        for index in 1...20 {
            total += try await runner.run(in: try runner.reserve(), limits: .standard, deadline: .now + .seconds(10)) { _ in index }
        }
        #expect(total == 210)
    }
}
