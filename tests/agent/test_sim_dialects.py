"""serve-sim's dialects, byte by byte, with a plain HTTP client (not the agent): each engine's stream shapes,
error bodies, tokenize and info endpoints, API keys and TLS, as transcribed in tests/data/agent/dialects/SOURCES.md."""
import http.client
import json
import os
import socket
import ssl
import subprocess
import sys
import unittest

from agenttest import AGENT, AgentTestCase, make_ca_and_server_cert, wait_for
from inferdeck_agent import simtokenizer

CHAT = {"model": "m", "messages": [{"role": "user", "content": "Zürich hosts the annual summarization meeting."}],
        "max_tokens": 8, "stream": True, "stream_options": {"include_usage": True}}
COMPLETION = {"model": "m", "prompt": "The summarization meeting opens.", "max_tokens": 4, "stream": True,
              "stream_options": {"include_usage": True}}


def raw_request(port, method, path, body=None, headers=None):
    """(status, headers, [HTTP chunks as bytes] or body bytes) over a raw socket, keeping chunk boundaries."""
    data = json.dumps(body).encode() if body is not None else b""
    head = f"{method} {path} HTTP/1.1\r\nHost: x\r\nContent-Length: {len(data)}\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(head.encode() + b"\r\n" + data)
        f = s.makefile("rb")
        status = int(f.readline().split()[1])
        hdrs = {}
        while True:
            line = f.readline()
            if line in (b"\r\n", b""):
                break
            k, _, v = line.decode().partition(":")
            hdrs[k.strip().lower()] = v.strip()
        if hdrs.get("transfer-encoding") == "chunked":
            chunks = []
            while True:
                size = int(f.readline().strip(), 16)
                if size == 0:
                    f.readline()
                    return status, hdrs, chunks
                chunks.append(f.read(size))
                f.read(2)
        return status, hdrs, f.read(int(hdrs.get("content-length", 0)))


def events(chunks, prefix=b"data: "):
    """The SSE payloads (JSON decoded, or the literal [DONE]) in order, and the other lines seen."""
    out, other = [], []
    for line in b"".join(chunks).split(b"\n"):
        if not line:
            continue
        if line.startswith(prefix):
            payload = line[len(prefix):]
            out.append(payload.decode() if payload == b"[DONE]" else json.loads(payload))
        else:
            other.append(line)
    return out, other


class SimCase(AgentTestCase):
    def serve(self, *args):
        url = self.start_sim("--speed", "8", *args)
        return int(url.rsplit(":", 1)[1])

    def truth(self):
        """The ground truth once the simulator has logged every request it answered (it logs just after)."""
        before = -1
        while True:
            rows = super().truth() if os.path.exists(self.path("truth.jsonl")) else []
            if len(rows) == before:
                return rows
            before = len(rows)
            wait_for(lambda: False, timeout=0.05)


