"""Each engine's wire shapes for serve-sim, transcribed from the engines' source at the commits listed in
tests/data/agent/dialects/SOURCES.md (read there, written here in our own code).

A dialect turns "token k of this request, reasoning or answer, with this text" into the bytes the engine
would write: one list entry per write (one HTTP chunk), since when bytes leave together matters to a client
that timestamps them. It also answers the info, model list and tokenize endpoints and shapes errors.
"""
import abc
import hashlib
import json
import random
import time

from . import simtokenizer

DIALECTS = ("vllm", "sglang", "tgi", "llamacpp")
# legacy shapes: name -> (dialect, what differs)
LEGACY = {
    "vllm-reasoning-content": ("vllm", "reasoning streamed as delta.reasoning_content only (vLLM before `reasoning`)"),
    "tgi-2.1": ("tgi", "no data:[DONE] (added in 2.2.0) and no usage (added in 2.3.0)"),
    "tgi-2.2": ("tgi", "data:[DONE] but no usage (added in 2.3.0)"),
    "llamacpp-old": ("llamacpp", "no data: [DONE]; a mid-stream error is an `error: {...}` line"),
    "llamacpp-old-done": ("llamacpp", "a mid-stream error is an `error: {...}` line followed by data: [DONE]"),
}
VERSIONS = {"vllm": "0.11.1", "sglang": "0.5.5", "tgi": "3.3.6-dev0", "llamacpp": "b6950",
            "tgi-2.1": "2.1.1", "tgi-2.2": "2.2.0", "llamacpp-old": "b3600", "llamacpp-old-done": "b4400",
            "vllm-reasoning-content": "0.9.2"}
SIM_NOTE = "simulated by InferDeck serve-sim"


def jdump(obj, sort=False):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False, sort_keys=sort).encode("utf-8")


class Dialect(abc.ABC):
    """One engine's wire shapes; each engine answers errors, mid-stream failures and /v1/models its own way."""

    name = "?"
    sse_prefix = b"data: "
    auth_body = b'{"error":"Unauthorized"}'  # FastAPI's JSONResponse of {"error": "Unauthorized"}
    auth_exempt = ("/health", "/metrics", "/version", "/ping", "/tokenize", "/detokenize")
    not_found = (b'{"detail":"Not Found"}', "application/json")
    reasoning_field = True  # the chat stream has a field for reasoning text

    def __init__(self, legacy=None, version=None, model="m", max_model_len=131072):
        self.legacy = legacy
        self.version = version or VERSIONS[legacy or self.name]
        self.model = model
        self.max_model_len = max_model_len
        self.done = True
        self.usage = True

    # --- framing ---
    def event(self, obj):
        return self.sse_prefix + self.encode(obj) + b"\n\n"

    def encode(self, obj):
        return jdump(obj)

    def done_write(self):
        return self.sse_prefix + b"[DONE]\n\n" if self.done else None

    keepalive = None  # bytes a server writes while a stream is idle, if it does

    # --- per request ---
    def stream(self, chat, rid, model, include_usage, prompt_tokens):
        return self.Stream(self, chat, rid, model, include_usage, prompt_tokens)

    # --- errors ---
    @abc.abstractmethod
    def error_body(self, status, message):
        """(body bytes, content type) of an HTTP error answer."""

    def auth_refused(self, status):
        return self.auth_body, "application/json"

    def requires_key(self, path):
        return path.startswith("/v1")

    @abc.abstractmethod
    def stream_error(self, message):
        """Writes for an error that happens after the stream began."""

    # --- endpoints ---
    def routes(self):
        return {}

    @abc.abstractmethod
    def models(self):
        """The body of GET /v1/models."""


ERROR_TYPES = {400: "BadRequestError", 401: "UnauthorizedError", 404: "NotFoundError", 422: "BadRequestError",
               429: "TooManyRequestsError", 500: "InternalServerError", 503: "ServiceUnavailableError"}


