#!/bin/sh
# Renders a report's index.html with headless Chromium to a PNG, and fails when the
# page has a chart (an <svg>) without content, asks for a script or a resource from
# anywhere, or logs an error to the console.
#
#   scripts/screenshot-report.sh REPORT-DIR/index.html OUT.png [WIDTH,HEIGHT]
#
# Needs Chromium on the PATH (Debian's package `chromium`; this script installs
# nothing). WIDTH,HEIGHT is the window (default 1280,2400); the PNG shows the top of
# the page at that size. Exit status: 0 good, 1 a problem with the page, 2 no browser
# or wrong arguments.
set -eu

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
    echo "usage: $0 REPORT-DIR/index.html OUT.png [WIDTH,HEIGHT]" >&2
    exit 2
fi
page=$1
out=$2
size=${3:-1280,2400}
[ -f "$page" ] || { echo "screenshot-report: no such page: $page" >&2; exit 2; }
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "screenshot-report: no chromium on the PATH (Debian: the chromium package)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
url="file://$(cd "$(dirname "$page")" && pwd)/$(basename "$page")"
case "$out" in /*) target=$out ;; *) target="$(pwd)/$out" ;; esac
# --no-sandbox: Chromium refuses to run as root (containers, CI) without it.
flags="--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions
--disable-background-networking --disable-component-update --disable-sync --mute-audio
--user-data-dir=$work/profile"

failed=0
problem() {
    echo "screenshot-report: $*" >&2
    failed=1
}

# The page itself: no script, no external resource of any kind.
if grep -Eiq '<script|<link|<img|<iframe|@import|url\(' "$page"; then
    problem "the page asks for a script or an outside resource: $(grep -Eio '<script|<link|<img|<iframe|@import|url\(' "$page" | sort -u | tr '\n' ' ')"
fi

# The DOM as the browser built it: every <svg> must have child elements.
# shellcheck disable=SC2086
"$browser" $flags --virtual-time-budget=5000 --dump-dom "$url" > "$work/dom.html" 2> "$work/dom.log" || problem "chromium failed to load the page"
charts=$(tr '\n' ' ' < "$work/dom.html" | grep -o '<svg[^>]*>' | wc -l)
empty=$(tr '\n' ' ' < "$work/dom.html" | grep -Eo '<svg[^>]*>[[:space:]]*(<title>[^<]*</title>[[:space:]]*)?(<desc>[^<]*</desc>[[:space:]]*)?</svg>' | wc -l)
[ "$charts" -gt 0 ] || problem "the page has no chart"
[ "$empty" -eq 0 ] || problem "$empty of $charts charts are empty"

# The screenshot, with the console logged: any console message or failed load is a problem.
# shellcheck disable=SC2086
"$browser" $flags --enable-logging=stderr --v=0 --window-size="$size" --screenshot="$target" "$url" \
    > "$work/shot.out" 2> "$work/shot.log" || problem "chromium failed to take the screenshot"
if grep -Eq 'CONSOLE|Uncaught|Failed to load resource|net::ERR_' "$work/shot.log" "$work/dom.log"; then
    problem "the page logged errors:"
    grep -Eh 'CONSOLE|Uncaught|Failed to load resource|net::ERR_' "$work/shot.log" "$work/dom.log" | head -20 >&2
fi
[ -s "$target" ] || problem "no screenshot was written"

if [ "$failed" -ne 0 ]; then exit 1; fi
echo "$target: $charts charts, none empty, no console errors"
