"""`telemetry --engine-metrics URL`: the engine's own state, scraped from its Prometheus endpoint beside the
GPU samples, so the workstation can split client TTFT into server queue wait, prefill and the rest.

The scraper runs in a thread of its own: an engine whose /metrics is slow under load delays only the next
scrape, never a GPU sample. An endpoint that publishes nothing readable (404, refused, HTML, too large) is
"not measured", said once per reason, and retried at a slower pace; what passes (a timeout, a garbled
line) is a rate-limited `log` warning. See PROTOCOL.md, "telemetry".
"""
import errno
import http.client
import json
import math
import socket
import ssl
import threading
import time
import urllib.parse

from . import AGENT_VERSION, enginemetrics, promtext
from .clock import CLOCK, us
from .httpclient import tls_failure

SLOW_PACE_S = 5.0  # how often an endpoint that published nothing readable is asked again
WARN_EVERY_S = 30.0  # at most one warning of a kind this often; the next says how many were held back
RAW_FAMILIES, RAW_SAMPLES = 200, 2000
# 0.0.4 text: prometheus_client answers OpenMetrics only when asked for it, and the parser reads both
ACCEPT = "text/plain;version=0.0.4;q=1.0,*/*;q=0.1"


class NotMeasured(Exception):
    """The endpoint publishes nothing this agent can read; the message says why, as a sentence."""


class Passing(Exception):
    """A scrape that failed for a reason that may pass (a timeout, a dropped connection)."""


def scrape_timeout(interval):
    """Well under the interval, so a scrape is over before the next is due, yet not so short that an engine
    whose API server is busy streaming thousands of answers times out on every scrape."""
    return min(5.0, max(0.2, 0.6 * interval))


def compact(v):
    """12.0 as 12: most values are counts, and the controller reads ten nodes' events twice a second."""
    return int(v) if v.is_integer() and abs(v) < 2 ** 53 else v


def finite(values):
    """JSON has no NaN or infinity: such a gauge or counter is left out, as if not published."""
    return {k: compact(v) for k, v in values.items() if v is not None and math.isfinite(v)}


def histogram_json(h):
    """The event's form of a merged histogram, or None when a count is not a number (a NaN bucket)."""
    if not all(math.isfinite(c) for c in h["cum"]) or not math.isfinite(h["count"]):
        return None
    return {"le": h["le"], "cum": [compact(c) for c in h["cum"]], "count": compact(h["count"]),
            "sum": h["sum"] if h["sum"] is not None and math.isfinite(h["sum"]) else None}


def raw_json(scrape):
    """({name: {"type", "samples": [[sample name, labels, value]]}}, truncated), within the size bounds;
    a value JSON cannot hold is written as Prometheus spells it ("NaN", "+Inf", "-Inf")."""
    out, samples, truncated = {}, 0, False
    for name, fam in scrape.families.items():
        if len(out) >= RAW_FAMILIES or samples >= RAW_SAMPLES:
            truncated = True
            break
        room = RAW_SAMPLES - samples
        kept = fam.samples[:room]
        truncated = truncated or len(kept) < len(fam.samples)
        out[name] = {"type": fam.type, "samples": [
            [s, labels, compact(v) if math.isfinite(v) else ("NaN" if v != v else "+Inf" if v > 0 else "-Inf")]
            for s, labels, v in kept]}
        samples += len(kept)
    return out, truncated


def engine_event(scrape, raw=False):
    """The fields of one `engine_metrics` event (all but node, time and simulated) from a parsed scrape."""
    engine = enginemetrics.recognize(scrape)
    gauges, counters, histograms = enginemetrics.extract(scrape, engine)
    fields = {"measured": True, "engine": engine, "gauges": finite(gauges), "counters": finite(counters),
              "histograms": {k: j for k, j in ((k, histogram_json(h)) for k, h in histograms.items()) if j}}
    if engine is None or raw:
        fields["raw"], truncated = raw_json(scrape)
        if truncated:
            fields["raw_truncated"] = True
    if scrape.bad_lines:
        fields["bad_lines"] = scrape.bad_lines
    return fields


