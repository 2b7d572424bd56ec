"""Which engine published a scrape, and its numbers under InferDeck's canonical keys.

The wire names were read in each engine's source (tests/data/agent/metrics/SOURCES.md has the files and
lines); for each key the current name comes first and older ones after, so one catalog reads every
version still in use. A key an engine does not publish is absent, never 0: "not measured" and "none
happened" must stay apart in the report.

  vLLM       vllm-project/vllm @ cf027b86af71251a8e937a56751636686b4429e4 vllm/v1/metrics/loggers.py (V1);
             older names: @ bf3e05215c7f20baf9fcd82d8877d8453dcebf6e vllm/engine/metrics.py (V0), and the
             renames of d1e34cc9 (0.9.2: gpu_cache_usage_perc, gpu_prefix_cache_*) and 24177984 (0.11:
             time_per_output_token_seconds)
  SGLang     sgl-project/sglang @ bc8b3ab1f55c60951b586d84d4aec773a6f654df
             python/sglang/srt/observability/metrics_collector.py (before 2026-02: srt/metrics/collector.py)
  TGI        huggingface/text-generation-inference @ db931fcf42da018a3657580c64bf2720f167f9ab router/src/server.rs,
             router/src/validation.rs, backends/v3/src/{backend,queue,lib}.rs
  llama.cpp  ggml-org/llama.cpp @ 8dc530b86d44cd0667a685539f29ded70a08ae0a tools/server/server-context.cpp
             (get_metrics); kv_cache_usage_ratio from d52d7819 until its removal in 797f2ac0 (2025-05-21)
"""
from . import promtext

GAUGES = ("running", "waiting", "kv_usage", "prefix_hit_rate")
COUNTERS = ("preemptions", "prompt_tokens", "generation_tokens", "prefix_queries", "prefix_hits",
            "requests_finished")
HISTOGRAMS = ("queue_s", "prefill_s", "decode_s", "ttft_s", "itl_s", "e2e_s", "inference_s")
AVERAGED = ("kv_usage", "prefix_hit_rate")  # fractions of several engines average; counts add


class Wire:
    """One source of a canonical value: a family, the label sets it takes (`match`), the sample of a
    histogram it reads (`part`: "_sum" for a token total TGI keeps only as a histogram's sum), and a floor
    below which the value means "not published" (vLLM V0 writes -1 when prefix caching is off)."""
    __slots__ = ("name", "match", "part", "floor")

    def __init__(self, name, match=None, part=None, floor=None):
        self.name, self.match, self.part, self.floor = name, match, part, floor


class Engine:
    """`replicas`: labels whose series repeat one number (SGLang's tensor- and pipeline-parallel ranks
    each report the same scheduler state), so only the lowest rank's is read; `prefer`: a label whose
    given value holds the total when the label is there (SGLang's priority="" beside per-priority series).
    Each key maps to alternatives, current first: the first one present is read; an alternative may be a
    tuple of Wires that add up."""

    def __init__(self, prefix, gauges, counters, histograms, replicas=(), prefer=None):
        self.prefix, self.gauges, self.counters, self.histograms = prefix, gauges, counters, histograms
        self.replicas, self.prefer = replicas, prefer or {}


