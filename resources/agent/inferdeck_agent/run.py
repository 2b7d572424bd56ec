"""run: one phase of load, with barrier start, stop, journal, resume and worker processes."""
import asyncio
import gc
import json
import math
import os
import platform
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

from . import AGENT_VERSION, EXIT_OK, EXIT_FAILED, EXIT_USAGE
from .clock import CLOCK, us
from .budget import merge
from .events import EventWriter, replay_journal
from .loadgen import LoadGenerator, emit_phase_end, ramp_of
from .profile import peak_load
from .spec import SpecError, parse_spec


def read_control(loop, gen, go_future, stop_at_eof=False):
    """Reads control lines from stdin: `go <unix-time>` releases the barrier, `stop` stops the phase,
    `measure <unix-time> <ramp-s>` (to a worker, from its coordinator) opens the measured window.
    A worker process stops when its stdin closes: its coordinator is gone."""
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words[0] == "go" and len(words) == 2 and not go_future.done():
            try:
                when = float(words[1])
            except ValueError:
                continue
            loop.call_soon_threadsafe(lambda: go_future.done() or go_future.set_result(when))
        elif words[0] == "measure" and len(words) == 3:
            try:
                when, ramp = float(words[1]), float(words[2])
            except ValueError:
                continue
            loop.call_soon_threadsafe(gen.open_window, when, ramp)
        elif words[0] == "stop":
            loop.call_soon_threadsafe(gen.request_stop)
            loop.call_soon_threadsafe(lambda: go_future.done() or go_future.set_result(None))
    # stdin closed: the app is gone or has nothing more to say; a barrier would wait forever
    loop.call_soon_threadsafe(lambda: go_future.done() or go_future.set_result(None))
    if stop_at_eof:
        loop.call_soon_threadsafe(gen.request_stop)


# One Python process keeps a sub-millisecond schedule up to a few hundred requests/s (scripts/bench-agent);
# above that the agent spreads the schedule over worker processes, each owning every k-th request.
RATE_PER_WORKER = 450.0


# A closed loop's streams are spread the same way: one process reads about 256 streams' chunks with time to
# spare, and at 1,000 streams of an engine's ~20 ms steps (50,000 chunks/s) a single one is near a full core.
STREAMS_PER_WORKER = 256


def worker_count(spec):
    if spec["workers"]:
        return spec["workers"]
    per_worker = STREAMS_PER_WORKER if spec["load"]["mode"] == "concurrency" else RATE_PER_WORKER
    return max(1, min(usable_cpus(), math.ceil(peak_load(spec["load"]) / per_worker)))


