"""The run spec: validated up front, every error names the field."""
import math
import os
import re
import socket
import ssl


class SpecError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


def _get(spec, path, kind, default=None, required=False, minimum=None, maximum=None, choices=None):
    node = spec
    parts = path.split(".")
    for part in parts[:-1]:
        node = node.get(part, {}) if isinstance(node, dict) else {}
        if not isinstance(node, dict):
            raise SpecError(path, "expected an object above this field")
    if not isinstance(node, dict) or parts[-1] not in node or node[parts[-1]] is None:
        if required:
            raise SpecError(path, "missing")
        return default
    value = node[parts[-1]]
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if kind is float and not isinstance(value, float) or kind is int and (
            not isinstance(value, int) or isinstance(value, bool)) or kind is str and not isinstance(
            value, str) or kind is bool and not isinstance(value, bool):
        raise SpecError(path, f"expected {kind.__name__}, found {type(value).__name__} {value!r}")
    if kind is float and not math.isfinite(value):
        raise SpecError(path, "expected a finite number")
    if minimum is not None and value < minimum:
        raise SpecError(path, f"must be at least {minimum}, found {value}")
    if maximum is not None and value > maximum:
        raise SpecError(path, f"must be at most {maximum}, found {value}")
    if choices is not None and value not in choices:
        raise SpecError(path, f"expected one of {', '.join(choices)}, found {value!r}")
    return value


def parse_lengths(spec, path, default_mean):
    kind = _get(spec, path + ".kind", str, "fixed", choices=("fixed", "uniform", "normal", "lognormal"))
    mean = _get(spec, path + ".mean", float, float(default_mean), minimum=1.0, maximum=1e6)
    return {
        "kind": kind,
        "mean": mean,
        "stddev": _get(spec, path + ".stddev", float, 0.0, minimum=0.0, maximum=1e6),
        "min": _get(spec, path + ".min", int, 1, minimum=1, maximum=1000000),
        "max": _get(spec, path + ".max", int, max(1, int(mean * 4)), minimum=1, maximum=1000000),
    }


def parse_tls(spec, scheme):
    """`tls` {ca_file, insecure_skip_verify}; meaningful for https only, so an http endpoint ignores it."""
    tls = spec.get("tls")
    if tls is None:
        tls = {}  # a validated spec handed to a worker says null for http
    if not isinstance(tls, dict):
        raise SpecError("tls", f"expected an object, found {type(tls).__name__}")
    ca_file = _get({"tls": tls}, "tls.ca_file", str)
    skip = _get({"tls": tls}, "tls.insecure_skip_verify", bool, False)
    if ca_file is not None:
        if not os.path.isfile(ca_file):
            raise SpecError("tls.ca_file", f"no such file on this node: {ca_file}")
        try:
            ssl.create_default_context(cafile=ca_file)
        except (ssl.SSLError, OSError, ValueError) as e:
            raise SpecError("tls.ca_file", f"not a PEM CA certificate file ({e}): {ca_file}")
    if ca_file is not None and skip:
        raise SpecError("tls.insecure_skip_verify", "give either ca_file or insecure_skip_verify, not both")
    return {"ca_file": ca_file, "insecure_skip_verify": skip} if scheme == "https" else None


def parse_api_key(spec):
    """Only the word "stdin" may stand here: the key itself travels on stdin and never in a spec. The
    error message never repeats the value, which may be a key someone pasted."""
    if spec.get("api_key") is None:
        return None
    if spec["api_key"] != "stdin":
        raise SpecError("api_key", 'expected "stdin" (the key itself is sent on stdin as `key <secret>`, '
                                   "never written in the spec)")
    return "stdin"


