"""Token-exact synthetic prompts: the server's own tokenizer counts, the agent assembles.

Asking the tokenizer once per prompt would cost a phase of thousands of requests thousands of round trips
before it starts. Instead the agent measures what each word of the prompt vocabulary costs in context
(`w` alone, and `w w`: the second is the cost of ` w` after a word), sums those costs over the word pool,
and cuts each prompt where the sum reaches the drawn length, topping up with a one-token word. That holds
when the tokenizer splits text at spaces before it merges (GPT-style pre-tokenizers, SentencePiece with
whitespace splitting), which is checked, not assumed: a sample of assembled prompts is counted by the
server and any miss turns the method from `exact` into `estimated`, with the error in the note.

Request and answer shapes per engine are in tests/data/agent/engines/SOURCES.md.
"""
import bisect
import http.client
import json
import random
import socket
import ssl
import time

from .httpclient import tls_context

VERIFY_SAMPLE = 32
BATCH = 256  # texts per SGLang list request


class Unavailable(Exception):
    """No tokenizer endpoint answered; the message says why."""


class ServerTokenizer:
    """One keep-alive connection to the server's tokenizer, in whichever dialect it speaks."""

    def __init__(self, spec, api_key=None, timeout=5.0):
        self.spec = spec
        self.timeout = timeout
        self.headers = {"Content-Type": "application/json", "Accept": "application/json",
                        "Accept-Encoding": "identity"}
        if api_key:
            self.headers["Authorization"] = f"Bearer {api_key}"
        self.conn = None
        self.round_trips = 0
        self.dialect = None
        self.path = None

    # -- transport -----------------------------------------------------------------------------------

    def _connect(self):
        s = self.spec
        if s.get("scheme") == "https":
            return http.client.HTTPSConnection(s["host"], s["port"], timeout=self.timeout,
                                               context=tls_context(s.get("tls")))
        return http.client.HTTPConnection(s["host"], s["port"], timeout=self.timeout)

    def post(self, path, body, headers=None):
        """(status, decoded JSON or None). Raises Unavailable when the server cannot be reached."""
        data = json.dumps(body).encode()
        headers = dict(self.headers, **(headers or {}))
        for attempt in (0, 1):  # a keep-alive connection the server closed meanwhile is opened once more
            if self.conn is None:
                self.conn = self._connect()
            try:
                self.conn.request("POST", self.spec["base"] + path, body=data, headers=headers)
                r = self.conn.getresponse()
                raw = r.read()
                self.round_trips += 1
                if r.getheader("Connection", "").lower() == "close":
                    self.close()
                break
            except ssl.SSLCertVerificationError as e:
                self.close()
                raise Unavailable(f"certificate verify failed: {e.verify_message or e.reason}")
            except (socket.timeout, TimeoutError):
                self.close()
                raise Unavailable(f"POST {path} timed out after {self.timeout:g} s")
            except ConnectionRefusedError:
                self.close()
                raise Unavailable(f"connection refused by {self.spec['host']}:{self.spec['port']}")
            except (http.client.HTTPException, OSError) as e:
                self.close()
                if attempt:
                    raise Unavailable(f"POST {path} failed: {e.__class__.__name__} {e}".strip())
        try:
            return r.status, json.loads(raw)
        except ValueError:
            return r.status, None

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    # -- dialects ------------------------------------------------------------------------------------

    def detect(self):
        """Which engine's /tokenize answers, tried by the request shapes that tell them apart: SGLang takes
        a list of prompts, vLLM a string with `count` back, TGI `inputs` with a bare token list back,
        llama.cpp `content` with `{"tokens"}` (it answers anything else with an empty list)."""
        model = self.spec["model"]
        statuses = []
        status, v = self.post("/tokenize", {"model": model, "prompt": ["news article", "news"],
                                            "add_special_tokens": True})
        statuses.append(status)
        if status == 200 and isinstance(v, dict) and isinstance(v.get("count"), list) and len(v["count"]) == 2:
            self.dialect = "sglang"
        else:
            status, v = self.post("/tokenize", {"model": model, "prompt": "news article", "add_special_tokens": True})
            statuses.append(status)
            if status == 200 and isinstance(v, dict) and isinstance(v.get("count"), int):
                self.dialect = "vllm"
        if self.dialect is None:
            status, v = self.post("/tokenize", {"inputs": "news article"})
            statuses.append(status)
            if status == 200 and isinstance(v, list) and v and all(isinstance(t, dict) and "id" in t for t in v):
                self.dialect = "tgi"
        if self.dialect is None:
            status, v = self.post("/tokenize", {"content": "news article", "add_special": True, "parse_special": True})
            statuses.append(status)
            if status == 200 and isinstance(v, dict) and isinstance(v.get("tokens"), list) and v["tokens"]:
                self.dialect = "llamacpp"
        if self.dialect is None:
            if 401 in statuses or 403 in statuses:
                raise Unavailable("POST /tokenize refused the request: the server wants an API key, or refused it")
            raise Unavailable(f"POST /tokenize answered no known tokenizer (HTTP {', '.join(map(str, sorted(set(statuses))))})")
        self.path = "/tokenize"
        return self.dialect

    def count(self, texts):
        """Token counts of texts as a completions prompt is counted (special tokens such as BOS added)."""
        model = self.spec["model"]
        out = []
        if self.dialect == "sglang":
            for i in range(0, len(texts), BATCH):
                part = texts[i:i + BATCH]
                status, v = self.post("/tokenize", {"model": model, "prompt": part, "add_special_tokens": True})
                counts = v.get("count") if status == 200 and isinstance(v, dict) else None
                if not isinstance(counts, list) or len(counts) != len(part):
                    raise Unavailable(f"POST /tokenize answered HTTP {status} without counts")
                out += counts
            return out
        for text in texts:
            if self.dialect == "vllm":
                status, v = self.post("/tokenize", {"model": model, "prompt": text, "add_special_tokens": True})
                n = v.get("count") if isinstance(v, dict) else None
            elif self.dialect == "tgi":
                status, v = self.post("/tokenize", {"inputs": text})
                n = len(v) if isinstance(v, list) else None
            else:
                status, v = self.post("/tokenize", {"content": text, "add_special": True, "parse_special": True})
                n = len(v["tokens"]) if isinstance(v, dict) and isinstance(v.get("tokens"), list) else None
            if status != 200 or not isinstance(n, int):
                raise Unavailable(f"POST /tokenize answered HTTP {status} without a count")
            out.append(n)
        return out

    def count_chat(self, text):
        """Tokens of a one-message chat with the chat template applied, as the engine counts the prompt of
        /v1/chat/completions; None where the engine has no endpoint for it."""
        model = self.spec["model"]
        messages = [{"role": "user", "content": text}]
        if self.dialect == "vllm":
            status, v = self.post("/tokenize", {"model": model, "messages": messages, "add_generation_prompt": True})
            return v["count"] if status == 200 and isinstance(v, dict) and isinstance(v.get("count"), int) else None
        if self.dialect == "tgi":
            status, v = self.post("/chat_tokenize", {"model": model, "messages": messages})
            toks = v.get("tokenize_response") if status == 200 and isinstance(v, dict) else None
            return len(toks) if isinstance(toks, list) else None
        if self.dialect == "llamacpp":
            status, v = self.post("/apply-template", {"messages": messages})
            prompt = v.get("prompt") if status == 200 and isinstance(v, dict) else None
            if not isinstance(prompt, str):
                return None
            # the chat prompt is counted with special tokens added and parsed (handle_count_tokens)
            status, v = self.post("/tokenize", {"content": prompt, "add_special": True, "parse_special": True})
            return len(v["tokens"]) if status == 200 and isinstance(v, dict) and isinstance(v.get("tokens"), list) else None
        return None  # SGLang's /tokenize takes prompts only

    def chat_usage(self, text):
        """Prompt tokens of a one-message chat as the engine reports them in `usage`, from one 1-token chat
        request: the way to learn the chat template's tokens where no endpoint counts them."""
        body = {"model": self.spec["model"], "messages": [{"role": "user", "content": text}], "max_tokens": 1,
                "stream": False, "temperature": 0.0}
        # named, so a ground-truth log or an access log can tell it from the phase's requests
        status, v = self.post("/v1/chat/completions", body, {"X-Request-Id": f"{self.spec['node']}:calibration"})
        usage = v.get("usage") if status == 200 and isinstance(v, dict) else None
        n = usage.get("prompt_tokens") if isinstance(usage, dict) else None
        return n if isinstance(n, int) else None


