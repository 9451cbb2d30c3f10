#!/usr/bin/env bash
# Fuzz the casualty-list importer with libFuzzer for a bounded time.
#
#   scripts/fuzz-reader.sh [SECONDS]     (default 600)
#
# Builds Fuzz/ReaderFuzzer.swift with the BurdenData sources, address sanitizer on,
# seeds the corpus with the malformed-input fixtures, and runs until the time is up.
# Findings (crashing inputs) are written to .build-fuzz/findings/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
out=.build-fuzz
mkdir -p "$out/corpus" "$out/findings"
swiftc -sanitize=fuzzer,address -parse-as-library -O -swift-version 6 -module-name BurdenDataFuzz \
    $(find Sources/BurdenData -name '*.swift') Fuzz/ReaderFuzzer.swift -o "$out/reader-fuzzer"
# Seeds: every fixture under each format selector (first byte 0 = CSV, 1 = TSV, 2 = NDJSON).
for file in Tests/BurdenDataTests/Fixtures/malformed/*; do
    name=$(basename "$file")
    case "$name" in *.tsv) selector='\x01' ;; *.ndjson) selector='\x02' ;; *) selector='\x00' ;; esac
    { printf "$selector"; head -c 65536 "$file"; } > "$out/corpus/$name"
done
"$out/reader-fuzzer" "$out/corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -artifact_prefix="$out/findings/" -print_final_stats=1
