#!/usr/bin/python3
"""Writes the per-request exports of GenAI-Perf and AIPerf that no public repository holds (see
../SOURCES.md): files in the layout their documentation and their own tests describe, with made-up but
plausible timings. Deterministic; run once from this folder:
    /usr/bin/python3 gen_peer_exports.py
Also usable for benchmarks: gen_peer_exports.py --genai-perf OUT.json REQUESTS CHUNKS"""
import json
import random
import sys

BASE_NS = 1_733_220_000_000_000_000  # 2024-12-03, in nanoseconds as perf_analyzer writes them
WORDS = ["The", " report", " says", " throughput", " rose", " by", " twelve", " percent", " while", " latency",
         " held", " steady", ",", " caf\u00e9", " \u201cfine\u201d", " and", " the", " cluster", " ran", " cool", "."]


def sse(obj):
    return "data: " + json.dumps(obj, separators=(",", ":")) + "\n\n"


def chat_chunk(delta, finish=None, usage=None):
    o = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1733220000, "model": "llama-3.1-8b-instruct",
         "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}
    if usage is not None:
        o["usage"] = usage
    return sse(o)


def genai_request(rng, send_ns, n_out, with_usage, prompt_tokens, failure=None):
    payload = json.dumps({"messages": [{"role": "user", "content": "Summarize: " + "lorem " * 8}],
                          "model": "llama-3.1-8b-instruct", "stream": True, "max_tokens": n_out})
    req = {"timestamp": send_ns, "request_inputs": {"payload": payload}, "response_timestamps": [],
           "response_outputs": []}
    if failure == "timeout":
        return req
    t = send_ns + rng.randint(30_000_000, 90_000_000)  # first byte
    if failure == "error":
        req["response_timestamps"].append(t)
        req["response_outputs"].append({"response": sse({"error": {"object": "error", "type": "BadRequestError",
                                                                   "message": "prompt too long", "code": 400}})})
        return req
    req["response_timestamps"].append(t)
    req["response_outputs"].append({"response": chat_chunk({"role": "assistant", "content": ""})})
    for k in range(n_out):
        t += rng.randint(4_000_000, 9_000_000) if k else rng.randint(100_000, 900_000)
        req["response_timestamps"].append(t)
        req["response_outputs"].append({"response": chat_chunk({"content": WORDS[k % len(WORDS)]})})
    t += rng.randint(100_000, 500_000)
    usage = {"prompt_tokens": prompt_tokens, "completion_tokens": n_out, "total_tokens": prompt_tokens + n_out}
    req["response_timestamps"].append(t)
    req["response_outputs"].append({"response": chat_chunk({}, "stop", usage if with_usage else None)})
    t += rng.randint(50_000, 200_000)
    req["response_timestamps"].append(t)
    req["response_outputs"].append({"response": "data: [DONE]\n\n"})
    return req


def genai_perf_export(n_concurrency=40, n_rate=20, chunks=None, seed=11):
    rng = random.Random(seed)
    exps = []
    # concurrency 4 with the server's usage in the last chunk; one error answer, one request without any
    reqs, clock = [], [BASE_NS + i * 1_000_000 for i in range(4)]
    for i in range(n_concurrency):
        slot = i % 4
        failure = "error" if i == 17 else "timeout" if i == 29 else None
        r = genai_request(rng, clock[slot], chunks or rng.randint(8, 24), True, rng.randint(60, 90), failure)
        reqs.append(r)
        clock[slot] = (r["response_timestamps"][-1] if r["response_timestamps"] else clock[slot] + 2_000_000_000) + 200_000
    exps.append({"experiment": {"mode": "concurrency", "value": 4}, "requests": reqs,
                 "window_boundaries": [BASE_NS, max(clock)]})
    # request rate 2/s, no usage: tokens are counted chunks
    reqs, start = [], max(clock) + 1_000_000_000
    for i in range(n_rate):
        reqs.append(genai_request(rng, start + i * 500_000_000, chunks or rng.randint(2, 16), False, 70))
    reqs[3]["response_outputs"][2]["response"] = chat_chunk({"content": "1"})  # a one-character answer chunk
    exps.append({"experiment": {"mode": "request_rate", "value": 2.0}, "requests": reqs,
                 "window_boundaries": [start, reqs[-1]["response_timestamps"][-1]]})
    return {"experiments": exps, "version": "", "service_kind": "openai", "endpoint": "v1/chat/completions"}


