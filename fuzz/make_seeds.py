#!/usr/bin/python3
"""Regenerates fuzz/seeds/<harness>/ and fuzz/dict/<harness>.dict from the test data (tests/data, resources).

Seeds are the repository's real fixtures made small: JSON lists cut to their first three elements and long
strings shortened, line formats cut to a few lines of each kind. A fuzzer mutates small inputs thousands of
times faster, and three elements still reach every branch one element reaches. Dictionaries hold every
object key and enum-like value of a format's seeds, plus the tokens a format's reader looks for.

Run with Debian's /usr/bin/python3 (it has PyYAML, used to write guidellm's YAML seed as yaml.dump does):
    fuzz/make_seeds.py
The output is committed; CI never runs this script.
"""
import json
import pathlib
import re
import shutil

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
TD = ROOT / "tests" / "data"
SEEDS = ROOT / "fuzz" / "seeds"
DICTS = ROOT / "fuzz" / "dict"


def shrink(v, depth=0, max_keys=None, max_string=120):
    if isinstance(v, dict):
        items = list(v.items())
        if max_keys is not None and len(items) > 20:
            items = items[:max_keys]  # a listing (files, settings), not a record with fields a reader wants
        return {k: shrink(x, depth + 1, max_keys, max_string) for k, x in items}
    if isinstance(v, list):
        return [shrink(x, depth + 1, max_keys, max_string) for x in v[:3]]
    if isinstance(v, str) and max_string is not None and len(v) > max_string:
        return v[:max_string]
    return v


def keys_and_words(v, out):
    if isinstance(v, dict):
        for k, x in v.items():
            out.add(k)
            keys_and_words(x, out)
    elif isinstance(v, list):
        for x in v:
            keys_and_words(x, out)
    elif isinstance(v, str) and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.\-]{0,30}", v):
        out.add(v)


def load_json(path):
    return json.loads(path.read_text())


def dump_json(v):
    return json.dumps(v, indent=1)  # as Python tools write them, NaN and Infinity bare


def mllog_line(line):
    """A :::MLLOG line with its value made small (one line of the detail log lists every source file)."""
    if not line.startswith(":::MLLOG "):
        return line
    return ":::MLLOG " + json.dumps(shrink(json.loads(line[9:]), max_keys=3))


def slim_guidellm(report):
    """guidellm's report without the per-modality and per-iteration metrics InferDeck does not read."""
    for b in report.get("benchmarks", []):
        for k in ["text", "image", "video", "audio", "output_tokens_per_iteration", "iter_tokens_per_iteration",
                  "request_streaming_iterations_count"]:
            b.get("metrics", {}).pop(k, None)
    return report


def first_lines_per_kind(text, key_of, per_kind=2, limit=60):
    """The first `per_kind` lines of each kind (key_of(line)), in file order, at most `limit` lines."""
    seen, out = {}, []
    for line in text.splitlines():
        k = key_of(line)
        if seen.get(k, 0) < per_kind:
            seen[k] = seen.get(k, 0) + 1
            out.append(line)
        if len(out) >= limit:
            break
    return "\n".join(out) + "\n"


def mllog_key(line):
    m = re.search(r'"key": "([^"]+)"', line)
    return m.group(1) if m else line[:20]


def event_type(line):
    m = re.search(r'"type":"([^"]+)"', line)
    return m.group(1) if m else line[:20]


def dict_entry(token):
    """A libFuzzer dictionary line: printable ASCII as is, \\ and \" escaped, every other byte as \\xHH."""
    out = []
    for b in token.encode():
        c = chr(b)
        if c in '\\"':
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append(f"\\x{b:02x}")
    return '"' + "".join(out) + '"'


class Harness:
    def __init__(self, name, tokens=()):
        self.name = name
        self.words = set()
        self.tokens = list(tokens)
        self.dir = SEEDS / name
        if self.dir.exists():
            shutil.rmtree(self.dir)
        self.dir.mkdir(parents=True)

    def add(self, filename, data, words_from=None):
        (self.dir / filename).write_bytes(data if isinstance(data, bytes) else data.encode())
        if words_from is not None:
            keys_and_words(words_from, self.words)

    def add_json(self, filename, value):
        self.add(filename, dump_json(value), value)

    def write_dict(self):
        DICTS.mkdir(exist_ok=True)
        lines = [f"# {self.name}: keys and words of its seeds (fuzz/make_seeds.py), then its reader's tokens"]
        for w in sorted(self.words):
            lines.append(dict_entry(f'"{w}"'))
        for t in self.tokens:
            lines.append(dict_entry(t))
        (DICTS / f"{self.name}.dict").write_text("\n".join(lines) + "\n")


