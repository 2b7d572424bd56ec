"""clock and wait-ready: small helpers the app's run controller uses before a phase."""
import json
import sys
import time
import urllib.error
import urllib.request

from . import PROTOCOL_VERSION, EXIT_OK, EXIT_FAILED


def cmd_clock(args):
    """Answers every line on stdin with this node's Unix time, so the app can estimate the clock offset
    from the round trip with the smallest delay (NTP's idea, over the already-open channel)."""
    for _ in sys.stdin:
        sys.stdout.write(json.dumps({"v": PROTOCOL_VERSION, "type": "clock", "unix": time.time()}) + "\n")
        sys.stdout.flush()
    return EXIT_OK


def cmd_wait_ready(args):
    """Polls GET /v1/models until the server answers 200 or the time is up; prints one result line."""
    deadline = time.monotonic() + args.timeout
    url = args.endpoint.rstrip("/") + "/v1/models"
    last = "no answer"
    while True:
        try:
            with urllib.request.urlopen(url, timeout=min(5.0, max(0.1, deadline - time.monotonic()))) as r:
                models = [m.get("id") for m in json.loads(r.read()).get("data", [])]
            print(json.dumps({"v": PROTOCOL_VERSION, "type": "ready", "endpoint": args.endpoint, "models": models}))
            return EXIT_OK
        except urllib.error.HTTPError as e:
            last = f"HTTP {e.code} {e.reason}"
        except (urllib.error.URLError, OSError, ValueError) as e:
            last = str(getattr(e, "reason", e))
        if time.monotonic() + 0.25 > deadline:
            print(json.dumps({"v": PROTOCOL_VERSION, "type": "error",
                              "message": f"{args.endpoint} not ready after {args.timeout:g} s: {last}"}))
            return EXIT_FAILED
        time.sleep(0.25)
