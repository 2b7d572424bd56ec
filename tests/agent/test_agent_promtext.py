"""promtext: the Prometheus 0.0.4 / OpenMetrics 1.0 parser, on edge cases of the formats and on expositions
transcribed from each engine (tests/data/agent/metrics/SOURCES.md)."""
import math
import os
import unittest

import agenttest  # noqa: F401  (puts the agent package on the path)
from inferdeck_agent import promtext

METRICS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "agent", "metrics")


def sample_map(fam):
    return {(name, tuple(sorted(labels.items()))): value for name, labels, value in fam.samples}


class TestLines(unittest.TestCase):
    def test_help_type_unit_and_free_comments(self):
        s = promtext.parse("# a free comment\n#\n# HELP up Whether it is up.\\nSecond line \\\\ done\n"
                           "# TYPE up gauge\n# UNIT up ratio\nup 1\n")
        f = s.families["up"]
        self.assertEqual((f.type, f.help, f.unit), ("gauge", "Whether it is up.\nSecond line \\ done", "ratio"))
        self.assertEqual(f.samples, [("up", {}, 1.0)])
        self.assertEqual(s.bad_lines, 0)

    def test_names_with_colons_and_labels_with_escapes_and_empty_values(self):
        s = promtext.parse('vllm:num_requests_running{model_name="a\\\\b\\"c\\nd",engine="",x="#{}=,"} 3\n')
        (name, labels, value), = s.families["vllm:num_requests_running"].samples
        self.assertEqual(labels, {"model_name": 'a\\b"c\nd', "engine": "", "x": "#{}=,"})
        self.assertEqual(value, 3.0)

    def test_an_unknown_escape_is_kept_as_written(self):
        s = promtext.parse('m{a="x\\ty"} 1\n')
        self.assertEqual(s.families["m"].samples[0][1], {"a": "x\\ty"})

    def test_special_values_exponents_and_timestamps(self):
        s = promtext.parse("a +Inf\nb -Inf\nc NaN\nd 1e-3\ne -2.5E+4 1712345678901\nf 7 1712345678.5\ng .5\n")
        v = {n: f.samples[0][2] for n, f in s.families.items()}
        self.assertEqual((v["a"], v["b"], v["d"], v["e"], v["f"], v["g"]), (math.inf, -math.inf, 0.001, -25000.0, 7.0, 0.5))
        self.assertTrue(math.isnan(v["c"]))
        self.assertEqual(s.bad_lines, 0)

    def test_values_go_would_refuse_are_garbled_lines(self):
        s = promtext.parse("a 1_000\nb infinity\nc 0x10\nd 1 2 3\ne\nf abc\ng 1 ts\nok 1\n")
        self.assertEqual(list(s.families), ["ok"])
        self.assertEqual(s.bad_lines, 7)
        self.assertEqual(s.first_bad, (1, "a 1_000"))

    def test_crlf_blank_lines_and_whitespace_in_label_sets(self):
        s = promtext.parse('\r\n# TYPE m gauge\r\n\r\nm{ a = "1" , b="2", } 5\r\n   \r\nm{} 6\r\n')
        self.assertEqual(s.families["m"].samples, [("m", {"a": "1", "b": "2"}, 5.0), ("m", {}, 6.0)])
        self.assertEqual(s.bad_lines, 0)

    def test_openmetrics_counter_created_exemplars_and_eof(self):
        text = ('# TYPE foo counter\n# HELP foo Foo things.\nfoo_total{a="1"} 17.0 1520879607.789 # {trace_id="KOO5S4vxi0o"} 0.67\n'
                'foo_created{a="1"} 1520430000.123\n# TYPE bar unknown\nbar 1\n# EOF\n')
        s = promtext.parse(text)
        self.assertTrue(s.openmetrics)
        foo = s.families["foo"]
        self.assertEqual(foo.type, "counter")
        self.assertEqual([x[0] for x in foo.samples], ["foo_total", "foo_created"])
        self.assertEqual(promtext.total(foo), 17.0)  # _created is a time, not a count
        self.assertEqual(s.family("foo_total"), foo)
        self.assertEqual(s.families["bar"].type, "untyped")

    def test_text_after_eof_is_garbled(self):
        s = promtext.parse("a 1\n# EOF\nb 2\n")
        self.assertEqual((list(s.families), s.bad_lines), (["a"], 1))

    def test_prometheus_client_counter_and_its_created_gauge(self):
        text = ("# HELP x_total Things.\n# TYPE x_total counter\nx_total{engine=\"0\"} 3.0\nx_total{engine=\"1\"} 4.0\n"
                "# HELP x_created Things.\n# TYPE x_created gauge\nx_created{engine=\"0\"} 1.7000000001234e+09\n")
        s = promtext.parse(text)
        self.assertIs(s.family("x"), s.families["x_total"])
        self.assertEqual(promtext.total(s.family("x")), 7.0)
        self.assertEqual(promtext.total(s.family("x"), {"engine": "1"}), 4.0)
        self.assertEqual(s.families["x_created"].type, "gauge")

    def test_summary_quantiles(self):
        s = promtext.parse('# TYPE rpc summary\nrpc{quantile="0.5"} 0.2\nrpc{quantile="0.99"} 1.5\nrpc_sum 9\n'
                           'rpc_count 20\nrpc_created 1.0\n')
        f = s.families["rpc"]
        self.assertEqual(f.type, "summary")
        self.assertEqual(sample_map(f)[("rpc", (("quantile", "0.99"),))], 1.5)
        self.assertEqual(len(f.samples), 5)

    def test_untyped_samples_without_metadata_make_their_own_family(self):
        s = promtext.parse("loose_bucket 1\nloose_sum 2\n")
        self.assertEqual(sorted(s.families), ["loose_bucket", "loose_sum"])

    def test_quoted_utf8_metric_names(self):
        s = promtext.parse('{"my.metric", a="1"} 2\n{"other.metric"} 3\n')
        self.assertEqual(s.families["my.metric"].samples, [("my.metric", {"a": "1"}, 2.0)])
        self.assertEqual(s.families["other.metric"].samples[0][2], 3.0)


