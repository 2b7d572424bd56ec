"""Reaching real servers: https with a throw-away CA made by openssl, and an API key that travels on stdin
and is never written anywhere or visible in a process list."""
import glob
import json
import os
import shutil
import subprocess
import sys
import unittest

from agenttest import AGENT, PYTHON, AgentTestCase, make_ca_and_server_cert

from test_agent_streams import ReplayMixin

KEY = "sk-inferdeck-test-7Qz3vR9mW2pX"  # distinctive, so a grep cannot miss it


@unittest.skipUnless(shutil.which("openssl"), "needs openssl to make a throw-away CA")
class TestTls(ReplayMixin, AgentTestCase):
    FIXTURE = "vllm-chat-reasoning"

    def setUp(self):
        super().setUp()
        self.ca, self.cert, self.key = make_ca_and_server_cert(self.tmp.name)

    def test_https_with_the_test_ca_measures_like_plain_http(self):
        errors = self.check_fixture(self.FIXTURE, scheme="https", server_args=("--cert", self.cert, "--key", self.key),
                                    spec_extra={"tls": {"ca_file": self.ca}})
        self.assert_accurate(self.FIXTURE + " over TLS (ca_file)", errors)

    def test_without_the_ca_the_system_cas_refuse_the_server_with_the_reason(self):
        _, port, _ = self.replay(self.FIXTURE, "--cert", self.cert, "--key", self.key)
        code, events, err, _ = self.run_spec(self.spec_for(self.FIXTURE, port, "https", requests=2))
        self.assertEqual(code, 0, err)
        requests = [e for e in events if e["type"] == "request"]
        self.assertEqual(len(requests), 2)
        for r in requests:
            self.assertEqual(r["status"], f"certificate verify failed: unable to get local issuer certificate "
                                          f"for 127.0.0.1:{port}")

    def test_a_wrong_ca_is_refused_too(self):
        other = os.path.join(self.tmp.name, "other")
        os.mkdir(other)
        wrong_ca, _, _ = make_ca_and_server_cert(other)
        _, port, _ = self.replay(self.FIXTURE, "--cert", self.cert, "--key", self.key)
        code, events, err, _ = self.run_spec(self.spec_for(self.FIXTURE, port, "https", requests=2,
                                                           tls={"ca_file": wrong_ca}))
        self.assertEqual(code, 0, err)
        for r in [e for e in events if e["type"] == "request"]:
            self.assertTrue(r["status"].startswith("certificate verify failed: "), r["status"])

    def test_insecure_skip_verify_accepts_the_self_signed_server_in_an_open_loop(self):
        # open loop: over TLS the pacer hands each send to the event loop instead of writing the socket
        _, port, _ = self.replay(self.FIXTURE, "--cert", self.cert, "--key", self.key)
        code, events, err, _ = self.run_spec(self.spec_for(self.FIXTURE, port, "https", requests=6,
                                                           load={"mode": "constant-rate", "value": 30.0},
                                                           tls={"insecure_skip_verify": True}))
        self.assertEqual(code, 0, err)
        requests = [e for e in events if e["type"] == "request"]
        self.assertEqual([e["status"] for e in requests], ["ok"] * 6)
        self.assertTrue(all(r["intended"] is not None and r["send"] >= r["intended"] for r in requests))
        start = events[0]
        self.assertEqual(start["spec"]["tls"], {"ca_file": None, "insecure_skip_verify": True})

    def test_bad_tls_settings_exit_2_naming_the_field(self):
        not_pem = os.path.join(self.tmp.name, "not.pem")
        with open(not_pem, "w") as f:
            f.write("hello\n")
        for tls, field in (({"ca_file": "/nonexistent/ca.pem"}, "tls.ca_file"), ({"ca_file": not_pem}, "tls.ca_file"),
                           ({"insecure_skip_verify": "yes"}, "tls.insecure_skip_verify"),
                           ({"ca_file": self.ca, "insecure_skip_verify": True}, "tls.insecure_skip_verify")):
            code, _, err, _ = self.run_spec(self.spec("https://127.0.0.1:9", tls=tls))
            self.assertEqual(code, 2, tls)
            self.assertIn(f"bad run spec: {field}:", err)