W = Wire
ENGINES = {
    "vllm": Engine(
        "vllm:",
        gauges={
            "running": [W("vllm:num_requests_running")],  # loggers.py L457
            "waiting": [W("vllm:num_requests_waiting")],  # L467; since 2026-04 includes deferred requests
            # a 0-1 fraction despite the name (HELP: "1 means 100 percent usage"); gpu_ before 0.9.2
            "kv_usage": [W("vllm:kv_cache_usage_perc"), W("vllm:gpu_cache_usage_perc")],
            # V0 only: cumulative block hit rate, -1 with prefix caching off; V1 publishes counters instead
            "prefix_hit_rate": [W("vllm:gpu_prefix_cache_hit_rate", floor=0.0)],
        },
        counters={
            "preemptions": [W("vllm:num_preemptions_total")],  # L625
            "prompt_tokens": [W("vllm:prompt_tokens_total")],  # L634
            "generation_tokens": [W("vllm:generation_tokens_total")],  # L668
            # tokens; the gpu_ names counted blocks before 2025-05-12 (#18003)
            "prefix_queries": [W("vllm:prefix_cache_queries_total"), W("vllm:gpu_prefix_cache_queries_total")],
            "prefix_hits": [W("vllm:prefix_cache_hits_total"), W("vllm:gpu_prefix_cache_hits_total")],
            # every finished_reason (stop, length, abort, error, repetition) adds up
            "requests_finished": [W("vllm:request_success_total")],  # L678
        },
        histograms={
            "queue_s": [W("vllm:request_queue_time_seconds")],  # first queued -> first scheduled, L886
            "prefill_s": [W("vllm:request_prefill_time_seconds")],  # first scheduled -> first token, L906
            "decode_s": [W("vllm:request_decode_time_seconds")],  # first token -> last token, L916
            "ttft_s": [W("vllm:time_to_first_token_seconds")],  # frontend arrival -> first token, L760
            # 0.11 writes both with the same data; the old name alone before it, removed 2026-01
            "itl_s": [W("vllm:inter_token_latency_seconds"), W("vllm:time_per_output_token_seconds")],
            "e2e_s": [W("vllm:e2e_request_latency_seconds")],  # L876
            "inference_s": [W("vllm:request_inference_time_seconds")],  # prefill + decode, L896
        }),
    "sglang": Engine(
        "sglang:",
        gauges={
            "running": [W("sglang:num_running_reqs")],  # metrics_collector.py L268
            "waiting": [W("sglang:num_queue_reqs")],  # L274
            # 0-1, rounded to 2 decimals, the fullest of the full/SWA/mamba pools (pool_stats_observer L124)
            "kv_usage": [W("sglang:token_usage")],  # L308
            # sglang:cache_hit_rate is the last prefill batch's and is reset to 0 every decode log
            # interval: not a rate to publish; the counters below give one
        },
        counters={
            "preemptions": [W("sglang:num_retracted_requests_total")],  # retractions; absent until the first
            "prompt_tokens": [W("sglang:prompt_tokens_total")],  # L1430, counted when a request finishes
            "generation_tokens": [W("sglang:generation_tokens_total")],  # L1435, likewise
            # scheduler-side since 2025-12-24 (#15747); before it, the finished requests' prompt and cached
            # tokens (cache_source "total" where SGLang writes one, else the sources add up)
            "prefix_queries": [(W("sglang:realtime_tokens_total", {"mode": "prefill_compute"}),
                                W("sglang:realtime_tokens_total", {"mode": "prefill_cache"})),
                               W("sglang:prompt_tokens_total")],
            "prefix_hits": [W("sglang:realtime_tokens_total", {"mode": "prefill_cache"}),
                            W("sglang:cached_tokens_total", {"cache_source": "total"}),
                            W("sglang:cached_tokens_total")],
            "requests_finished": [W("sglang:num_requests_total")],  # L1515; aborts counted apart
        },
        histograms={
            "queue_s": [W("sglang:queue_time_seconds")],  # L674, since 2025-10-01 (#11123)
            # forward entry -> prefill done, every chunk included (L721)
            "prefill_s": [W("sglang:per_stage_req_latency_seconds", {"stage": "prefill_forward"})],
            "ttft_s": [W("sglang:time_to_first_token_seconds")],  # L1615
            # _count counts tokens (L1704-1717); time_per_output_token_seconds until 2025-03-30
            "itl_s": [W("sglang:inter_token_latency_seconds"), W("sglang:time_per_output_token_seconds")],
            "e2e_s": [W("sglang:e2e_request_latency_seconds")],  # L1629
        },
        replicas=("tp_rank", "pp_rank", "moe_ep_rank"), prefer={"priority": ""}),
    "tgi": Engine(
        "tgi_",
        gauges={
            "running": [W("tgi_batch_current_size")],  # backend.rs L170
            "waiting": [W("tgi_queue_size")],  # queue.rs L143
            # no KV usage: tgi_batch_current_max_tokens / tgi_batch_max_total_tokens is what the batch
            # reserved, not what it uses
        },
        counters={
            # no token counters: the per-request token histograms' sums are the same totals (input
            # counted at validation, validation.rs L192; output at a successful finish)
            "prompt_tokens": [W("tgi_request_input_length", part="_sum")],
            "generation_tokens": [W("tgi_request_generated_tokens", part="_sum")],
            "requests_finished": [W("tgi_request_success")],  # server.rs; failures in tgi_request_failure
        },
        histograms={
            "queue_s": [W("tgi_request_queue_duration")],  # queued -> batch start
            "e2e_s": [W("tgi_request_duration")],  # validation + queue + inference
            "inference_s": [W("tgi_request_inference_duration")],  # batch start -> last token
        }),
    "llamacpp": Engine(
        "llamacpp:",
        gauges={
            "running": [W("llamacpp:requests_processing")],  # slots processing
            "waiting": [W("llamacpp:requests_deferred")],  # tasks deferred for want of a slot
            "kv_usage": [W("llamacpp:kv_cache_usage_ratio")],  # builds before 2025-05-21 only
        },
        counters={
            # written with %g: from 1e6 on only 6 significant digits reach the wire
            "prompt_tokens": [W("llamacpp:prompt_tokens_total")],
            "generation_tokens": [W("llamacpp:tokens_predicted_total")],
        },
        histograms={}),
}
del W


