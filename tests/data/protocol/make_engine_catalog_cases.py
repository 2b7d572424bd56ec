#!/usr/bin/env python3
"""Writes engine-catalog-cases.json: each engine exposition of tests/data/agent/metrics/ as AIPerf keeps a
scrape in server_metrics_export.jsonl, beside what the agent's own catalog reads from the same exposition.
tst_enginecatalog reads the scrape through the C++ importer and must arrive at the agent's numbers: the two
languages share enginecatalog.json, and this proves they read it the same way.

How AIPerf keeps a scrape (tests/data/importers/synthetic/aiperf-server-metrics/FORMAT.md §1.5, §3):
prometheus_client's parser drops `_total` from counter family names; `_created` families and samples, `_info`
families and summaries are left out; histograms are grouped by their labels without `le`, buckets keyed by the
`le` text; non-finite values are dropped.

    /usr/bin/python3 tests/data/protocol/make_engine_catalog_cases.py
"""
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "resources", "agent"))
from inferdeck_agent import enginemetrics, enginescrape, promtext  # noqa: E402


def aiperf_metrics(scrape):
    out = {}
    for name, fam in scrape.families.items():
        if name.endswith("_created") or name.endswith("_info") or fam.type == "summary":
            continue
        family = name[:-6] if fam.type == "counter" and name.endswith("_total") else name
        samples = []
        if fam.type in ("histogram", "gaugehistogram"):
            groups = {}
            for sname, labels, value in fam.samples:
                key = tuple(sorted((k, v) for k, v in labels.items() if k != "le"))
                g = groups.setdefault(key, {"buckets": {}})
                if sname == name + "_bucket":
                    g["buckets"][labels.get("le", "+Inf")] = value
                elif sname == name + "_sum":
                    g["sum"] = value
                elif sname == name + "_count":
                    g["count"] = value
            for key, g in groups.items():
                if not all(math.isfinite(v) for v in g["buckets"].values()):
                    continue
                s = {"labels": dict(key)} if key else {}
                s.update(g)
                samples.append(s)
        else:
            for sname, labels, value in promtext.value_samples(fam):
                if sname.endswith("_created") or not math.isfinite(value):
                    continue
                s = {"labels": dict(sorted(labels.items()))} if labels else {}
                s["value"] = value
                samples.append(s)
        if samples:
            out[family] = samples
    return out


def main():
    metrics_dir = os.path.join(ROOT, "tests", "data", "agent", "metrics")
    cases = []
    for file in sorted(os.listdir(metrics_dir)):
        if not file.endswith(".prom"):
            continue
        with open(os.path.join(metrics_dir, file), "rb") as f:
            scrape = promtext.parse(f.read())
        # what the agent would send for the AIPerf-shaped scrape: the catalog reads counters by either name
        event = enginescrape.engine_event(scrape)
        expected = {k: event.get(k) for k in ("engine", "gauges", "counters", "histograms")}
        cases.append({"file": file, "metrics": aiperf_metrics(scrape), "expected": expected})
    with open(os.path.join(HERE, "engine-catalog-cases.json"), "w") as f:
        json.dump({"about": __doc__.split("\n\n")[0], "cases": cases}, f, indent=None, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