class Vllm(Dialect):
    """vLLM's OpenAI server (FastAPI + pydantic: compact JSON, UTF-8 unescaped)."""
    name = "vllm"

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.mirror_reasoning = self.legacy != "vllm-reasoning-content"

    def error_body(self, status, message):
        return jdump({"error": {"message": message, "type": ERROR_TYPES.get(status, "InternalServerError"),
                                "param": None, "code": status}}), "application/json"

    def stream_error(self, message):
        body, _ = self.error_body(500, message)
        return [self.sse_prefix + body + b"\n\n", self.done_write()]

    def models(self):
        now = int(time.time())
        return {"object": "list", "data": [{
            "id": self.model, "object": "model", "created": now, "owned_by": "vllm", "root": self.model,
            "parent": None, "max_model_len": self.max_model_len,
            "permission": [{"id": "modelperm-sim", "object": "model_permission", "created": now,
                            "allow_create_engine": False, "allow_sampling": True, "allow_logprobs": True,
                            "allow_search_indices": False, "allow_view": True, "allow_fine_tuning": False,
                            "organization": "*", "group": None, "is_blocking": False}],
            "simulated": True}]}

    def routes(self):
        return {("GET", "/version"): lambda req: {"version": self.version},
                ("POST", "/tokenize"): self.tokenize}

    def tokenize(self, req):
        if "messages" in req:
            toks = simtokenizer.encode_chat(req["messages"], bool(req.get("add_generation_prompt", True)))
        else:
            toks = simtokenizer.encode(str(req["prompt"]), bool(req.get("add_special_tokens", True)))
        out = {"count": len(toks), "max_model_len": self.max_model_len, "tokens": [t.id for t in toks],
               "token_strs": [t.piece for t in toks] if req.get("return_token_strs") else None}
        return out

    class Stream:
        def __init__(self, d, chat, rid, model, include_usage, prompt_tokens):
            self.d, self.chat, self.model, self.include_usage = d, chat, model, include_usage
            self.id = ("chatcmpl-" if chat else "cmpl-") + rid
            self.created = int(time.time())
            self.first = True

        def head(self, choices, **extra):
            obj = {"id": self.id, "object": "chat.completion.chunk" if self.chat else "text_completion",
                   "created": self.created, "model": self.model, "choices": choices}
            obj.update(extra)
            return obj

        def delta(self, kind, text):
            if kind == "answer":
                return {"content": text, "reasoning_content": None} if self.d.mirror_reasoning else {"content": text}
            if self.d.mirror_reasoning:  # `reasoning`, copied into the deprecated `reasoning_content` by a validator
                return {"reasoning": text, "reasoning_content": text}
            return {"reasoning_content": text}

        def token(self, kind, text, last, usage=None):
            """Writes for one generated token (text "" when the detokenizer holds bytes back)."""
            writes = []
            if not self.chat:
                choice = {"index": 0, "text": text, "logprobs": None, "finish_reason": "length" if last else None,
                          "stop_reason": None, "prompt_token_ids": None, "token_ids": None}
                return [self.d.event(self.head([choice], usage=None))]
            if self.first:  # sent when the engine's first output arrives, ahead of the token's own chunk
                role = {"role": "assistant", "content": ""}
                if self.d.mirror_reasoning:
                    role["reasoning_content"] = None
                writes.append(self.d.event(self.head([{"index": 0, "delta": role, "logprobs": None,
                                                        "finish_reason": None}], prompt_token_ids=None)))
                self.first = False
            choice = {"index": 0, "delta": self.delta(kind, text), "logprobs": None,
                      "finish_reason": "length" if last else None}
            if last:
                choice["stop_reason"] = None
            choice["token_ids"] = None
            writes.append(self.d.event(self.head([choice])))
            return writes

        def end(self, usage):
            writes = []
            if self.include_usage and self.d.usage:
                writes.append(self.d.event(self.head([], usage=usage)))
            writes.append(self.d.done_write())
            return writes


