extension ServerError {
    /// The problem a failure of the workspace is shown as — the one place where the
    /// workspace's errors meet HTTP. A failure of the database itself says no more than
    /// that (its message stays in the server's log).
    ///
    /// | workspace | problem |
    /// |---|---|
    /// | `unknownDataset`, `unknownFile` | 404 `unknown_dataset`, `unknown_resource` |
    /// | `inUse` | 409 `in_use` |
    /// | `invalidText` | 400 `bad_query` |
    /// | `unreadable`, `refused` | 422 `malformed_upload` |
    /// | `mismatch` | 422 `unprocessable` |
    /// | `tooLarge` | 413 `too_large` |
    /// | `timeLimit` | 503 `timeout` |
    /// | `stopped` | 503 `stopping` |
    /// | `database` | 500 `storage` |
    init(_ error: WorkspaceError) {
        switch error.code {
        case .unknownDataset: self.init(.unknownDataset, error.message)
        case .unknownFile: self.init(.unknownResource, error.message)
        case .inUse: self.init(.inUse, error.message)
        case .invalidText: self.init(.badQuery, error.message)
        case .unreadable, .refused: self.init(.malformedUpload, error.message)
        case .mismatch: self.init(.unprocessable, error.message)
        case .tooLarge: self.init(.tooLarge, error.message)
        case .timeLimit: self.init(.timeout, error.message)
        case .stopped: self.init(.stopping, error.message)
        default: self.init(.storage, "the workspace failed; the server's log says why")
        }
    }
}