class TestHostileInput(unittest.TestCase):
    def test_broken_label_sets_cost_only_their_line(self):
        lines = ['m{a="1"', 'm{a="1} 2', 'm{a=1} 2', 'm{="x"} 2', 'm{a="1",a="2"} 2', 'm{a="1"}2', 'm{a="x\\"} 2',
                 'm{a="1"} 2 3 4', '{} 1', '{a="1"} 1', '9m 1', 'm{a="1"}{b="2"} 3', 'm{a="\n"} 1']
        s = promtext.parse("\n".join(lines) + "\nok 1\n")
        self.assertEqual(list(s.families), ["ok"])
        self.assertEqual(s.bad_lines, len(lines) + 1)  # the raw newline splits one of them in two

    def test_a_truncated_body_keeps_what_came_whole(self):
        text = '# TYPE h histogram\nh_bucket{le="0.1"} 1\nh_bucket{le="+Inf"} 2\nh_sum 0.3\nh_count 2\ng{a="1"} 4\ng{a="'
        s = promtext.parse(text)
        self.assertEqual(s.bad_lines, 1)
        self.assertEqual(promtext.merge_histogram(s.families["h"])["count"], 2.0)
        self.assertEqual(s.families["g"].samples, [("g", {"a": "1"}, 4.0)])

    def test_hostile_label_strings(self):
        evil = "\\\\\\\"" * 2000 + "}" + "{" * 1000 + ' 1 # {x=\\"y\\"} 1'
        s = promtext.parse('m{a="' + evil + '"} 5\n' + 'n{a="' + "\\" * 10001 + '"} 1\n' + "m{" + "a" * 100000 + "\n")
        (_, labels, value), = s.families["m"].samples
        self.assertEqual(value, 5.0)
        self.assertEqual(labels["a"], '\\"' * 2000 + "}" + "{" * 1000 + ' 1 # {x="y"} 1')
        self.assertEqual(s.bad_lines, 2)

    def test_binary_garbage_and_invalid_utf8(self):
        s = promtext.parse(b"\x00\xff\xfe garbage\n\x89PNG\r\n\x1a\nm{a=\"\xc3\x28\"} 1\n")
        self.assertEqual(s.families["m"].samples[0][1], {"a": "\ufffd("})
        self.assertEqual(s.bad_lines, 3)

    def test_nan_counters_stay_nan_in_the_sum(self):
        s = promtext.parse("# TYPE c counter\nc_total{a=\"1\"} NaN\nc_total{a=\"2\"} 3\n")
        self.assertTrue(math.isnan(promtext.total(s.family("c"))))

    def test_a_body_over_the_limit_is_refused_whole(self):
        with self.assertRaises(promtext.BodyTooLarge) as e:
            promtext.parse(b"m 1\n" * 100, limit=399)
        self.assertIn("399", str(e.exception))
        self.assertEqual(promtext.parse(b"m 1\n" * 100, limit=400).samples, 100)

    def test_unknown_type_and_bad_type_lines_are_counted(self):
        s = promtext.parse("# TYPE m bogus\n# TYPE 9bad gauge\nm 1\n")
        self.assertEqual(s.bad_lines, 2)
        self.assertEqual(s.families["m"].samples[0][2], 1.0)


