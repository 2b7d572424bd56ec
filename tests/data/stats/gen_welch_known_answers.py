#!/usr/bin/python3
"""Writes welch_known_answers.json: Student t quantiles and Welch t intervals computed with numpy.

numpy has no t distribution, so the quantile is found from its density: the CDF is integrated with the
trapezoid rule on a fine grid (error far below 1e-9) and inverted by bisection. Run with Debian's
python3-numpy (`/usr/bin/python3 gen_welch_known_answers.py`); the output is committed.
"""
import json
import math
import os

import numpy as np


def t_cdf(t, df):
    x = np.linspace(0.0, t, 2_000_001)
    log_c = math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)
    pdf = np.exp(log_c - (df + 1) / 2 * np.log1p(x * x / df))
    return 0.5 + float(np.trapz(pdf, x))


def t_quantile(p, df):
    lo, hi = 0.0, 1.0
    while t_cdf(hi, df) < p:
        hi *= 2
    for _ in range(60):
        mid = (lo + hi) / 2
        if t_cdf(mid, df) < p:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def welch(a, b, confidence):
    a, b = np.asarray(a, float), np.asarray(b, float)
    va, vb = a.var(ddof=1) / a.size, b.var(ddof=1) / b.size
    df = (va + vb) ** 2 / (va ** 2 / (a.size - 1) + vb ** 2 / (b.size - 1))
    t = t_quantile(0.5 + confidence / 2, df)
    diff = b.mean() - a.mean()
    half = t * math.sqrt(va + vb)
    return {"a": a.tolist(), "b": b.tolist(), "confidence": confidence, "df": df, "low": diff - half, "high": diff + half}


def main():
    quantiles = [{"p": p, "df": df, "t": t_quantile(p, df)}
                 for p, df in [(0.975, 1), (0.975, 2), (0.975, 2.5), (0.975, 4), (0.975, 10), (0.975, 30), (0.95, 3), (0.995, 7.3)]]
    rng = np.random.default_rng(20261206)
    intervals = [
        welch([1000.0, 990.0, 1010.0], [979.0, 985.0, 972.0], 0.95),
        welch([5.0, 7.0], [6.0, 9.0, 12.0, 8.0], 0.95),
        welch(list(rng.normal(100, 3, 5)), list(rng.normal(90, 8, 4)), 0.90),
    ]
    doc = {"generator": os.path.basename(__file__), "numpy": np.__version__, "quantiles": quantiles, "welch": intervals}
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "welch_known_answers.json"), "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
