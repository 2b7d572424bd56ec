"""Ramps and stages (load.profile): open-loop sends follow the cumulative rate of the profile (time rescaling of
the arrival process) and a closed loop keeps only the profile's concurrency in flight."""
import math
import random
import unittest
from unittest import mock

from agenttest import AgentTestCase
from inferdeck_agent import run as runmod
from inferdeck_agent import spec as specmod
from inferdeck_agent.profile import Profile, profile_gaps

RAMP = [{"duration_s": 10.0, "from": 2.0, "to": 20.0}]


def send_times(load, n, seed=1):
    gaps = profile_gaps(load, random.Random(seed))
    t, out = 0.0, [0.0]
    for _ in range(n - 1):
        t += next(gaps)
        out.append(t)
    return out


class TestProfileSchedule(unittest.TestCase):
    def test_a_constant_rate_ramp_sends_as_often_as_its_cumulative_rate_says(self):
        times = send_times({"mode": "constant-rate", "value": 2.0, "profile": RAMP}, 111)
        p = Profile(RAMP)
        self.assertAlmostEqual(p.total, 110.0)
        for t in (0.5, 1.0, 2.5, 5.0, 7.5, 9.99):
            cumulative = 2.0 * t + 0.9 * t * t  # the integral of 2 + 1.8 t
            sent = sum(1 for x in times if x <= t + 1e-9)
            self.assertEqual(sent, math.floor(cumulative + 1e-9) + 1, t)  # the first send is at 0
        # its gaps shrink as the rate rises: the first where 2 t + 0.9 t^2 reaches 1, about 1/20 s at the end
        self.assertAlmostEqual(times[1] - times[0], (-2 + math.sqrt(4 + 3.6)) / 1.8, places=9)
        self.assertAlmostEqual(times[-1] - times[-2], 1 / 20.0, delta=0.002)

    def test_stages_hold_each_rate_and_the_last_one_after_the_end(self):
        stages = [{"duration_s": 2.0, "from": 5.0, "to": 5.0}, {"duration_s": 2.0, "from": 10.0, "to": 10.0}]
        times = send_times({"mode": "constant-rate", "value": 5.0, "profile": stages}, 40)
        self.assertEqual(sum(1 for x in times if x < 2.0 - 1e-9), 10)
        self.assertEqual(sum(1 for x in times if 2.0 - 1e-9 <= x < 4.0 - 1e-9), 20)
        self.assertAlmostEqual(times[-1] - times[-2], 0.1)  # past the end: the last stage's rate

    def test_a_poisson_ramp_keeps_its_counts_within_chance_of_the_profile(self):
        counts = []
        for seed in range(20):
            times = send_times({"mode": "poisson", "value": 2.0, "profile": RAMP}, 400, seed)
            counts.append((sum(1 for x in times if x < 5.0), sum(1 for x in times if 5.0 <= x < 10.0)))
        # expected 32.5 in the first half, 77.5 in the second; the mean of 20 draws within 4 standard errors
        first = sum(c[0] for c in counts) / 20
        second = sum(c[1] for c in counts) / 20
        self.assertLess(abs(first - 32.5), 4 * math.sqrt(32.5 / 20))
        self.assertLess(abs(second - 77.5), 4 * math.sqrt(77.5 / 20))

    def test_bad_profiles_are_refused_naming_the_segment(self):
        base = {"endpoint": "http://127.0.0.1:1", "model": "m", "duration_s": 4}
        for load, field in (({"mode": "poisson", "value": 1, "profile": []}, "load.profile"),
                            ({"mode": "poisson", "value": 1, "profile": [{"duration_s": 1, "from": 1}]}, "load.profile[0].to"),
                            ({"mode": "poisson", "value": 1, "profile": [{"duration_s": 0, "from": 1, "to": 2}]},
                             "load.profile[0].duration_s"),
                            ({"mode": "concurrency", "value": 1, "profile": [{"duration_s": 1, "from": 1, "to": 2.5}]},
                             "load.profile[0]"),
                            ({"mode": "poisson", "value": 1, "profile": ["x"]}, "load.profile[0]")):
            with self.subTest(load=load):
                with self.assertRaises(specmod.SpecError) as e:
                    specmod.parse_spec(dict(base, load=load))
                self.assertEqual(e.exception.field, field)