class TestHelpers(unittest.TestCase):
    HIST = ('# TYPE t histogram\n'
            't_bucket{model="a",le="0.001"} 1\nt_bucket{model="a",le="1.0"} 3\nt_bucket{model="a",le="+Inf"} 4\n'
            't_sum{model="a"} 5.5\nt_count{model="a"} 4\n'
            't_bucket{model="b",le="1e-3"} 0\nt_bucket{model="b",le="1"} 2\nt_bucket{model="b",le="+Inf"} 2\n'
            't_sum{model="b"} 1.5\nt_count{model="b"} 2\nt_created{model="b"} 1.7e9\n')

    def test_histograms_merge_over_label_sets_with_le_spelled_any_way(self):
        h = promtext.merge_histogram(promtext.parse(self.HIST).families["t"])
        self.assertEqual(h, {"le": [0.001, 1.0], "cum": [1.0, 5.0], "sum": 7.0, "count": 6.0})

    def test_a_label_filter_picks_series(self):
        h = promtext.merge_histogram(promtext.parse(self.HIST).families["t"], {"model": "b"})
        self.assertEqual(h, {"le": [0.001, 1.0], "cum": [0.0, 2.0], "sum": 1.5, "count": 2.0})

    def test_series_with_different_bounds_never_overstate(self):
        text = ('# TYPE t histogram\nt_bucket{s="a",le="1"} 1\nt_bucket{s="a",le="2"} 2\nt_bucket{s="a",le="+Inf"} 3\n'
                't_bucket{s="b",le="1.5"} 4\nt_bucket{s="b",le="+Inf"} 5\n')
        h = promtext.merge_histogram(promtext.parse(text).families["t"])
        self.assertEqual(h["le"], [1.0, 1.5, 2.0])
        self.assertEqual(h["cum"], [1.0, 5.0, 6.0])
        self.assertEqual((h["count"], h["sum"]), (8.0, None))

    def test_without_an_inf_bucket_the_count_stands_in(self):
        text = '# TYPE t histogram\nt_bucket{le="1"} 1\nt_bucket{le="2"} 2\nt_count 3\nt_sum 4\n'
        self.assertEqual(promtext.merge_histogram(promtext.parse(text).families["t"])["count"], 3.0)

    def test_gauge_sum_and_mean(self):
        s = promtext.parse('# TYPE u gauge\nu{e="0"} 0.25\nu{e="1"} 0.75\n')
        self.assertEqual((promtext.total(s.families["u"]), promtext.mean(s.families["u"])), (1.0, 0.5))
        self.assertIsNone(promtext.total(promtext.parse("# TYPE v gauge\n").families["v"]))


