#!/usr/bin/env python3
"""Build example AIPerf server-metrics export files for a simulated vLLM run.

Independent re-implementation (stdlib only) of the *shape* and the delta /
statistics rules described in FORMAT.md (AIPerf ai-dynamo/aiperf, commit
8f9ca6573811a3efc7a06f4645cdc84cfe244ef0 = v0.4.0 format, schema_version 1.0).
It is NOT AIPerf code.  Known deviation: histogram p*_estimate values are
computed with plain linear interpolation inside buckets, whereas AIPerf uses
its own "polynomial histogram" estimator, so those numbers are plausible but
not bit-identical to what AIPerf would print.

Writes (into the directory of this script):
  server_metrics_export.jsonl   (what --server-metrics-formats ... jsonl writes)
  server_metrics_export.json    (default json export)
and prints a CSV excerpt on stdout.
"""

import bisect
import json
import math
import os
import random
from datetime import datetime, timezone

OUT = os.path.dirname(os.path.abspath(__file__))
random.seed(20260131)

NS = 1_000_000_000
T0 = 1_769_900_000_000_000_000  # 2026-01-31T22:53:20Z, wall-clock ns since epoch
URL = "http://localhost:8000/metrics"
MODEL = "Qwen/Qwen3-0.6B"
BASE_LABELS = {"engine": "0", "model_name": MODEL}
BENCHMARK_ID = "7c1e9f3a-52d4-4b8e-9a61-0f2d8c3b5e47"
SLICE = 2.0

TTFT_LE = [0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75,
           1.0, 2.5, 5.0, 7.5, 10.0, 20.0, 40.0, 80.0, 160.0, 640.0, 2560.0]
E2E_LE = [0.3, 0.5, 0.8, 1.0, 1.5, 2.0, 2.5, 5.0, 10.0, 15.0, 20.0, 30.0,
          40.0, 50.0, 60.0, 120.0, 240.0, 480.0, 960.0, 1920.0, 7680.0]


def go_float(x):
    """prometheus_client floatToGoString for bucket bounds (e.g. 1.0 -> '1.0')."""
    return repr(float(x))


def t(sec):
    return T0 + int(round(sec * NS))


# ---------------------------------------------------------------------------
# 1. Simulate requests (server side).  12 requests were served before this run.
# ---------------------------------------------------------------------------
requests = []  # dicts: start, first_tok, end, prompt, gen, reason


def add_request(start, prompt, gen, reason):
    ttft = random.uniform(0.030, 0.070)
    itl = random.uniform(0.0030, 0.0042)
    end = start + ttft + gen * itl
    requests.append(dict(start=start, ft=start + ttft, end=end, prompt=prompt,
                         gen=gen, reason=reason, ttft=ttft))
    return end


# pre-run history (long before t=0)
for i in range(12):
    add_request(-300.0 + i * 2.0, random.randint(20, 60), random.randint(20, 120), "stop")
# warmup: 4 concurrent requests
for i in range(4):
    add_request(0.65 + 0.01 * i, random.randint(540, 560), 128, "length")
# profiling: 40 requests at concurrency 4 (each slot starts next request when previous ends)
slot_free = [1.60 + 0.004 * i for i in range(4)]
for n in range(40):
    s = min(range(4), key=lambda k: slot_free[k])
    reason = "stop" if n % 7 == 3 else "length"
    gen = random.randint(60, 127) if reason == "stop" else 128
    slot_free[s] = add_request(slot_free[s] + 0.002, random.randint(540, 560), gen, reason)
REQUESTS_END = max(r["end"] for r in requests)
PROFILING_START = 1.60

