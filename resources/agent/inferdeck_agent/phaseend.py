"""What a phase says of its own load when it ends, and the closed loop's ramp."""
import math

from .clock import us


def emit_phase_end(writer, spec, target, gen):
    """The phase's own check of its load: achieved send rate of the counted requests and lateness
    percentiles; `gen` has sent/done/failed/stop_requested, the lateness and send_times lists and the
    measured window's start (`measure_unix`, `start_unix`, `ramp_s`)."""
    lateness = sorted(gen.lateness)
    sends = sorted(gen.send_times)
    achieved = (len(sends) - 1) / (sends[-1] - sends[0]) if len(sends) > 1 and sends[-1] > sends[0] else None
    measure = gen.measure_unix
    writer.emit("phase_end", phase=spec["phase"], rep=spec["repetition"], node=spec["node"], sent=gen.sent,
                done=gen.done, failed=gen.failed, stopped=gen.stop_requested, target_rate=target,
                achieved_rate=achieved,
                lateness_s={k: percentile(lateness, q) for k, q in
                            (("p50", .5), ("p90", .9), ("p99", .99), ("max", 1.0))} if lateness else None,
                measure_start=us(measure),
                warmup_s=us(max(0.0, measure - gen.start_unix)) if measure is not None and gen.start_unix else None,
                ramp_s=us(gen.ramp_s) if measure is not None else None, accuracy=gen.accuracy())


def ramp_of(spec, e2e):
    """How far apart a closed loop's slots start their first measured request: the warm-up's mean E2E
    latency over the concurrency, the spacing of a closed loop's sends once it has settled (each slot
    sends once per latency). 0 (all slots at once) for open-loop load or without a completed warm-up."""
    if spec["load"]["mode"] != "concurrency" or not e2e:
        return 0.0
    return sum(e2e) / len(e2e) * (int(spec["load"]["value"]) - 1) / int(spec["load"]["value"])


def percentile(sorted_values, q):
    """numpy's default (linear) percentile of sorted values."""
    if not sorted_values:
        return None
    h = (len(sorted_values) - 1) * q
    lo = int(math.floor(h))
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (h - lo)
