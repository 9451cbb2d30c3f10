#!/usr/bin/env python3
"""Write the corpus of malformed and awkward casualty lists that the importer tests read.

Each case is a small file under Tests/BurdenDataTests/Fixtures/malformed/ with its
expected ledger outcome in expected.tsv (rows, accepted, accepted with warnings,
duplicates, rejected, the reason counts, or the file-level error). The expectations
are written here by hand from the rules in docs/METHODS.md, not from the importer's
output. Names in the files are synthetic tokens (`name-0001`), never real names.

    python3 scripts/make-malformed-corpus.py
"""

import gzip
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "BurdenDataTests", "Fixtures", "malformed")
HEADER = "id,first_name,last_name,impliedEthnicity,birthYear,deathConfirmedDate,unitType,age,region,source"
H22 = "id,firstName,lastName,region,birthYear,deathConfirmedDate,source"


def row(i, by="1990", date="2023-05-14", unit="professional army", age="32", region="Tuva", source="https://example.org/a",
        first="removed", last="removed"):
    return f"{i},{first},{last},removed,{by},{date},{unit},{age},{region},{source}"


CASES = []


def case(name, content, rows, accepted=0, warned=0, dup=0, rejected=0, codes="", error="", mapping="", fmt=""):
    CASES.append(dict(name=name, content=content, rows=rows, accepted=accepted, warned=warned, dup=dup,
                      rejected=rejected, codes=codes, error=error, mapping=mapping, fmt=fmt))


def lines(*rows, end="\n"):
    return (end.join(rows) + end).encode()


good = [row(1), row(2, region="Buryatia"), row(3, region="Moscow")]

# Encoding, line ends and structure.
case("empty.csv", b"", 0, error="the file is empty")
case("header-only.csv", lines(HEADER), 0)
case("header-only-no-newline.csv", HEADER.encode(), 0)
case("bom.csv", b"\xef\xbb\xbf" + lines(HEADER, *good), 3, accepted=3)
case("crlf.csv", lines(HEADER, *good, end="\r\n"), 3, accepted=3)
case("cr-only.csv", lines(HEADER, *good, end="\r"), 3, accepted=3)
case("no-final-newline.csv", ("\n".join([HEADER] + good)).encode(), 3, accepted=3)
case("blank-lines.csv", lines(HEADER, good[0], "", good[1], "", "", good[2], ""), 3, accepted=3)
case("only-blank-lines.csv", lines(HEADER, "", "", ""), 0)
case("quoted-commas.csv", lines(HEADER, row(1, source='"https://a.example, https://b.example"'),
                                 row(2, region='"Tuva"')), 2, accepted=2)
case("doubled-quotes.csv", lines(HEADER, row(1, source='"a ""quoted"" word"'), row(2)), 2, accepted=2)
case("line-breaks-in-quotes.csv", lines(HEADER, row(1, source='"https://a.example\nhttps://b.example\n"'), row(2),
                                        row(3, source='"x\r\ny"')), 3, accepted=3)
case("unbalanced-quote.csv", lines(HEADER, row(1), row(2, source='"https://a.example'), row(3), row(4)), 4,
     accepted=3, rejected=1, codes="rejected:unterminated_quote=1")
case("unbalanced-quote-mid-field.csv", lines(HEADER, row(1), '2,removed,removed,removed,1990,"2023-05-14,x,32,Tuva,s',
                                             row(3)), 3, accepted=2, rejected=1, codes="rejected:unterminated_quote=1")
case("ragged-more-fields.csv", lines(HEADER, row(1), row(2) + ",extra", row(3)), 3, accepted=2, rejected=1,
     codes="rejected:wrong_field_count=1")
case("ragged-fewer-fields.csv", lines(HEADER, row(1), "2,removed,removed,removed,1990", row(3)), 3, accepted=2,
     rejected=1, codes="rejected:wrong_field_count=1")
case("empty-row.csv", lines(HEADER, row(1), ",,,,,,,,,", row(3)), 3, accepted=2, rejected=1,
     codes="rejected:empty_row=1")
case("irregular-quoting.csv", lines(HEADER, row(1, source='"https://a.example"/more'), row(2)), 2, accepted=1,
     warned=1, codes="warning:irregular_quoting=1")
case("header-with-spaces.csv", lines(" id , first_name,last_name,impliedEthnicity,birthYear,deathConfirmedDate,"
                                     "unitType,age, region ,source", row(1)), 1, accepted=1)
case("binary-garbage.csv", bytes((i * 73 + 41) % 256 for i in range(2048)), 0, error="*")
case("utf16.csv", "\ufeff".encode("utf-16-le") + lines(HEADER, row(1)).decode().encode("utf-16-le"), 0,
     error="UTF-16")
case("windows-1251.csv", (HEADER + "\n" + row(1, region="Тыва") + "\n" + row(2) + "\n").encode("cp1251"), 2,
     accepted=1, rejected=1, codes="rejected:not_utf8=1")
