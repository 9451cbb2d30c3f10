#!/usr/bin/env bash
# Loads the dashboard of `warburden serve` in headless Chromium (Debian's
# `chromium`; this script installs nothing), changes a control, and checks that the
# rate table and the map changed with it; fails when the page logs an error or asks
# for anything from another origin. With an argument, saves a screenshot there.
#
#   scripts/check-dashboard.sh                    # check only
#   scripts/check-dashboard.sh docs/dashboard-screenshot.png
#
# Uses the built binary (WARBURDEN_BINARY, or .build/debug/warburden after `swift build`).
set -euo pipefail
cd "$(dirname "$0")/.."
shot="${1:-}"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then echo "check-dashboard: chromium is not installed" >&2; exit 2; fi
binary="${WARBURDEN_BINARY:-.build/debug/warburden}"
if [ ! -x "$binary" ]; then swift build --product warburden >&2; fi
work="$(mktemp -d)"
server=""
cleanup() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work" 2>/dev/null || true; }
trap cleanup EXIT

"$binary" simulate --records 20000 --seed 2022 > "$work/week-1.csv"
"$binary" simulate --records 26000 --seed 2022 > "$work/week-2.csv"
"$binary" import "$work/week-1.csv" --label "list of week 1" --workspace "$work/ws" > /dev/null 2>&1
"$binary" import "$work/week-2.csv" --label "list of week 2" --workspace "$work/ws" > /dev/null 2>&1
"$binary" serve --workspace "$work/ws" --port 0 > "$work/serve.out" 2> "$work/serve.err" &
server=$!
for _ in $(seq 1 100); do grep -q '^token: ' "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
base="$(sed -n 's|.* at \(http://127\.0\.0\.1:[0-9]*\)/$|\1|p' "$work/serve.out")"
if [ -z "$base" ]; then echo "check-dashboard: the server did not start" >&2; cat "$work/serve.err" >&2; exit 1; fi

python3 - "$browser" "$base" "$shot" "$work" <<'PY'
import base64, json, os, subprocess, sys, time

browser, base, shot, work = sys.argv[1:5]
# Chromium's DevTools protocol over a pipe (fds 3 and 4): no library, no port.
to_browser_r, to_browser_w = os.pipe()
from_browser_r, from_browser_w = os.pipe()
def child_fds():
    os.dup2(to_browser_r, 3)
    os.dup2(from_browser_w, 4)
