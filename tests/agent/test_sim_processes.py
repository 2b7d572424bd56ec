"""serve-sim as several data-parallel replica processes sharing one port (SO_REUSEPORT): the kernel spreads
connections over them, every request is served and logged once, and no replica outlives its parent."""
import json
import os
import signal
import unittest

from agenttest import AgentTestCase, wait_for


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as f:  # a zombie is gone for our purpose
        return f.read().split(") ")[-1][:1] != "Z"


class TestSimProcesses(AgentTestCase):
    def start_replicated(self, count):
        url = self.start_sim("--processes", str(count), "--speed", "4", "--max-seqs", "64")
        with open(f"/proc/{self.sim.pid}/cmdline", "rb") as f:
            self.assertIn(b"--processes", f.read())
        return url

    def listening(self):
        # start_sim read the event; the replicas are the parent's children
        children = set()
        for name in os.listdir("/proc"):
            if name.isdigit():
                try:
                    with open(f"/proc/{name}/stat") as f:
                        if int(f.read().split(") ")[-1].split()[1]) == self.sim.pid:
                            children.add(int(name))
                except (OSError, ValueError, IndexError):
                    pass
        return children

    def test_replicas_share_the_port_and_serve_every_request_once(self):
        url = self.start_replicated(2)
        self.assertTrue(wait_for(lambda: len(self.listening()) == 1))
        spec = self.spec(url, requests=400, warmup=0, load={"mode": "concurrency", "value": 64},
                         dataset={"kind": "synthetic", "input": {"mean": 40}, "output": {"mean": 16}})
        code, events, err = self.run_agent(spec)
        self.assertEqual(code, 0, err)
        requests = [e for e in events if e["type"] == "request"]
        self.assertEqual(len(requests), 400)
        self.assertTrue(all(r["status"] == "ok" for r in requests), [r["status"] for r in requests][:5])
        truth = [t for t in self.truth() if not t["id"].endswith(":calibration")]
        # each line whole (two processes append to one file) and each request once
        self.assertEqual(sorted(t["id"] for t in truth), sorted(r["rid"] for r in requests))
        served = {t["replica"] for t in truth}
        self.assertEqual(served, {0, 1}, "the kernel spread the connections over both replicas")
        # the agent's times against each replica's own ground truth
        by_id = {t["id"]: t for t in truth}
        errors = sorted(abs((r["first"] - r["send"]) - (by_id[r["rid"]]["first_token"] - by_id[r["rid"]]["arrival"]))
                        for r in requests)
        self.assertLess(errors[len(errors) // 2], 1000, "TTFT error p50 under 1 ms (µs)")

    def test_replicas_end_with_their_parent_even_when_it_is_killed(self):
        for how in (signal.SIGTERM, signal.SIGKILL):
            self.start_replicated(3)
            self.assertTrue(wait_for(lambda: len(self.listening()) == 2))
            replicas = self.listening()
            os.kill(self.sim.pid, how)
            self.sim.wait(timeout=10)
            self.assertTrue(wait_for(lambda: not any(alive(p) for p in replicas), timeout=10),
                            f"replicas left running after {how.name}")

    def test_a_bad_process_count_is_refused_by_name(self):
        p = self.start("serve-sim", "--port", "0", "--processes", "0")
        _, err = p.communicate(timeout=10)
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("--processes", err)


if __name__ == "__main__":
    unittest.main()