def aiperf_records(seed=5):
    rng = random.Random(seed)
    out, t = [], BASE_NS
    for i in range(33):
        phase = "warmup" if i < 3 else "profiling"
        ttft = rng.uniform(40, 120)
        osl = rng.randint(5, 30)
        icl = [round(rng.uniform(4.0, 9.0), 6) for _ in range(osl - 1)]
        lat = ttft + sum(icl) + rng.uniform(0.1, 0.6)
        meta = {"session_num": i, "x_request_id": f"req-{i:04d}", "x_correlation_id": f"corr-{i:04d}",
                "conversation_id": f"conv-{i % 7}", "turn_index": 0, "request_start_ns": t,
                "request_ack_ns": t + 1_000_000, "request_end_ns": t + int(lat * 1e6), "worker_id": "worker_1",
                "record_processor_id": "record_processor_1", "benchmark_phase": phase, "was_cancelled": False,
                "cancellation_time_ns": None}
        if i == 20:
            meta["request_ack_ns"] = None
            meta["request_end_ns"] = t + 3_000_000
            rec = {"metadata": meta, "metrics": {"error_isl": {"value": 512, "unit": "tokens"}},
                   "error": {"code": 500, "type": "InternalServerError", "message": "Server encountered an internal error"}}
        else:
            rec = {"metadata": meta, "metrics": {
                "input_sequence_length": {"value": rng.randint(400, 600), "unit": "tokens"},
                "time_to_first_token": {"value": ttft, "unit": "ms"},
                "request_latency": {"value": lat, "unit": "ms"},
                "output_token_count": {"value": osl, "unit": "tokens"},
                "inter_chunk_latency": {"value": icl, "unit": "ms"},
                "output_sequence_length": {"value": osl, "unit": "tokens"},
                "inter_token_latency": {"value": (lat - ttft) / (osl - 1), "unit": "ms"}}, "error": None}
        out.append(rec)
        t += int(rng.uniform(50, 400) * 1e6)
    return out


def aiperf_aggregate(records):
    """profile_export_aiperf.json as AIPerf computes it (numpy percentiles over the profiling records), with
    AIPerf's benchmark_duration, which spans the whole profiling phase rather than first send to last answer."""
    import numpy as np
    prof = [r for r in records if r["metadata"]["benchmark_phase"] == "profiling"]
    ok = [r for r in prof if r["error"] is None]

    def dist(values, unit):
        a = np.asarray(values, dtype=float)
        d = {"unit": unit, "avg": float(a.mean())}
        for p in (1, 5, 10, 25, 50, 75, 90, 95, 99):
            d[f"p{p}"] = float(np.percentile(a, p))
        d.update({"min": float(a.min()), "max": float(a.max()), "std": float(a.std()), "count": int(a.size),
                  "sum": float(a.sum())})
        return d
    m = lambda r, k: r["metrics"][k]["value"]
    start = min(r["metadata"]["request_start_ns"] for r in prof)
    end = max(r["metadata"]["request_end_ns"] for r in prof)
    duration = (end - start) / 1e9 + 0.35  # the phase starts before its first request is sent
    osl = sum(m(r, "output_sequence_length") for r in ok)
    return {
        "schema_version": "1.3", "aiperf_version": "0.10.0", "benchmark_id": "synthetic",
        "request_throughput": {"unit": "requests/sec", "avg": len(ok) / duration},
        "request_latency": dist([m(r, "request_latency") for r in ok], "ms"),
        "request_count": {"unit": "requests", "avg": float(len(ok))},
        "error_request_count": {"unit": "requests", "avg": float(len(prof) - len(ok))},
        "time_to_first_token": dist([m(r, "time_to_first_token") for r in ok], "ms"),
        "inter_token_latency": dist([m(r, "inter_token_latency") for r in ok], "ms"),
        "inter_chunk_latency": dist([g for r in ok for g in m(r, "inter_chunk_latency")], "ms"),
        "output_token_throughput": {"unit": "tokens/sec", "avg": osl / duration},
        "output_sequence_length": dist([m(r, "output_sequence_length") for r in ok], "tokens"),
        "input_sequence_length": dist([m(r, "input_sequence_length") for r in ok], "tokens"),
        "total_output_tokens": {"unit": "tokens", "avg": float(osl)},
        "total_isl": {"unit": "tokens", "avg": float(sum(m(r, "input_sequence_length") for r in ok))},
        "benchmark_duration": {"unit": "sec", "avg": duration},
        "input_config": {"models": {"items": [{"name": "llama-3.1-8b-instruct"}]},
                         "endpoint": {"urls": ["http://127.0.0.1:8000"]},
                         "phases": [{"name": "warmup", "exclude_from_results": True, "concurrency": 2},
                                    {"name": "profiling", "concurrency": 2}]},
        "run_info": {"cli_command": "aiperf profile -m llama-3.1-8b-instruct --concurrency 2 --request-count 30"},
        "was_cancelled": False, "error_summary": [], "start_time": "2024-12-03T10:00:00.000000",
        "end_time": "2024-12-03T10:00:08.000000"}


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--genai-perf":
        n, chunks = int(sys.argv[3]), int(sys.argv[4])
        with open(sys.argv[2], "w") as f:
            json.dump(genai_perf_export(n_concurrency=n // 2, n_rate=n - n // 2, chunks=chunks), f, indent=4)
        sys.exit(0)
    with open("genai-perf_profile_export.json", "w") as f:
        json.dump(genai_perf_export(), f, indent=4)
    recs = aiperf_records()
    with open("aiperf_profile_export.jsonl", "w") as f:
        for r in recs:
            f.write(json.dumps(r) + "\n")
    with open("aiperf_profile_export_aiperf.json", "w") as f:
        json.dump(aiperf_aggregate(recs), f, indent=2)
