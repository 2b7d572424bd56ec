"""telemetry --engine-metrics: the engine_metrics events beside the GPU samples, against serve-sim and against a
fake endpoint that answers 404, HTML, garbage, slowly, too much or not at all."""
import http.server
import io
import json
import socket
import subprocess
import threading
import time
import unittest

from agenttest import AGENT, PYTHON, AgentTestCase, events_of, make_ca_and_server_cert
from inferdeck_agent import enginescrape
from inferdeck_agent.events import EventWriter

LOAD = {"simulated": True, "running": 0, "waiting": 0, "kv_used_tokens": 0, "kv_capacity_tokens": 420000,
        "tokens_emitted": 0, "busy_s": 0.0, "uptime_s": 1.0}
VLLM = (b"# TYPE vllm:num_requests_running gauge\nvllm:num_requests_running 1\n"
        b"# TYPE vllm:generation_tokens_total counter\nvllm:generation_tokens_total 5\n")
CONTRACT = {"v", "seq", "type", "t", "event", "node", "time", "measured", "engine", "simulated", "gauges", "counters",
            "histograms"}


class FakeEngine(http.server.ThreadingHTTPServer):
    """A loopback endpoint: `routes` maps a path to (status, headers, body or a callable writing it, delay)."""
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.routes = {"/sim/load": (200, {"Content-Type": "application/json"}, json.dumps(LOAD).encode(), 0)}
        self.hits = {}
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def handle_error(self, request, client_address):
        pass  # a client that hung up on a slow answer is what some tests do

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}"


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        self.server.hits[self.path] = self.server.hits.get(self.path, 0) + 1
        status, headers, body, delay = self.server.routes.get(self.path, (404, {}, b"not found", 0))
        time.sleep(delay)
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        if callable(body):
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                body(self.wfile)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True
            return
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class TestEngineScrape(AgentTestCase):
    def setUp(self):
        super().setUp()
        self.fake = FakeEngine()

    def tearDown(self):
        self.fake.shutdown()
        self.fake.server_close()
        super().tearDown()

    def telemetry(self, metrics_url, count=10, interval=0.1, timeout=60, extra=()):
        sim = self.fake.url
        started = time.monotonic()
        r = subprocess.run([PYTHON, AGENT, "telemetry", "--sim", sim, "--engine-metrics", metrics_url, "--node", "g1",
                            "--count", str(count), "--interval", str(interval)] + list(extra),
                           capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        events = events_of(r.stdout)
        self.assertEqual([e["seq"] for e in events], list(range(1, len(events) + 1)))
        self.assertEqual(events[-1]["type"], "end")
        kinds = lambda k: [e for e in events if e["type"] == k]  # noqa: E731
        return kinds("telemetry"), kinds("engine_metrics"), kinds("log"), time.monotonic() - started

    def route(self, path, status=200, body=b"", headers=None, delay=0):
        self.fake.routes[path] = (status, headers or {"Content-Type": "text/plain; version=0.0.4"}, body, delay)
        return self.fake.url + path

    def test_a_404_is_said_once_and_gpu_samples_go_on(self):
        samples, engine, logs, _ = self.telemetry(self.route("/metrics", 404, b"Not Found"), count=15)
        self.assertEqual(len(samples), 15)
        self.assertEqual(len(engine), 1)
        e = engine[0]
        self.assertEqual((e["measured"], e["node"], e["event"]), (False, "g1", "engine_metrics"))
        self.assertIn("answered 404 at /metrics", e["reason"])
        self.assertEqual(logs, [])
        self.assertEqual(self.fake.hits["/metrics"], 1)  # the slow pace: asked again only after 5 s

    def test_nothing_listening_html_and_a_missing_llamacpp_flag_are_not_measured(self):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            closed = f"http://127.0.0.1:{s.getsockname()[1]}/metrics"
        html = self.route("/html", 200, b"<!DOCTYPE html><html><body>Grafana</body></html>", {"Content-Type": "text/html"})
        llama = self.route("/llama", 501, b'{"error":{"code":501,"message":"This server does not support metrics '
                           b'endpoint. Start it with `--metrics`","type":"not_supported_error"}}')
        for url, words in ((closed, "connection refused"), (html, "answered HTML"), (llama, "only with --metrics")):
            _, engine, _, _ = self.telemetry(url, count=3)
            self.assertEqual(len(engine), 1, url)
            self.assertFalse(engine[0]["measured"])
            self.assertIn(words, engine[0]["reason"])

    def test_a_body_that_is_not_prometheus_text_is_not_measured(self):
        _, engine, _, _ = self.telemetry(self.route("/metrics", 200, b"\x00\x01 binary junk\nmore junk here\n"), count=3)
        self.assertIn("not in Prometheus text format", engine[0]["reason"])

    def test_a_garbled_body_never_kills_telemetry(self):
        body = VLLM + b'vllm:broken{model_name="x} 1\n\xff\xfe\x00 junk\nvllm:num_requests_waiting{a="1"} zz\n'
        samples, engine, logs, _ = self.telemetry(self.route("/metrics", 200, body), count=10)
        self.assertEqual(len(samples), 10)
        self.assertGreaterEqual(len(engine), 8)
        self.assertTrue(all(e["measured"] and e["bad_lines"] == 3 for e in engine))
        self.assertEqual(engine[0]["gauges"], {"running": 1})
        self.assertEqual(engine[0]["counters"], {"generation_tokens": 5})
        self.assertEqual(len(logs), 1)  # rate-limited: one warning in 30 s
        self.assertIn("3 unreadable line(s)", logs[0]["message"])
        self.assertEqual(logs[0]["source"], "engine_metrics")

    def test_a_slow_endpoint_does_not_delay_gpu_samples(self):
        samples, engine, logs, took = self.telemetry(self.route("/metrics", 200, VLLM, delay=3.0), count=12)
        gaps = [b["time"] - a["time"] for a, b in zip(samples, samples[1:])]
        self.assertEqual(len(samples), 12)
        self.assertLess(max(gaps), 0.3, gaps)
        self.assertLess(took, 5.0)
        self.assertEqual(engine, [])
        self.assertEqual(len(logs), 1)
        self.assertIn("did not answer within 0.2 s", logs[0]["message"])

    def test_a_huge_body_is_refused_without_reading_it(self):
        chunk = b"x_total 1\n" * 100_000  # 1 MB

        def endless(out):
            for _ in range(100):  # 100 MB, unless the reader stops first
                out.write(chunk)
        for url in (self.route("/metrics", 200, b"", {"Content-Length": str(100 << 20)}),
                    self.route("/stream", 200, endless)):
            _, engine, logs, took = self.telemetry(url, count=2, interval=1.0)
            self.assertEqual(len(engine), 1, url)
            self.assertFalse(engine[0]["measured"])
            self.assertIn("too large", engine[0]["reason"])
            self.assertLess(took, 20)

    def test_a_truncated_body_is_a_passing_warning(self):
        url = self.route("/metrics", 200, lambda out: out.write(VLLM[:40]), {"Content-Length": str(len(VLLM))})
        samples, engine, logs, _ = self.telemetry(url, count=4, interval=0.3)
        self.assertEqual(len(samples), 4)
        self.assertEqual(engine, [])
        self.assertEqual(len(logs), 1)
        self.assertIn("the body was cut off after 40 bytes", logs[0]["message"])

    def test_an_unknown_engine_comes_raw(self):
        body = b"# TYPE my_queue gauge\nmy_queue 4\n"
        _, engine, _, _ = self.telemetry(self.route("/metrics", 200, body), count=2)
        self.assertIsNone(engine[0]["engine"])
        self.assertEqual(engine[0]["raw"], {"my_queue": {"type": "gauge", "samples": [["my_queue", {}, 4]]}})

    def test_a_bad_url_is_a_usage_error(self):
        r = subprocess.run([PYTHON, AGENT, "telemetry", "--sim", self.fake.url, "--engine-metrics", "ftp://x/metrics",
                            "--count", "1"], capture_output=True, text=True, timeout=30)
        self.assertEqual(r.returncode, 2)
        self.assertIn("not an http(s) URL", r.stderr)


    def test_telemetry_sim_still_reads_an_older_simulator_that_served_its_load_on_metrics(self):
        del self.fake.routes["/sim/load"]
        self.route("/metrics", 200, json.dumps(LOAD).encode(), {"Content-Type": "application/json"})
        r = subprocess.run([PYTHON, AGENT, "telemetry", "--sim", self.fake.url, "--count", "3", "--interval", "0.05"],
                           capture_output=True, text=True, timeout=30)
        samples = [e for e in events_of(r.stdout) if e["type"] == "telemetry"]
        self.assertEqual(len(samples), 3, r.stdout)
        self.assertEqual(self.fake.hits["/sim/load"], 1)  # asked once, then the old path

    def test_an_older_simulators_json_is_not_measured_as_engine_metrics(self):
        url = self.route("/metrics", 200, json.dumps(LOAD).encode(), {"Content-Type": "application/json"})
        _, engine, _, _ = self.telemetry(url, count=2)
        self.assertIn("answered JSON", engine[0]["reason"])


class TestScraperInProcess(unittest.TestCase):
    """once() directly, so the recovery after the slow pace needs no 5 s wait."""

    def setUp(self):
        self.fake = FakeEngine()
        self.out = io.StringIO()
        self.writer = EventWriter(stdout=self.out)

    def tearDown(self):
        self.fake.shutdown()
        self.fake.server_close()

    def events(self):
        return [json.loads(line) for line in self.out.getvalue().splitlines()]

    def test_an_endpoint_that_comes_up_later_is_measured_and_a_new_reason_is_said_again(self):
        s = enginescrape.EngineScraper(self.fake.url + "/metrics", self.writer, "n", 0.5)
        self.assertEqual(s.once(), enginescrape.SLOW_PACE_S)
        self.assertEqual(s.once(), enginescrape.SLOW_PACE_S)  # same reason: not said twice
        self.fake.routes["/metrics"] = (200, {}, VLLM, 0)
        self.assertEqual(s.once(), 0.5)
        self.fake.routes["/metrics"] = (503, {}, b"", 0)
        s.once()
        self.fake.routes["/metrics"] = (404, {}, b"", 0)
        s.once()
        s.close()
        ev = self.events()
        self.assertEqual([e.get("measured") for e in ev], [False, True, False, False])
        self.assertIn("404", ev[0]["reason"])
        self.assertIn("503", ev[2]["reason"])
        self.assertEqual(ev[1]["gauges"], {"running": 1})

    def test_the_time_is_on_the_telemetry_clock_and_keep_alive_is_used(self):
        self.fake.routes["/metrics"] = (200, {"X-InferDeck-Simulated": "true"}, VLLM, 0)
        s = enginescrape.EngineScraper(self.fake.url + "/metrics", self.writer, "n", 0.5)
        before = time.time()
        for _ in range(3):
            s.once()
        s.close()
        ev = self.events()
        self.assertTrue(all(before - 1 < e["time"] < time.time() + 1 for e in ev))
        self.assertTrue(all(e["simulated"] for e in ev))  # said by serve-sim's header


class TestAgainstServeSim(AgentTestCase):
    def test_https_metrics_are_verified_with_the_ca_file_and_no_key_is_sent(self):
        ca, cert, key = make_ca_and_server_cert(self.tmp.name)
        url = self.start_sim("--tls-cert", cert, "--tls-key", key, "--api-key", "secret").replace("http:", "https:")
        base = [PYTHON, AGENT, "telemetry", "--sim", url, "--engine-metrics", url + "/metrics", "--count", "2",
                "--interval", "0.2"]
        r = subprocess.run(base + ["--ca-file", ca], capture_output=True, text=True, timeout=30)
        engine = [e for e in events_of(r.stdout) if e["type"] == "engine_metrics"]
        self.assertTrue(engine and all(e["measured"] and e["engine"] == "vllm" for e in engine), r.stdout)
        r = subprocess.run(base, capture_output=True, text=True, timeout=30)  # the system CAs do not know it
        engine = [e for e in events_of(r.stdout) if e["type"] == "engine_metrics"]
        self.assertEqual(len(engine), 1)
        self.assertIn("certificate verify failed", engine[0]["reason"])

    def test_events_follow_the_contract_and_rise_under_load(self):
        url = self.start_sim("--speed", "4")
        tel = self.start("telemetry", "--sim", url, "--engine-metrics", url + "/metrics", "--interval", "0.1",
                         "--node", "gpu-a", stdin=subprocess.PIPE)
        spec = self.spec(url, requests=60, tokenize=False, load={"mode": "concurrency", "value": 8},
                         dataset={"kind": "synthetic", "input": {"mean": 400}, "output": {"mean": 40}})
        code, _, err = self.run_agent(spec)
        self.assertEqual(code, 0, err)
        time.sleep(0.3)
        tel.stdin.write("stop\n")
        tel.stdin.flush()
        out, errs = tel.communicate(timeout=30)
        self.assertEqual(errs, "")
        events = events_of(out)
        engine = [e for e in events if e["type"] == "engine_metrics"]
        samples = [e for e in events if e["type"] == "telemetry"]
        self.assertGreater(len(engine), 5)
        self.assertLess(abs(len(engine) - len(samples)), 3)
        for e in engine:
            self.assertEqual(set(e), CONTRACT)
            self.assertEqual((e["engine"], e["simulated"], e["node"], e["measured"]), ("vllm", True, "gpu-a", True))
            for h in e["histograms"].values():
                self.assertEqual(set(h), {"le", "cum", "sum", "count"})
                self.assertEqual(len(h["le"]), len(h["cum"]))
                self.assertEqual(h["le"], sorted(h["le"]))
                self.assertLessEqual(h["cum"][-1], h["count"])
        times = [e["time"] for e in engine]
        self.assertEqual(times, sorted(times))
        tokens = [e["counters"]["generation_tokens"] for e in engine]
        self.assertEqual(tokens, sorted(tokens))
        self.assertGreater(tokens[-1], tokens[0])
        self.assertEqual(engine[-1]["counters"]["requests_finished"], 60)
        self.assertTrue(any(e["gauges"]["running"] > 0 for e in engine))


if __name__ == "__main__":
    unittest.main()
