import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A progress line on standard error for reads that take longer than a second —
/// only when standard error is a terminal, so logs and pipes stay clean.
final class ProgressBar {
    private let started = Date()
    private var shown = false

    /// A progress callback, or `nil` when standard error is not a terminal.
    static func forStandardError() -> ((Int, Int?) -> Void)? {
        guard isatty(2) == 1 else { return nil }
        let bar = ProgressBar()
        return { read, size in bar.update(read: read, size: size) }
    }

    private func update(read: Int, size: Int?) {
        let elapsed = Date().timeIntervalSince(started)
        let done = size.map { read >= $0 } ?? false
        if done {
            if shown { printToStandardErrorRaw("\r\u{1B}[K") }
            return
        }
        guard elapsed > 1 else { return }
        shown = true
        let megabytes = Double(read) / 1_048_576
        var text = String(format: "\r  reading: %.0f MB", megabytes)
        if let size, size > 0 {
            text += String(format: " of %.0f MB (%.0f%%)", Double(size) / 1_048_576, 100 * Double(read) / Double(size))
        }
        text += String(format: ", %.0f MB/s", megabytes / elapsed)
        printToStandardErrorRaw(text)
    }
}

/// Writes to standard error without a line end.
func printToStandardErrorRaw(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
}