JSON_TOKENS = ["{", "}", "[", "]", ":", ",", "null", "true", "false", "NaN", "Infinity", "-Infinity",
               "1e400", "-1e400", "1e-400", "18446744073709551616", "-9223372036854775809", "0.0", "-0", "\"\\u0000\"",
               "\"\\ud800\"", "[[[[[[[[[[[[[[[[", "{\"a\":{\"a\":{\"a\":"]


def main():
    imp = TD / "importers"
    hs = []

    h = Harness("fuzz_resultfile", JSON_TOKENS)
    p = TD / "io" / "version1-scaling.inferdeck.json"
    h.add(p.name, p.read_text(), load_json(p))  # whole: its columns must agree in length
    p = TD / "io" / "engine-state-vllm.inferdeck.json"
    h.add(p.name, p.read_text(), load_json(p))
    # the sample (schema 2) is too big to mutate quickly; its keys go into the dictionary
    keys_and_words(load_json(ROOT / "resources" / "samples" / "llama31-8b-2node-scaling.inferdeck.json"), h.words)
    hs.append(h)

    h = Harness("fuzz_import_vllm", JSON_TOKENS)
    for p in sorted((imp / "vllm").glob("*.json")):
        h.add_json(p.name, shrink(load_json(p)))
    hs.append(h)

    h = Harness("fuzz_import_aiperf_json", JSON_TOKENS)
    for p in [imp / "aiperf" / "qwen36-nvfp4_rtx5090_agent_c2_profile_export_aiperf.json",
              imp / "synthetic" / "aiperf_profile_export_aiperf.json"]:
        h.add_json(p.parent.name + "_" + p.name, shrink(load_json(p)))
    hs.append(h)

    csv = (imp / "aiperf" / "qwen36-nvfp4_rtx5090_agent_c2_profile_export_aiperf.csv").read_text()
    csv_tokens = [",", "\n", "\r\n", "\"", "\"\"", "Metric", "avg", "min", "max", "p50", "p90", "p99", "std",
                  "1e400", "nan", "inf", "-"]
    for name in ["fuzz_import_aiperf_csv", "fuzz_import_genaiperf_csv"]:
        h = Harness(name, csv_tokens)
        h.add("profile_export.csv", csv)
        for line in csv.splitlines():
            for cell in line.split(","):
                if re.fullmatch(r"[A-Za-z][A-Za-z0-9 _()/\-]{0,40}", cell.strip()):
                    h.words.add(cell.strip())
        hs.append(h)

    h = Harness("fuzz_import_genaiperf_export", JSON_TOKENS)
    h.add_json("genai-perf_profile_export.json", shrink(load_json(imp / "synthetic" / "genai-perf_profile_export.json"),
                                                         max_string=None))  # its responses are JSON text)
    hs.append(h)

    h = Harness("fuzz_import_aiperf_records", JSON_TOKENS + ["\n"])
    text = (imp / "synthetic" / "aiperf_profile_export.jsonl").read_text()
    lines = text.splitlines()[:4]
    h.add("profile_export.jsonl", "\n".join(lines) + "\n")
    for line in lines:
        keys_and_words(json.loads(line), h.words)
    hs.append(h)

    h = Harness("fuzz_import_aiperf_server_metrics", JSON_TOKENS + ["\n", "\"+Inf\"", "\"buckets\"", "\"le\""])
    text = (imp / "synthetic" / "aiperf-server-metrics" / "server_metrics_export.jsonl").read_text()
    lines = text.splitlines()[4:7]
    h.add("server_metrics_export.jsonl", "\n".join(lines) + "\n")
    for line in lines:
        keys_and_words(json.loads(line), h.words)
    hs.append(h)

    yaml_tokens = [": ", "- ", "  ", "\n", "'", "\"", "''", "!!python/tuple", "[]", "{}", "null", "~", ".nan",
                   ".inf", "-.inf", "&a", "*a", "|", ">", "? ", "---", "1e400", "\\\n"]
    h = Harness("fuzz_import_guidellm", JSON_TOKENS + yaml_tokens)
    g = slim_guidellm(shrink(load_json(imp / "guidellm" / "qwen3-30b-a3b_tp4_fp8_guidellm-0.5.0dev_benchmarks.json")))
    h.add_json("benchmarks.json", g)
    h.add("benchmarks.yaml", yaml.dump(g))
    hs.append(h)

    h = Harness("fuzz_pyyaml", yaml_tokens)
    h.add("pyyaml_cases.yaml", (imp / "synthetic" / "pyyaml_cases.yaml").read_text(),
          load_json(imp / "synthetic" / "pyyaml_cases.json"))
    h.add("guidellm.yaml", yaml.dump(g))
    keys_and_words(g, h.words)
    hs.append(h)

    h = Harness("fuzz_import_llmperf", JSON_TOKENS + ["\x00"])
    summ = shrink(load_json(imp / "llmperf" / "together_llama2-70b_summary.json"))
    ind = shrink(load_json(imp / "llmperf" / "together_llama2-70b_individual_responses.json"))
    h.add_json("summary.json", summ)
    h.add_json("individual_responses.json", ind)
    h.add("summary+individual", dump_json(summ) + "\0" + dump_json(ind), ind)
    hs.append(h)

    h = Harness("fuzz_import_mlperf", JSON_TOKENS + [":::MLLOG ", "\x00", "================================================",
                                                    " : ", "Result is : ", "VALID", "INVALID", "\n"])
    for scenario in ["Offline", "Server"]:
        base = f"hpe-xd670-h200x8_llama3.1-8b_{scenario}_mlperf_log_"
        summary = (imp / "mlperf" / (base + "summary.txt")).read_text()
        detail = first_lines_per_kind((imp / "mlperf" / (base + "detail.txt")).read_text(), mllog_key, 2, 200)
        detail = "\n".join(mllog_line(line) for line in detail.splitlines()) + "\n"
        h.add(f"{scenario}_summary.txt", summary)
        h.add(f"{scenario}_detail.txt", detail)
        h.add(f"{scenario}_summary+detail", summary + "\0" + detail)
        for line in detail.splitlines():
            if line.startswith(":::MLLOG "):
                keys_and_words(json.loads(line[9:]), h.words)
        for line in summary.splitlines():
            if " : " in line:
                h.words.add(line.split(" : ")[0].strip())
    hs.append(h)

    h = Harness("fuzz_formatdetect", JSON_TOKENS + [":::MLLOG ", "================================================"])
    for other in hs:
        if other.name.startswith("fuzz_import_"):
            for p in sorted(other.dir.iterdir()):
                h.add(other.name[len("fuzz_import_"):] + "_" + p.name, p.read_bytes()[:4096])  # detection reads the head
            h.words |= {w for w in other.words if len(w) > 3}
    h.add("inferdeck.json", (SEEDS / "fuzz_resultfile" / "version1-scaling.inferdeck.json").read_bytes())
    hs.append(h)

    agent_tokens = JSON_TOKENS + ["\"v\":1", "\"seq\":", "\"type\":", "\"t\":", "\\\"", "\\u00e9", "\n"]
    agent_text = ""
    for p in ["run-gpu-a.jsonl", "run-reasoning-vllm.jsonl", "run-estimated-tgi.jsonl", "telemetry-gpu-a.jsonl",
              "telemetry-engine-sglang.jsonl"]:
        agent_text += first_lines_per_kind((TD / "agent" / p).read_text(), event_type, 2, 20)
    for name in ["fuzz_eventparser", "fuzz_linescanner"]:
        h = Harness(name, agent_tokens)
        for p in ["run-gpu-a.jsonl", "run-reasoning-vllm.jsonl", "run-estimated-tgi.jsonl", "telemetry-gpu-a.jsonl",
              "telemetry-engine-sglang.jsonl"]:
            small = first_lines_per_kind((TD / "agent" / p).read_text(), event_type, 2, 20)
            h.add(p, small)
            for line in small.splitlines():
                keys_and_words(json.loads(line), h.words)
        hs.append(h)

    # a journal as RunJournal writes it: header, inventory, phase, its events, phase_done, end
    h = Harness("fuzz_runjournal", agent_tokens + ["{\"p\":", ",\"s\":", ",\"e\":", "{\"phase_t0\":",
                                                    "{\"phase_stream\":", "{\"phase_done\":", "{\"end\":"])
    plan = load_json(TD / "run" / "plan-small.json")
    sample = load_json(TD / "io" / "version1-scaling.inferdeck.json")
    run_lines = first_lines_per_kind((TD / "agent" / "run-gpu-a.jsonl").read_text(), event_type, 3, 20).splitlines()
    tel_lines = first_lines_per_kind((TD / "agent" / "telemetry-gpu-a.jsonl").read_text(), event_type, 2, 6).splitlines()
    j = [json.dumps({"app_version": "0.1.0", "cluster": {"name": "demo"}, "plan": plan, "started": 1795554935.0,
                     "journal": "inferdeck-run", "v": 1}),
         json.dumps({"inventory": shrink(sample["nodes"])[:1], "simulated": True}),
         json.dumps({"phase": 0, "name": "baseline-1node", "rep": 0, "role": "baseline", "nodes": ["gpu-a"],
                     "offsets": [0.001], "t0": 0.0, "load": {"mode": "concurrency", "value": 1.0},
                     "streams": [[0, "run"], [0, "telemetry"]]}),
         json.dumps({"phase_t0": 0, "t0": 1795554935.29})]
    j += ['{"p":0,"s":0,"e":' + line + "}" for line in run_lines]
    j += ['{"p":0,"s":1,"e":' + line + "}" for line in tel_lines]
    eng_lines = [l for l in (TD / "agent" / "telemetry-engine-sglang.jsonl").read_text().splitlines()
                 if '"engine_metrics"' in l][:2]
    j += ['{"p":0,"s":1,"e":' + line + "}" for line in eng_lines]
    j += [json.dumps({"phase_stream": 0, "node": 0, "label": "telemetry-2"}),
          json.dumps({"phase_done": 0}), json.dumps({"end": "complete", "detail": ""})]
    h.add("journal.jsonl", "\n".join(j) + "\n")
    h.add("journal-cut.jsonl", "\n".join(j[:6]) + "\n" + j[6][:40])
    for line in j[:4]:
        keys_and_words(json.loads(line), h.words)
    hs.append(h)

    h = Harness("fuzz_sshconfig", ["Host ", "Match ", "Include ", "HostName ", "User ", "Port ", "IdentityFile ",
                                   "ProxyJump ", "ProxyCommand ", "UserKnownHostsFile ", "StrictHostKeyChecking ",
                                   "ServerAliveInterval ", "ServerAliveCountMax ", "ConnectTimeout ", "=", " = ",
                                   "*", "?", "!", "%h", "%p", "%r", "%u", "%%", "~", "\"", "\n", "\t", "#",
                                   "accept-new", "yes", "no", "ask", "gpu-*", "nodes.conf", "self.conf", "*.conf"])
    h.add("basic", "Host gpu-node-1\n  HostName 10.0.0.7\n  User bench\n  Port 2200\n  IdentityFile ~/.ssh/id_%h_%r\n"
                   "  StrictHostKeyChecking accept-new\n  ServerAliveInterval 15\n  ConnectTimeout 10\n\n"
                   "Host *\n  UserKnownHostsFile ~/.ssh/known_hosts ~/.ssh/known_hosts2\n")
    h.add("jump", "Host bastion\n  HostName b.example.org\n  User=ops\nHost gpu-? !gpu-9\n  ProxyJump ops@bastion:2222,x\n"
                  "  ProxyCommand ssh -W %h:%p bastion\nMatch host foo\n  User nobody\n")
    h.add("include", "Include nodes.conf self.conf\nHost gpu-1 gpu-2\n  HostName \"quoted name\"\n")
    hs.append(h)

    h = Harness("fuzz_rubric", JSON_TOKENS)
    rubric = load_json(ROOT / "resources" / "rubric" / "default.rubric.json")
    h.add_json("default.rubric.json", rubric)
    hs.append(h)

    h = Harness("fuzz_plan", JSON_TOKENS)
    for p in sorted((TD / "run").glob("plan-*.json")) + sorted((ROOT / "resources" / "examples").glob("plan-*.json")):
        h.add_json(p.name, load_json(p))
    h.add_json("plan-of-a-result.json", sample["plan"])
    hs.append(h)

    h = Harness("fuzz_sharegpt", JSON_TOKENS + ['"conversations"', '"from"', '"value"', '"human"', '"gpt"', '"system"'])
    h.add_json("sharegpt-small.json", load_json(TD / "sharegpt" / "sharegpt-small.json"))
    hs.append(h)

    h = Harness("fuzz_cluster", JSON_TOKENS + ["{", "}", "{model}", "{port}", "{tp}", "{agent}", "{python}"])
    for p in sorted((TD / "run").glob("cluster-*.json")) + sorted((ROOT / "resources" / "examples").glob("cluster-*.json")):
        h.add_json(p.name, load_json(p))
    hs.append(h)

    for h in hs:
        h.write_dict()


if __name__ == "__main__":
    main()
