import ArgumentParser
import BurdenServer
import Foundation

/// `warburden serve`: the workspace over HTTP — the API and the dashboard.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a workspace of dataset versions: an HTTP API (OpenAPI at /openapi.json) and a dashboard at /.",
        discussion: """
            The workspace is a folder with an SQLite database of imported versions of a list \
            (records without names, ledger, checksum, label, import time), region tables and \
            mortality files; it is created when missing. Import into it with `warburden import` \
            or POST /datasets. The dashboard shows the report of a version with controls for the \
            period, unit type, denominator and interval, a version selector and the changes since \
            an earlier version.

            Listens on 127.0.0.1 unless --host says otherwise, and answers only requests \
            whose Host is 127.0.0.1, localhost or [::1] (with the port), the --host address, \
            or a name given with --allowed-host; any other is refused (421), so that a web \
            page that makes its own name point at this machine cannot read the answers. \
            Uploads and deletes need 'Authorization: Bearer TOKEN': the token given with \
            --token, or one made at start and printed.

            Imports run on threads of their own, at most --max-imports at once (others are \
            answered 503 with Retry-After), each within --upload-timeout and reading at most \
            --max-input-mb after decompression. At start the server removes the partial \
            uploads an earlier run left and says how many. Stop with Ctrl-C or SIGTERM: \
            imports in progress stop and leave the workspace as it was.

            Examples:
              warburden serve
              warburden serve --workspace news --port 9000 --token "$WARBURDEN_TOKEN"
              warburden serve --host 0.0.0.0 --allowed-host newsroom-laptop.local:8080
              curl -H "Authorization: Bearer TOKEN" --data-binary @list.csv 'http://127.0.0.1:8080/datasets?label=2023-04-12'
              curl 'http://127.0.0.1:8080/datasets/1/rates?from=2022-09-21'
            """
    )

    @Option(help: ArgumentHelp("The workspace folder; created if missing.", valueName: "dir"))
    var workspace: String = Workspace.defaultFolder

    @Option(help: ArgumentHelp("The address to listen on (127.0.0.1: this machine only).", valueName: "address"))
    var host: String = "127.0.0.1"

    @Option(help: "The port, 0 to 65535; 0 lets the system choose.")
    var port: Int = 8080

    @Option(help: ArgumentHelp("The bearer token for uploads and deletes, 16 to 256 characters (default: a new one, printed).", valueName: "token"))
    var token: String?

    @Option(name: .customLong("max-upload-mb"), help: "The largest upload accepted, in megabytes (1 to 1048576).")
    var maxUploadMB: Int = 512

    @Option(
        name: .customLong("max-input-mb"),
        help: "The most an import reads from an upload after decompression, in megabytes (1 to 1048576).")
    var maxInputMB: Int = 4096

    @Option(name: .customLong("max-imports"), help: "How many imports may run at once (1 to 64).")
    var maxImports: Int = 2

    @Option(name: .customLong("request-timeout"), help: "The longest a reading request may take, in seconds (1 to 3600).")
    var requestTimeout: Int = 30

    @Option(name: .customLong("upload-timeout"), help: "The longest an upload may take, receiving and importing, in seconds (1 to 86400).")
    var uploadTimeout: Int = 900

    @Option(
        name: .customLong("allowed-host"),
        help: ArgumentHelp("Another name requests may give as their Host, NAME or NAME:PORT (repeatable).", valueName: "name"))
    var allowedHosts: [String] = []

    func validate() throws {
        try Self.check("--port", port, in: ServerSettings.Bounds.port)
        try Self.check("--max-upload-mb", maxUploadMB, in: ServerSettings.Bounds.uploadMegabytes)
        try Self.check("--max-input-mb", maxInputMB, in: ServerSettings.Bounds.inputMegabytes)
        try Self.check("--max-imports", maxImports, in: ServerSettings.Bounds.concurrentImports)
        try Self.check("--request-timeout", requestTimeout, in: ServerSettings.Bounds.requestSeconds)
        try Self.check("--upload-timeout", uploadTimeout, in: ServerSettings.Bounds.uploadSeconds)
        if let token, !(16...256).contains(token.count) || token.contains(where: { $0.isWhitespace || !$0.isASCII }) {
            throw ValidationError("--token must be 16 to 256 ASCII characters without spaces")
        }
        for name in allowedHosts where !ServerSettings.isAllowedHostEntry(name) {
            throw ValidationError("--allowed-host must be a host name or address, optionally with :PORT (got '\(name)')")
        }
    }

    private static func check(_ option: String, _ value: Int, in range: ClosedRange<Int>) throws {
        guard range.contains(value) else {
            throw ValidationError("\(option) must be \(range.lowerBound) to \(range.upperBound) (got \(value))")
        }
    }

    func run() async throws {
        let opened: Workspace
        let swept: SweptLeftovers
        do {
            opened = try Workspace(folder: workspace)
            swept = try opened.sweepLeftovers()
        } catch {
            throw CommandFailure.data(error.message)
        }
        var settings = ServerSettings(token: token ?? ServerSettings.generatedToken())
        settings.host = host
        settings.port = port
        settings.maximumUploadBytes = maxUploadMB << 20
        settings.maximumInputBytes = maxInputMB << 20
        settings.maximumConcurrentImports = maxImports
        settings.requestTimeLimit = .seconds(requestTimeout)
        settings.uploadTimeLimit = .seconds(uploadTimeout)
        settings.allowedHosts = allowedHosts
        if !["127.0.0.1", "::1", "localhost"].contains(host) {
            printToStandardError("warburden: warning: listening on \(host): other machines can reach the server")
        }
        if swept.uploads + swept.files > 0 {
            printToStandardError(
                "removed \(swept.uploads) partial uploads and \(swept.files) stray copies of files (\(swept.bytes) bytes) left by an earlier run")
        }
        let services = ServerServices(workspace: opened, settings: settings, toolVersion: WarburdenVersion.current)
        let given = token != nil
        let printedToken = settings.token
        let folder = workspace
        let app = makeApplication(services: services) { port in
            var lines = "warburden serving \(folder) at http://\(host.contains(":") ? "[\(host)]" : host):\(port)/\n"
            lines += given ? "token: as given with --token\n" : "token: \(printedToken)\n"
            FileHandle.standardOutput.write(Data(lines.utf8))
        }
        try await runUntilStopped(app)
    }
}
