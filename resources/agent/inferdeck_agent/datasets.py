"""Datasets: prompts, their lengths and reference answers."""
import json
import math
import random

from .spec import SpecError


# words a reference summary adds of its own (absent from the articles' vocabulary)
REFERENCE_WORDS = ("said report shows new plan after talks city police family year first "
                   "million people government says told statement").split()

VOCABULARY = ("the model reads a long news article and writes a short summary of what happened where "
              "when and why while the reporters note every figure quoted by officials during the "
              "briefing on tuesday").split()


def draw_length(rng, d):
    return int(min(d["max"], max(d["min"], round(draw_value(rng, d)))))


def draw_value(rng, d):
    """One draw of a distribution {kind, mean, stddev, min, max}, clamped to [min, max], not rounded."""
    if d["kind"] == "fixed":
        v = d["mean"]
    elif d["kind"] == "uniform":
        v = rng.uniform(d["min"], d["max"])
    elif d["kind"] == "normal":
        v = rng.gauss(d["mean"], d["stddev"])
    else:  # lognormal with the given mean and standard deviation
        sigma2 = math.log(1 + (d["stddev"] / d["mean"]) ** 2) if d["stddev"] > 0 else 0.0
        v = rng.lognormvariate(math.log(d["mean"]) - sigma2 / 2, math.sqrt(sigma2))
    return min(d["max"], max(d["min"], v))


