#!/usr/bin/env python3
"""InferDeck node agent: inventory, load generator, simulated engine and telemetry for one GPU node.

One file, Python 3.8+ standard library only, because GPU nodes always have python3 and nothing may be
installed on them. The InferDeck app uploads it (checking its hash) and runs its subcommands over SSH or
as a local process. Every event it prints is one JSON line with "v" (protocol version) and an increasing
"seq"; see PROTOCOL.md beside this file.

  probe       inventory of the node (GPUs, engines, served models)
  serve-sim   an OpenAI-compatible server whose timing follows a continuous-batching engine model
  run         the load generator: runs one phase from a JSON spec and journals every event
  telemetry   samples nvidia-smi (or the simulator's load with --sim) into telemetry events
  exec        runs an external benchmark command and hands back its result file

This file is long on purpose: the agent must be a single file to upload.
"""
import argparse
import asyncio
import base64
import collections
import gc
import json
import math
import os
import platform
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

AGENT_VERSION = "1.0.0"
PROTOCOL_VERSION = 1
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


# --------------------------------------------------------------------------------------------------
# Time: one monotonic clock mapped to Unix seconds once, so intervals never jump with NTP adjustments.

class Clock:
    def __init__(self):
        self.perf0 = time.perf_counter()
        self.unix0 = time.time()

    def now(self):
        return self.unix0 + (time.perf_counter() - self.perf0)

    def to_unix(self, perf):
        return self.unix0 + (perf - self.perf0)

    def to_perf(self, unix):
        return self.perf0 + (unix - self.unix0)


CLOCK = Clock()


def us(t):
    """Microsecond resolution: finer digits are timer noise and only bloat the files."""
    return None if t is None else round(t, 6)


# --------------------------------------------------------------------------------------------------
# Events: numbered JSON lines to stdout and to the journal.

class EventWriter:
    """Writes events with a gap-free seq to stdout and appends them to a journal file.

    A dropped SSH connection breaks stdout; the agent then keeps journaling (SIGHUP is ignored) so a
    reconnecting app replays what it missed with `run --resume-from SEQ`.
    """

    def __init__(self, journal_path=None, stdout=None):
        self.seq = 0
        self.lock = threading.Lock()
        self.out = stdout if stdout is not None else sys.stdout
        self.stdout_ok = True
        self.journal = None
        if journal_path:
            os.makedirs(os.path.dirname(os.path.abspath(journal_path)), exist_ok=True)
            self.journal = open(journal_path, "a", encoding="utf-8")
        self.last_flush = time.monotonic()

    def emit(self, kind, **fields):
        with self.lock:
            self.seq += 1
            event = {"v": PROTOCOL_VERSION, "seq": self.seq, "type": kind, "t": us(CLOCK.now())}
            event.update(fields)
            line = json.dumps(event, separators=(",", ":"), allow_nan=False) + "\n"
            if self.journal:
                self.journal.write(line)
                # flushed at least every second and on every phase boundary, so a crash loses < 1 s
                if kind != "request" or time.monotonic() - self.last_flush > 0.5:
                    self.journal.flush()
                    self.last_flush = time.monotonic()
            if self.stdout_ok:
                try:
                    self.out.write(line)
                    if kind != "request" or self.seq % 64 == 0:
                        self.out.flush()
                except (BrokenPipeError, OSError):
                    self.stdout_ok = False
            return self.seq

    def flush(self):
        with self.lock:
            if self.journal:
                self.journal.flush()
            if self.stdout_ok:
                try:
                    self.out.flush()
                except (BrokenPipeError, OSError):
                    self.stdout_ok = False

    def close(self):
        self.flush()
        if self.journal:
            self.journal.close()


def replay_journal(path, after_seq, out=sys.stdout, follow=True, poll_s=0.05, idle_limit_s=None):
    """Prints journal events with seq > after_seq; while following, waits for new ones until the run's
    'end' event, or until the writing process is gone."""
    writer_pid = None
    position = 0
    idle_since = time.monotonic()
    buffered = ""
    while True:
        with open(path, "r", encoding="utf-8") as f:
            f.seek(position)
            chunk = f.read()
            position = f.tell()
        buffered += chunk
        lines = buffered.split("\n")
        buffered = lines.pop()  # a partly written last line waits for its end
        ended = False
        for line in lines:
            if not line.strip():
                continue
            try:
                event = json.loads(line)
            except ValueError:
                continue  # a torn line from a crash: the reader reports the gap by seq
            if event.get("type") == "start":
                writer_pid = event.get("pid")
            if event.get("seq", 0) > after_seq:
                out.write(line + "\n")
            if event.get("type") == "end":
                ended = True
        out.flush()
        if ended or not follow:
            return True
        if chunk:
            idle_since = time.monotonic()
        if writer_pid is not None and not pid_alive(writer_pid):
            return False
        if idle_limit_s is not None and time.monotonic() - idle_since > idle_limit_s:
            return False
        time.sleep(poll_s)


def pid_alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False
    except PermissionError:
        return True


# --------------------------------------------------------------------------------------------------
# The run spec: validated up front, every error names the field.

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


def parse_spec(spec):
    if not isinstance(spec, dict):
        raise SpecError("spec", "expected a JSON object")
    endpoint = _get(spec, "endpoint", str, required=True)
    m = re.match(r"^http://(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.\-]+)(?::(\d{1,5}))?(/.*)?$", endpoint)
    if not m or (m.group(2) and not 0 < int(m.group(2)) < 65536):
        raise SpecError("endpoint", f"expected http://host[:port][/base], found {endpoint!r}")
    s = {
        "endpoint": endpoint.rstrip("/"),
        "host": m.group(1).strip("[]"),
        "port": int(m.group(2) or 80),
        "base": (m.group(3) or "").rstrip("/"),
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
    }
    if s["requests"] == 0 and s["duration_s"] == 0:
        raise SpecError("requests", "give a request count or duration_s")
    mode = _get(spec, "load.mode", str, "concurrency",
                choices=("concurrency", "constant-rate", "poisson", "gamma"))
    s["load"] = {
        "mode": mode,
        "value": _get(spec, "load.value", float, required=True, minimum=1e-6, maximum=1e6),
        "burstiness": _get(spec, "load.burstiness", float, 1.0, minimum=0.01, maximum=100.0),
    }
    if mode == "concurrency" and s["load"]["value"] != int(s["load"]["value"]):
        raise SpecError("load.value", "concurrency must be a whole number")
    kind = _get(spec, "dataset.kind", str, "synthetic", choices=("synthetic", "file", "summarization"))
    s["dataset"] = {"kind": kind}
    if kind == "file":
        path = _get(spec, "dataset.path", str, required=True)
        if not os.path.isfile(path):
            raise SpecError("dataset.path", f"no such file: {path}")
        s["dataset"]["path"] = path
    elif kind == "synthetic":
        s["dataset"]["input"] = parse_lengths(spec, "dataset.input", 512)
        s["dataset"]["output"] = parse_lengths(spec, "dataset.output", 128)
    return s


# --------------------------------------------------------------------------------------------------
# Datasets: prompts whose token count the simulator counts the same way (one token per word).

# words a reference summary adds of its own (absent from the articles' vocabulary)
REFERENCE_WORDS = ("said report shows new plan after talks city police family year first "
                   "million people government says told statement").split()

VOCABULARY = ("the model reads a long news article and writes a short summary of what happened where "
              "when and why while the reporters note every figure quoted by officials during the "
              "briefing on tuesday").split()


def draw_length(rng, d):
    if d["kind"] == "fixed":
        v = d["mean"]
    elif d["kind"] == "uniform":
        v = rng.uniform(d["min"], d["max"])
    elif d["kind"] == "normal":
        v = rng.gauss(d["mean"], d["stddev"])
    else:  # lognormal with the given mean and standard deviation
        sigma2 = math.log(1 + (d["stddev"] / d["mean"]) ** 2) if d["stddev"] > 0 else 0.0
        v = rng.lognormvariate(math.log(d["mean"]) - sigma2 / 2, math.sqrt(sigma2))
    return int(min(d["max"], max(d["min"], round(v))))


