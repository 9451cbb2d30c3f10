/// What the routes are built from: the workspace, the settings, and the caches
/// in front of the workspace. Tests build their own, on a temporary workspace.
public struct ServerServices: Sendable {
    /// The workspace of dataset versions.
    public let workspace: Workspace
    /// How the server listens and what it accepts.
    public let settings: ServerSettings
    /// The tool's version, written into reports and `/healthz`.
    public let toolVersion: String
    let store: DatasetStore
    let cache: ResponseCache

    /// Creates the services.
    public init(workspace: Workspace, settings: ServerSettings, toolVersion: String) {
        self.workspace = workspace
        self.settings = settings
        self.toolVersion = toolVersion
        self.store = DatasetStore(workspace: workspace)
        self.cache = ResponseCache()
    }
}
