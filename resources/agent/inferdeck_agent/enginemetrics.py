"""Which engine published a scrape, and its numbers under InferDeck's canonical keys.

The catalog itself is data, `enginecatalog.json` beside this file, so the importers (which read peers'
scrapes, AIPerf's server-metrics export) use the same one: the wire names and the commits they were read
at are there, and tests/data/agent/metrics/SOURCES.md has the files and lines. For each key the current
name comes first and older ones after, so one catalog reads every version still in use. A key an engine
does not publish is absent, never 0: "not measured" and "none happened" must stay apart in the report.
"""
import json
import pkgutil

from . import promtext

GAUGES = ("running", "waiting", "kv_usage", "prefix_hit_rate")
COUNTERS = ("preemptions", "prompt_tokens", "generation_tokens", "prefix_queries", "prefix_hits",
            "requests_finished")
HISTOGRAMS = ("queue_s", "prefill_s", "decode_s", "ttft_s", "itl_s", "e2e_s", "inference_s")


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


def _wire(d):
    return Wire(d["name"], d.get("match"), d.get("part"), d.get("floor"))


def _alternatives(items):
    return [tuple(_wire(w) for w in alt) if isinstance(alt, list) else _wire(alt) for alt in items]


def _load():
    catalog = json.loads(pkgutil.get_data(__package__, "enginecatalog.json"))
    engines = {}
    for name, e in catalog["engines"].items():
        engines[name] = Engine(e["prefix"], *({k: _alternatives(v) for k, v in e[kind].items()}
                                              for kind in ("gauges", "counters", "histograms")),
                               replicas=tuple(e["replicas"]), prefer=e["prefer"])
        for kind, keys in (("gauges", GAUGES), ("counters", COUNTERS), ("histograms", HISTOGRAMS)):
            unknown = set(e[kind]) - set(keys)
            if unknown:
                raise ValueError("enginecatalog.json: %s has unknown %s %s" % (name, kind, sorted(unknown)))
    return engines, tuple(catalog["averaged"])


ENGINES, AVERAGED = _load()  # AVERAGED: fractions of several engines average; counts add


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