class Dataset:
    """Items {prompt, input_tokens, max_tokens} in order, made on demand from one seeded generator: a
    duration-limited run never knows its count, and drawing prompts word by word up front took seconds.
    Prompts are slices of one pre-drawn word pool at random offsets, so each costs a join."""

    POOL_WORDS = 1 << 17

    def __init__(self, spec):
        d = spec["dataset"]
        self.seed = spec["seed"]
        self.rows = None
        self.count = 0
        self.reference = False
        if d["kind"] == "file":
            self.rows = self._read_file(d["path"])
            return
        if d["kind"] == "sharegpt":
            from .conversations import Conversations
            self.conversations = Conversations(d["conversations"])
            self.sessions = bool(d.get("sessions"))
            self.count_conversations()
            return
        self.trace = d if d["kind"] == "trace" else None
        self.warmup = spec.get("warmup", 0)
        self.blocks = {}
        self.reference = d["kind"] == "summarization"
        if d["kind"] == "summarization":
            # the MLPerf llama3.1-8b CNN/DailyMail shape: ~800-token articles, summaries of at most 128
            self.inp = {"kind": "lognormal", "mean": 800.0, "stddev": 250.0, "min": 100, "max": 2000}
            self.out = {"kind": "lognormal", "mean": 90.0, "stddev": 30.0, "min": 8, "max": 128}
        elif self.trace:
            # the word pool only: lengths, times and prefixes are the trace's
            longest = max(self.trace["inputs"])
            self.inp = {"kind": "fixed", "mean": longest, "min": 1, "max": max(longest, self.trace["block_tokens"])}
            self.out = None
        else:
            self.inp, self.out = d["input"], d["output"]
        # a shared-prefix workload: each prompt is one of `groups` fixed prefixes of `tokens` tokens followed by
        # its own text, so an engine's prefix cache can serve the prefix of every request after a group's first
        shared = d.get("shared_prefix")
        self.groups, self.prefix_tokens = (shared["groups"], shared["tokens"]) if shared else (0, 0)
        self.prefixes = {}
        self.rng = random.Random(self.seed)
        self.pool = [self.rng.choice(VOCABULARY) for _ in range(self.POOL_WORDS + max(self.inp["max"], self.prefix_tokens))]
        self.count = 0
        self.prompts = None  # a tokenizer.TokenPrompts once the server's tokenizer has been measured

    def count_conversations(self, tokenizer=None):
        """(Re)counts a ShareGPT dataset's lengths, by the server's tokenizer when given; a single-turn one
        keeps the first turns vLLM's length limits keep."""
        if tokenizer is not None:
            self.conversations.count_with(tokenizer)
        if self.sessions:
            return
        self.rows = self.conversations.single_turn_rows()
        if not self.rows:
            raise SpecError("dataset.conversations", "no conversation's first turn is within vLLM's length limits "
                                                     "(4 to 1024 prompt tokens, at least 4 answer tokens, 2048 together)")

    def draw_input(self, rng):
        if getattr(self, "trace", None):
            return rng.choice(self.trace["inputs"])
        return draw_length(rng, self.inp)

    def use_prompts(self, prompts):
        """From now on prompts are assembled to the drawn token count instead of that many words; the
        random draws stay the same, so every worker process still makes the same item for an index."""
        self.prompts = prompts
        self.prefixes = {}
        self.blocks = {}

    def block(self, hash_id, tokens, after):
        """The text a trace's block hash id stands for, `tokens` long: equal ids in equal places give equal text,
        a shorter request of the same id its beginning, so an engine's prefix cache sees the sharing the trace
        describes. `after`: it follows another block (a continuation, counted without the template's tokens)."""
        key = (hash_id, tokens, after)
        text = self.blocks.get(key)
        if text is None:
            start = random.Random(hash_id * 2 + 1).randrange(self.POOL_WORDS)
            if self.prompts is None:
                text = " ".join(self.pool[start:start + tokens])
            elif after:
                text = self.prompts.continuation(start, tokens)
            else:
                text = self.prompts.build(start, tokens)[0]
            self.blocks[key] = text
        return text

    def trace_item(self):
        """The next trace request: warm-up takes the trace's first requests, the measured window replays it
        from its start again (the same index the pacer schedules). Each block is assembled to its token count
        on its own, so a prompt of several blocks may be off its trace length by the chat template's few tokens
        per block; the server's usage says what it counted."""
        t = self.trace
        index = self.count if self.count < self.warmup else self.count - self.warmup
        self.count += 1
        i = index % len(t["inputs"])
        n, ids, size = t["inputs"][i], t["hashes"][i], t["block_tokens"]
        parts = [self.block(h, min(size, n - j * size), j > 0) for j, h in enumerate(ids) if n - j * size > 0]
        rest = n - size * len(ids)
        if rest > 0:  # tokens the trace names no block for: this request's own text
            start = self.rng.randrange(self.POOL_WORDS)
            if self.prompts is None:
                parts.append(" ".join(self.pool[start:start + rest]))
            else:
                parts.append(self.prompts.continuation(start, rest) if parts else self.prompts.build(start, rest)[0])
        return {"prompt": " ".join(parts), "input_tokens": n, "max_tokens": t["outputs"][i]}

    def prefix(self, group):
        """The group's prefix text: the same words at the same pool offset for every request of the group
        (and in every worker process: the offset comes from the seed and the group alone)."""
        text = self.prefixes.get(group)
        if text is None:
            start = random.Random(self.seed * 1000003 + group).randrange(self.POOL_WORDS)
            if self.prompts is not None:
                text = self.prompts.build(start, self.prefix_tokens)[0]
            else:
                text = " ".join(self.pool[start:start + self.prefix_tokens])
            self.prefixes[group] = text
        return text

    @staticmethod
    def _read_file(path):
        rows = []
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    prompt, max_tokens = row["prompt"], int(row["max_tokens"])
                    if not isinstance(prompt, str) or max_tokens < 1:
                        raise ValueError
                except (ValueError, KeyError, TypeError):
                    raise SpecError("dataset.path", f"line {number}: expected a prompt string and max_tokens >= 1")
                item = {"prompt": prompt, "input_tokens": len(prompt.split()), "max_tokens": max_tokens}
                if isinstance(row.get("reference"), str) and row["reference"]:
                    item["reference"] = row["reference"]
                rows.append(item)
        if not rows:
            raise SpecError("dataset.path", "the file has no prompts")
        return rows

    def next(self):
        """The next item; call from one thread only."""
        if self.rows is not None:
            self.count += 1
            return self.rows[(self.count - 1) % len(self.rows)]
        if self.trace:
            return self.trace_item()
        n = draw_length(self.rng, self.inp)
        start = self.rng.randrange(self.POOL_WORDS)
        if self.prompts is not None:
            prompt, words = self.prompts.build(start, n)
        else:
            prompt, words = " ".join(self.pool[start:start + n]), n
        # input_tokens is the drawn length (the request's in_req), whatever the prompt turned out to be
        item = {"prompt": prompt, "input_tokens": n, "max_tokens": draw_length(self.rng, self.out)}
        if self.groups:
            group = self.rng.randrange(self.groups)
            # the suffix continues the prefix: built as a continuation it adds exactly n tokens to it
            suffix = self.prompts.continuation(start, n) if self.prompts is not None else prompt
            item["prompt"] = self.prefix(group) + " " + suffix
            item["input_tokens"] = self.prefix_tokens + n
        if self.reference:
            item["reference"] = self._reference(start, max(1, words), item["max_tokens"])
        return item

    def _reference(self, start, n, length):
        """A synthetic reference summary of the article at pool[start:start+n]: like a news highlight it
        reuses words of the article's lead, in order, mixed with words of its own, so an extractive
        answer overlaps it partly (ROUGE-1 about 0.4, near what MLPerf reports for Llama-3.1-8B), never wholly."""
        words = []
        i = start
        end = start + n
        while len(words) < length and i < end:
            r = self.rng.random()
            if r < 0.30:
                words.append(self.pool[i])
            elif r < 0.70:
                words.append(self.rng.choice(REFERENCE_WORDS))
            i += 1
        return " ".join(words) if words else self.pool[start]


def schedule_gaps(load, rng):
    """Yields the gaps between intended send times of an open-loop load, in seconds; a trace's from its start."""
    if load["mode"] == "trace":
        times = load["times"]
        for i in range(1, len(times)):
            yield times[i] - times[i - 1]
        while True:  # past its end (a duration longer than the trace): the pacer stops at the request count
            yield 1.0 / load["value"]
    if load.get("profile"):
        from .profile import profile_gaps
        yield from profile_gaps(load, rng)
    rate = load["value"]
    while True:
        if load["mode"] == "constant-rate":
            yield 1.0 / rate
        elif load["mode"] == "poisson":
            yield rng.expovariate(rate)
        else:  # gamma: burstiness < 1 is burstier than Poisson, > 1 smoother, same mean rate
            shape = load["burstiness"]
            yield rng.gammavariate(shape, 1.0 / (rate * shape))