def recognize(scrape):
    """The engine whose family prefix the scrape holds most of, or None."""
    best, most = None, 0
    for name, engine in ENGINES.items():
        n = sum(1 for fam in scrape.families if fam.startswith(engine.prefix))
        if n > most:
            best, most = name, n
    return best


def rank(value):
    return (0, int(value)) if value.isdigit() else (1, value)


def keeper(fam, engine, match):
    """The label-set filter for reading `fam`: the Wire's own labels, then the engine's replica and
    preference rules, decided from the series the family has."""
    keep = {}
    for label in engine.replicas:
        values = {labels[label] for _, labels, _ in fam.samples if label in labels}
        if len(values) > 1:
            keep[label] = min(values, key=rank)
    for label, value in engine.prefer.items():
        if any(labels.get(label) == value for _, labels, _ in fam.samples):
            keep[label] = value
    if match:
        keep.update(match)
    return keep or None


def read_value(scrape, wire, engine, average):
    fam = scrape.family(wire.name)
    if fam is None:
        return None
    keep = keeper(fam, engine, wire.match)
    if wire.part:
        values = [v for s, labels, v in fam.samples if s == fam.name + wire.part and promtext.matches(labels, keep)]
        value = sum(values) if values else None
    else:
        value = (promtext.mean if average else promtext.total)(fam, keep)
    if value is not None and wire.floor is not None and value < wire.floor:
        return None
    return value


def read(scrape, alternatives, engine, average=False):
    for alt in alternatives:
        wires = alt if isinstance(alt, tuple) else (alt,)
        values = [read_value(scrape, w, engine, average) for w in wires]
        if all(v is not None for v in values):
            return sum(values)
    return None


def read_histogram(scrape, alternatives, engine):
    for wire in alternatives:
        fam = scrape.family(wire.name)
        if fam is not None and fam.type in ("histogram", "gaugehistogram", "untyped"):
            h = promtext.merge_histogram(fam, keeper(fam, engine, wire.match))
            if h is not None:
                return h
    return None


def extract(scrape, engine):
    """({gauge key: value}, {counter key: value}, {histogram key: merged histogram}) of a scrape; all empty
    for an engine not in the catalog (None)."""
    spec = ENGINES.get(engine)
    if spec is None:
        return {}, {}, {}
    gauges = {k: read(scrape, alts, spec, k in AVERAGED) for k, alts in spec.gauges.items()}
    counters = {k: read(scrape, alts, spec) for k, alts in spec.counters.items()}
    histograms = {k: read_histogram(scrape, alts, spec) for k, alts in spec.histograms.items()}
    return ({k: v for k, v in gauges.items() if v is not None}, {k: v for k, v in counters.items() if v is not None},
            {k: h for k, h in histograms.items() if h is not None})
