"""Multi-turn chat sessions (PROTOCOL.md `dataset.sessions`).

A session sends its user turns one after another, each with the history so far (the earlier user turns and
the model's own answers, as a chat client does) through the chat API, so prefill grows with the conversation
and an engine's prefix cache can serve the history. Between an answer's end and the next turn the user
thinks for a drawn time; that turn's intended send time is the answer's end plus it, so the phase's lateness
figures say how well think times were kept.

Load: a closed loop keeps `value` sessions going, a slot starting its next session when one ends; a rate
starts a new session at each arrival of its schedule. Warm-up is the phase's first `warmup` turns, from
sessions that end with it (turns they had left are not sent); the measured window starts fresh sessions. The
phase ends by its request count (turns) or duration as any phase: a session with turns left sends none of
them. A failed turn ends its session, since what follows would build on an answer that never came."""
import asyncio
import math
import random
import time

from .datasets import draw_length, draw_value, schedule_gaps


class Turn:
    __slots__ = ("text", "tokens", "max_tokens", "think")

    def __init__(self, text, tokens, max_tokens, think):
        self.text = text              # the user's new message
        self.tokens = tokens          # its tokens as drawn (synthetic) or counted (ShareGPT)
        self.max_tokens = max_tokens  # the answer's length
        self.think = think            # s the user waits after the previous answer's end; 0 for the first turn


class SessionSource:
    """The turns of session `sid`, the same in every worker process: drawn from a generator seeded by the
    phase's seed and the session alone."""

    def __init__(self, spec, dataset):
        self.seed = spec["seed"]
        self.sessions = spec["dataset"]["sessions"]
        self.dataset = dataset

    def session(self, sid):
        rng = random.Random(self.seed * 1000003 + sid * 7919 + 17)
        d = self.dataset
        think = self.sessions["think_s"]
        if getattr(d, "conversations", None) is not None:
            return [Turn(text, n, out, draw_value(rng, think) if k else 0.0)
                    for k, (text, n, out) in enumerate(d.conversations.turns(sid))]
        turns = []
        for k in range(draw_length(rng, self.sessions["turns"])):
            n = draw_length(rng, d.inp)
            start = rng.randrange(d.POOL_WORDS)
            # a turn weighs n tokens as a one-message chat would (the calibrated prompts' measure)
            text = d.prompts.build(start, n)[0] if d.prompts is not None else " ".join(d.pool[start:start + n])
            turns.append(Turn(text, n, draw_length(rng, d.out), draw_value(rng, think) if k else 0.0))
        return turns


