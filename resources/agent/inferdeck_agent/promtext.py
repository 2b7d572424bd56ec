"""Prometheus text exposition (0.0.4) and OpenMetrics 1.0, parsed without sockets.

An engine's /metrics is read every telemetry interval on a node that is busy serving, so the parser is
one pass over the lines with a fast path for the common unlabelled sample, and it never lets one bad line
cost the scrape: a line it cannot read is skipped and counted. Only a body over the size limit is refused
as a whole, since reading it would cost the node more than the numbers are worth.

parse() gives a Scrape: `families` {name: Family}, where a family is named as its `# TYPE` line names it
(prometheus_client's 0.0.4 output declares `vllm:num_preemptions_total counter`, OpenMetrics declares
`vllm:num_preemptions counter`; family() finds either), and each Family has `type`, `help`, `unit` and
`samples` [(sample name, {label: value}, float value)]. Timestamps and exemplars are read past and dropped:
a scrape is stamped by its reader.
"""
import bisect
import math
import re

MAX_BODY_BYTES = 8 << 20
TYPES = ("counter", "gauge", "histogram", "gaugehistogram", "summary", "untyped", "info", "stateset")
# the sample names each type adds to its family's name (OpenMetrics 1.0, "Suffixes")
SUFFIXES = {
    "counter": ("_total", "_created"),
    "histogram": ("_bucket", "_count", "_sum", "_created"),
    "gaugehistogram": ("_bucket", "_gcount", "_gsum"),
    "summary": ("_count", "_sum", "_created"),
    "info": ("_info",),
}
NAME = re.compile(r"[a-zA-Z_:][a-zA-Z0-9_:]*")
# one `name="value"` of a label set, with what follows it (`,` or `}`); the name may be quoted (UTF-8
# names, Prometheus 3), and a quoted string without `=` at the start of the set is the metric's name
QUOTED = r'"([^"\\\n]*(?:\\.[^"\\\n]*)*)"'  # a string with escapes, unrolled: linear, and fast
LABEL = re.compile(r'[ \t]*(?:([a-zA-Z_][a-zA-Z0-9_]*)|' + QUOTED + r')[ \t]*(?:=[ \t]*' + QUOTED + r')?[ \t]*([,}])')
ESCAPE = re.compile(r"\\(.)")
ESCAPES = {"\\": "\\", '"': '"', "n": "\n"}
# Go's ParseFloat, which Prometheus uses, takes no `_` digit separators and no Python spellings like
# "infinity" or "nan(...)"; Python's float() does, so values are checked against the format first
NUMBER = re.compile(r"[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[Ii]nf|NaN|nan)\Z")


class BodyTooLarge(ValueError):
    pass


class Family:
    __slots__ = ("name", "type", "help", "unit", "samples")

    def __init__(self, name, type_="untyped"):
        self.name = name
        self.type = type_
        self.help = None
        self.unit = None
        self.samples = []

    def __repr__(self):
        return f"Family({self.name!r}, {self.type!r}, {len(self.samples)} samples)"


class Scrape:
    """The families of one exposition, and what could not be read of it."""

    def __init__(self):
        self.families = {}
        self.bad_lines = 0
        self.first_bad = None  # (line number, the line cut to 200 characters), for a warning that shows it
        self.openmetrics = False  # an `# EOF` ended it
        self.samples = 0

    def family(self, name):
        """The family `name`, found under either naming of a counter (with or without `_total`)."""
        f = self.families.get(name)
        if f is None:
            if name.endswith("_total"):
                f = self.families.get(name[:-6])
            else:
                f = self.families.get(name + "_total")
        return f


def unescape(text):
    return ESCAPE.sub(lambda m: ESCAPES.get(m.group(1), m.group(0)), text) if "\\" in text else text


def number(text):
    if not NUMBER.match(text):
        raise ValueError(f"not a number: {text[:40]!r}")
    return float(text)


