#!/usr/bin/python3
"""Writes repetition_percentiles.json: a latency percentile of a phase with repetitions, as InferDeck gives it
(the mean of each repetition's own numpy percentile), and the Welch t interval of its relative change over the
repetitions' percentiles, computed with numpy (the t quantile as in gen_welch_known_answers.py).

Run with Debian's python3-numpy (`/usr/bin/python3 gen_repetition_percentiles.py`); the output is committed.
"""
import json
import os

import numpy as np

from gen_welch_known_answers import welch


def side(rng, factors, n):
    # TTFT in seconds: lognormal around 45 ms, each repetition scaled by its own factor (a rerun's drift)
    return [list(np.round(rng.lognormal(np.log(0.045), 0.35, n) * f, 6)) for f in factors]


def expected(reps_a, reps_b, q):
    pa = [float(np.percentile(r, q)) for r in reps_a]
    pb = [float(np.percentile(r, q)) for r in reps_b]
    w = welch(pa, pb, 0.95)
    base = float(np.mean(pa))
    return {"q": q / 100.0, "baseline_ms": base * 1e3, "candidate_ms": float(np.mean(pb)) * 1e3,
            "baseline_repetitions_s": pa, "candidate_repetitions_s": pb,
            "change": float(np.mean(pb)) / base - 1.0, "change_low": w["low"] / base, "change_high": w["high"] / base}


def main():
    rng = np.random.default_rng(20261207)
    a = side(rng, [1.00, 0.93, 1.06], 40)
    b = side(rng, [1.10, 1.02, 1.15], 37)
    doc = {"generator": os.path.basename(__file__), "numpy": np.__version__, "baseline_ttft_s": a, "candidate_ttft_s": b,
           "percentiles": [expected(a, b, 99), expected(a, b, 50)]}
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "repetition_percentiles.json"), "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
