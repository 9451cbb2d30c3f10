import BurdenAnalysis
import BurdenData

extension ReportFigures {
    /// The colour legend of the maps.
    private func legend(_ scale: SequentialColorScale, extras: [ColorLegend.Swatch], _ text: MapText) -> ColorLegend {
        let ticks = LogScale(domain: (scale.lower, scale.upper), range: (0, 1)).ticks(count: 6)
        let decimals = ticks.map(LogScale.fractionDigits(of:)).max() ?? 0
        return ColorLegend(
            scale: scale, ticks: ticks, decimals: decimals, title: text.legend(per, names.denominator(content.rates.denominator)),
            extras: extras)
    }

    /// The tile-grid map of the rates, for the regions of a known grid.
    var tileMap: ReportFigure? {
        guard let grid = report.tileGrid else { return nil }
        let text = MapText.in(language)
        let rows = ratesByCode
        let scale = colorScale
        let tiles = grid.tiles.map { tile -> TileGridMap.Tile in
            let label = language == .ru ? tile.nativeLabel ?? tile.label : tile.label
            guard let row = rows[tile.code] else {
                return TileGridMap.Tile(
                    row: tile.row, column: tile.column, label: label, fill: Self.noDataFill,
                    tooltip: names.region(tile.code) + " — " + text.tileNoData, hatched: false)
            }
            guard let rate = row.rate else {
                return TileGridMap.Tile(
                    row: tile.row, column: tile.column, label: label, fill: Self.noRateFill, tooltip: tooltip(row), hatched: true)
            }
            return TileGridMap.Tile(
                row: tile.row, column: tile.column, label: label, fill: Self.fill(rate, scale), tooltip: tooltip(row))
        }
        var extras: [ColorLegend.Swatch] = []
        if tiles.contains(where: { $0.fill == Self.zeroFill }) {
            extras.append(ColorLegend.Swatch(fill: Self.zeroFill, label: text.noDeaths))
        }
        if tiles.contains(where: \.hatched) {
            extras.append(ColorLegend.Swatch(fill: Self.noRateFill, label: text.noPopulation))
        }
        if tiles.contains(where: { $0.fill == Self.noDataFill }) {
            extras.append(ColorLegend.Swatch(fill: Self.noDataFill, label: text.tileNoDataSwatch))
        }
        let map = TileGridMap(tiles: tiles, legend: legend(scale, extras: extras, text), format: format)
        let title = text.tileTitle(per, names.denominator(content.rates.denominator))
        return ReportFigure(
            id: "map-tiles", section: .map, title: title, caption: text.tileCaption, svg: map.svg(title: title, description: text.tileCaption))
    }

    /// The choropleth of the rates on the outlines of a GeoJSON file.
    var choropleth: ReportFigure? {
        guard let shapes = report.shapes else { return nil }
        let text = MapText.in(language)
        let rows = ratesByCode
        let scale = colorScale
        let areas = shapes.shapes.map { shape -> ChoroplethMap.Area in
            guard let row = rows[shape.code] else {
                return ChoroplethMap.Area(shape: shape, fill: Self.noDataFill, tooltip: names.region(shape.code))
            }
            return ChoroplethMap.Area(shape: shape, fill: row.rate.map { Self.fill($0, scale) } ?? Self.noRateFill, tooltip: tooltip(row))
        }
        let missing = content.rates.regions.filter { shapes.shape(code: $0.code) == nil }.map { names.region($0.code) }
        var extras: [ColorLegend.Swatch] = []
        if areas.contains(where: { $0.fill == Self.zeroFill }) {
            extras.append(ColorLegend.Swatch(fill: Self.zeroFill, label: text.noDeaths))
        }
        if areas.contains(where: { $0.fill == Self.noRateFill }) {
            extras.append(ColorLegend.Swatch(fill: Self.noRateFill, label: text.noPopulation))
        }
        if areas.contains(where: { $0.fill == Self.noDataFill }) {
            extras.append(ColorLegend.Swatch(fill: Self.noDataFill, label: text.noData))
        }
        let map = ChoroplethMap(areas: areas, legend: legend(scale, extras: extras, text), format: format)
        let title = text.choroplethTitle
        var caption = text.choroplethCaption
        if !missing.isEmpty {
            caption += text.notInMapFile + missing.joined(separator: ", ") + "."
        }
        if !shapes.unmatched.isEmpty {
            caption += text.unmatchedFeatures + shapes.unmatched.joined(separator: ", ") + "."
        }
        return ReportFigure(id: "map-choropleth", section: .map, title: title, caption: caption, svg: map.svg(title: title, description: caption))
    }
}
