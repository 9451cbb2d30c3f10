#!/usr/bin/env python3
"""Compile the tile-grid layout of Russia's regions into the project's own format.

A tile-grid map draws one equal square per region at a grid position that keeps
neighbours roughly beside each other. The starting layout is the geofacet grid of
the replication analysis of Bessudnov (2023) (abessudnov/ruCasualtiesPublic,
replicationAnalysis.Rmd, `ru_federal_subjects_2022`; the copy described in
../shared/data/SOURCES.md as geo/russia-tile-grid.csv): 85 squares, row 1 north,
column 1 west, Moscow and St Petersburg set apart in the north-west corner.

This script adds what the project curates, checks the result and writes
Sources/BurdenData/Reference/RussiaTileGridData.swift:

- tiles for the four Ukrainian oblasts Russia claimed to annex in 2022 (UA-14,
  UA-09, UA-23, UA-65), placed in a row west of Rostov in their order on the
  ground (Kherson, Zaporizhzhia, Donetsk, Luhansk), Luhansk under Belgorod and
  Voronezh and beside Rostov, Kherson over Crimea;
- the south moved to make room: Crimea and Sevastopol one row down (south of
  Kherson), Krasnodar and Adygea one row down (south of Rostov and Luhansk, across
  the Kerch Strait from Crimea), Karachay-Cherkessia under Adygea;
- short labels for the squares in English (the ISO 3166-2 suffix; the Ukrainian
  codes, which are numbers, get letters) and in Russian.

Checks: every unit of the built-in reference has exactly one square, no two
squares share a cell, every code is known, labels are unique in each language.

    python3 scripts/build-russia-tile-grid.py [--shared ../shared/data]

The output is committed; run this again only when the layout changes, and review
the picture it prints.
"""

import argparse
import csv
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(REPO, "Sources", "BurdenData", "Reference", "RussiaTileGridData.swift")
REFERENCE = os.path.join(REPO, "Sources", "BurdenData", "Reference", "RussiaReferenceData.swift")

# Squares moved from the published grid: code -> (row, col).
MOVED = {
    "UA-43": (10, 2),   # Crimea: south of Kherson
    "UA-40": (10, 1),   # Sevastopol: west of Crimea
    "RU-AD": (10, 4),   # Adygea: west of Krasnodar, as published
    "RU-KDA": (10, 5),  # Krasnodar: south of Luhansk and Rostov, east of the Kerch Strait
    "RU-KC": (11, 4),   # Karachay-Cherkessia: beside Kabardino-Balkaria, south of Adygea
}

# Squares the published grid lacks: the oblasts of Ukraine Russia claimed to annex in 2022.
ADDED = {
    "UA-65": (9, 2),    # Kherson
    "UA-23": (9, 3),    # Zaporizhzhia
    "UA-14": (9, 4),    # Donetsk
    "UA-09": (9, 5),    # Luhansk
}

# English labels where the ISO suffix is a number.
LABEL_EN = {"UA-43": "CR", "UA-40": "SEV", "UA-14": "DON", "UA-09": "LUH", "UA-23": "ZAP", "UA-65": "KHE"}

# Russian labels: the usual abbreviations (МСК, СПБ, ХМАО as ХМА…) or the first letters.
LABEL_RU = {
    "RU-AD": "АДЫ", "RU-BA": "БАШ", "RU-BU": "БУР", "RU-AL": "АЛР", "RU-DA": "ДАГ", "RU-IN": "ИНГ",
    "RU-KB": "КБР", "RU-KL": "КЛМ", "RU-KC": "КЧР", "RU-KR": "КАР", "RU-KO": "КОМ", "RU-ME": "МЭЛ",
    "RU-MO": "МОР", "RU-SA": "ЯКУ", "RU-SE": "СОА", "RU-TA": "ТАТ", "RU-TY": "ТЫВ", "RU-UD": "УДМ",
    "RU-KK": "ХАК", "RU-CE": "ЧЕЧ", "RU-CU": "ЧУВ", "RU-ALT": "АЛТ", "RU-KDA": "КДР", "RU-KYA": "КРЯ",
    "RU-PRI": "ПРИ", "RU-STA": "СТА", "RU-KHA": "ХАБ", "RU-AMU": "АМУ", "RU-ARK": "АРХ", "RU-AST": "АСТ",
    "RU-BEL": "БЕЛ", "RU-BRY": "БРЯ", "RU-VLA": "ВЛА", "RU-VGG": "ВГГ", "RU-VLG": "ВОЛ", "RU-VOR": "ВОР",
    "RU-IVA": "ИВА", "RU-IRK": "ИРК", "RU-KGD": "КГД", "RU-KLU": "КЛУ", "RU-KAM": "КАМ", "RU-KEM": "КЕМ",
    "RU-KIR": "КИР", "RU-KOS": "КОС", "RU-KGN": "КГН", "RU-KRS": "КРС", "RU-LEN": "ЛЕН", "RU-LIP": "ЛИП",
    "RU-MAG": "МАГ", "RU-MOS": "МОО", "RU-MUR": "МУР", "RU-NIZ": "НИЖ", "RU-NGR": "НОВ", "RU-NVS": "НСК",
    "RU-OMS": "ОМС", "RU-ORE": "ОРБ", "RU-ORL": "ОРЛ", "RU-PNZ": "ПНЗ", "RU-PER": "ПЕР", "RU-PSK": "ПСК",
    "RU-ROS": "РОС", "RU-RYA": "РЯЗ", "RU-SAM": "САМ", "RU-SAR": "САР", "RU-SAK": "СХЛ", "RU-SVE": "СВЕ",
    "RU-SMO": "СМО", "RU-TAM": "ТАМ", "RU-TVE": "ТВЕ", "RU-TOM": "ТОМ", "RU-TUL": "ТУЛ", "RU-TYU": "ТЮМ",
    "RU-ULY": "УЛЬ", "RU-CHE": "ЧЕЛ", "RU-ZAB": "ЗАБ", "RU-YAR": "ЯРО", "RU-MOW": "МСК", "RU-SPE": "СПБ",
    "RU-YEV": "ЕАО", "RU-NEN": "НАО", "RU-KHM": "ХМА", "RU-CHU": "ЧУК", "RU-YAN": "ЯНА", "UA-43": "КРЫ",
    "UA-40": "СЕВ", "UA-14": "ДОН", "UA-09": "ЛУГ", "UA-23": "ЗАП", "UA-65": "ХЕР",
}