class TokenPrompts:
    """Assembles prompts of an exact token count from the dataset's word pool and measured word costs."""

    def __init__(self, pool, first_cost, next_cost, filler, overhead=0):
        self.pool = pool
        self.first = first_cost          # word -> tokens of a prompt that is just this word (BOS included)
        self.filler = filler             # a word that costs one token after another word
        self.overhead = overhead         # chat template tokens beyond the plain prompt's
        self.prefix = [0]                # prefix[i] = cost of pool[0:i] each after a word
        total = 0
        for w in pool:
            total += next_cost[w]
            self.prefix.append(total)
        self.short = 0                   # prompts asked shorter than the shortest possible

    def cost(self, start, k):
        return self.first[self.pool[start]] + self.prefix[start + k] - self.prefix[start + 1]

    def continuation(self, start, n):
        """Text of exactly n tokens that goes after a space behind other text (a shared prefix's own text,
        a trace's next block): every word costs what it costs after another, and the template's tokens and
        BOS were counted with the text before it."""
        limit = n + self.prefix[start]
        k = bisect.bisect_right(self.prefix, limit, start, len(self.prefix)) - 1 - start
        k = max(0, min(k, len(self.pool) - start))
        rest = n - (self.prefix[start + k] - self.prefix[start])
        words = self.pool[start:start + k] + [self.filler] * max(0, rest)
        if not words:  # n < 1 cannot be met; one filler is the shortest continuation
            words = [self.filler]
        return " ".join(words)

    def build(self, start, n):
        """(prompt text, pool words used) of exactly n tokens when reachable."""
        target = n - self.overhead
        first = self.first[self.pool[start]]
        if first > target:
            m = target - self.first[self.filler] + 1
            if m < 1:
                self.short += 1
                m = 1
            return " ".join([self.filler] * m), 0
        limit = target - first + self.prefix[start + 1]
        k = bisect.bisect_right(self.prefix, limit, start + 1, len(self.prefix)) - 1 - start
        k = max(1, min(k, len(self.pool) - start))
        rest = target - self.cost(start, k)
        words = self.pool[start:start + k]
        if rest > 0:
            words = words + [self.filler] * rest
        return " ".join(words), k


