"""serve-sim's GET /metrics: the simulated engine's real state in each engine's own names, bucket bounds and
exposition shape (tests/data/agent/metrics/SOURCES.md), so the scraper and the workstation read a simulated
node exactly as they read a real one.

EngineStats hears every stage of every sequence from simengine and keeps what the engines keep: token
counters and per-request histograms observed as each stage ends, on the engine's perf_counter clock. The
ground-truth log states the same floats (`queue_s`, `prefill_s`), so a test can check the histograms
against it exactly. The renderers write the state in the dialect's names.

The engine model reserves each sequence's whole KV (prompt + max_tokens) before admitting it, so KV never
overflows and nothing is preempted: the preemption counters are published, and stay 0.
"""
import bisect
import math
import time

from .simdialects import jdump

# vLLM V1, loggers.py @ cf027b86 L760, L793, L852
VLLM_TTFT = (0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0, 20.0, 40.0,
             80.0, 160.0, 640.0, 2560.0)
VLLM_ITL = (0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0, 20.0, 40.0, 80.0)
VLLM_LATENCY = (0.3, 0.5, 0.8, 1.0, 1.5, 2.0, 2.5, 5.0, 10.0, 15.0, 20.0, 30.0, 40.0, 50.0, 60.0, 120.0, 240.0, 480.0,
                960.0, 1920.0, 7680.0)
# SGLang, metrics_collector.py @ bc8b3ab1 L674, L721, L1615-1629
SGLANG_QUEUE = (0.0, 0.001, 0.005, 0.01, 0.05, 0.1, 0.2, 0.5, 1, 2, 3, 4, 5, 10, 15, 20, 30, 40, 50, 60, 70, 80, 90, 100,
                200, 300, 400, 500, 600, 700, 800, 900, 1000, 1200, 1400, 1600, 1800, 2000, 2500, 3000)


def exponential_buckets(start, factor, count):
    """As SGLang's observability/utils.py builds them (start times a power of the factor: the floats differ
    in their last digits from multiplying step by step, and the `le` labels show it)."""
    return tuple(start * factor ** i for i in range(count))


SGLANG_STAGE = exponential_buckets(0.001, 1.62, 30)
SGLANG_TTFT = (0.1, 0.2, 0.4, 0.6, 0.8, 1, 2, 4, 6, 8, 10, 20, 40, 60, 80, 100, 200, 400)
SGLANG_ITL = (0.002, 0.004, 0.006, 0.008, 0.010, 0.015, 0.020, 0.025, 0.030, 0.035, 0.040, 0.060, 0.080, 0.100, 0.200,
              0.400, 0.600, 0.800, 1.000, 2.000, 4.000, 6.000, 8.000)
SGLANG_E2E = SGLANG_TTFT + (600, 1200, 1800, 2400)


def geometric_steps(start, factor, count):
    """As TGI's server.rs builds them: the value multiplied by the factor step by step, each step a bound."""
    out, value = [], start
    for _ in range(count):
        value *= factor
        out.append(value)
    return tuple(out)


# TGI, router/src/server.rs @ db931fcf L1936-1993: every *duration histogram
TGI_DURATION = geometric_steps(0.0001, 1.5, 35)

BUCKETS = {
    "vllm": {"queue": VLLM_LATENCY, "prefill": VLLM_LATENCY, "decode": VLLM_LATENCY, "inference": VLLM_LATENCY,
             "e2e": VLLM_LATENCY, "ttft": VLLM_TTFT, "itl": VLLM_ITL},
    "sglang": {"queue": SGLANG_QUEUE, "prefill": SGLANG_STAGE, "ttft": SGLANG_TTFT, "itl": SGLANG_ITL,
               "e2e": SGLANG_E2E},
    "tgi": {"queue": TGI_DURATION, "inference": TGI_DURATION, "e2e": TGI_DURATION, "per_token": TGI_DURATION},
    "llamacpp": {},  # llama-server keeps totals only
}


class Histogram:
    __slots__ = ("bounds", "counts", "sum", "count")

    def __init__(self, bounds):
        self.bounds = tuple(float(b) for b in bounds)
        self.counts = [0] * (len(self.bounds) + 1)  # per bucket, the last one +Inf
        self.sum = 0.0
        self.count = 0

    def observe(self, value, n=1):
        self.counts[bisect.bisect_left(self.bounds, value)] += n  # `le`: a value on a bound counts in it
        self.sum += value * n if n != 1 else value
        self.count += n

    def cumulative(self):
        out, c = [], 0
        for x in self.counts:
            c += x
            out.append(c)
        return out


