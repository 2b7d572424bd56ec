"""Shared-prefix workloads and the simulator's prefix cache: the agent sends each group's prefix unchanged, the
simulator serves the cached blocks of every request after a group's first (never the whole prompt), says so in
its ground truth and publishes the same counts on /metrics; without the cache nothing hits."""
import urllib.request
import unittest

from agenttest import AgentTestCase
from inferdeck_agent import datasets, enginemetrics, promtext
from inferdeck_agent.simcache import BLOCK, PrefixCache, block_hashes

GROUPS, PREFIX = 3, 300


def shared_spec():
    return {"kind": "synthetic", "input": {"kind": "fixed", "mean": 40, "min": 40, "max": 40},
            "output": {"kind": "fixed", "mean": 4, "min": 4, "max": 4},
            "shared_prefix": {"groups": GROUPS, "tokens": PREFIX}}


class TestPrefixCacheModel(unittest.TestCase):
    def test_leading_cached_blocks_hit_never_the_whole_prompt(self):
        ids = list(range(100, 164))  # 64 tokens: 4 blocks
        cache = PrefixCache(1000)
        self.assertEqual(cache.lookup(block_hashes(ids), len(ids)), 0)
        cache.insert(block_hashes(ids))
        self.assertEqual(cache.lookup(block_hashes(ids), len(ids)), 3 * BLOCK)  # the last token is computed
        longer = ids + [7] * 20
        self.assertEqual(cache.lookup(block_hashes(longer), len(longer)), 4 * BLOCK)
        changed = [1] + ids[1:]  # a different first token: no block is the same prompt up to it
        self.assertEqual(cache.lookup(block_hashes(changed), len(changed)), 0)

    def test_the_least_recently_used_blocks_go_first(self):
        cache = PrefixCache(4 * BLOCK)
        a, b = list(range(0, 48)), list(range(1000, 1048))  # 3 blocks each
        cache.insert(block_hashes(a))
        cache.insert(block_hashes(b))  # evicts two of a's
        self.assertEqual(len(cache.blocks), 4)
        self.assertEqual(cache.lookup(block_hashes(a), 49), 0)
        self.assertEqual(cache.lookup(block_hashes(b), 49), 3 * BLOCK)


class TestSharedPrefixDataset(unittest.TestCase):
    def test_requests_of_a_group_share_its_prefix_word_for_word(self):
        d = datasets.Dataset({"seed": 5, "dataset": shared_spec()})
        items = [d.next() for _ in range(60)]
        prefixes = {d.prefix(g) for g in range(GROUPS)}
        self.assertEqual(len(prefixes), GROUPS)
        for it in items:
            owner = [p for p in prefixes if it["prompt"].startswith(p + " ")]
            self.assertEqual(len(owner), 1)
            self.assertEqual(it["input_tokens"], PREFIX + 40)
            self.assertEqual(len(it["prompt"].split()), PREFIX + 40)
        again = datasets.Dataset({"seed": 5, "dataset": shared_spec()})
        self.assertEqual([again.next()["prompt"] for _ in range(60)], [it["prompt"] for it in items])


class TestSimPrefixCache(AgentTestCase):
    def run_shared(self, *sim_args, api="completions"):
        url = self.start_sim("--speed", "8", *sim_args)
        spec = self.spec(url, requests=30, warmup=0, load={"mode": "concurrency", "value": 1}, dataset=shared_spec(),
                         api=api)
        code, events, err = self.run_agent(spec)
        self.assertEqual(code, 0, err)
        with urllib.request.urlopen(url + "/metrics", timeout=10) as r:
            scrape = promtext.parse(r.read())
        truth = [t for t in self.truth() if not t["id"].endswith(":calibration") and t["status"] == "ok"]
        self.assertEqual(len(truth), 30)
        return truth, scrape

    def test_every_request_after_a_groups_first_reuses_its_prefix(self):
        truth, scrape = self.run_shared()
        hits = [t["cached_tokens"] for t in truth]
        # one request of each group meets an empty cache; every other reuses the prefix's whole blocks (the
        # prefix is token-exact after calibration, so its blocks end within the last 16 tokens of it)
        self.assertEqual(sum(1 for h in hits if h == 0), GROUPS, hits)
        for h in hits:
            self.assertTrue(h == 0 or PREFIX - 2 * BLOCK < h <= PREFIX + BLOCK, hits)
        _, counters, _ = enginemetrics.extract(scrape, "vllm")
        self.assertEqual(counters["prefix_hits"], sum(hits))
        self.assertEqual(counters["prefix_queries"], sum(t["prompt_tokens"] for t in truth))

    def test_prompts_are_token_exact_with_the_prefix_in_both_apis(self):
        for api in ("completions", "chat"):
            truth, _ = self.run_shared(api=api)
            self.assertEqual({t["prompt_tokens"] for t in truth}, {PREFIX + 40}, api)
            self.tearDown()
            self.setUp()

    def test_without_the_cache_nothing_hits(self):
        truth, scrape = self.run_shared("--no-prefix-caching")
        self.assertEqual({t["cached_tokens"] for t in truth}, {0})
        _, counters, _ = enginemetrics.extract(scrape, "vllm")
        self.assertEqual(counters["prefix_hits"], 0)
        self.assertGreater(counters["prefix_queries"], 0)


if __name__ == "__main__":
    unittest.main()
