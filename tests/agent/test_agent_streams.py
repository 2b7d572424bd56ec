"""The agent against every engine's stream shape: the SSE rules on the lines themselves, then recorded
streams (tests/data/agent/streams) replayed at known times through the real agent process."""
import json
import os
import subprocess
import sys
import unittest

from agenttest import AGENT, PYTHON, WORST_S, AgentTestCase, events_of, percentile

from inferdeck_agent import sse

HERE = os.path.dirname(os.path.abspath(__file__))
STREAMS = os.path.normpath(os.path.join(HERE, "..", "data", "agent", "streams"))
REPLAY = os.path.join(HERE, "replayserver.py")


def feed_all(state, text):
    kinds = []
    for line in text.encode().split(b"\n"):
        kinds.append(state.feed(line))
    return [k for k in kinds if k]


class TestSseLines(unittest.TestCase):
    def test_role_only_chunks_bear_no_token_but_empty_text_chunks_do(self):
        s = sse.StreamState()
        kinds = feed_all(s, 'data: {"choices":[{"index":0,"delta":{"role":"assistant","content":""}}]}\n'
                            'data: {"choices":[{"index":0,"delta":{"content":""}}]}\n'
                            'data: {"choices":[{"index":0,"delta":{"content":"x"}}]}\n')
        self.assertEqual(kinds, [sse.ANSWER_EMPTY, sse.ANSWER])
        s = sse.StreamState()  # llama.cpp: role with content null
        self.assertEqual(s.feed(b'data: {"choices":[{"delta":{"role":"assistant","content":null}}]}'), sse.NOTHING)

    def test_tgi_repeats_the_role_so_a_later_empty_delta_still_bears_a_token(self):
        s = sse.StreamState()
        kinds = feed_all(s, 'data:{"choices":[{"delta":{"role":"assistant","content":"Hi"}}]}\n'
                            'data:{"choices":[{"delta":{"role":"assistant","content":""},"finish_reason":"eos_token"}]}\n')
        self.assertEqual(kinds, [sse.ANSWER, sse.ANSWER_EMPTY])
        self.assertIsNone(s.outcome())  # no [DONE], but a finish_reason: complete

    def test_reasoning_fields_of_every_engine_count_as_reasoning(self):
        for field in ("reasoning", "reasoning_content"):
            s = sse.StreamState()
            self.assertEqual(s.feed(('data: {"choices":[{"delta":{"%s":"think"}}]}' % field).encode()), sse.REASONING)
            self.assertEqual(s.feed(('data: {"choices":[{"delta":{"%s":""}}]}' % field).encode()), sse.REASONING)
        s = sse.StreamState()  # SGLang (pydantic): reasoning beside "content": null
        self.assertEqual(s.feed(b'data: {"choices":[{"delta":{"role":null,"content":null,"reasoning_content":"a",'
                                b'"tool_calls":null}}]}'), sse.REASONING)
        self.assertEqual(s.reasoning(), (1, False))

    def test_reasoning_tokens_from_usage_win_over_counted_chunks(self):
        s = sse.StreamState()
        s.feed(b'data: {"choices":[{"delta":{"reasoning":"a"}}]}')
        s.feed(b'data: {"choices":[],"usage":{"completion_tokens":9,"completion_tokens_details":{"reasoning_tokens":7}}}')
        self.assertEqual(s.reasoning(), (7, True))
        s = sse.StreamState()  # a stated 0 beside reasoning chunks is not believed
        s.feed(b'data: {"choices":[{"delta":{"reasoning":"a"}}]}')
        s.feed(b'data: {"choices":[],"usage":{"completion_tokens_details":{"reasoning_tokens":0}}}')
        self.assertEqual(s.reasoning(), (1, False))
        self.assertEqual(sse.StreamState().reasoning(), (None, None))

    def test_llamacpp_closing_completion_chunk_bears_no_token_but_vllm_and_tgi_empty_finish_chunks_do(self):
        s = sse.StreamState()  # llama.cpp: the last token went in the partial before; this is the summary
        self.assertEqual(s.feed(b'data: {"choices":[{"text":"","index":0,"logprobs":null,"finish_reason":"length"}],'
                                b'"object":"text_completion","usage":{"completion_tokens":3},"timings":{"prompt_n":1}}'),
                         sse.NOTHING)
        s = sse.StreamState()  # vLLM: an EOS token with no text still comes with the finish_reason
        self.assertEqual(s.feed(b'data: {"choices":[{"index":0,"text":"","logprobs":null,"finish_reason":"stop",'
                                b'"stop_reason":null}],"usage":null}'), sse.ANSWER_EMPTY)
        s = sse.StreamState()  # TGI: its final completions chunk bears the last token, usage beside it
        self.assertEqual(s.feed(b'data:{"id":"","created":1,"model":"m","system_fingerprint":"2.3.0-native",'
                                b'"choices":[{"finish_reason":"eos_token","index":0,"logprobs":null,"text":""}],'
                                b'"usage":{"prompt_tokens":3,"completion_tokens":2,"total_tokens":5}}'), sse.ANSWER_EMPTY)

    def test_finish_only_and_usage_chunks_bear_no_token(self):
        s = sse.StreamState()
        for line in (b'data: {"choices":[{"index":0,"delta":{},"finish_reason":"length"}]}',
                     b'data: {"choices":[{"delta":{"reasoning_content":null},"finish_reason":"stop"}]}',
                     b'data: {"choices":[],"usage":{"prompt_tokens":3,"completion_tokens":2}}',
                     b": keep-alive", b"", b"data: [DONE]"):
            self.assertEqual(s.feed(line), sse.NOTHING, line)
        self.assertEqual(s.usage["completion_tokens"], 2)
        self.assertTrue(s.done)

    def test_a_clean_end_after_a_finish_reason_is_complete_and_before_one_is_not(self):
        s = sse.StreamState()
        s.feed(b'data: {"choices":[{"text":"a","finish_reason":"length"}]}')
        self.assertIsNone(s.outcome())
        s = sse.StreamState()
        s.feed(b'data: {"choices":[{"text":"a","finish_reason":null}]}')
        self.assertIn("stream closed early", s.outcome())
        s = sse.StreamState()
        s.feed(b'data: {"choices":[{"delta":{"reasoning":"a"},"finish_reason":"length"}]}')
        self.assertIsNone(s.outcome())  # all reasoning is an answer
        s = sse.StreamState()
        s.feed(b'data: {"choices":[{"delta":{"role":"assistant","content":""},"finish_reason":"stop"}]}')
        self.assertEqual(s.outcome(), "empty completion")

    def test_every_error_shape_fails_with_the_engine_message_as_text(self):
        cases = {
            b'data: {"error": {"message": "boom", "type": "BadRequestError", "param": null, "code": 400}}': "boom",
            b'data:{"error":"CUDA out of memory","error_type":"generation"}': "CUDA out of memory",
            b'error: {"code":500,"message":"KV cache is full","type":"server_error"}': "KV cache is full",
            b'data: {"object": "error", "message": "aborted", "type": "x", "code": 503}': "aborted",
            b'data: {"choices":[{"delta":{"content":"a"},"error":{"message":"inner"}}]}': "inner",
            b'data: {"choices":[{"delta":{},"finish_reason":"error"}]}': "finish_reason \"error\"",
        }
        for line, message in cases.items():
            s = sse.StreamState()
            s.feed(line)
            s.feed(b"data: [DONE]")
            self.assertIsNotNone(s.outcome(), line)
            self.assertIn(message, s.outcome())
            self.assertNotIn("{", s.outcome(), "an error must read as text, not raw JSON")

    def test_garbled_events_raise(self):
        for line in (b'data: {"choices": [', b"data: [1, 2]", b'data: {"choices":["x"]}'):
            with self.assertRaises(sse.StreamError):
                sse.StreamState().feed(line)

    def test_http_error_bodies_read_as_text(self):
        self.assertEqual(sse.body_message(b'{"error":"Unauthorized"}'), "Unauthorized")
        self.assertEqual(sse.body_message(b'{"detail":"Not Found"}'), "Not Found")
        self.assertEqual(sse.body_message(b'{"error":{"code":401,"message":"Invalid API Key","type":"x"}}'),
                         "Invalid API Key")
        self.assertEqual(sse.body_message(b"upstream connect error\n"), "upstream connect error")


