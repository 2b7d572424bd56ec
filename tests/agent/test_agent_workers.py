"""Several load-generator processes behind one agent, and servers that answer with broken streams."""
import json
import os
import signal
import socket
import threading
import unittest

from agenttest import AgentTestCase, events_of, wait_for


class TestWorkers(AgentTestCase):
    def test_a_closed_loop_of_many_streams_is_spread_over_the_cpus_the_agent_may_use(self):
        """Without `workers`, 300 concurrent streams take one process per 256 streams, at most one per CPU of
        the agent's affinity; pinned to one CPU it stays one process. Every slot still keeps a request in
        flight: the server sees all 300 at once."""
        url = self.start_sim("--speed", "8", "--max-seqs", "400")
        spec = dict(requests=600, warmup=0, seed=3, load={"mode": "concurrency", "value": 300},
                    dataset={"kind": "synthetic", "input": {"mean": 20}, "output": {"mean": 16}})
        cpus = len(os.sched_getaffinity(0))
        for pin, expected in ((None, min(2, cpus)), (0, 1)):
            code, events, err = self.run_agent(self.spec(url, **spec), cpu=pin)
            self.assertEqual(code, 0, err)
            start = [e for e in events if e["type"] == "phase_start"][0]
            self.assertEqual(len(start.get("workers") or [0]), expected, f"pinned to {pin}")
            requests = [e for e in events if e["type"] == "request"]
            self.assertEqual(sorted(r["id"] for r in requests), list(range(600)))
            self.assertTrue(all(r["status"] == "ok" for r in requests))
            # the closed loop kept 300 in flight: the 300th send happened before the first request ended
            sends = sorted(r["send"] for r in requests)
            self.assertLess(sends[299], min(r["end"] for r in requests))

    def test_workers_split_the_schedule_and_emit_one_gap_free_stream(self):
        url = self.start_sim("--speed", "8")
        base = dict(requests=600, warmup=10, seed=5, load={"mode": "poisson", "value": 300.0},
                    dataset={"kind": "synthetic", "input": {"kind": "uniform", "min": 20, "max": 200},
                             "output": {"mean": 8}})
        code, single, err = self.run_agent(self.spec(url, workers=1, **base))
        self.assertEqual(code, 0, err)
        seen = len(self.truth())
        code, events, err = self.run_agent(self.spec(url, workers=2, **base))
        self.assertEqual(code, 0, err)

        self.assertEqual([e["seq"] for e in events], list(range(1, len(events) + 1)))
        self.assertEqual(events[0]["spec"]["workers"], 2)
        start = [e for e in events if e["type"] == "phase_start"][0]
        self.assertEqual(len(start["workers"]), 2)
        requests = [e for e in events if e["type"] == "request"]
        self.assertEqual(sorted(r["id"] for r in requests), list(range(610)))
        truth = sorted(t["id"] for t in self.truth()[seen:])
        self.assertEqual(truth, sorted(r["rid"] for r in requests))  # each request reached the server once
        end = [e for e in events if e["type"] == "phase_end"][0]
        self.assertEqual((end["sent"], end["done"] + end["failed"]), (610, 610))
        self.assertIsNotNone(end["lateness_s"])
        self.assertTrue(events[-1]["ok"])

        # the same schedule and the same items as one process: offsets and prompt sizes agree per id, the
        # warm-up's from the phase start and the measured requests' from the window's opening (issue 21.4)
        one = {r["id"]: r for r in single if r["type"] == "request"}
        many = {r["id"]: r for r in requests}
        for i in range(610):
            base = 0 if i < 10 else 10
            self.assertAlmostEqual(many[i]["intended"] - many[base]["intended"],
                                   one[i]["intended"] - one[base]["intended"], delta=2e-6)
            self.assertEqual(many[i]["in"], one[i]["in"])
        # the window opened for both workers after the last warm-up request of either ended
        self.assertGreater(min(r["send"] for r in requests if not r["warmup"]),
                           max(r["end"] for r in requests if r["warmup"]))
        self.assertAlmostEqual(many[10]["intended"], end["measure_start"], delta=2e-6)

    def test_sigterm_stops_every_worker_and_leaves_no_process(self):
        url = self.start_sim("--speed", "1")
        with open(self.path("spec.json"), "w") as f:
            json.dump(self.spec(url, requests=0, duration_s=60.0, grace_s=0.5, workers=2,
                                load={"mode": "constant-rate", "value": 20.0},
                                dataset={"kind": "synthetic", "input": {"mean": 32}, "output": {"mean": 2000, "max": 4000}}), f)
        p = self.start("run", self.path("spec.json"))
        lines = []
        self.assertTrue(wait_for(lambda: lines.append(p.stdout.readline()) or '"heartbeat"' in lines[-1], timeout=30))
        workers = [json.loads(line) for line in lines if '"phase_start"' in line][0]["workers"]
        self.assertTrue(all(os.path.exists(f"/proc/{pid}") for pid in workers))
        p.send_signal(signal.SIGTERM)
        out, _ = p.communicate(timeout=30)
        events = events_of("".join(lines) + out)
        self.assertEqual(events[-1]["type"], "end")
        self.assertTrue(events[-1]["stopped"])
        self.assertEqual([e["seq"] for e in events], list(range(1, len(events) + 1)))
        self.assertTrue(any(e["type"] == "request" and e["status"].startswith("cancelled") for e in events))
        for pid in workers + [p.pid]:
            self.assertFalse(os.path.exists(f"/proc/{pid}"), f"process {pid} is still there")


