"""One response, read as it arrives: its head, then an event stream (chunked or not) or a whole JSON answer,
each token-bearing chunk stamped by the read that completed it and counted in the phase's accuracy budget.
read_response() returns what the load generator records: (reusable connection?, end perf time, failure
reason or None)."""
import json
import time

from . import sse
from .httpclient import body_pieces, chunked_body, read_head


def http_failure(code, raw, api_key):
    message = sse.body_message(raw)
    said = f" ({message})" if message else ""
    if code in (401, 403):
        # vLLM, SGLang and llama.cpp answer a wrong key with 401 too: whether one was sent decides
        if api_key:
            return f"HTTP {code}: the server refused the API key{said}"
        return f"HTTP {code}: the server wants an API key{said}; name one in the cluster file (api_key_env or api_key_file)"
    return f"HTTP {code}: {message}" if message else f"HTTP {code}"

async def read_response(reader, streamed, budget, api_key, chunks, marks, state):
    """Reads one response into chunks/marks/state: (reusable, end perf, failure reason or None)."""
    code, headers = await read_head(reader)
    reusable = headers.get("connection", "").lower() != "close" and (
        "content-length" in headers or "chunked" in headers.get("transfer-encoding", "").lower())
    encoding = headers.get("content-encoding", "identity").strip().lower()
    if encoding not in ("identity", ""):
        # the body is unreadable as events and its times are the compressor's: refuse it by name
        return False, time.perf_counter(), (
            f"the server compressed its answer ({encoding}) although the request asked for identity; "
            "turn compression off on the server or the proxy in front of it")
    if code != 200:
        raw = b""
        async for _, data in body_pieces(reader, headers):
            raw += data[:4096 - len(raw)]
        return reusable, time.perf_counter(), http_failure(code, raw, api_key)
    if not streamed or headers.get("content-type", "").startswith("application/json"):
        # a 200 with a JSON body to a streamed request is an error object (or an answer at once)
        return await _whole(reader, headers, reusable, budget, chunks, marks, state)
    if "chunked" in headers.get("transfer-encoding", "").lower():
        return reusable, *(await _chunked_stream(reader, budget, chunks, marks, state))
    buffer = b""
    feed = state.feed
    lag = None
    async for received, data in body_pieces(reader, headers):
        lag = reader.lag  # of the read that completed this piece: None for a user-space stamp
        if chunks and received < chunks[-1]:  # as in _chunked_stream: never before an earlier chunk
            received = chunks[-1]
        buffer += data
        while True:
            cut = buffer.find(b"\n")
            if cut < 0:
                break
            kind = feed(buffer[:cut])
            buffer = buffer[cut + 1:]
            if kind:
                # the same stamp as the previous chunk: both came in one read, stamped by its last segment
                budget.chunk(lag, bool(chunks) and chunks[-1] == received)
                chunks.append(received)
                if kind == sse.ANSWER and "answer" not in marks:
                    marks["answer"] = received
    if buffer.strip():  # a last event without its line end still counts
        kind = feed(buffer, False)
        if kind:
            budget.chunk(lag, bool(chunks) and chunks[-1] == received)
            chunks.append(received)
            if kind == sse.ANSWER and "answer" not in marks:
                marks["answer"] = received
    # E2E ends at the last token-bearing chunk, as vLLM's benchmark measures it (usage and [DONE] follow)
    end = chunks[-1] if chunks else time.perf_counter()
    return reusable, end, state.outcome()

async def _chunked_stream(reader, budget, chunks, marks, state):
    """The hot path: a chunked event stream, each burst of chunks taken in one read (chunked_body) and its
    lines interpreted at once. Returns (end perf, failure reason or None)."""
    feed = state.feed
    pending = [b""]  # a line split across HTTP chunks
    first = []       # (lag, span) of the read that completed the first token-bearing chunk

    def on_chunk(received, data):
        # a read the kernel did not stamp is stamped when the loop got to it, which under load can be after the
        # kernel's stamp of the next read: a stream's chunks cannot arrive out of order, so the later one takes
        # the earlier's time (a result file refuses chunk times that decrease)
        if chunks and received < chunks[-1]:
            received = chunks[-1]
        if pending[0]:
            data = pending[0] + data
            pending[0] = b""
        start = 0
        while True:
            cut = data.find(b"\n", start)
            if cut < 0:
                break
            kind = feed(data[start:cut])
            start = cut + 1
            if kind:
                # the same stamp as the previous chunk: both came in one read, stamped by its last segment
                budget.chunk(reader.lag, bool(chunks) and chunks[-1] == received, reader.span)
                if len(chunks) == 1:  # the second chunk says whether the first (TTFT) shared its read
                    budget.first(first[0][0], chunks[0] == received, first[0][1])
                elif not chunks:
                    first.append((reader.lag, reader.span))
                chunks.append(received)
                if kind == sse.ANSWER and "answer" not in marks:
                    marks["answer"] = received
        if start < len(data):
            pending[0] = data[start:]
            on_chunk.last = received

    on_chunk.last = None
    await chunked_body(reader, on_chunk)
    if len(chunks) == 1:
        budget.first(first[0][0], False, None)
    if pending[0].strip():  # a last event without its line end still counts
        kind = feed(pending[0], False)
        if kind:
            budget.chunk(reader.lag, bool(chunks) and chunks[-1] == on_chunk.last, reader.span)
            chunks.append(on_chunk.last)
            if kind == sse.ANSWER and "answer" not in marks:
                marks["answer"] = on_chunk.last
    # E2E ends at the last token-bearing chunk, as vLLM's benchmark measures it (usage and [DONE] follow)
    return (chunks[-1] if chunks else time.perf_counter()), state.outcome()

async def _whole(reader, headers, reusable, budget, chunks, marks, state):
    """A non-streamed answer: its only "chunk" arrives at the end."""
    body = b""
    end = None
    async for end, data in body_pieces(reader, headers):
        body += data
    end = end or time.perf_counter()
    try:
        obj = json.loads(body)
        text, reasoning = sse.message_of(obj)
    except (ValueError, AttributeError, IndexError, TypeError):
        return reusable, end, f"malformed response body {body[:60]!r}"
    if not isinstance(obj, dict):
        return reusable, end, f"malformed response body {body[:60]!r}"
    if obj.get("error") is not None:
        return reusable, end, sse.error_text(obj)
    state.usage = obj.get("usage")
    if text or reasoning:
        budget.chunk(reader.lag, False)
        chunks.append(end)
        state.tokens = 1
        if text:
            marks["answer"] = end
            if state.texts is not None:
                state.texts.append(text)
    return reusable, end, None if (text or reasoning) else "empty completion"
