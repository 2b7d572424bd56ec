"""Engine metrics: the catalog on each engine's transcribed exposition (tests/data/agent/metrics/SOURCES.md), and
serve-sim's /metrics in every dialect against those shapes and against its own ground truth."""
import json
import math
import os
import urllib.error
import urllib.request
import unittest

from agenttest import AgentTestCase
from inferdeck_agent import enginemetrics, enginescrape, promtext, simmetrics

METRICS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "agent", "metrics")
SAMPLES = {"vllm": "vllm.prom", "vllm-old": "vllm-old.prom", "sglang": "sglang.prom", "tgi": "tgi.prom",
           "llamacpp": "llamacpp.prom"}


def sample(name):
    with open(os.path.join(METRICS, SAMPLES[name]), "rb") as f:
        return f.read()


def event(text, raw=False):
    return enginescrape.engine_event(promtext.parse(text), raw)


def le_values(scrape, family, **labels):
    return [float(l["le"]) for s, l, _ in scrape.families[family].samples
            if s.endswith("_bucket") and l["le"] != "+Inf" and all(l.get(k) == v for k, v in labels.items())]


class TestTranscribedExpositions(unittest.TestCase):
    def test_every_sample_parses_whole(self):
        for name in SAMPLES:
            s = promtext.parse(sample(name))
            self.assertEqual(s.bad_lines, 0, name)
            self.assertGreater(s.samples, 10, name)
            self.assertFalse(s.openmetrics, name)

    def test_vllm_current(self):
        e = event(sample("vllm"))
        self.assertEqual(e["engine"], "vllm")
        self.assertEqual(e["gauges"], {"running": 12, "waiting": 3, "kv_usage": 0.4375})
        self.assertEqual(e["counters"], {"preemptions": 6, "prompt_tokens": 217025, "generation_tokens": 61180,
                                         "prefix_queries": 221897, "prefix_hits": 70607, "requests_finished": 240})
        self.assertEqual(sorted(e["histograms"]), sorted(enginemetrics.HISTOGRAMS))
        q = e["histograms"]["queue_s"]
        self.assertEqual((q["count"], q["le"][0], q["le"][-1], len(q["le"]), len(q["cum"])), (240, 0.3, 7680.0, 21, 21))
        self.assertAlmostEqual(q["sum"], 303.5999115944094)
        self.assertNotIn("raw", e)  # a recognized engine sends its canonical numbers only

    def test_vllm_v0_names_and_its_published_hit_rate(self):
        e = event(sample("vllm-old"))
        self.assertEqual(e["engine"], "vllm")
        self.assertEqual(e["gauges"]["kv_usage"], 0.41796875)  # gpu_cache_usage_perc
        self.assertAlmostEqual(e["gauges"]["prefix_hit_rate"], 0.3127405247813411)
        self.assertEqual(len(e["histograms"]["itl_s"]["le"]), 13)  # time_per_output_token_seconds
        self.assertNotIn("prefix_queries", e["counters"])
        off = sample("vllm-old").replace(b'hit_rate{model_name="meta-llama/Llama-3.1-8B-Instruct"} 0.3127405247813411',
                                         b'hit_rate{model_name="meta-llama/Llama-3.1-8B-Instruct"} -1.0')
        self.assertNotIn("prefix_hit_rate", event(off)["gauges"])  # -1: prefix caching off

    def test_sglang(self):
        e = event(sample("sglang"))
        self.assertEqual(e["engine"], "sglang")
        self.assertEqual(e["gauges"], {"running": 11, "waiting": 2, "kv_usage": 0.04})
        self.assertEqual(e["counters"], {"preemptions": 2, "prompt_tokens": 236303, "generation_tokens": 56485,
                                         "prefix_queries": 176344 + 66359, "prefix_hits": 66359,
                                         "requests_finished": 240})
        self.assertEqual(sorted(e["histograms"]), ["e2e_s", "itl_s", "prefill_s", "queue_s", "ttft_s"])
        self.assertEqual(e["histograms"]["queue_s"]["le"][0], 0.0)
        self.assertAlmostEqual(e["histograms"]["prefill_s"]["sum"], 24.54860978954744)  # stage="prefill_forward"

    def test_tgi(self):
        e = event(sample("tgi"))
        self.assertEqual(e["engine"], "tgi")
        self.assertEqual(e["gauges"], {"running": 11, "waiting": 2})  # no KV usage published
        self.assertEqual(e["counters"], {"prompt_tokens": 247523, "generation_tokens": 59276, "requests_finished": 240})
        self.assertEqual(sorted(e["histograms"]), ["e2e_s", "inference_s", "queue_s"])
        self.assertEqual(len(e["histograms"]["queue_s"]["le"]), 35)

    def test_llamacpp(self):
        e = event(sample("llamacpp"))
        self.assertEqual(e["engine"], "llamacpp")
        self.assertEqual(e["gauges"], {"running": 3, "waiting": 1})
        self.assertEqual(e["counters"], {"prompt_tokens": 2316190, "generation_tokens": 684213})  # %g: 2.31619e+06
        self.assertEqual(e["histograms"], {})

    def test_events_are_small_enough_for_ten_nodes_twice_a_second(self):
        for name in SAMPLES:
            self.assertLess(len(json.dumps(event(sample(name)))), 4000, name)