def parse(body, limit=MAX_BODY_BYTES):
    """A Scrape from the exposition `body` (bytes or str). Raises BodyTooLarge over `limit` bytes and
    nothing else: unreadable lines are counted in `bad_lines`."""
    if len(body) > limit:
        raise BodyTooLarge(f"the metrics body has {len(body)} bytes, more than the {limit} read at most")
    if isinstance(body, (bytes, bytearray)):
        body = body.decode("utf-8", "replace")
    scrape = Scrape()
    families = scrape.families
    owner = {}  # sample name -> its family, once resolved: most lines repeat a name seen just before
    for number_, line in enumerate(body.split("\n"), 1):
        if line.endswith("\r"):
            line = line[:-1]
        if not line or line.isspace():
            continue
        try:
            if line[0] == "#":
                if scrape.openmetrics:
                    raise ValueError("text after # EOF")
                comment(line, families, owner, scrape)
                continue
            if scrape.openmetrics:
                raise ValueError("text after # EOF")
            name, labels, value = sample(line)
            fam = owner.get(name)
            if fam is None:
                fam = owner[name] = family_of(name, families)
            fam.samples.append((name, labels, value))
            scrape.samples += 1
        except ValueError:
            scrape.bad_lines += 1
            if scrape.first_bad is None:
                scrape.first_bad = (number_, line[:200])
    return scrape


def comment(line, families, owner, scrape):
    """`# HELP`, `# TYPE`, `# UNIT` and `# EOF`; any other comment is read past."""
    parts = line[1:].lstrip(" \t").split(None, 2)
    if not parts:
        return
    keyword = parts[0]
    if keyword == "EOF" and len(parts) == 1:
        scrape.openmetrics = True
        return
    if keyword not in ("HELP", "TYPE", "UNIT") or len(parts) < 2:
        return  # a free comment
    name = parts[1]
    if not NAME.fullmatch(name):
        raise ValueError(f"bad metric name in # {keyword}")
    text = parts[2] if len(parts) > 2 else ""
    fam = families.get(name)
    if fam is None:
        fam = families[name] = Family(name)
        owner.clear()  # a name resolved before as untyped may belong to this family now
    if keyword == "TYPE":
        kind = text.strip().lower()
        kind = "untyped" if kind == "unknown" else kind  # OpenMetrics' name for it
        if kind not in TYPES:
            raise ValueError(f"unknown metric type {text.strip()[:40]!r}")
        fam.type = kind
        owner.clear()
    elif keyword == "HELP":
        fam.help = unescape(text)
    else:
        fam.unit = text.strip()


def family_of(name, families):
    """The family a sample belongs to: its own name's, or the declared family whose type adds its suffix
    (`x_bucket` of histogram `x`), else a new untyped family of that name."""
    fam = families.get(name)
    if fam is not None:
        return fam
    cut = name.rfind("_")
    if cut > 0:
        base = families.get(name[:cut])
        if base is not None and name[cut:] in SUFFIXES.get(base.type, ()):
            return base
    fam = families[name] = Family(name)
    return fam


def sample(line):
    """(name, labels, value) of one sample line; ValueError when it is not one."""
    m = NAME.match(line)
    if m is not None and not line.startswith("{", m.end()):  # the common case: no labels
        name, pos, labels = m.group(), m.end(), {}
    elif line.startswith("{", m.end() if m else 0):
        name = m.group() if m else ""
        name, labels, pos = label_set(line, (m.end() if m else 0) + 1, name)
    else:
        raise ValueError("not a sample")
    rest = line[pos:]
    if not rest or rest[0] not in " \t":
        raise ValueError("no value")
    parts = rest.split("#", 1)[0].split()  # an exemplar (` # {trace_id="..."} 1.0`) is dropped
    if len(parts) not in (1, 2):
        raise ValueError("not a sample")
    if len(parts) == 2:
        number(parts[1])  # a timestamp: checked, then dropped (the reader stamps the scrape)
    return name, labels, number(parts[0])