# ---------------------------------------------------------------------------
# 2. Server state at time x (seconds) -> Prometheus families (as AIPerf parses them)
# ---------------------------------------------------------------------------
HELP = {
    "vllm:num_requests_running": "Number of requests in model execution batches.",
    "vllm:num_requests_waiting": "Number of requests waiting to be processed.",
    "vllm:kv_cache_usage_perc": "KV-cache usage. 1 means 100 percent usage.",
    "vllm:cache_config_info": "Information of the LLMEngine CacheConfig",
    "process_resident_memory_bytes": "Resident memory size in bytes.",
    "process_cpu_seconds": "Total user and system CPU time spent in seconds.",
    "vllm:prefix_cache_queries": "Prefix cache queries, in terms of number of queried tokens.",
    "vllm:prefix_cache_hits": "Prefix cache hits, in terms of number of cached tokens.",
    "vllm:num_preemptions": "Cumulative number of preemption from the engine.",
    "vllm:prompt_tokens": "Number of prefill tokens processed.",
    "vllm:generation_tokens": "Number of generation tokens processed.",
    "vllm:request_success": "Count of successfully processed requests.",
    "vllm:time_to_first_token_seconds": "Histogram of time to first token in seconds.",
    "vllm:e2e_request_latency_seconds": "Histogram of e2e request latency in seconds.",
}
TYPE = {
    "vllm:num_requests_running": "gauge", "vllm:num_requests_waiting": "gauge",
    "vllm:kv_cache_usage_perc": "gauge", "vllm:cache_config_info": "gauge",
    "process_resident_memory_bytes": "gauge", "process_cpu_seconds": "counter",
    "vllm:prefix_cache_queries": "counter", "vllm:prefix_cache_hits": "counter",
    "vllm:num_preemptions": "counter", "vllm:prompt_tokens": "counter",
    "vllm:generation_tokens": "counter", "vllm:request_success": "counter",
    "vllm:time_to_first_token_seconds": "histogram",
    "vllm:e2e_request_latency_seconds": "histogram",
}
UNIT = {  # what AIPerf's infer_unit(name, HELP) yields (display_name)
    "vllm:num_requests_running": "requests", "vllm:num_requests_waiting": "requests",
    "vllm:kv_cache_usage_perc": "ratio", "vllm:cache_config_info": None,
    "process_resident_memory_bytes": "bytes", "process_cpu_seconds": "seconds",
    "vllm:prefix_cache_queries": None, "vllm:prefix_cache_hits": None,
    "vllm:num_preemptions": None, "vllm:prompt_tokens": "tokens",
    "vllm:generation_tokens": "tokens", "vllm:request_success": "requests",
    "vllm:time_to_first_token_seconds": "seconds",
    "vllm:e2e_request_latency_seconds": "seconds",
}
CACHE_INFO_LABELS = {
    "block_size": "16", "cache_dtype": "auto", "enable_prefix_caching": "True",
    "engine": "0", "gpu_memory_utilization": "0.9", "num_cpu_blocks": "0",
    "num_gpu_blocks": "27305", "prefix_caching_hash_algo": "builtin",
}


def hist(values, les):
    buckets = {}
    for le in les:
        buckets[go_float(le)] = float(sum(1 for v in values if v <= le))
    buckets["+Inf"] = float(len(values))
    return buckets, float(sum(values)), float(len(values))


