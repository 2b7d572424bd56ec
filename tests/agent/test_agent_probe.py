"""probe: the engine behind an endpoint (from its own answers, transcribed in tests/data/agent/engines) and the
engines installed on the node (fake binaries on PATH printing what the real ones print)."""
import http.server
import json
import os
import stat
import subprocess
import threading
import time
import unittest

from agenttest import AGENT, PYTHON, AgentTestCase

from inferdeck_agent import probe

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "agent", "engines")


def fixture(name, mode="r"):
    with open(os.path.join(DATA, name), mode) as f:
        return f.read()


class FakeServer:
    """Answers GET paths from a table {path: (status, body bytes)}; 404 otherwise. Records each request."""

    def __init__(self, routes):
        self.routes = routes
        self.seen = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                outer.seen.append((self.path, dict(self.headers)))
                status, body = outer.routes.get(self.path, (404, b'{"detail":"Not Found"}'))
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def ok(name):
    return 200, fixture(name, "rb")


class ProbeCase(AgentTestCase):
    def setUp(self):
        super().setUp()
        self.bin = self.path("bin")
        os.mkdir(self.bin)
        self.servers = []

    def tearDown(self):
        for s in self.servers:
            s.close()
        super().tearDown()

    def serve(self, routes):
        s = FakeServer(routes)
        self.servers.append(s)
        return s

    def fake_binary(self, name, script):
        path = os.path.join(self.bin, name)
        with open(path, "w") as f:
            f.write("#!/bin/sh\n" + script)
        os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)

    def fake_engines(self):
        """The four engines' version commands as the real binaries print them (see SOURCES.md)."""
        data = os.path.abspath(DATA)
        self.fake_binary("vllm", f'[ "$1" = --version ] && cat "{data}/bin-vllm--version.stdout"\n')
        self.fake_binary("text-generation-launcher",
                         f'[ "$1" = --version ] && cat "{data}/bin-text-generation-launcher--version.stdout"\n')
        self.fake_binary("llama-server", f'[ "$1" = --version ] && cat "{data}/bin-llama-server--version.stderr" >&2\n')
        # python3 on PATH is what the probe imports engines with: this one has sglang and nothing else
        self.fake_binary("python3", 'case "$2" in\n'
                         f'  "import sglang;"*) cat "{data}/bin-python3-import-sglang.stdout" ;;\n'
                         '  *) echo "ModuleNotFoundError: No module named x" >&2; exit 1 ;;\nesac\n')

    def probe(self, *args, timeout=60):
        env = dict(os.environ, PATH=self.bin + ":/usr/bin:/bin")
        started = time.monotonic()
        r = subprocess.run([PYTHON, AGENT, "probe"] + list(args), capture_output=True, text=True, timeout=timeout,
                           env=env)
        self.elapsed = time.monotonic() - started
        self.assertEqual(r.returncode, 0, r.stderr)
        return json.loads(r.stdout)


class TestEndpointFirst(ProbeCase):
    def test_vllm_answering_at_the_endpoint_comes_first_with_its_context_length(self):
        s = self.serve({"/v1/models": ok("vllm-models.json"), "/version": ok("vllm-version.json")})
        self.fake_engines()
        inv = self.probe("--endpoint", s.url)
        self.assertEqual(inv["engines"][0], {"name": "vllm", "version": "0.11.0", "source": "endpoint"})
        self.assertEqual(inv["max_model_len"], 131072)
        self.assertEqual(inv["models"], ["meta-llama/Llama-3.1-8B-Instruct"])
        self.assertFalse(inv["simulated"])
        # the same vllm installed on the node is not listed twice; the other engines follow as binaries
        self.assertEqual([e["name"] for e in inv["engines"]], ["vllm", "sglang", "tgi", "llama.cpp"])
        self.assertTrue(all(e["source"] == "binary" for e in inv["engines"][1:]))

    def test_sglang_is_known_by_its_server_info(self):
        s = self.serve({"/v1/models": ok("sglang-models.json"), "/get_server_info": ok("sglang-get_server_info.json")})
        inv = self.probe("--no-engines", "--endpoint", s.url)
        self.assertEqual(inv["engines"], [{"name": "sglang", "version": "0.5.4", "source": "endpoint"}])
        self.assertEqual(inv["max_model_len"], 40960)

    def test_tgi_is_known_by_its_info_and_gives_max_total_tokens_as_context(self):
        s = self.serve({"/v1/models": ok("tgi-models.json"), "/info": ok("tgi-info.json")})
        inv = self.probe("--no-engines", "--endpoint", s.url)
        self.assertEqual(inv["engines"], [{"name": "tgi", "version": "3.3.6-dev0", "source": "endpoint"}])
        self.assertEqual(inv["max_model_len"], 8192)

    def test_llamacpp_is_known_by_its_props_and_its_build_named_like_the_binary(self):
        s = self.serve({"/v1/models": ok("llamacpp-models.json"), "/props": ok("llamacpp-props.json")})
        self.fake_engines()
        inv = self.probe("--endpoint", s.url)
        self.assertEqual(inv["engines"][0], {"name": "llama.cpp", "version": "b6710", "source": "endpoint"})
        self.assertEqual(inv["max_model_len"], 8192)
        # the binary on the node is the same build: listed once
        self.assertEqual([e["name"] for e in inv["engines"]].count("llama.cpp"), 1)

    def test_an_unknown_server_lists_its_models_but_names_no_engine(self):
        s = self.serve({"/v1/models": ok("tgi-models.json")})
        inv = self.probe("--no-engines", "--endpoint", s.url)
        self.assertEqual(inv["engines"], [])
        self.assertEqual(inv["models"], ["meta-llama/Llama-3.1-8B-Instruct"])
        self.assertNotIn("max_model_len", inv)
        self.assertEqual({p for p, _ in s.seen}, {"/v1/models", "/version", "/get_server_info", "/info", "/props"})

    def test_garbled_or_foreign_answers_are_not_taken_for_an_engine(self):
        s = self.serve({"/v1/models": ok("vllm-models.json"),
                        "/version": (200, b"<html>version 1</html>"),
                        "/get_server_info": (200, b'{"version": "1.0"'),  # cut short
                        "/info": (200, b'{"version": 3, "router": "text-generation-router"}'),
                        "/props": (200, b'["build_info"]')})
        inv = self.probe("--no-engines", "--endpoint", s.url)
        self.assertEqual(inv["engines"], [])
        self.assertEqual(inv["max_model_len"], 131072)

    def test_a_server_that_wants_a_key_says_so(self):
        s = self.serve({"/v1/models": (401, b'{"error": "Unauthorized"}')})
        inv = self.probe("--no-engines", "--endpoint", s.url)
        self.assertEqual(inv["models"], [])
        self.assertIn("HTTP 401", inv["endpoint_error"])
        self.assertIn("API key", inv["endpoint_error"])


