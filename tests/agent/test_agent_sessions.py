"""Multi-turn sessions against serve-sim's ground truth: turns in order, think times kept, prompts growing by
the previous answer and the new turn token for token, the history served by the prefix cache; ShareGPT
conversations as single-turn and multi-turn datasets."""
import collections
import json
import unittest

from agenttest import AgentTestCase, percentile
from inferdeck_agent import simcache, simtokenizer
from inferdeck_agent import spec as specmod
from inferdeck_agent.conversations import Conversations

BLOCK = simcache.BLOCK


def template_growth():
    """Tokens a chat prompt gains, beyond the answer's and the next turn's own (each counted as a one-message
    chat, as the agent sizes turns), when an answer and a user turn are appended: the simulator's template."""
    u1, a, u2 = "the model reads", " a short summary", "police said"
    whole = len(simtokenizer.encode_chat([{"role": "user", "content": u1}, {"role": "assistant", "content": a},
                                          {"role": "user", "content": u2}]))
    first = len(simtokenizer.encode_chat([{"role": "user", "content": u1}]))
    alone = len(simtokenizer.encode_chat([{"role": "user", "content": u2}]))
    return whole - first - simtokenizer.count(a) - alone


def by_session(requests):
    sessions = collections.defaultdict(list)
    for r in requests:
        sessions[r["session"]].append(r)
    for turns in sessions.values():
        turns.sort(key=lambda r: r["turn"])
    return sessions


class TestSessionSpec(unittest.TestCase):
    def parse(self, **over):
        s = {"endpoint": "http://127.0.0.1:1", "model": "m", "requests": 4, "api": "chat", "load": {"value": 2},
             "dataset": {"kind": "synthetic", "sessions": {"turns": {"mean": 3}, "think_s": {"mean": 0.5}}}}
        s.update(over)
        return specmod.parse_spec(s)

    def test_sessions_parse_with_their_distributions(self):
        d = self.parse()["dataset"]["sessions"]
        self.assertEqual(d["turns"]["mean"], 3.0)
        self.assertEqual(d["think_s"], {"kind": "fixed", "mean": 0.5, "stddev": 0.0, "min": 0.0, "max": 2.0})

    def test_bad_sessions_are_refused_naming_the_field(self):
        sessions = {"turns": {"mean": 3}, "think_s": {"mean": 0.5}}
        for over, field in (({"api": "completions"}, "dataset.sessions"),
                            ({"dataset": {"kind": "synthetic", "sessions": {"think_s": {"mean": 1}}}}, "dataset.sessions.turns"),
                            ({"dataset": {"kind": "synthetic", "sessions": dict(sessions, think_s={"mean": -1})}},
                             "dataset.sessions.think_s.mean"),
                            ({"dataset": {"kind": "synthetic", "sessions": dict(
                                sessions, think_s={"kind": "uniform", "mean": 1, "min": 2, "max": 1})}},
                             "dataset.sessions.think_s.max"),
                            ({"dataset": {"kind": "summarization", "sessions": sessions}}, "dataset.sessions"),
                            ({"dataset": {"kind": "sharegpt", "conversations": [[["hi", "yo"]]], "sessions": sessions}},
                             "dataset.sessions.turns"),
                            ({"dataset": {"kind": "sharegpt", "conversations": [[["hi"]]]}}, "dataset.conversations[0]"),
                            ({"dataset": {"kind": "sharegpt", "conversations": [[["", "yo"]]]}}, "dataset.conversations[0]"),
                            ({"dataset": {"kind": "sharegpt", "conversations": []}}, "dataset.conversations")):
            with self.assertRaises(specmod.SpecError) as e:
                self.parse(**over)
            self.assertEqual(e.exception.field, field, over)

    def test_single_turn_sharegpt_skips_what_vllm_skips(self):
        convs = [[["one two three four", "a b c d e"]],            # kept
                 [["too short", "a b c d e"]],                      # prompt under 4
                 [["one two three four", "a b c"]],                 # answer under 4
                 [[" ".join(["w"] * 1025), "a b c d"]],             # prompt over 1024
                 [[" ".join(["w"] * 1000), " ".join(["x"] * 1049)]]]  # together over 2048
        rows = Conversations(convs).single_turn_rows()
        self.assertEqual(rows, [{"prompt": "one two three four", "input_tokens": 4, "max_tokens": 5}])


