#!/usr/bin/python3
"""Recomputes every phase's summary from the raw records of an InferDeck result file with numpy, following
ARCHITECTURE.md's definitions independently of the C++ code, and compares it with `inferdeck-cli
summarize --json`. This is what a user who distrusts a number would do.

Usage: recompute_summary.py INFERDECK_CLI FILE...    exit 0 when every number agrees to 1e-9 relative.
"""
import json
import math
import subprocess
import sys

import numpy as np

REL_TOL = 1e-9


def energy(tel, node_idx, start, stop):
    """Trapezoid over each GPU's power samples, edges interpolated, summed; None if any GPU lacks data."""
    t = np.array([np.nan if v is None else v for v in tel["time_s"]], dtype=float)
    p = np.array([np.nan if v is None else v for v in tel["power_w"]], dtype=float)
    nodes = np.array(tel["node"], dtype=int)
    gpus = np.array(tel["gpu"], dtype=int)
    keys = sorted({(n, g) for n, g in zip(nodes, gpus) if node_idx is None or n == node_idx})
    if not keys:
        return None
    total = 0.0
    for n, g in keys:
        sel = (nodes == n) & (gpus == g) & ~np.isnan(p) & ~np.isnan(t)
        ts, ps = t[sel], p[sel]
        order = np.argsort(ts, kind="stable")
        ts, ps = ts[order], ps[order]
        if len(ts) < 2 or ts[-1] < start or ts[0] > stop:
            return None
        inner = (ts > start) & (ts < stop)
        xs = np.concatenate(([start], ts[inner], [stop]))
        ys = np.concatenate(([np.interp(start, ts, ps)], ps[inner], [np.interp(stop, ts, ps)]))
        total += float(np.trapz(ys, xs))
    return total


def dist(values):
    if not values:
        return {"mean": None, "p50": None, "p90": None, "p95": None, "p99": None}
    a = np.array(values)
    return {"mean": float(np.mean(a)), **{f"p{q}": float(np.percentile(a, q)) for q in (50, 90, 95, 99)}}


def summarize_phase(doc, phase, node_idx=None):
    r = phase["requests"]
    slo = doc["plan"].get("slo") or {}
    n = len(r["send_s"])
    rows = [i for i in range(n) if not r["warmup"][i] and (node_idx is None or r["node"][i] == node_idx)]
    ok = [i for i in rows if r["status"][i] == 0]
    sends = [r["send_s"][i] for i in rows]
    ends = [r["end_s"][i] for i in rows if r["end_s"][i] is not None]
    out = {"requests": {"issued": len(rows), "completed": len(ok), "failed": len(rows) - len(ok)}}
    duration = (max(ends) - min(sends)) if rows and ends and max(ends) > min(sends) else None
    ttft, tpot, itl, e2e, met = [], [], [], [], 0
    for i in ok:
        s, f, e, nout = r["send_s"][i], r["first_token_s"][i], r["end_s"][i], r["output_tokens"][i]
        t = None if f is None else f - s
        if t is not None:
            ttft.append(t)
        e2e.append(e - s)
        per_token = (e - s - t) / (nout - 1) if (nout is not None and nout > 1 and t is not None) else None
        if per_token is not None:
            tpot.append(per_token)
        if "chunk_offsets" in r:
            c = r["chunk_times_s"][r["chunk_offsets"][i]:r["chunk_offsets"][i + 1]]
            itl.extend(np.diff(c).tolist())
        if any(slo.get(k) is not None for k in ("ttft_s", "tpot_s", "e2e_s")):
            good = (slo.get("ttft_s") is None or (t is not None and t <= slo["ttft_s"])) and \
                   (slo.get("e2e_s") is None or e - s <= slo["e2e_s"]) and \
                   (slo.get("tpot_s") is None or per_token is None or per_token <= slo["tpot_s"])
            met += good
    out_tokens = sum(r["output_tokens"][i] for i in ok)
    in_tokens = sum(r["input_tokens"][i] for i in ok)
    out["duration_s"] = duration
    out["request_throughput"] = len(ok) / duration if duration else None
    out["output_token_throughput"] = out_tokens / duration if duration else None
    out["total_token_throughput"] = (in_tokens + out_tokens) / duration if duration else None
    has_slo = any(slo.get(k) is not None for k in ("ttft_s", "tpot_s", "e2e_s"))
    out["goodput"] = met / duration if (duration and has_slo) else None
    j = energy(phase["telemetry"], node_idx, min(sends), max(ends)) if duration else None
    out["energy_j_per_output_token"] = j / out_tokens if (j is not None and out_tokens > 0) else None
    out["ttft_s"], out["tpot_s"], out["itl_s"], out["e2e_s"] = dist(ttft), dist(tpot), dist(itl), dist(e2e)
    col = lambda key: r.get(key) or [None] * n
    reasoning, from_usage, answer = col("reasoning_tokens"), col("reasoning_from_usage"), col("first_answer_s")
    reasoned = [i for i in ok if (reasoning[i] or 0) > 0]
    if reasoned:
        tokens = sum(reasoning[i] for i in reasoned)
        usage = sum(from_usage[i] for i in reasoned)
        out["reasoning"] = {"tokens": tokens, "share": tokens / out_tokens if out_tokens else None,
                            "source": "usage" if usage == len(reasoned) else "counted" if usage == 0 else "mixed",
                            "requests": len(reasoned),
                            "answers_all_reasoning": sum(answer[i] is None for i in reasoned)}
        out["answer_ttft_s"] = dist([answer[i] - r["send_s"][i] for i in ok if answer[i] is not None])
    else:
        out["reasoning"] = out["answer_ttft_s"] = None
    in_req, out_req = col("requested_input_tokens"), col("requested_output_tokens")
    ins = [(in_req[i], r["input_tokens"][i]) for i in ok if in_req[i] is not None and r["input_tokens"][i] is not None]
    outs = [(out_req[i], r["output_tokens"][i]) for i in ok if out_req[i] is not None and r["output_tokens"][i] is not None]
    method = (phase.get("prompts") or {}).get("method")
    mean = lambda v: float(np.mean(v)) if v else None
    out["lengths"] = None if not ins and not outs and method is None else {
        "input_requested_mean": mean([a for a, _ in ins]), "input_received_mean": mean([b for _, b in ins]),
        "output_requested_mean": mean([a for a, _ in outs]), "output_received_mean": mean([b for _, b in outs]),
        "short_answers": sum(b < a for a, b in outs) if outs else None, "prompt_method": method}
    if node_idx is None:
        out["sessions"] = sessions(r, rows, ok)
    return out