def parse_spec(spec):
    if not isinstance(spec, dict):
        raise SpecError("spec", "expected a JSON object")
    endpoint = _get(spec, "endpoint", str, required=True)
    m = re.match(r"^(https?)://(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.\-]+)(?::(\d{1,5}))?(/.*)?$", endpoint)
    if not m or (m.group(3) and not 0 < int(m.group(3)) < 65536):
        raise SpecError("endpoint", f"expected http[s]://host[:port][/base], found {endpoint!r}")
    scheme = m.group(1)
    s = {
        "endpoint": endpoint.rstrip("/"),
        "scheme": scheme,
        "host": m.group(2).strip("[]"),
        "port": int(m.group(3) or (443 if scheme == "https" else 80)),
        "base": (m.group(4) or "").rstrip("/"),
        "api": _get(spec, "api", str, "completions", choices=("completions", "chat")),
        "model": _get(spec, "model", str, required=True),
        "stream": _get(spec, "stream", bool, True),
        "phase": _get(spec, "phase", str, "phase"),
        "repetition": _get(spec, "repetition", int, 0, minimum=0),
        "node": _get(spec, "node", str, socket.gethostname()),
        "seed": _get(spec, "seed", int, 0),
        "warmup": _get(spec, "warmup", int, 0, minimum=0, maximum=1000000),
        "requests": _get(spec, "requests", int, 0, minimum=0, maximum=100000000),
        "duration_s": _get(spec, "duration_s", float, 0.0, minimum=0.0, maximum=1e6),
        "timeout_s": _get(spec, "timeout_s", float, 600.0, minimum=0.001, maximum=1e6),
        "grace_s": _get(spec, "grace_s", float, 30.0, minimum=0.0, maximum=1e5),
        "id_base": _get(spec, "id_base", int, 0, minimum=0),
        # load-generator processes; 0 = as many as the rate needs (see worker_count)
        "workers": _get(spec, "workers", int, 0, minimum=0, maximum=256),
        "tokenize": _get(spec, "tokenize", bool, True),
        "tls": parse_tls(spec, scheme),
        "api_key": parse_api_key(spec),
    }
    if s["requests"] == 0 and s["duration_s"] == 0:
        raise SpecError("requests", "give a request count or duration_s")
    mode = _get(spec, "load.mode", str, "concurrency",
                choices=("concurrency", "constant-rate", "poisson", "gamma", "trace"))
    s["load"] = {
        "mode": mode,
        "value": _get(spec, "load.value", float, required=True, minimum=1e-6, maximum=1e6),
        "burstiness": _get(spec, "load.burstiness", float, 1.0, minimum=0.01, maximum=100.0),
    }
    if mode == "concurrency" and s["load"]["value"] != int(s["load"]["value"]):
        raise SpecError("load.value", "concurrency must be a whole number")
    profile = spec.get("load", {}).get("profile") if isinstance(spec.get("load"), dict) else None
    if profile is not None:
        if mode == "trace" or not isinstance(profile, list) or not profile:
            raise SpecError("load.profile", "a list of {duration_s, from, to} for a rate or concurrency")
        segments = []
        for i, seg in enumerate(profile):
            if not isinstance(seg, dict):
                raise SpecError(f"load.profile[{i}]", "expected an object")
            segment = {}
            for k in ("duration_s", "from", "to"):
                try:
                    segment[k] = _get(seg, k, float, required=True, minimum=1e-3 if k == "duration_s" else 1e-6, maximum=1e6)
                except SpecError as e:  # named by its place in the spec, not inside the segment
                    raise SpecError(f"load.profile[{i}].{k}", str(e).split(": ", 1)[-1]) from None
            segments.append(segment)
            if mode == "concurrency" and any(v != int(v) for v in (segments[-1]["from"], segments[-1]["to"])):
                raise SpecError(f"load.profile[{i}]", "concurrency must be a whole number")
        s["load"]["profile"] = segments
    kind = _get(spec, "dataset.kind", str, "synthetic",
                choices=("synthetic", "file", "summarization", "trace", "sharegpt"))
    s["dataset"] = {"kind": kind}
    if kind == "file":
        path = _get(spec, "dataset.path", str, required=True)
        if not os.path.isfile(path):
            raise SpecError("dataset.path", f"no such file: {path}")
        s["dataset"]["path"] = path
    elif kind == "synthetic":
        s["dataset"]["input"] = parse_lengths(spec, "dataset.input", 512)
        s["dataset"]["output"] = parse_lengths(spec, "dataset.output", 128)
        if isinstance(spec.get("dataset"), dict) and spec["dataset"].get("shared_prefix") is not None:
            s["dataset"]["shared_prefix"] = {
                "groups": _get(spec, "dataset.shared_prefix.groups", int, required=True, minimum=1, maximum=100000),
                "tokens": _get(spec, "dataset.shared_prefix.tokens", int, required=True, minimum=1, maximum=1000000),
            }
    elif kind == "trace":
        s["dataset"].update(parse_trace(spec))
    elif kind == "sharegpt":
        s["dataset"]["conversations"] = parse_conversations(spec)
    if isinstance(spec.get("dataset"), dict) and spec["dataset"].get("sessions") is not None:
        s["dataset"]["sessions"] = parse_sessions(spec, s, kind, mode)
    if mode == "trace":
        if kind != "trace":
            raise SpecError("load.mode", "trace timing needs a trace dataset")
        # the trace's own send times, sped up `speed` times; `value` becomes the mean rate they make, which is
        # what sizes the workers and warm connections and what the phase's achieved rate is held against
        times = [t / s["load"]["value"] for t in s["dataset"]["times"]]
        s["load"]["speed"] = s["load"]["value"]
        s["load"]["times"] = times
        span = times[-1] - times[0]
        s["load"]["value"] = (len(times) - 1) / span if span > 0 else 1e6
        if s["requests"] > len(times):
            raise SpecError("requests", f"the trace has {len(times)} requests; at most that many can replay its times")
    return s


TRACE_MAX = 2_000_000
CONVERSATIONS_MAX = 100_000


