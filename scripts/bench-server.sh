#!/usr/bin/env bash
# Load test of `warburden serve` on loopback, bounded in time: `rates` of a
# 20,000-row simulated list with wrk (Debian's `wrk`; this script installs
# nothing), first alone, then while the same list is uploaded again and again.
# Targets: at least 5,000 requests/s with p99 under 20 ms alone, p99 under 100 ms
# during the uploads. Also measures `rates` with a new query every request (no
# cached answer), for what the analysis itself costs.
#
#   scripts/bench-server.sh                # release build, 10 s per run
#   DURATION=20 scripts/bench-server.sh
#
# Exit status 1 when a target is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk > /dev/null || { echo "bench-server: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
duration="${DURATION:-10}"
binary="${WARBURDEN_BINARY:-}"
if [ -z "$binary" ]; then
    swift build -c release --product warburden >&2
    binary=.build/release/warburden
fi
work="$(mktemp -d)"
server=""
cleanup() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

"$binary" simulate --records 20000 --seed 2022 > "$work/list.csv"
"$binary" import "$work/list.csv" --label bench --workspace "$work/ws" > /dev/null 2>&1
"$binary" serve --workspace "$work/ws" --port 0 > "$work/serve.out" 2> "$work/serve.err" &
server=$!
for _ in $(seq 1 100); do grep -q '^token: ' "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
base="$(sed -n 's|.* at \(http://127\.0\.0\.1:[0-9]*\)/$|\1|p' "$work/serve.out")"
token="$(sed -n 's|^token: ||p' "$work/serve.out")"
[ -n "$base" ] || { echo "bench-server: the server did not start" >&2; exit 1; }
url="$base/datasets/1/rates"
curl -fsS "$url" > /dev/null

# Requests/s and p99 (ms) from wrk's --latency report.
measure() {
    local out="$1"
    local rps p99
    rps="$(awk '/^Requests\/sec:/ { print $2 }' "$out")"
    p99="$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v = v * 1000 }; print v }' "$out")"
    echo "$rps $p99"
}

wrk -t2 -c32 -d"${duration}s" --latency "$url" > "$work/alone.txt"
read -r alone_rps alone_p99 < <(measure "$work/alone.txt")

cat > "$work/uncached.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, "/datasets/1/rates?per=" .. (100000 + n))
end
LUA
wrk -t1 -c8 -d"${duration}s" --latency -s "$work/uncached.lua" "$base" > "$work/uncached.txt"
read -r uncached_rps uncached_p99 < <(measure "$work/uncached.txt")

# The same run with uploads of the 20,000-row list going on, one after another.
wrk -t2 -c32 -d"${duration}s" --latency "$url" > "$work/upload.txt" &
load=$!
sleep 1
uploads=0
upload_ms=()
end=$((SECONDS + duration - 2))
while [ "$SECONDS" -lt "$end" ]; do
    took="$(curl -fsS -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" \
        --data-binary @"$work/list.csv" "$base/datasets?label=upload-$uploads&name=list.csv")"
    upload_ms+=("$(awk -v t="$took" 'BEGIN { printf "%.0f", t * 1000 }')")
    uploads=$((uploads + 1))
done
wait "$load"
read -r upload_rps upload_p99 < <(measure "$work/upload.txt")

printf 'rates, 20,000 rows, alone:         %8.0f requests/s, p99 %6.2f ms\n' "$alone_rps" "$alone_p99"
printf 'rates, during %d uploads:          %8.0f requests/s, p99 %6.2f ms (each upload %s ms)\n' \
    "$uploads" "$upload_rps" "$upload_p99" "$(IFS=,; echo "${upload_ms[*]}")"
printf 'rates, a new query each time:      %8.0f requests/s, p99 %6.2f ms (no cached answer)\n' "$uncached_rps" "$uncached_p99"
status=0
awk -v r="$alone_rps" -v p="$alone_p99" 'BEGIN { exit !(r >= 5000 && p < 20) }' || { echo "MISSED: 5,000 requests/s with p99 < 20 ms" >&2; status=1; }
awk -v p="$upload_p99" -v n="$uploads" 'BEGIN { exit !(n > 0 && p < 100) }' || { echo "MISSED: p99 < 100 ms during uploads" >&2; status=1; }
exit $status