class Sglang(Dialect):
    """SGLang's OpenAI server (FastAPI + pydantic model_dump_json(): every field, nulls included)."""
    name = "sglang"

    def error_body(self, status, message):
        return jdump({"object": "error", "message": message, "type": ERROR_TYPES.get(status, "InternalServerError"),
                      "param": None, "code": status}), "application/json"

    def stream_error(self, message):
        body, _ = self.error_body(400, message)
        return [self.sse_prefix + b'{"error":' + body + b"}\n\n", self.done_write()]

    def requires_key(self, path):
        return path not in ("/health", "/health_generate", "/metrics")

    def models(self):
        return {"object": "list", "data": [{"id": self.model, "object": "model", "created": int(time.time()),
                                            "owned_by": "sglang", "root": self.model, "parent": None,
                                            "max_model_len": self.max_model_len, "simulated": True}]}

    def server_info(self, req):
        return {"model_path": self.model, "tokenizer_path": self.model, "served_model_name": self.model,
                "context_length": self.max_model_len, "version": self.version, "simulated": True,
                "note": SIM_NOTE}

    def routes(self):
        tok = self.tokenize
        return {("GET", "/get_server_info"): self.server_info, ("GET", "/server_info"): self.server_info,
                ("GET", "/get_model_info"): lambda req: {"model_path": self.model, "tokenizer_path": self.model,
                                                         "is_generation": True},
                ("POST", "/v1/tokenize"): tok, ("POST", "/tokenize"): tok}

    def tokenize(self, req):
        add = bool(req.get("add_special_tokens", True))
        prompt = req["prompt"]
        if isinstance(prompt, list):
            ids = [[t.id for t in simtokenizer.encode(str(p), add)] for p in prompt]
            return {"tokens": ids, "count": [len(x) for x in ids], "max_model_len": self.max_model_len}
        ids = [t.id for t in simtokenizer.encode(str(prompt), add)]
        return {"tokens": ids, "count": len(ids), "max_model_len": self.max_model_len}

    class Stream:
        def __init__(self, d, chat, rid, model, include_usage, prompt_tokens):
            self.d, self.chat, self.model, self.include_usage = d, chat, model, include_usage
            self.id = hashlib.md5(rid.encode()).hexdigest()  # SGLang ids are uuid4 hex
            self.created = int(time.time())
            self.first = True

        def chunk(self, choices, usage=None):
            return {"id": self.id, "object": "chat.completion.chunk" if self.chat else "text_completion",
                    "created": self.created, "model": self.model, "choices": choices, "usage": usage}

        @staticmethod
        def delta(role=None, content=None, reasoning=None):
            return {"role": role, "content": content, "reasoning_content": reasoning, "tool_calls": None}

        def choice(self, delta, finish=None):
            return {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish, "matched_stop": None}

        def token(self, kind, text, last, usage=None):
            if not self.chat:  # every output is sent, an empty delta too; the last carries finish_reason
                return [self.d.event(self.chunk([{"index": 0, "text": text, "logprobs": None,
                                                  "finish_reason": "length" if last else None,
                                                  "matched_stop": None}]))]
            writes = []
            if self.first:
                writes.append(self.d.event(self.chunk([self.choice(self.delta("assistant", ""))])))
                self.first = False
            if text:  # an empty delta (bytes held back) is not sent
                d = self.delta(reasoning=text) if kind == "reasoning" else self.delta(content=text)
                writes.append(self.d.event(self.chunk([self.choice(d)])))
            return writes

        def end(self, usage):
            writes = []
            if self.chat:  # finish_reason comes in a chunk of its own after the last token
                writes.append(self.d.event(self.chunk([self.choice(self.delta(), "length")])))
            if self.include_usage:
                u = dict(usage)
                if self.chat:
                    u.setdefault("prompt_tokens_details", None)
                writes.append(self.d.event(self.chunk([], u)))  # completions: model_dump_json(exclude_none=True)
            writes.append(self.d.done_write())
            return writes


