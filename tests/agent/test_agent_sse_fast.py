"""sse.StreamState reads a plain token event with a few bytes.find() calls instead of json.loads. These tests
prove the shortcut says exactly what the full parse says: for every line of every engine's recorded stream
shape (tests/data/agent/streams), for every stream the simulator writes in each dialect, and for random
events built from the fields engines use, with random key order, separators and hostile text. A body cut
mid-event reads the same too; a whole line of broken JSON does only when it does not end in `}` (the
shortcut trusts a whole line that looks like an object, see sse.StreamState._fast)."""
import glob
import json
import os
import random
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "resources", "agent"))

from inferdeck_agent import sse  # noqa: E402
from inferdeck_agent.simdialects import DIALECTS, LEGACY, make  # noqa: E402


class FullParse(sse.StreamState):
    """The reference: every event through json.loads."""
    __slots__ = ()

    def _fast(self, p):
        return None


def outcome(state_type, lines, keep_text, cut_last=False):
    state = state_type(keep_text=keep_text)
    kinds = []
    for n, line in enumerate(lines):
        try:
            kinds.append(state.feed(line, not (cut_last and n == len(lines) - 1)))
        except sse.StreamError as e:
            kinds.append(f"error: {e}")
            break
    return (kinds, state.tokens, state.reasoning_chunks, state.finish_reason, state.error, state.usage,
            state.texts, state.done)


class FastPathAgreesWithFullParse(unittest.TestCase):
    def agree(self, lines, what, cut_last=False):
        for keep_text in (False, True):
            self.assertEqual(outcome(sse.StreamState, lines, keep_text, cut_last),
                             outcome(FullParse, lines, keep_text, cut_last), f"{what} (keep_text={keep_text})")

    def test_every_recorded_engine_stream_reads_the_same(self):
        files = sorted(glob.glob(os.path.join(HERE, "..", "data", "agent", "streams", "*.json")))
        self.assertGreater(len(files), 15)
        for path in files:
            with open(path, encoding="utf-8") as f:
                fixture = json.load(f)
            body = "".join(w[1] for w in fixture.get("writes", []) if isinstance(w[1], str))
            self.agree([l.encode() for l in body.split("\n")], os.path.basename(path))

    def test_every_simulated_dialect_stream_reads_the_same(self):
        fast_events = 0
        shapes = [(d, None) for d in DIALECTS] + [(LEGACY[l][0], l) for l in LEGACY]
        usage = {"prompt_tokens": 12, "completion_tokens": 5, "total_tokens": 17}
        for name, legacy in shapes:
            dialect = make(name, legacy)
            for chat in (True, False):
                for thinking in (True, False):
                    stream = dialect.stream(chat, "r1", "m", True, 12)
                    kinds = (["reasoning", "reasoning"] if thinking else []) + ["answer", "answer", "answer"]
                    writes = []
                    for i, kind in enumerate(kinds):
                        text = "" if i == len(kinds) - 2 else (" tok" if kind == "answer" else " think")
                        writes += stream.token(kind, text, i == len(kinds) - 1, usage)
                    writes += stream.end(usage)
                    body = b"".join(w if isinstance(w, bytes) else w.encode() for w in writes if w)
                    lines = body.split(b"\n")
                    self.agree(lines, f"{name}/{legacy}/chat={chat}/thinking={thinking}")
                    state = sse.StreamState()
                    for line in lines:
                        if line.startswith(b"data:") and state._fast(line[5:].strip()) is not None:
                            fast_events += 1
        # the shortcut is taken at all (a shortcut that never applies would pass the comparisons above)
        self.assertGreater(fast_events, 40)

    def test_random_events_read_the_same(self):
        rng = random.Random(20261206)
        texts = [None, "", " the", "\"error\"", "{", "}", "\\", "\"content\":\"x\"", "finish_reason\":\"stop",
                 "é", "\u2028", "null", "message", '"}]}']

        def delta():
            d = {}
            for key in ("role", "content", "reasoning", "reasoning_content", "tool_calls"):
                if rng.random() < 0.5:
                    if key == "role":
                        d[key] = rng.choice([None, "", "assistant"])
                    elif key == "tool_calls":
                        d[key] = rng.choice([None, [], [{"index": 0, "function": {"arguments": "{"}}]])
                    else:
                        d[key] = rng.choice(texts + [0, ["x"]])
            return d

        def event():
            choice = {"index": 0}
            if rng.random() < 0.2:
                choice["text"] = rng.choice(texts)
            elif rng.random() < 0.9:
                choice["delta"] = delta()
            else:
                choice["message"] = delta()
            if rng.random() < 0.9:
                choice["finish_reason"] = rng.choice([None, None, None, "", "stop", "length", "error"])
            if rng.random() < 0.3:
                choice["logprobs"] = rng.choice([None, {"content": [{"token": "x"}]}])
            if rng.random() < 0.05:
                choice["error"] = {"message": "boom"}
            e = {"id": "x", "object": rng.choice(["chat.completion.chunk", "text_completion", "error"])}
            e["choices"] = [choice] * rng.choice([1, 1, 1, 2]) if rng.random() < 0.95 else []
            if rng.random() < 0.3:
                e["usage"] = rng.choice([None, {"prompt_tokens": 3, "completion_tokens": 2}])
            if rng.random() < 0.05:
                e["timings"] = {"predicted_n": 2}
            if rng.random() < 0.05:
                e["error"] = rng.choice([None, "x"])
            items = list(e.items())
            rng.shuffle(items)
            seps = rng.choice([(",", ":"), (",", ":"), (", ", ": ")])
            return json.dumps(dict(items), separators=seps, ensure_ascii=rng.random() < 0.5).encode()

        fast = 0
        for n in range(20000):
            lines = [b"data: " + event() for _ in range(rng.randint(1, 4))]
            cut_last = False
            if rng.random() < 0.1:  # a body cut mid-event: its rest comes without a line end
                lines[-1] = lines[-1][:rng.randrange(6, len(lines[-1]))]
                cut_last = True
            elif rng.random() < 0.1:  # a server that writes a line of broken JSON (not ending as an object does)
                cut = rng.randrange(len(lines))
                lines[cut] = lines[cut][:rng.randrange(6, len(lines[cut]))].rstrip(b"}")
            self.agree(lines, f"random case {n}: {lines!r}", cut_last)
            fast += sum(1 for l in lines if sse.StreamState()._fast(l[6:]) is not None)
        self.assertGreater(fast, 1000)


if __name__ == "__main__":
    unittest.main()