def server_state(x):
    done = [r for r in requests if r["end"] <= x]
    started_tok = [r for r in requests if r["ft"] <= x]
    running = [r for r in requests if r["start"] <= x < r["end"]]
    gen_tokens = 0.0
    for r in requests:
        if x >= r["end"]:
            gen_tokens += r["gen"]
        elif x >= r["ft"]:
            gen_tokens += 1 + int((x - r["ft"]) / (r["end"] - r["ft"]) * (r["gen"] - 1))
    prompt_tokens = float(sum(r["prompt"] for r in started_tok))
    # all prompts share a 512-token system prefix (32 blocks of 16) after the first
    queries = prompt_tokens
    hits = float(sum(512 for r in started_tok[1:] if r["prompt"] >= 512))
    in_flight_tok = sum(r["prompt"] + (r["gen"] if x >= r["end"] else 0) for r in running)
    kv = round(min(1.0, in_flight_tok / (27305 * 16) * 6.2), 6) if running else 0.0
    succ = {}
    for reason in ("abort", "length", "stop"):
        succ[reason] = float(sum(1 for r in done if r["reason"] == reason))
    cpu = round(412.37 + 0.02 * (x + 300) + 0.9 * sum(
        min(max(x - r["start"], 0), r["end"] - r["start"]) for r in requests if r["start"] > -1), 2)
    rss = float(3_153_920_000 + 4096 * int(gen_tokens // 50))
    ttft_h = hist([r["ttft"] for r in started_tok], TTFT_LE)
    e2e_h = hist([r["end"] - r["start"] for r in done], E2E_LE)

    def one(v, labels=BASE_LABELS):
        return [{"labels": dict(sorted(labels.items())), "value": v}]

    fam = {}  # insertion order = exposition order of a vLLM /metrics page
    fam["process_resident_memory_bytes"] = [{"value": rss}]
    fam["process_cpu_seconds"] = [{"value": cpu}]
    fam["vllm:num_requests_running"] = one(float(len(running)))
    fam["vllm:num_requests_waiting"] = one(0.0)
    fam["vllm:kv_cache_usage_perc"] = one(kv)
    fam["vllm:prefix_cache_queries"] = one(queries)
    fam["vllm:prefix_cache_hits"] = one(hits)
    fam["vllm:num_preemptions"] = one(0.0)
    fam["vllm:prompt_tokens"] = one(prompt_tokens)
    fam["vllm:generation_tokens"] = one(float(gen_tokens))
    fam["vllm:request_success"] = [
        {"labels": dict(sorted({**BASE_LABELS, "finished_reason": k}.items())), "value": v}
        for k, v in succ.items()]
    for name, (b, s, c) in (("vllm:time_to_first_token_seconds", ttft_h),
                            ("vllm:e2e_request_latency_seconds", e2e_h)):
        fam[name] = [{"labels": dict(sorted(BASE_LABELS.items())),
                      "buckets": b, "sum": round(s, 6), "count": c}]
    fam["vllm:cache_config_info"] = [{"labels": dict(sorted(CACHE_INFO_LABELS.items())), "value": 1.0}]
    return fam


# ---------------------------------------------------------------------------
# 3. Scrape schedule: baseline at configure, 333 ms loop from PROFILE_START
#    until profiling completes, then one final scrape, then collectors stop.
# ---------------------------------------------------------------------------
sched = [0.0] + [0.60 + k * 0.333 for k in range(200) if 0.60 + k * 0.333 < REQUESTS_END]
sched.append(REQUESTS_END + 0.045)  # final scrape triggered by PROFILE_COMPLETE
records = []
for s in sched:
    sent = t(s) + random.randint(200_000, 900_000)
    ttfb = random.randint(2_500_000, 7_500_000)
    first_byte = sent + ttfb
    latency = ttfb + random.randint(1_500_000, 6_000_000)
    x = (first_byte - T0) / NS
    records.append(dict(ts=first_byte, sent=sent, latency=latency, fam=server_state(x)))

# ---------------------------------------------------------------------------
# 4. JSONL (one compact line per non-duplicate scrape, *_info families dropped)
# ---------------------------------------------------------------------------
with open(os.path.join(OUT, "server_metrics_export.jsonl"), "w") as f:
    for r in records:
        line = {"endpoint_url": URL, "timestamp_ns": r["ts"], "endpoint_latency_ns": r["latency"],
                "metrics": {k: v for k, v in r["fam"].items() if not k.endswith("_info")},
                "request_sent_ns": r["sent"], "first_byte_ns": r["ts"]}
        f.write(json.dumps(line, separators=(",", ":"), ensure_ascii=False) + "\n")

# ---------------------------------------------------------------------------
# 5. Aggregated JSON
# ---------------------------------------------------------------------------
ts_all = [r["ts"] for r in records]
start_ns = t(PROFILING_START)
requests_end_ns = t(REQUESTS_END)
end_ns = max(requests_end_ns, ts_all[-1])  # max(profiling end, last_update_ns)


def series_values(name, labels):
    out = []
    for r in records:
        for smp in r["fam"][name]:
            if smp.get("labels") == labels:
                out.append((r["ts"], smp))
    return out


def np_percentile(sorted_vals, p):
    h = (len(sorted_vals) - 1) * p / 100.0
    lo = math.floor(h)
    hi = min(lo + 1, len(sorted_vals) - 1)
    return sorted_vals[lo] + (h - lo) * (sorted_vals[hi] - sorted_vals[lo])


def boundaries(a, b, size):
    step = int(size * NS)
    starts = list(range(a, b, step))
    out = []
    for s in starts:
        e = s + step
        out.append((s, min(e, b), e <= b))
    return out


def gauge(name, labels):
    pts = [(ts, s["value"]) for ts, s in series_values(name, labels) if start_ns <= ts <= end_ns]
    vals = [v for _, v in pts]
    if not vals:
        return None
    mean = sum(vals) / len(vals)
    std = math.sqrt(sum((v - mean) ** 2 for v in vals) / (len(vals) - 1)) if len(vals) > 1 else 0.0
    sv = sorted(vals)
    stats = {"avg": mean, "min": min(vals), "max": max(vals), "std": std}
    for p in (1, 5, 10, 25, 50, 75, 90, 95, 99):
        stats[f"p{p}"] = np_percentile(sv, p)
    tss = [ts for ts, _ in pts]
    slices = []
    bnds = boundaries(start_ns, end_ns, SLICE)
    for i, (a, b, complete) in enumerate(bnds):
        lo = bisect.bisect_left(tss, a)
        hi = bisect.bisect_left(tss, b)
        if i == len(bnds) - 1 and b == tss[-1]:
            hi = len(tss)
        if lo >= hi:
            continue
        win = vals[lo:hi]
        sl = {"start_ns": a, "end_ns": b}
        if not complete:
            sl["is_complete"] = False
        sl.update({"avg": sum(win) / len(win), "min": min(win), "max": max(win)})
        slices.append(sl)
    out = {"endpoint_url": URL}
    if labels:
        out["labels"] = labels
    out["stats"] = stats
    if slices:
        out["timeslices"] = slices
    return out


def counter(name, labels):
    pts = [(ts, s["value"]) for ts, s in series_values(name, labels)]
    tss = [p[0] for p in pts]
    ref_i = bisect.bisect_left(tss, start_ns) - 1
    win = [(ts, v) for ts, v in pts if start_ns <= ts <= end_ns]
    if not win:
        return None
    ref_ts, ref_v = pts[ref_i] if ref_i >= 0 else win[0]
    total = max(win[-1][1] - ref_v, 0.0)
    dur = (win[-1][0] - ref_ts) / NS
    stats = {"total": total, "rate": total / dur if dur > 0 else 0.0}
    series = ([(ref_ts, ref_v)] if ref_i >= 0 else []) + win
    sts = [p[0] for p in series]
    slices, rates = [], []
    for a, b, complete in boundaries(start_ns, end_ns, SLICE):
        si = max(0, min(bisect.bisect_right(sts, a) - 1, len(series) - 1))
        ei = max(0, min(bisect.bisect_right(sts, b) - 1, len(series) - 1))
        d = max(series[ei][1] - series[si][1], 0.0)
        rate = d / ((b - a) / NS) if b > a else 0.0
        sl = {"start_ns": a, "end_ns": b}
        if not complete:
            sl["is_complete"] = False
        sl.update({"total": d, "rate": rate})
        slices.append(sl)
        if complete:
            rates.append(rate)
    if rates:
        m = sum(rates) / len(rates)
        stats.update({"rate_avg": m, "rate_min": min(rates), "rate_max": max(rates),
                      "rate_std": math.sqrt(sum((r - m) ** 2 for r in rates) / (len(rates) - 1))
                      if len(rates) > 1 else 0.0})
    out = {"endpoint_url": URL}
    if labels:
        out["labels"] = labels
    out["stats"] = stats
    out["timeslices"] = slices
    return out


def interp_quantile(bucket_deltas, total, q):
    """Plain Prometheus-style linear interpolation (NOT AIPerf's estimator)."""
    rank = q * total
    prev_le, prev_c = 0.0, 0
    for le, c in bucket_deltas.items():
        if c >= rank:
            if le == "+Inf":
                return prev_le
            lef = float(le)
            if c == prev_c:
                return lef
            return prev_le + (lef - prev_le) * (rank - prev_c) / (c - prev_c)
        if le != "+Inf":
            prev_le, prev_c = float(le), c
    return prev_le


def histogram(name, labels):
    pts = series_values(name, labels)
    tss = [ts for ts, _ in pts]
    ref_i = bisect.bisect_left(tss, start_ns) - 1
    fin_i = bisect.bisect_right(tss, end_ns) - 1
    ref = pts[ref_i if ref_i >= 0 else 0]
    fin = pts[fin_i]
    count = int(fin[1]["count"] - ref[1]["count"])
    ssum = fin[1]["sum"] - ref[1]["sum"]
    buckets = {le: int(fin[1]["buckets"][le] - ref[1]["buckets"].get(le, 0.0))
               for le in fin[1]["buckets"]}
    out = {"endpoint_url": URL}
    if labels:
        out["labels"] = labels
    if count == 0:
        out["stats"] = {"count": 0}
        out["buckets"] = buckets
        return out
    dur = (fin[0] - ref[0]) / NS
    stats = {"count": count, "sum": ssum, "avg": ssum / count,
             "count_rate": count / dur, "sum_rate": ssum / dur}
    for p in (1, 5, 10, 25, 50, 75, 90, 95, 99):
        stats[f"p{p}_estimate"] = interp_quantile(buckets, count, p / 100.0)
    out["stats"] = stats
    out["buckets"] = buckets
    slices = []
    for a, b, complete in boundaries(start_ns, end_ns, SLICE):
        si = max(0, min(bisect.bisect_right(tss, a) - 1, len(tss) - 1))
        ei = max(0, min(bisect.bisect_right(tss, b) - 1, len(tss) - 1))
        c = fin_c = pts[ei][1]["count"] - pts[si][1]["count"]
        s = pts[ei][1]["sum"] - pts[si][1]["sum"]
        if s < 0 or c < 0:
            continue
        sl = {"start_ns": a, "end_ns": b}
        if not complete:
            sl["is_complete"] = False
        sl.update({"count": int(c), "sum": s, "avg": s / c if c > 0 else 0.0,
                   "buckets": {le: int(pts[ei][1]["buckets"][le] - pts[si][1]["buckets"][le])
                               for le in pts[ei][1]["buckets"]}})
        slices.append(sl)
    if slices:
        out["timeslices"] = slices
    return out


metrics = {}
for name in sorted(HELP):
    kind = TYPE[name]
    label_sets = []
    for smp in records[-1]["fam"][name]:
        label_sets.append(smp.get("labels"))
    series = []
    for lab in label_sets:
        fn = {"gauge": gauge, "counter": counter, "histogram": histogram}[kind]
        s = fn(name, lab)
        if s is not None:
            series.append(s)
    series.sort(key=lambda s: (s["endpoint_url"], str(s.get("labels")) if s.get("labels") else ""))
    entry = {"type": kind, "description": HELP[name]}
    if UNIT[name]:
        entry["unit"] = UNIT[name]
    entry["series"] = series
    metrics[name] = entry

lat = [r["latency"] for r in records]
intervals = sorted(ts_all[i] - ts_all[i - 1] for i in range(1, len(ts_all)))
mid = len(intervals) // 2
median = (intervals[mid] if len(intervals) % 2 else (intervals[mid - 1] + intervals[mid]) / 2)
dur_s = (ts_all[-1] - ts_all[0]) / NS
endpoint_info = {
    "total_fetches": len(records),
    "first_fetch_ns": ts_all[0],
    "last_fetch_ns": ts_all[-1],
    "avg_fetch_latency_ms": sum(lat) / len(lat) / 1e6,
    "unique_updates": len(records),
    "first_update_ns": ts_all[0],
    "last_update_ns": ts_all[-1],
    "duration_seconds": dur_s,
    "avg_update_interval_ms": dur_s * 1000 / (len(records) - 1),
    "median_update_interval_ms": float(median) / 1e6,
}


def iso_local(ns):  # datetime.fromtimestamp(ns/1e9) on a host whose local TZ is UTC
    return datetime.fromtimestamp(ns / NS, tz=timezone.utc).replace(tzinfo=None).isoformat()


cli = ("aiperf profile --model Qwen/Qwen3-0.6B --url http://localhost:8000 --endpoint-type chat "
       "--streaming --concurrency 4 --request-count 40 --warmup-request-count 4 "
       "--slice-duration 2 --server-metrics-formats json csv jsonl")
export = {
    "schema_version": "1.0",
    "aiperf_version": "0.4.0",
    "benchmark_id": BENCHMARK_ID,
    "summary": {
        "endpoints_configured": [URL],
        "endpoints_successful": [URL],
        "start_time": iso_local(start_ns),
        "end_time": iso_local(requests_end_ns),
        "endpoint_info": {URL: endpoint_info},
    },
    "metrics": metrics,
    "input_config": {
        "endpoint": {"model_names": [MODEL], "type": "chat", "streaming": True,
                     "urls": ["http://localhost:8000"]},
        "output": {"slice_duration": 2.0},
        "loadgen": {"concurrency": 4, "request_count": 40, "warmup_request_count": 4},
        "cli_command": cli,
        "benchmark_id": BENCHMARK_ID,
        "server_metrics_formats": ["json", "csv", "jsonl"],
    },
}
with open(os.path.join(OUT, "server_metrics_export.json"), "w") as f:
    f.write(json.dumps(export, indent=2, ensure_ascii=False))  # orjson OPT_INDENT_2: no trailing newline

# ---------------------------------------------------------------------------
# 6. CSV excerpt (histogram + counter rows) for FORMAT.md
# ---------------------------------------------------------------------------
def fmt(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    return f"{float(v):.4f}"


print("records:", len(records), "requests_end_s:", round(REQUESTS_END, 3))
for name in ("vllm:request_success", "vllm:e2e_request_latency_seconds"):
    for s in metrics[name]["series"]:
        st = s["stats"]
        if TYPE[name] == "counter":
            keys = ["total", "rate", "rate_avg", "rate_min", "rate_max", "rate_std"]
        else:
            keys = ["count", "count_rate", "sum", "sum_rate", "avg"] + [
                f"p{p}_estimate" for p in (1, 5, 10, 25, 50, 75, 90, 95, 99)]
        row = ["localhost:8000", TYPE[name], name, UNIT[name] or ""] + [fmt(st.get(k)) for k in keys]
        row += [s["labels"].get("engine", ""), s["labels"].get("finished_reason", ""),
                s["labels"].get("model_name", ""), HELP[name]]
        if TYPE[name] == "histogram":
            row.append(";".join(f"{k}={v}" for k, v in s["buckets"].items()))
        print(",".join(row))

# ---------------------------------------------------------------------------
# 7. The same run's per-request records (profile_export.jsonl), so the scrapes can be imported beside them,
#    and what the engine's account of the profiling requests must come to (known_answers.json). The client
#    sees each request 0.5 ms before the server does and each answer 0.5 ms after: a loopback link. No random
#    numbers are drawn here, so the files above stay as they were.
# ---------------------------------------------------------------------------
LINK = 0.0005
run = requests[12:]  # 4 warm-up, then 40 profiling requests
with open(os.path.join(OUT, "profile_export.jsonl"), "w") as f:
    for i, r in enumerate(run):
        warmup = i < 4
        start, first, end = r["start"] - LINK, r["ft"] + LINK, r["end"] + LINK
        gaps = (r["end"] - r["ft"]) / (r["gen"] - 1)
        line = {"metadata": {"session_num": i, "x_request_id": "req-%04d" % i, "x_correlation_id": "corr-%04d" % i,
                             "conversation_id": "conv-%d" % i, "turn_index": 0, "request_start_ns": t(start),
                             "request_ack_ns": t(start) + 1_000_000, "request_end_ns": t(end), "worker_id": "worker_1",
                             "record_processor_id": "record_processor_1",
                             "benchmark_phase": "warmup" if warmup else "profiling", "was_cancelled": False,
                             "cancellation_time_ns": None},
                "metrics": {"input_sequence_length": {"value": r["prompt"], "unit": "tokens"},
                            "time_to_first_token": {"value": (first - start) * 1e3, "unit": "ms"},
                            "request_latency": {"value": (end - start) * 1e3, "unit": "ms"},
                            "output_token_count": {"value": r["gen"], "unit": "tokens"},
                            "inter_chunk_latency": {"value": [round(gaps * 1e3, 6)] * (r["gen"] - 1), "unit": "ms"},
                            "output_sequence_length": {"value": r["gen"], "unit": "tokens"},
                            "inter_token_latency": {"value": gaps * 1e3, "unit": "ms"}},
                "error": None}
        f.write(json.dumps(line) + "\n")
measured = run[4:]
with open(os.path.join(OUT, "known_answers.json"), "w") as f:
    json.dump({"about": "the engine's account of the 40 profiling requests, from the simulated server itself",
               "requests": len(measured),
               "server_ttft_mean_s": sum(r["ttft"] for r in measured) / len(measured),
               "server_e2e_mean_s": sum(r["end"] - r["start"] for r in measured) / len(measured),
               "generation_tokens": sum(r["gen"] for r in measured),
               "prompt_tokens": sum(r["prompt"] for r in measured),
               "running_peak": 4, "waiting_peak": 0, "preemptions": 0}, f, indent=1)
    f.write("\n")