def reference_codes():
    """The codes of the built-in reference, read from its generated Swift file."""
    text = open(REFERENCE, encoding="utf-8").read()
    table = re.search(r'static let regions = #"""\n(.*?)\n"""#', text, re.S).group(1)
    lines = table.split("\n")
    return [line.split("\t")[0] for line in lines[1:]]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=os.path.join(REPO, "..", "shared", "data"))
    args = parser.parse_args()
    source = os.path.join(args.shared, "geo", "russia-tile-grid.csv")
    with open(source, newline="", encoding="utf-8") as f:
        published = list(csv.DictReader(f))

    tiles = {}
    for row in published:
        tiles[row["code"]] = (int(row["row"]), int(row["col"]))
    problems = [f"{code} is not in the published grid" for code in MOVED if code not in tiles]
    problems += [f"{code} is already in the published grid" for code in ADDED if code in tiles]
    tiles.update(MOVED)
    tiles.update(ADDED)

    codes = reference_codes()
    known = set(codes)
    problems += [f"{code} has no square" for code in codes if code not in tiles]
    problems += [f"{code} is not a unit of the reference" for code in tiles if code not in known]
    cells = {}
    for code, cell in tiles.items():
        if cell in cells:
            problems.append(f"{code} and {cells[cell]} share row {cell[0]}, column {cell[1]}")
        cells[cell] = code
        if cell[0] < 1 or cell[1] < 1:
            problems.append(f"{code} is outside the grid: {cell}")
    labels_en = {code: LABEL_EN.get(code, code.split("-")[1]) for code in codes}
    for name, labels in (("English", labels_en), ("Russian", LABEL_RU)):
        missing = [code for code in codes if code not in labels]
        problems += [f"{code} has no {name} label" for code in missing]
        seen = {}
        for code in codes:
            label = labels.get(code)
            if label in seen:
                problems.append(f"{name} label {label} names {seen[label]} and {code}")
            seen[label] = code
    if problems:
        sys.exit("tile grid: " + "; ".join(problems))

    rows = max(cell[0] for cell in cells)
    cols = max(cell[1] for cell in cells)
    picture = []
    for r in range(1, rows + 1):
        picture.append(" ".join(f"{labels_en[cells[(r, c)]] if (r, c) in cells else '.':>3}" for c in range(1, cols + 1)).rstrip())

    ordered = sorted(codes, key=lambda code: tiles[code])
    lines = ["code\trow\tcol\tlabel\tlabel_ru"]
    lines += [f"{code}\t{tiles[code][0]}\t{tiles[code][1]}\t{labels_en[code]}\t{LABEL_RU[code]}" for code in ordered]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/build-russia-tile-grid.py from the tile grid of Bessudnov (2023)\n")
        f.write("// (see docs/DATA.md). Do not edit by hand: change the script and run it again.\n\n")
        f.write("enum RussiaTileGridData {\n")
        f.write(f"    /// One square per unit of the reference: {rows} rows (1 = north) by {cols} columns (1 = west).\n")
        f.write("    ///\n")
        f.write("    /// ```text\n")
        for line in picture:
            f.write(f"    /// {line}\n")
        f.write("    /// ```\n")
        f.write('    static let tiles = #"""\n' + "\n".join(lines) + '\n"""#\n')
        f.write("}\n")
    print("\n".join(picture))
    print(f"wrote {os.path.relpath(OUT, REPO)}: {len(ordered)} squares, {rows} rows, {cols} columns")


if __name__ == "__main__":
    main()