class TestConcurrencyStages(AgentTestCase):
    def test_a_closed_loop_keeps_each_stages_concurrency_in_flight(self):
        url = self.start_sim("--speed", "4", "--max-seqs", "16")
        stages = [{"duration_s": 1.5, "from": 1, "to": 1}, {"duration_s": 1.5, "from": 4, "to": 4}]
        spec = self.spec(url, requests=0, duration_s=3.0, load={"mode": "concurrency", "value": 1, "profile": stages},
                         dataset={"kind": "synthetic", "input": {"mean": 40}, "output": {"mean": 16}})
        code, events, err = self.run_agent(spec)
        self.assertEqual(code, 0, err)
        reqs = [e for e in events if e["type"] == "request" and not e["warmup"]]
        start = min(r["send"] for r in reqs)

        def in_flight(t):
            return sum(1 for r in reqs if r["send"] <= start + t < r["end"])
        first = max(in_flight(t / 100) for t in range(10, 140))
        second = max(in_flight(t / 100) for t in range(170, 290))
        self.assertEqual(first, 1)
        self.assertEqual(second, 4)


class TestProfileWorkers(AgentTestCase):
    def test_a_ramp_gets_worker_processes_for_its_peak_not_its_start(self):
        ramp = {"mode": "poisson", "value": 5, "profile": [{"duration_s": 10, "from": 5, "to": 1000}]}
        stages = {"mode": "concurrency", "value": 8,
                  "profile": [{"duration_s": 5, "from": 8, "to": 8}, {"duration_s": 5, "from": 600, "to": 600}]}
        with mock.patch.object(runmod, "usable_cpus", return_value=8):
            self.assertEqual(runmod.worker_count({"workers": 0, "load": ramp}), 3)  # 1,000 req/s at 450 a process
            self.assertEqual(runmod.worker_count({"workers": 0, "load": stages}), 3)  # 600 streams at 256 a process
            self.assertEqual(runmod.worker_count({"workers": 0, "load": {"mode": "poisson", "value": 5}}), 1)

    def test_a_ramp_over_two_worker_processes_sends_the_profiles_schedule_once(self):
        url = self.start_sim("--speed", "16", "--max-seqs", "64")
        ramp = [{"duration_s": 3.0, "from": 20.0, "to": 100.0}]
        spec = self.spec(url, requests=0, duration_s=3.0, workers=2,
                         load={"mode": "constant-rate", "value": 20.0, "profile": ramp},
                         dataset={"kind": "synthetic", "input": {"mean": 20}, "output": {"mean": 4}})
        code, events, err = self.run_agent(spec)
        self.assertEqual(code, 0, err)
        reqs = [e for e in events if e["type"] == "request" and not e["warmup"]]
        # the merged stream holds the one schedule both processes drew: its intended times are the profile's
        # (constant rate: the k-th send where the cumulative rate 20 t + 40/3 t^2 reaches k), none twice or missing
        intended = sorted(r["intended"] for r in reqs)
        start = intended[0]
        self.assertEqual(len(set(intended)), len(intended))
        ids = sorted(r["id"] for r in reqs)
        self.assertEqual(ids, list(range(ids[0], ids[0] + len(ids))))
        for k, t in enumerate(intended):
            x = t - start
            if x > 3.0:
                break
            self.assertAlmostEqual(20 * x + 40 / 3 * x * x, k, delta=0.01, msg=f"send {k} intended at {x:.6f} s")
        within = sum(1 for t in intended if t - start <= 3.0 - 1e-6)
        self.assertEqual(within, 180)  # 20 * 3 + 40 / 3 * 9 = 180 sends in [0, 3)
        late = sorted(r["send"] - r["intended"] for r in reqs)
        print(f"ramp 20 -> 100 req/s over 2 worker processes: {len(reqs)} sends, lateness p50 "
              f"{late[len(late) // 2] * 1e3:.2f} ms, max {late[-1] * 1e3:.2f} ms")


if __name__ == "__main__":
    unittest.main()