def transcribed(name):
    with open(os.path.join(METRICS, name), "rb") as f:
        return promtext.parse(f.read())


class TestTranscribed(unittest.TestCase):
    """What each engine's exposition holds that a parser can get wrong."""

    def test_vllm_prometheus_client_single_process(self):
        s = transcribed("vllm.prom")
        self.assertEqual(s.bad_lines, 0)
        self.assertEqual(s.families["vllm:prompt_tokens_total"].type, "counter")
        self.assertEqual(s.families["vllm:prompt_tokens_created"].type, "gauge")  # _created as its own gauge
        self.assertIs(s.family("vllm:prompt_tokens"), s.families["vllm:prompt_tokens_total"])
        it = s.families["vllm:iteration_tokens_total"]  # a histogram whose name ends in _total
        self.assertEqual(it.type, "histogram")
        self.assertEqual(promtext.merge_histogram(it)["count"], 4475.0)
        summary = s.families["http_request_size_bytes"]
        self.assertEqual((summary.type, len(summary.samples)), ("summary", 4))
        info = s.families["vllm:cache_config_info"]
        self.assertGreater(len(info.samples[0][1]), 10)

    def test_vllm_v0_multiprocess(self):
        s = transcribed("vllm-old.prom")
        self.assertFalse(any(n.endswith("_created") for n in s.families))
        ttft = s.families["vllm:time_to_first_token_seconds"]
        self.assertTrue(ttft.samples[0][0].endswith("_sum"))  # MultiProcessCollector writes _sum first
        h = promtext.merge_histogram(ttft)
        self.assertEqual((len(h["le"]), h["count"]), (16, 250.0))
        self.assertEqual(h["count"], sample_map(ttft)[("vllm:time_to_first_token_seconds_count",
                                                       (("model_name", "meta-llama/Llama-3.1-8B-Instruct"),))])

    def test_sglang_gauges_with_le_labels_and_nan(self):
        s = transcribed("sglang.prom")
        routing = s.families["sglang:routing_key_running_req_count"]
        self.assertEqual(routing.type, "gauge")  # `le` beside `gt`, yet not a histogram
        self.assertIsNone(promtext.merge_histogram(routing))
        self.assertTrue(math.isnan(promtext.total(s.families["sglang:fwd_occupancy"])))
        queue = promtext.merge_histogram(s.families["sglang:queue_time_seconds"])
        self.assertEqual((queue["le"][0], queue["cum"][0]), (0.0, 0.0))
        pids = {l.get("pid") for _, l, _ in s.families["sglang:num_retracted_reqs"].samples}
        self.assertNotIn(None, pids)

    def test_tgi_rust_exporter(self):
        s = transcribed("tgi.prom")
        self.assertEqual(s.bad_lines, 0)
        self.assertEqual(s.families["tgi_request_count"].samples, [("tgi_request_count", {}, 243.0)])
        self.assertIsNone(s.families["tgi_request_failure"].help)  # undescribed: # TYPE only
        skipped = s.families["tgi_request_skipped_tokens"]
        self.assertEqual(skipped.type, "summary")
        self.assertEqual(sample_map(skipped)[("tgi_request_skipped_tokens", (("quantile", "0.999"),))], 0.0)
        h = promtext.merge_histogram(s.families["tgi_request_queue_duration"])
        self.assertEqual((h["le"][0], len(h["le"])), (0.00015000000000000001, 35))

    def test_llamacpp_handwritten(self):
        s = transcribed("llamacpp.prom")
        self.assertEqual(s.families["llamacpp:prompt_tokens_total"].samples[0][2], 2316190.0)  # written 2.31619e+06
        self.assertEqual(s.families["llamacpp:n_busy_slots_per_decode"].type, "counter")
        self.assertEqual(len(s.families), 11)


if __name__ == "__main__":
    unittest.main()