class Tgi(Dialect):
    """Text Generation Inference's router (axum: `data:` without a space, `:` keep-alive comments)."""
    name = "tgi"
    sse_prefix = b"data:"
    keepalive = b":\n\n"
    reasoning_field = False  # TGI has no reasoning parser: a thinking model's text is content
    not_found = (b"", None)

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.done = self.legacy != "tgi-2.1"
        self.usage = self.legacy not in ("tgi-2.1", "tgi-2.2")
        self.fingerprint = f"{self.version}-native"

    def error_body(self, status, message):
        kind = {422: "validation", 429: "overloaded", 424: "generation"}.get(status, "incomplete_generation")
        return jdump({"error": message, "error_type": kind}), "application/json"

    def auth_refused(self, status):
        return b"", None  # axum's bare StatusCode::UNAUTHORIZED

    def requires_key(self, path):
        return path not in ("/info", "/health", "/v1/models", "/metrics", "/chat_tokenize")

    def stream_error(self, message):
        return [self.event({"error": {"message": message, "http_status_code": 422}}), self.done_write()]

    def info(self, req):
        return {"model_id": self.model, "model_sha": None, "model_pipeline_tag": "text-generation",
                "max_concurrent_requests": 128, "max_best_of": 2, "max_stop_sequences": 4,
                "max_input_tokens": self.max_model_len - 1, "max_total_tokens": self.max_model_len,
                "validation_workers": 2, "max_client_batch_size": 4, "router": "text-generation-router",
                "version": self.version, "sha": None, "docker_label": SIM_NOTE}

    def routes(self):
        return {("GET", "/info"): self.info, ("POST", "/tokenize"): self.tokenize,
                ("POST", "/chat_tokenize"): self.chat_tokenize}

    def chat_tokenize(self, req):
        text = simtokenizer.render_chat(req["messages"])
        return {"tokenize_response": [{"id": t.id, "text": t.piece, "start": t.start, "stop": t.stop}
                                      for t in simtokenizer.encode_chat(req["messages"])],
                "templated_text": text}

    def tokenize(self, req):
        text = str(req["inputs"])
        raw = text.encode("utf-8")
        return [{"id": t.id, "text": raw[t.start:t.stop].decode("utf-8", "replace"), "start": t.start,
                 "stop": t.stop} for t in simtokenizer.encode(text, add_bos=True)]

    def models(self):
        return {"object": "list", "data": [{"id": self.model, "object": "model", "created": 0,
                                            "owned_by": self.model}]}

    class Stream:
        def __init__(self, d, chat, rid, model, include_usage, prompt_tokens):
            self.d, self.chat, self.include_usage = d, chat, include_usage
            self.model = d.model if model in (None, "tgi") else model

        def token(self, kind, text, last, usage=None):
            now = int(time.time())
            if self.chat:
                obj = {"object": "chat.completion.chunk", "id": "", "created": now, "model": self.model,
                       "system_fingerprint": self.d.fingerprint,
                       "choices": [{"index": 0, "delta": {"role": "assistant", "content": text}, "logprobs": None,
                                    "finish_reason": "length" if last else None}], "usage": None}
                return [self.d.event(obj)]
            choice = {"index": 0, "text": text, "logprobs": None, "finish_reason": "length" if last else ""}
            if not last:
                obj = {"object": "text_completion", "id": "", "created": now, "choices": [choice],
                       "model": self.model, "system_fingerprint": self.d.fingerprint}
            else:  # CompletionFinal: its own field order, and the totals when the version has them
                obj = {"object": "text_completion", "id": "", "created": now, "model": self.model,
                       "system_fingerprint": self.d.fingerprint, "choices": [choice]}
                if self.d.usage:
                    obj["usage"] = tgi_usage(usage)
            return [self.d.event(obj)]

        def end(self, usage):
            writes = []
            if self.chat and self.include_usage and self.d.usage:
                writes.append(self.d.event({"object": "chat.completion.chunk", "id": "", "created": int(time.time()),
                                            "model": self.model, "system_fingerprint": self.d.fingerprint,
                                            "choices": [], "usage": tgi_usage(usage)}))
            writes.append(self.d.done_write())
            return writes


def tgi_usage(usage):
    return {"prompt_tokens": usage["prompt_tokens"], "completion_tokens": usage["completion_tokens"],
            "total_tokens": usage["total_tokens"]}


