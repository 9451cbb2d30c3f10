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

            Listens on 127.0.0.1 unless --host says otherwise. Uploads and deletes need \
            'Authorization: Bearer TOKEN': the token given with --token, or one made at start and \
            printed. Stop with Ctrl-C.

            Examples:
              warburden serve
              warburden serve --workspace news --port 9000 --token "$WARBURDEN_TOKEN"
              curl -H "Authorization: Bearer TOKEN" --data-binary @list.csv 'http://127.0.0.1:8080/datasets?label=2023-04-12'
              curl 'http://127.0.0.1:8080/datasets/1/rates?from=2022-09-21'
            """
    )

    @Option(help: ArgumentHelp("The workspace folder; created if missing.", valueName: "dir"))
    var workspace: String = Workspace.defaultFolder

    @Option(help: ArgumentHelp("The address to listen on (127.0.0.1: this machine only).", valueName: "address"))
    var host: String = "127.0.0.1"

    @Option(help: "The port; 0 lets the system choose.")
    var port: Int = 8080

    @Option(help: ArgumentHelp("The bearer token for uploads and deletes (default: a new one, printed).", valueName: "token"))
    var token: String?

    @Option(name: .customLong("max-upload-mb"), help: "The largest upload accepted, in megabytes.")
    var maxUploadMB: Int = 512

    @Option(name: .customLong("request-timeout"), help: "The longest a reading request may take, in seconds.")
    var requestTimeout: Int = 30

    @Option(name: .customLong("upload-timeout"), help: "The longest an upload may take, in seconds.")
    var uploadTimeout: Int = 900

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535 (got \(port))") }
        guard maxUploadMB > 0 else { throw ValidationError("--max-upload-mb must be positive (got \(maxUploadMB))") }
        guard requestTimeout > 0, uploadTimeout > 0 else { throw ValidationError("the timeouts must be positive") }
        if let token, token.count < 16 || token.contains(where: { $0.isWhitespace }) {
            throw ValidationError("--token must be at least 16 characters without spaces")
        }
    }

    func run() async throws {
        let opened: Workspace
        do {
            opened = try Workspace(folder: workspace)
        } catch {
            throw CommandFailure.data(error.message)
        }
        var settings = ServerSettings(token: token ?? ServerSettings.generatedToken())
        settings.host = host
        settings.port = port
        settings.maximumUploadBytes = maxUploadMB << 20
        settings.requestTimeLimit = .seconds(requestTimeout)
        settings.uploadTimeLimit = .seconds(uploadTimeout)
        if !["127.0.0.1", "::1", "localhost"].contains(host) {
            printToStandardError("warburden: warning: listening on \(host): other machines can reach the server")
        }
        let services = ServerServices(workspace: opened, settings: settings, toolVersion: WarburdenVersion.current)
        let given = token != nil
        let printedToken = settings.token
        let app = makeApplication(services: services) { port in
            var lines = "warburden serving \(opened.folder.path) at http://\(host.contains(":") ? "[\(host)]" : host):\(port)/\n"
            lines += given ? "token: as given with --token\n" : "token: \(printedToken)\n"
            FileHandle.standardOutput.write(Data(lines.utf8))
        }
        try await app.runService()
    }
}
