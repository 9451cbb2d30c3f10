#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A gzip-compressed file decompressed on the fly by the system's `gzip -dc`, its
/// output read through a pipe — so that readers stream a `.gz` file as they stream
/// a plain one, with no compression library linked in.
///
/// Open it, read ``outputPath`` to its end, then call ``finish()``, which waits for
/// `gzip` and reports a file that did not decompress; after a failed read call
/// ``abandon()`` instead, which closes the pipe (stopping `gzip`) and reaps it.
final class GzipStream {
    /// A path that reads the decompressed bytes (`/dev/fd/N`, the pipe's read end).
    let outputPath: String

    private let path: String
    private let process: pid_t
    private var readEnd: Int32
    private var reaped = false

    /// Starts `gzip -dc` on the file.
    ///
    /// - Throws: ``DataError`` `unreadableFile` when the file cannot be opened or
    ///   `gzip` cannot be started.
    init(path: String) throws(DataError) {
        self.path = path
        let file = open(path, O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { throw DataError(.unreadableFile, "cannot read '\(path)': \(Self.reason(errno))") }
        defer { close(file) }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw DataError(.unreadableFile, "cannot decompress '\(path)': \(Self.reason(errno))") }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }

        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        var attributes: posix_spawnattr_t?
        #else
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_adddup2(&actions, file, 0)
        posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // gzip must die of SIGPIPE when the reader stops early, whatever this process ignores.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &signals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))

        let arguments: [UnsafeMutablePointer<CChar>?] = [strdup("gzip"), strdup("-dc")]
        defer { arguments.forEach { free($0) } }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments + [nil]
        var environment: [UnsafeMutablePointer<CChar>?] = [nil]
        var process = pid_t()
        let status = posix_spawnp(&process, "gzip", &actions, &attributes, &argv, &environment)
        close(ends[1])
        guard status == 0 else {
            close(ends[0])
            let why = status == ENOENT ? "the gzip program was not found" : Self.reason(status)
            throw DataError(.unreadableFile, "cannot decompress '\(path)': \(why); decompress it first (gzip -d)")
        }
        self.process = process
        self.readEnd = ends[0]
        self.outputPath = "/dev/fd/\(ends[0])"
    }

    /// Waits for `gzip` after the output was read to its end.
    ///
    /// - Throws: ``DataError`` `unreadableFile` when `gzip` failed (not gzip data,
    ///   truncated or corrupt).
    func finish() throws(DataError) {
        if let failure = reap() { throw failure }
    }

    /// Closes the pipe after a failed read and reaps `gzip`; returns the decompression
    /// error when `gzip` had itself failed (which then explains the failed read).
    func abandon() -> DataError? {
        reap()
    }

    deinit { _ = reap() }

    private func reap() -> DataError? {
        guard !reaped else { return nil }
        reaped = true
        close(readEnd)
        var status: Int32 = 0
        while waitpid(process, &status, 0) < 0 {
            guard errno == EINTR else { return nil }
        }
        let signal = status & 0x7f
        let code = (status >> 8) & 0xff
        if signal == SIGPIPE { return nil }
        if signal != 0 { return DataError(.unreadableFile, "cannot decompress '\(path)': gzip stopped by signal \(signal)") }
        if code != 0 {
            return DataError(.unreadableFile, "cannot decompress '\(path)': gzip exited with status \(code) (not gzip data, or truncated)")
        }
        return nil
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES: "permission denied"
        case EISDIR: "it is a folder"
        default: String(cString: strerror(code))
        }
    }
}