class Llamacpp(Dialect):
    """llama.cpp's llama-server (nlohmann::json: keys in sorted order)."""
    name = "llamacpp"
    auth_exempt = ("/health", "/v1/health", "/models", "/v1/models", "/api/tags")
    not_found = (b'{"error":{"code":404,"message":"File Not Found","type":"not_found_error"}}', "application/json")

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.done = self.legacy != "llamacpp-old"
        self.old_error = self.legacy in ("llamacpp-old", "llamacpp-old-done")
        self.build = f"{self.version}-inferdeck-sim"

    def encode(self, obj):
        return jdump(obj, sort=True)

    @staticmethod
    def error_json(status, message):
        kind = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
                404: "not_found_error", 501: "not_supported_error", 503: "unavailable_error"}.get(status, "server_error")
        return {"code": status, "message": message, "type": kind}

    def error_body(self, status, message):
        return jdump({"error": self.error_json(status, message)}, sort=True), "application/json; charset=utf-8"

    def auth_refused(self, status):
        return self.error_body(status, "Invalid API Key")

    def requires_key(self, path):
        return path not in self.auth_exempt

    def stream_error(self, message):
        err = self.error_json(500, message)
        if self.old_error:
            return [b"error: " + jdump(err, sort=True) + b"\n\n", self.done_write()]
        return [self.event({"error": err})]  # the current server ends the stream after an error

    def props(self, req):
        return {"default_generation_settings": {"n_ctx": self.max_model_len, "model": self.model},
                "total_slots": 4, "model_path": f"/models/{self.model}.gguf ({SIM_NOTE})",
                "chat_template": "", "build_info": self.build}

    def routes(self):
        return {("GET", "/props"): self.props, ("POST", "/tokenize"): self.tokenize,
                ("POST", "/apply-template"): lambda req: {"prompt": simtokenizer.render_chat(req["messages"])}}

    def tokenize(self, req):
        toks = simtokenizer.encode(str(req.get("content", "")), bool(req.get("add_special", False)),
                                   bool(req.get("parse_special", True)))
        if req.get("with_pieces"):
            return {"tokens": [{"id": t.id, "piece": t.data.decode("utf-8", "replace")} for t in toks]}
        return {"tokens": [t.id for t in toks]}

    def models(self):
        return {"object": "list", "data": [{"id": self.model, "object": "model", "created": int(time.time()),
                                            "owned_by": "llamacpp",
                                            "meta": {"n_ctx_train": self.max_model_len, "vocab_type": 2,
                                                     "n_vocab": simtokenizer.VOCAB_SIZE}}]}

    class Stream:
        def __init__(self, d, chat, rid, model, include_usage, prompt_tokens):
            self.d, self.chat, self.model, self.include_usage = d, chat, model, include_usage
            self.id = "chatcmpl-" + "".join(  # gen_chatcmplid(), for /v1/completions too
                random.choice("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(24))
            self.started = time.perf_counter()
            self.first_at = None
            self.n = 0
            self.prompt_tokens = prompt_tokens

        def obj(self, choices, **extra):
            o = {"choices": choices, "created": int(time.time()), "id": self.id, "model": self.model,
                 "object": "chat.completion.chunk" if self.chat else "text_completion",
                 "system_fingerprint": self.d.build}
            o.update(extra)
            return o

        def token(self, kind, text, last, usage=None):
            self.n += 1
            if self.first_at is None:
                self.first_at = time.perf_counter()
            if not text:
                return []  # an incomplete UTF-8 character waits for the token that completes it
            if not self.chat:
                return [self.d.event(self.obj([{"finish_reason": None, "index": 0, "logprobs": None, "text": text}]))]
            body = b""
            if self.n == 1:  # the role goes out with the first token, in the same write
                body += self.d.event(self.obj([{"delta": {"content": None, "role": "assistant"},
                                                "finish_reason": None, "index": 0}]))
            delta = {"reasoning_content": text} if kind == "reasoning" else {"content": text}
            body += self.d.event(self.obj([{"delta": delta, "finish_reason": None, "index": 0}]))
            return [body]

        def timings(self):
            now = time.perf_counter()
            prompt_ms = ((self.first_at or now) - self.started) * 1e3
            gen_ms = (now - (self.first_at or now)) * 1e3
            return {"cache_n": 0, "prompt_n": self.prompt_tokens, "prompt_ms": prompt_ms,
                    "prompt_per_token_ms": prompt_ms / max(1, self.prompt_tokens),
                    "prompt_per_second": 1e3 * self.prompt_tokens / prompt_ms if prompt_ms > 0 else 0.0,
                    "predicted_n": self.n, "predicted_ms": gen_ms,
                    "predicted_per_token_ms": gen_ms / max(1, self.n),
                    "predicted_per_second": 1e3 * self.n / gen_ms if gen_ms > 0 else 0.0}

        def end(self, usage):
            events = []
            if self.chat:
                events.append(self.obj([{"delta": {}, "finish_reason": "length", "index": 0}]))
                if self.include_usage:
                    events.append(self.obj([], usage=usage))
            else:
                events.append(self.obj([{"finish_reason": "length", "index": 0, "logprobs": None, "text": ""}],
                                       usage=usage))
            events[-1]["timings"] = self.timings()
            return [b"".join(self.d.event(e) for e in events), self.d.done_write()]


def make(dialect, legacy=None, **kw):
    if legacy:
        if legacy not in LEGACY:
            raise ValueError(f"unknown legacy shape {legacy!r}; one of {', '.join(sorted(LEGACY))}")
        dialect = LEGACY[legacy][0]
    cls = {"vllm": Vllm, "sglang": Sglang, "tgi": Tgi, "llamacpp": Llamacpp}[dialect]
    return cls(legacy=legacy, **kw)