class EngineStats:
    """What the simulated engine has done, as engines count it. Times are perf_counter seconds."""

    def __init__(self, dialect, max_model_len):
        self.dialect = dialect
        self.created = time.time()
        self.h = {k: Histogram(b) for k, b in BUCKETS[dialect].items()}
        if dialect == "tgi":  # server.rs: 100 linear buckets up to the input and total token limits
            self.h["input_length"] = Histogram([(max_model_len - 1) / 100 * (i + 1) for i in range(100)])
            self.h["generated_tokens"] = Histogram([max_model_len / 100 * (i + 1) for i in range(100)])
        self.requests = 0  # submitted to the engine
        self.prompt_tokens = 0  # at prefill (the step that gives the first token)
        self.cached_tokens = 0  # of those, served by the prefix cache
        self.finished_cached_tokens = 0
        self.generation_tokens = 0  # as each token is generated
        self.finished = {"length": 0, "abort": 0}  # the simulator ends every answer at max_tokens
        self.finished_prompt_tokens = self.finished_generation_tokens = 0
        self.prefill_s = 0.0  # llama.cpp's summed slot times: prompt processing, and generation of
        self.finished_decode_s = 0.0  # the finished requests (first token -> last), as it adds them up
        self.steps = self.busy_slot_steps = 0
        self.max_context = 0
        self.last_end = None

    def observe(self, key, value, n=1):
        h = self.h.get(key)
        if h is not None:
            h.observe(value, n)

    def submitted(self, seq):
        self.requests += 1
        self.observe("input_length", seq.prompt)

    def scheduled(self, admitted):
        for seq in admitted:
            self.observe("queue", seq.queue_s)

    def stepped(self, end, admitted, running, finished):
        """One engine step ended at `end`: the `admitted` sequences got their first token, every one of the
        `running` a token, and `finished` are done (or cancelled)."""
        for seq in admitted:
            self.observe("prefill", seq.prefill_s)
            self.observe("ttft", end - seq.submitted)
            self.prompt_tokens += seq.prompt
            self.cached_tokens += seq.cached
            self.prefill_s += seq.prefill_s
            self.max_context = max(self.max_context, seq.prompt)
        continuing = running - len(admitted)
        if continuing > 0 and self.last_end is not None:  # all of them had a token at the last step's end
            self.observe("itl", end - self.last_end, continuing)
        self.generation_tokens += running
        self.steps += 1
        self.busy_slot_steps += running
        for seq in finished:
            if seq.cancelled:
                continue
            self.observe("decode", end - seq.first)
            self.observe("inference", end - seq.scheduled)
            self.observe("e2e", end - seq.submitted)
            self.observe("per_token", (end - seq.scheduled) / seq.generated)
            self.observe("generated_tokens", seq.generated)
            self.finished["length"] += 1
            self.finished_prompt_tokens += seq.prompt
            self.finished_cached_tokens += seq.cached
            self.finished_generation_tokens += seq.generated
            self.finished_decode_s += end - seq.first
            self.max_context = max(self.max_context, seq.prompt + seq.generated)
        self.last_end = end

    def aborted(self, seq):
        self.finished["abort"] += 1


# --- number formats ---

def go_float(d):
    """prometheus_client's floatToGoString: Python's repr, but with Go's earlier switch to exponents."""
    d = float(d)
    if d == math.inf:
        return "+Inf"
    if d == -math.inf:
        return "-Inf"
    if d != d:
        return "NaN"
    s = repr(d)
    dot = s.find(".")
    if d > 0 and dot > 6:
        mantissa = f"{s[0]}.{s[1:dot]}{s[dot + 1:]}".rstrip("0.")
        return f"{mantissa}e+0{dot - 1}"
    return s


def rust_f64(v):
    """Rust's f64 Display (metrics-exporter-prometheus): shortest round trip, never an exponent, integers
    without `.0`."""
    v = float(v)
    if v.is_integer() and abs(v) < 1e17:
        return str(int(v))
    s = repr(v)
    if "e" in s:
        s = format(v, ".20f").rstrip("0")
    return s