class TestStreams(SimCase):
    def test_vllm_sends_the_role_chunk_with_the_first_token_mirrors_reasoning_and_ends_with_usage_then_done(self):
        port = self.serve("--dialect", "vllm", "--reasoning-tokens", "3")
        status, hdrs, chunks = raw_request(port, "POST", "/v1/chat/completions", CHAT)
        self.assertEqual((status, hdrs["x-inferdeck-simulated"]), (200, "true"))
        evs, other = events(chunks)
        self.assertEqual(other, [])
        self.assertTrue(all(c.startswith(b"data: {") or c == b"data: [DONE]\n\n" for c in chunks))
        role = evs[0]["choices"][0]["delta"]
        self.assertEqual(role, {"role": "assistant", "content": "", "reasoning_content": None})
        self.assertIn("prompt_token_ids", evs[0])
        thinking = [e["choices"][0]["delta"] for e in evs[1:4]]
        for d in thinking:  # `reasoning`, and the deprecated name mirrored by vLLM's validator
            self.assertEqual(set(d), {"reasoning", "reasoning_content"})
            self.assertEqual(d["reasoning"], d["reasoning_content"])
        answer = [e["choices"][0] for e in evs[4:-2]]
        self.assertEqual(len(answer), 5)
        self.assertTrue(all(set(c["delta"]) == {"content", "reasoning_content"} for c in answer))
        self.assertEqual(answer[-1]["finish_reason"], "length")
        self.assertEqual(evs[-2]["choices"], [])
        self.assertEqual(evs[-2]["usage"]["completion_tokens"], 8)
        self.assertNotIn("completion_tokens_details", evs[-2]["usage"])  # vLLM's UsageInfo has none
        self.assertEqual(evs[-1], "[DONE]")
        truth = self.truth()[-1]
        self.assertEqual((truth["reasoning_tokens"], truth["completion_tokens"], truth["chunks"]), (3, 8, 8))
        self.assertLess(truth["first_token"], truth["first_answer_token"])

    def test_vllm_holds_a_split_utf8_character_back_as_an_empty_content_chunk(self):
        port = self.serve("--dialect", "vllm")
        _, _, chunks = raw_request(port, "POST", "/v1/chat/completions", CHAT)
        evs, _ = events(chunks)
        texts = [e["choices"][0]["delta"]["content"] for e in evs[1:-2]]
        self.assertEqual(texts[:3], ["Z", "", "ü"])  # "ü" is two byte tokens; the first shows as ""
        self.assertEqual(len(texts), 8)
        self.assertEqual(self.truth()[-1]["chunks"], 8)  # the empty chunk bears a token

    def test_vllm_legacy_streams_reasoning_content_only(self):
        port = self.serve("--legacy", "vllm-reasoning-content", "--reasoning-tokens", "2")
        _, _, chunks = raw_request(port, "POST", "/v1/chat/completions", CHAT)
        evs, _ = events(chunks)
        self.assertEqual(evs[0]["choices"][0]["delta"], {"role": "assistant", "content": ""})
        self.assertEqual(list(evs[1]["choices"][0]["delta"]), ["reasoning_content"])
        self.assertEqual(list(evs[3]["choices"][0]["delta"]), ["content"])

    def test_sglang_puts_reasoning_content_beside_null_content_drops_empty_deltas_and_finishes_in_its_own_chunk(self):
        port = self.serve("--dialect", "sglang", "--reasoning-tokens", "2")
        _, _, chunks = raw_request(port, "POST", "/v1/chat/completions", CHAT)
        evs, _ = events(chunks)
        self.assertEqual(evs[0]["choices"][0]["delta"],
                         {"role": "assistant", "content": "", "reasoning_content": None, "tool_calls": None})
        self.assertIsNone(evs[0]["usage"])
        d = evs[1]["choices"][0]["delta"]
        self.assertEqual((d["content"], d["role"], d["tool_calls"]), (None, None, None))
        self.assertTrue(d["reasoning_content"])
        contents = [e["choices"][0]["delta"]["content"] for e in evs[3:-3]]
        self.assertNotIn("", contents)  # the held-back byte sends nothing; the next chunk has "ü"
        self.assertIn("ü", contents)
        finish = evs[-3]["choices"][0]
        self.assertEqual((finish["finish_reason"], finish["delta"]["content"]), ("length", None))
        self.assertEqual(evs[-2]["usage"]["completion_tokens"], 8)
        self.assertIn("prompt_tokens_details", evs[-2]["usage"])
        self.assertEqual(evs[-1], "[DONE]")
        self.assertEqual(self.truth()[-1]["chunks"], 7)  # 8 tokens in 7 chunks

    def test_tgi_writes_data_without_a_space_and_keepalive_comments_done_since_2_2_and_usage_since_2_3(self):
        for legacy, done, usage in ((None, True, True), ("tgi-2.2", True, False), ("tgi-2.1", False, False)):
            args = ["--dialect", "tgi", "--keepalive-s", "0.02", "--stall-rate", "1", "--stall-s", "0.1"]
            port = self.serve(*(args + (["--legacy", legacy] if legacy else [])))
            _, _, chunks = raw_request(port, "POST", "/v1/chat/completions", CHAT)
            evs, other = events(chunks, prefix=b"data:")
            self.assertFalse(any(c.startswith(b"data: ") for c in chunks), legacy)
            self.assertIn(b":", other, legacy)  # axum's keep-alive comment during the stall
            self.assertEqual(evs[-1] == "[DONE]", done, legacy)
            self.assertEqual(any(isinstance(e, dict) and e.get("usage") for e in evs), usage, legacy)
            first = evs[0]["choices"][0]
            self.assertEqual(first["delta"]["role"], "assistant")  # no role-only chunk: the role is in every delta
            self.assertTrue(first["delta"]["content"])
            self.processes[-1].terminate()

    def test_tgi_streams_a_thinking_model_as_content(self):
        port = self.serve("--dialect", "tgi", "--reasoning-tokens", "3")
        raw_request(port, "POST", "/v1/chat/completions", CHAT)
        t = self.truth()[-1]
        self.assertEqual((t["reasoning_tokens"], t["inline_reasoning_tokens"]), (0, 3))
        self.assertEqual(t["first_token"], t["first_answer_token"])

    def test_llamacpp_sends_role_and_first_token_in_one_write_and_timings_on_the_last_chunk(self):
        port = self.serve("--dialect", "llamacpp", "--reasoning-tokens", "2")
        status, _, chunks = raw_request(port, "POST", "/v1/chat/completions", CHAT)
        first, _ = events(chunks[:1])
        self.assertEqual(len(first), 2)
        self.assertEqual(first[0]["choices"][0]["delta"], {"content": None, "role": "assistant"})
        self.assertEqual(first[1]["choices"][0]["delta"], {"reasoning_content": " Okay"})
        self.assertTrue(chunks[0].startswith(b'data: {"choices"'))  # nlohmann::json writes keys sorted
        evs, _ = events(chunks)
        self.assertEqual(evs[-1], "[DONE]")
        self.assertIn("timings", evs[-2])
        self.assertEqual(evs[-2]["usage"]["completion_tokens"], 8)
        self.assertEqual(evs[-3]["choices"][0]["finish_reason"], "length")
        self.assertNotIn("timings", evs[-3])

    def test_completions_streams_in_each_dialect(self):
        expect = {"vllm": ("text", None, True), "sglang": ("text", None, True),
                  "tgi": ("text", "", True), "llamacpp": ("text", None, True)}
        for dialect, (field, unfinished, done) in expect.items():
            port = self.serve("--dialect", dialect, "--reasoning-tokens", "2")
            _, _, chunks = raw_request(port, "POST", "/v1/completions", COMPLETION)
            evs, _ = events(chunks, prefix=b"data:" if dialect == "tgi" else b"data: ")
            self.assertEqual(evs[0]["choices"][0]["finish_reason"], unfinished, dialect)
            self.assertEqual(evs[0]["choices"][0][field], " Okay", dialect)  # no reasoning field: thinking is text
            self.assertEqual(evs[-1], "[DONE]", dialect)
            usage = [e["usage"] for e in evs if isinstance(e, dict) and e.get("usage")]
            self.assertEqual(usage[-1]["completion_tokens"], 4, dialect)
            t = self.truth()[-1]
            self.assertEqual((t["inline_reasoning_tokens"], t["chunks"]), (2, 4), dialect)
            self.processes[-1].terminate()
        # llama.cpp's final chunk has empty text and no token: not a token-bearing chunk
        self.assertEqual(evs[-2]["choices"][0], {"finish_reason": "length", "index": 0, "logprobs": None, "text": ""})

    def test_all_of_max_tokens_spent_thinking_is_all_reasoning_with_finish_reason_length(self):
        port = self.serve("--dialect", "vllm", "--reasoning-tokens", "20")
        _, _, chunks = raw_request(port, "POST", "/v1/chat/completions", CHAT)
        evs, _ = events(chunks)
        deltas = [e["choices"][0] for e in evs[1:-2]]
        self.assertTrue(all("reasoning" in c["delta"] and "content" not in c["delta"] for c in deltas))
        self.assertEqual(deltas[-1]["finish_reason"], "length")
        t = self.truth()[-1]
        self.assertEqual((t["reasoning_tokens"], t["first_answer_token"], t["status"]), (8, None, "ok"))

    def test_reasoning_usage_details_only_when_asked(self):
        port = self.serve("--dialect", "vllm", "--reasoning-tokens", "3", "--report-reasoning-usage")
        _, _, chunks = raw_request(port, "POST", "/v1/chat/completions", CHAT)
        evs, _ = events(chunks)
        self.assertEqual(evs[-2]["usage"]["completion_tokens_details"], {"reasoning_tokens": 3})


