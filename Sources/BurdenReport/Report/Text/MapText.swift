/// The texts of the map section and its maps: the tile grid and the choropleth.
struct MapText: ReportStrings {
    let title: String
    /// The colour legend's title, `(per, population)`.
    let legend: Phrase2
    /// The legend's swatch of regions without deaths.
    let noDeaths: String
    /// The legend's swatch of regions without a population figure.
    let noPopulation: String
    /// The tooltip of a tile without deaths or population.
    let tileNoData: String
    /// The legend's swatch of tiles without deaths or population.
    let tileNoDataSwatch: String
    /// The tile map's title, `(per, population)`.
    let tileTitle: Phrase2
    let tileCaption: String
    /// The choropleth's swatch of regions not in the data.
    let noData: String
    let choroplethTitle: String
    let choroplethCaption: String
    let notInMapFile: String
    let unmatchedFeatures: String

    static let english = MapText(
        title: "Map", legend: .init { per, population in "Named deaths per \(per) \(population) (log scale)" },
        noDeaths: "no deaths", noPopulation: "no population figure", tileNoData: "no deaths, no population figure",
        tileNoDataSwatch: "no deaths, no population figure",
        tileTitle: .init { per, population in "Named deaths per \(per) \(population), by region" },
        tileCaption: "One square per region, placed roughly where the region lies; Moscow (MOW) and St Petersburg (SPE) are set apart in the top-left corner, as in the grid of Bessudnov (2023). The colour scale is logarithmic: each step of colour is the same ratio of rates. The Ukrainian oblasts Russia claimed to annex in 2022 have no population figure: grey, hatched when the list has deaths there. Point at a square for its numbers.",
        noData: "no data", choroplethTitle: "The same rates on a map",
        choroplethCaption: "Albers equal-area conic projection (standard parallels 52° and 64° N, central meridian 100° E), so that each region's area is true to scale; large, thinly populated regions take much ink.",
        notInMapFile: " Not in the map file: ", unmatchedFeatures: " Map features that name no region: ")

    static let russian = MapText(
        title: "Карта", legend: .init { per, population in "Погибших на \(per) \(population) (логарифмическая шкала)" },
        noDeaths: "нет погибших", noPopulation: "нет численности", tileNoData: "нет погибших и численности населения",
        tileNoDataSwatch: "нет данных",
        tileTitle: .init { per, population in "Погибшие на \(per) \(population) по регионам" },
        tileCaption: "Каждый квадрат — регион, примерно на своём месте; Москва (МСК) и Петербург (СПБ) вынесены в левый верхний угол, как в сетке Бессуднова (2023). Шкала цвета логарифмическая: каждый шаг цвета — одно и то же отношение показателей. У областей Украины, которые Россия в 2022 г. объявила аннексированными, нет численности населения: они серые, заштрихованные, если в списке есть погибшие оттуда. Наведите указатель на квадрат, чтобы увидеть числа.",
        noData: "нет данных", choroplethTitle: "Те же показатели на карте",
        choroplethCaption: "Равновеликая коническая проекция Альберса (стандартные параллели 52° и 64° с. ш., центральный меридиан 100° в. д.): площади регионов в масштабе; большие малонаселённые регионы занимают много места.",
        notInMapFile: " Нет в файле карты: ", unmatchedFeatures: " Объекты карты, не совпавшие с регионами: ")
}