def escape(value):
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def labels_text(labels):
    return "{" + ",".join(f'{k}="{escape(v)}"' for k, v in labels) + "}" if labels else ""


# --- prometheus_client (vLLM, SGLang) ---

class PromClient:
    """Text 0.0.4 as prometheus_client's generate_latest() writes it: labels sorted by name, values in Go
    float form; `multiprocess` as MultiProcessCollector writes it (no `_created`, `_sum` before the
    buckets), which is how SGLang (always) and a scaled-out vLLM serve theirs."""

    def __init__(self, labels, created, multiprocess=False):
        self.labels = sorted(labels.items())
        self.created = created
        self.mp = multiprocess
        self.out = []

    def lab(self, extra=()):
        return labels_text(sorted(self.labels + list(extra)))

    def head(self, name, kind, help_):
        self.out.append(f"# HELP {name} {help_}\n# TYPE {name} {kind}\n")

    def created_family(self, name, help_, children):
        if not self.mp:
            self.head(name + "_created", "gauge", help_)
            self.out.extend(f"{name}_created{self.lab(extra)} {go_float(self.created)}\n" for extra in children)

    def gauge(self, name, help_, value, extra=()):
        self.head(name, "gauge", help_)
        self.out.append(f"{name}{self.lab(extra)} {go_float(value)}\n")

    def counter(self, name, help_, children):
        """`children`: [(extra labels, value)]; `name` without `_total`."""
        self.head(name + "_total", "counter", help_)
        self.out.extend(f"{name}_total{self.lab(extra)} {go_float(v)}\n" for extra, v in children)
        self.created_family(name, help_, [extra for extra, _ in children])

    def histogram(self, name, help_, h, extra=()):
        self.head(name, "histogram", help_)
        lines = [f"{name}_bucket{self.lab(list(extra) + [('le', go_float(b))])} {go_float(c)}\n"
                 for b, c in zip(h.bounds + (math.inf,), h.cumulative())]
        total, count = f"{name}_sum{self.lab(extra)} {go_float(h.sum)}\n", f"{name}_count{self.lab(extra)} {go_float(h.count)}\n"
        self.out.extend([total] + lines + [count] if self.mp else lines + [count, total])
        self.created_family(name, help_, [extra])

    def text(self):
        return "".join(self.out).encode()


def render_vllm(engine, stats, a):
    """vLLM V1 (loggers.py @ cf027b86), one API server: families in the order the logger registers them."""
    p = PromClient({"engine": "0", "model_name": a.model}, stats.created)
    p.gauge("vllm:num_requests_running", "Number of requests in model execution batches.", len(engine.running))
    p.gauge("vllm:num_requests_waiting", "Number of requests waiting to be processed.", len(engine.waiting))
    p.gauge("vllm:kv_cache_usage_perc", "KV-cache usage. 1 means 100 percent usage.", engine.kv_used / a.kv_tokens)
    # every prompt token is looked up; with --no-prefix-caching none hits (as users report of vLLM with
    # prefix caching off: queries counted, hits 0)
    p.counter("vllm:prefix_cache_queries", "Prefix cache queries, in terms of number of queried tokens.",
              [((), stats.prompt_tokens)])
    p.counter("vllm:prefix_cache_hits", "Prefix cache hits, in terms of number of cached tokens.",
              [((), stats.cached_tokens)])
    p.counter("vllm:num_preemptions", "Cumulative number of preemption from the engine.", [((), 0)])
    p.counter("vllm:prompt_tokens", "Number of prefill tokens processed.", [((), stats.prompt_tokens)])
    p.counter("vllm:generation_tokens", "Number of generation tokens processed.", [((), stats.generation_tokens)])
    p.counter("vllm:request_success", "Count of successfully processed requests.",
              [((("finished_reason", r),), stats.finished.get(r, 0))
               for r in ("stop", "length", "abort", "error", "repetition")])
    h = stats.h
    p.histogram("vllm:time_to_first_token_seconds", "Histogram of time to first token in seconds.", h["ttft"])
    p.histogram("vllm:inter_token_latency_seconds", "Histogram of inter-token latency in seconds.", h["itl"])
    p.histogram("vllm:e2e_request_latency_seconds", "Histogram of e2e request latency in seconds.", h["e2e"])
    p.histogram("vllm:request_queue_time_seconds", "Histogram of time spent in WAITING phase for request.", h["queue"])
    p.histogram("vllm:request_inference_time_seconds", "Histogram of time spent in RUNNING phase for request.",
                h["inference"])
    p.histogram("vllm:request_prefill_time_seconds", "Histogram of time spent in PREFILL phase for request.",
                h["prefill"])
    p.histogram("vllm:request_decode_time_seconds", "Histogram of time spent in DECODE phase for request.",
                h["decode"])
    return p.text(), "text/plain; version=0.0.4; charset=utf-8", []