class ReplayMixin:
    """Replays a recorded stream to the real agent and compares what it measured with the replay's times."""

    REQUESTS = 12

    def replay(self, fixture_name, *server_args, env=None):
        path = os.path.join(STREAMS, fixture_name + ".json")
        log = self.path(fixture_name + ".truth.jsonl")
        p = subprocess.Popen([PYTHON, REPLAY, path, "--log", log] + list(server_args), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env, preexec_fn=self.on_cpu(0))
        self.processes.append(p)
        line = p.stdout.readline()
        if not line:
            self.fail("replay server printed nothing: " + p.stderr.read())
        port = json.loads(line)["port"]
        with open(path, encoding="utf-8") as f:
            fixture = json.load(f)
        return fixture, port, log

    def run_spec(self, spec, stdin_text=None, timeout=120):
        with open(self.path("spec.json"), "w") as f:
            json.dump(spec, f)
        r = subprocess.run([PYTHON, AGENT, "run", self.path("spec.json")], capture_output=True, text=True,
                           timeout=timeout, input=stdin_text if stdin_text is not None else "",
                           preexec_fn=self.on_cpu(1))
        return r.returncode, events_of(r.stdout), r.stderr, r.stdout

    def spec_for(self, fixture_name, port, scheme="http", **extra):
        api = "completions" if "completions" in fixture_name or fixture_name.startswith("broken") else "chat"
        spec = self.spec(f"{scheme}://127.0.0.1:{port}", api=api, requests=self.REQUESTS,
                         load={"mode": "concurrency", "value": 2},
                         dataset={"kind": "synthetic", "input": {"mean": 20}, "output": {"mean": 11}},
                         tokenize=False)  # the replay answers every path with its stream, /tokenize too
        spec.update(extra)
        return spec

    def check_fixture(self, name, scheme="http", server_args=(), spec_extra=None):
        """Runs one fixture; returns {metric: [abs error s]} after asserting counts and status."""
        fixture, port, log = self.replay(name, *server_args)
        code, events, err, _ = self.run_spec(self.spec_for(name, port, scheme, **(spec_extra or {})))
        self.assertEqual(code, 0, err)
        requests = [e for e in events if e["type"] == "request"]
        self.assertEqual(len(requests), self.REQUESTS, err)
        with open(log) as f:
            truth = {t["rid"]: t for t in map(json.loads, f) if t["rid"]}
        expect = fixture["expect"]
        errors = {"ttft": [], "answer": [], "e2e": [], "itl": []}
        for r in requests:
            if "status_equals" in expect:
                self.assertEqual(r["status"], expect["status_equals"], name)
                continue
            if "status_contains" in expect:
                self.assertIn(expect["status_contains"], r["status"], name)
                if expect.get("status_is_json") is False:  # an engine's error reads as its message
                    self.assertNotIn('{"', r["status"], f"{name}: the message must be text, not raw JSON")
                continue
            self.assertEqual(r["status"], "ok", f"{name}: {r['status']}")
            t = truth[r["rid"]]
            at = [w - t["arrival"] for w in t["writes"]]
            self.assertEqual(len(r["chunks_us"]), len(expect["token_writes"]), name)
            self.assertEqual(r["out"], expect["out"], name)
            if expect["in"] is not None:
                self.assertEqual(r["in"], expect["in"], name)
            self.assertEqual(r["usage"], expect["usage"], name)
            self.assertEqual(r["reasoning"], expect["reasoning"], name)
            self.assertEqual(r["reasoning_usage"], expect["reasoning_usage"], name)
            self.assertEqual(r["out_req"], 11, name)
            self.assertEqual(r["in_req"], 20, name)
            errors["ttft"].append(abs((r["first"] - r["send"]) - at[expect["first"]]))
            errors["e2e"].append(abs((r["end"] - r["send"]) - at[expect["end"]]))
            if expect["answer"] is None:
                self.assertIsNone(r["answer"], name)
            else:
                errors["answer"].append(abs((r["answer"] - r["send"]) - at[expect["answer"]]))
            true_gaps = [at[b] - at[a] for a, b in zip(expect["token_writes"], expect["token_writes"][1:])]
            gaps = [(b - a) / 1e6 for a, b in zip(r["chunks_us"], r["chunks_us"][1:])]
            errors["itl"] += [abs(g - tg) for g, tg in zip(gaps, true_gaps)]
        failed = sum(r["status"] != "ok" for r in requests)
        self.assertEqual(events[-1]["failed"], failed)
        return {k: v for k, v in errors.items() if v}

    def assert_accurate(self, name, errors):
        summary = ", ".join(f"{k} p50 {percentile(v, .5) * 1e3:.3f} / max {max(v) * 1e3:.3f} ms"
                            for k, v in errors.items())
        print(f"\n  {name}: {summary}", file=sys.stderr)
        for metric, values in errors.items():
            self.assertLessEqual(percentile(values, 0.5), 0.001, f"{name}: {metric} p50 differs from the replay")
            self.assertLessEqual(max(values), WORST_S, f"{name}: {metric} worst differs from the replay")


