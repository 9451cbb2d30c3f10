import BurdenData

/// What the routes are built from: the workspace, the settings, the caches in front
/// of the workspace and the runner of imports. Tests build their own, on a temporary
/// workspace.
public struct ServerServices: Sendable {
    /// The workspace of dataset versions.
    public let workspace: Workspace
    /// How the server listens and what it accepts.
    public let settings: ServerSettings
    /// The tool's version, written into reports and `/healthz`.
    public let toolVersion: String
    let store: DatasetStore
    let cache: ResponseCache
    let imports: ImportRunner
    let port: ListeningPort

    /// Creates the services.
    public init(workspace: Workspace, settings: ServerSettings, toolVersion: String) {
        self.workspace = workspace
        self.settings = settings
        self.toolVersion = toolVersion
        self.store = DatasetStore(workspace: workspace)
        self.cache = ResponseCache()
        self.imports = ImportRunner(capacity: settings.maximumConcurrentImports)
        self.port = ListeningPort()
    }

    /// The bounds an import reads an upload with: the field and record bounds of
    /// ``BurdenData/ReadLimits``, and at most ``ServerSettings/maximumInputBytes`` after
    /// decompression (the deadline and stop request are set for each import).
    var uploadLimits: ReadLimits { ReadLimits(maximumInputBytes: settings.maximumInputBytes) }
}
