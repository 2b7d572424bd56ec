"""What the lines of one answer stream say: which event bears a token, reasoning or answer, the finish
reason, the usage and the error, in the shapes vLLM, SGLang, TGI and llama.cpp stream (see
tests/data/agent/streams/SOURCES.md for the source each shape was read from).

Pure: no clock and no sockets, so the rules are tested on the lines themselves. The load generator
calls feed() once per line on its hot path. A token's event is read by a few bytes.find() calls (about a
sixth of a json.loads); anything that is not a plain one-choice token event goes through json.loads.
"""
import json
import re

# what feed() says a line was
NOTHING = 0         # no generated token: role-only delta, usage, [DONE], keep-alive, finish-only chunk
REASONING = 1       # bears a reasoning token (its text may be empty: a held-back partial character)
ANSWER_EMPTY = 2    # bears an answer token whose text is empty (vLLM holds back partial UTF-8)
ANSWER = 3          # bears answer text


# what the shortcut leaves to the full parse, found in one pass: an error anywhere (key, "object":"error",
# error_type), timings, a message, and a non-null usage, logprobs, tool_calls or finish_reason ("" is TGI's
# "none yet" on completions)
_UNUSUAL = re.compile(rb'"(?:error|timings"|message"|usage":[^n]|logprobs":[^n]|tool_calls":[^n]'
                      rb'|finish_reason":(?:[^n"]|"[^"]))').search

class StreamError(Exception):
    """The stream cannot be read at all (a garbled event); the request fails with this message."""


def error_text(obj, limit=300):
    """The engine's message from an error object, as plain text: vLLM {"error": {"message"}}, llama.cpp
    {"error": {"code", "message", "type"}}, TGI {"error": "...", "error_type"}, FastAPI {"detail"},
    older vLLM/SGLang {"object": "error", "message"}."""
    if isinstance(obj, dict):
        for key in ("error", "message", "detail"):
            if key in obj and obj[key] not in (None, "", {}):
                return error_text(obj[key], limit)
        return json.dumps(obj, separators=(",", ":"))[:limit]
    if isinstance(obj, list) and obj:
        return error_text(obj[0], limit)
    return str(obj).strip().replace("\n", " ")[:limit]


def body_message(raw, limit=300):
    """The message of an HTTP error body: its JSON error text, else the body as text."""
    text = raw.decode("utf-8", "replace").strip()
    try:
        return error_text(json.loads(text), limit)
    except ValueError:
        return text.replace("\r", " ").replace("\n", " ")[:limit]