class TestSessions(AgentTestCase):
    def run_sessions(self, url, **over):
        spec = self.spec(url, api="chat", requests=24, warmup=0, load={"mode": "concurrency", "value": 3},
                         dataset={"kind": "synthetic", "input": {"mean": 40},
                                  # answers longer than a turn wrap around in the simulator: still exact
                                  "output": {"kind": "uniform", "mean": 40, "min": 10, "max": 70},
                                  "sessions": {"turns": {"kind": "uniform", "mean": 3, "min": 2, "max": 4},
                                               "think_s": {"kind": "uniform", "mean": 0.06, "min": 0.02, "max": 0.1}}})
        spec.update(over)
        code, events, err = self.run_agent(spec)
        self.assertEqual(code, 0, err)
        requests = [e for e in events if e["type"] == "request"]
        self.assertTrue(all(r["status"] == "ok" for r in requests), [r["status"] for r in requests])
        phase_start = next(e for e in events if e["type"] == "phase_start")
        return requests, phase_start

    def check_sessions(self, requests, label):
        """Order, think times, exact growth and cache hits of every session; returns the figures."""
        truth = {t["id"]: t for t in self.truth() if not t["id"].endswith(":calibration")}
        growth = template_growth()
        gaps, violations, implied, served = [], 0, 0, 0
        for sid, turns in by_session(requests).items():
            self.assertEqual([r["turn"] for r in turns], list(range(len(turns))), sid)
            for prev, r in zip(turns, turns[1:]):
                t_prev, t = truth[prev["rid"]], truth[r["rid"]]
                # the ground truth knows the session and turn of each request from the agent's headers
                self.assertEqual((t["session"], t["turn"]), (t_prev["session"], r["turn"]))
                violations += r["send"] < prev["end"]
                gaps.append(r["send"] - prev["end"] - r["think"])
                # turn k+1's prompt is turn k's, its answer and the new turn, token for token
                self.assertEqual(t["prompt_tokens"],
                                 t_prev["prompt_tokens"] + t_prev["completion_tokens"] + r["turn_in"] + growth,
                                 (sid, r["turn"]))
                # the previous prompt's full blocks are the history a cache can serve
                want = t_prev["prompt_tokens"] // BLOCK * BLOCK
                implied += want
                served += t["cached_tokens"]
                self.assertEqual(t["cached_tokens"], want, (sid, r["turn"]))
        self.assertEqual(violations, 0)
        self.assertTrue(gaps)
        p50, worst = percentile(gaps, 0.5), max(gaps)
        print(f"\n{label}: {len(requests)} turns in {len(by_session(requests))} sessions; think-time gap minus "
              f"drawn think: p50 {p50 * 1e3:.2f} ms, max {worst * 1e3:.2f} ms; order violations {violations}; "
              f"cache served {served} of {implied} history tokens implied")
        self.assertGreaterEqual(min(gaps), -2e-6, "no turn before its think time (µs stamps)")
        self.assertLess(worst, 0.03, "every turn within 30 ms of its think time")
        return gaps

    def test_closed_loop_sessions_keep_order_think_times_and_grow_their_prompts_exactly(self):
        url = self.start_sim("--speed", "8")
        requests, phase_start = self.run_sessions(url)
        self.assertEqual(phase_start["prompts"]["method"], "exact")
        self.assertEqual(len(requests), 24)
        # at most 3 sessions at once: a turn is in flight only while its session is
        sessions = by_session(requests)
        self.assertGreater(len(sessions), 3)
        events = sorted([(r["send"], 1) for r in requests] + [(r["end"], -1) for r in requests])
        level = peak = 0
        for _, step in events:
            level += step
            peak = max(peak, level)
        self.assertLessEqual(peak, 3)
        self.check_sessions(requests, "closed loop")
        # the first turn's in_req is its drawn length; later turns say what they added
        for r in requests:
            self.assertEqual(r["in_req"] is None, r["turn"] > 0)

    def test_rate_sessions_start_at_arrivals_and_warm_up_counts_whole_turns(self):
        url = self.start_sim("--speed", "8")
        requests, _ = self.run_sessions(url, warmup=5, requests=20, load={"mode": "constant-rate", "value": 20.0})
        warm = [r for r in requests if r["warmup"]]
        measured = [r for r in requests if not r["warmup"]]
        self.assertEqual((len(warm), len(measured)), (5, 20))
        # measured sessions start afresh after the warm-up has ended, never sharing a session with it
        self.assertFalse({r["session"] for r in warm} & {r["session"] for r in measured})
        self.assertGreaterEqual(min(r["send"] for r in measured), max(r["end"] for r in warm))
        firsts = sorted(r["intended"] for r in measured if r["turn"] == 0)
        self.assertTrue(all(abs(b - a - 0.05) < 2e-6 for a, b in zip(firsts, firsts[1:])), firsts)
        self.check_sessions(measured, "constant rate")


