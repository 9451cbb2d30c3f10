extension RussiaReference {
    /// The tile-grid layout of the 89 units: the grid of Bessudnov (2023) with squares
    /// for the four oblasts annexed in 2022 (compiled by `scripts/build-russia-tile-grid.py`;
    /// see docs/DATA.md).
    public static let tileGrid: TileGrid = {
        let tiles = EmbeddedTable(RussiaTileGridData.tiles).rows.map { row in
            TileGrid.Tile(
                code: row["code"], row: Int(row["row"]) ?? 0, column: Int(row["col"]) ?? 0, label: row["label"],
                nativeLabel: row["label_ru"].isEmpty ? nil : row["label_ru"])
        }
        do {
            return try TileGrid(tiles: tiles)
        } catch {
            fatalError("the built-in tile grid is malformed: \(error)")
        }
    }()
}