class Dataset:
    """Items {prompt, input_tokens, max_tokens} in order, made on demand from one seeded generator: a
    duration-limited run never knows its count, and drawing prompts word by word up front took seconds.
    Prompts are slices of one pre-drawn word pool at random offsets, so each costs a join."""

    POOL_WORDS = 1 << 17

    def __init__(self, spec):
        d = spec["dataset"]
        self.seed = spec["seed"]
        self.rows = None
        self.count = 0
        self.reference = False
        if d["kind"] == "file":
            self.rows = self._read_file(d["path"])
            return
        self.reference = d["kind"] == "summarization"
        if d["kind"] == "summarization":
            # the MLPerf llama3.1-8b CNN/DailyMail shape: ~800-token articles, summaries of at most 128
            self.inp = {"kind": "lognormal", "mean": 800.0, "stddev": 250.0, "min": 100, "max": 2000}
            self.out = {"kind": "lognormal", "mean": 90.0, "stddev": 30.0, "min": 8, "max": 128}
        else:
            self.inp, self.out = d["input"], d["output"]
        self.rng = random.Random(self.seed)
        self.pool = [self.rng.choice(VOCABULARY) for _ in range(self.POOL_WORDS + self.inp["max"])]
        self.count = 0

    @staticmethod
    def _read_file(path):
        rows = []
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    prompt, max_tokens = row["prompt"], int(row["max_tokens"])
                    if not isinstance(prompt, str) or max_tokens < 1:
                        raise ValueError
                except (ValueError, KeyError, TypeError):
                    raise SpecError("dataset.path", f"line {number}: expected a prompt string and max_tokens >= 1")
                item = {"prompt": prompt, "input_tokens": len(prompt.split()), "max_tokens": max_tokens}
                if isinstance(row.get("reference"), str) and row["reference"]:
                    item["reference"] = row["reference"]
                rows.append(item)
        if not rows:
            raise SpecError("dataset.path", "the file has no prompts")
        return rows

    def next(self):
        """The next item; call from one thread only."""
        if self.rows is not None:
            self.count += 1
            return self.rows[(self.count - 1) % len(self.rows)]
        n = draw_length(self.rng, self.inp)
        start = self.rng.randrange(self.POOL_WORDS)
        item = {"prompt": " ".join(self.pool[start:start + n]), "input_tokens": n,
                "max_tokens": draw_length(self.rng, self.out)}
        if self.reference:
            item["reference"] = self._reference(start, n, item["max_tokens"])
        return item

    def _reference(self, start, n, length):
        """A synthetic reference summary of the article at pool[start:start+n]: like a news highlight it
        reuses words of the article's lead, in order, mixed with words of its own, so an extractive
        answer overlaps it partly (ROUGE-1 about 0.4, near what MLPerf reports for Llama-3.1-8B), never wholly."""
        words = []
        i = start
        end = start + n
        while len(words) < length and i < end:
            r = self.rng.random()
            if r < 0.30:
                words.append(self.pool[i])
            elif r < 0.70:
                words.append(self.rng.choice(REFERENCE_WORDS))
            i += 1
        return " ".join(words) if words else self.pool[start]


def schedule_gaps(load, rng):
    """Yields the gaps between intended send times of an open-loop load, in seconds."""
    rate = load["value"]
    while True:
        if load["mode"] == "constant-rate":
            yield 1.0 / rate
        elif load["mode"] == "poisson":
            yield rng.expovariate(rate)
        else:  # gamma: burstiness < 1 is burstier than Poisson, > 1 smoother, same mean rate
            shape = load["burstiness"]
            yield rng.gammavariate(shape, 1.0 / (rate * shape))


# --------------------------------------------------------------------------------------------------
# HTTP/1.1 client on asyncio streams: keep-alive pool, chunked and length-delimited bodies, SSE.

class HttpError(Exception):
    pass


class TimedStreamReader(asyncio.StreamReader):
    """A StreamReader that knows when each byte arrived.

    feed_data() runs straight from the protocol's data_received(), so its clock reading is taken as the
    event loop sees the socket ready; a coroutine resumes only after every other ready socket of the same
    poll has been handled, which under a burst of tokens is up to a millisecond later.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fed = 0
        self.consumed = 0
        self.marks = []  # (end offset of a received piece, perf time), oldest first
        self.first_mark = 0

    def feed_data(self, data):
        self.fed += len(data)
        self.marks.append((self.fed, time.perf_counter()))
        super().feed_data(data)

    async def readline(self):
        line = await super().readline()
        self.consumed += len(line)
        return line

    async def readexactly(self, n):
        data = await super().readexactly(n)
        self.consumed += n
        return data

    async def read(self, n=-1):
        data = await super().read(n)
        self.consumed += len(data)
        return data

    def arrived(self):
        """When the last byte read so far arrived."""
        marks = self.marks
        i = self.first_mark
        while i < len(marks) - 1 and marks[i][0] < self.consumed:
            i += 1
        if i > 1024:  # drop what lies behind, now and then
            del marks[:i]
            i = 0
        self.first_mark = i
        return marks[i][1] if marks else time.perf_counter()


async def open_timed_connection(host, port):
    loop = asyncio.get_running_loop()
    reader = TimedStreamReader(limit=1 << 20, loop=loop)
    protocol = asyncio.StreamReaderProtocol(reader, loop=loop)
    transport, _ = await loop.create_connection(lambda: protocol, host, port)
    return reader, asyncio.StreamWriter(transport, protocol, reader, loop)


class ConnectionPool:
    """Idle keep-alive connections to one server; a million requests must not exhaust local ports."""

    def __init__(self, host, port):
        self.host, self.port = host, port
        self.idle = []

    async def get(self):
        while self.idle:
            reader, writer = self.idle.pop()
            if not writer.is_closing() and not reader.at_eof():
                return reader, writer
        reader, writer = await open_timed_connection(self.host, self.port)
        sock = writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return reader, writer

    def put(self, conn):
        self.idle.append(conn)

    def close(self):
        for _, writer in self.idle:
            writer.close()
        self.idle = []


async def read_head(reader):
    line = await reader.readline()
    if not line:
        raise HttpError("the server closed the connection before answering")
    parts = line.decode("latin-1").split(" ", 2)
    if len(parts) < 2 or not parts[0].startswith("HTTP/") or not parts[1].isdigit():
        raise HttpError(f"malformed status line {line[:80]!r}")
    headers = {}
    while True:
        line = await reader.readline()
        if not line:
            raise HttpError("the server closed the connection inside the headers")
        if line in (b"\r\n", b"\n"):
            break
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    return int(parts[1]), headers


async def body_pieces(reader, headers):
    """Yields (perf time received, bytes) of the body as it arrives."""
    if "chunked" in headers.get("transfer-encoding", "").lower():
        while True:
            size_line = await reader.readline()
            if not size_line:
                raise HttpError("connection closed mid-stream")
            try:
                size = int(size_line.split(b";")[0].strip(), 16)
            except ValueError:
                raise HttpError(f"malformed chunk size {size_line[:40]!r}")
            if size == 0:
                while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                    pass
                return
            data = await reader.readexactly(size)
            now = reader.arrived() if isinstance(reader, TimedStreamReader) else time.perf_counter()
            await reader.readexactly(2)
            yield now, data
    elif "content-length" in headers:
        remaining = int(headers["content-length"])
        while remaining > 0:
            data = await reader.read(min(remaining, 1 << 16))
            if not data:
                raise HttpError("connection closed mid-body")
            remaining -= len(data)
            yield (reader.arrived() if isinstance(reader, TimedStreamReader) else time.perf_counter()), data
    else:
        while True:
            data = await reader.read(1 << 16)
            if not data:
                return
            yield (reader.arrived() if isinstance(reader, TimedStreamReader) else time.perf_counter()), data


# --------------------------------------------------------------------------------------------------
# The load generator.

def emit_phase_end(writer, spec, target, gen):
    """The phase's own check of its load: achieved send rate of the counted requests and lateness
    percentiles; `gen` has sent/done/failed/stop_requested and the lateness and send_times lists."""
    lateness = sorted(gen.lateness)
    sends = sorted(gen.send_times)
    achieved = (len(sends) - 1) / (sends[-1] - sends[0]) if len(sends) > 1 and sends[-1] > sends[0] else None
    writer.emit("phase_end", phase=spec["phase"], rep=spec["repetition"], node=spec["node"], sent=gen.sent,
                done=gen.done, failed=gen.failed, stopped=gen.stop_requested, target_rate=target,
                achieved_rate=achieved,
                lateness_s={k: percentile(lateness, q) for k, q in
                            (("p50", .5), ("p90", .9), ("p99", .99), ("max", 1.0))} if lateness else None)


def percentile(sorted_values, q):
    """numpy's default (linear) percentile of sorted values."""
    if not sorted_values:
        return None
    h = (len(sorted_values) - 1) * q
    lo = int(math.floor(h))
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (h - lo)


