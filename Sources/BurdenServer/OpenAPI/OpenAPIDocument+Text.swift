extension OpenAPIDocument {
    /// The longer texts of the document.
    enum Text {
        static let info =
            "A workspace of versions of named-casualty lists, the analyses of `warburden` on each, the changes between versions, and a dashboard. "
            + "Every JSON body of an analysis is byte for byte what the command prints with `--format json`; every parameter of an analysis is the "
            + "option of the command with the same name (`rank_by` is `--rank-by`), with the same default, range and choices. "
            + "Errors are problem documents (RFC 9457). Reading needs nothing; writing needs the bearer token that `warburden serve` prints. "
            + "No response holds a person's name: names are never stored. Every path answers a method it does not take with 405 and `Allow`; "
            + "a request whose `Host` is not one the server answers as (127.0.0.1, localhost, [::1], or `serve --allowed-host`) with 421; "
            + "a request line or headers over the limits with 431; an upload while as many imports as may run at once are running with 503 and `Retry-After`."

        static let documentSchema =
            "Metadata as members, then each table as an array of row objects under its name (tidy: one row per region, group, period or term; "
            + "snake_case columns; numbers at full precision; missing values null; non-finite numbers as the strings NaN, Infinity, -Infinity)."
    }
}
