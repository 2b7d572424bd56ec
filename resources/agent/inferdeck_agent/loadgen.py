"""The load generator: pacing, one request at a time measured, its events."""
import asyncio
import collections
import json
import math
import os
import random
import threading
import time

from .clock import CLOCK, us
from .datasets import Dataset, schedule_gaps
from .profile import Profile, peak_load
from . import sse
from .budget import Budget
from .phaseend import emit_phase_end, ramp_of  # noqa: F401 (run.py takes them from here)
from .httpclient import ConnectionPool, HttpError, tls_context
from .response import read_response


class LoadGenerator:
    """One phase of load. With shard (w, k) it is worker w of k processes: it issues the requests whose
    index is w modulo k, on the same schedule and with the same dataset items as a single process."""

    def __init__(self, spec, writer, shard=(0, 1), api_key=None):
        self.spec = spec
        self.w = writer
        self.shard, self.shards = shard
        self.drawn = 0  # dataset items drawn so far, own or not
        # The key lives here and in the prepared request bytes only: never in the spec, an event or a log.
        self.api_key = api_key
        self.tls = spec.get("scheme") == "https"
        self.pool = ConnectionPool(spec["host"], spec["port"], tls_context(spec.get("tls")) if self.tls else None)
        self.path = spec["base"] + ("/v1/chat/completions" if spec["api"] == "chat" else "/v1/completions")
        self.stop_requested = False
        self.sent = 0
        self.done = 0
        self.failed = 0
        self.in_flight = set()
        self.lateness = []
        self.send_times = []
        self.next_index = 0
        self.items = None
        # The measured window: it opens once every warm-up request has ended (perf seconds), so no measured
        # request shares the server with a warm-up one; ramp_s spreads a closed loop's first sends over it.
        self.measure_start = None
        self.measure_unix = None
        self.start_unix = None
        self.ramp_s = 0.0
        self.warm_left = sum(1 for i in range(spec["warmup"]) if self.own(i))
        self.warm_e2e = []  # E2E of the warm-up requests that succeeded, for the ramp
        self.measure_ready = threading.Event()  # for the pacer thread
        self.measure_event = None  # the same for the event loop
        self.loop = None
        self.stop_event = None
        self.prepared = None
        self.budget = Budget()

    def accuracy(self):
        return self.budget.summary()

    MAX_WARM = 4096  # connections opened before a closed loop starts, at most
    PREPARE_AHEAD = 20000  # requests made before the phase starts; ~60 ms and a few MB

    def request_stop(self):
        """Stops issuing; in-flight requests get the grace time to finish."""
        self.stop_requested = True
        if self.stop_event is not None:
            self.stop_event.set()

    # -- one request -----------------------------------------------------------------------------

    def payload(self, item):
        s = self.spec
        p = {"model": s["model"], "max_tokens": item["max_tokens"], "stream": s["stream"],
             "temperature": 0.0, "ignore_eos": True}
        if s["stream"]:
            p["stream_options"] = {"include_usage": True}
        if "messages" in item:  # a session's turn: the history so far and the new user turn
            p["messages"] = item["messages"]
        elif s["api"] == "chat":
            p["messages"] = [{"role": "user", "content": item["prompt"]}]
        else:
            p["prompt"] = item["prompt"]
        return json.dumps(p).encode()

    def own(self, index):
        return index % self.shards == self.shard

    def prepare(self, index):
        """The item of `index` and its request bytes, made before its send time: up front for the first
        requests of a counted run, otherwise by the pacer while it waits (both keep work off the send path).
        Items of other workers' indices are drawn and dropped so every index gets the same item."""
        if self.prepared and self.prepared[0][0] == index:
            return self.prepared.popleft()[1]
        while self.drawn < index:
            self.items.next()
            self.drawn += 1
        item = self.items.next()
        self.drawn += 1
        return self.request_for(index, item)

    def request_for(self, index, item, extra_headers=""):
        """(item, X-Request-Id, the request's bytes) of `item` sent as request `index`."""
        s = self.spec
        header_id = f"{s['node']}:{s['phase']}:{s['repetition']}:{s['id_base'] + index}"
        body = self.payload(item)
        host = f"[{s['host']}]" if ":" in s["host"] else s["host"]
        # identity: a compressing proxy would hold tokens back until a block fills, bending every time
        auth = f"Authorization: Bearer {self.api_key}\r\n" if self.api_key else ""
        head = (f"POST {self.path} HTTP/1.1\r\nHost: {host}:{s['port']}\r\n"
                f"Content-Type: application/json\r\nAccept: text/event-stream\r\nAccept-Encoding: identity\r\n"
                f"{auth}X-Request-Id: {header_id}\r\n{extra_headers}Content-Length: {len(body)}\r\n\r\n").encode()
        return item, header_id, head + body

    def send_now(self, request):
        """Sends a request from the pacer thread on an idle keep-alive connection, so its send time does not
        wait for the event loop to finish whatever responses it is handling: (conn, send, bytes written),
        written -1 when the connection turned out dead, or None when no connection is idle. The loop never
        touches an idle connection and list.pop() is atomic, so the socket has one user at a time.

        Over TLS the bytes must pass through the connection's SSL object, which belongs to the event loop,
        so an https request is handed to the loop (None): its send time is when the loop writes it, up to
        the loop's current work later under load, which the phase's lateness figures show."""
        if self.tls:
            return None
        try:
            conn = self.pool.idle.pop()
        except IndexError:
            return None
        reader, writer = conn
        sock = writer.get_extra_info("socket")
        if writer.is_closing() or reader.at_eof() or sock is None:
            return conn, None, -1
        try:
            written = os.write(sock.fileno(), request)
        except OSError:
            return conn, None, -1
        return conn, time.perf_counter(), written

    async def perform(self, index, intended_perf, prepared, handed=None):
        """Sends one request and emits its event; returns (status, end perf time, the answer's text or None)."""
        s = self.spec
        item, header_id, request = prepared
        rid = s["id_base"] + index
        warmup = index < s["warmup"]
        send = end = None
        chunks = []  # arrival of every token-bearing chunk
        marks = {}   # "answer": arrival of the first chunk with answer text
        # the answer is kept only when it can be scored, or a session's next turn sends it back as history
        state = sse.StreamState(keep_text="reference" in item or "messages" in item)
        status = "ok"
        conn = None
        reusable = False
        try:
            if handed is not None and handed[2] >= 0:
                conn, send, written = handed  # the pacer thread has sent it
                reader, writer = conn
                if written < len(request):  # a full socket buffer took part of it: the rest goes now
                    writer.write(request[written:])
                    send = time.perf_counter()
            else:
                if handed is not None:
                    handed[0][1].close()
                conn = await self.pool.get()
                reader, writer = conn
                writer.write(request)  # on an idle keep-alive socket this is one send() syscall
                send = time.perf_counter()  # the request has left: what follows is the server's time
            self.sent += 1
            reusable, end, error = await asyncio.wait_for(
                read_response(reader, s["stream"], self.budget, self.api_key, chunks, marks, state), timeout=s["timeout_s"])
            if error:
                status = error
        except asyncio.TimeoutError:
            status = f"timeout after {s['timeout_s']:g} s"
        except (HttpError, sse.StreamError, asyncio.IncompleteReadError, ConnectionError, OSError) as e:
            if isinstance(e, asyncio.IncompleteReadError):
                status = "connection closed mid-stream"
            elif isinstance(e, (ConnectionRefusedError,)):
                status = f"connection refused by {s['host']}:{s['port']}"
            else:
                status = str(e) or e.__class__.__name__
            if send is None:
                send = time.perf_counter()
        except asyncio.CancelledError:
            status = "cancelled: stop requested before the answer was complete"
            if send is None:
                send = time.perf_counter()
        finally:
            if conn is not None:
                if reusable and status == "ok":
                    self.pool.put(conn)
                else:
                    conn[1].close()
        if status != "ok":
            end = time.perf_counter()
            if self.api_key and self.api_key in status:  # a server may echo what it refused
                status = status.replace(self.api_key, "***")
        first = chunks[0] if chunks else None
        # the send stamp is taken when write() has returned; on loopback the kernel can stamp the first answer
        # byte before that (the thread was descheduled in between): the request was out by then at the latest
        if first is not None and send is not None and first < send:
            send = first
        answer = marks.get("answer")
        usage = state.usage if isinstance(state.usage, dict) else None
        out_tokens = usage.get("completion_tokens") if usage else (len(chunks) if status == "ok" else None)
        in_tokens = usage.get("prompt_tokens") if usage else item["input_tokens"]
        reasoning, reasoning_usage = state.reasoning()
        if status == "ok":
            self.done += 1
        else:
            self.failed += 1
        if intended_perf is not None:
            self.lateness.append(send - intended_perf)
        if not warmup:
            self.send_times.append(send)
        elif status == "ok" and first is not None:
            self.warm_e2e.append(end - send)
        texts = state.texts
        self.w.emit("request", phase=s["phase"], rep=s["repetition"], node=s["node"], id=rid, rid=header_id,
                    warmup=warmup, intended=us(CLOCK.to_unix(intended_perf)) if intended_perf is not None else None,
                    send=us(CLOCK.to_unix(send)), first=us(CLOCK.to_unix(first)) if first else None,
                    answer=us(CLOCK.to_unix(answer)) if answer and status == "ok" else None,
                    end=us(CLOCK.to_unix(end)) if end else None,
                    chunks_us=[int(round((c - send) * 1e6)) for c in chunks],
                    **{"in": in_tokens, "out": out_tokens}, usage=usage is not None,
                    reasoning=reasoning, reasoning_usage=reasoning_usage,
                    in_req=item["input_tokens"], out_req=item["max_tokens"], status=status,
                    **item.get("tags", {}),
                    **({"text": "".join(texts).strip(), "reference": item["reference"]} if "reference" in item else {}))
        if warmup:
            self.warm_left -= 1
            if self.warm_left == 0:
                self.warmup_drained()
        return status, end, "".join(texts) if texts is not None else None

    # -- the measured window ---------------------------------------------------------------------

    def warmup_drained(self):
        """Every warm-up request of this process has ended. One process opens the measured window now; a
        worker of several reports to its coordinator, which opens it for all once all have drained.
        A phase stopped during its warm-up never opens it."""
        if self.stop_requested:
            return
        if self.shards == 1:
            self.open_window(CLOCK.now(), ramp_of(self.spec, self.warm_e2e))
        else:
            self.w.emit("warmup_done", e2e_s=[round(e, 6) for e in self.warm_e2e])
            self.w.flush()

    def open_window(self, unix, ramp_s):
        """Called on the event loop: the measured requests start at `unix` (Unix seconds)."""
        if self.measure_unix is not None:
            return
        self.measure_unix = unix
        self.measure_start = CLOCK.to_perf(unix)
        self.ramp_s = ramp_s
        self.measure_ready.set()
        if self.measure_event is not None:
            self.measure_event.set()

    async def window_opened(self):
        """Waits until the measured window opens or the phase is stopped; True when it opened."""
        if self.measure_unix is None:
            opened = self.loop.create_task(self.measure_event.wait())
            stopped = self.loop.create_task(self.stop_event.wait())
            await asyncio.wait([opened, stopped], return_when=asyncio.FIRST_COMPLETED)
            opened.cancel()
            stopped.cancel()
        return self.measure_unix is not None and not self.stop_requested

    # -- pacing ----------------------------------------------------------------------------------

    def may_issue(self, index, now_perf):
        s = self.spec
        if self.stop_requested:
            return False
        if s["requests"]:
            return index < s["warmup"] + s["requests"]
        if index < s["warmup"]:
            return True
        return now_perf < self.measure_start + s["duration_s"]

    def start_task(self, index, intended_perf, prepared, handed=None):
        task = self.loop.create_task(self.perform(index, intended_perf, prepared, handed))
        self.in_flight.add(task)
        task.add_done_callback(self.in_flight.discard)

    async def closed_loop(self):
        """Warm-up on the phase's concurrency until every warm-up request has ended, then the measured
        requests: slot g (of all processes' slots) starts ramp_s * g / (concurrency - 1) after the window
        opens, so the measured requests do not all arrive, and prefill, in one step."""
        warmup = self.spec["warmup"]
        self.next_index = self.shard

        async def worker(last, slot=None):
            if slot is not None:  # a worker process may hear of the window a little before it opens
                delay = self.measure_start + self.ramp_s * slot / max(1, concurrency - 1) - time.perf_counter()
                if delay > 0:
                    try:  # a stop ends the wait at once
                        await asyncio.wait_for(self.stop_event.wait(), timeout=delay)
                    except asyncio.TimeoutError:
                        pass
            while True:
                if slot is not None and profile is not None and not await self.slot_active(profile, slot):
                    return
                index = self.next_index
                if index >= last or not self.may_issue(index, time.perf_counter()):
                    return
                self.next_index += self.shards
                task = self.loop.create_task(self.perform(index, None, self.prepare(index)))
                self.in_flight.add(task)
                try:
                    await task  # perform() absorbs its own cancellation and records it
                finally:
                    self.in_flight.discard(task)
        # the in-flight budget is split over the worker processes: together they keep `value` in flight; with a
        # profile, slots for its largest concurrency, each busy only while the profile there is above it
        profile = Profile(self.spec["load"]["profile"]) if self.spec["load"].get("profile") else None
        concurrency = int(self.spec["load"]["value"])
        peak = int(peak_load(self.spec["load"]))
        mine = concurrency // self.shards + (1 if self.shard < concurrency % self.shards else 0)
        if warmup:
            await asyncio.gather(*(self.loop.create_task(worker(warmup)) for _ in range(mine)))
        if not await self.window_opened():
            return
        self.next_index = warmup + (self.shard - warmup) % self.shards  # this process's first measured index
        if profile is not None:
            concurrency = peak
            mine = concurrency // self.shards + (1 if self.shard < concurrency % self.shards else 0)
        if self.spec["requests"]:  # fewer requests than slots: no slot waits out its ramp for nothing
            mine = min(mine, sum(1 for i in range(warmup, warmup + min(self.spec["requests"], concurrency))
                                 if self.own(i)))
        await asyncio.gather(*(self.loop.create_task(worker(math.inf, self.shard + j * self.shards))
                               for j in range(mine)))

    async def slot_active(self, profile, slot):
        """Waits until the profile's concurrency is above `slot`; False when it never will be again or on a stop."""
        while True:
            t = time.perf_counter() - self.measure_start
            if slot < round(profile.value_at(t)):
                return True
            if t >= profile.end or self.stop_requested:  # the last value holds from here on
                return False
            try:  # a stop ends the wait at once; otherwise look again in 20 ms
                await asyncio.wait_for(self.stop_event.wait(), timeout=0.02)
                return False
            except asyncio.TimeoutError:
                pass

    async def open_loop(self, start_perf):
        """A timer thread sleeps to each absolute deadline (clock_nanosleep, ~0.1 ms) and hands the send to
        the event loop; sleeping inside asyncio would round every wait up to the next millisecond."""
        rng = random.Random(self.spec["seed"] + 1)
        gaps = schedule_gaps(self.spec["load"], rng)
        finished = asyncio.Event()

        # a trace's first request is sent at its own time after the start, not at it
        offset = self.spec["load"]["times"][0] if self.spec["load"]["mode"] == "trace" else 0.0

        def timer():
            nonlocal gaps
            deadline = start_perf + offset
            index = 0
            while True:
                if index == self.spec["warmup"]:
                    # the measured schedule starts afresh once every warm-up request has ended
                    while not self.measure_ready.wait(0.05) and not self.stop_requested:
                        pass
                    if self.stop_requested:
                        break
                    deadline = self.measure_start + offset
                    if self.spec["load"]["mode"] == "trace" or self.spec["load"].get("profile"):
                        # the measured window replays the trace, or runs the profile, from its start
                        gaps = schedule_gaps(self.spec["load"], rng)
                if not self.may_issue(index, deadline):
                    break
                if self.own(index):
                    prepared = self.prepare(index)
                    now = time.perf_counter()
                    if deadline > now:
                        time.sleep(deadline - now)
                    handed = self.send_now(prepared[2])
                    self.loop.call_soon_threadsafe(self.start_task, index, deadline, prepared, handed)
                index += 1
                deadline += next(gaps)
            self.loop.call_soon_threadsafe(finished.set)

        thread = threading.Thread(target=timer, name="pacer", daemon=True)
        thread.start()
        await finished.wait()
        thread.join()

    # -- the phase -------------------------------------------------------------------------------

    async def heartbeat(self):
        while True:
            await asyncio.sleep(1.0)
            self.w.emit("heartbeat", sent=self.sent, done=self.done, failed=self.failed, in_flight=len(self.in_flight))
            self.w.flush()

    async def setup(self):
        """What takes time before the first send, done before `ready` so a barrier start is on time: the
        dataset, the first requests' bytes, and warm keep-alive connections (a first request that has to
        connect would start late by the TCP handshake)."""
        if self.items is not None:
            return
        self.loop = asyncio.get_running_loop()
        s = self.spec
        self.items = Dataset(s)
        from .tokenizer import calibrate  # prompts of the drawn token count, by the server's tokenizer
        self.prompts_info = await self.loop.run_in_executor(None, calibrate, s, self.items,
                                                            getattr(self, "api_key", None))
        if s["requests"] and not s["dataset"].get("sessions"):  # a session makes its turns as it goes
            count = min(s["warmup"] + s["requests"], self.PREPARE_AHEAD * self.shards)
            self.prepared = collections.deque()
            for i in range(count):
                if self.own(i):
                    self.prepared.append((i, self.prepare(i)))
        load = s["load"]
        if load["mode"] == "concurrency":
            # every slot gets its connection now: a handshake in the measured window would count in its request's
            # TTFT, and a server whose accept queue overflows (a busy engine at 1,000 streams) drops the
            # handshake's last ACK, so the request waits out TCP retransmissions (0.2-1 s) before the server sees it
            warm = min(self.MAX_WARM, math.ceil(load["value"] / self.shards))
        else:  # about the requests in flight during the first 50 ms
            warm = min(32, math.ceil(load["value"] / self.shards * 0.05))
        opened = []
        for first in range(0, max(2, warm), 64):  # a few at a time, so the server's accept queue never overflows
            opened += await asyncio.gather(*(self.pool.get() for _ in range(first, min(max(2, warm), first + 64))),
                                           return_exceptions=True)
        for conn in opened:
            if not isinstance(conn, BaseException):  # a server not up yet fails the real requests, not this
                self.pool.put(conn)

    async def run(self, start_unix=None):
        await self.setup()
        self.stop_event = asyncio.Event()
        if self.stop_requested:
            self.stop_event.set()
        s = self.spec
        target = s["load"]["value"] if s["load"]["mode"] != "concurrency" else None
        self.w.emit("phase_start", phase=s["phase"], rep=s["repetition"], node=s["node"], load=s["load"],
                    warmup=s["warmup"], requests=s["requests"], duration_s=s["duration_s"],
                    target_rate=target, start=us(start_unix) if start_unix else None,
                    prompts=getattr(self, "prompts_info", None))
        beat = self.loop.create_task(self.heartbeat())
        self.budget.start()
        probe = self.loop.create_task(self.budget.probe())
        start_perf = CLOCK.to_perf(start_unix) if start_unix else time.perf_counter()
        self.start_unix = start_unix or CLOCK.to_unix(start_perf)
        self.measure_event = asyncio.Event()
        if self.measure_unix is not None:  # a coordinator opened it early: this worker has no warm-up
            self.measure_event.set()
        if start_unix:
            await asyncio.sleep(max(0.0, start_perf - time.perf_counter()))
        if not s["warmup"]:  # without warm-up the phase is measured from its start, as it always was
            self.open_window(self.start_unix, 0.0)
        elif self.warm_left == 0:  # a worker that owns none of the warm-up requests
            self.warmup_drained()
        if s["dataset"].get("sessions"):
            from .sessions import SessionLoad
            driver = self.loop.create_task(SessionLoad(self).run(start_perf))
        else:
            driver = self.loop.create_task(
                self.closed_loop() if s["load"]["mode"] == "concurrency" else self.open_loop(start_perf))
        stopping = self.loop.create_task(self.stop_event.wait())
        try:
            await asyncio.wait([driver, stopping], return_when=asyncio.FIRST_COMPLETED)
            if self.stop_requested:
                # stop: no new requests; what is in flight gets the grace time, then is cancelled and recorded
                await asyncio.wait([driver] + list(self.in_flight), timeout=s["grace_s"])
                for task in list(self.in_flight):
                    task.cancel()
            await driver
            if self.in_flight:  # open loop: the last requests are still running when the schedule ends
                await asyncio.wait(list(self.in_flight))
        finally:
            stopping.cancel()
            beat.cancel()
            probe.cancel()
            self.pool.close()
        emit_phase_end(self.w, s, target, self)
        self.w.flush()
