/// A minimal reader for the simple CSV files of the shared data (one record a line),
/// for tests only; the project's own reader is tested on its own.
struct CSVTestTable {
    let header: [String]
    let rows: [[String: String]]

    init(_ text: String) {
        var lines = text.split(whereSeparator: \.isNewline).map(String.init)
        if lines.first?.hasPrefix("\u{FEFF}") == true { lines[0].removeFirst() }
        let names = lines.first.map(Self.fields) ?? []
        header = names
        rows = lines.dropFirst().map { line in
            var row: [String: String] = [:]
            for (name, value) in zip(names, Self.fields(line)) { row[name] = value }
            return row
        }
    }

    /// Splits one line on commas outside double quotes; `""` inside quotes is a quote.
    static func fields(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var characters = line.makeIterator()
        var pending = characters.next()
        while let character = pending {
            pending = characters.next()
            if quoted {
                if character == "\"" {
                    if pending == "\"" {
                        current.append("\"")
                        pending = characters.next()
                    } else {
                        quoted = false
                    }
                } else {
                    current.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