class TestReplayedEngines(ReplayMixin, AgentTestCase):
    """Each recorded stream, replayed at known times through `python3 resources/agent run`."""

    def test_every_engine_stream_is_measured_like_its_replay_truth(self):
        names = sorted(n[:-5] for n in os.listdir(STREAMS) if n.endswith(".json"))
        self.assertGreaterEqual(len(names), 16)
        for name in names:
            with self.subTest(name):
                errors = self.check_fixture(name)
                if errors:
                    self.assert_accurate(name, errors)
                else:
                    print(f"\n  {name}: failed as expected", file=sys.stderr)

    def test_the_agent_sends_identity_encoding_and_no_key_unless_told(self):
        # the replay server logs nothing about headers, so ask the agent's own request bytes
        from inferdeck_agent.loadgen import LoadGenerator
        from inferdeck_agent.spec import parse_spec
        spec = parse_spec(self.spec("http://127.0.0.1:9/v1", requests=1))
        gen = LoadGenerator(spec, None)
        from inferdeck_agent.datasets import Dataset
        gen.items = Dataset(spec)
        request = gen.prepare(0)[2]
        self.assertIn(b"Accept-Encoding: identity\r\n", request)
        self.assertNotIn(b"Authorization", request)
        gen = LoadGenerator(spec, None, api_key="k-123")
        gen.items = Dataset(spec)
        self.assertIn(b"Authorization: Bearer k-123\r\n", gen.prepare(0)[2])


if __name__ == "__main__":
    unittest.main()
