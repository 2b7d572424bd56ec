"""serve-sim's HTTP side: routing, API keys, faults, ground truth, and the generation loop that writes each
token in the chosen engine's dialect (simdialects) as the engine model (simengine) produces it."""
import asyncio
import json
import os
import random
import time

from . import simmetrics, simtokenizer
from .clock import CLOCK, us
from .httpclient import TimedStreamReader
from .simdialects import jdump
from .simengine import SimEngine, SimSequence

REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
           413: "Payload Too Large", 422: "Unprocessable Entity", 424: "Failed Dependency",
           429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable"}
# what a reasoning model thinks aloud; the non-ASCII letters make the detokenizer hold bytes back now and then
THINKING = simtokenizer.encode(" Okay, the user wants a summary. Let me find the naïve reading first,"
                               " then check each claim against the article before I answer.")


def reasoning_draw(spec, rng):
    """`--reasoning-tokens`: N, or A-B for a uniform draw per request."""
    if not spec:
        return 0
    lo, _, hi = str(spec).partition("-")
    return int(lo) if not hi else rng.randint(int(lo), int(hi))


class AnswerSource:
    """The answer's tokens: the prompt's own, then the prompt again led by a space, as often as needed."""

    def __init__(self, text):
        self.first = simtokenizer.encode(text) if text is not None else THINKING
        self.again = simtokenizer.encode(" " + text) if text is not None else THINKING

    def piece(self, i):
        return self.first[i] if i < len(self.first) else self.again[(i - len(self.first)) % len(self.again)]


class KeepAlive:
    """Writes the dialect's keep-alive comment after `interval` seconds without a write, as axum's does."""

    def __init__(self, server, writer, data, interval):
        self.server, self.writer, self.data, self.interval = server, writer, data, interval
        self.handle = None
        self.touch()

    def touch(self):
        if self.handle:
            self.handle.cancel()
        self.handle = asyncio.get_running_loop().call_later(self.interval, self.fire)

    def fire(self):
        if not self.writer.is_closing():
            self.server.chunk(self.writer, self.data)
            self.touch()

    def cancel(self):
        if self.handle:
            self.handle.cancel()


