import ArgumentParser
import BurdenAnalysis
import BurdenData

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The entry point: runs the command and maps every failure to a one-line message
/// on standard error and an exit status — 1 for problems with the data, 2 for
/// problems with the command line — never a stack trace.
@main
enum Main {
    static func main() async {
        do {
            var command = try Warburden.parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(status(for: error))
        }
    }

    /// Prints the message for `error` and returns the exit status.
    private static func status(for error: any Error) -> Int32 {
        switch error {
        case let error as DataError:
            printError(error.description)
            return 1
        case let error as AnalysisError:
            printError(error.description)
            return 1
        case let error as CommandFailure:
            printError(error.message)
            return error.status
        default:
            let code = Warburden.exitCode(for: error)
            if code == .success {
                print(Warburden.fullMessage(for: error))
                return 0
            }
            let message = Warburden.message(for: error)
            if code == .validationFailure {
                var line = message.split(separator: "\n").joined(separator: " ")
                if !line.contains("--help") {
                    if let last = line.last, !".!?".contains(last) { line += "." }
                    line += " See 'warburden --help'."
                }
                printError(line)
                return 2
            }
            printError(message.isEmpty ? "\(error)" : message)
            return code.rawValue == 0 ? 1 : code.rawValue
        }
    }

    private static func printError(_ message: String) {
        var text = message
        if !text.hasPrefix("Error:") { text = "error: " + text } else { text = "error:" + text.dropFirst(6) }
        printToStandardError("warburden: " + text)
    }
}

/// A failure a command reports itself, with its exit status.
struct CommandFailure: Error {
    let message: String
    let status: Int32

    /// A problem with the data (exit 1).
    static func data(_ message: String) -> CommandFailure { CommandFailure(message: message, status: 1) }
}