class BrokenServer:
    """An HTTP server on loopback that answers every request with the same raw bytes, then closes."""

    def __init__(self, response):
        self.response = response
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.done = False
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def serve(self):
        while not self.done:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self.answer, args=(conn,), daemon=True).start()

    def answer(self, conn):
        with conn:
            conn.settimeout(5)
            data = b""
            try:
                while b"\r\n\r\n" not in data:
                    piece = conn.recv(65536)
                    if not piece:
                        return  # a connection opened ahead and never used
                    data += piece
                conn.sendall(self.response)
            except OSError:
                pass

    def close(self):
        self.done = True
        self.thread.join(timeout=5)
        self.sock.close()


def sse(*events):
    body = b"".join(b"data: " + e + b"\n\n" for e in events)
    return (b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)


class TestBrokenStreams(AgentTestCase):
    CASES = {
        "malformed stream event": sse(b'{"choices":[{"text":"a"}]}', b"{not json"),
        "stream event is not an object": sse(b"[1, 2, 3]"),
        "stream ended before any finish_reason": sse(b'{"choices":[{"text":"a"}]}'),
        "closed mid-stream": (b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: 500\r\n\r\n"
                              b'data: {"choices":[{"text":"a"}]}\n\n'),
        "garbage status line": b"SSH-2.0-OpenSSH_9.2\r\n\r\n",
        "error inside the stream": sse(b'{"error":{"message":"out of memory"}}', b"[DONE]"),
    }
    EXPECTED = {
        "malformed stream event": "malformed stream event",
        "stream event is not an object": "malformed stream event",
        "stream ended before any finish_reason": "stream closed early",
        "closed mid-stream": "connection closed mid-",
        "garbage status line": "",
        "error inside the stream": "out of memory",
    }

    def test_broken_streams_are_recorded_failures_not_crashes(self):
        for name, response in self.CASES.items():
            with self.subTest(name):
                server = BrokenServer(response)
                try:
                    code, events, err = self.run_agent(self.spec(server.url, requests=3,
                                                                 load={"mode": "concurrency", "value": 1}), timeout=60)
                finally:
                    server.close()
                self.assertEqual(code, 0, err)
                self.assertNotIn("Traceback", err)
                requests = [e for e in events if e["type"] == "request"]
                self.assertEqual(len(requests), 3)
                for r in requests:
                    self.assertNotEqual(r["status"], "ok")
                    self.assertIn(self.EXPECTED[name], r["status"])
                self.assertEqual(events[-1]["failed"], 3)


if __name__ == "__main__":
    unittest.main()
