import BurdenData
import BurdenServer
import BurdenTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// What the server tests share: a temporary workspace, simulated lists written to
/// files, a made-up country, the application built on them, and JSON helpers.
struct ServerFixture: @unchecked Sendable {
    static let token = "test-token-0123456789abcdef"

    let folder: TemporaryFolder
    let workspace: Workspace
    let services: ServerServices

    init(configure: (inout ServerSettings) -> Void = { _ in }) throws {
        folder = try TemporaryFolder()
        workspace = try Workspace(folder: folder.url.appendingPathComponent("workspace").path)
        var settings = ServerSettings(token: Self.token)
        configure(&settings)
        services = ServerServices(workspace: workspace, settings: settings, toolVersion: "0.1.0")
    }

    /// The application on the fixture's services.
    var app: some ApplicationProtocol { makeApplication(services: services) }

    /// A path in the fixture's folder.
    func path(_ name: String) -> String { folder.url.appendingPathComponent(name).path }

    /// Writes a simulated list of `records` rows (seed `seed`) and returns its path.
    func simulatedList(records: Int, seed: UInt64, name: String? = nil) throws -> String {
        let path = path(name ?? "list-\(records)-\(seed).csv")
        let simulator = try CasualtySimulator(seed: seed)
        let sink = try ByteOutput(path: path)
        let writer = try CasualtyListWriter(output: sink, format: .csv)
        for index in 0..<records { try writer.write(simulator.row(at: index)) }
        try sink.flush()
        return path
    }

    /// Writes `text` to a file of the fixture's folder and returns its path.
    func file(_ name: String, _ text: String) throws -> String {
        let path = path(name)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A country of three regions (`regions.csv`), its deaths 2015–2022 in three age
    /// groups (`deaths.csv`) and a named list (`country-list.csv`), as the command
    /// tests make them.
    func madeUpCountry() throws -> (regions: String, deaths: String, list: String) {
        let regions = try file("regions.csv", """
            code,name,population,poverty_pct
            ZZ-A,Alpha,100000,10
            ZZ-B,Beta,60000,25
            ZZ-C,Gamma,30000,18

            """)
        var lines = ["region,year,age_group,sex,deaths"]
        for year in Array(2015...2019) + [2022] {
            for (g, group) in ["15-19", "20-24", "25-29"].enumerated() {
                for (r, region) in ["Alpha", "Beta", "Gamma"].enumerated() {
                    let female = 40 + 10 * r + 5 * g + (year * 3 + r + g) % 7
                    let male = 2 * female + (year - 2015) + (year * 5 + r * 3 + g) % 11 + (year == 2022 ? 25 * (r + 1) : 0)
                    lines.append("\(region),\(year),\(group),f,\(female)")
                    lines.append("\(region),\(year),\(group),male,\(male)")
                }
            }
        }
        let deaths = try file("deaths.csv", lines.joined(separator: "\n") + "\n")
        var list = ["id,region,age,death_date"]
        for index in 0..<40 {
            list.append("\(index + 1),\(["Alpha", "Beta", "Gamma"][index % 3]),\(18 + index % 12),2022-0\(1 + index % 9)-15")
        }
        return (regions, deaths, try file("country-list.csv", list.joined(separator: "\n") + "\n"))
    }

    /// Deaths 2015–2022 in Tuva and Moscow by the built-in reference's names, in two
    /// age groups (`russian-deaths.csv`).
    func russianDeaths() throws -> String {
        var lines = ["region,year,age_group,sex,deaths"]
        for year in 2015...2022 {
            for (r, region) in ["Tuva", "Moscow"].enumerated() {
                for (g, group) in ["20-24", "25-29"].enumerated() {
                    lines.append("\(region),\(year),\(group),f,\(30 + 7 * r + g + year % 5)")
                    lines.append("\(region),\(year),\(group),m,\(80 + 9 * r + 2 * g + year % 7 + (year == 2022 ? 40 : 0))")
                }
            }
        }
        return try file("russian-deaths.csv", lines.joined(separator: "\n") + "\n")
    }

    /// Every file left in the workspace's `uploads/` and `files/` folders.
    var leftovers: [String] {
        ["uploads", "files"].flatMap { folder in
            let path = workspace.folder.appendingPathComponent(folder).path
            return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).map { "\(folder)/\($0)" }
        }
    }
}

/// The bearer header of the fixture's token (or another).
func bearer(_ token: String = ServerFixture.token) -> HTTPFields {
    [.authorization: "Bearer \(token)"]
}

/// The bytes of a file as a request body.
func body(ofFile path: String) throws -> ByteBuffer {
    ByteBuffer(bytes: try Data(contentsOf: URL(fileURLWithPath: path)))
}

/// A response body parsed as a JSON object.
func jsonObject(_ buffer: ByteBuffer) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any])
}

/// Every key of every object in a JSON value, recursively.
func allKeys(_ value: Any) -> Set<String> {
    if let object = value as? [String: Any] {
        return object.reduce(into: Set(object.keys)) { $0.formUnion(allKeys($1.value)) }
    }
    if let array = value as? [Any] { return array.reduce(into: Set()) { $0.formUnion(allKeys($1)) } }
    return []
}

/// Checks that a response is a problem document with `status` and `code`; returns its detail.
@discardableResult
func expectProblem(
    _ response: TestResponse, status: Int, code: String, sourceLocation: SourceLocation = #_sourceLocation
) throws -> String {
    #expect(Int(response.status.code) == status, "status", sourceLocation: sourceLocation)
    #expect(response.headers[.contentType] == "application/problem+json", sourceLocation: sourceLocation)
    let problem = try jsonObject(response.body)
    #expect(problem["code"] as? String == code, "\(problem)", sourceLocation: sourceLocation)
    #expect(problem["status"] as? Int == status, sourceLocation: sourceLocation)
    #expect(problem["type"] as? String == "urn:warburden:problem:\(code)", sourceLocation: sourceLocation)
    for key in ["title", "detail", "instance"] { #expect(problem[key] is String, "\(key)", sourceLocation: sourceLocation) }
    return problem["detail"] as? String ?? ""
}
