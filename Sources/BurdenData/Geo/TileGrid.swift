/// A tile-grid layout: one equal square per region at a row and column chosen so
/// that neighbours stay roughly beside each other (the layout of a geofacet grid).
///
/// Row 1 is the northernmost, column 1 the westernmost. Each square carries a short
/// label in English and, when known, in the country's language.
public struct TileGrid: Sendable, Hashable {
    /// One region's square.
    public struct Tile: Sendable, Hashable {
        /// The region code.
        public let code: String
        /// The row, from 1 (north).
        public let row: Int
        /// The column, from 1 (west).
        public let column: Int
        /// A short label (`TY`, `MOW`).
        public let label: String
        /// A short label in the country's language (`ТЫВ`), when known.
        public let nativeLabel: String?

        /// Creates a square.
        public init(code: String, row: Int, column: Int, label: String, nativeLabel: String? = nil) {
            self.code = code
            self.row = row
            self.column = column
            self.label = label
            self.nativeLabel = nativeLabel
        }
    }

    /// The squares, ordered by row, then column.
    public let tiles: [Tile]

    /// Creates a layout, checking that no two squares share a cell or a code.
    ///
    /// - Throws: ``DataError`` naming the two regions that collide, or a position below 1.
    public init(tiles: [Tile]) throws(DataError) {
        var cells: [Int: String] = [:]
        var codes: Set<String> = []
        for tile in tiles {
            guard tile.row >= 1, tile.column >= 1 else {
                throw DataError(.invalidArgument, "tile of \(tile.code) is outside the grid (row \(tile.row), column \(tile.column))")
            }
            guard codes.insert(tile.code).inserted else { throw DataError(.invalidArgument, "\(tile.code) has two tiles") }
            if let other = cells.updateValue(tile.code, forKey: tile.row << 16 | tile.column) {
                throw DataError(
                    .invalidArgument, "\(tile.code) and \(other) share row \(tile.row), column \(tile.column) of the tile grid")
            }
        }
        self.tiles = tiles.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
    }

    /// The number of rows.
    public var rows: Int { tiles.map(\.row).max() ?? 0 }
    /// The number of columns.
    public var columns: Int { tiles.map(\.column).max() ?? 0 }

    /// The square of a region.
    public func tile(code: String) -> Tile? { tiles.first { $0.code == code } }
}
