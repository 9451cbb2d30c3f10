import ArgumentParser
import BurdenAnalysis
import BurdenServer
import Foundation

/// `warburden serve`: the workspace over HTTP — the API and the dashboard.
struct ServeCommand: AsyncParsableCommand, CheckedOptions {
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

    @Option(help: .number("The port; 0 lets the system choose", ServePort.self, valueName: "port"))
    var port: ServePort = 8080

    @Option(help: ArgumentHelp("The bearer token for uploads and deletes, 16 to 256 characters (default: a new one, printed).", valueName: "token"))
    var token: String?

    @Option(name: .customLong("max-upload-mb"), help: .number("The largest upload accepted, in megabytes", Megabytes.self, valueName: "mb"))
    var maxUploadMB: Megabytes = 512

    @Option(
        name: .customLong("max-input-mb"),
        help: .number("The most an import reads from an upload after decompression, in megabytes", InputMegabytes.self, valueName: "mb"))
    var maxInputMB: InputMegabytes = 4096

    @Option(name: .customLong("max-imports"), help: .number("How many imports may run at once", ConcurrentImports.self, valueName: "n"))
    var maxImports: ConcurrentImports = 2

    @Option(name: .customLong("request-timeout"), help: .number("The longest a reading request may take, in seconds", RequestSeconds.self, valueName: "s"))
    var requestTimeout: RequestSeconds = 30

    @Option(
        name: .customLong("upload-timeout"),
        help: .number("The longest an upload may take, receiving and importing, in seconds", UploadSeconds.self, valueName: "s"))
    var uploadTimeout: UploadSeconds = 900

    @Flag(help: "Print the OpenAPI document of the API and exit (scripts/openapi writes it to docs/openapi.json).")
    var openapi = false

    @Option(
        name: .customLong("allowed-host"),
        help: ArgumentHelp("Another name requests may give as their Host, NAME or NAME:PORT (repeatable).", valueName: "name"))
    var allowedHosts: [String] = []

    func validate() throws {
        try checkArguments()
        if let token, !(16...256).contains(token.count) || token.contains(where: { $0.isWhitespace || !$0.isASCII }) {
            throw ValidationError("--token must be 16 to 256 ASCII characters without spaces")
        }
        for name in allowedHosts where !ServerSettings.isAllowedHostEntry(name) {
            throw ValidationError("--allowed-host must be a host name or address, optionally with :PORT (got '\(name)')")
        }
    }

    func run() async throws {
        if openapi {
            print(OpenAPIDocument.json(version: WarburdenVersion.current), terminator: "")
            return
        }
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
        settings.port = port.whole
        settings.maximumUploadBytes = maxUploadMB.whole << 20
        settings.maximumInputBytes = maxInputMB.whole << 20
        settings.maximumConcurrentImports = maxImports.whole
        settings.requestTimeLimit = .seconds(requestTimeout.whole)
        settings.uploadTimeLimit = .seconds(uploadTimeout.whole)
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

/// The port `serve` listens on (0: the system chooses).
typealias ServePort = Bounded<ServeBounds.Port>
/// The largest upload, in megabytes.
typealias Megabytes = Bounded<ServeBounds.Megabytes>
/// The most read from an upload after decompression, in megabytes.
typealias InputMegabytes = Bounded<ServeBounds.InputMegabytes>
/// How many imports may run at once.
typealias ConcurrentImports = Bounded<ServeBounds.Imports>
/// The time limit of a reading request, in seconds.
typealias RequestSeconds = Bounded<ServeBounds.RequestSeconds>
/// The time limit of an upload, in seconds.
typealias UploadSeconds = Bounded<ServeBounds.UploadSeconds>

/// The ranges of `serve`'s numbers: the server's own bounds (``ServerSettings/Bounds``).
enum ServeBounds {
    enum Port: NumberMeaning { static let range = NumberRange.whole(ServerSettings.Bounds.port) }
    enum Megabytes: NumberMeaning { static let range = NumberRange.whole(ServerSettings.Bounds.uploadMegabytes) }
    enum InputMegabytes: NumberMeaning { static let range = NumberRange.whole(ServerSettings.Bounds.inputMegabytes) }
    enum Imports: NumberMeaning { static let range = NumberRange.whole(ServerSettings.Bounds.concurrentImports) }
    enum RequestSeconds: NumberMeaning { static let range = NumberRange.whole(ServerSettings.Bounds.requestSeconds) }
    enum UploadSeconds: NumberMeaning { static let range = NumberRange.whole(ServerSettings.Bounds.uploadSeconds) }
}
