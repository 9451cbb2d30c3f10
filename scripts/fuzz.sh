#!/usr/bin/env bash
# Fuzz one reader of outside bytes with libFuzzer for a bounded time.
#
#   scripts/fuzz.sh TARGET [SECONDS]     (default 600)
#
# TARGET is one of: reader (CSV, TSV and NDJSON lists through the importer, gzip),
# ndjson, deaths (deaths tables), regions (region tables), counts (counts tables),
# series (cumulative series and discrepancy tables), estimates (published estimates).
#
# Builds Fuzz/<Target>Fuzzer.swift with Fuzz/FuzzInput.swift and the BurdenData sources
# (address sanitizer on; zlib from the system), seeds the corpus with the fixtures of
# its kind — the malformed-input corpus for lists, small tables of each kind otherwise,
# each also gzip-compressed — and runs one job until the time is up. Findings
# (crashing or hanging inputs) are written to .build-fuzz/TARGET/findings/; keep each
# as a fixture once its cause is fixed. One process (one core): run targets one after
# another.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: scripts/fuzz.sh reader|ndjson|deaths|regions|counts|series|estimates|weekly|categories [SECONDS]}"
seconds="${2:-600}"
case "$target" in
    reader) source=ReaderFuzzer ;;
    ndjson) source=NDJSONFuzzer ;;
    deaths) source=DeathsTableFuzzer ;;
    regions) source=RegionTableFuzzer ;;
    counts) source=CountsTableFuzzer ;;
    series) source=SeriesFuzzer ;;
    estimates) source=EstimatesFuzzer ;;
    weekly) source=WeeklyEstimatesFuzzer ;;
    categories) source=CategoriesFuzzer ;;
    *) echo "unknown target '$target'" >&2; exit 2 ;;
esac
out=".build-fuzz/$target"
mkdir -p "$out/corpus" "$out/findings"
extra=()
if [ "$target" = reader ] || [ "$target" = ndjson ]; then extra+=(Fuzz/ImportList.swift); fi
# SHA-256 (swift-crypto) is not read by any reader; the rest of BurdenData is built as it is.
swiftc -sanitize=fuzzer,address -parse-as-library -O -swift-version 6 -module-name BurdenDataFuzz \
    -I Sources/CZlib -lz \
    $(find Sources/BurdenData -name '*.swift' ! -name 'SHA256*.swift') Fuzz/FuzzInput.swift "${extra[@]}" "Fuzz/$source.swift" \
    -o "$out/fuzzer"

# Seeds: the first byte is the selector (bits 0-2 buffer size, bit 3 gzip, bits 4-5 a
# target's own choice: the list format, TSV, the reference, the discrepancy table).
seed() { # NAME SELECTOR FILE
    { printf "\\x$(printf %02x "$2")"; head -c 65536 "$3"; } > "$out/corpus/$1"
    { printf "\\x$(printf %02x $(( $2 | 8 )))"; head -c 65536 "$3" | gzip -c; } > "$out/corpus/$1.gz"
}
fixtures=Tests/BurdenDataTests/Fixtures
case "$target" in
    reader|ndjson)
        for file in "$fixtures"/malformed/*; do
            name=$(basename "$file")
            case "$name" in *.tsv) format=1 ;; *.ndjson) format=2 ;; *) format=0 ;; esac
            [ "$target" = ndjson ] && [ "$format" != 2 ] && continue
            seed "$name" $(( (format << 4) | 5 )) "$file"
        done ;;
    *)
        for file in "$fixtures/tables/$target"/*; do
            case "$(basename "$file")" in rosstat.csv|discrepancies.csv) choice=16 ;; *) choice=0 ;; esac
            seed "$(basename "$file")" $(( choice | 5 )) "$file"
        done ;;
esac
"$out/fuzzer" "$out/corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -artifact_prefix="$out/findings/" -print_final_stats=1