def render_sglang(engine, stats, a):
    """SGLang (metrics_collector.py @ bc8b3ab1) with --enable-metrics, always multiprocess: scheduler
    families carry the ranks, tokenizer families only the model; a family appears once it has a child."""
    rank = (("moe_ep_rank", "0"), ("pp_rank", "0"), ("tp_rank", "0"))
    p = PromClient({"engine_type": "unified", "model_name": a.model}, stats.created, multiprocess=True)
    h = stats.h
    if h["queue"].count:
        p.histogram("sglang:queue_time_seconds", "Histogram of queueing time in seconds.", h["queue"], rank)
    if h["prefill"].count:
        p.histogram("sglang:per_stage_req_latency_seconds", "The latency of each stage of requests.", h["prefill"],
                    rank + (("stage", "prefill_forward"),))
    if stats.finished["length"]:  # the tokenizer counts a request when it finishes
        p.counter("sglang:prompt_tokens", "Number of prefill tokens processed.", [((), stats.finished_prompt_tokens)])
        p.counter("sglang:generation_tokens", "Number of generation tokens processed.",
                  [((), stats.finished_generation_tokens)])
        p.counter("sglang:cached_tokens", "Number of cached prompt tokens by source (device/host/storage).",
                  [((("cache_source", "device"),), stats.finished_cached_tokens)])
        p.counter("sglang:num_requests", "Number of requests processed.", [((), stats.finished["length"])])
    p.gauge("sglang:max_total_num_tokens", "Maximum total number of tokens in the KV cache pool.", a.kv_tokens, rank)
    p.gauge("sglang:num_running_reqs", "The number of running requests.", len(engine.running), rank)
    p.gauge("sglang:num_queue_reqs", "The number of requests in the waiting queue.", len(engine.waiting), rank)
    p.gauge("sglang:cache_hit_rate", "The prefix cache hit rate.", 0.0, rank)
    p.gauge("sglang:token_usage", "The token usage.", round(engine.kv_used / a.kv_tokens, 2), rank)
    p.gauge("sglang:num_used_tokens", "The number of used tokens.", engine.kv_used, rank)
    p.counter("sglang:realtime_tokens", "Total number of tokens processed (updated on each log interval). mode: "
              "prefill_compute, prefill_cache, decode.",
              [(rank + (("mode", "prefill_compute"),), stats.prompt_tokens - stats.cached_tokens),
               (rank + (("mode", "prefill_cache"),), stats.cached_tokens),
               (rank + (("mode", "decode"),), stats.generation_tokens)])
    if h["e2e"].count:
        p.histogram("sglang:e2e_request_latency_seconds", "Histogram of End-to-end request latency in seconds",
                    h["e2e"])
    if h["ttft"].count:
        p.histogram("sglang:time_to_first_token_seconds", "Histogram of time to first token in seconds.", h["ttft"])
    if h["itl"].count:
        p.histogram("sglang:inter_token_latency_seconds", "Histogram of inter-token latency in seconds.", h["itl"])
    return p.text(), "text/plain; version=0.0.4; charset=utf-8", []


