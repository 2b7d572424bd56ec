"""Token-exact prompts: the agent counts with the server's tokenizer (each engine's /tokenize shape, see
tests/data/agent/engines/SOURCES.md) and builds synthetic prompts of exactly the drawn length; where no
tokenizer answers it falls back to the word estimate and says why."""
import collections
import http.server
import json
import re
import shutil
import socket
import threading
import time
import unittest

from agenttest import AgentTestCase

from inferdeck_agent.datasets import Dataset
from inferdeck_agent.spec import parse_spec
from inferdeck_agent.tokenizer import calibrate

MODEL = "meta-llama/Llama-3.1-8B-Instruct"
RUNS = re.compile(r" ?[A-Za-z]+|\s+|.")


def tokens(text, special=True):
    """The test's own subword tokenizer, independent of the simulator's: a space sticks to the word after it,
    letters go in pieces of at most four characters (so a long word is several tokens), BOS first."""
    out = ["<s>"] if special else []
    for run in RUNS.findall(text):
        out += [run[i:i + 4] for i in range(0, len(run), 4)] if run.strip().isalpha() else [run]
    return out


def chat_tokens(text):
    return ["<s>", "<|user|>"] + tokens(text, special=False) + ["<|end|>", "<|assistant|>"]


def merging_tokens(text, special=True):
    """A tokenizer with a merge across a space ("the model" is one token fewer than its words): word costs
    measured alone do not add up."""
    toks = tokens(text, special)
    return toks[:len(toks) - text.count("the model")]


class TokenizerServer:
    """Answers POST requests in one engine's shapes. `tokenize` counts; `require_key` wants that bearer key;
    `answer` overrides every answer with (status, raw body); `hang` accepts and never answers."""

    def __init__(self, dialect, tokenize=tokens, require_key=None, answer=None, hang=False):
        self.dialect, self.tokenize, self.require_key, self.answer, self.hang = dialect, tokenize, require_key, answer, hang
        self.requests = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self):
                super().setup()
                # headers and body go out in two writes: without this, Nagle holds the body for the
                # client's delayed ACK (40 ms a request), which no real engine's server does
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                outer.requests.append((self.path, dict(self.headers)))
                if outer.hang:
                    time.sleep(5)
                    return
                status, data = outer.respond(self.path, self.headers, json.loads(body))
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.port = self.httpd.server_address[1]

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    def respond(self, path, headers, req):
        if self.require_key and headers.get("Authorization") != f"Bearer {self.require_key}":
            return 401, b'{"error": "Unauthorized"}'
        if self.answer:
            return self.answer
        d, tok = self.dialect, self.tokenize
        ok = lambda obj: (200, json.dumps(obj).encode())
        unprocessable = (422, b'{"detail": [{"msg": "Field required"}]}')
        if path == "/tokenize" and d == "vllm":
            if "messages" in req:
                ids = chat_tokens(req["messages"][0]["content"])
            elif isinstance(req.get("prompt"), str):
                ids = tok(req["prompt"], req.get("add_special_tokens", True))
            else:
                return unprocessable
            return ok({"count": len(ids), "max_model_len": 131072, "tokens": list(range(len(ids))), "token_strs": None})
        if path == "/tokenize" and d == "sglang":
            prompt = req.get("prompt")
            if isinstance(prompt, list):
                ids = [tok(p, req.get("add_special_tokens", True)) for p in prompt]
                return ok({"tokens": [list(range(len(i))) for i in ids], "count": [len(i) for i in ids],
                           "max_model_len": 131072})
            if isinstance(prompt, str):
                ids = tok(prompt, req.get("add_special_tokens", True))
                return ok({"tokens": list(range(len(ids))), "count": len(ids), "max_model_len": 131072})
            return unprocessable
        if path == "/tokenize" and d == "tgi":
            if not isinstance(req.get("inputs"), str):
                return unprocessable
            return ok([{"id": i, "text": t, "start": 0, "stop": 0} for i, t in enumerate(tok(req["inputs"]))])
        if path == "/chat_tokenize" and d == "tgi":
            ids = chat_tokens(req["messages"][0]["content"])
            return ok({"tokenize_response": [{"id": i, "text": t, "start": 0, "stop": 0} for i, t in enumerate(ids)],
                       "templated_text": "".join(ids)})
        if path == "/tokenize" and d == "llamacpp":
            if "content" not in req:
                return ok({"tokens": []})  # what llama.cpp answers a body without content
            return ok({"tokens": list(range(len(tok(req["content"], req.get("add_special", False)))))})
        if path == "/apply-template" and d == "llamacpp":
            return ok({"prompt": "\x00" + req["messages"][0]["content"]})  # the marker stands for the template
        if path == "/v1/chat/completions" and d == "sglang":
            n = len(chat_tokens(req["messages"][0]["content"]))
            return ok({"choices": [{"message": {"content": "x"}}], "usage": {"prompt_tokens": n, "completion_tokens": 1}})
        return 404, b'{"detail": "Not Found"}'