class SimServer:
    def __init__(self, args, dialect):
        self.a = args
        self.d = dialect
        self.stats = simmetrics.EngineStats(dialect.name, args.max_model_len)
        self.engine = SimEngine(args, self.stats)
        self.rng = random.Random(args.seed)
        self.started = time.perf_counter()
        self.started_unix = time.time()
        if args.ground_truth:
            os.makedirs(os.path.dirname(os.path.abspath(args.ground_truth)), exist_ok=True)
        self.truth = open(args.ground_truth, "a", encoding="utf-8") if args.ground_truth else None
        self.counter = 0
        self.api_key = args.api_key
        if getattr(args, "api_key_file", None):
            with open(args.api_key_file, encoding="utf-8") as f:
                self.api_key = f.read().strip()

    def ready(self):
        return time.perf_counter() - self.started >= self.a.ready_delay_s

    def record(self, rid, arrival, status, prompt=None, completion=None, t=None, seq=None, tags=None):
        """`arrival` is (perf time, lag): the kernel's stamp of the request line and how much later the event
        loop read it (None without a kernel stamp), the simulator's own lag. `seq`'s queue and prefill times
        are the very floats its /metrics histograms observed. `tags` (or `t`): the client's session and turn."""
        if not self.truth:
            return
        t = t or {}
        tags = tags or t
        arrival, lag = arrival

        def stamp(x):
            return us(CLOCK.to_unix(x)) if x else None
        self.truth.write(json.dumps({
            "id": rid, "arrival": stamp(arrival), "arrival_lag": us(lag), "first_token": stamp(t.get("first")),
            "first_answer_token": stamp(t.get("answer")), "last_token": stamp(t.get("last")),
            "prompt_tokens": prompt, "completion_tokens": completion, "reasoning_tokens": t.get("reasoning"),
            "inline_reasoning_tokens": t.get("inline"), "chunks": t.get("chunks"),
            "reasoning_chunks": t.get("reasoning_chunks"), "dialect": self.d.name,
            "queue_s": seq.queue_s if seq else None, "prefill_s": seq.prefill_s if seq else None,
            "cached_tokens": seq.cached if seq and seq.scheduled is not None else None,
            "replica": getattr(self.a, "replica", 0), "session": tags.get("session"), "turn": tags.get("turn"),
            "status": status}) + "\n")
        self.truth.flush()

    # --- HTTP framing ---
    def head(self, code, headers):
        lines = [f"HTTP/1.1 {code} {REASONS.get(code, 'Error')}", "X-InferDeck-Simulated: true",
                 "Server: inferdeck-sim"]
        lines += [f"{k}: {v}" for k, v in headers]
        return ("\r\n".join(lines) + "\r\n\r\n").encode()

    def respond(self, writer, code, body, ctype="application/json", rid=None):
        headers = ([("Content-Type", ctype)] if ctype else []) + [("Content-Length", len(body))]
        if rid:
            headers.append(("X-Request-Id", rid))
        writer.write(self.head(code, headers) + body)

    def json_response(self, writer, code, obj, rid=None):
        self.respond(writer, code, jdump(obj, sort=self.d.name == "llamacpp"), rid=rid)

    def error(self, writer, code, message, rid=None):
        body, ctype = self.d.error_body(code, message)
        self.respond(writer, code, body, ctype, rid)

    @staticmethod
    def chunk(writer, data):
        writer.write(b"%x\r\n%s\r\n" % (len(data), data))

    async def handle(self, reader, writer):
        try:
            while True:
                line = await reader.readline()
                if not line:
                    return
                # when the request line arrived: the kernel's stamp where there is one (stamps.py)
                if isinstance(reader, TimedStreamReader):
                    arrival = (reader.arrived(), reader.lag)
                else:
                    arrival = (time.perf_counter(), None)
                method, _, rest = line.decode("latin-1").partition(" ")
                path = rest.split(" ")[0].split("?")[0]
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
        except (ConnectionError, asyncio.IncompleteReadError, ValueError, OSError):
            return
        finally:
            writer.close()

    def refused(self, path, headers, writer):
        """Answers a request that lacks the API key (401) or brings a wrong one; True when it did."""
        if not self.api_key or not self.d.requires_key(path):
            return False
        auth = headers.get("authorization")
        if auth == "Bearer " + self.api_key:
            return False
        code = 401 if auth is None else self.a.wrong_key_status
        body, ctype = self.d.auth_refused(code)
        self.respond(writer, code, body, ctype)
        return True

    def metrics(self, writer):
        """The engine's state in the dialect's Prometheus exposition (simmetrics)."""
        if self.d.name == "llamacpp" and not getattr(self.a, "metrics", False):
            body, ctype = simmetrics.llamacpp_disabled()
            self.respond(writer, 501, body, ctype)
            return
        body, ctype, extra = simmetrics.render(self.d.name, self.engine, self.stats, self.a, self.started_unix)
        writer.write(self.head(200, [("Content-Type", ctype), ("Content-Length", len(body))] + extra) + body)

    async def route(self, method, path, headers, body, writer, arrival):
        if method == "GET" and path == "/sim/load":  # the simulator's own load, for `telemetry --sim`; no key
            e = self.engine
            self.json_response(writer, 200, {
                "simulated": True, "running": len(e.running), "waiting": len(e.waiting), "kv_used_tokens": e.kv_used,
                "kv_capacity_tokens": self.a.kv_tokens, "tokens_emitted": e.tokens_emitted, "busy_s": e.busy_s,
                "uptime_s": time.perf_counter() - self.started})
            return True
        if self.refused(path, headers, writer):
            if method == "POST" and path.endswith("completions"):
                self.counter += 1
                rid = headers.get("x-request-id") or f"sim-{self.counter}"
                code = 401 if "authorization" not in headers else self.a.wrong_key_status
                self.record(rid, arrival, f"HTTP {code}")
            return True
        if method == "GET" and path == "/v1/models":
            if not self.ready():
                self.error(writer, 503, "loading model")
            else:
                self.json_response(writer, 200, self.d.models())
            return True
        if method == "GET" and path == "/health":
            self.respond(writer, 200 if self.ready() else 503, b"" if self.d.name != "llamacpp" else
                         (b'{"status":"ok"}' if self.ready() else self.d.error_body(503, "Loading model")[0]))
            return True
        if method == "GET" and path == "/metrics":
            self.metrics(writer)
            return True
        if method == "POST" and path in ("/v1/completions", "/v1/chat/completions"):
            return await self.generate(path.endswith("chat/completions"), headers, body, writer, arrival)
        handler = self.d.routes().get((method, path))
        if handler:
            try:
                answer = handler(json.loads(body) if body else {})
            except (ValueError, KeyError, TypeError, AttributeError) as e:
                self.error(writer, 422 if self.d.name == "tgi" else 400, f"bad request: {e}")
                return True
            self.json_response(writer, 200, answer)
            return True
        data, ctype = self.d.not_found
        self.respond(writer, 404, data, ctype)
        return True

    def parse(self, chat, body):
        req = json.loads(body)
        if chat:
            tokens = simtokenizer.encode_chat(req["messages"])
            text = simtokenizer.content_text(req["messages"][-1].get("content")) if req["messages"] else ""
        else:
            text = req["prompt"]
            if isinstance(text, list):
                text = " ".join(map(str, text))
            tokens = simtokenizer.encode(str(text), add_bos=True)
        # extractive, like a lead-N baseline: the answer repeats the prompt's text, token by token; past its end it
        # starts again after a space, so its text reads back as the tokens generated wherever it wraps or is cut
        # (a multi-turn history sends it back, and a real model's answer re-tokenizes to what it generated)
        answer_src = AnswerSource(str(text)) if str(text).strip() else AnswerSource(None)
        max_tokens = int(req.get("max_tokens") or req.get("max_completion_tokens") or 16)
        if max_tokens < 1:
            raise ValueError("max_tokens must be at least 1")
        return req, tokens, max_tokens, answer_src

    async def generate(self, chat, headers, body, writer, arrival):
        self.counter += 1
        rid = headers.get("x-request-id") or f"sim-{self.counter}"
        turn = headers.get("x-inferdeck-turn", "")
        tags = {"session": headers.get("x-inferdeck-session"), "turn": int(turn) if turn.isdigit() else None}
        bad = 422 if self.d.name == "tgi" else 400
        try:
            req, prompt_toks, max_tokens, answer_src = self.parse(chat, body)
        except (ValueError, KeyError, TypeError, AttributeError) as e:
            self.error(writer, bad, f"bad request: {e}", rid)
            self.record(rid, arrival, f"HTTP {bad}", tags=tags)
            return True
        prompt_tokens = len(prompt_toks)
        if prompt_tokens + max_tokens > self.a.max_model_len:
            self.error(writer, bad, f"This model's maximum context length is {self.a.max_model_len} tokens; the "
                                    f"request has {prompt_tokens} prompt tokens and asks for {max_tokens}", rid)
            self.record(rid, arrival, f"HTTP {bad}", prompt_tokens, tags=tags)
            return True
        if not self.ready():
            self.error(writer, 503, "loading model", rid)
            self.record(rid, arrival, "HTTP 503", prompt_tokens, tags=tags)
            return True
        if self.rng.random() < self.a.error_rate:
            code = self.a.error_status
            self.error(writer, code, "simulated failure", rid)
            self.record(rid, arrival, f"HTTP {code}", prompt_tokens, tags=tags)
            return True
        seq = SimSequence(rid, prompt_tokens, max_tokens, [t.id for t in prompt_toks])
        if not self.engine.submit(seq):
            self.error(writer, bad, "prompt + max_tokens exceed the KV capacity", rid)
            self.record(rid, arrival, f"HTTP {bad}", prompt_tokens, tags=tags)
            return True
        drop_at = self.rng.randint(1, max_tokens) if self.rng.random() < self.a.drop_rate else None
        stall_at = self.rng.randint(1, max_tokens) if self.rng.random() < self.a.stall_rate else None
        fail_at = self.rng.randint(1, max_tokens) if self.rng.random() < self.a.stream_error_rate else None
        thinking = min(reasoning_draw(self.a.reasoning_tokens, self.rng), max_tokens)
        stream = bool(req.get("stream"))
        # where the endpoint has no reasoning field (TGI, every /v1/completions) the thinking is answer text
        visible = chat and self.d.reasoning_field
        t = {"first": None, "answer": None, "last": None, "chunks": 0, "reasoning_chunks": 0,
             "reasoning": thinking if visible else 0, "inline": 0 if visible else thinking, **tags}
        try:
            if stream:
                return await self.stream(chat, req, rid, seq, prompt_tokens, max_tokens, thinking, visible,
                                         answer_src, t, writer, arrival, drop_at, stall_at, fail_at)
            texts = {"reasoning": [], "answer": []}
            detok = {"reasoning": simtokenizer.Detokenizer(), "answer": simtokenizer.Detokenizer()}
            while True:
                token = await seq.queue.get()
                if token is None:
                    break
                kind = "reasoning" if token <= thinking else "answer"
                texts[kind].append(detok[kind].push(self.pick(kind, token, thinking, answer_src)))
            t["first"] = t["last"] = time.perf_counter()
            self.json_response(writer, 200, self.full(chat, req, rid, "".join(texts["reasoning"]),
                                                       "".join(texts["answer"]), self.usage(prompt_tokens, seq.generated,
                                                                                            thinking)), rid)
            t["answer"] = t["first"] if texts["answer"] else None
            self.record(rid, arrival, "ok", prompt_tokens, seq.generated, t, seq)
            return True
        except (ConnectionError, OSError):
            seq.cancelled = True
            self.record(rid, arrival, "client disconnected", prompt_tokens, seq.generated, t, seq)
            return False

    @staticmethod
    def pick(kind, token, thinking, answer_src):
        if kind == "reasoning":
            return THINKING[(token - 1) % len(THINKING)]
        return answer_src.piece(token - thinking - 1)

    def usage(self, prompt, completion, thinking):
        u = {"prompt_tokens": prompt, "total_tokens": prompt + completion, "completion_tokens": completion}
        if self.a.report_reasoning_usage:  # the OpenAI shape; none of the four engines states it (SOURCES.md)
            u["completion_tokens_details"] = {"reasoning_tokens": thinking}
        return u

    def full(self, chat, req, rid, reasoning, answer, usage):
        """A non-streaming answer: the OpenAI shape with the dialect's reasoning field."""
        model = req.get("model", self.a.model)
        if not chat:
            return {"id": "cmpl-" + rid, "object": "text_completion", "created": int(time.time()), "model": model,
                    "choices": [{"index": 0, "text": reasoning + answer, "logprobs": None, "finish_reason": "length"}],
                    "usage": usage}
        message = {"role": "assistant", "content": answer}
        if self.d.reasoning_field:
            key = "reasoning" if self.d.name == "vllm" and self.d.legacy is None else "reasoning_content"
            message[key] = reasoning or None
        else:
            message["content"] = reasoning + answer
        return {"id": "chatcmpl-" + rid, "object": "chat.completion", "created": int(time.time()), "model": model,
                "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": "length"}],
                "usage": usage}

    async def stream(self, chat, req, rid, seq, prompt_tokens, max_tokens, thinking, visible, answer_src, t, writer,
                     arrival, drop_at, stall_at, fail_at):
        include_usage = bool((req.get("stream_options") or {}).get("include_usage"))
        s = self.d.stream(chat, rid, req.get("model", self.a.model), include_usage, prompt_tokens)
        sends_empty = self.d.name in ("vllm", "tgi") or (self.d.name == "sglang" and not chat)
        head = self.head(200, [("Content-Type", "text/event-stream"), ("Cache-Control", "no-cache"),
                               ("Transfer-Encoding", "chunked"), ("X-Request-Id", rid)])
        # llama-server answers only when the first result is there (an early error is a plain HTTP error)
        if self.d.name != "llamacpp":
            writer.write(head)
            head = b""
        keepalive = KeepAlive(self, writer, self.d.keepalive, self.a.keepalive_s) if self.d.keepalive else None
        detok = {"reasoning": simtokenizer.Detokenizer(), "answer": simtokenizer.Detokenizer()}
        try:
            while True:
                token = await seq.queue.get()
                if token is None:
                    break
                if stall_at == token:
                    await asyncio.sleep(self.a.stall_s)
                if drop_at == token:
                    writer.transport.abort()
                    seq.cancelled = True
                    self.record(rid, arrival, "dropped by fault injection", prompt_tokens, seq.generated, t, seq)
                    return False
                if fail_at == token:
                    seq.cancelled = True
                    if head:  # nothing sent yet: the error is the answer
                        self.error(writer, 500, "simulated engine failure", rid)
                        self.record(rid, arrival, "HTTP 500", prompt_tokens, seq.generated, t, seq)
                        return True
                    for w in self.d.stream_error("simulated engine failure"):
                        if w:
                            self.chunk(writer, w)
                    writer.write(b"0\r\n\r\n")
                    self.record(rid, arrival, "stream error: simulated engine failure", prompt_tokens,
                                seq.generated, t, seq)
                    return True
                kind = "reasoning" if token <= thinking else "answer"
                text = detok[kind].push(self.pick(kind, token, thinking, answer_src))
                last = token == max_tokens
                wire_kind = kind if visible else "answer"
                usage = self.usage(prompt_tokens, token, thinking) if last else None
                writes = s.token(wire_kind, text, last, usage)
                if writes:
                    writer.write(head + b"".join(b"%x\r\n%s\r\n" % (len(w), w) for w in writes))
                    head = b""
                    if keepalive:
                        keepalive.touch()
                if writes and (text or sends_empty):
                    now = time.perf_counter()
                    t["first"] = t["first"] or now
                    if text and wire_kind == "answer" and t["answer"] is None:
                        t["answer"] = now
                    t["last"] = now
                    t["chunks"] += 1
                    t["reasoning_chunks"] += wire_kind == "reasoning"
                if token % 16 == 0:
                    await writer.drain()
            writer.write(head)
            for w in s.end(self.usage(prompt_tokens, seq.generated, thinking)):
                if w:
                    self.chunk(writer, w)
            writer.write(b"0\r\n\r\n")
        finally:
            if keepalive:
                keepalive.cancel()
        self.record(rid, arrival, "ok", prompt_tokens, seq.generated, t, seq)
        return True