class LoadGenerator:
    """One phase of load. With shard (w, k) it is worker w of k processes: it issues the requests whose
    index is w modulo k, on the same schedule and with the same dataset items as a single process."""

    def __init__(self, spec, writer, shard=(0, 1)):
        self.spec = spec
        self.w = writer
        self.shard, self.shards = shard
        self.drawn = 0  # dataset items drawn so far, own or not
        self.pool = ConnectionPool(spec["host"], spec["port"])
        self.path = spec["base"] + ("/v1/chat/completions" if spec["api"] == "chat" else "/v1/completions")
        self.stop_requested = False
        self.sent = 0
        self.done = 0
        self.failed = 0
        self.in_flight = set()
        self.lateness = []
        self.send_times = []
        self.next_index = 0
        self.items = None
        self.measure_start = None
        self.loop = None
        self.stop_event = None
        self.prepared = None

    PREPARE_AHEAD = 20000  # requests made before the phase starts; ~60 ms and a few MB

    def request_stop(self):
        """Stops issuing; in-flight requests get the grace time to finish."""
        self.stop_requested = True
        if self.stop_event is not None:
            self.stop_event.set()

    # -- one request -----------------------------------------------------------------------------

    def payload(self, item):
        s = self.spec
        p = {"model": s["model"], "max_tokens": item["max_tokens"], "stream": s["stream"],
             "temperature": 0.0, "ignore_eos": True}
        if s["stream"]:
            p["stream_options"] = {"include_usage": True}
        if s["api"] == "chat":
            p["messages"] = [{"role": "user", "content": item["prompt"]}]
        else:
            p["prompt"] = item["prompt"]
        return json.dumps(p).encode()

    def own(self, index):
        return index % self.shards == self.shard

    def prepare(self, index):
        """The item of `index` and its request bytes, made before its send time: up front for the first
        requests of a counted run, otherwise by the pacer while it waits (both keep work off the send path).
        Items of other workers' indices are drawn and dropped so every index gets the same item."""
        if self.prepared and self.prepared[0][0] == index:
            return self.prepared.popleft()[1]
        while self.drawn < index:
            self.items.next()
            self.drawn += 1
        s = self.spec
        item = self.items.next()
        self.drawn += 1
        header_id = f"{s['node']}:{s['phase']}:{s['repetition']}:{s['id_base'] + index}"
        body = self.payload(item)
        head = (f"POST {self.path} HTTP/1.1\r\nHost: {s['host']}:{s['port']}\r\n"
                f"Content-Type: application/json\r\nAccept: text/event-stream\r\nX-Request-Id: {header_id}\r\n"
                f"Content-Length: {len(body)}\r\n\r\n").encode()
        return item, header_id, head + body

    def send_now(self, request):
        """Sends a request from the pacer thread on an idle keep-alive connection, so its send time does not
        wait for the event loop to finish whatever responses it is handling: (conn, send, bytes written),
        written -1 when the connection turned out dead, or None when no connection is idle. The loop never
        touches an idle connection and list.pop() is atomic, so the socket has one user at a time."""
        try:
            conn = self.pool.idle.pop()
        except IndexError:
            return None
        reader, writer = conn
        sock = writer.get_extra_info("socket")
        if writer.is_closing() or reader.at_eof() or sock is None:
            return conn, None, -1
        try:
            written = os.write(sock.fileno(), request)
        except OSError:
            return conn, None, -1
        return conn, time.perf_counter(), written

    async def perform(self, index, intended_perf, prepared, handed=None):
        s = self.spec
        item, header_id, request = prepared
        rid = s["id_base"] + index
        warmup = index < s["warmup"]
        send = first = end = None
        chunks = []
        texts = [] if "reference" in item else None  # the answer is kept only when it can be scored
        usage = None
        status = "ok"
        conn = None
        reusable = False
        try:
            if handed is not None and handed[2] >= 0:
                conn, send, written = handed  # the pacer thread has sent it
                reader, writer = conn
                if written < len(request):  # a full socket buffer took part of it: the rest goes now
                    writer.write(request[written:])
                    send = time.perf_counter()
            else:
                if handed is not None:
                    handed[0][1].close()
                conn = await self.pool.get()
                reader, writer = conn
                writer.write(request)  # on an idle keep-alive socket this is one send() syscall
                send = time.perf_counter()  # the request has left: what follows is the server's time
            self.sent += 1
            code, usage, reusable, end, error = await asyncio.wait_for(
                self._exchange(reader, chunks, texts), timeout=s["timeout_s"])
            if code != 200:
                status = error
            elif error:
                status = error
        except asyncio.TimeoutError:
            status = f"timeout after {s['timeout_s']:g} s"
        except (HttpError, asyncio.IncompleteReadError, ConnectionError, OSError) as e:
            if isinstance(e, asyncio.IncompleteReadError):
                status = "connection closed mid-stream"
            elif isinstance(e, (ConnectionRefusedError,)):
                status = f"connection refused by {s['host']}:{s['port']}"
            else:
                status = str(e) or e.__class__.__name__
            if send is None:
                send = time.perf_counter()
        except asyncio.CancelledError:
            status = "cancelled: stop requested before the answer was complete"
            if send is None:
                send = time.perf_counter()
        finally:
            if conn is not None:
                if reusable and status == "ok":
                    self.pool.put(conn)
                else:
                    conn[1].close()
        if end is None and status != "ok":
            end = time.perf_counter()
        if chunks:
            first = chunks[0]
        out_tokens = usage.get("completion_tokens") if usage else (len(chunks) if status == "ok" else None)
        in_tokens = usage.get("prompt_tokens") if usage else item["input_tokens"]
        if status == "ok":
            self.done += 1
        else:
            self.failed += 1
        if intended_perf is not None:
            self.lateness.append(send - intended_perf)
        if not warmup:
            self.send_times.append(send)
        self.w.emit("request", phase=s["phase"], rep=s["repetition"], node=s["node"], id=rid, rid=header_id,
                    warmup=warmup, intended=us(CLOCK.to_unix(intended_perf)) if intended_perf is not None else None,
                    send=us(CLOCK.to_unix(send)), first=us(CLOCK.to_unix(first)) if first else None,
                    end=us(CLOCK.to_unix(end)) if end else None,
                    chunks_us=[int(round((c - send) * 1e6)) for c in chunks],
                    **{"in": in_tokens, "out": out_tokens}, usage=usage is not None, status=status,
                    **({"text": "".join(texts).strip(), "reference": item["reference"]} if texts is not None else {}))

    async def _exchange(self, reader, chunks, texts=None):
        """Reads one response: (status code, usage, reusable, end perf, error or None)."""
        code, headers = await read_head(reader)
        reusable = headers.get("connection", "").lower() != "close"
        usage = None
        error = None
        if code != 200:
            text = b""
            async for _, data in body_pieces(reader, headers):
                text += data[:4096 - len(text)]
            message = text.decode("utf-8", "replace").strip().replace("\n", " ")
            try:
                message = json.loads(message).get("error", {}).get("message", message)
            except (ValueError, AttributeError):
                pass
            return code, None, reusable, time.perf_counter(), f"HTTP {code}: {message[:200]}"
        if not self.spec["stream"]:
            body = b""
            end = None
            async for end, data in body_pieces(reader, headers):
                body += data
            end = end or time.perf_counter()
            try:
                obj = json.loads(body)
                choice = (obj.get("choices") or [{}])[0]
                text = choice.get("text")
                if text is None:
                    text = (choice.get("message") or {}).get("content")
            except (ValueError, AttributeError, IndexError):
                return 200, None, reusable, end, f"malformed response body {body[:60]!r}"
            if text:
                chunks.append(end)  # one answer at once: its only "chunk" arrives at the end
                if texts is not None:
                    texts.append(text)
            return 200, obj.get("usage"), reusable, end, None if text else "empty completion"
        buffer = b""
        done = False
        async for received, data in body_pieces(reader, headers):
            buffer += data
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                line = line.strip()
                if not line.startswith(b"data:"):
                    continue
                payload = line[5:].strip()
                if payload == b"[DONE]":
                    done = True
                    continue
                try:
                    event = json.loads(payload)
                except ValueError:
                    raise HttpError(f"malformed stream event {payload[:60]!r}")
                if not isinstance(event, dict):
                    raise HttpError(f"malformed stream event {payload[:60]!r}")
                if "error" in event:
                    error = f"server error in stream: {str(event['error'])[:200]}"
                if event.get("usage"):
                    usage = event["usage"]
                for choice in event.get("choices") or []:
                    text = choice.get("text")
                    if text is None:
                        text = (choice.get("delta") or {}).get("content")
                    if text is None:
                        text = (choice.get("message") or {}).get("content")
                    if text:  # an empty first chat delta carries the role, not a token
                        chunks.append(received)
                        if texts is not None:
                            texts.append(text)
        # E2E ends at the last content chunk, as vLLM's benchmark measures it (usage and [DONE] follow)
        end = chunks[-1] if chunks else time.perf_counter()
        if not done and error is None:
            error = "stream ended without [DONE]"
        if error is None and not chunks:
            error = "empty completion"
        return 200, usage, reusable, end, error

    # -- pacing ----------------------------------------------------------------------------------

    def may_issue(self, index, now_perf):
        s = self.spec
        if self.stop_requested:
            return False
        if s["requests"]:
            return index < s["warmup"] + s["requests"]
        if index < s["warmup"] or self.measure_start is None:
            return True
        return now_perf < self.measure_start + s["duration_s"]

    def start_task(self, index, intended_perf, prepared, handed=None):
        task = self.loop.create_task(self.perform(index, intended_perf, prepared, handed))
        self.in_flight.add(task)
        task.add_done_callback(self.in_flight.discard)

    async def closed_loop(self):
        self.next_index = self.shard

        async def worker():
            while True:
                index = self.next_index
                if not self.may_issue(index, time.perf_counter()):
                    return
                self.next_index += self.shards
                if index >= self.spec["warmup"] and self.measure_start is None:
                    self.measure_start = time.perf_counter()
                task = self.loop.create_task(self.perform(index, None, self.prepare(index)))
                self.in_flight.add(task)
                try:
                    await task  # perform() absorbs its own cancellation and records it
                finally:
                    self.in_flight.discard(task)
        # the in-flight budget is split over the worker processes: together they keep `value` in flight
        concurrency = int(self.spec["load"]["value"])
        mine = concurrency // self.shards + (1 if self.shard < concurrency % self.shards else 0)
        workers = [self.loop.create_task(worker()) for _ in range(mine)]
        await asyncio.gather(*workers)

    async def open_loop(self, start_perf):
        """A timer thread sleeps to each absolute deadline (clock_nanosleep, ~0.1 ms) and hands the send to
        the event loop; sleeping inside asyncio would round every wait up to the next millisecond."""
        rng = random.Random(self.spec["seed"] + 1)
        gaps = schedule_gaps(self.spec["load"], rng)
        finished = asyncio.Event()

        def timer():
            deadline = start_perf
            index = 0
            while True:
                now = time.perf_counter()
                if index == self.spec["warmup"] and self.measure_start is None:
                    self.measure_start = deadline
                if not self.may_issue(index, deadline):
                    break
                if self.own(index):
                    prepared = self.prepare(index)
                    now = time.perf_counter()
                    if deadline > now:
                        time.sleep(deadline - now)
                    handed = self.send_now(prepared[2])
                    self.loop.call_soon_threadsafe(self.start_task, index, deadline, prepared, handed)
                index += 1
                deadline += next(gaps)
            self.loop.call_soon_threadsafe(finished.set)

        thread = threading.Thread(target=timer, name="pacer", daemon=True)
        thread.start()
        await finished.wait()
        thread.join()

    # -- the phase -------------------------------------------------------------------------------

    async def heartbeat(self):
        while True:
            await asyncio.sleep(1.0)
            self.w.emit("heartbeat", sent=self.sent, done=self.done, failed=self.failed, in_flight=len(self.in_flight))
            self.w.flush()

    async def setup(self):
        """What takes time before the first send, done before `ready` so a barrier start is on time: the
        dataset, the first requests' bytes, and warm keep-alive connections (a first request that has to
        connect would start late by the TCP handshake)."""
        if self.items is not None:
            return
        self.loop = asyncio.get_running_loop()
        s = self.spec
        self.items = Dataset(s)
        if s["requests"]:
            count = min(s["warmup"] + s["requests"], self.PREPARE_AHEAD * self.shards)
            self.prepared = collections.deque()
            for i in range(count):
                if self.own(i):
                    self.prepared.append((i, self.prepare(i)))
        load = s["load"]
        if load["mode"] == "concurrency":
            warm = math.ceil(load["value"] / self.shards)
        else:  # about the requests in flight during the first 50 ms
            warm = math.ceil(load["value"] / self.shards * 0.05)
        opened = await asyncio.gather(*(self.pool.get() for _ in range(max(2, min(32, warm)))),
                                      return_exceptions=True)
        for conn in opened:
            if not isinstance(conn, BaseException):  # a server not up yet fails the real requests, not this
                self.pool.put(conn)

    async def run(self, start_unix=None):
        await self.setup()
        self.stop_event = asyncio.Event()
        if self.stop_requested:
            self.stop_event.set()
        s = self.spec
        target = s["load"]["value"] if s["load"]["mode"] != "concurrency" else None
        self.w.emit("phase_start", phase=s["phase"], rep=s["repetition"], node=s["node"], load=s["load"],
                    warmup=s["warmup"], requests=s["requests"], duration_s=s["duration_s"],
                    target_rate=target, start=us(start_unix) if start_unix else None)
        beat = self.loop.create_task(self.heartbeat())
        start_perf = CLOCK.to_perf(start_unix) if start_unix else time.perf_counter()
        if start_unix:
            await asyncio.sleep(max(0.0, start_perf - time.perf_counter()))
        driver = self.loop.create_task(
            self.closed_loop() if s["load"]["mode"] == "concurrency" else self.open_loop(start_perf))
        stopping = self.loop.create_task(self.stop_event.wait())
        try:
            await asyncio.wait([driver, stopping], return_when=asyncio.FIRST_COMPLETED)
            if self.stop_requested:
                # stop: no new requests; what is in flight gets the grace time, then is cancelled and recorded
                await asyncio.wait([driver] + list(self.in_flight), timeout=s["grace_s"])
                for task in list(self.in_flight):
                    task.cancel()
            await driver
            if self.in_flight:  # open loop: the last requests are still running when the schedule ends
                await asyncio.wait(list(self.in_flight))
        finally:
            stopping.cancel()
            beat.cancel()
            self.pool.close()
        emit_phase_end(self.w, s, target, self)
        self.w.flush()