def parse_seconds(spec, path):
    """A distribution of durations in seconds, the shape of a length distribution (think time)."""
    kind = _get(spec, path + ".kind", str, "fixed", choices=("fixed", "uniform", "normal", "lognormal"))
    mean = _get(spec, path + ".mean", float, 0.0, minimum=0.0, maximum=3600.0)
    d = {"kind": kind, "mean": mean,
         "stddev": _get(spec, path + ".stddev", float, 0.0, minimum=0.0, maximum=3600.0),
         "min": _get(spec, path + ".min", float, 0.0, minimum=0.0, maximum=3600.0),
         "max": _get(spec, path + ".max", float, max(mean * 4, mean), minimum=0.0, maximum=3600.0)}
    if d["max"] < d["min"]:
        raise SpecError(path + ".max", f"must be at least min ({d['min']}), found {d['max']}")
    if kind == "lognormal" and mean <= 0:
        raise SpecError(path + ".mean", "a lognormal think time needs a mean above 0")
    return d


def parse_sessions(spec, s, kind, mode):
    """`dataset.sessions` {`turns`: a length distribution (synthetic; a ShareGPT conversation brings its own),
    `think_s`: the user's think time between an answer's end and the next turn}. Each turn carries the
    history through the chat API, so sessions need `api: chat`."""
    if s["api"] != "chat":
        raise SpecError("dataset.sessions", "multi-turn sessions send the history as chat messages: set api to chat")
    if kind not in ("synthetic", "sharegpt"):
        raise SpecError("dataset.sessions", f"sessions are built from synthetic turns or ShareGPT conversations, not {kind}")
    if mode == "trace":
        raise SpecError("dataset.sessions", "a trace's times say when each request is sent; sessions wait for answers")
    if kind == "synthetic" and s["dataset"].get("shared_prefix"):
        raise SpecError("dataset.sessions", "a shared prefix and sessions cannot be combined yet")
    out = {"think_s": parse_seconds(spec, "dataset.sessions.think_s")}
    if kind == "synthetic":
        if _get(spec, "dataset.sessions.turns", dict) is None:
            raise SpecError("dataset.sessions.turns", "missing")
        out["turns"] = parse_lengths(spec, "dataset.sessions.turns", 4)
    elif _get(spec, "dataset.sessions.turns", dict) is not None:
        raise SpecError("dataset.sessions.turns", "a ShareGPT conversation brings its own turns")
    return out


def parse_conversations(spec):
    """`dataset.conversations`: [[[user text, recorded answer], ...], ...], each conversation's human turns with
    the answer recorded after each (the workstation reads the ShareGPT file and sends these)."""
    convs = _get(spec, "dataset.conversations", list, required=True)
    if not convs or len(convs) > CONVERSATIONS_MAX:
        raise SpecError("dataset.conversations", f"expected a list of 1 to {CONVERSATIONS_MAX} conversations")
    for i, c in enumerate(convs):
        if not isinstance(c, list) or not c or not all(
                isinstance(t, list) and len(t) == 2 and all(isinstance(x, str) for x in t) and t[0] for t in c):
            raise SpecError(f"dataset.conversations[{i}]", "expected a list of [user text, answer text] turns")
    return convs


def parse_trace(spec):
    """`dataset.items`: [[time_s, input_tokens, output_tokens, [block hash ids...]], ...] in time order, times
    from the phase's start (a node's share of a trace dealt over several keeps the trace's own times);
    `dataset.block_tokens`: the tokens each hash id stands for (Mooncake: 512)."""
    items = _get(spec, "dataset.items", list, required=True)
    if not isinstance(items, list) or not items or len(items) > TRACE_MAX:
        raise SpecError("dataset.items", f"expected a list of 1 to {TRACE_MAX} requests")
    block = _get(spec, "dataset.block_tokens", int, 512, minimum=1, maximum=1 << 20)
    times, inputs, outputs, hashes = [], [], [], []
    for i, it in enumerate(items):
        where = f"dataset.items[{i}]"
        if not isinstance(it, list) or len(it) not in (3, 4):
            raise SpecError(where, "expected [time_s, input_tokens, output_tokens, [hash ids]]")
        t, n_in, n_out = it[0], it[1], it[2]
        ids = it[3] if len(it) == 4 else []
        if isinstance(t, bool) or not isinstance(t, (int, float)) or not math.isfinite(t) or t < 0:
            raise SpecError(where, f"expected a time in seconds >= 0, found {t!r}")
        if times and t < times[-1]:
            raise SpecError(where, f"times must not go backwards ({t} after {times[-1]})")
        for v, what in ((n_in, "input_tokens"), (n_out, "output_tokens")):
            if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= 1000000:
                raise SpecError(where, f"expected {what} from 1 to 1000000, found {v!r}")
        if not isinstance(ids, list) or len(ids) > -(-n_in // block) or any(
                isinstance(h, bool) or not isinstance(h, int) or h < 0 for h in ids):
            raise SpecError(where, f"expected at most {-(-n_in // block)} non-negative block hash ids")
        times.append(float(t))
        inputs.append(n_in)
        outputs.append(n_out)
        hashes.append(ids)
    return {"times": times, "inputs": inputs, "outputs": outputs, "hashes": hashes,
            "block_tokens": block}
