import BurdenData
import BurdenServer
import BurdenTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A refused upload leaves nothing in the workspace's folder; what a crash left is
/// swept at the next start.
struct LeftoverTests {
    @Test("a refused upload leaves nothing in uploads/ or files/", arguments: [
        ("/datasets?label=x", "id,name\n1,a\n"),
        ("/datasets?label=x&strict=true", "id,region,death_date\n1,Tuva,2022-13-01\n2,Tuva,2022-01-01\n"),
        ("/regions?label=x", "code,name,population\nZZ-A,Alpha,not-a-number\n"),
        ("/regions?label=x", "name,population\nAlpha,3\n"),
        ("/mortality?label=x", "region,year,age_group,sex,deaths\nAtlantis,2020,20-24,f,3\n"),
        ("/mortality?label=x&name=d.csv.gz", "plainly not gzip"),
        ("/mortality?label=x", String(repeating: "x", count: 5000)),
    ])
    func refusedUploadsLeaveNothing(uri: String, text: String) async throws {
        let fixture = try ServerFixture { $0.maximumUploadBytes = 4096 }
        try await fixture.app.test(.router) { client in
            let response = try await client.execute(uri: uri, method: .post, headers: bearer(), body: ByteBuffer(string: text))
            #expect(response.status.code >= 400 && response.status.code < 500, "\(String(buffer: response.body))")
        }
        #expect(fixture.leftovers.isEmpty, "\(fixture.leftovers)")
        #expect(try fixture.workspace.files(.regions).isEmpty && fixture.workspace.files(.mortality).isEmpty)
        #expect(try fixture.workspace.versions().isEmpty)
    }

    @Test func anAcceptedFileIsCopiedOnlyWhenReadAndItsCopyGoesWithIt() async throws {
        let fixture = try ServerFixture()
        let country = try fixture.madeUpCountry()
        try await fixture.app.test(.router) { client in
            #expect(try await client.execute(uri: "/regions?label=zz", method: .post, headers: bearer(), body: try body(ofFile: country.regions)).status == .created)
            #expect(fixture.leftovers.isEmpty, "stored, not copied: \(fixture.leftovers)")
            #expect(try await client.execute(uri: "/mortality?label=zz&regions=1", method: .post, headers: bearer(), body: try body(ofFile: country.deaths)).status == .created)
            #expect(fixture.leftovers.count == 1, "the region table, read to check the deaths: \(fixture.leftovers)")
            // The region table the deaths were read against cannot go before them.
            try expectProblem(try await client.execute(uri: "/regions/1", method: .delete, headers: bearer()), status: 409, code: "in_use")
            #expect(try await client.execute(uri: "/mortality/2", method: .delete, headers: bearer()).status == .noContent)
            #expect(try await client.execute(uri: "/regions/1", method: .delete, headers: bearer()).status == .noContent)
        }
        #expect(fixture.leftovers.isEmpty, "\(fixture.leftovers)")
    }

    @Test func theSweepRemovesStalePartialUploadsAndStrayCopiesButNotAnUploadInProgress() throws {
        let fixture = try ServerFixture()
        let country = try fixture.madeUpCountry()
        let stored = try fixture.workspace.importFile(path: country.regions, kind: .regions, label: "zz")
        let copy = try fixture.workspace.path(of: stored.id, kind: .regions)
        let uploads = fixture.workspace.folder.appendingPathComponent("uploads")
        try FileManager.default.createDirectory(at: uploads, withIntermediateDirectories: true)
        var bytes: Int64 = 0
        for index in 0..<6 {
            let data = Data(repeating: UInt8(index), count: 1000 * (index + 1))
            try data.write(to: uploads.appendingPathComponent("stale-\(index).part"))
            bytes += Int64(data.count)
        }
        let stray = fixture.workspace.folder.appendingPathComponent("files/0123abcd.csv")
        try Data(repeating: 7, count: 500).write(to: stray)
        bytes += 500
        // An upload in progress holds a lock on its file.
        let busy = uploads.appendingPathComponent("in-progress.part").path
        let descriptor = open(busy, O_WRONLY | O_CREAT, 0o600)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX) == 0)

        let swept = try fixture.workspace.sweepLeftovers()
        #expect(swept.uploads == 6)
        #expect(swept.files == 1)
        #expect(swept.bytes == bytes)
        #expect(Set(fixture.leftovers) == ["uploads/in-progress.part", "files/" + URL(fileURLWithPath: copy).lastPathComponent])
        let again = try fixture.workspace.sweepLeftovers()
        #expect(again.uploads == 0 && again.files == 0 && again.bytes == 0)
        // The stored file still reads.
        #expect(try fixture.workspace.regionTable(stored.id).table.regions.count == 3)
    }
}