# --------------------------------------------------------------------------------------------------
# serve-sim: an OpenAI-compatible server on a continuous-batching engine model.
#
# Defaults resemble Llama-3.1-8B-Instruct (bf16) on one H100 SXM under vLLM; every number is derived,
# not measured, and the server says it is a simulation in /v1/models and in every response header.
#  - decode step: reading the weights once per step, 16.1 GB (8.03 B parameters x 2 bytes) at the
#    H100 SXM's 3.35 TB/s HBM3 bandwidth = 4.8 ms, plus ~1.5 ms of scheduling and kernel launch
#    overhead -> 6.3 ms; vLLM's own H100 runs of this model report ~5-7 ms TPOT at small batch
#    (shared/fixtures/vllm: 5.2 ms median for the FP8 variant, half the weight bytes).
#  - KV read per step: 128 KiB per context token (2 x 32 layers x 8 KV heads x 128 dims x 2 bytes)
#    at 3.35 TB/s = 39 ns per token in the batch's contexts.
#  - prefill: compute-bound, 2 x 8.03 GFLOP per token at ~40 % of the H100's 989 dense BF16 TFLOPS
#    -> ~25,000 tokens/s; 20,000 to allow for attention.
#  - max_num_seqs 256 (vLLM's default); KV capacity (80 GB x 0.9 - 16.1 GB weights - ~2 GB
#    activations) / 128 KiB ~ 420,000 tokens.

class SimSequence:
    __slots__ = ("rid", "prompt", "max_tokens", "generated", "queue", "cancelled", "kv")

    def __init__(self, rid, prompt_tokens, max_tokens):
        self.rid = rid
        self.prompt = prompt_tokens
        self.max_tokens = max_tokens
        self.generated = 0
        self.queue = asyncio.Queue()
        self.cancelled = False
        self.kv = prompt_tokens + max_tokens  # reserved up front, as a conservative scheduler does


class SimEngine:
    def __init__(self, args):
        self.a = args
        self.waiting = []
        self.running = []
        self.kv_used = 0
        self.wakeup = asyncio.Event()
        self.tokens_emitted = 0
        self.busy_s = 0.0  # time spent in steps, for simulated utilization

    def submit(self, seq):
        if seq.kv > self.a.kv_tokens:
            return False
        self.waiting.append(seq)
        self.wakeup.set()
        return True

    def step_seconds(self, admitted):
        prefill = sum(s.prompt for s in admitted)
        context = sum(s.prompt + s.generated for s in self.running)
        return (self.a.decode_base_ms / 1e3 + self.a.kv_read_ns * 1e-9 * context
                + prefill / self.a.prefill_tps) / self.a.speed

    async def run(self):
        while True:
            if not self.running and not self.waiting:
                self.wakeup.clear()
                await self.wakeup.wait()
            for seq in [s for s in self.running if s.cancelled]:  # the client went away
                self._free(seq)
            self.running = [s for s in self.running if not s.cancelled]
            admitted = []
            while (self.waiting and len(self.running) < self.a.max_seqs
                   and self.kv_used + self.waiting[0].kv <= self.a.kv_tokens):
                seq = self.waiting.pop(0)
                if seq.cancelled:
                    continue
                self.kv_used += seq.kv
                self.running.append(seq)
                admitted.append(seq)
            if not self.running:
                continue
            start = time.perf_counter()
            deadline = start + self.step_seconds(admitted)
            await asyncio.sleep(max(0.0, deadline - time.perf_counter()))
            self.busy_s += time.perf_counter() - start
            still = []
            for seq in self.running:
                seq.generated += 1
                self.tokens_emitted += 1
                seq.queue.put_nowait(seq.generated)
                if seq.generated >= seq.max_tokens or seq.cancelled:
                    self._free(seq)
                    seq.queue.put_nowait(None)
                else:
                    still.append(seq)
            self.running = still

    def _free(self, seq):
        self.kv_used -= seq.kv


