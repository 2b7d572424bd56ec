#!/usr/bin/python3
"""Known answers for tst_importers: what InferDeck must recompute from the fixtures' per-request data,
computed independently with numpy (linear percentiles) under ARCHITECTURE.md's definitions.
Run once: /usr/bin/python3 gen_known_answers.py > known_answers.json"""
import json
import numpy as np


def stats(values):
    a = np.asarray(values, dtype=float)
    return {"count": int(a.size), "mean": float(np.mean(a)), "p50": float(np.percentile(a, 50)),
            "p90": float(np.percentile(a, 90)), "p99": float(np.percentile(a, 99))}


out = {}

# vLLM: a request with output_len 0 and ttft 0.0 has no first token; e2e = ttft + sum(itls)
d = json.load(open("vllm/llama3.1-8b-fp8_h100_benchmark_serving_10prompts_with_details.json"))
ok = [i for i in range(len(d["ttfts"])) if not (d["output_lens"][i] == 0 and d["ttfts"][i] == 0.0)]
e2e = [d["ttfts"][i] + sum(d["itls"][i]) for i in ok]
tpot = [(e2e[k] - d["ttfts"][i]) / (d["output_lens"][i] - 1) for k, i in enumerate(ok) if d["output_lens"][i] > 1]
itl = [g for i in ok for g in d["itls"][i]]
out["vllm"] = {"ttft": stats([d["ttfts"][i] for i in ok]), "e2e": stats(e2e), "tpot": stats(tpot), "itl": stats(itl)}

# llmperf individual responses: no send times; tpot = (e2e - ttft) / (nout - 1)
r = json.load(open("llmperf/together_llama2-70b_individual_responses.json"))
good = [x for x in r if x["error_code"] is None]
out["llmperf"] = {"ttft": stats([x["ttft_s"] for x in good]), "e2e": stats([x["end_to_end_latency_s"] for x in good]),
                  "tpot": stats([(x["end_to_end_latency_s"] - x["ttft_s"]) / (x["number_output_tokens"] - 1)
                                 for x in good if x["number_output_tokens"] > 1])}

# guidellm: requests whose lifetime overlaps the measurement window
g = json.load(open("guidellm/qwen3-30b-a3b_tp4_fp8_guidellm-0.5.0dev_benchmarks.json"))["benchmarks"][0]
ms, me = g["scheduler_metrics"]["measure_start_time"], g["scheduler_metrics"]["measure_end_time"]
sel = [x for x in g["requests"]["successful"]
       if x["info"]["timings"]["request_end"] >= ms and x["info"]["timings"]["request_start"] <= me]
t = [x["info"]["timings"] for x in sel]
out["guidellm"] = {"ttft": stats([a["first_token_iteration"] - a["request_start"] for a in t]),
                   "e2e": stats([a["request_end"] - a["request_start"] for a in t]),
                   "duration_s": max(a["request_end"] for a in t) - min(a["request_start"] for a in t),
                   "completed": len(sel)}

# GenAI-Perf profile export (synthetic/): per experiment, InferDeck's definitions over the raw time stamps.
# TTFT to the first response with text; E2E to the last response ([DONE] included); output tokens from
# usage when a response has it, else one per text chunk; ITL between text chunks.
def sse_events(body):
    for line in body.split("\n"):
        if line.startswith("data:") and line[5:].strip() not in ("", "[DONE]"):
            yield json.loads(line[5:])


gp = json.load(open("synthetic/genai-perf_profile_export.json"))
out["genaiperf"] = []
for e in gp["experiments"]:
    reqs = e["requests"]
    t0 = min(r["timestamp"] for r in reqs)
    ttft, e2e, tpot, itl, nout_sum, ends, ok = [], [], [], [], 0, [], 0
    for r in reqs:
        texts, usage, error = [], None, False
        for ts, o in zip(r["response_timestamps"], r["response_outputs"]):
            for ev in sse_events(o["response"]):
                if "error" in ev:
                    error = True
                ch = (ev.get("choices") or [{}])[0]
                if (ch.get("delta") or {}).get("content"):
                    texts.append(ts)
                if ev.get("usage"):
                    usage = ev["usage"]["completion_tokens"]
        if r["response_timestamps"]:
            ends.append(r["response_timestamps"][-1])
        if error or not r["response_timestamps"]:
            continue
        ok += 1
        nout = usage if usage is not None else len(texts)
        nout_sum += nout
        t = (texts[0] - r["timestamp"]) / 1e9
        en = (r["response_timestamps"][-1] - r["timestamp"]) / 1e9
        ttft.append(t)
        e2e.append(en)
        if nout > 1:
            tpot.append((en - t) / (nout - 1))
        itl.extend(np.diff(np.asarray(texts, dtype=np.int64)) / 1e9)
    duration = (max(ends) - t0) / 1e9
    out["genaiperf"].append({"issued": len(reqs), "completed": ok, "output_tokens": nout_sum, "duration_s": duration,
                             "output_token_throughput": nout_sum / duration, "ttft": stats(ttft), "e2e": stats(e2e),
                             "tpot": stats(tpot), "itl": stats(itl)})

# AIPerf per-request records (synthetic/): warm-up records excluded, the failed one counted as issued.
recs = [json.loads(line) for line in open("synthetic/aiperf_profile_export.jsonl")]
prof = [r for r in recs if r["metadata"]["benchmark_phase"] == "profiling"]
good = [r for r in prof if r["error"] is None]
m = lambda r, k: r["metrics"][k]["value"] / 1000.0
t0 = min(r["metadata"]["request_start_ns"] for r in recs)
sends = [(r["metadata"]["request_start_ns"] - t0) / 1e9 for r in prof]
ends = [(r["metadata"]["request_start_ns"] - t0) / 1e9 + m(r, "request_latency") for r in good] + \
    [(r["metadata"]["request_end_ns"] - t0) / 1e9 for r in prof if r["error"] is not None]
dur = max(ends) - min(sends)
out["aiperf_records"] = {"issued": len(prof), "completed": len(good), "warmup": len(recs) - len(prof),
                         "duration_s": dur, "request_throughput": len(good) / dur,
                         "ttft": stats([m(r, "time_to_first_token") for r in good]),
                         "e2e": stats([m(r, "request_latency") for r in good]),
                         "tpot": stats([(m(r, "request_latency") - m(r, "time_to_first_token"))
                                        / (r["metrics"]["output_sequence_length"]["value"] - 1) for r in good]),
                         "itl": stats([g / 1000.0 for r in good for g in r["metrics"]["inter_chunk_latency"]["value"]])}
print(json.dumps(out, indent=1))