def usable_cpus():
    """The CPUs this process may run on (a taskset or a container's cpuset), not all the machine has: more
    workers than those only take turns on them."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


class Coordinator:
    """Runs a phase on k worker processes and merges their events into this agent's one numbered stream:
    requests in completion order, heartbeats summed, and the phase's lateness and achieved rate computed
    from all requests, so the result cannot tell how many processes made it."""

    def __init__(self, spec, writer, k, api_key=None):
        self.spec, self.w, self.k = spec, writer, k
        self.api_key = api_key
        self.procs = []
        self.ready = set()
        self.ended = set()
        self.beats = [{"sent": 0, "done": 0, "failed": 0, "in_flight": 0} for _ in range(k)]
        self.lateness, self.send_times = [], []
        self.sent = self.done = self.failed = 0
        self.stop_requested = False
        self.all_ready = self.all_ended = None
        self.drained = {}  # worker -> E2E of its successful warm-up requests, once all of them ended
        self.start_unix = self.measure_unix = None
        self.ramp_s = 0.0
        self.budgets = []  # each worker's accuracy budget

    def accuracy(self):
        return merge(self.budgets)

    def request_stop(self):
        self.stop_requested = True
        self.tell("stop")

    def tell(self, line):
        for proc in self.procs:
            try:
                proc.stdin.write((line + "\n").encode())
                proc.stdin.flush()
            except (BrokenPipeError, OSError, ValueError):
                pass

    def on_line(self, worker, line):
        try:
            event = json.loads(line)
            kind = event.pop("type")
        except (ValueError, KeyError, AttributeError):
            self.w.emit("log", level="warn", source=f"worker {worker}", message=line.strip()[:500])
            return
        for key in ("v", "seq", "t"):
            event.pop(key, None)
        if kind == "request":
            ok = event["status"] == "ok"
            self.done += ok
            self.failed += not ok
            if event["intended"] is not None:
                self.lateness.append(event["send"] - event["intended"])
            if not event["warmup"]:
                self.send_times.append(event["send"])
            self.w.emit("request", **event)
        elif kind == "heartbeat":
            self.beats[worker] = event
        elif kind == "ready":
            self.ready.add(worker)
            self.prompts = event.get("prompts")  # every worker sized the same prompts the same way
            if len(self.ready) == self.k:
                self.all_ready.set()
        elif kind == "phase_end":
            self.sent += event.get("sent") or 0
            self.budgets.append(event.get("accuracy"))
        elif kind == "warmup_done":
            self.warmup_drained(worker, event.get("e2e_s") or [])
        elif kind == "end":
            self.ended.add(worker)
            self.warmup_drained(worker, [])  # a worker gone early must not hold the others' window shut
            if len(self.ended) == self.k:
                self.all_ended.set()
        elif kind in ("error", "log"):
            self.w.emit(kind, worker=worker, **event)
        # start and phase_start of a worker say nothing this agent has not said

    def warmup_drained(self, worker, e2e):
        """Once every worker's warm-up requests have all ended, the measured window opens for all of them
        at one instant, a little ahead so each worker reads it in time (as the `go` of an unbarriered start)."""
        if worker in self.drained or self.measure_unix is not None:
            return
        self.drained[worker] = e2e
        if len(self.drained) < self.k or self.stop_requested or not self.spec["warmup"]:
            return
        self.measure_unix = CLOCK.now() + 0.02
        self.ramp_s = ramp_of(self.spec, [e for w in self.drained.values() for e in w])
        self.tell(f"measure {self.measure_unix:.6f} {self.ramp_s:.6f}")

    async def heartbeat(self):
        while True:
            await asyncio.sleep(1.0)
            total = {key: sum(b.get(key, 0) for b in self.beats) for key in ("sent", "done", "failed", "in_flight")}
            self.w.emit("heartbeat", **total)
            self.w.flush()

    async def run(self, barrier):
        loop = asyncio.get_running_loop()
        self.all_ready, self.all_ended = asyncio.Event(), asyncio.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.request_stop)
        spec_file = tempfile.NamedTemporaryFile("w", prefix="inferdeck-spec-", suffix=".json", delete=False)
        json.dump(dict(self.spec, workers=1), spec_file)
        spec_file.close()
        try:
            for i in range(self.k):
                proc = subprocess.Popen([sys.executable, os.path.abspath(sys.argv[0]), "run", spec_file.name,
                                         "--worker", f"{i}/{self.k}"],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)
                self.procs.append(proc)
                if self.api_key:  # the worker reads it first, as this agent did: never argv, never a file
                    try:
                        proc.stdin.write(f"key {self.api_key}\n".encode())
                        proc.stdin.flush()
                    except (BrokenPipeError, OSError):
                        pass  # a worker that died at once is reported when it is waited for
                threading.Thread(target=self.pump, args=(loop, i, proc), name=f"worker-{i}", daemon=True).start()
            go = loop.create_future()
            threading.Thread(target=read_control, args=(loop, self, go), name="control", daemon=True).start()
            waiting = loop.create_task(self.all_ready.wait())
            ended = loop.create_task(self.all_ended.wait())
            await asyncio.wait([waiting, ended], return_when=asyncio.FIRST_COMPLETED)
            waiting.cancel()
        finally:
            os.unlink(spec_file.name)
        start_unix = None
        if self.all_ready.is_set():
            if barrier:
                self.w.emit("ready", node=self.spec["node"], phase=self.spec["phase"])
                self.w.flush()
                start_unix = await go
            else:
                start_unix = CLOCK.now() + 0.05  # far enough ahead that every worker sees `go` in time
            if start_unix is None:
                self.stop_requested = True
        s = self.spec
        self.start_unix = start_unix
        if start_unix is not None and not s["warmup"]:
            self.measure_unix = start_unix  # each worker measures from the common start
        target = s["load"]["value"] if s["load"]["mode"] != "concurrency" else None
        self.w.emit("phase_start", phase=s["phase"], rep=s["repetition"], node=s["node"], load=s["load"],
                    warmup=s["warmup"], requests=s["requests"], duration_s=s["duration_s"], target_rate=target,
                    start=us(start_unix) if start_unix else None, workers=[p.pid for p in self.procs],
                    prompts=getattr(self, "prompts", None))
        beat = loop.create_task(self.heartbeat())
        self.tell("stop" if start_unix is None else f"go {start_unix:.6f}")
        await ended
        beat.cancel()
        for i, proc in enumerate(self.procs):
            code = await loop.run_in_executor(None, proc.wait)
            if code != 0:
                self.w.emit("error", message=f"load-generator worker {i} exited with status {code}")
        emit_phase_end(self.w, s, target, self)
        self.w.flush()
        return self

    def pump(self, loop, worker, proc):
        for line in proc.stdout:
            loop.call_soon_threadsafe(self.on_line, worker, line)
        # a worker that dies without its `end` line still counts as ended, so the phase finishes
        loop.call_soon_threadsafe(self.on_line, worker, b'{"type":"end"}')


async def run_phase(spec, writer, barrier, shard=(0, 1), api_key=None):
    gen = LoadGenerator(spec, writer, shard, api_key=api_key)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, gen.request_stop)
    go = loop.create_future()
    threading.Thread(target=read_control, args=(loop, gen, go, shard[1] > 1), name="control", daemon=True).start()
    start_unix = None
    if barrier:
        await gen.setup()
        writer.emit("ready", node=spec["node"], phase=spec["phase"], prompts=getattr(gen, "prompts_info", None))
        writer.flush()
        start_unix = await go
        if start_unix is None:
            gen.stop_requested = True
    await gen.run(start_unix)
    return gen


def read_key_line():
    """The API key from the control line `key <secret>`, read before anything else on stdin; None when
    the line is missing or malformed. The line itself is never echoed, it may be the key."""
    line = sys.stdin.readline()
    words = line.strip().split(None, 1)
    if len(words) != 2 or words[0] != "key" or not words[1].strip() or any(c.isspace() for c in words[1].strip()):
        return None
    return words[1].strip()


def cmd_run(args):
    if args.resume_from is not None:
        if not args.journal or not os.path.exists(args.journal):
            print(f"inferdeck_agent: run --resume-from needs an existing --journal, found {args.journal!r}", file=sys.stderr)
            return EXIT_USAGE
        return EXIT_OK if replay_journal(args.journal, args.resume_from) else EXIT_FAILED
    try:
        raw = sys.stdin.read() if args.spec == "-" else open(args.spec, encoding="utf-8").read()
    except OSError as e:
        print(f"inferdeck_agent: cannot read the run spec {args.spec}: {e.strerror}", file=sys.stderr)
        return EXIT_USAGE
    try:
        spec = parse_spec(json.loads(raw))
    except ValueError as e:
        print(f"inferdeck_agent: the run spec is not valid JSON: {e}", file=sys.stderr)
        return EXIT_USAGE
    except SpecError as e:
        print(f"inferdeck_agent: bad run spec: {e}", file=sys.stderr)
        return EXIT_USAGE
    api_key = None
    if spec["api_key"] == "stdin":
        if args.spec == "-":
            print("inferdeck_agent: bad run spec: api_key: \"stdin\" needs the spec in a file, stdin carries the key",
                  file=sys.stderr)
            return EXIT_USAGE
        api_key = read_key_line()
        if api_key is None:
            print("inferdeck_agent: api_key is \"stdin\" but the first line on stdin was not `key <secret>`",
                  file=sys.stderr)
            return EXIT_USAGE
    # survive a dropped SSH connection: keep running and journaling, the app resumes from the journal
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    sys.setswitchinterval(0.00005)  # the pacer thread must get the GIL within a fraction of a millisecond
    shard = (0, 1)
    if args.worker:
        m = re.match(r"^(\d+)/(\d+)$", args.worker)
        if not m or not int(m.group(1)) < int(m.group(2)):
            print(f"inferdeck_agent: --worker expects W/K with W < K, found {args.worker!r}", file=sys.stderr)
            return EXIT_USAGE
        shard = (int(m.group(1)), int(m.group(2)))
    workers = 1 if args.worker else worker_count(spec)
    writer = EventWriter(None if args.worker else args.journal)
    writer.emit("start", agent_version=AGENT_VERSION, pid=os.getpid(), host=socket.gethostname(),
                python=platform.python_version(), spec=dict(spec, workers=workers),
                clock={"unix": us(CLOCK.now()), "perf": time.perf_counter()})
    # a cyclic collection pauses the loop for milliseconds; a phase is bounded, so collect only after it
    gc.collect()
    gc.disable()
    try:
        if workers > 1:
            gen = asyncio.run(Coordinator(spec, writer, workers, api_key).run(args.barrier))
        else:
            gen = asyncio.run(run_phase(spec, writer, args.barrier or bool(args.worker), shard, api_key))
    except SpecError as e:  # dataset problems surface while building it
        writer.emit("error", message=str(e), field=e.field)
        writer.emit("end", ok=False)
        writer.close()
        print(f"inferdeck_agent: bad run spec: {e}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        gc.enable()
    writer.emit("end", ok=True, stopped=gen.stop_requested, sent=gen.sent, done=gen.done, failed=gen.failed)
    writer.close()
    return EXIT_OK