class SimServer:
    def __init__(self, args):
        self.a = args
        self.engine = SimEngine(args)
        self.rng = random.Random(args.seed)
        self.started = time.perf_counter()
        if args.ground_truth:
            os.makedirs(os.path.dirname(os.path.abspath(args.ground_truth)), exist_ok=True)
        self.truth = open(args.ground_truth, "a", encoding="utf-8") if args.ground_truth else None
        self.counter = 0

    def ready(self):
        return time.perf_counter() - self.started >= self.a.ready_delay_s

    def record(self, rid, arrival, first, last, prompt, completion, status):
        if self.truth:
            self.truth.write(json.dumps({"id": rid, "arrival": us(CLOCK.to_unix(arrival)),
                                         "first_token": us(CLOCK.to_unix(first)) if first else None,
                                         "last_token": us(CLOCK.to_unix(last)) if last else None,
                                         "prompt_tokens": prompt, "completion_tokens": completion,
                                         "status": status}) + "\n")
            self.truth.flush()

    @staticmethod
    def head(code, reason, headers):
        lines = [f"HTTP/1.1 {code} {reason}", "X-InferDeck-Simulated: true", "Server: inferdeck-sim"]
        lines += [f"{k}: {v}" for k, v in headers]
        return ("\r\n".join(lines) + "\r\n\r\n").encode()

    def json_response(self, writer, code, reason, obj, rid=None):
        body = json.dumps(obj).encode()
        headers = [("Content-Type", "application/json"), ("Content-Length", len(body))]
        if rid:
            headers.append(("X-Request-Id", rid))
        writer.write(self.head(code, reason, headers) + body)

    async def handle(self, reader, writer):
        try:
            while True:
                line = await reader.readline()
                if not line:
                    return
                # when the request line arrived, as the event loop saw the socket ready
                arrival = reader.arrived() if isinstance(reader, TimedStreamReader) else time.perf_counter()
                method, _, rest = line.decode("latin-1").partition(" ")
                path = rest.split(" ")[0]
                headers = {}
                while True:
                    h = await reader.readline()
                    if h in (b"\r\n", b"\n", b""):
                        break
                    k, _, v = h.decode("latin-1").partition(":")
                    headers[k.strip().lower()] = v.strip()
                body = await reader.readexactly(int(headers.get("content-length", "0") or 0))
                keep = await self.route(method, path, headers, body, writer, arrival)
                await writer.drain()
                if not keep:
                    return
        except (ConnectionError, asyncio.IncompleteReadError, ValueError):
            return
        finally:
            writer.close()

    async def route(self, method, path, headers, body, writer, arrival):
        if method == "GET" and path == "/v1/models":
            if not self.ready():
                self.json_response(writer, 503, "Service Unavailable", {"error": {"message": "loading model"}})
                return True
            self.json_response(writer, 200, "OK", {"object": "list", "data": [
                {"id": self.a.model, "object": "model", "owned_by": "inferdeck-sim", "simulated": True,
                 "max_model_len": self.a.kv_tokens}]})
            return True
        if method == "GET" and path == "/health":
            self.json_response(writer, 200 if self.ready() else 503, "OK" if self.ready() else "Service Unavailable", {})
            return True
        if method == "GET" and path == "/metrics":
            e = self.engine
            self.json_response(writer, 200, "OK", {
                "simulated": True, "running": len(e.running), "waiting": len(e.waiting), "kv_used_tokens": e.kv_used,
                "kv_capacity_tokens": self.a.kv_tokens, "tokens_emitted": e.tokens_emitted, "busy_s": e.busy_s,
                "uptime_s": time.perf_counter() - self.started})
            return True
        if method == "POST" and path in ("/v1/completions", "/v1/chat/completions"):
            return await self.generate(path.endswith("chat/completions"), headers, body, writer, arrival)
        self.json_response(writer, 404, "Not Found", {"error": {"message": f"no route {method} {path}"}})
        return True

    async def generate(self, chat, headers, body, writer, arrival):
        self.counter += 1
        rid = headers.get("x-request-id") or f"sim-{self.counter}"
        try:
            req = json.loads(body)
            if chat:
                prompt = " ".join(str(m.get("content", "")) for m in req["messages"])
            else:
                prompt = req["prompt"]
                if isinstance(prompt, list):
                    prompt = " ".join(map(str, prompt))
            max_tokens = int(req.get("max_tokens") or req.get("max_completion_tokens") or 16)
            if max_tokens < 1:
                raise ValueError("max_tokens must be at least 1")
        except (ValueError, KeyError, TypeError, AttributeError) as e:
            self.json_response(writer, 400, "Bad Request", {"error": {"message": f"bad request: {e}"}}, rid)
            self.record(rid, arrival, None, None, None, None, "HTTP 400")
            return True
        prompt_words = prompt.split()
        prompt_tokens = max(1, len(prompt_words))
        if not self.ready():
            self.json_response(writer, 503, "Service Unavailable", {"error": {"message": "loading model"}}, rid)
            self.record(rid, arrival, None, None, prompt_tokens, None, "HTTP 503")
            return True
        if self.rng.random() < self.a.error_rate:
            code = self.a.error_status
            self.json_response(writer, code, "Error", {"error": {"message": "simulated failure", "code": code}}, rid)
            self.record(rid, arrival, None, None, prompt_tokens, None, f"HTTP {code}")
            return True
        seq = SimSequence(rid, prompt_tokens, max_tokens)
        if not self.engine.submit(seq):
            self.json_response(writer, 400, "Bad Request",
                               {"error": {"message": f"prompt + max_tokens exceed the KV capacity"}}, rid)
            self.record(rid, arrival, None, None, prompt_tokens, None, "HTTP 400")
            return True
        drop_at = self.rng.randint(1, max_tokens) if self.rng.random() < self.a.drop_rate else None
        stall_at = self.rng.randint(1, max_tokens) if self.rng.random() < self.a.stall_rate else None
        stream = bool(req.get("stream"))
        usage_wanted = bool((req.get("stream_options") or {}).get("include_usage"))
        model = req.get("model", self.a.model)
        first = last = None
        created = int(time.time())
        try:
            if stream:
                writer.write(self.head(200, "OK", [("Content-Type", "text/event-stream"), ("Cache-Control", "no-cache"),
                                                   ("Transfer-Encoding", "chunked"), ("X-Request-Id", rid)]))
                if chat:  # vLLM opens a chat stream with a role-only delta
                    self.sse(writer, {"id": rid, "object": "chat.completion.chunk", "created": created, "model": model,
                                      "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]})
            text = []
            while True:
                token = await seq.queue.get()
                if token is None:
                    break
                if stall_at == token:
                    await asyncio.sleep(self.a.stall_s)
                if drop_at == token:
                    writer.transport.abort()
                    seq.cancelled = True
                    self.record(rid, arrival, first, last, prompt_tokens, seq.generated, "dropped by fault injection")
                    return False
                # extractive, like a lead-N baseline: the answer repeats the prompt's words in order
                word = " " + (prompt_words[(token - 1) % len(prompt_words)] if prompt_words
                              else VOCABULARY[(token * 7 + len(rid)) % len(VOCABULARY)])
                text.append(word)
                if stream:
                    choice = {"index": 0, "delta": {"content": word}} if chat else {"index": 0, "text": word}
                    choice["finish_reason"] = "length" if token == max_tokens else None
                    self.sse(writer, {"id": rid, "object": "chat.completion.chunk" if chat else "text_completion",
                                      "created": created, "model": model, "choices": [choice]})
                    now = time.perf_counter()
                    first = first or now
                    last = now
                    if token % 16 == 0:
                        await writer.drain()
            usage = {"prompt_tokens": prompt_tokens, "completion_tokens": seq.generated,
                     "total_tokens": prompt_tokens + seq.generated}
            if stream:
                if usage_wanted:
                    self.sse(writer, {"id": rid, "object": "chat.completion.chunk" if chat else "text_completion",
                                      "created": created, "model": model, "choices": [], "usage": usage})
                writer.write(b"e\r\ndata: [DONE]\n\n\r\n0\r\n\r\n")
            else:
                message = "".join(text)
                choice = ({"index": 0, "message": {"role": "assistant", "content": message}, "finish_reason": "length"}
                          if chat else {"index": 0, "text": message, "finish_reason": "length"})
                self.json_response(writer, 200, "OK", {"id": rid, "object": "chat.completion" if chat else "text_completion",
                                                       "created": created, "model": model, "choices": [choice],
                                                       "usage": usage}, rid)
                first = last = time.perf_counter()
            self.record(rid, arrival, first, last, prompt_tokens, seq.generated, "ok")
            return True
        except (ConnectionError, OSError):
            seq.cancelled = True
            self.record(rid, arrival, first, last, prompt_tokens, seq.generated, "client disconnected")
            return False

    @staticmethod
    def sse(writer, obj):
        data = b"data: " + json.dumps(obj, separators=(",", ":")).encode() + b"\n\n"
        writer.write(b"%x\r\n%s\r\n" % (len(data), data))


async def serve_sim(args):
    # the server runs indefinitely, so it keeps collecting, but rarely: fewer millisecond pauses in the
    # timing it reports as ground truth
    gc.collect()
    gc.freeze()
    gc.set_threshold(100_000, 50, 100)
    server = SimServer(args)
    engine_task = asyncio.get_running_loop().create_task(server.engine.run())
    loop = asyncio.get_running_loop()

    def connection():
        reader = TimedStreamReader(limit=1 << 20, loop=loop)
        return asyncio.StreamReaderProtocol(reader, server.handle, loop=loop)

    srv = await loop.create_server(connection, args.host, args.port, backlog=4096)
    port = srv.sockets[0].getsockname()[1]
    w = EventWriter()
    w.emit("listening", host=args.host, port=port, model=args.model, simulated=True, pid=os.getpid())
    w.flush()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with srv:
        await stop.wait()
    engine_task.cancel()
    if server.truth:
        server.truth.close()
    return EXIT_OK


# --------------------------------------------------------------------------------------------------
# run: one phase of load, with barrier start, stop, journal and resume.

def read_control(loop, gen, go_future, stop_at_eof=False):
    """Reads control lines from stdin: `go <unix-time>` releases the barrier, `stop` stops the phase.
    A worker process stops when its stdin closes: its coordinator is gone."""
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words[0] == "go" and len(words) == 2 and not go_future.done():
            try:
                when = float(words[1])
            except ValueError:
                continue
            loop.call_soon_threadsafe(lambda: go_future.done() or go_future.set_result(when))
        elif words[0] == "stop":
            loop.call_soon_threadsafe(gen.request_stop)
            loop.call_soon_threadsafe(lambda: go_future.done() or go_future.set_result(None))
    # stdin closed: the app is gone or has nothing more to say; a barrier would wait forever
    loop.call_soon_threadsafe(lambda: go_future.done() or go_future.set_result(None))
    if stop_at_eof:
        loop.call_soon_threadsafe(gen.request_stop)


# One Python process keeps a sub-millisecond schedule up to a few hundred requests/s (scripts/bench-agent);
# above that the agent spreads the schedule over worker processes, each owning every k-th request.
RATE_PER_WORKER = 450.0


def worker_count(spec):
    if spec["workers"]:
        return spec["workers"]
    if spec["load"]["mode"] == "concurrency":
        return 1
    return max(1, min(os.cpu_count() or 1, math.ceil(spec["load"]["value"] / RATE_PER_WORKER)))


class Coordinator:
    """Runs a phase on k worker processes and merges their events into this agent's one numbered stream:
    requests in completion order, heartbeats summed, and the phase's lateness and achieved rate computed
    from all requests, so the result cannot tell how many processes made it."""

    def __init__(self, spec, writer, k):
        self.spec, self.w, self.k = spec, writer, k
        self.procs = []
        self.ready = set()
        self.ended = set()
        self.beats = [{"sent": 0, "done": 0, "failed": 0, "in_flight": 0} for _ in range(k)]
        self.lateness, self.send_times = [], []
        self.sent = self.done = self.failed = 0
        self.stop_requested = False
        self.all_ready = self.all_ended = None

    def request_stop(self):
        self.stop_requested = True
        self.tell("stop")

    def tell(self, line):
        for proc in self.procs:
            try:
                proc.stdin.write((line + "\n").encode())
                proc.stdin.flush()
            except (BrokenPipeError, OSError, ValueError):
                pass

    def on_line(self, worker, line):
        try:
            event = json.loads(line)
            kind = event.pop("type")
        except (ValueError, KeyError, AttributeError):
            self.w.emit("log", level="warn", source=f"worker {worker}", message=line.strip()[:500])
            return
        for key in ("v", "seq", "t"):
            event.pop(key, None)
        if kind == "request":
            ok = event["status"] == "ok"
            self.done += ok
            self.failed += not ok
            if event["intended"] is not None:
                self.lateness.append(event["send"] - event["intended"])
            if not event["warmup"]:
                self.send_times.append(event["send"])
            self.w.emit("request", **event)
        elif kind == "heartbeat":
            self.beats[worker] = event
        elif kind == "ready":
            self.ready.add(worker)
            if len(self.ready) == self.k:
                self.all_ready.set()
        elif kind == "phase_end":
            self.sent += event.get("sent") or 0
        elif kind == "end":
            self.ended.add(worker)
            if len(self.ended) == self.k:
                self.all_ended.set()
        elif kind in ("error", "log"):
            self.w.emit(kind, worker=worker, **event)
        # start and phase_start of a worker say nothing this agent has not said

    async def heartbeat(self):
        while True:
            await asyncio.sleep(1.0)
            total = {key: sum(b.get(key, 0) for b in self.beats) for key in ("sent", "done", "failed", "in_flight")}
            self.w.emit("heartbeat", **total)
            self.w.flush()

    async def run(self, barrier):
        loop = asyncio.get_running_loop()
        self.all_ready, self.all_ended = asyncio.Event(), asyncio.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.request_stop)
        spec_file = tempfile.NamedTemporaryFile("w", prefix="inferdeck-spec-", suffix=".json", delete=False)
        json.dump(dict(self.spec, workers=1), spec_file)
        spec_file.close()
        try:
            for i in range(self.k):
                proc = subprocess.Popen([sys.executable, os.path.abspath(__file__), "run", spec_file.name,
                                         "--worker", f"{i}/{self.k}"],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)
                self.procs.append(proc)
                threading.Thread(target=self.pump, args=(loop, i, proc), name=f"worker-{i}", daemon=True).start()
            go = loop.create_future()
            threading.Thread(target=read_control, args=(loop, self, go), name="control", daemon=True).start()
            waiting = loop.create_task(self.all_ready.wait())
            ended = loop.create_task(self.all_ended.wait())
            await asyncio.wait([waiting, ended], return_when=asyncio.FIRST_COMPLETED)
            waiting.cancel()
        finally:
            os.unlink(spec_file.name)
        start_unix = None
        if self.all_ready.is_set():
            if barrier:
                self.w.emit("ready", node=self.spec["node"], phase=self.spec["phase"])
                self.w.flush()
                start_unix = await go
            else:
                start_unix = CLOCK.now() + 0.05  # far enough ahead that every worker sees `go` in time
            if start_unix is None:
                self.stop_requested = True
        s = self.spec
        target = s["load"]["value"] if s["load"]["mode"] != "concurrency" else None
        self.w.emit("phase_start", phase=s["phase"], rep=s["repetition"], node=s["node"], load=s["load"],
                    warmup=s["warmup"], requests=s["requests"], duration_s=s["duration_s"], target_rate=target,
                    start=us(start_unix) if start_unix else None, workers=[p.pid for p in self.procs])
        beat = loop.create_task(self.heartbeat())
        self.tell("stop" if start_unix is None else f"go {start_unix:.6f}")
        await ended
        beat.cancel()
        for i, proc in enumerate(self.procs):
            code = await loop.run_in_executor(None, proc.wait)
            if code != 0:
                self.w.emit("error", message=f"load-generator worker {i} exited with status {code}")
        emit_phase_end(self.w, s, target, self)
        self.w.flush()
        return self

    def pump(self, loop, worker, proc):
        for line in proc.stdout:
            loop.call_soon_threadsafe(self.on_line, worker, line)
        # a worker that dies without its `end` line still counts as ended, so the phase finishes
        loop.call_soon_threadsafe(self.on_line, worker, b'{"type":"end"}')


async def run_phase(spec, writer, barrier, shard=(0, 1)):
    gen = LoadGenerator(spec, writer, shard)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, gen.request_stop)
    go = loop.create_future()
    threading.Thread(target=read_control, args=(loop, gen, go, shard[1] > 1), name="control", daemon=True).start()
    start_unix = None
    if barrier:
        await gen.setup()
        writer.emit("ready", node=spec["node"], phase=spec["phase"])
        writer.flush()
        start_unix = await go
        if start_unix is None:
            gen.stop_requested = True
    await gen.run(start_unix)
    return gen


