#!/usr/bin/python3
"""Writes the YAML that guidellm's report.save_file writes (PyYAML's yaml.dump of the report's dict) for
data whose JSON is known, so the reader can be checked against PyYAML itself (needs python3-yaml):
    /usr/bin/python3 gen_pyyaml_cases.py
- pyyaml_cases.yaml / .json: hard cases for the scalar syntax (folding, escapes, quoting, numbers as text)
- ../guidellm/qwen3-30b-a3b_tp4_fp8_guidellm-0.5.0dev_benchmarks.yaml: the real guidellm JSON report,
  saved as guidellm saves a .yaml path"""
import json
import math

import yaml

CASES = {
    "long text": "Okay, so the walk takes 4 hours. \n\nFirst, parse it.  Two spaces,\ttab, trailing space " * 6,
    "leading and trailing": "  padded  ",
    "only newlines": "\n\n",
    "empty": "",
    "quotes": "it's \"quoted\" and 'single'",
    "colon: in key": "a: b # not a comment",
    "unicode": "caf\u00e9 \u201cfine\u201d \u4e2d\u6587 \U0001F680 \u0085 \u2028 end",
    "control": "bell\a esc\x1b nul\x00 del\x7f",
    "numbers as text": ["123", "1e5", "1.5", "yes", "no", "on", "null", "~", "-", ".nan", "0x1F", "2024-01-02"],
    "numbers": [0, -7, 123456789012345, 0.1, -2.5e-07, 1e20, float("inf"), float("-inf"), float("nan")],
    "flags": [True, False, None],
    "nested": [[1, [2, []]], {}, [], {"a": {"b": {"c": [{"d": None}]}}}],
    "list of maps": [{"x": 1, "y": "two"}, {"x": 3, "y": "four\nlines\n\nhere"}],
    "/v1/chat/completions": "v1/chat/completions",
    "http://0.0.0.0:8000": "url key",
    "123": "a key that looks like a number",
    "a long key " * 9: "value",
    "words": " ".join(["word"] * 60),
    "long quoted words": "note: it's " + " ".join(["folded"] * 40) + "\nand a second line",
    "one long word": "x" * 300,
    "backslash \\ and escapes": "C:\\path\\to\\file \\n not a newline",
}


def to_json(v):
    if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
        return None  # as the JSON importers read Python's NaN and Infinity: "not measured"
    if isinstance(v, dict):
        return {k: to_json(x) for k, x in v.items()}
    if isinstance(v, list):
        return [to_json(x) for x in v]
    return v


with open("pyyaml_cases.yaml", "w") as f:
    f.write(yaml.dump(CASES))
with open("pyyaml_cases.json", "w") as f:
    json.dump(to_json(CASES), f, indent=1, sort_keys=True)
src = "../guidellm/qwen3-30b-a3b_tp4_fp8_guidellm-0.5.0dev_benchmarks"
with open(src + ".json") as f:
    report = json.load(f)
with open(src + ".yaml", "w") as f:
    f.write(yaml.dump(report))
