"""Helpers for the agent tests: start serve-sim and the agent as real processes on loopback."""
import json
import os
import subprocess
import sys
import tempfile
import time
import unittest

AGENT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "resources", "agent")
AGENT = os.path.normpath(AGENT_DIR)  # the package folder runs as `python3 resources/agent ...`
sys.path.insert(0, AGENT)  # unit tests import the modules directly
PYTHON = sys.executable
# Worst single-request timing error the accuracy tests accept. The goal is 5 ms (issue 20), but on a shared
# 2-core VM one event-loop stall of the agent or the simulator moves a single request by more (6 ms seen in
# a clean CI-like run), so the suite asserts a bound that only gross breakage crosses; p50 stays at 1 ms.
# scripts/bench-agent-dialects runs the same tests with the 5 ms goal and prints every figure.
WORST_S = float(os.environ.get("INFERDECK_AGENT_WORST_MS", "15")) / 1000.0


def make_ca_and_server_cert(folder):
    """A CA and a server certificate for 127.0.0.1 signed by it; returns (ca.pem, server.pem, server.key)."""
    def run(*args):
        subprocess.run(["openssl"] + list(args), cwd=folder, check=True, capture_output=True)
    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
        "-subj", "/CN=InferDeck throw-away test CA")
    run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1")
    with open(os.path.join(folder, "ext.cnf"), "w") as f:
        f.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n"
                "extendedKeyUsage=serverAuth\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n")
    run("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
        "-out", "server.pem", "-days", "2", "-extfile", "ext.cnf")
    return tuple(os.path.join(folder, n) for n in ("ca.pem", "server.pem", "server.key"))


def events_of(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def percentile(values, q):
    v = sorted(values)
    h = (len(v) - 1) * q
    lo = int(h)
    return v[lo] + (v[min(lo + 1, len(v) - 1)] - v[lo]) * (h - lo)


class AgentTestCase(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.processes = []

    def tearDown(self):
        for p in self.processes:
            if p.poll() is None:
                p.kill()
            p.wait(timeout=10)
            for stream in (p.stdout, p.stderr, p.stdin):
                if stream:
                    stream.close()
        self.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.tmp.name, name)

    @staticmethod
    def on_cpu(cpu):
        """A preexec_fn that pins the child to one CPU, or None when the machine has a single CPU."""
        if cpu is None or (os.cpu_count() or 1) < 2:
            return None
        return lambda: os.sched_setaffinity(0, {cpu % os.cpu_count()})

    def start(self, *args, stdin=subprocess.DEVNULL, cpu=None):
        p = subprocess.Popen([PYTHON, AGENT] + list(args), stdin=stdin, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, preexec_fn=self.on_cpu(cpu))
        self.processes.append(p)
        return p

    def start_sim(self, *extra, truth=True, cpu=None):
        """serve-sim on a free loopback port; returns its endpoint URL."""
        args = ["serve-sim", "--port", "0"] + (["--ground-truth", self.path("truth.jsonl")] if truth else []) + list(extra)
        p = self.start(*args, cpu=cpu)
        line = p.stdout.readline()
        if not line:  # only then: reading stderr blocks until the process ends
            self.fail("serve-sim printed nothing: " + p.stderr.read())
        event = json.loads(line)
        self.assertEqual(event["type"], "listening")
        self.sim = p
        return f"http://127.0.0.1:{event['port']}"

    def truth(self):
        with open(self.path("truth.jsonl")) as f:
            return [json.loads(line) for line in f if line.strip()]

    def run_agent(self, spec, *extra, timeout=120, cpu=None):
        """Runs `run` to completion; returns (exit code, events, stderr)."""
        with open(self.path("spec.json"), "w") as f:
            json.dump(spec, f)
        r = subprocess.run([PYTHON, AGENT, "run", self.path("spec.json")] + list(extra), capture_output=True, text=True,
                           timeout=timeout, stdin=subprocess.DEVNULL, preexec_fn=self.on_cpu(cpu))
        return r.returncode, events_of(r.stdout), r.stderr

    @staticmethod
    def spec(endpoint, **overrides):
        s = {"endpoint": endpoint, "model": "m", "node": "n1", "phase": "p", "requests": 20,
             "load": {"mode": "concurrency", "value": 4},
             "dataset": {"kind": "synthetic", "input": {"mean": 40}, "output": {"mean": 8}}}
        s.update(overrides)
        return s


def wait_for(predicate, timeout=10.0, step=0.02):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(step)
    return False