class TestCatalogRules(unittest.TestCase):
    def test_data_parallel_engines_add_up_and_usage_averages(self):
        text = ('# TYPE vllm:num_requests_running gauge\nvllm:num_requests_running{engine="0"} 3\n'
                'vllm:num_requests_running{engine="1"} 4\n# TYPE vllm:kv_cache_usage_perc gauge\n'
                'vllm:kv_cache_usage_perc{engine="0"} 0.2\nvllm:kv_cache_usage_perc{engine="1"} 0.6\n'
                '# TYPE vllm:request_queue_time_seconds histogram\n'
                'vllm:request_queue_time_seconds_bucket{engine="0",le="0.3"} 1\n'
                'vllm:request_queue_time_seconds_bucket{engine="0",le="+Inf"} 2\n'
                'vllm:request_queue_time_seconds_sum{engine="0"} 1.5\nvllm:request_queue_time_seconds_count{engine="0"} 2\n'
                'vllm:request_queue_time_seconds_bucket{engine="1",le="0.3"} 3\n'
                'vllm:request_queue_time_seconds_bucket{engine="1",le="+Inf"} 3\n'
                'vllm:request_queue_time_seconds_sum{engine="1"} 0.25\nvllm:request_queue_time_seconds_count{engine="1"} 3\n')
        e = event(text)
        self.assertEqual(e["gauges"]["running"], 7)
        self.assertAlmostEqual(e["gauges"]["kv_usage"], 0.4)
        self.assertEqual(e["histograms"]["queue_s"], {"le": [0.3], "cum": [4], "sum": 1.75, "count": 5})

    def test_the_current_vllm_name_wins_over_the_deprecated_copy(self):
        text = ("# TYPE vllm:kv_cache_usage_perc gauge\nvllm:kv_cache_usage_perc 0.5\n"
                "# TYPE vllm:gpu_cache_usage_perc gauge\nvllm:gpu_cache_usage_perc 0.9\n")
        self.assertEqual(event(text)["gauges"]["kv_usage"], 0.5)

    def test_sglang_ranks_that_repeat_one_scheduler_count_once_and_priority_totals_are_preferred(self):
        lines = ["# TYPE sglang:num_running_reqs gauge"]
        for dp in ("0", "1"):
            for tp in ("0", "1", "10"):
                lines.append(f'sglang:num_running_reqs{{dp_rank="{dp}",tp_rank="{tp}",priority=""}} 5')
                lines.append(f'sglang:num_running_reqs{{dp_rank="{dp}",tp_rank="{tp}",priority="1"}} 2')
        self.assertEqual(event("\n".join(lines) + "\n")["gauges"]["running"], 10)

    def test_an_unknown_engine_keeps_its_raw_families_bounded(self):
        text = "".join(f"# TYPE other_{i} gauge\nother_{i}{{a=\"{i}\"}} {i}\n" for i in range(300))
        e = event(text)
        self.assertIsNone(e["engine"])
        self.assertEqual((e["gauges"], e["counters"], e["histograms"]), ({}, {}, {}))
        self.assertEqual(len(e["raw"]), enginescrape.RAW_FAMILIES)
        self.assertTrue(e["raw_truncated"])
        self.assertEqual(e["raw"]["other_7"], {"type": "gauge", "samples": [["other_7", {"a": "7"}, 7]]})
        many = "# TYPE big counter\n" + "".join(f'big_total{{i="{i}"}} {i}\n' for i in range(5000))
        e = event(many)
        self.assertEqual(len(e["raw"]["big"]["samples"]), enginescrape.RAW_SAMPLES)
        self.assertTrue(e["raw_truncated"])
        self.assertNotIn("raw_truncated", event("x 1\n"))

    def test_raw_on_request_beside_a_known_engine(self):
        e = event(sample("llamacpp"), raw=True)
        self.assertEqual(e["raw"]["llamacpp:n_decode_total"]["samples"], [["llamacpp:n_decode_total", {}, 201877]])

    def test_nan_and_infinite_values_never_reach_the_json(self):
        text = ("# TYPE vllm:num_preemptions_total counter\nvllm:num_preemptions_total NaN\n"
                "# TYPE vllm:num_requests_running gauge\nvllm:num_requests_running +Inf\n"
                "# TYPE vllm:num_requests_waiting gauge\nvllm:num_requests_waiting 2\n"
                "# TYPE vllm:request_queue_time_seconds histogram\n"
                'vllm:request_queue_time_seconds_bucket{le="NaN"} 1\nvllm:request_queue_time_seconds_bucket{le="1"} 1\n'
                'vllm:request_queue_time_seconds_bucket{le="+Inf"} 1\nvllm:request_queue_time_seconds_sum NaN\n'
                "# TYPE vllm:request_prefill_time_seconds histogram\n"
                'vllm:request_prefill_time_seconds_bucket{le="1"} NaN\nvllm:request_prefill_time_seconds_bucket{le="+Inf"} 1\n'
                "# TYPE other gauge\nother -Inf\n")
        e = event(text, raw=True)
        json.dumps(e, allow_nan=False)
        self.assertEqual(e["gauges"], {"waiting": 2})
        self.assertNotIn("preemptions", e["counters"])
        self.assertEqual(e["histograms"]["queue_s"], {"le": [1.0], "cum": [1], "sum": None, "count": 1})
        self.assertNotIn("prefill_s", e["histograms"])
        self.assertEqual(e["raw"]["other"]["samples"][0][2], "-Inf")
        self.assertEqual(e["raw"]["vllm:num_preemptions_total"]["samples"][0][2], "NaN")

    def test_hostile_label_strings_travel_as_json(self):
        evil = 'x\\"},{le=\\"+Inf\\"} 9 # \\n\\\\'
        e = event(f'# TYPE m gauge\nm{{a="{evil}",b="\u202e\U0001f600"}} 1\n')
        self.assertEqual(e["raw"]["m"]["samples"][0][1], {"a": 'x"},{le="+Inf"} 9 # \n\\', "b": "\u202e\U0001f600"})
        json.loads(json.dumps(e))