def cmd_run(args):
    if args.resume_from is not None:
        if not args.journal or not os.path.exists(args.journal):
            print(f"inferdeck_agent: run --resume-from needs an existing --journal, found {args.journal!r}", file=sys.stderr)
            return EXIT_USAGE
        return EXIT_OK if replay_journal(args.journal, args.resume_from) else EXIT_FAILED
    try:
        raw = sys.stdin.read() if args.spec == "-" else open(args.spec, encoding="utf-8").read()
    except OSError as e:
        print(f"inferdeck_agent: cannot read the run spec {args.spec}: {e.strerror}", file=sys.stderr)
        return EXIT_USAGE
    try:
        spec = parse_spec(json.loads(raw))
    except ValueError as e:
        print(f"inferdeck_agent: the run spec is not valid JSON: {e}", file=sys.stderr)
        return EXIT_USAGE
    except SpecError as e:
        print(f"inferdeck_agent: bad run spec: {e}", file=sys.stderr)
        return EXIT_USAGE
    # survive a dropped SSH connection: keep running and journaling, the app resumes from the journal
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    sys.setswitchinterval(0.00005)  # the pacer thread must get the GIL within a fraction of a millisecond
    shard = (0, 1)
    if args.worker:
        m = re.match(r"^(\d+)/(\d+)$", args.worker)
        if not m or not int(m.group(1)) < int(m.group(2)):
            print(f"inferdeck_agent: --worker expects W/K with W < K, found {args.worker!r}", file=sys.stderr)
            return EXIT_USAGE
        shard = (int(m.group(1)), int(m.group(2)))
    workers = 1 if args.worker else worker_count(spec)
    writer = EventWriter(None if args.worker else args.journal)
    writer.emit("start", agent_version=AGENT_VERSION, pid=os.getpid(), host=socket.gethostname(),
                python=platform.python_version(), spec=dict(spec, workers=workers),
                clock={"unix": us(CLOCK.now()), "perf": time.perf_counter()})
    # a cyclic collection pauses the loop for milliseconds; a phase is bounded, so collect only after it
    gc.collect()
    gc.disable()
    try:
        if workers > 1:
            gen = asyncio.run(Coordinator(spec, writer, workers).run(args.barrier))
        else:
            gen = asyncio.run(run_phase(spec, writer, args.barrier or bool(args.worker), shard))
    except SpecError as e:  # dataset problems surface while building it
        writer.emit("error", message=str(e), field=e.field)
        writer.emit("end", ok=False)
        writer.close()
        print(f"inferdeck_agent: bad run spec: {e}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        gc.enable()
    writer.emit("end", ok=True, stopped=gen.stop_requested, sent=gen.sent, done=gen.done, failed=gen.failed)
    writer.close()
    return EXIT_OK


# --------------------------------------------------------------------------------------------------
# telemetry: GPU samples from nvidia-smi, or derived from the simulator's load.

NVSMI_FIELDS = "index,utilization.gpu,memory.used,power.draw,temperature.gpu,clocks.sm"


def number_or_none(text):
    try:
        value = float(text)
        return value if math.isfinite(value) else None
    except ValueError:
        return None  # "[N/A]", "[Not Supported]"


def sample_nvidia_smi(timeout=5.0):
    out = subprocess.run(["nvidia-smi", f"--query-gpu={NVSMI_FIELDS}", "--format=csv,noheader,nounits"],
                         capture_output=True, text=True, timeout=timeout, check=True).stdout
    samples = []
    for line in out.strip().splitlines():
        cells = [c.strip() for c in line.split(",")]
        if len(cells) != 6:
            continue
        samples.append({"gpu": int(cells[0]), "util": number_or_none(cells[1]), "mem_mib": number_or_none(cells[2]),
                        "power_w": number_or_none(cells[3]), "temp_c": number_or_none(cells[4]),
                        "sm_mhz": number_or_none(cells[5])})
    return samples


class SimTelemetry:
    """Plausible H100 readings from the simulator's /metrics: utilization is the share of time the engine
    spent in steps; power, memory, temperature and clock follow it. Marked simulated."""

    IDLE_W, TDP_W, WEIGHTS_MIB, KV_MIB_PER_TOKEN = 70.0, 700.0, 15_320.0, 0.125

    def __init__(self, endpoint):
        self.url = endpoint.rstrip("/") + "/metrics"
        self.last = None
        self.temp = 35.0

    def sample(self):
        with urllib.request.urlopen(self.url, timeout=2.0) as r:
            m = json.loads(r.read())
        util = 0.0
        if self.last and m["uptime_s"] > self.last["uptime_s"]:
            util = min(1.0, (m["busy_s"] - self.last["busy_s"]) / (m["uptime_s"] - self.last["uptime_s"]))
        self.last = m
        self.temp += (35.0 + 35.0 * util - self.temp) * 0.2  # heats and cools with a lag
        return [{"gpu": 0, "util": round(100 * util, 1),
                 "mem_mib": round(self.WEIGHTS_MIB + 2048 + m["kv_used_tokens"] * self.KV_MIB_PER_TOKEN, 1),
                 "power_w": round(self.IDLE_W + (self.TDP_W - self.IDLE_W) * util ** 0.8, 1),
                 "temp_c": round(self.temp, 1), "sm_mhz": 1980.0 if util > 0.02 else 345.0}]


def cmd_telemetry(args):
    writer = EventWriter(args.journal)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    threading.Thread(target=lambda: [stop.set() for line in sys.stdin if line.strip() == "stop"], daemon=True).start()
    source = SimTelemetry(args.sim) if args.sim else None
    if source is None and not shutil.which("nvidia-smi"):
        writer.emit("error", message="nvidia-smi not found: no GPU telemetry on this node")
        writer.emit("end", ok=False)
        writer.close()
        return EXIT_FAILED
    writer.emit("start", agent_version=AGENT_VERSION, pid=os.getpid(), simulated=bool(args.sim))
    deadline = time.perf_counter()
    count = 0
    while not stop.is_set() and (args.count is None or count < args.count):
        t = CLOCK.now()
        try:
            samples = source.sample() if source else sample_nvidia_smi()
            writer.emit("telemetry", node=args.node, time=us(t), simulated=bool(args.sim), gpus=samples)
        except (OSError, ValueError, subprocess.SubprocessError, urllib.error.URLError) as e:
            writer.emit("log", level="warn", message=f"telemetry sample failed: {e}")
        writer.flush()
        if not writer.stdout_ok and not args.journal:
            break  # nobody reads these samples any more (the link dropped): do not run on forever
        count += 1
        deadline += args.interval
        stop.wait(max(0.0, deadline - time.perf_counter()))
    writer.emit("end", ok=True)
    writer.close()
    return EXIT_OK


# --------------------------------------------------------------------------------------------------
# exec: an external benchmark (e.g. `vllm bench serve ... --save-result`), streamed and handed back.

def cmd_exec(args):
    if not args.argv:
        print("inferdeck_agent: exec needs a command after --", file=sys.stderr)
        return EXIT_USAGE
    # like `run`, outlive a dropped SSH connection: the journal keeps everything for `run --resume-from`
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    writer = EventWriter(args.journal)
    writer.emit("start", agent_version=AGENT_VERSION, pid=os.getpid(), argv=args.argv)
    try:
        # its own process group, so stopping it stops everything it started
        proc = subprocess.Popen(args.argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                errors="replace", start_new_session=True)
    except OSError as e:
        writer.emit("error", message=f"cannot start {args.argv[0]}: {e.strerror}")
        writer.emit("end", ok=False, exit_code=None)
        writer.close()
        return EXIT_FAILED

    def forward(*_):
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, forward)
    for line in proc.stdout:
        writer.emit("log", level="info", source="exec", message=line.rstrip("\n"))
    code = proc.wait()
    if args.result_file:
        try:
            with open(args.result_file, "rb") as f:
                data = f.read()
            writer.emit("result_file", path=args.result_file, bytes=len(data), base64=base64.b64encode(data).decode())
        except OSError as e:
            writer.emit("error", message=f"the result file {args.result_file} was not written: {e.strerror}")
    writer.emit("end", ok=code == 0, exit_code=code)
    writer.close()
    return EXIT_OK if code == 0 else EXIT_FAILED