def label_set(line, pos, name):
    """(name, labels, position after the closing brace) of the label set opening before `pos`."""
    labels = {}
    end = len(line)
    while True:
        while pos < end and line[pos] in " \t":
            pos += 1
        if line.startswith("}", pos):
            pos += 1
            break
        m = LABEL.match(line, pos)
        if m is None:
            raise ValueError("bad label set")
        key, quoted, value, sep = m.groups()
        if value is None:  # a quoted name with no `=`: `{"metric.name", ...}` (Prometheus 3)
            if quoted is None or name or labels:
                raise ValueError("bad label set")
            name = unescape(quoted)
        else:
            key = key if key is not None else unescape(quoted)
            if key in labels:
                raise ValueError(f"label {key!r} given twice")
            labels[key] = unescape(value)
        pos = m.end()
        if sep == "}":
            break
    if not name:
        raise ValueError("sample without a name")
    return name, labels, pos


# --- what the scraper asks of a family ---

def value_samples(fam):
    """The samples that carry a counter's or gauge's value: not `_created` (a start time, not a count)."""
    if fam.type == "counter":
        skip = fam.name[:-6] + "_created" if fam.name.endswith("_total") else fam.name + "_created"
        return [s for s in fam.samples if s[0] != skip]
    return [s for s in fam.samples if s[0] == fam.name]


def matches(labels, match):
    """`match` keeps a label set: None keeps all, {label: value} those with every one, a callable those
    it returns true for."""
    if not match:
        return True
    if callable(match):
        return match(labels)
    return all(labels.get(k) == want for k, want in match.items())


def total(fam, match=None):
    """The sum of a counter's or gauge's value over its label sets (several models, data-parallel
    engines), or None without samples; NaN or infinite when a series is. `match`: see matches()."""
    values = [v for _, labels, v in value_samples(fam) if matches(labels, match)]
    return sum(values) if values else None


def mean(fam, match=None):
    """A gauge averaged over its label sets (the KV usage of several engines), or None."""
    values = [v for _, labels, v in value_samples(fam) if matches(labels, match)]
    return sum(values) / len(values) if values else None


def bound(text):
    return math.inf if text in ("+Inf", "Inf", "+inf", "inf") else number(text)


def merge_histogram(fam, match=None):
    """A histogram's buckets merged over its label sets: {"le": finite upper bounds ascending, "cum":
    cumulative counts at them, "sum", "count"}, the +Inf bucket being `count`; None without buckets.

    Series with different bounds are merged over the union of bounds, each series counting at a bound
    what its own largest bound at or below it holds (so a merged count never overstates). A series'
    total is its +Inf bucket, else its `_count`, else its largest bucket."""
    buckets, sums, counts = {}, {}, {}
    base = fam.name
    for name, labels, value in fam.samples:
        if not matches(labels, match):
            continue
        if name == base + "_bucket":
            try:
                b = bound(labels.get("le", ""))
            except ValueError:
                continue  # a bucket without a readable bound says nothing
            if b != b:
                continue
            key = tuple(sorted((k, v) for k, v in labels.items() if k != "le"))
            buckets.setdefault(key, {})[b] = value
        elif name == base + "_sum":
            sums[tuple(sorted(labels.items()))] = value
        elif name == base + "_count":
            counts[tuple(sorted(labels.items()))] = value
    if not buckets:
        return None
    bounds = sorted({b for s in buckets.values() for b in s if b != math.inf})
    cum = [0.0] * len(bounds)
    count = 0.0
    for key, s in buckets.items():
        own = sorted(b for b in s if b != math.inf)
        for i, b in enumerate(bounds):
            j = bisect.bisect_right(own, b)
            if j:
                cum[i] += s[own[j - 1]]
        if math.inf in s:
            count += s[math.inf]
        elif key in counts:
            count += counts[key]
        elif own:
            count += s[own[-1]]
    return {"le": bounds, "cum": cum, "sum": sum(sums.values()) if sums else None, "count": count}