class TestBinaries(ProbeCase):
    def test_versions_are_read_from_stdout_and_stderr_and_parsed_clean(self):
        self.fake_engines()
        inv = self.probe()
        self.assertEqual(inv["engines"], [
            {"name": "vllm", "version": "0.11.0", "source": "binary"},
            {"name": "sglang", "version": "0.5.4", "source": "binary"},
            {"name": "tgi", "version": "3.3.6-dev0", "source": "binary"},
            {"name": "llama.cpp", "version": "b6710", "source": "binary"},
        ])

    def test_a_hanging_binary_is_cut_off_by_the_time_limit_and_the_others_still_count(self):
        self.fake_engines()
        # a wrapper whose child keeps the pipes open: killing the shell alone would leave the probe waiting
        self.fake_binary("llama-server", "sleep 30\n")
        inv = self.probe("--engine-timeout", "1")
        self.assertLess(self.elapsed, 10.0)
        self.assertEqual([e["name"] for e in inv["engines"]], ["vllm", "sglang", "tgi"])
        self.assertTrue(any("llama-server" in n and "1 s" in n for n in inv["engine_notes"]), inv.get("engine_notes"))

    def test_a_binary_that_prints_no_version_is_not_listed(self):
        self.fake_binary("text-generation-launcher", 'echo "error: unexpected argument" >&2; exit 2\n')
        self.fake_binary("vllm", "echo 'Traceback (most recent call last):'; exit 1\n")
        self.fake_binary("python3", "exit 1\n")
        inv = self.probe()
        self.assertEqual(inv["engines"], [])


class TestAgainstTheSimulator(ProbeCase):
    def test_each_dialect_of_serve_sim_is_known_as_its_engine_and_as_simulated(self):
        expected = {"vllm": "vllm", "sglang": "sglang", "tgi": "tgi", "llamacpp": "llama.cpp"}
        for dialect, name in expected.items():
            url = self.start_sim("--dialect", dialect, "--max-model-len", "32768", truth=False)
            inv = self.probe("--no-engines", "--endpoint", url)
            self.assertEqual(inv["engines"][0]["name"], name, dialect)
            self.assertEqual(inv["engines"][0]["source"], "endpoint")
            # the version the dialect names, marked so that no report reads it as a real engine's
            self.assertRegex(inv["engines"][0]["version"], r"^(\d+\.\d+\.\d+[\w.-]*|b\d+) \(simulated by serve-sim\)$")
            self.assertEqual(inv["max_model_len"], 32768, dialect)
            self.assertTrue(inv["simulated"], dialect)


class TestVersionParsers(unittest.TestCase):
    def test_tgi_launcher_line_gives_the_bare_version(self):
        self.assertEqual(probe.tgi_version("text-generation-launcher 2.4.1\n"), "2.4.1")
        self.assertIsNone(probe.tgi_version("error: unexpected argument '--version'"))

    def test_llamacpp_version_line_and_build_info_name_the_same_release(self):
        self.assertEqual(probe.llamacpp_version("version: 4567 (3c5ff74d)\nbuilt with cc for x86_64"), "b4567")
        self.assertEqual(probe.llamacpp_build_info("b4567-3c5ff74d"), "b4567")
        self.assertEqual(probe.llamacpp_build_info("b4567-local-build"), "b4567")
        self.assertIsNone(probe.llamacpp_version("usage: llama-server [options]"))

    def test_python_version_is_the_last_bare_version_line(self):
        self.assertEqual(probe.last_version_line("INFO 10-02 [x.py:1] detected cuda\n0.6.3.post1\n"), "0.6.3.post1")
        self.assertIsNone(probe.last_version_line("Traceback (most recent call last):\nImportError: x"))


if __name__ == "__main__":
    unittest.main()