class TestApiKey(ReplayMixin, AgentTestCase):
    FIXTURE = "vllm-chat-reasoning"

    def keyed_server(self):
        env = dict(os.environ, REPLAY_API_KEY=KEY)
        _, port, _ = self.replay(self.FIXTURE, env=env)
        return port

    def test_the_key_on_stdin_is_sent_and_accepted(self):
        port = self.keyed_server()
        code, events, err, _ = self.run_spec(self.spec_for(self.FIXTURE, port, requests=4, api_key="stdin"),
                                             stdin_text=f"key {KEY}\n")
        self.assertEqual(code, 0, err)
        self.assertEqual([e["status"] for e in events if e["type"] == "request"], ["ok"] * 4)
        self.assertEqual(events[0]["spec"]["api_key"], "stdin")

    def test_no_key_says_the_server_wants_one_and_a_wrong_key_says_it_was_refused(self):
        port = self.keyed_server()
        code, events, err, _ = self.run_spec(self.spec_for(self.FIXTURE, port, requests=2))
        self.assertEqual(code, 0, err)
        for r in [e for e in events if e["type"] == "request"]:
            self.assertTrue(r["status"].startswith("HTTP 401: the server wants an API key (Unauthorized)"), r["status"])
        code, events, err, _ = self.run_spec(self.spec_for(self.FIXTURE, port, requests=2, api_key="stdin"),
                                             stdin_text="key not-the-right-one\n")
        self.assertEqual(code, 0, err)
        for r in [e for e in events if e["type"] == "request"]:
            self.assertEqual(r["status"], "HTTP 403: the server refused the API key (Invalid API Key)")

    def test_a_wrong_key_answered_with_401_as_vllm_does_says_it_was_refused(self):
        _, port, _ = self.replay(self.FIXTURE, env=dict(os.environ, REPLAY_API_KEY=KEY, REPLAY_WRONG_KEY_STATUS="401"))
        code, events, err, _ = self.run_spec(self.spec_for(self.FIXTURE, port, requests=2, api_key="stdin"),
                                             stdin_text="key not-the-right-one\n")
        self.assertEqual(code, 0, err)
        for r in [e for e in events if e["type"] == "request"]:
            self.assertEqual(r["status"], "HTTP 401: the server refused the API key (Unauthorized)")

    def test_a_missing_key_line_or_a_key_in_the_spec_exits_2_without_echoing_it(self):
        code, _, err, _ = self.run_spec(self.spec("http://127.0.0.1:9", api_key="stdin"), stdin_text="go 1\n")
        self.assertEqual(code, 2)
        self.assertIn("key <secret>", err)
        code, _, err, out = self.run_spec(self.spec("http://127.0.0.1:9", api_key=KEY))
        self.assertEqual(code, 2)
        self.assertIn("bad run spec: api_key:", err)
        self.assertNotIn(KEY, err + out)

    def test_the_key_is_in_no_file_stream_or_process_list_with_two_workers(self):
        port = self.keyed_server()
        journal = self.path("node/run.journal")
        spec = self.spec_for(self.FIXTURE, port, requests=60, workers=2, api_key="stdin",
                             load={"mode": "constant-rate", "value": 40.0})
        with open(self.path("spec.json"), "w") as f:
            json.dump(spec, f)
        agent = subprocess.Popen([PYTHON, AGENT, "run", self.path("spec.json"), "--journal", journal],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.processes.append(agent)
        agent.stdin.write(f"key {KEY}\n")
        agent.stdin.flush()
        lines = []
        workers = None
        seen_cmdlines = {}
        while True:
            line = agent.stdout.readline()
            if not line:
                break
            lines.append(line)
            event = json.loads(line)
            if event["type"] == "phase_start":
                workers = event["workers"]
                # the phase is running: every process of the agent is alive now
                for pid in [agent.pid] + workers:
                    seen_cmdlines[pid] = self.process_view(pid)
        agent.stdin.close()
        agent.wait(timeout=60)
        stderr = agent.stderr.read()
        self.assertEqual(agent.returncode, 0, stderr)
        self.assertEqual(len(workers or []), 2)
        self.assertEqual(len(seen_cmdlines), 3)
        for pid, view in seen_cmdlines.items():
            self.assertTrue(view, f"could not read /proc/{pid}")
            self.assertNotIn(KEY, view, f"the key is visible in /proc/{pid}")
        events = [json.loads(l) for l in lines]
        self.assertEqual(sum(e["type"] == "request" and e["status"] == "ok" for e in events), 60)
        written = {"stdout": "".join(lines), "stderr": stderr}
        for path in glob.glob(os.path.join(self.tmp.name, "**"), recursive=True):
            if os.path.isfile(path) and not path.endswith(".key") and not path.endswith(".truth.jsonl"):
                with open(path, encoding="utf-8", errors="replace") as f:
                    written[path] = f.read()
        self.assertIn(journal, written)
        for where, text in written.items():
            self.assertNotIn(KEY, text, f"the key leaked into {where}")
        print(f"\n  API key: not in stdout, stderr, {len(written) - 2} files (journal, spec) nor in /proc/<pid>/"
              f"cmdline of the agent and its {len(workers)} workers", file=sys.stderr)

    @staticmethod
    def process_view(pid):
        """What `ps` and /proc show of a process: its command line."""
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                return f.read().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            return ""


if __name__ == "__main__":
    unittest.main()
