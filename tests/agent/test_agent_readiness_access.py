"""wait-ready, probe --endpoint and simulated telemetry against a simulator that wants an API key and
serves https with a throw-away CA: the key arrives only as the `key <secret>` stdin line, a refused key or
an unverifiable certificate ends wait-ready at once (waiting changes neither) with a message that says
which, and no output line repeats the key."""
import json
import shutil
import subprocess
import time
import unittest

from agenttest import AGENT, PYTHON, AgentTestCase
from agenttest import make_ca_and_server_cert

KEY = "sk-readiness-test-4Hq8Zt1Lw"


@unittest.skipUnless(shutil.which("openssl"), "needs openssl to make a throw-away CA")
class TestReadinessAccess(AgentTestCase):
    def setUp(self):
        super().setUp()
        self.ca, cert, key = make_ca_and_server_cert(self.tmp.name)
        with open(self.path("server-key"), "w") as f:
            f.write(KEY + "\n")
        http = self.start_sim("--api-key-file", self.path("server-key"), "--tls-cert", cert, "--tls-key", key,
                              "--model", "m", truth=False)
        self.endpoint = http.replace("http://", "https://")

    def agent(self, *args, stdin="", timeout=30):
        """(exit code, stdout, stderr, seconds) of an agent subcommand fed `stdin`."""
        t0 = time.monotonic()
        r = subprocess.run([PYTHON, AGENT] + list(args), input=stdin, capture_output=True, text=True, timeout=timeout)
        return r.returncode, r.stdout, r.stderr, time.monotonic() - t0

    def test_wait_ready_sends_the_key_from_stdin_and_verifies_with_the_ca(self):
        code, out, err, _ = self.agent("wait-ready", self.endpoint, "--timeout", "10", "--api-key-stdin",
                                       "--ca-file", self.ca, stdin=f"key {KEY}\n")
        self.assertEqual(code, 0, out + err)
        self.assertEqual(json.loads(out)["models"], ["m"])
        self.assertNotIn(KEY, out + err)

    def test_a_missing_or_wrong_key_ends_wait_ready_at_once_naming_it(self):
        code, out, _, seconds = self.agent("wait-ready", self.endpoint, "--timeout", "20", "--ca-file", self.ca)
        self.assertEqual(code, 1)
        self.assertIn("HTTP 401: the server wants an API key", json.loads(out)["message"])
        self.assertLess(seconds, 5.0)  # not the 20 s timeout
        code, out, err, seconds = self.agent("wait-ready", self.endpoint, "--timeout", "20", "--api-key-stdin",
                                             "--ca-file", self.ca, stdin="key sk-not-it\n")
        self.assertEqual(code, 1)
        self.assertIn("the server refused the API key", json.loads(out)["message"])
        self.assertNotIn("sk-not-it", out + err)
        self.assertLess(seconds, 5.0)

    def test_a_certificate_the_system_cas_do_not_know_ends_wait_ready_with_the_reason(self):
        code, out, _, seconds = self.agent("wait-ready", self.endpoint, "--timeout", "20", "--api-key-stdin",
                                           stdin=f"key {KEY}\n")
        self.assertEqual(code, 1)
        self.assertIn("certificate verify failed", json.loads(out)["message"])
        self.assertLess(seconds, 5.0)
        code, out, _, _ = self.agent("wait-ready", self.endpoint, "--timeout", "10", "--api-key-stdin", "--insecure",
                                     stdin=f"key {KEY}\n")
        self.assertEqual(code, 0, out)

    def test_a_malformed_key_line_is_refused_without_echoing_it(self):
        code, out, err, _ = self.agent("wait-ready", self.endpoint, "--timeout", "5", "--api-key-stdin",
                                       "--ca-file", self.ca, stdin=f"{KEY}\n")
        self.assertEqual(code, 1)
        self.assertIn("key <secret>", json.loads(out)["message"])
        self.assertNotIn(KEY, out + err)
        code, _, err, _ = self.agent("probe", "--no-engines", "--endpoint", self.endpoint, "--api-key-stdin",
                                     "--ca-file", self.ca, stdin=f"{KEY}\n")
        self.assertEqual(code, 2)
        self.assertNotIn(KEY, err)

    def test_probe_lists_the_models_behind_the_key_and_tls(self):
        code, out, err, _ = self.agent("probe", "--no-engines", "--endpoint", self.endpoint, "--api-key-stdin",
                                       "--ca-file", self.ca, stdin=f"key {KEY}\n")
        self.assertEqual(code, 0, err)
        inventory = json.loads(out)
        self.assertEqual(inventory["models"], ["m"])
        self.assertNotIn("endpoint_error", inventory)
        self.assertNotIn(KEY, out + err)
        code, out, _, _ = self.agent("probe", "--no-engines", "--endpoint", self.endpoint, "--ca-file", self.ca)
        self.assertIn("the server wants an API key", json.loads(out)["endpoint_error"])

    def test_simulated_telemetry_reads_an_https_simulator_with_the_ca(self):
        code, out, _, _ = self.agent("telemetry", "--count", "2", "--interval", "0.1", "--sim", self.endpoint,
                                     "--ca-file", self.ca)
        self.assertEqual(code, 0)
        events = [json.loads(line) for line in out.splitlines()]
        self.assertEqual(sum(e["type"] == "telemetry" for e in events), 2)
        self.assertFalse([e for e in events if e["type"] == "log"], out)


if __name__ == "__main__":
    unittest.main()
