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

    /// Guarded for spreadsheets, texts that would run as formulas get a `'`; numbers,
    /// negative ones too, are never changed.
    @Test func guardedCSVChangesFormulaTextsAndNeverNumbers() {
        let document = TidyDocument(tables: [
            TidyTable(
                name: "t", columns: [.init("=name"), .init("rate"), .init("deaths"), .init("groups")],
                rows: [
                    [.text("=1+2"), .number(-0.0005), .integer(-3), .list(["@cmd", "=x"])],
                    [.text("-North"), .number(-1e-300), .integer(0), .list(["a", "=b"])],
                    [.text("+cmd|' /C calc'!A0"), .number(.nan), .integer(7), .list([])],
                    [.text("\tx"), .number(2.5), .integer(-12), .list(["plain"])],
                ])
        ])
        let guarded = CSVRenderer(guardsFormulas: true).render(document)
        #expect(guarded == """
            '=name,rate,deaths,groups
            '=1+2,-0.0005,-3,'@cmd|=x
            '-North,-1e-300,0,a|=b
            '+cmd|' /C calc'!A0,NaN,7,
            '\tx,2.5,-12,plain

            """)
        #expect(CSVRenderer(guardsFormulas: true).render(document) == guarded)
        #expect(CSVRenderer().render(document).hasPrefix("=name,rate,deaths,groups\n=1+2,-0.0005,-3,@cmd|=x\n"))
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