class TestSimulatorShapes(unittest.TestCase):
    """The simulator's bucket bounds and families against the transcribed expositions."""

    def test_bucket_bounds_are_the_engines(self):
        v, s, t = (promtext.parse(sample(n)) for n in ("vllm", "sglang", "tgi"))
        self.assertEqual(le_values(v, "vllm:time_to_first_token_seconds"), list(simmetrics.VLLM_TTFT))
        self.assertEqual(le_values(v, "vllm:inter_token_latency_seconds"), list(simmetrics.VLLM_ITL))
        for fam in ("e2e_request_latency_seconds", "request_queue_time_seconds", "request_prefill_time_seconds",
                    "request_decode_time_seconds", "request_inference_time_seconds"):
            self.assertEqual(le_values(v, "vllm:" + fam), list(simmetrics.VLLM_LATENCY), fam)
        self.assertEqual(le_values(s, "sglang:queue_time_seconds"), [float(b) for b in simmetrics.SGLANG_QUEUE])
        self.assertEqual(le_values(s, "sglang:per_stage_req_latency_seconds", stage="prefill_forward"),
                         list(simmetrics.SGLANG_STAGE))
        self.assertEqual(le_values(s, "sglang:time_to_first_token_seconds"), [float(b) for b in simmetrics.SGLANG_TTFT])
        self.assertEqual(le_values(s, "sglang:inter_token_latency_seconds"), list(simmetrics.SGLANG_ITL))
        self.assertEqual(le_values(s, "sglang:e2e_request_latency_seconds"), [float(b) for b in simmetrics.SGLANG_E2E])
        self.assertEqual(le_values(t, "tgi_request_queue_duration"), list(simmetrics.TGI_DURATION))

    def test_number_formats(self):
        self.assertEqual([simmetrics.go_float(x) for x in (0, 12, 1796539635.962638, 0.0016200000000000001, math.inf)],
                         ["0.0", "12.0", "1.796539635962638e+09", "0.0016200000000000001", "+Inf"])
        self.assertEqual([simmetrics.rust_f64(x) for x in (240, 0.00015000000000000001, 1e-7, 81.91)],
                         ["240", "0.00015000000000000001", "0.0000001", "81.91"])