class TestErrors(SimCase):
    def test_mid_stream_errors_in_each_dialects_shape(self):
        cases = {None: (b'data: {"error":{"message":"simulated engine failure","type":"InternalServerError"', True),
                 "sglang": (b'data: {"error":{"object":"error","message":"simulated engine failure"', True),
                 "tgi": (b'data:{"error":{"message":"simulated engine failure","http_status_code":422}}', True),
                 "llamacpp": (b'data: {"error":{"code":500,"message":"simulated engine failure","type":"server_error"}}',
                              False),
                 "llamacpp-old": (b'error: {"code":500,"message":"simulated engine failure","type":"server_error"}',
                                  False),
                 "llamacpp-old-done": (b'error: {"code":500,', True)}
        for name, (shape, done) in cases.items():
            args = ["--stream-error-rate", "1", "--seed", "3"]
            args += (["--legacy", name] if name and "-old" in name else ["--dialect", name] if name else [])
            port = self.serve(*args)
            body = {**CHAT, "max_tokens": 30}
            status, _, chunks = raw_request(port, "POST", "/v1/chat/completions", body)
            whole = b"".join(chunks)
            self.assertIn(shape, whole, name)
            self.assertEqual(whole.rstrip().endswith(b"[DONE]"), done, name)
            self.assertFalse(any(b'"finish_reason":"length"' in c for c in chunks), name)
            self.assertTrue(self.truth()[-1]["status"].startswith(("stream error", "HTTP 500")), name)
            self.processes[-1].terminate()

    def test_http_errors_in_each_dialects_shape(self):
        expect = {"vllm": {"error": {"message": "simulated failure", "type": "ServiceUnavailableError", "param": None,
                                     "code": 503}},
                  "sglang": {"object": "error", "message": "simulated failure", "type": "ServiceUnavailableError",
                             "param": None, "code": 503},
                  "tgi": {"error": "simulated failure", "error_type": "incomplete_generation"},
                  "llamacpp": {"error": {"code": 503, "message": "simulated failure", "type": "unavailable_error"}}}
        for dialect, body in expect.items():
            port = self.serve("--dialect", dialect, "--error-rate", "1")
            status, _, data = raw_request(port, "POST", "/v1/chat/completions", CHAT)
            self.assertEqual((status, json.loads(data)), (503, body), dialect)
            self.processes[-1].terminate()

    def test_garbled_and_truncated_requests_get_an_error_and_the_server_keeps_serving(self):
        for dialect, code in (("vllm", 400), ("tgi", 422)):
            port = self.serve("--dialect", dialect)
            with socket.create_connection(("127.0.0.1", port)) as s:
                s.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nContent-Length: 9\r\n\r\n{not json")
                self.assertIn(b" %d " % code, s.recv(4096))
            with socket.create_connection(("127.0.0.1", port)) as s:  # the client leaves mid-body
                s.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nContent-Length: 500\r\n\r\n{\"model\"")
            status, _, _ = raw_request(port, "POST", "/v1/chat/completions", CHAT)
            self.assertEqual(status, 200, dialect)
            self.processes[-1].terminate()


    def test_a_request_longer_than_the_model_length_is_refused_in_the_dialects_shape(self):
        for dialect, code in (("vllm", 400), ("tgi", 422), ("llamacpp", 400)):
            port = self.serve("--dialect", dialect, "--max-model-len", "30")
            status, _, data = raw_request(port, "POST", "/v1/chat/completions", {**CHAT, "max_tokens": 20})
            self.assertEqual(status, code, dialect)
            self.assertIn("maximum context length is 30 tokens", data.decode(), dialect)
            self.processes[-1].terminate()

    def test_loading_answers_503_and_a_cut_stream_is_logged_as_dropped(self):
        port = self.serve("--dialect", "llamacpp", "--ready-delay-s", "30")
        status, _, data = raw_request(port, "GET", "/v1/models")
        self.assertEqual((status, json.loads(data)["error"]["type"]), (503, "unavailable_error"))
        self.processes[-1].terminate()
        port = self.serve("--dialect", "sglang", "--drop-rate", "1")
        with self.assertRaises((ValueError, ConnectionError, OSError)):
            raw_request(port, "POST", "/v1/chat/completions", {**CHAT, "max_tokens": 30})
        self.assertEqual(self.truth()[-1]["status"], "dropped by fault injection")

    def test_an_unknown_legacy_shape_is_a_usage_error_naming_the_known_ones(self):
        r = subprocess.run([sys.executable, AGENT, "serve-sim", "--legacy", "tgi-1.0"], capture_output=True,
                           text=True, timeout=20)
        self.assertEqual(r.returncode, 2)
        self.assertIn("unknown legacy shape 'tgi-1.0'", r.stderr)
        self.assertIn("tgi-2.1", r.stderr)


class TestEndpoints(SimCase):
    def test_each_dialect_serves_only_its_own_engines_info_endpoint(self):
        info = {"vllm": ("GET", "/version"), "sglang": ("GET", "/get_server_info"), "tgi": ("GET", "/info"),
                "llamacpp": ("GET", "/props")}
        for dialect in info:
            port = self.serve("--dialect", dialect)
            for other, (method, path) in info.items():
                status, hdrs, body = raw_request(port, method, path)
                self.assertEqual(status, 200 if other == dialect else 404, (dialect, path))
                self.assertEqual(hdrs["x-inferdeck-simulated"], "true")
            status, _, body = raw_request(port, "GET", "/v1/models")
            self.assertEqual(json.loads(body)["data"][0]["id"], "meta-llama/Llama-3.1-8B-Instruct")
            self.processes[-1].terminate()
        # the free-form fields say it is a simulation
        port = self.serve("--dialect", "tgi", "--legacy", "tgi-2.1")
        info = json.loads(raw_request(port, "GET", "/info")[2])
        self.assertEqual((info["version"], info["router"]), ("2.1.1", "text-generation-router"))
        self.assertIn("simulated", info["docker_label"])

    def test_tokenize_endpoints_answer_in_each_engines_shape_and_agree_with_usage(self):
        text = "The committee's summarization guidelines, revised in 2024, run 1234 words."
        body = {"model": "m", "prompt": text, "max_tokens": 2}
        cases = {"vllm": ({"model": "m", "prompt": text}, lambda r: r["count"], {"count", "max_model_len", "tokens",
                                                                                  "token_strs"}),
                 "sglang": ({"model": "m", "prompt": text}, lambda r: r["count"], {"tokens", "count", "max_model_len"}),
                 "tgi": ({"inputs": text}, len, None),
                 "llamacpp": ({"content": text, "add_special": True}, lambda r: len(r["tokens"]), {"tokens"})}
        for dialect, (req, count, keys) in cases.items():
            port = self.serve("--dialect", dialect)
            status, _, data = raw_request(port, "POST", "/tokenize", req)
            answer = json.loads(data)
            self.assertEqual(status, 200, dialect)
            if keys:
                self.assertEqual(set(answer), keys, dialect)
            else:
                self.assertEqual(set(answer[1]), {"id", "text", "start", "stop"})
                self.assertEqual(answer[1]["text"], "The")
            _, _, data = raw_request(port, "POST", "/v1/completions", body)
            self.assertEqual(count(answer), json.loads(data)["usage"]["prompt_tokens"], dialect)
            self.processes[-1].terminate()

    def test_chat_templates_are_counted_as_the_chat_endpoint_counts_them(self):
        msgs = CHAT["messages"]

        def vllm(port):
            return json.loads(raw_request(port, "POST", "/tokenize", {"model": "m", "messages": msgs})[2])["count"]

        def tgi(port):
            answer = json.loads(raw_request(port, "POST", "/chat_tokenize", {"model": "m", "messages": msgs})[2])
            self.assertIn("<|start_header|>user<|end_header|>", answer["templated_text"])
            return len(answer["tokenize_response"])

        def llamacpp(port):
            prompt = json.loads(raw_request(port, "POST", "/apply-template", {"messages": msgs})[2])["prompt"]
            answer = raw_request(port, "POST", "/tokenize", {"content": prompt, "add_special": True,
                                                             "parse_special": True})[2]
            return len(json.loads(answer)["tokens"])
        for dialect, count in (("vllm", vllm), ("tgi", tgi), ("llamacpp", llamacpp)):
            port = self.serve("--dialect", dialect)
            _, _, data = raw_request(port, "POST", "/v1/chat/completions", {**CHAT, "stream": False})
            self.assertEqual(count(port), json.loads(data)["usage"]["prompt_tokens"], dialect)
            self.processes[-1].terminate()


class TestAccess(SimCase):
    def test_api_key_missing_is_401_wrong_is_401_or_the_gateway_403_right_is_served_in_the_dialects_shape(self):
        for dialect, body in (("vllm", {"error": "Unauthorized"}), ("sglang", {"error": "Unauthorized"}),
                              ("tgi", None),
                              ("llamacpp", {"error": {"code": 401, "message": "Invalid API Key",
                                                      "type": "authentication_error"}})):
            for wrong in (401, 403):
                port = self.serve("--dialect", dialect, "--api-key", "s3cret", "--wrong-key-status", str(wrong))
                status, _, data = raw_request(port, "POST", "/v1/chat/completions", CHAT)
                self.assertEqual(status, 401, dialect)
                self.assertEqual(json.loads(data) if data else None, body, dialect)
                status, _, _ = raw_request(port, "POST", "/v1/chat/completions", CHAT,
                                           {"Authorization": "Bearer nope"})
                self.assertEqual(status, wrong, dialect)
                status, _, _ = raw_request(port, "POST", "/v1/chat/completions", CHAT,
                                           {"Authorization": "Bearer s3cret"})
                self.assertEqual(status, 200, dialect)
                self.assertEqual(raw_request(port, "GET", "/health")[0], 200)  # health stays open
                self.processes[-1].terminate()
        statuses = [t["status"] for t in self.truth()]
        self.assertIn("HTTP 403", statuses)
        self.assertIn("HTTP 401", statuses)

    def test_api_key_from_a_file(self):
        path = self.path("key")
        with open(path, "w") as f:
            f.write("from-file\n")
        port = self.serve("--api-key-file", path)
        self.assertEqual(raw_request(port, "POST", "/v1/chat/completions", CHAT,
                                     {"Authorization": "Bearer from-file"})[0], 200)

    def test_tls_with_a_throwaway_ca_and_a_wrong_ca_is_refused(self):
        ca, cert, key = make_ca_and_server_cert(self.tmp.name)
        other = os.path.join(self.tmp.name, "other")
        os.mkdir(other)
        other_ca, _, _ = make_ca_and_server_cert(other)
        port = self.serve("--dialect", "llamacpp", "--tls-cert", cert, "--tls-key", key)
        ctx = ssl.create_default_context(cafile=ca)
        c = http.client.HTTPSConnection("127.0.0.1", port, context=ctx, timeout=10)
        c.request("POST", "/v1/chat/completions", json.dumps(CHAT))
        r = c.getresponse()
        self.assertEqual(r.status, 200)
        self.assertTrue(r.read().rstrip().endswith(b"data: [DONE]"))
        c.close()
        bad = http.client.HTTPSConnection("127.0.0.1", port, context=ssl.create_default_context(
            cafile=other_ca), timeout=10)
        with self.assertRaises(ssl.SSLCertVerificationError):
            bad.request("GET", "/v1/models")
        bad.close()


class TestTokenizer(unittest.TestCase):
    def test_words_are_not_tokens(self):
        words = ("The board met on Monday and agreed that the annual report, which runs to forty pages, "
                 "should be summarized for readers who have little time. ") * 40
        n_words = len(words.split())
        n = simtokenizer.count(words)
        self.assertGreater(n, 1.15 * n_words)  # a Llama tokenizer makes 1.2-1.6 tokens of an English word
        self.assertLess(n, 1.6 * n_words)

    def test_pieces_rejoin_to_the_text_and_offsets_are_bytes(self):
        text = "Zürich's 12345 naïve summaries."
        toks = simtokenizer.encode(text)
        self.assertEqual(b"".join(t.data for t in toks).decode(), text)
        raw = text.encode()
        self.assertTrue(all(raw[t.start:t.stop] == t.data for t in toks))

    def test_the_detokenizer_holds_back_an_incomplete_character(self):
        d = simtokenizer.Detokenizer()
        out = [d.push(t) for t in simtokenizer.encode("aü")]
        self.assertEqual(out, ["a", "", "ü"])


if __name__ == "__main__":
    unittest.main()