def sessions(r, rows, ok, pool_from=16):
    """Multi-turn sessions: distinct (node, session) pairs measured, TTFT and prompt size by turn (turns from
    pool_from on pooled), and how late later turns were sent after their intended time."""
    n = len(r["send_s"])
    session, turn = r.get("session") or [None] * n, r.get("turn") or [None] * n
    seen = {(r["node"][i], session[i]) for i in rows if session[i] is not None}
    if not seen:
        return None
    by_turn = {}
    for i in ok:
        if turn[i] is None:
            continue
        t = by_turn.setdefault(min(turn[i], pool_from), {"ttft": [], "input": [], "requests": 0})
        t["requests"] += 1
        if r["first_token_s"][i] is not None:
            t["ttft"].append(r["first_token_s"][i] - r["send_s"][i])
        if r["input_tokens"][i] is not None:
            t["input"].append(r["input_tokens"][i])
    pct = lambda v, q: float(np.percentile(v, q)) if v else None
    turns = [{"turn": k, "and_later": k == pool_from, "requests": t["requests"], "ttft_p50_s": pct(t["ttft"], 50),
              "ttft_p99_s": pct(t["ttft"], 99), "input_tokens_mean": float(np.mean(t["input"])) if t["input"] else None}
             for k, t in sorted(by_turn.items())]
    intended = r.get("intended_send_s") or [None] * n
    late = [r["send_s"][i] - intended[i] for i in rows if (turn[i] or 0) > 0 and intended[i] is not None]
    lateness = {"turns": len(late), "p50_s": pct(late, 50), "max_s": max(late)} if late else None
    return {"sessions": len(seen), "turns": turns, "think_lateness": lateness}


def compare(path, label, mine, theirs, problems):
    if isinstance(mine, list):
        if not isinstance(theirs, list) or len(theirs) != len(mine):
            problems.append(f"{path}: {label}: numpy {len(mine)} entries, inferdeck {theirs!r}")
            return
        for k, (a, b) in enumerate(zip(mine, theirs)):
            compare(path, f"{label}[{k}]", a, b, problems)
        return
    if isinstance(mine, dict):
        for k, v in mine.items():
            compare(path, f"{label}.{k}", v, theirs.get(k) if isinstance(theirs, dict) else None, problems)
        return
    if isinstance(mine, str) or isinstance(theirs, str):
        if mine != theirs:
            problems.append(f"{path}: {label}: numpy {mine!r}, inferdeck {theirs!r}")
        return
    if mine is None or theirs is None:
        if mine is not theirs:
            problems.append(f"{path}: {label}: numpy {mine}, inferdeck {theirs}")
        return
    if not math.isclose(mine, theirs, rel_tol=REL_TOL, abs_tol=1e-15):
        problems.append(f"{path}: {label}: numpy {mine!r}, inferdeck {theirs!r}")


def main():
    cli, files = sys.argv[1], sys.argv[2:]
    problems, checked = [], 0
    for path in files:
        doc = json.load(open(path))
        summary = json.loads(subprocess.run([cli, "summarize", path, "--json"], check=True,
                                            capture_output=True, text=True).stdout)
        for k, phase in enumerate(doc["phases"]):
            compare(path, f"phases[{k}]", summarize_phase(doc, phase), summary["phases"][k], problems)
            for node_idx in range(len(phase["nodes"])):
                compare(path, f"phases[{k}].per_node[{node_idx}]", summarize_phase(doc, phase, node_idx),
                        summary["phases"][k]["per_node"][node_idx], problems)
            checked += 1
    for p in problems[:20]:
        print(p)
    print(f"recomputed {checked} phases of {len(files)} file(s) with numpy {np.__version__}: "
          f"{len(problems)} disagreement(s)")
    return 1 if problems or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
