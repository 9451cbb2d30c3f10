/// A careful reader of comma-separated text for tests, following RFC 4180: fields may be
/// quoted, quoted fields may hold commas, line breaks and doubled quotes (`""`), and
/// records end at a line break (LF or CRLF) outside quotes. A leading byte-order mark is dropped.
struct QuotedCSV {
    /// The names in the first record.
    let header: [String]
    /// The remaining records, each as the header name → field.
    let rows: [[String: String]]

    init(_ text: String) {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text.unicodeScalars)
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < characters.count, characters[i + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field)
                field = ""
            } else if c == "\n" || c == "\r" {
                if c == "\r", i + 1 < characters.count, characters[i + 1] == "\n" { i += 1 }
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.unicodeScalars.append(c)
            }
            i += 1
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        let names = records.first ?? []
        header = names
        rows = records.dropFirst().map { values in
            Dictionary(zip(names, values), uniquingKeysWith: { first, _ in first })
        }
    }
}