class TestShareGpt(AgentTestCase):
    CONVS = [[["Tell me about the city police plan", "The plan adds officers downtown and a new station."],
              ["When does it start", "It starts after the budget passes, likely in the first quarter."]],
             [["Summarize the news article briefly please", "Officials said the report shows new figures."]],
             [["What did the family say in the statement", "They thanked the reporters and asked for privacy."],
              ["And the government", "The government says it will review the case this year."],
              ["Thanks", "You are welcome, ask again any time you need more."]]]

    def test_single_turn_sends_first_turns_with_the_recorded_answer_length(self):
        url = self.start_sim("--speed", "8")
        spec = self.spec(url, api="completions", requests=6, load={"mode": "concurrency", "value": 2},
                         dataset={"kind": "sharegpt", "conversations": self.CONVS})
        code, events, err = self.run_agent(spec)
        self.assertEqual(code, 0, err)
        requests = sorted((e for e in events if e["type"] == "request"), key=lambda r: r["id"])
        self.assertEqual(next(e for e in events if e["type"] == "phase_start")["prompts"]["method"], "exact")
        for i, r in enumerate(requests):
            user, answer = self.CONVS[i % 3][0]
            # counted as vLLM's benchmark counts (the tokenizer's ids, BOS in); a completions prompt is exactly that
            self.assertEqual((r["in_req"], r["out_req"]), (simtokenizer.count(user, True), simtokenizer.count(answer, True)))
            self.assertEqual((r["in"], r["out"]), (r["in_req"], r["out_req"]))

    def test_multi_turn_replays_the_human_turns_with_the_models_own_answers(self):
        url = self.start_sim("--speed", "8")
        spec = self.spec(url, api="chat", requests=6, load={"mode": "concurrency", "value": 1},
                         dataset={"kind": "sharegpt", "conversations": self.CONVS,
                                  "sessions": {"think_s": {"mean": 0.01}}})
        code, events, err = self.run_agent(spec)
        self.assertEqual(code, 0, err)
        requests = [e for e in events if e["type"] == "request"]
        truth = {t["id"]: t for t in self.truth() if not t["id"].endswith(":calibration")}
        sessions = by_session(requests)
        self.assertEqual([len(sessions[s]) for s in sorted(sessions)], [2, 1, 3])
        for sid, turns in sessions.items():
            conv = self.CONVS[sid % 3]
            for r, (user, answer) in zip(turns, conv):
                self.assertEqual(r["out_req"], simtokenizer.count(answer, True))
                self.assertEqual(r["turn_in"], simtokenizer.count(user, True))
            last = turns[-1]
            self.assertEqual(truth[last["rid"]]["turn"], len(conv) - 1)
            if len(turns) > 1:
                prev = truth[turns[-2]["rid"]]
                self.assertGreater(truth[last["rid"]]["cached_tokens"], 0)
                self.assertEqual(truth[last["rid"]]["cached_tokens"], prev["prompt_tokens"] // BLOCK * BLOCK)


if __name__ == "__main__":
    unittest.main()