# --------------------------------------------------------------------------------------------------
# probe: what the node is.

def run_quiet(argv, timeout=5.0):
    """stdout of a command, or None when it is missing, fails or hangs past `timeout`."""
    try:
        r = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
        return r.stdout if r.returncode == 0 else None
    except (OSError, subprocess.SubprocessError):
        return None


def probe_gpus():
    gpus, note, driver, cuda = [], "", "", ""
    if shutil.which("nvidia-smi"):
        out = run_quiet(["nvidia-smi", "--query-gpu=index,name,memory.total,driver_version,power.limit",
                         "--format=csv,noheader,nounits"])
        if out is None:
            note = "nvidia-smi is installed but failed or timed out"
        for line in (out or "").strip().splitlines():
            c = [x.strip() for x in line.split(",")]
            if len(c) == 5:
                gpus.append({"index": int(c[0]), "name": c[1], "memory_mib": number_or_none(c[2]),
                             "power_limit_w": number_or_none(c[4])})
                driver = c[3]
        m = re.search(r"CUDA Version:\s*([\d.]+)", run_quiet(["nvidia-smi"]) or "")
        cuda = m.group(1) if m else ""
    if shutil.which("rocm-smi"):
        out = run_quiet(["rocm-smi", "--showproductname", "--json"])
        try:
            for i, (card, info) in enumerate(sorted(json.loads(out or "{}").items())):
                gpus.append({"index": len(gpus), "name": info.get("Card series") or info.get("Card SKU") or card,
                             "memory_mib": None, "power_limit_w": None})
        except (ValueError, AttributeError):
            note = "rocm-smi output could not be read"
    if not gpus and not note:
        note = "no GPU tool found (nvidia-smi, rocm-smi)"
    return gpus, note, driver, cuda


