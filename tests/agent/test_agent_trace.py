"""Trace replay: requests sent at the trace's own times (sped up), with its lengths, and prompts whose equal
block hash ids are equal text, so the simulator's prefix cache serves what the trace says is shared."""
import unittest

from agenttest import AgentTestCase
from inferdeck_agent import spec as specmod

BLOCK = 512


def trace(n=24, gap=0.05):
    """A Mooncake-shaped trace: four conversations' system prompts (hash ids 0-7, two blocks each) shared by
    the requests of each, then a block of their own; lengths fill the named blocks and 100 tokens more."""
    items, own = [], 1000
    for i in range(n):
        group = i % 4
        ids = [2 * group, 2 * group + 1, own]
        own += 1
        items.append([round(i * gap + (0.013 if i % 3 == 0 else 0.0), 3), 3 * BLOCK + 100, 4, ids])
    return items


class TestTraceSpec(unittest.TestCase):
    def parse(self, items, **load):
        return specmod.parse_spec({"endpoint": "http://127.0.0.1:1", "model": "m", "requests": len(items),
                                   "load": {"mode": "trace", "value": 2.0, **load},
                                   "dataset": {"kind": "trace", "items": items}})

    def test_times_are_sped_up_and_keep_their_offset_from_the_start(self):
        s = self.parse([[10.0, 5, 1], [10.5, 5, 1], [12.0, 5, 1]])
        self.assertEqual(s["load"]["times"], [5.0, 5.25, 6.0])
        self.assertEqual(s["load"]["speed"], 2.0)
        self.assertAlmostEqual(s["load"]["value"], 2.0)  # 2 gaps in 1 s

    def test_bad_traces_are_refused_naming_the_request(self):
        for items, where in (([[1.0, 5, 1], [0.5, 5, 1]], "dataset.items[1]"),
                             ([[0.0, 0, 1]], "dataset.items[0]"),
                             ([[0.0, 5, 1, [1, 2]]], "dataset.items[0]"),  # 5 tokens cannot hold two blocks
                             ([[float("nan"), 5, 1]], "dataset.items[0]"),
                             ([["0", 5, 1]], "dataset.items[0]"),
                             ({"a": 1}, "dataset.items")):
            with self.assertRaises(specmod.SpecError) as e:
                self.parse(items if isinstance(items, list) else items)
            self.assertEqual(e.exception.field, where, items)


class TestTraceReplay(AgentTestCase):
    def test_a_trace_replays_at_its_times_and_its_shared_blocks_hit_the_cache(self):
        items = trace()
        url = self.start_sim("--speed", "8")
        spec = self.spec(url, requests=len(items), warmup=0, load={"mode": "trace", "value": 2.0},
                         dataset={"kind": "trace", "items": items})
        code, events, err = self.run_agent(spec)
        self.assertEqual(code, 0, err)
        requests = sorted((e for e in events if e["type"] == "request"), key=lambda r: r["intended"])
        self.assertEqual(len(requests), len(items))
        self.assertTrue(all(r["status"] == "ok" for r in requests))
        # intended send times (Unix s, µs resolution) are the trace's, halved
        t0 = requests[0]["intended"]
        for r, it in zip(requests, items):
            self.assertAlmostEqual(r["intended"] - t0, (it[0] - items[0][0]) / 2.0, delta=2e-6)
        lateness = sorted(r["send"] - r["intended"] for r in requests)
        print(f"\ntrace replay: lateness ms {[round(x * 1e3, 2) for x in lateness]}")
        # within a plan's default lateness bound (p99 50 ms; of 24 sends that is the latest), and mostly far under
        self.assertLess(lateness[-1], 0.05, "every send within 50 ms of its trace time")
        self.assertLess(lateness[len(lateness) // 2], 0.002, "the median send within 2 ms")
        # the trace says: a request reuses the blocks of its conversation seen before it (two blocks after the
        # first of its group), its own block never; the simulator's cache serves exactly those
        truth = {t["id"]: t for t in self.truth() if not t["id"].endswith(":calibration")}
        # each prompt is its trace length, token for token, whatever its blocks
        self.assertEqual({truth[r["rid"]]["prompt_tokens"] for r in requests}, {3 * BLOCK + 100})
        seen, implied, served = set(), [], []
        for r, it in zip(requests, items):
            lead = 0
            for h in it[3]:
                if h not in seen:
                    break
                lead += 1
            seen.update(it[3])
            implied.append(lead * BLOCK)
            served.append(truth[r["rid"]]["cached_tokens"])
        print(f"\ntrace replay: cached tokens {sum(served)}, implied by the trace {sum(implied)}")
        for want, got in zip(implied, served):
            # the prompt's blocks start after the chat template's or BOS's few tokens: up to one 16-token
            # block of the shared text is not a whole cache block
            self.assertTrue(want - 16 <= got <= want + 16, (implied, served))


if __name__ == "__main__":
    unittest.main()