case("field-of-one-megabyte.csv", lines(HEADER, row(1, source="x" * (1 << 20)), row(2)), 2, accepted=2)
# A line of nothing but commas: more fields than a record may have (65,536), refused
# without making a field for each, and the rows after it kept.
case("many-empty-fields.csv", lines(HEADER, row(1), "," * 100_000, row(2)), 3, accepted=2, rejected=1,
     codes="rejected:record_too_long=1")
# Two gzip members (as `cat a.gz b.gz` writes), the second starting mid-row: read as one text.
_two_rows = lines(HEADER, row(1), row(2, region="Buryatia"))
case("gzip-members.csv.gz", gzip.compress(_two_rows[:150], mtime=0) + gzip.compress(_two_rows[150:], mtime=0), 2,
     accepted=2)
case("nul-bytes.csv", lines(HEADER, row(1, source="a\x00b"), row(2)), 2, accepted=2)

# Dates.
case("impossible-date.csv", lines(HEADER, row(1, date="2022-02-30"), row(2)), 2, accepted=1, rejected=1,
     codes="rejected:impossible_date=1")
case("impossible-month.csv", lines(HEADER, row(1, date="2022-13-01"), row(2)), 2, accepted=1, rejected=1,
     codes="rejected:impossible_date=1")
case("dotted-dates.csv", lines(HEADER, row(1, date="05.03.2022"), row(2, date="5.3.2022"), row(3, date="03.2022")),
     3, accepted=3)
case("partial-dates.csv", lines(HEADER, row(1, date="2022-03"), row(2, date="2022"), row(3, date="2022-03-05T10:00:00")),
     3, accepted=3)
case("unreadable-date.csv", lines(HEADER, row(1, date="March 5"), row(2, date="2022/3"), row(3)), 3, accepted=1,
     rejected=2, codes="rejected:unreadable_date=2")
case("missing-date.csv", lines(HEADER, row(1, date=""), row(2, date="NA")), 2, warned=2, codes="warning:no_date=2")

# Ages and birth years.
case("negative-age.csv", lines(HEADER, row(1, age="-3"), row(2)), 2, accepted=1, rejected=1,
     codes="rejected:invalid_age=1")
case("age-out-of-range.csv", lines(HEADER, row(1, age="150"), row(2, age="thirty"), row(3, age="34.5"),
                                   row(4, age="32.0")), 4, accepted=1, rejected=3, codes="rejected:invalid_age=3")
case("inconsistent-age.csv", lines(HEADER, row(1, by="1990", age="20"), row(2, by="1990", age="33"),
                                   row(3, by="1990", age="32")), 3, accepted=2, warned=1,
     codes="warning:inconsistent_age=1")
case("derived-age.csv", lines(HEADER, row(1, age=""), row(2, age="", by="")), 2, accepted=2)
case("birth-after-death.csv", lines(HEADER, row(1, by="2030"), row(2, by="1850"), row(3, by="19x0")), 3, rejected=3,
     codes="rejected:invalid_birth_year=3")

# Unit types and regions.
case("unit-types.csv", lines(HEADER, row(1, unit="мобилизованный"), row(2, unit="ЧВК Вагнер"), row(3, unit="Storm-Z"),
                             row(4, unit=""), row(5, unit="conscripted")), 5, accepted=5)
case("unknown-unit-type.csv", lines(HEADER, row(1, unit="astronauts"), row(2)), 2, accepted=1, warned=1,
     codes="warning:unknown_unit_type=1")
case("unknown-region.csv", lines(HEADER, row(1, region="Atlantis"), row(2, region="Atlantis"), row(3)), 3, accepted=1,
     warned=2, codes="warning:unknown_region=2")
case("ambiguous-region.csv", lines(HEADER, row(1, region="Altai"), row(2)), 2, accepted=1, warned=1,
     codes="warning:ambiguous_region=1")
case("aggregate-region.csv", lines(HEADER, row(1, region="Russia"), row(2, region="Volga Federal District")), 2,
     warned=2, codes="warning:aggregate_region=2")
case("missing-region.csv", lines(HEADER, row(1, region=""), row(2, region="NA"), row(3, region="removed")), 3,
     warned=3, codes="warning:no_region=3")
case("russian-regions.csv", lines(HEADER, row(1, region="г. Москва"), row(2, region='"Ямало-Hенецкий АО"'),
                                  row(3, region="Республика Саха (Якутия)")), 3, accepted=3)

# Duplicates.
# A repeated id is a duplicate only when every other field agrees (--duplicates conflicts-kept, the default):
# row 3 repeats the id of row 1 with another region, so both are counted, with a warning.
case("duplicate-id.csv", lines(HEADER, row(1), row(2), row(1, region="Buryatia")), 3, accepted=2, warned=1,
     codes="warning:id_conflict=1")
case("duplicate-id-text.csv", lines(HEADER, row("a-1"), row("a-2"), row("a-1"), row("01"), row("1")), 5, accepted=4,
     dup=1, codes="duplicate:same_id=1")
case("duplicate-person.csv", lines(HEADER, row(1, first="name-0001", last="name-0002"),
                                   row(2, first="name-0001", last="name-0002"),
                                   row(3, first="name-0001", last="name-0002", by="1991"),
                                   row(4, first="name-0003", last="name-0002")), 4, accepted=3, dup=1,
     codes="duplicate:same_person=1")