proc = subprocess.Popen(
    [browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
     "--disable-extensions", "--disable-background-networking", "--disable-sync", "--remote-debugging-pipe",
     "--user-data-dir=" + os.path.join(work, "profile"), "--window-size=1280,1600", "about:blank"],
    pass_fds=(3, 4), preexec_fn=child_fds, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
os.close(to_browser_r); os.close(from_browser_w)
writer = os.fdopen(to_browser_w, "wb", buffering=0)
reader = os.fdopen(from_browser_r, "rb", buffering=0)
buffer = b""; next_id = 0; events = []; problems = []

def receive():
    global buffer
    while b"\0" not in buffer:
        chunk = reader.read(65536)
        if not chunk: raise SystemExit("check-dashboard: chromium closed the pipe")
        buffer += chunk
    message, buffer = buffer.split(b"\0", 1)
    return json.loads(message)

def call(method, params=None, session=None):
    global next_id
    next_id += 1
    message = {"id": next_id, "method": method, "params": params or {}}
    if session: message["sessionId"] = session
    writer.write(json.dumps(message).encode() + b"\0")
    while True:
        reply = receive()
        if reply.get("id") == next_id:
            if "error" in reply: raise SystemExit(f"check-dashboard: {method}: {reply['error']}")
            return reply.get("result", {})
        events.append(reply)

def wait_for(name, session, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        for index, event in enumerate(events):
            if event.get("method") == name and event.get("sessionId") == session:
                del events[index]; return event
        events.append(receive())
    raise SystemExit(f"check-dashboard: no {name} within {timeout} s")

def watch(session):
    for event in list(events):
        method = event.get("method"); params = event.get("params", {})
        if method == "Runtime.exceptionThrown": problems.append("exception: " + json.dumps(params)[:300])
        if method == "Runtime.consoleAPICalled" and params.get("type") == "error": problems.append("console error")
        if method == "Log.entryAdded" and params["entry"].get("level") == "error":
            problems.append("log: " + params["entry"].get("text", "")[:300])
        if method == "Network.requestWillBeSent":
            url = params["request"]["url"]
            if not (url.startswith(base) or url.startswith("data:") or url == "about:blank"):
                problems.append("request to another origin: " + url)

target = call("Target.createTarget", {"url": "about:blank"})["targetId"]
session = call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
for domain in ["Page", "Runtime", "Log", "Network"]: call(domain + ".enable", session=session)
call("Emulation.setDeviceMetricsOverride", {"width": 1200, "height": 1500, "deviceScaleFactor": 1, "mobile": False}, session)

def load(url=None):
    if url: call("Page.navigate", {"url": url}, session)
    wait_for("Page.loadEventFired", session)

def state():
    script = """(() => {
      const rows = [...document.querySelectorAll('#rates table tbody tr')].map(r => r.textContent);
      const tiles = [...document.querySelectorAll('#figure-map-tiles svg rect')].map(r => r.getAttribute('fill'));
      const select = document.querySelector('select[name=unit_type]');
      return JSON.stringify({rows, tiles, unit: select ? select.value : null, title: document.title,
        scripts: [...document.scripts].filter(s => s.src).length, links: document.querySelectorAll('link[href]').length});
    })()"""
    result = call("Runtime.evaluate", {"expression": script, "returnByValue": True}, session)
    return json.loads(result["result"]["value"])

load(base + "/")
before = state()
assert before["rows"], "the page has no rate table"
assert len(before["tiles"]) > 80, f"the map has {len(before['tiles'])} tiles"
assert before["scripts"] == 0 and before["links"] == 0, "the page loads a script or a style sheet"
# Change a control as a person would: pick a unit type; the page sends the form itself.
call("Runtime.evaluate", {"expression": """(() => { const s = document.querySelector('select[name=unit_type]');
    s.value = 'volunteer'; s.dispatchEvent(new Event('change')); })()"""}, session)
load()
after = state()
assert after["unit"] == "volunteer", f"the control shows {after['unit']}"
assert after["rows"] != before["rows"], "the rate table did not change: " + json.dumps(after)[:600]
assert after["tiles"] != before["tiles"], "the map did not change"
# And, from the whole list again, the changes since the first version.
load(base + "/")
call("Runtime.evaluate", {"expression": """(() => { const s = document.querySelector('select[name=since]');
    s.value = s.options[s.options.length - 1].value; s.dispatchEvent(new Event('change')); })()"""}, session)
load()
changes = call("Runtime.evaluate", {"expression": "document.querySelectorAll('#changes table tbody tr').length", "returnByValue": True}, session)
assert changes["result"]["value"] > 80, "no table of changes"
watch(session)
if problems: raise SystemExit("check-dashboard: " + "; ".join(problems))
if shot:
    call("Runtime.evaluate", {"expression": "window.scrollTo(0, 0)"}, session)
    image = call("Page.captureScreenshot", {"format": "png", "clip": {"x": 0, "y": 0, "width": 1200, "height": 1500, "scale": 1}}, session)
    with open(shot, "wb") as out: out.write(base64.b64decode(image["data"]))
print(f"dashboard: {len(before['rows'])} regions in the table, {len(before['tiles'])} tiles; after choosing volunteers both changed; "
      f"{changes['result']['value']} rows of changes" + (f"; screenshot {shot}" if shot else ""))
try: call("Browser.close")
except SystemExit: pass
proc.wait(timeout=20)
PY