def status_reason(status, path, body):
    """Why an HTTP answer other than 200 means the engine publishes no metrics there, as a sentence."""
    text = body[:2000].decode("utf-8", "replace").lower()
    said = f"the endpoint answered {status} at {path}"
    if status == 501 and "metrics" in text:  # llama-server without --metrics (its not_supported_error)
        return f"{said}; llama.cpp publishes metrics only with --metrics"
    if status in (401, 403):
        return (f"{said}: it wants an API key, and InferDeck sends none to the metrics endpoint (vLLM, SGLang "
                "and TGI exempt it; llama.cpp asks for the key on /metrics too)")
    if status == 404:
        return f"{said}; the engine publishes no metrics at this path (vLLM, SGLang and TGI use /metrics; " \
               "SGLang only with --enable-metrics)"
    return said


def looks_like(body):
    head = body[:512].lstrip().lower()
    if head.startswith((b"<!doctype", b"<html", b"<")):
        return "HTML"
    if head.startswith((b"{", b"[")):
        return "JSON"
    return None


class EngineScraper:
    """Scrapes URL every `interval` seconds and emits `engine_metrics` events on `writer` until `stop`."""

    def __init__(self, url, writer, node, interval, context=None, raw=False, simulated=False):
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"--engine-metrics: not an http(s) URL: {url!r}")
        self.url, self.writer, self.node, self.interval = url, writer, node, interval
        self.host, self.https = parts.hostname, parts.scheme == "https"
        self.port = parts.port or (443 if self.https else 80)
        self.path = (parts.path or "/") + ("?" + parts.query if parts.query else "")
        self.context = context if self.https else None
        self.raw, self.simulated = raw, simulated
        self.timeout = scrape_timeout(interval)
        self.conn = None
        self.not_measured = None  # the reason last said, while the endpoint stays unreadable
        self.warned = {}  # kind -> [last warning time, held back since]
        self.thread = None

    # --- HTTP ---
    def connect(self):
        if self.https:
            return http.client.HTTPSConnection(self.host, self.port, timeout=self.timeout, context=self.context)
        return http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)

    def get(self):
        """(status, headers, body, when the engine answered) of one GET; a kept-alive connection the engine
        closed meanwhile is opened again once."""
        for attempt in (0, 1):
            if self.conn is None:
                self.conn = self.connect()
            try:
                return self.exchange(self.conn)
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.close()
                if attempt:
                    raise
            except BaseException:
                self.close()
                raise

    def exchange(self, conn):
        deadline = time.monotonic() + self.timeout
        if conn.sock is not None:  # a kept-alive socket still has the last body read's shortened timeout
            conn.sock.settimeout(self.timeout)
        sent = CLOCK.now()
        conn.request("GET", self.path, headers={"Accept": ACCEPT, "Accept-Encoding": "identity",
                                                "User-Agent": f"inferdeck-agent/{AGENT_VERSION}"})
        r = conn.getresponse()
        # the engine took its snapshot between the request and the answer's head
        taken = sent + (CLOCK.now() - sent) / 2
        length = r.getheader("Content-Length")
        if length and length.isdigit() and int(length) > promtext.MAX_BODY_BYTES:
            self.close()
            raise NotMeasured(self.too_large(int(length)))
        chunks, size = [], 0
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise socket.timeout("timed out")
            if conn.sock is not None:
                conn.sock.settimeout(left)
            piece = r.read(1 << 16)  # read(), not read1(): it closes the response at its end, for keep-alive
            if not piece:
                break
            size += len(piece)
            if size > promtext.MAX_BODY_BYTES:
                self.close()
                raise NotMeasured(self.too_large(None))
            chunks.append(piece)
        if r.length:  # the server closed before the Content-Length it announced (read() does not say so)
            raise http.client.IncompleteRead(b"".join(chunks), r.length)
        if r.will_close:
            self.close()
        return r.status, r, b"".join(chunks), taken

    def too_large(self, length):
        size = f"{length} bytes" if length else "more"
        return (f"the metrics body at {self.path} is too large ({size}); InferDeck reads at most "
                f"{promtext.MAX_BODY_BYTES >> 20} MiB of it")

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    # --- one scrape ---
    def scrape(self):
        """The fields of one event; raises NotMeasured or Passing."""
        where = f"{self.host}:{self.port}"
        try:
            status, headers, body, taken = self.get()
        except NotMeasured:
            raise
        except ssl.SSLError as e:
            raise NotMeasured(tls_failure(e, self.host, self.port))
        except socket.gaierror as e:
            raise NotMeasured(f"the host {self.host} of the metrics endpoint does not resolve ({e.strerror})")
        except ConnectionRefusedError:
            raise NotMeasured(f"nothing accepts connections at {where} (connection refused)")
        except socket.timeout:
            raise Passing(f"{self.url} did not answer within {self.timeout:g} s")
        except http.client.IncompleteRead as e:
            raise Passing(f"{self.url}: the body was cut off after {len(e.partial)} bytes")
        except http.client.HTTPException as e:
            raise NotMeasured(f"{where} does not answer HTTP at {self.path} ({type(e).__name__})")
        except OSError as e:
            if e.errno in (errno.EHOSTUNREACH, errno.ENETUNREACH):
                raise NotMeasured(f"{where} is unreachable ({e.strerror})")
            raise Passing(f"{self.url}: {e.strerror or e}")
        fields = {"time": us(taken)}
        if status != 200:
            raise NotMeasured(status_reason(status, self.path, body))
        kind = looks_like(body)
        if kind:
            raise NotMeasured(f"the endpoint at {self.path} answered {kind}, not Prometheus text")
        parsed = promtext.parse(body)
        if parsed.bad_lines and not parsed.samples:
            raise NotMeasured(f"the endpoint at {self.path} answered, but not in Prometheus text format "
                              f"(line {parsed.first_bad[0]}: {parsed.first_bad[1][:80]!r})")
        if parsed.bad_lines:
            self.warn("garbled", f"{parsed.bad_lines} unreadable line(s) skipped, the first (line "
                                 f"{parsed.first_bad[0]}): {parsed.first_bad[1][:120]!r}")
        simulated = self.simulated or (headers.getheader("X-InferDeck-Simulated") == "true")
        fields.update(simulated=simulated)
        fields.update(engine_event(parsed, self.raw))
        return fields

    def warn(self, kind, message):
        now = time.monotonic()
        last = self.warned.get(kind)
        if last is not None and now - last[0] < WARN_EVERY_S:
            last[1] += 1
            return
        held = last[1] if last else 0
        more = f" ({held} more like it in the last {WARN_EVERY_S:g} s)" if held else ""
        self.warned[kind] = [now, 0]
        self.writer.emit("log", level="warn", source="engine_metrics", message=f"engine metrics: {message}{more}")

    def once(self):
        """Scrapes once and emits what it found; returns the seconds until the next scrape."""
        try:
            try:
                fields = self.scrape()
            except (NotMeasured, Passing):
                raise
            except Exception as e:  # noqa: BLE001  whatever an endpoint sends must not end the GPU telemetry
                raise Passing(f"could not read {self.url}: {type(e).__name__}: {e}")
        except NotMeasured as e:
            reason = str(e)
            if reason != self.not_measured:
                self.not_measured = reason
                self.writer.emit("engine_metrics", event="engine_metrics", node=self.node, time=us(CLOCK.now()),
                                 measured=False, reason=reason)
            return max(SLOW_PACE_S, self.interval)
        except Passing as e:
            self.warn("passing", str(e))
            return self.interval
        self.not_measured = None
        try:
            json.dumps(fields, allow_nan=False)  # an emit that failed half-way would leave a gap in `seq`
        except ValueError as e:
            self.warn("passing", f"a scrape of {self.url} could not be written as JSON ({e})")
            return self.interval
        self.writer.emit("engine_metrics", event="engine_metrics", node=self.node, **fields)
        self.measured = True
        return self.interval

    # --- the thread ---
    def start(self, stop):
        self.thread = threading.Thread(target=self.run, args=(stop,), name="engine-metrics", daemon=True)
        self.thread.start()
        return self.thread

    def run(self, stop):
        deadline = time.monotonic()
        try:
            while not stop.is_set():
                wait = self.once()
                self.writer.flush()
                deadline += wait
                now = time.monotonic()
                if deadline < now:  # a slow scrape: the missed ticks are skipped, not made up in a burst
                    deadline = now + (wait - (now - deadline) % wait)
                stop.wait(deadline - now)
            # one more at the stop, which comes after the phase's last request ended: the histograms' closing
            # snapshot then holds every request of the phase (an engine observes a request when it finishes)
            if getattr(self, "measured", False):
                self.once()
                self.writer.flush()
        finally:
            self.close()

    def join(self, timeout):
        if self.thread is not None:
            self.thread.join(timeout)