def render_tgi(engine, stats, a):
    """TGI (server.rs @ db931fcf) through metrics-exporter-prometheus 0.15.3: counters, then gauges, then
    histograms, each family followed by a blank line; counters keep their names (no `_total`); a family
    exists once it was first used."""
    out = []

    def family(name, kind, help_, lines):
        out.append((f"# HELP {name} {help_}\n" if help_ else "") + f"# TYPE {name} {kind}\n" + "".join(lines) + "\n")

    def histogram(name, help_, h):
        if h.count:
            lines = [f'{name}_bucket{{le="{rust_f64(b)}"}} {c}\n' for b, c in zip(h.bounds, h.cumulative())]
            lines += [f'{name}_bucket{{le="+Inf"}} {h.count}\n', f"{name}_sum {rust_f64(h.sum)}\n",
                      f"{name}_count {h.count}\n"]
            family(name, "histogram", help_, lines)

    if stats.requests:
        family("tgi_request_count", "counter", "Total number of requests", [f"tgi_request_count {stats.requests}\n"])
    if stats.finished["length"]:
        family("tgi_request_success", "counter", "Number of successful requests",
               [f"tgi_request_success {stats.finished['length']}\n"])
    if stats.requests:
        family("tgi_batch_current_max_tokens", "gauge", "Maximum tokens for the current batch",
               [f"tgi_batch_current_max_tokens {engine.kv_used}\n"])
        family("tgi_queue_size", "gauge", "Current queue size", [f"tgi_queue_size {len(engine.waiting)}\n"])
    family("tgi_batch_max_total_tokens", "gauge", None, [f"tgi_batch_max_total_tokens {a.kv_tokens}\n"])
    if stats.requests:
        family("tgi_batch_current_size", "gauge", "Current batch size",
               [f"tgi_batch_current_size {len(engine.running)}\n"])
    h = stats.h
    histogram("tgi_request_inference_duration", "Request inference duration", h["inference"])
    histogram("tgi_request_queue_duration", "Request queue duration", h["queue"])
    histogram("tgi_request_input_length", "Input token length per request", h["input_length"])
    histogram("tgi_request_mean_time_per_token_duration", "Mean time per token per request", h["per_token"])
    histogram("tgi_request_generated_tokens", "Generated tokens per request", h["generated_tokens"])
    histogram("tgi_request_duration", "Request duration", h["e2e"])
    return "".join(out).encode(), "text/plain; charset=utf-8", []


def render_llamacpp(engine, stats, a, started_unix):
    """llama-server (server-context.cpp @ 8dc530b8, get_metrics): counters then gauges, no labels, each
    value a double through a C++ stream (%g, 6 significant digits)."""
    def tokens_per_s(n, seconds):
        return n / seconds if seconds > 0 else 0.0

    counters = [
        ("prompt_tokens_total", "Number of prompt tokens processed.", stats.prompt_tokens),
        ("prompt_seconds_total", "Prompt process time", stats.prefill_s),
        ("tokens_predicted_total", "Number of generation tokens processed.", stats.finished_generation_tokens),
        ("tokens_predicted_seconds_total", "Predict process time", stats.finished_decode_s),
        ("n_decode_total", "Total number of llama_decode() calls", stats.steps),
        ("n_tokens_max", "Largest observed n_tokens.", stats.max_context),
        ("n_busy_slots_per_decode", "Average number of busy slots per llama_decode() call",
         stats.busy_slot_steps / max(1, stats.steps))]
    gauges = [
        ("prompt_tokens_seconds", "Average prompt throughput in tokens/s.", tokens_per_s(stats.prompt_tokens,
                                                                                         stats.prefill_s)),
        ("predicted_tokens_seconds", "Average generation throughput in tokens/s.",
         tokens_per_s(stats.finished_generation_tokens, stats.finished_decode_s)),
        ("requests_processing", "Number of requests processing.", len(engine.running)),
        ("requests_deferred", "Number of requests deferred.", len(engine.waiting))]
    text = "".join(f"# HELP llamacpp:{n} {h}\n# TYPE llamacpp:{n} {kind}\nllamacpp:{n} {format(float(v), 'g')}\n"
                   for kind, group in (("counter", counters), ("gauge", gauges)) for n, h, v in group)
    return text.encode(), "text/plain; version=0.0.4", [("Process-Start-Time-Unix", int(started_unix))]


def llamacpp_disabled():
    """What llama-server answers on /metrics when it was started without --metrics."""
    body = {"error": {"code": 501, "message": "This server does not support metrics endpoint. Start it with `--metrics`",
                      "type": "not_supported_error"}}
    return jdump(body, sort=True), "application/json; charset=utf-8"


def render(dialect, engine, stats, args, started_unix):
    """(body, content type, extra headers) of GET /metrics."""
    if dialect == "vllm":
        return render_vllm(engine, stats, args)
    if dialect == "sglang":
        return render_sglang(engine, stats, args)
    if dialect == "tgi":
        return render_tgi(engine, stats, args)
    return render_llamacpp(engine, stats, args, started_unix)