ENGINES = (
    ("vllm", ["python3", "-c", "import vllm; print(vllm.__version__)"]),
    ("sglang", ["python3", "-c", "import sglang; print(sglang.__version__)"]),
    ("tensorrt_llm", ["python3", "-c", "import tensorrt_llm; print(tensorrt_llm.__version__)"]),
    ("text-generation-launcher", ["text-generation-launcher", "--version"]),
    ("llama.cpp", ["llama-server", "--version"]),
)


def probe_engines():
    found = []
    for name, argv in ENGINES:
        if argv[0] != "python3" and not shutil.which(argv[0]):
            continue
        out = run_quiet(argv, timeout=10.0)  # importing vllm takes seconds; a hang must not stall the probe
        if out and out.strip():
            found.append({"name": name, "version": out.strip().splitlines()[-1][:80]})
    return found


def memory_mib():
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    return round(int(line.split()[1]) / 1024.0, 1)
    except OSError:
        pass
    return None


def os_name():
    try:
        with open("/etc/os-release") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    return line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return platform.platform()


def cmd_probe(args):
    gpus, note, driver, cuda = probe_gpus()
    inventory = {"v": PROTOCOL_VERSION, "seq": 1, "type": "inventory", "t": us(CLOCK.now()),
                 "agent_version": AGENT_VERSION, "hostname": socket.gethostname(), "os": os_name(),
                 "python": platform.python_version(), "cpu_count": os.cpu_count(), "memory_mib": memory_mib(),
                 "driver": driver, "cuda": cuda, "gpus": gpus, "gpu_note": note,
                 "engines": [] if args.no_engines else probe_engines()}
    if args.endpoint:
        try:
            with urllib.request.urlopen(args.endpoint.rstrip("/") + "/v1/models", timeout=args.timeout) as r:
                models = json.loads(r.read())
            inventory["models"] = [m.get("id") for m in models.get("data", [])]
            inventory["simulated"] = any(m.get("simulated") for m in models.get("data", []))
        except urllib.error.HTTPError as e:
            inventory["models"] = []
            inventory["endpoint_error"] = f"{args.endpoint}: HTTP {e.code} {e.reason}"
        except (OSError, ValueError, urllib.error.URLError) as e:
            inventory["models"] = []
            inventory["endpoint_error"] = f"{args.endpoint}: {getattr(e, 'reason', e)}"
    print(json.dumps(inventory, separators=(",", ":")))
    return EXIT_OK


# --------------------------------------------------------------------------------------------------

# --------------------------------------------------------------------------------------------------
# clock and wait-ready: small helpers the app's run controller uses before a phase.

def cmd_clock(args):
    """Answers every line on stdin with this node's Unix time, so the app can estimate the clock offset
    from the round trip with the smallest delay (NTP's idea, over the already-open channel)."""
    for _ in sys.stdin:
        sys.stdout.write(json.dumps({"v": PROTOCOL_VERSION, "type": "clock", "unix": time.time()}) + "\n")
        sys.stdout.flush()
    return EXIT_OK


def cmd_wait_ready(args):
    """Polls GET /v1/models until the server answers 200 or the time is up; prints one result line."""
    deadline = time.monotonic() + args.timeout
    url = args.endpoint.rstrip("/") + "/v1/models"
    last = "no answer"
    while True:
        try:
            with urllib.request.urlopen(url, timeout=min(5.0, max(0.1, deadline - time.monotonic()))) as r:
                models = [m.get("id") for m in json.loads(r.read()).get("data", [])]
            print(json.dumps({"v": PROTOCOL_VERSION, "type": "ready", "endpoint": args.endpoint, "models": models}))
            return EXIT_OK
        except urllib.error.HTTPError as e:
            last = f"HTTP {e.code} {e.reason}"
        except (urllib.error.URLError, OSError, ValueError) as e:
            last = str(getattr(e, "reason", e))
        if time.monotonic() + 0.25 > deadline:
            print(json.dumps({"v": PROTOCOL_VERSION, "type": "error",
                              "message": f"{args.endpoint} not ready after {args.timeout:g} s: {last}"}))
            return EXIT_FAILED
        time.sleep(0.25)


def main(argv=None):
    p = argparse.ArgumentParser(prog="inferdeck_agent", description=__doc__.split("\n\n")[0])
    p.add_argument("--version", action="version", version=f"inferdeck_agent {AGENT_VERSION} (protocol {PROTOCOL_VERSION})")
    sub = p.add_subparsers(dest="subcommand", required=True)

    pr = sub.add_parser("probe", help="node inventory as one JSON line")
    pr.add_argument("--endpoint", help="also list the models an OpenAI-compatible server serves")
    pr.add_argument("--timeout", type=float, default=5.0)
    pr.add_argument("--no-engines", action="store_true", help="skip the (slow) engine look-ups")

    sv = sub.add_parser("serve-sim", help="simulated OpenAI-compatible server")
    sv.add_argument("--host", default="127.0.0.1")
    sv.add_argument("--port", type=int, default=0, help="0 picks a free port (printed in the 'listening' event)")
    sv.add_argument("--model", default="meta-llama/Llama-3.1-8B-Instruct")
    sv.add_argument("--speed", type=float, default=1.0, help="time scale: 2 runs the engine twice as fast")
    sv.add_argument("--prefill-tps", type=float, default=20000.0)
    sv.add_argument("--decode-base-ms", type=float, default=6.3)
    sv.add_argument("--kv-read-ns", type=float, default=39.0, help="per context token per decode step")
    sv.add_argument("--max-seqs", type=int, default=256)
    sv.add_argument("--kv-tokens", type=int, default=420000)
    sv.add_argument("--ground-truth", help="append one JSON line per request here")
    sv.add_argument("--seed", type=int, default=0)
    sv.add_argument("--error-rate", type=float, default=0.0)
    sv.add_argument("--error-status", type=int, default=503)
    sv.add_argument("--drop-rate", type=float, default=0.0, help="share of streams cut mid-way")
    sv.add_argument("--stall-rate", type=float, default=0.0)
    sv.add_argument("--stall-s", type=float, default=2.0)
    sv.add_argument("--ready-delay-s", type=float, default=0.0)

    rn = sub.add_parser("run", help="run one phase of load from a JSON spec")
    rn.add_argument("spec", nargs="?", default="-", help="spec file, or - for stdin")
    rn.add_argument("--journal", help="append every event to this file as well")
    rn.add_argument("--barrier", action="store_true", help="print 'ready', then wait for 'go <unix-time>' on stdin")
    rn.add_argument("--resume-from", type=int, metavar="SEQ", help="replay the journal after SEQ and follow it")
    rn.add_argument("--worker", metavar="W/K", help=argparse.SUPPRESS)  # started by the agent itself

    tl = sub.add_parser("telemetry", help="GPU telemetry events")
    tl.add_argument("--interval", type=float, default=1.0)
    tl.add_argument("--count", type=int, help="stop after this many samples")
    tl.add_argument("--node", default=socket.gethostname())
    tl.add_argument("--sim", metavar="ENDPOINT", help="derive telemetry from serve-sim at ENDPOINT")
    tl.add_argument("--journal")

    ex = sub.add_parser("exec", help="run an external benchmark command")
    ex.add_argument("--result-file", help="hand this file back when the command ends")
    ex.add_argument("--journal")
    ex.add_argument("argv", nargs=argparse.REMAINDER, help="-- COMMAND [ARGS...]")

    ck = sub.add_parser("clock", help="answer each stdin line with this node's Unix time")
    wr = sub.add_parser("wait-ready", help="wait until an endpoint answers GET /v1/models")
    wr.add_argument("endpoint")
    wr.add_argument("--timeout", type=float, default=300.0)
    del ck

    args = p.parse_args(argv)
    if args.subcommand == "clock":
        return cmd_clock(args)
    if args.subcommand == "wait-ready":
        return cmd_wait_ready(args)
    if args.subcommand == "probe":
        return cmd_probe(args)
    if args.subcommand == "serve-sim":
        return asyncio.run(serve_sim(args))
    if args.subcommand == "run":
        return cmd_run(args)
    if args.subcommand == "telemetry":
        return cmd_telemetry(args)
    if args.subcommand == "exec":
        if args.argv and args.argv[0] == "--":
            args.argv = args.argv[1:]
        return cmd_exec(args)
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