class PromptCase(AgentTestCase):
    def setUp(self):
        super().setUp()
        self.servers = []

    def tearDown(self):
        for s in self.servers:
            s.close()
        super().tearDown()

    def server(self, *args, **kwargs):
        s = TokenizerServer(*args, **kwargs)
        self.servers.append(s)
        return s

    @staticmethod
    def phase(port, api="completions", kind="synthetic", **extra):
        raw = {"endpoint": f"http://127.0.0.1:{port}", "model": MODEL, "api": api, "requests": 500,
               "load": {"mode": "concurrency", "value": 4}, "seed": 11,
               "dataset": {"kind": kind, "input": {"kind": "lognormal", "mean": 300, "stddev": 200, "min": 1, "max": 1500},
                           "output": {"mean": 16}}}
        raw.update(extra)
        return parse_spec(raw)

    def prepare(self, spec, n=500, **kwargs):
        dataset = Dataset(spec)
        record = calibrate(spec, dataset, **kwargs)
        return record, [dataset.next() for _ in range(n)]


class TestExactPerDialect(PromptCase):
    def check_dialect(self, dialect, api):
        s = self.server(dialect)
        record, items = self.prepare(self.phase(s.port, api))
        self.assertEqual(record["method"], "exact", record["note"])
        self.assertEqual(record["tokenizer"], "/tokenize")
        count = (lambda p: len(chat_tokens(p))) if api == "chat" else (lambda p: len(tokens(p)))
        errors = collections.Counter(count(it["prompt"]) - it["input_tokens"] for it in items)
        self.assertEqual(errors, {0: len(items)}, f"{dialect} {api}: prompt length - drawn length")
        # the drawn lengths vary, so exactness is not one lucky length
        self.assertGreater(len({it["input_tokens"] for it in items}), 200)
        # a bounded number of round trips: word costs and a checked sample, not one per prompt
        self.assertLess(record["round_trips"], 120 if dialect != "sglang" else 10)
        return record

    def test_vllm_completions_and_chat_with_the_template_counted(self):
        self.check_dialect("vllm", "completions")
        record = self.check_dialect("vllm", "chat")
        self.assertIn("+3 tokens", record["note"])  # BOS, user, end, assistant in place of the plain prompt's BOS

    def test_sglang_counts_word_costs_in_batches_and_learns_the_chat_template_from_usage(self):
        record = self.check_dialect("sglang", "completions")
        self.assertLessEqual(record["round_trips"], 5)
        record = self.check_dialect("sglang", "chat")
        self.assertIn("usage", record["note"])

    def test_tgi_tokenize_and_chat_tokenize(self):
        self.check_dialect("tgi", "completions")
        self.check_dialect("tgi", "chat")

    def test_llamacpp_tokenize_and_apply_template(self):
        self.check_dialect("llamacpp", "completions")
        # the fake template adds one marker character, a token of its own, plus BOS from add_special
        s = self.server("llamacpp")
        record, items = self.prepare(self.phase(s.port, "chat"), n=200)
        self.assertEqual(record["method"], "exact", record["note"])
        for it in items:
            self.assertEqual(len(tokens("\x00" + it["prompt"])), it["input_tokens"])

    def test_summarization_prompts_are_exact_and_keep_their_references(self):
        s = self.server("vllm")
        record, items = self.prepare(self.phase(s.port, kind="summarization"), n=200)
        self.assertEqual(record["method"], "exact")
        self.assertTrue(all(len(tokens(it["prompt"])) == it["input_tokens"] for it in items))
        self.assertTrue(all(it["reference"] for it in items))

    def test_five_thousand_prompts_prepare_in_under_three_seconds(self):
        s = self.server("vllm")
        started = time.perf_counter()
        record, items = self.prepare(self.phase(s.port), n=5000)
        elapsed = time.perf_counter() - started
        self.assertEqual(record["method"], "exact")
        self.assertLess(elapsed, 3.0, f"calibration {record['seconds']} s, {record['round_trips']} round trips")

    def test_the_key_is_sent_to_the_tokenizer_and_a_missing_key_falls_back_with_the_reason(self):
        s = self.server("vllm", require_key="sk-test-123")
        record, _ = self.prepare(self.phase(s.port), n=10, api_key="sk-test-123")
        self.assertEqual(record["method"], "exact", record["note"])
        self.assertTrue(all(h.get("Authorization") == "Bearer sk-test-123" for _, h in s.requests))
        self.assertTrue(all(h.get("Accept-Encoding") == "identity" for _, h in s.requests))
        record, items = self.prepare(self.phase(s.port), n=10)
        self.assertEqual(record["method"], "estimated")
        self.assertIn("API key", record["note"])
        self.assertNotIn("sk-test-123", json.dumps(record))


