"""serve-sim: an OpenAI-compatible server on a continuous-batching engine model."""
import asyncio
import gc
import json
import os
import random
import signal
import time

from . import EXIT_OK
from .clock import CLOCK, us
from .datasets import VOCABULARY
from .events import EventWriter
from .httpclient import TimedStreamReader


#
# Defaults resemble Llama-3.1-8B-Instruct (bf16) on one H100 SXM under vLLM; every number is derived,
# not measured, and the server says it is a simulation in /v1/models and in every response header.
#  - decode step: reading the weights once per step, 16.1 GB (8.03 B parameters x 2 bytes) at the
#    H100 SXM's 3.35 TB/s HBM3 bandwidth = 4.8 ms, plus ~1.5 ms of scheduling and kernel launch
#    overhead -> 6.3 ms; vLLM's own H100 runs of this model report ~5-7 ms TPOT at small batch
#    (shared/fixtures/vllm: 5.2 ms median for the FP8 variant, half the weight bytes).
#  - KV read per step: 128 KiB per context token (2 x 32 layers x 8 KV heads x 128 dims x 2 bytes)
#    at 3.35 TB/s = 39 ns per token in the batch's contexts.
#  - prefill: compute-bound, 2 x 8.03 GFLOP per token at ~40 % of the H100's 989 dense BF16 TFLOPS
#    -> ~25,000 tokens/s; 20,000 to allow for attention.
#  - max_num_seqs 256 (vLLM's default); KV capacity (80 GB x 0.9 - 16.1 GB weights - ~2 GB
#    activations) / 128 KiB ~ 420,000 tokens.

class SimSequence:
    __slots__ = ("rid", "prompt", "max_tokens", "generated", "queue", "cancelled", "kv")

    def __init__(self, rid, prompt_tokens, max_tokens):
        self.rid = rid
        self.prompt = prompt_tokens
        self.max_tokens = max_tokens
        self.generated = 0
        self.queue = asyncio.Queue()
        self.cancelled = False
        self.kv = prompt_tokens + max_tokens  # reserved up front, as a conservative scheduler does


class SimEngine:
    def __init__(self, args):
        self.a = args
        self.waiting = []
        self.running = []
        self.kv_used = 0
        self.wakeup = asyncio.Event()
        self.tokens_emitted = 0
        self.busy_s = 0.0  # time spent in steps, for simulated utilization

    def submit(self, seq):
        if seq.kv > self.a.kv_tokens:
            return False
        self.waiting.append(seq)
        self.wakeup.set()
        return True

    def step_seconds(self, admitted):
        prefill = sum(s.prompt for s in admitted)
        context = sum(s.prompt + s.generated for s in self.running)
        return (self.a.decode_base_ms / 1e3 + self.a.kv_read_ns * 1e-9 * context
                + prefill / self.a.prefill_tps) / self.a.speed

    async def run(self):
        while True:
            if not self.running and not self.waiting:
                self.wakeup.clear()
                await self.wakeup.wait()
            for seq in [s for s in self.running if s.cancelled]:  # the client went away
                self._free(seq)
            self.running = [s for s in self.running if not s.cancelled]
            admitted = []
            while (self.waiting and len(self.running) < self.a.max_seqs
                   and self.kv_used + self.waiting[0].kv <= self.a.kv_tokens):
                seq = self.waiting.pop(0)
                if seq.cancelled:
                    continue
                self.kv_used += seq.kv
                self.running.append(seq)
                admitted.append(seq)
            if not self.running:
                continue
            start = time.perf_counter()
            deadline = start + self.step_seconds(admitted)
            await asyncio.sleep(max(0.0, deadline - time.perf_counter()))
            self.busy_s += time.perf_counter() - start
            still = []
            for seq in self.running:
                seq.generated += 1
                self.tokens_emitted += 1
                seq.queue.put_nowait(seq.generated)
                if seq.generated >= seq.max_tokens or seq.cancelled:
                    self._free(seq)
                    seq.queue.put_nowait(None)
                else:
                    still.append(seq)
            self.running = still

    def _free(self, seq):
        self.kv_used -= seq.kv


