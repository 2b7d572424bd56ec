#!/usr/bin/python3
"""Writes known_answers.json: statistics of fixed data sets as numpy computes them.

Run with Debian's python3-numpy (`/usr/bin/python3 gen_known_answers.py`); the output is committed so the
C++ tests compare against numpy without needing it. NaN is stored as null in the data (JSON has no NaN)
and means "unknown": expected values use numpy's nan* functions, which skip it.
"""
import json
import math
import os

import numpy as np

QUANTILES = [0, 1, 5, 10, 25, 50, 75, 90, 95, 99, 99.9, 100]


def datasets():
    rng = np.random.default_rng(20261124)
    return {
        "empty": [],
        "single value": [4.0],
        "two values": [1.0, 2.0],
        "interpolates between ranks": [1.0, 2.0, 3.0, 4.0],
        "all equal": [0.25] * 7,
        "NaN in input": [0.5, float("nan"), 0.1, 0.3, float("nan"), 0.9],
        "only NaN": [float("nan"), float("nan")],
        "unsorted with duplicates": [3.0, 1.0, 2.0, 3.0, 1.0, 5.0, 3.0, 0.0],
        "lognormal latencies 1000": list(rng.lognormal(mean=-2.5, sigma=0.6, size=1000)),
        "uniform 10007": list(rng.uniform(0.001, 2.0, size=10007)),
        "normal with negatives 501": list(rng.normal(0.0, 1.0, size=501)),
        "large offset 1e9": list(1e9 + rng.uniform(0.0, 1.0, size=300)),
        "pairwise sum blocks 1029": list(rng.exponential(0.05, size=1029)),
    }


def expected(values):
    a = np.array(values, dtype=np.float64)
    finite = a[~np.isnan(a)]
    if finite.size == 0:
        return None
    out = {
        "count": int(finite.size),
        "mean": float(np.nanmean(a)) if np.isnan(a).any() else float(np.mean(a)),
        "std_ddof0": float(np.nanstd(a, ddof=0)) if np.isnan(a).any() else float(np.std(a, ddof=0)),
        "std_ddof1": (float(np.nanstd(a, ddof=1)) if np.isnan(a).any() else float(np.std(a, ddof=1)))
        if finite.size > 1 else None,
        "min": float(np.nanmin(a)),
        "max": float(np.nanmax(a)),
        "median": float(np.nanmedian(a)),
        "percentiles": {repr(q): float(np.nanpercentile(a, q)) for q in QUANTILES},
    }
    return out


def clean(values):
    return [None if math.isnan(v) else float(v) for v in values]


def main():
    doc = {
        "generator": "tests/data/stats/gen_known_answers.py",
        "numpy": np.__version__,
        "percentile_method": "linear (numpy default)",
        "datasets": [
            {"name": name, "values": clean(values), "expected": expected(values)}
            for name, values in datasets().items()
        ],
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "known_answers.json")
    with open(path, "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
