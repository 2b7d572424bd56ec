#!/usr/bin/env python3
"""Stands in for an external benchmark tool (like `vllm bench serve --save-result`) in tst_cli_run:
sends real non-streaming completions to the endpoint, prints progress lines and writes a JSON result
file. `--fail` exits with status 3 before writing anything."""
import argparse
import json
import sys
import time
import urllib.request

ap = argparse.ArgumentParser()
ap.add_argument("--endpoint", required=True)
ap.add_argument("--model", required=True)
ap.add_argument("--node", required=True)
ap.add_argument("--rate", required=True)
ap.add_argument("--requests", type=int, required=True)
ap.add_argument("--result", required=True)
ap.add_argument("--fail", action="store_true")
a = ap.parse_args()
if a.fail:
    print("fake tool: refusing to run, as asked", flush=True)
    sys.exit(3)
started = time.time()
completed = 0
for i in range(a.requests):
    body = json.dumps({"model": a.model, "prompt": "summarize this text please", "max_tokens": 4}).encode()
    req = urllib.request.Request(a.endpoint + "/v1/completions", data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        json.load(r)
        completed += 1
    print(f"fake tool: request {i + 1} of {a.requests} done", flush=True)
with open(a.result, "w", encoding="utf-8") as f:
    json.dump({"tool": "fake", "node": a.node, "model_id": a.model, "request_rate": a.rate,
               "completed": completed, "duration": time.time() - started}, f)