class StreamState:
    """One response stream, line by line."""

    __slots__ = ("done", "finish_reason", "error", "usage", "tokens", "reasoning_chunks", "texts",
                 "_event_error")

    def __init__(self, keep_text=False):
        self.done = False            # data: [DONE] seen
        self.finish_reason = None    # the first finish_reason a choice gave
        self.error = None            # the engine's error message
        self.usage = None
        self.tokens = 0              # token-bearing events so far
        self.reasoning_chunks = 0
        self.texts = [] if keep_text else None  # answer text, only when it will be scored
        self._event_error = False    # an `event: error` field names the next data line an error

    def feed(self, line, whole=True):
        """Interprets one line (bytes, without or with its line end); returns NOTHING, REASONING,
        ANSWER_EMPTY or ANSWER. `whole` is False for the rest of a body that ended without a line end."""
        if line[:5] == b"data:":
            payload = line[5:].strip()  # "data:" without a space is TGI's axum; with one, everyone else
        elif line[:6] == b"error:":
            # llama.cpp's server before tools/server wrote a failure as its own SSE event name
            self._record_error(line[6:].strip())
            return NOTHING
        elif line[:6] == b"event:":
            self._event_error = line[6:].strip() == b"error"
            return NOTHING
        else:
            return NOTHING  # blank separator, `:` keep-alive comment, id:, retry:
        if payload == b"[DONE]":
            self.done = True
            return NOTHING
        if not payload:
            return NOTHING
        if self._event_error:
            self._event_error = False
            self._record_error(payload)
            return NOTHING
        if whole:
            kind = self._fast(payload)
            if kind is not None:
                return kind
        try:
            event = json.loads(payload)
        except ValueError:
            raise StreamError(f"malformed stream event {payload[:60]!r}")
        if not isinstance(event, dict):
            raise StreamError(f"malformed stream event {payload[:60]!r}")
        if event.get("error") is not None or event.get("object") == "error":
            if self.error is None:
                self.error = error_text(event)
            return NOTHING
        usage = event.get("usage")
        if usage:
            self.usage = usage
        choices = event.get("choices")
        if not choices:
            return NOTHING
        # llama.cpp's final result carries its timings and repeats no token (TGI's final one does bear the
        # last token, with usage beside it, so usage alone does not tell)
        summary = "timings" in event
        kind = NOTHING
        for choice in choices:
            k = self._choice(choice, summary)
            if k > kind:
                kind = k
        return kind

    def _fast(self, p):
        """The kind of a plain token event read without decoding it (about a third of a json.loads), or None
        when the event must be parsed: one with an error, usage, timings, logprobs, tool calls, a message, a
        finish reason, several choices, or answer text to keep. Engines write their events compactly (no
        space after a colon); a spaced one simply takes the full parse. A quoted name followed by a colon can
        only be a key, since a quote inside a JSON string is escaped. The shortcut trusts a line that came
        whole (its line end seen) to be the JSON the engine's serializer wrote, checking only that it is an
        object; a body cut mid-line is parsed in full (feed's `whole`). test_agent_sse_fast compares it with
        the full parse on every engine's shapes and on random events."""
        if (p[:1] != b"{" or p[-1:] != b"}" or _UNUSUAL(p) is not None or p.count(b'"finish_reason":') != 1
                or b'"choices":[{' not in p):
            return None
        i = p.find(b'"text":')
        if i >= 0:  # completions
            v = p[i + 7:i + 9]
            if v == b'""':
                return self._count(ANSWER_EMPTY, None)
            return self._count(ANSWER, None) if v[:1] == b'"' and self.texts is None else None
        if b'"delta":{' not in p:
            return None
        i = p.find(b'"content":')
        content = p[i + 10:i + 12] if i >= 0 else b"nu"
        if content[:1] == b'"' and content != b'""':
            return self._count(ANSWER, None) if self.texts is None else None
        i = p.find(b'"reasoning":')
        reasoning = p[i + 12:i + 14] if i >= 0 else b"nu"
        if reasoning == b"nu":
            i = p.find(b'"reasoning_content":')
            reasoning = p[i + 20:i + 22] if i >= 0 else b"nu"
        if content != b"nu" and content != b'""' or reasoning[:1] not in (b'"', b"n"):
            return None  # a number, list or object where text belongs: the full parse decides
        if reasoning[:1] == b'"' and reasoning != b'""':
            self.reasoning_chunks += 1
            return self._count(REASONING, None)
        if content == b"nu" and reasoning == b"nu":
            return NOTHING  # {} or all-null delta: a finish-only chunk bears no token
        i = p.find(b'"role":')
        role = p[i + 7:i + 9] if i >= 0 else b"nu"
        if role[:1] == b'"' and role != b'""' and self.tokens == 0:
            return NOTHING  # the opening role chunk
        if role[:1] not in (b'"', b"n"):
            return None
        if reasoning == b'""' and content == b"nu":
            self.reasoning_chunks += 1
            return self._count(REASONING, None)
        return self._count(ANSWER_EMPTY, None)

    def _record_error(self, payload):
        if self.error is not None:
            return
        try:
            self.error = error_text(json.loads(payload))
        except ValueError:
            self.error = payload.decode("utf-8", "replace")[:300]

    def _choice(self, choice, summary=False):
        if not isinstance(choice, dict):
            raise StreamError(f"malformed choice {str(choice)[:60]!r}")
        reason = choice.get("finish_reason")
        if reason:
            if reason == "error" and self.error is None:
                self.error = "the server ended the answer with finish_reason \"error\""
            if self.finish_reason is None:
                self.finish_reason = reason
        if choice.get("error") is not None and self.error is None:
            self.error = error_text(choice["error"])
        text = choice.get("text")
        if isinstance(text, str):  # completions API: every chunk with a text field bears a token ...
            if not text and reason and summary:
                return NOTHING  # ... but llama.cpp's closing {"text": "", finish_reason, timings}
            return self._count(ANSWER if text else ANSWER_EMPTY, text)
        delta = choice.get("delta")
        if not isinstance(delta, dict):
            delta = choice.get("message")
            if not isinstance(delta, dict):
                return NOTHING
        content = delta.get("content")
        reasoning = delta.get("reasoning")  # vLLM now
        if reasoning is None:
            reasoning = delta.get("reasoning_content")  # older vLLM, SGLang, llama.cpp
        tools = delta.get("tool_calls")
        if content:
            return self._count(ANSWER, content if isinstance(content, str) else "")
        if reasoning:
            self.reasoning_chunks += 1
            return self._count(REASONING, None)
        if tools:
            return self._count(ANSWER, None)
        has_content = isinstance(content, str)
        has_reasoning = isinstance(reasoning, str)
        if not has_content and not has_reasoning:
            return NOTHING  # {} or all-null delta: a finish-only chunk bears no token
        # An empty text with a role, before any token, is the opening role chunk (vLLM and SGLang send
        # "content": "" there); TGI repeats the role on every chunk, so later ones still bear tokens.
        if delta.get("role") and self.tokens == 0:
            return NOTHING
        if has_reasoning and not has_content:
            self.reasoning_chunks += 1
            return self._count(REASONING, None)
        return self._count(ANSWER_EMPTY, None)

    def _count(self, kind, text):
        self.tokens += 1
        if text and self.texts is not None and kind == ANSWER:
            self.texts.append(text)
        return kind

    def outcome(self):
        """After the body ended cleanly: None when the answer is complete, else the failure reason."""
        if self.error is not None:
            return self.error
        if self.finish_reason is None and not self.done:
            return "stream closed early: the body ended before any finish_reason"
        if self.tokens == 0:
            return "empty completion"
        return None

    def reasoning(self):
        """(reasoning tokens, from usage?) — (None, None) when the answer had no reasoning."""
        details = self.usage.get("completion_tokens_details") if isinstance(self.usage, dict) else None
        stated = details.get("reasoning_tokens") if isinstance(details, dict) else None
        if isinstance(stated, int) and not isinstance(stated, bool) and stated > 0:
            return stated, True
        if self.reasoning_chunks:
            return self.reasoning_chunks, False
        return None, None


def message_of(obj):
    """(text, reasoning) of a non-streamed answer's first choice."""
    choice = (obj.get("choices") or [{}])[0]
    text = choice.get("text")
    reasoning = None
    if text is None:
        message = choice.get("message") or {}
        text = message.get("content")
        reasoning = message.get("reasoning")
        if reasoning is None:
            reasoning = message.get("reasoning_content")
    return text, reasoning
