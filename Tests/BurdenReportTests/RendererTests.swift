import BurdenReport
import Testing

struct RendererTests {
    static let document = TidyDocument(
        metadata: [.init("per", .integer(100_000)), .init("ci", .text("wilson-cc"))],
        tables: [
            TidyTable(
                name: "regions",
                columns: [.init("code"), .init("name"), .init("deaths"), .init("rate"), .init("groups"), .init("flag")],
                rows: [
                    [.text("RU-TY"), .text("Tuva"), .integer(231), .number(248.69734292235478), .list(["Tuvan"]), .boolean(true)],
                    [.text("X"), .text("Say \"hi\", then\nleave"), .integer(1_234_567), .number(.nan), .list([]), .missing],
                    [.text("Y"), .text("Ёлки"), .integer(0), .number(-0.0005), .list(["a", "b"]), .boolean(false)],
                ])
        ],
        notes: ["A note."])

    @Test func csvQuotesOnlyWhatNeedsItAndKeepsFullPrecision() {
        let csv = CSVRenderer().render(Self.document)
        #expect(csv == """
            code,name,deaths,rate,groups,flag
            RU-TY,Tuva,231,248.69734292235478,Tuvan,true
            X,"Say ""hi"", then
            leave",1234567,NaN,,
            Y,Ёлки,0,-0.0005,a|b,false

            """)
    }

    @Test func jsonHasMetadataThenRowObjectsAndSpellsNonFiniteNumbers() {
        let json = JSONRenderer().render(Self.document)
        #expect(json == """
            {
              "per": 100000,
              "ci": "wilson-cc",
              "regions": [
                {"code": "RU-TY", "name": "Tuva", "deaths": 231, "rate": 248.69734292235478, "groups": ["Tuvan"], "flag": true},
                {"code": "X", "name": "Say \\"hi\\", then\\nleave", "deaths": 1234567, "rate": "NaN", "groups": [], "flag": null},
                {"code": "Y", "name": "Ёлки", "deaths": 0, "rate": -0.0005, "groups": ["a", "b"], "flag": false}
              ]
            }

            """)
    }

    @Test func terminalAlignsRoundsAndGroups() {
        let text = TerminalTableRenderer().render(Self.document)
        #expect(text == """
            per: 100,000
            ci: wilson-cc

            code   name                     deaths     rate  groups  flag
            RU-TY  Tuva                        231  248.697  Tuvan   yes
            X      Say "hi", then leave  1,234,567      NaN          NA
            Y      Ёлки                          0   -0.001  a|b     no

            A note.

            """)
    }
}