def calibrate(spec, dataset, api_key=None, timeout=5.0):
    """Makes `dataset` build token-exact prompts when the server's tokenizer answers and the check passes.
    Returns the phase's `prompts` record {method, tokenizer, note} plus `round_trips` and `seconds`."""
    started = time.perf_counter()
    record = {"method": "estimated", "tokenizer": None, "note": "", "round_trips": 0}
    kind = spec["dataset"]["kind"]
    if kind == "file":
        record["note"] = "file dataset: input lengths are the prompts' word counts"
        return record
    if not spec.get("tokenize", True):
        record["note"] = "tokenize is off in the spec: input lengths are word counts"
        return record
    tok = ServerTokenizer(spec, api_key, timeout)
    try:
        record.update(_count_conversations(spec, dataset, tok) if kind == "sharegpt" else _calibrate(spec, dataset, tok))
    except Unavailable as e:
        record["note"] = f"no tokenizer endpoint answered ({e}): input lengths are word counts"
    finally:
        tok.close()
        record["round_trips"] = tok.round_trips
        record["seconds"] = round(time.perf_counter() - started, 3)
    return record


def _count_conversations(spec, dataset, tok):
    """A ShareGPT dataset's texts counted by the server, as vLLM's benchmark counts them (special tokens in).
    A completions prompt is then exactly its count; a chat prompt has the template's tokens besides."""
    dialect = tok.detect()
    dataset.count_conversations(tok)
    n = sum(len(c) for c in dataset.conversations.convs)
    note = f"{dialect} tokenizer; ShareGPT turns and recorded answers counted by the server ({2 * n} texts)"
    if spec["api"] == "chat":
        note += "; a chat prompt adds the template's tokens (and a later turn the history) to its turn's count"
    return {"method": "exact" if spec["api"] == "completions" else "estimated", "tokenizer": tok.path, "note": note}