class SimServer:
    def __init__(self, args):
        self.a = args
        self.engine = SimEngine(args)
        self.rng = random.Random(args.seed)
        self.started = time.perf_counter()
        if args.ground_truth:
            os.makedirs(os.path.dirname(os.path.abspath(args.ground_truth)), exist_ok=True)
        self.truth = open(args.ground_truth, "a", encoding="utf-8") if args.ground_truth else None
        self.counter = 0

    def ready(self):
        return time.perf_counter() - self.started >= self.a.ready_delay_s

    def record(self, rid, arrival, first, last, prompt, completion, status):
        if self.truth:
            self.truth.write(json.dumps({"id": rid, "arrival": us(CLOCK.to_unix(arrival)),
                                         "first_token": us(CLOCK.to_unix(first)) if first else None,
                                         "last_token": us(CLOCK.to_unix(last)) if last else None,
                                         "prompt_tokens": prompt, "completion_tokens": completion,
                                         "status": status}) + "\n")
            self.truth.flush()

    @staticmethod
    def head(code, reason, headers):
        lines = [f"HTTP/1.1 {code} {reason}", "X-InferDeck-Simulated: true", "Server: inferdeck-sim"]
        lines += [f"{k}: {v}" for k, v in headers]
        return ("\r\n".join(lines) + "\r\n\r\n").encode()

    def json_response(self, writer, code, reason, obj, rid=None):
        body = json.dumps(obj).encode()
        headers = [("Content-Type", "application/json"), ("Content-Length", len(body))]
        if rid:
            headers.append(("X-Request-Id", rid))
        writer.write(self.head(code, reason, headers) + body)

    async def handle(self, reader, writer):
        try:
            while True:
                line = await reader.readline()
                if not line:
                    return
                # when the request line arrived, as the event loop saw the socket ready
                arrival = reader.arrived() if isinstance(reader, TimedStreamReader) else time.perf_counter()
                method, _, rest = line.decode("latin-1").partition(" ")
                path = rest.split(" ")[0]
                headers = {}
                while True:
                    h = await reader.readline()
                    if h in (b"\r\n", b"\n", b""):
                        break
                    k, _, v = h.decode("latin-1").partition(":")
                    headers[k.strip().lower()] = v.strip()
                body = await reader.readexactly(int(headers.get("content-length", "0") or 0))
                keep = await self.route(method, path, headers, body, writer, arrival)
                await writer.drain()
                if not keep:
                    return
        except (ConnectionError, asyncio.IncompleteReadError, ValueError):
            return
        finally:
            writer.close()

    async def route(self, method, path, headers, body, writer, arrival):
        if method == "GET" and path == "/v1/models":
            if not self.ready():
                self.json_response(writer, 503, "Service Unavailable", {"error": {"message": "loading model"}})
                return True
            self.json_response(writer, 200, "OK", {"object": "list", "data": [
                {"id": self.a.model, "object": "model", "owned_by": "inferdeck-sim", "simulated": True,
                 "max_model_len": self.a.kv_tokens}]})
            return True
        if method == "GET" and path == "/health":
            self.json_response(writer, 200 if self.ready() else 503, "OK" if self.ready() else "Service Unavailable", {})
            return True
        if method == "GET" and path == "/metrics":
            e = self.engine
            self.json_response(writer, 200, "OK", {
                "simulated": True, "running": len(e.running), "waiting": len(e.waiting), "kv_used_tokens": e.kv_used,
                "kv_capacity_tokens": self.a.kv_tokens, "tokens_emitted": e.tokens_emitted, "busy_s": e.busy_s,
                "uptime_s": time.perf_counter() - self.started})
            return True
        if method == "POST" and path in ("/v1/completions", "/v1/chat/completions"):
            return await self.generate(path.endswith("chat/completions"), headers, body, writer, arrival)
        self.json_response(writer, 404, "Not Found", {"error": {"message": f"no route {method} {path}"}})
        return True

    async def generate(self, chat, headers, body, writer, arrival):
        self.counter += 1
        rid = headers.get("x-request-id") or f"sim-{self.counter}"
        try:
            req = json.loads(body)
            if chat:
                prompt = " ".join(str(m.get("content", "")) for m in req["messages"])
            else:
                prompt = req["prompt"]
                if isinstance(prompt, list):
                    prompt = " ".join(map(str, prompt))
            max_tokens = int(req.get("max_tokens") or req.get("max_completion_tokens") or 16)
            if max_tokens < 1:
                raise ValueError("max_tokens must be at least 1")
        except (ValueError, KeyError, TypeError, AttributeError) as e:
            self.json_response(writer, 400, "Bad Request", {"error": {"message": f"bad request: {e}"}}, rid)
            self.record(rid, arrival, None, None, None, None, "HTTP 400")
            return True
        prompt_words = prompt.split()
        prompt_tokens = max(1, len(prompt_words))
        if not self.ready():
            self.json_response(writer, 503, "Service Unavailable", {"error": {"message": "loading model"}}, rid)
            self.record(rid, arrival, None, None, prompt_tokens, None, "HTTP 503")
            return True
        if self.rng.random() < self.a.error_rate:
            code = self.a.error_status
            self.json_response(writer, code, "Error", {"error": {"message": "simulated failure", "code": code}}, rid)
            self.record(rid, arrival, None, None, prompt_tokens, None, f"HTTP {code}")
            return True
        seq = SimSequence(rid, prompt_tokens, max_tokens)
        if not self.engine.submit(seq):
            self.json_response(writer, 400, "Bad Request",
                               {"error": {"message": f"prompt + max_tokens exceed the KV capacity"}}, rid)
            self.record(rid, arrival, None, None, prompt_tokens, None, "HTTP 400")
            return True
        drop_at = self.rng.randint(1, max_tokens) if self.rng.random() < self.a.drop_rate else None
        stall_at = self.rng.randint(1, max_tokens) if self.rng.random() < self.a.stall_rate else None
        stream = bool(req.get("stream"))
        usage_wanted = bool((req.get("stream_options") or {}).get("include_usage"))
        model = req.get("model", self.a.model)
        first = last = None
        created = int(time.time())
        try:
            if stream:
                writer.write(self.head(200, "OK", [("Content-Type", "text/event-stream"), ("Cache-Control", "no-cache"),
                                                   ("Transfer-Encoding", "chunked"), ("X-Request-Id", rid)]))
                if chat:  # vLLM opens a chat stream with a role-only delta
                    self.sse(writer, {"id": rid, "object": "chat.completion.chunk", "created": created, "model": model,
                                      "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]})
            text = []
            while True:
                token = await seq.queue.get()
                if token is None:
                    break
                if stall_at == token:
                    await asyncio.sleep(self.a.stall_s)
                if drop_at == token:
                    writer.transport.abort()
                    seq.cancelled = True
                    self.record(rid, arrival, first, last, prompt_tokens, seq.generated, "dropped by fault injection")
                    return False
                # extractive, like a lead-N baseline: the answer repeats the prompt's words in order
                word = " " + (prompt_words[(token - 1) % len(prompt_words)] if prompt_words
                              else VOCABULARY[(token * 7 + len(rid)) % len(VOCABULARY)])
                text.append(word)
                if stream:
                    choice = {"index": 0, "delta": {"content": word}} if chat else {"index": 0, "text": word}
                    choice["finish_reason"] = "length" if token == max_tokens else None
                    self.sse(writer, {"id": rid, "object": "chat.completion.chunk" if chat else "text_completion",
                                      "created": created, "model": model, "choices": [choice]})
                    now = time.perf_counter()
                    first = first or now
                    last = now
                    if token % 16 == 0:
                        await writer.drain()
            usage = {"prompt_tokens": prompt_tokens, "completion_tokens": seq.generated,
                     "total_tokens": prompt_tokens + seq.generated}
            if stream:
                if usage_wanted:
                    self.sse(writer, {"id": rid, "object": "chat.completion.chunk" if chat else "text_completion",
                                      "created": created, "model": model, "choices": [], "usage": usage})
                writer.write(b"e\r\ndata: [DONE]\n\n\r\n0\r\n\r\n")
            else:
                message = "".join(text)
                choice = ({"index": 0, "message": {"role": "assistant", "content": message}, "finish_reason": "length"}
                          if chat else {"index": 0, "text": message, "finish_reason": "length"})
                self.json_response(writer, 200, "OK", {"id": rid, "object": "chat.completion" if chat else "text_completion",
                                                       "created": created, "model": model, "choices": [choice],
                                                       "usage": usage}, rid)
                first = last = time.perf_counter()
            self.record(rid, arrival, first, last, prompt_tokens, seq.generated, "ok")
            return True
        except (ConnectionError, OSError):
            seq.cancelled = True
            self.record(rid, arrival, first, last, prompt_tokens, seq.generated, "client disconnected")
            return False

    @staticmethod
    def sse(writer, obj):
        data = b"data: " + json.dumps(obj, separators=(",", ":")).encode() + b"\n\n"
        writer.write(b"%x\r\n%s\r\n" % (len(data), data))


async def serve_sim(args):
    # the server runs indefinitely, so it keeps collecting, but rarely: fewer millisecond pauses in the
    # timing it reports as ground truth
    gc.collect()
    gc.freeze()
    gc.set_threshold(100_000, 50, 100)
    server = SimServer(args)
    engine_task = asyncio.get_running_loop().create_task(server.engine.run())
    loop = asyncio.get_running_loop()

    def connection():
        reader = TimedStreamReader(limit=1 << 20, loop=loop)
        return asyncio.StreamReaderProtocol(reader, server.handle, loop=loop)

    srv = await loop.create_server(connection, args.host, args.port, backlog=4096)
    port = srv.sockets[0].getsockname()[1]
    w = EventWriter()
    w.emit("listening", host=args.host, port=port, model=args.model, simulated=True, pid=os.getpid())
    w.flush()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with srv:
        await stop.wait()
    engine_task.cancel()
    if server.truth:
        server.truth.close()
    return EXIT_OK