class SessionLoad:
    """Drives a phase's sessions on a LoadGenerator (its connections, request accounting and events)."""

    def __init__(self, gen):
        self.gen = gen
        self.spec = gen.spec
        self.source = SessionSource(gen.spec, gen.items)
        self.next_session = gen.shard  # worker w of k starts sessions w, w + k, ...: ids unique over workers

    def take_session(self):
        sid = self.next_session
        self.next_session += self.gen.shards
        return sid

    async def pause(self, until):
        """Waits until perf time `until`; False when the phase was stopped meanwhile (a stop ends it at once)."""
        delay = until - time.perf_counter()
        if delay > 0 and not self.gen.stop_requested:
            try:
                await asyncio.wait_for(self.gen.stop_event.wait(), timeout=delay)
            except asyncio.TimeoutError:
                pass
        return not self.gen.stop_requested

    def next_turn_index(self, last):
        """The request index for a session's next turn, or None when the phase sends no more turns."""
        gen = self.gen
        index = gen.next_index
        if index >= last or not gen.may_issue(index, time.perf_counter()):
            return None
        gen.next_index += gen.shards
        return index

    async def session(self, sid, last, arrival=None):
        """Runs session `sid` until its last turn, a failed turn or the phase's end; its turns take request
        indices below `last`. `arrival`: the first turn's intended send time (a rate's schedule)."""
        gen, s = self.gen, self.spec
        history, prev_end = [], None
        tag = f"{s['node']}:{s['phase']}:{s['repetition']}:{sid}"
        for k, turn in enumerate(self.source.session(sid)):
            intended = arrival
            if k:
                intended = prev_end + turn.think
                if not await self.pause(intended):
                    return
            index = self.next_turn_index(last)
            if index is None:
                return
            messages = history + [{"role": "user", "content": turn.text}]
            # in_req: the first turn's drawn length; a later prompt is the history plus turn_in new tokens
            item = {"messages": messages, "input_tokens": turn.tokens if k == 0 else None,
                    "max_tokens": turn.max_tokens,
                    "tags": {"session": sid, "turn": k, "think": round(turn.think, 6) if k else None,
                             "turn_in": turn.tokens}}
            prepared = gen.request_for(index, item, f"X-InferDeck-Session: {tag}\r\nX-InferDeck-Turn: {k}\r\n")
            task = gen.loop.create_task(gen.perform(index, intended, prepared))
            gen.in_flight.add(task)
            try:
                status, end, text = await task
            finally:
                gen.in_flight.discard(task)
            if status != "ok" or text is None:
                return
            history = messages + [{"role": "assistant", "content": text}]
            prev_end = end

    async def closed_loop(self):
        gen, s = self.gen, self.spec
        warmup = s["warmup"]
        concurrency = int(s["load"]["value"])
        mine = concurrency // gen.shards + (1 if gen.shard < concurrency % gen.shards else 0)

        async def slot(last, ramp_slot=None):
            # as the single-turn closed loop: slot g starts ramp_s * g / (concurrency - 1) into the window
            if ramp_slot is not None and not await self.pause(
                    gen.measure_start + gen.ramp_s * ramp_slot / max(1, concurrency - 1)):
                return
            while not gen.stop_requested and gen.next_index < last and gen.may_issue(gen.next_index, time.perf_counter()):
                await self.session(self.take_session(), last)

        gen.next_index = gen.shard
        if warmup:
            await asyncio.gather(*(slot(warmup) for _ in range(mine)))
        if not await gen.window_opened():
            return
        gen.next_index = warmup + (gen.shard - warmup) % gen.shards
        await asyncio.gather(*(slot(math.inf, gen.shard + j * gen.shards) for j in range(mine)))

    async def open_loop(self, start_perf):
        """A new session at each arrival of the rate's schedule (worker w of k starts arrivals w, w + k, ...)."""
        gen, s = self.gen, self.spec
        warmup = s["warmup"]
        rng = random.Random(s["seed"] + 1)
        gaps = schedule_gaps(s["load"], rng)
        gen.next_index = gen.shard
        running = set()
        measuring = not warmup
        deadline, arrival = start_perf, 0
        while not gen.stop_requested:
            if not measuring and gen.next_index >= warmup:
                # every warm-up turn is out: the measured arrivals start afresh once they have all ended
                if not await gen.window_opened():
                    break
                measuring = True
                gen.next_index = warmup + (gen.shard - warmup) % gen.shards
                deadline, arrival = gen.measure_start, 0
                gaps = schedule_gaps(s["load"], rng)
            if measuring and not gen.may_issue(gen.next_index, deadline):
                break
            if arrival % gen.shards == gen.shard:
                if not await self.pause(deadline):
                    break
                if not measuring and gen.next_index >= warmup:
                    continue  # the warm-up's turns ran out while waiting: this arrival opens no session
                task = gen.loop.create_task(self.session(self.take_session(), math.inf if measuring else warmup,
                                                         arrival=deadline))
                running.add(task)
                task.add_done_callback(running.discard)
            arrival += 1
            deadline += next(gaps)
        if running:
            await asyncio.gather(*running)

    async def run(self, start_perf):
        if self.spec["load"]["mode"] == "concurrency":
            await self.closed_loop()
        else:
            await self.open_loop(start_perf)