def _calibrate(spec, dataset, tok):
    dialect = tok.detect()
    chat = spec["api"] == "chat"
    words = sorted(set(dataset.pool))
    alone = tok.count(words)
    doubled = tok.count([f"{w} {w}" for w in words])
    first = dict(zip(words, alone))
    after = {w: d - a for w, d, a in zip(words, doubled, alone)}
    if any(c < 1 for c in after.values()):
        raise Unavailable("the tokenizer merges words across spaces; prompts cannot be assembled from word costs")
    ones = [w for w in words if after[w] == 1]
    if not ones:
        raise Unavailable("no word of the prompt vocabulary is a single token")
    filler = min(ones, key=lambda w: (first[w], w))
    overhead, how, templated_by_tokenizer = 0, "", False
    if chat:
        probe = " ".join(dataset.pool[:64])
        plain = tok.count([probe])[0]
        templated = tok.count_chat(probe)
        how = "chat template counted by the tokenizer"
        templated_by_tokenizer = templated is not None
        if templated is None:
            templated = tok.chat_usage(probe)
            how = "chat template's tokens taken from the usage of one 1-token chat request"
        if templated is None:
            raise Unavailable("the chat template's tokens could not be counted")
        overhead = templated - plain
    prompts = TokenPrompts(dataset.pool, first, after, filler, overhead)
    # the check: prompts of lengths the phase draws, at random places in the pool, counted by the server
    rng = random.Random(spec["seed"] ^ 0x70C0)
    sample = []
    for _ in range(VERIFY_SAMPLE):
        n = dataset.draw_input(rng)
        text, _ = prompts.build(rng.randrange(dataset.POOL_WORDS), n)
        sample.append((n, text))
    if templated_by_tokenizer:
        got = [tok.count_chat(text) for _, text in sample]
        if None in got:
            raise Unavailable("the chat tokenizer stopped answering")
    else:
        got = [c + overhead for c in tok.count([text for _, text in sample])]
    errors = [g - n for (n, _), g in zip(sample, got)]
    misses = [e for e in errors if e]
    prompts.short = 0
    dataset.use_prompts(prompts)
    checked = f"{len(sample)} of them counted by the server" + (" with the chat template" if templated_by_tokenizer else "")
    if not misses:
        note = f"{dialect} tokenizer; prompts assembled from measured word costs, {checked}: all exact"
        if chat:
            note += f"; {how} ({overhead:+d} tokens)"
        shortest = overhead + first[filler]
        if dataset.inp["min"] < shortest:
            note += f"; a drawn length below {shortest} tokens comes out as {shortest}, the shortest prompt"
        return {"method": "exact", "tokenizer": tok.path, "note": note}
    note = (f"{dialect} tokenizer; prompts assembled from measured word costs, but {len(misses)} of {len(sample)} "
            f"counted by the server were off (by {min(errors):+d} to {max(errors):+d} tokens)")
    return {"method": "estimated", "tokenizer": tok.path, "note": note}
