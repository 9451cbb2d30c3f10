import BurdenData
import Testing

struct TileGridTests {
    @Test func everyUnitOfTheReferenceHasOneSquareAndNoTwoShareACell() {
        let grid = RussiaReference.tileGrid
        let codes = Set(RussiaReference.table.regions.map(\.code))
        #expect(grid.tiles.count == 89)
        #expect(Set(grid.tiles.map(\.code)) == codes)
        #expect(Set(grid.tiles.map { "\($0.row),\($0.column)" }).count == grid.tiles.count)
        #expect(Set(grid.tiles.map(\.label)).count == 89 && Set(grid.tiles.compactMap(\.nativeLabel)).count == 89)
        #expect(grid.rows == 11 && grid.columns == 19)
    }

    @Test func theOblastsAnnexedIn2022SitWestOfRostovAndKhersonAboveCrimea() throws {
        let grid = RussiaReference.tileGrid
        let rostov = try #require(grid.tile(code: "RU-ROS"))
        let west = ["UA-09", "UA-14", "UA-23", "UA-65"].map { grid.tile(code: $0) }
        #expect(west.map { $0?.row } == Array(repeating: rostov.row, count: 4))
        #expect(west.map { $0?.column } == [rostov.column - 1, rostov.column - 2, rostov.column - 3, rostov.column - 4])
        let crimea = try #require(grid.tile(code: "UA-43"))
        #expect(grid.tile(code: "UA-65")?.column == crimea.column && grid.tile(code: "UA-65")?.row == crimea.row - 1)
        #expect(grid.tile(code: "UA-09")?.label == "LUH" && grid.tile(code: "UA-09")?.nativeLabel == "ЛУГ")
    }

    @Test func overlappingOrRepeatedSquaresAreErrors() {
        #expect(throws: DataError.self) {
            try TileGrid(tiles: [.init(code: "A", row: 1, column: 1, label: "A"), .init(code: "B", row: 1, column: 1, label: "B")])
        }
        #expect(throws: DataError.self) {
            try TileGrid(tiles: [.init(code: "A", row: 1, column: 1, label: "A"), .init(code: "A", row: 2, column: 1, label: "A")])
        }
        #expect(throws: DataError.self) { try TileGrid(tiles: [.init(code: "A", row: 0, column: 1, label: "A")]) }
    }
}
