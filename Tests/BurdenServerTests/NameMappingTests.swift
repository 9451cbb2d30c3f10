import BurdenServer
import BurdenTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A field mapped onto a column of names is refused — on the command line (`check`,
/// `rates`, `import`) and over HTTP — and, where the user allows it, dropped: no name
/// reaches the workspace, an answer, the ledger or the output.
struct NameMappingTests {
    /// Name-like values, one per name column, that must never come out.
    static let names = ["Qzfirstname", "Qzlastname", "Qzpatronym", "Qzfull Qzname", "Qzфамилия", "Qzsurname", "Qzgiven"]

    /// Name columns of the file, each recognised as a name by its header.
    static let nameColumns = ["first_name", "last_name", "patronymic", "full_name", "Фамилия", "surname", "name"]

    /// Fields a name column might be mapped onto.
    static let fields = ["ethnicity", "region", "settlement", "rank", "id", "unit_type", "birth_date", "age"]

    private func list(_ fixture: ServerFixture) throws -> String {
        let header = (Self.nameColumns + ["region_name", "death_date", "age_years", "category", "ethnic_group", "city", "rank_title"])
            .joined(separator: ",")
        let rows = (0..<6).map { index in
            (Self.names + [["Tuva", "Moscow", "Dagestan"][index % 3], "2022-0\(index + 1)-15", "\(25 + index)", "volunteers", "tuvan", "Kyzyl", "private"])
                .joined(separator: ",")
        }
        return try fixture.file("named-list.csv", ([header] + rows).joined(separator: "\n") + "\n")
    }

    private func expectNoNames(_ text: String, _ comment: String) {
        for name in Self.names + ["Qzfull", "Qzname"] { #expect(!text.contains(name), "\(comment): \(name)") }
    }

    @Test("a mapping onto a column of names is refused, or dropped when allowed", arguments: fields)
    func mappingOntoNames(field: String) async throws {
        let fixture = try ServerFixture()
        let list = try list(fixture)
        let workspace = fixture.path("cli-workspace")
        let (latin, cyrillic) = (Self.nameColumns[0], Self.nameColumns[4])
        try await fixture.app.test(.router) { client in
            for column in Self.nameColumns {
                let map = "\(field)=\(column)".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                let refused = try await client.execute(uri: "/datasets?label=x&map=\(map)", method: .post, headers: bearer(), body: try body(ofFile: list))
                let detail = try expectProblem(refused, status: 422, code: "malformed_upload")
                #expect(detail.contains("names"), "\(detail)")
                expectNoNames(String(buffer: refused.body), "\(field)=\(column)")
                // The commands share the importer; two columns each keep the test short.
                let commands = [latin, cyrillic].contains(column) ? [["check", list], ["rates", list], ["import", list, "--label", "x", "--workspace", workspace]] : []
                for command in commands {
                    let result = try CommandRunner.warburden(command + ["--map", "\(field)=\(column)"])
                    #expect(result.status == 1, "\(command[0]) --map \(field)=\(column): \(result.standardError)")
                    #expect(result.standardError.contains("column of names"), "\(command[0])")
                    expectNoNames(result.standardOutput + result.standardError, "\(command[0]) \(field)=\(column)")
                }

                let allowed = try await client.execute(
                    uri: "/datasets?label=x&allow_name_columns=true&map=\(map)", method: .post, headers: bearer(), body: try body(ofFile: list))
                #expect(allowed.status == .created, "\(field)=\(column): \(String(buffer: allowed.body))")
                expectNoNames(String(buffer: allowed.body), "upload \(field)=\(column)")
                let allowedCommands = commands.isEmpty ? [] : [["check", list, "--format", "json"], ["rates", list, "--format", "json"], ["import", list, "--label", "x", "--workspace", workspace]]
                for command in allowedCommands {
                    let result = try CommandRunner.warburden(command + ["--map", "\(field)=\(column)", "--allow-name-columns"])
                    #expect(result.status == 0, "\(command[0]) --map \(field)=\(column) --allow-name-columns: \(result.standardError)")
                    expectNoNames(result.standardOutput + result.standardError, "\(command[0]) \(field)=\(column) allowed")
                }
            }
            let id = try #require(try fixture.workspace.versions().last?.id)
            for uri in [
                "/datasets", "/datasets/\(id)", "/datasets/\(id)/ledger", "/datasets/\(id)/ledger?format=csv", "/datasets/\(id)/rates",
                "/datasets/\(id)/groups?by=ethnicity", "/datasets/\(id)/groups?by=unit-type", "/datasets/\(id)/trends?by=ethnicity", "/?dataset=\(id)",
            ] {
                expectNoNames(String(buffer: try await client.execute(uri: uri, method: .get).body), uri)
            }
        }
        for folder in [fixture.workspace.folder, URL(fileURLWithPath: workspace)] {
            var stored = Data()
            for file in ["workspace.sqlite", "workspace.sqlite-wal"] {
                stored.append((try? Data(contentsOf: folder.appendingPathComponent(file))) ?? Data())
            }
            #expect(stored.count > 0)
            for name in Self.names { #expect(stored.range(of: Data(name.utf8)) == nil, "\(name) is in \(folder.lastPathComponent)") }
        }
    }
}