class SimMetricsCase(AgentTestCase):
    def scrape(self, url):
        with urllib.request.urlopen(url + "/metrics", timeout=10) as r:
            return r.headers, r.read()

    def load(self, url, phase, requests):
        spec = self.spec(url, phase=phase, requests=requests, tokenize=False,
                         dataset={"kind": "synthetic", "input": {"kind": "uniform", "min": 20, "max": 300},
                                  "output": {"kind": "uniform", "min": 2, "max": 24}})
        code, events, err = self.run_agent(spec)
        self.assertEqual(code, 0, err)
        self.assertEqual([e["status"] for e in events if e["type"] == "request"], ["ok"] * requests)

    def test_each_dialect_publishes_the_ground_truth_of_a_phase(self):
        families = {"vllm": "vllm", "sglang": "sglang", "tgi": "tgi", "llamacpp": "llamacpp"}
        for dialect in families:
            with self.subTest(dialect=dialect):
                url = self.start_sim("--dialect", dialect, "--speed", "8", "--metrics")
                self.load(url, "warm-" + dialect, 5)
                _, before = self.scrape(url)
                self.load(url, "measured-" + dialect, 20)
                headers, after = self.scrape(url)
                parsed = promtext.parse(after)
                self.assertEqual(parsed.bad_lines, 0)
                a, b = enginescrape.engine_event(parsed), event(before)
                self.assertEqual(a["engine"], dialect)
                truth = [t for t in self.truth() if f":measured-{dialect}:" in t["id"]]
                self.assertEqual(len(truth), 20)
                self.assertEqual(a["counters"]["generation_tokens"] - b["counters"].get("generation_tokens", 0),
                                 sum(t["completion_tokens"] for t in truth))
                self.assertEqual(a["counters"]["prompt_tokens"] - b["counters"].get("prompt_tokens", 0),
                                 sum(t["prompt_tokens"] for t in truth))
                self.assertEqual((a["gauges"]["running"], a["gauges"]["waiting"]), (0, 0))
                for key, field in (("queue_s", "queue_s"), ("prefill_s", "prefill_s")):
                    if key not in a["histograms"]:
                        continue
                    h, h0 = a["histograms"][key], b["histograms"].get(key, {"count": 0, "sum": 0.0})
                    self.assertEqual(h["count"] - h0["count"], 20)
                    self.assertAlmostEqual(h["sum"] - h0["sum"], sum(t[field] for t in truth), places=9)
                if "ttft_s" in a["histograms"]:  # the engine's TTFT is its queue wait plus its prefill
                    h, h0 = a["histograms"]["ttft_s"], b["histograms"]["ttft_s"]
                    self.assertAlmostEqual(h["sum"] - h0["sum"], sum(t["queue_s"] + t["prefill_s"] for t in truth),
                                           places=9)
                if "requests_finished" in a["counters"]:
                    self.assertEqual(a["counters"]["requests_finished"] - b["counters"].get("requests_finished", 0), 20)
                self.assertTrue(all(t["queue_s"] >= 0 and t["prefill_s"] > 0 for t in truth))
                self.sim.terminate()

    def test_each_dialects_families_are_the_engines(self):
        """Every family the simulator writes exists in the engine's exposition with the same type, HELP and
        label names, so nothing downstream can tell the names apart."""
        for dialect in ("vllm", "sglang", "tgi", "llamacpp"):
            with self.subTest(dialect=dialect):
                url = self.start_sim("--dialect", dialect, "--speed", "8", "--metrics")
                self.load(url, "p", 4)
                headers, body = self.scrape(url)
                sim, real = promtext.parse(body), promtext.parse(sample(dialect))
                for name, fam in sim.families.items():
                    self.assertIn(name, real.families, name)
                    ref = real.families[name]
                    self.assertEqual((fam.type, fam.help), (ref.type, ref.help), name)
                    self.assertEqual({tuple(sorted(l)) for _, l, _ in fam.samples},
                                     {tuple(sorted(l)) for _, l, _ in ref.samples}, name)
                expect = {"vllm": "text/plain; version=0.0.4; charset=utf-8", "sglang": "text/plain; version=0.0.4; "
                          "charset=utf-8", "tgi": "text/plain; charset=utf-8", "llamacpp": "text/plain; version=0.0.4"}
                self.assertEqual(headers["Content-Type"], expect[dialect])
                self.sim.terminate()

    def test_llamacpp_without_metrics_answers_501_and_guards_metrics_with_the_key(self):
        url = self.start_sim("--dialect", "llamacpp")
        with self.assertRaises(urllib.error.HTTPError) as e:
            self.scrape(url)
        self.assertEqual(e.exception.code, 501)
        self.assertEqual(json.loads(e.exception.read())["error"]["type"], "not_supported_error")
        url = self.start_sim("--dialect", "llamacpp", "--metrics", "--api-key", "k")
        with self.assertRaises(urllib.error.HTTPError) as e:
            self.scrape(url)
        self.assertEqual(e.exception.code, 401)

    def test_the_simulators_load_moved_to_sim_load_and_wants_no_key(self):
        for dialect in ("sglang", "llamacpp"):
            url = self.start_sim("--dialect", dialect, "--api-key", "k", "--metrics")
            with urllib.request.urlopen(url + "/sim/load", timeout=10) as r:
                load = json.loads(r.read())
            self.assertEqual((load["simulated"], load["kv_capacity_tokens"]), (True, 420000))


if __name__ == "__main__":
    unittest.main()