class TestFallback(PromptCase):
    def assert_word_estimate(self, record, items, reason):
        self.assertEqual(record["method"], "estimated")
        self.assertIsNone(record["tokenizer"])
        self.assertIn(reason, record["note"])
        self.assertTrue(all(len(it["prompt"].split()) == it["input_tokens"] for it in items))

    def test_connection_refused(self):
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        sock.close()
        record, items = self.prepare(self.phase(port), n=20)
        self.assert_word_estimate(record, items, "connection refused")

    def test_no_tokenize_endpoint(self):
        s = self.server("none")
        record, items = self.prepare(self.phase(s.port), n=20)
        self.assert_word_estimate(record, items, "HTTP 404")

    def test_a_tokenizer_that_never_answers_times_out(self):
        s = self.server("vllm", hang=True)
        started = time.monotonic()
        record, items = self.prepare(self.phase(s.port), n=20, timeout=0.5)
        self.assertLess(time.monotonic() - started, 3.0)
        self.assert_word_estimate(record, items, "timed out")

    def test_garbled_answers_are_no_tokenizer(self):
        s = self.server("vllm", answer=(200, b'{"count": 3, "tok'))
        record, items = self.prepare(self.phase(s.port), n=20)
        self.assert_word_estimate(record, items, "no known tokenizer")

    def test_tokenize_off_in_the_spec(self):
        s = self.server("vllm")
        record, items = self.prepare(self.phase(s.port, tokenize=False), n=20)
        self.assert_word_estimate(record, items, "tokenize is off")
        self.assertEqual(s.requests, [])

    def test_a_tokenizer_whose_word_costs_do_not_add_up_is_reported_estimated_with_the_error(self):
        s = self.server("vllm", tokenize=merging_tokens)
        record, items = self.prepare(self.phase(s.port), n=200)
        self.assertEqual(record["method"], "estimated")
        self.assertEqual(record["tokenizer"], "/tokenize")
        self.assertRegex(record["note"], r"off \(by -\d+ to [+-]\d+ tokens\)")


class TestAgainstTheSimulator(AgentTestCase):
    """The whole agent against serve-sim speaking each engine's dialect: the server's own count of every
    prompt (usage.prompt_tokens, the `in` of each request) equals the drawn length (`in_req`)."""

    def run_dialect(self, dialect, api, requests):
        url = self.start_sim("--dialect", dialect, "--speed", "100", truth=False)
        spec = self.spec(url, model=MODEL, api=api, requests=requests, seed=3, load={"mode": "concurrency", "value": 32},
                         dataset={"kind": "synthetic",
                                  "input": {"kind": "lognormal", "mean": 300, "stddev": 200, "min": 1, "max": 1500},
                                  "output": {"kind": "fixed", "mean": 2}})
        code, events, err = self.run_agent(spec, timeout=300)
        self.assertEqual(code, 0, err)
        prompts = [e for e in events if e["type"] == "phase_start"][0]["prompts"]
        self.assertEqual(prompts["method"], "exact", prompts["note"])
        done = [e for e in events if e["type"] == "request"]
        self.assertEqual(len(done), requests)
        self.assertTrue(all(e["status"] == "ok" and e["usage"] for e in done), done[0])
        errors = collections.Counter(e["in"] - e["in_req"] for e in done)
        print(f"\n  {dialect} {api}: {requests} prompts, server count - drawn: {dict(errors)}; "
              f"{prompts['round_trips']} tokenizer round trips, {prompts['seconds']} s", end=" ")
        self.assertEqual(errors, {0: requests})

    def test_vllm(self):
        self.run_dialect("vllm", "completions", 500)
        self.run_dialect("vllm", "chat", 100)

    def test_sglang(self):
        self.run_dialect("sglang", "completions", 500)
        self.run_dialect("sglang", "chat", 100)

    def test_tgi(self):
        self.run_dialect("tgi", "completions", 500)
        self.run_dialect("tgi", "chat", 100)

    def test_llamacpp(self):
        self.run_dialect("llamacpp", "completions", 500)
        self.run_dialect("llamacpp", "chat", 100)


@unittest.skipUnless(shutil.which("openssl"), "needs openssl to make a throw-away CA")
class TestTokenizerOverTls(AgentTestCase):
    """The tokenizer calls go where the requests go: over https, verified against the spec's CA."""

    def sim_over_tls(self):
        from agenttest import make_ca_and_server_cert
        ca, cert, key = make_ca_and_server_cert(self.tmp.name)
        url = self.start_sim("--dialect", "vllm", "--tls-cert", cert, "--tls-key", key, truth=False)
        return ca, int(url.rsplit(":", 1)[1])

    def test_https_with_the_test_ca_is_exact(self):
        ca, port = self.sim_over_tls()
        spec = PromptCase.phase(port, endpoint=f"https://127.0.0.1:{port}", tls={"ca_file": ca})
        dataset = Dataset(spec)
        record = calibrate(spec, dataset)
        self.assertEqual(record["method"], "exact", record["note"])

    def test_a_server_the_ca_does_not_vouch_for_falls_back_naming_the_certificate(self):
        _, port = self.sim_over_tls()
        spec = PromptCase.phase(port, endpoint=f"https://127.0.0.1:{port}")
        record = calibrate(spec, Dataset(spec))
        self.assertEqual(record["method"], "estimated")
        self.assertIn("certificate verify failed", record["note"])


if __name__ == "__main__":
    unittest.main()