# The layout of the named list of December 2022, where one id occurs twice with different confirmation dates and
# sources: both rows are counted (the published tables counted both), the second with the warning id_conflict.
case("layout-2022-repeated-id.csv", lines(
    H22,
    "101,removed,removed,Rostov,1991,2022-10-02,https://example.org/r1",
    "102,removed,removed,Tuva,1987,2022-10-05,https://example.org/t1",
    "103,removed,removed,Rostov,1979,2022-10-09,https://example.org/r2",
    "104,removed,removed,Buryatia,1995,2022-10-11,https://example.org/b1",
    "105,removed,removed,Rostov,1984,2022-10-17,https://example.org/r3",
    "106,removed,removed,Bashkortostan,1990,2022-10-20,",
    "105,removed,removed,Rostov,1984,2022-11-28,https://example.org/r4",
    "107,removed,removed,Rostov,2001,2022-12-01,https://example.org/r5",
    "108,removed,removed,Tuva,1993,2022-12-06,https://example.org/t2",
    "109,removed,removed,Volgograd,1976,2022-12-09,https://example.org/v1"),
    10, accepted=9, warned=1, codes="warning:id_conflict=1")

# Other layouts and formats.
case("layout-2022.csv", lines(H22, "1,removed,removed,Tuva,1990,2023-05-14,https://example.org/a",
                              "2,removed,removed,Buryatia,,2023-06-01,"), 2, accepted=2)
case("custom-columns.csv", lines("oblast,died,kind", "Tuva,2023-05-14,volunteers", "Buryatia,2023-06-01,"), 2,
     accepted=2, mapping="region=oblast;death_date=died;unit_type=kind")
case("no-region-column.csv", lines("a,b", "1,2"), 0, error="no region column")
case("list.tsv", lines(HEADER.replace(",", "\t"), row(1).replace(",", "\t"), row(2).replace(",", "\t")), 2, accepted=2)
case("list.ndjson", lines('{"id": 1, "birthYear": 1990, "deathConfirmedDate": "2023-05-14", "unitType": "volunteers", "age": 32, "region": "Tuva"}',
                          '{"region": "Buryatia", "id": 2, "deathConfirmedDate": "2023-06-01", "age": null, "birthYear": null}',
                          '', '{"id": 3, "region": "Gotham \\u0433.", "deathConfirmedDate": "2023-06-02", "unitType": "", "age": 20, "birthYear": 2003}'),
     3, accepted=2, warned=1, codes="warning:unknown_region=1")
case("invalid.ndjson", lines('{"id": 1, "region": "Tuva", "deathConfirmedDate": "2023-05-14"}', 'not json at all',
                             '{"id": 2, "region": {"nested": true}, "deathConfirmedDate": "2023-05-14"}',
                             '{"id": 3, "region": "Tuva", "deathConfirmedDate": "2023-05-14"', '[1, 2]',
                             '{"id": 4, "region": "Tuva", "deathConfirmedDate": "2023-05-14"} trailing'),
     6, accepted=1, rejected=5, codes="rejected:invalid_json=5")
# Numbers JSON does not have: NaN, Infinity, hexadecimal, a plus sign.
case("json-numbers.ndjson", lines('{"id": 1, "region": "Tuva", "deathConfirmedDate": "2023-05-14", "age": 30}',
                                  '{"id": 2, "region": "Tuva", "deathConfirmedDate": "2023-05-14", "age": NaN}',
                                  '{"id": 3, "region": "Tuva", "deathConfirmedDate": "2023-05-14", "age": Infinity}',
                                  '{"id": 4, "region": "Tuva", "deathConfirmedDate": "2023-05-14", "age": 0x10}',
                                  '{"id": 5, "region": "Tuva", "deathConfirmedDate": "2023-05-14", "age": +5}'),
     5, accepted=1, rejected=4, codes="rejected:invalid_json=4")
case("duplicate-keys.ndjson", lines('{"id": 1, "region": "Atlantis", "unitType": 0, "region": "Tuva", "deathConfirmedDate": "2023-05-14"}',
                                    '{"id": 2, "region": "Tuva", "region": "Buryatia", "deathConfirmedDate": "2023-05-14"}'),
     2, accepted=1, warned=1, codes="warning:unknown_unit_type=1")


def main():
    os.makedirs(OUT, exist_ok=True)
    for existing in os.listdir(OUT):
        os.remove(os.path.join(OUT, existing))
    with open(os.path.join(OUT, "expected.tsv"), "w", encoding="utf-8") as manifest:
        manifest.write("file\tformat\tmap\trows\taccepted\twarned\tduplicates\trejected\tcodes\terror\n")
        for c in CASES:
            with open(os.path.join(OUT, c["name"]), "wb") as f:
                f.write(c["content"])
            manifest.write("\t".join(str(c[k]) for k in
                                     ["name", "fmt", "mapping", "rows", "accepted", "warned", "dup", "rejected",
                                      "codes", "error"]) + "\n")
    print(f"wrote {len(CASES)} cases to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
