"""The load generator against the real simulator: completeness, accuracy, resume, barrier, stop."""
import json
import os
import signal
import subprocess
import sys
import time
import unittest

from agenttest import AGENT, PYTHON, AgentTestCase, events_of, percentile, wait_for
from inferdeck_agent import simtokenizer


class TestMeasurement(AgentTestCase):
    def test_every_ground_truth_request_appears_once_and_timings_match_the_ground_truth_at_200rps(self):
        # Engine and load generator on CPUs of their own, as on a GPU node, where the engine does not
        # preempt the client: on a shared core the error measured is the scheduler's, not the agent's.
        url = self.start_sim("--speed", "4", cpu=0)
        spec = self.spec(url, requests=2000, warmup=10, load={"mode": "poisson", "value": 200.0},
                         dataset={"kind": "synthetic", "input": {"mean": 64}, "output": {"mean": 16, "kind": "uniform",
                                                                                        "min": 4, "max": 32}})
        code, events, err = self.run_agent(spec, cpu=1)
        self.assertEqual(code, 0, err)
        requests = [e for e in events if e["type"] == "request"]
        self.assertEqual(len(requests), 2010)
        truth = {t["id"]: t for t in self.truth()}
        self.assertEqual(sorted(truth), sorted(r["rid"] for r in requests))  # each exactly once
        self.assertEqual(len({r["rid"] for r in requests}), len(requests))
        ttft_err, e2e_err = [], []
        for r in requests:
            t = truth[r["rid"]]
            self.assertEqual(r["status"], "ok")
            self.assertEqual(r["out"], t["completion_tokens"])
            self.assertEqual(r["in"], t["prompt_tokens"])
            self.assertTrue(r["usage"])
            self.assertEqual(len(r["chunks_us"]), r["out"])
            ttft_err.append(abs((r["first"] - r["send"]) - (t["first_token"] - t["arrival"])))
            e2e_err.append(abs((r["end"] - r["send"]) - (t["last_token"] - t["arrival"])))
        end = [e for e in events if e["type"] == "phase_end"][0]
        print(f"\n  vs ground truth at 200 req/s: TTFT error p50 {percentile(ttft_err, .5) * 1e3:.3f} ms, "
              f"p99 {percentile(ttft_err, .99) * 1e3:.3f} ms; E2E error p99 {percentile(e2e_err, .99) * 1e3:.3f} ms; "
              f"send lateness p99 {end['lateness_s']['p99'] * 1e3:.3f} ms", file=sys.stderr)
        # Typical error within 1 ms; the tail only against gross breakage: on a shared 2-core VM a stall of
        # either Python event loop (the simulator's ground truth has them too) moves the p99 by several ms
        # from run to run. The p99 <= 1 ms goal is measured by scripts/bench-agent-accuracy, best of 3.
        self.assertLessEqual(percentile(ttft_err, 0.50), 0.001, "TTFT differs from ground truth")
        self.assertLessEqual(percentile(e2e_err, 0.50), 0.001, "E2E differs from ground truth")
        self.assertLessEqual(percentile(ttft_err, 0.99), 0.010, "TTFT tail far from ground truth")
        self.assertLessEqual(percentile(e2e_err, 0.99), 0.010, "E2E tail far from ground truth")
        self.assertEqual(end["sent"], 2010)
        self.assertLessEqual(end["lateness_s"]["p99"], 0.005)
        seqs = [e["seq"] for e in events]
        self.assertEqual(seqs, list(range(1, len(events) + 1)))
        self.assertTrue(all(e["v"] == 1 for e in events))

    def test_chat_api_and_non_streaming(self):
        url = self.start_sim("--speed", "8")
        for api, stream in (("chat", True), ("completions", False), ("chat", False)):
            code, events, err = self.run_agent(self.spec(url, api=api, stream=stream, requests=5))
            self.assertEqual(code, 0, err)
            reqs = [e for e in events if e["type"] == "request"]
            self.assertEqual([r["status"] for r in reqs], ["ok"] * 5, (api, stream))
            self.assertTrue(all(r["out"] >= 1 for r in reqs))

    def test_answers_and_references_travel_with_requests_when_the_dataset_has_references(self):
        url = self.start_sim("--speed", "8")
        for api, stream in (("completions", True), ("chat", True), ("completions", False)):
            code, events, err = self.run_agent(self.spec(url, api=api, stream=stream, requests=6,
                                                         dataset={"kind": "summarization"}))
            self.assertEqual(code, 0, err)
            for r in [e for e in events if e["type"] == "request"]:
                self.assertEqual(r["status"], "ok")
                self.assertTrue(r["reference"], (api, stream))
                # the simulator answers extractively, its generated tokens in its own tokenizer's pieces
                self.assertEqual(simtokenizer.count(r["text"]), r["out"], (api, stream))
        # a file dataset: references where rows give one, no answer kept where they do not
        path = self.path("ds.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.write(json.dumps({"prompt": "alpha beta gamma delta", "max_tokens": 3, "reference": "alpha beta"}) + "\n")
            f.write(json.dumps({"prompt": "one two three", "max_tokens": 2}) + "\n")
        code, events, err = self.run_agent(self.spec(url, requests=4, dataset={"kind": "file", "path": path}))
        self.assertEqual(code, 0, err)
        reqs = sorted((e for e in events if e["type"] == "request"), key=lambda e: e["id"])
        self.assertEqual([r.get("reference") for r in reqs], ["alpha beta", None, "alpha beta", None])
        self.assertEqual(reqs[0]["text"], "alpha beta gamma")
        self.assertNotIn("text", reqs[1])
        # synthetic prompts have no reference: nothing extra on the wire
        code, events, err = self.run_agent(self.spec(url, requests=3))
        self.assertTrue(all("text" not in e for e in events if e["type"] == "request"))

    def test_open_loop_records_intended_send_times(self):
        url = self.start_sim("--speed", "8")
        code, events, err = self.run_agent(self.spec(url, requests=50, load={"mode": "constant-rate", "value": 100.0}))
        self.assertEqual(code, 0, err)
        reqs = sorted((e for e in events if e["type"] == "request"), key=lambda e: e["id"])
        gaps = [b["intended"] - a["intended"] for a, b in zip(reqs, reqs[1:])]
        self.assertAlmostEqual(min(gaps), 0.01, delta=1e-5)
        self.assertAlmostEqual(max(gaps), 0.01, delta=1e-5)
        self.assertTrue(all(r["send"] >= r["intended"] - 1e-6 for r in reqs))

    def test_duration_limited_phase_stops_issuing_after_duration(self):
        url = self.start_sim("--speed", "8")
        started = time.monotonic()
        code, events, err = self.run_agent(self.spec(url, requests=0, duration_s=1.0, load={"mode": "concurrency", "value": 2}))
        self.assertEqual(code, 0, err)
        self.assertLess(time.monotonic() - started, 8)
        reqs = [e for e in events if e["type"] == "request"]
        self.assertGreater(len(reqs), 5)
        first = min(r["send"] for r in reqs)
        self.assertTrue(all(r["send"] <= first + 1.0 + 0.05 for r in reqs))


class TestFailures(AgentTestCase):
    def test_fault_injection_is_recorded_with_reasons(self):
        url = self.start_sim("--speed", "8", "--error-rate", "0.3", "--drop-rate", "0.2", "--seed", "3")
        code, events, err = self.run_agent(self.spec(url, requests=60))
        self.assertEqual(code, 0, err)
        reqs = [e for e in events if e["type"] == "request"]
        self.assertEqual(len(reqs), 60)
        statuses = [r["status"] for r in reqs]
        self.assertIn("HTTP 503: simulated failure", statuses)
        self.assertTrue(any("closed mid-stream" in s for s in statuses), statuses)
        truth = {t["id"]: t["status"] for t in self.truth()}
        for r in reqs:  # every failure the server caused is a failure the agent recorded, and vice versa
            self.assertEqual(r["status"] == "ok", truth[r["rid"]] == "ok", (r["status"], truth[r["rid"]]))

    def test_stalled_stream_is_measured_as_a_long_gap(self):
        url = self.start_sim("--speed", "8", "--stall-rate", "1.0", "--stall-s", "0.3")
        code, events, err = self.run_agent(self.spec(url, requests=3, dataset={"kind": "synthetic", "input": {"mean": 8},
                                                                              "output": {"mean": 10}}))
        self.assertEqual(code, 0, err)
        for r in (e for e in events if e["type"] == "request"):
            self.assertEqual(r["status"], "ok")
            offsets = [0] + r["chunks_us"]
            self.assertGreaterEqual(max(b - a for a, b in zip(offsets, offsets[1:])), 290_000)

    def test_server_down_is_a_recorded_failure(self):
        code, events, err = self.run_agent(self.spec("http://127.0.0.1:9", requests=3))
        self.assertEqual(code, 0, err)
        reqs = [e for e in events if e["type"] == "request"]
        self.assertEqual(len(reqs), 3)
        self.assertTrue(all("refused" in r["status"] for r in reqs), [r["status"] for r in reqs])

    def test_bad_spec_exits_2_naming_the_field(self):
        cases = [({"model": "m", "requests": 1, "load": {"value": 1}}, "endpoint"),
                 ({"endpoint": "ftp://x", "model": "m", "requests": 1, "load": {"value": 1}}, "endpoint"),
                 ({"endpoint": "http://127.0.0.1:1", "model": "m", "requests": 1, "load": {"mode": "flood", "value": 1}},
                  "load.mode"),
                 ({"endpoint": "http://127.0.0.1:1", "model": "m", "requests": -1, "load": {"value": 1}}, "requests"),
                 ({"endpoint": "http://127.0.0.1:1", "model": "m", "requests": 1, "load": {"value": "fast"}}, "load.value"),
                 ({"endpoint": "http://127.0.0.1:1", "model": 7, "requests": 1, "load": {"value": 1}}, "model"),
                 ({"endpoint": "http://127.0.0.1:1", "model": "m", "load": {"value": 1}}, "requests"),
                 ({"endpoint": "http://127.0.0.1:1", "model": "m", "requests": 1, "load": {"value": 1},
                   "dataset": {"kind": "file", "path": "/nonexistent.jsonl"}}, "dataset.path")]
        for spec, field in cases:
            code, events, err = self.run_agent(spec)
            self.assertEqual(code, 2, (spec, err))
            self.assertIn(field + ":", err)
            self.assertEqual(events, [])
        with open(self.path("spec.json"), "w") as f:
            f.write("{not json")
        r = subprocess.run([PYTHON, AGENT, "run", self.path("spec.json")], capture_output=True, text=True, timeout=30)
        self.assertEqual(r.returncode, 2)
        self.assertIn("not valid JSON", r.stderr)


class TestControl(AgentTestCase):
    def test_resume_from_replays_exactly_the_missing_events(self):
        url = self.start_sim("--speed", "8")
        journal = self.path("journal.jsonl")
        code, events, err = self.run_agent(self.spec(url, requests=30), "--journal", journal)
        self.assertEqual(code, 0, err)
        for k in (0, 7, len(events) - 1, len(events)):
            r = subprocess.run([PYTHON, AGENT, "run", "--resume-from", str(k), "--journal", journal],
                               capture_output=True, text=True, timeout=30)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(events_of(r.stdout), events[k:])

    def test_dropped_connection_loses_nothing_and_resume_follows_the_live_run(self):
        url = self.start_sim("--speed", "4")
        journal = self.path("journal.jsonl")
        with open(self.path("spec.json"), "w") as f:
            json.dump(self.spec(url, requests=150, load={"mode": "constant-rate", "value": 50.0}), f)
        p = self.start("run", self.path("spec.json"), "--journal", journal)
        received = [json.loads(p.stdout.readline()) for _ in range(10)]
        p.stdout.close()  # the SSH channel dropped: the agent's stdout is gone
        p.send_signal(signal.SIGHUP)
        resume = subprocess.run([PYTHON, AGENT, "run", "--resume-from", str(received[-1]["seq"]), "--journal", journal],
                                capture_output=True, text=True, timeout=60)
        self.assertEqual(resume.returncode, 0, resume.stderr)
        events = received + events_of(resume.stdout)
        self.assertEqual([e["seq"] for e in events], list(range(1, len(events) + 1)))  # no gap, no duplicate
        self.assertEqual(events[-1]["type"], "end")
        self.assertEqual(len([e for e in events if e["type"] == "request"]), 150)
        p.wait(timeout=10)

    def test_barrier_starts_nodes_together(self):
        url = self.start_sim("--speed", "8")
        agents = []
        for node in ("a", "b"):
            with open(self.path(f"{node}.json"), "w") as f:
                json.dump(self.spec(url, node=node, requests=10, load={"mode": "constant-rate", "value": 50.0}), f)
            agents.append(self.start("run", self.path(f"{node}.json"), "--barrier", stdin=subprocess.PIPE))
        for p in agents:
            events = [json.loads(p.stdout.readline()) for _ in range(2)]
            self.assertEqual(events[1]["type"], "ready")
        go = time.time() + 0.5
        for p in agents:
            p.stdin.write(f"go {go:.6f}\n")
            p.stdin.flush()
        firsts = []
        for p in agents:
            out, _ = p.communicate(timeout=60)
            reqs = [json.loads(l) for l in out.splitlines() if '"request"' in l]
            self.assertEqual(len(reqs), 10)
            firsts.append(min(r["send"] for r in reqs))
            self.assertGreaterEqual(min(r["intended"] for r in reqs), go - 1e-6)
        # never early (intended >= go above); late only by scheduling: three processes share 2 cores here,
        # and a wake-up 6 ms late has been seen on an idle VM. A barrier that did not wait would be 0.5 s early.
        for first in firsts:
            self.assertAlmostEqual(first, go, delta=0.015)
        self.assertLess(abs(firsts[0] - firsts[1]), 0.015)

    def test_sigterm_stops_within_grace_and_leaves_no_process(self):
        url = self.start_sim("--speed", "1")
        with open(self.path("spec.json"), "w") as f:
            json.dump(self.spec(url, requests=0, duration_s=60.0, grace_s=0.5,
                                dataset={"kind": "synthetic", "input": {"mean": 32}, "output": {"mean": 2000, "max": 4000}}), f)
        p = self.start("run", self.path("spec.json"))
        self.assertTrue(wait_for(lambda: '"heartbeat"' in (p.stdout.readline() or '"heartbeat"'), timeout=20))
        p.send_signal(signal.SIGTERM)
        out, _ = p.communicate(timeout=20)
        events = events_of(out)
        self.assertEqual(events[-1]["type"], "end")
        self.assertTrue(events[-1]["stopped"])
        cancelled = [e for e in events if e["type"] == "request" and e["status"].startswith("cancelled")]
        self.assertEqual(len(cancelled), 4)  # the 4 long requests in flight were recorded, not lost
        self.assertFalse(os.path.exists(f"/proc/{p.pid}"))
        children = subprocess.run(["pgrep", "-P", str(p.pid)], capture_output=True, text=True).stdout
        self.assertEqual(children.strip(), "")

    def test_stop_on_stdin_ends_the_phase(self):
        url = self.start_sim("--speed", "8")
        with open(self.path("spec.json"), "w") as f:
            json.dump(self.spec(url, requests=0, duration_s=60.0), f)
        p = self.start("run", self.path("spec.json"), stdin=subprocess.PIPE)
        p.stdout.readline()
        time.sleep(0.5)
        p.stdin.write("stop\n")
        p.stdin.flush()
        out, _ = p.communicate(timeout=30)
        self.assertEqual(p.returncode, 0)
        self.assertTrue(events_of(out)[-1]["stopped"])


if __name__ == "__main__":
    unittest.main()
