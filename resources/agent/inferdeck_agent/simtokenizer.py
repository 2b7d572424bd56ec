"""The simulator's tokenizer: deterministic subword pieces, so a word is not a token.

Real tokenizers make roughly 1.2-1.6 tokens of an English word; this one does too, by rule rather than by
a learned vocabulary, so the agent's token-exact prompt building has something real to calibrate against:
 - text is cut GPT-style into runs: an optional leading space with letters, up to three digits, one
   punctuation mark, or whitespace (line breaks alone, and a run of spaces before a word leaves its last space
   to the word, as GPT-2's and Llama 3's `\s+(?!\S)` do: an answer led by a space reads back as the same
   tokens after a chat template's newlines);
 - a letter run longer than 7 characters (its space included) is cut into a 7-character head and
   5-character pieces;
 - a character outside ASCII becomes one token per UTF-8 byte (byte fallback, as Llama's tokenizer does),
   so a streamed answer can end a step in the middle of a character.
The same rules count a prompt (usage.prompt_tokens, KV, prefill time) and answer the tokenize endpoints.
"""
import re
import zlib

VOCAB_SIZE = 128256
UNK, BOS, EOS = 0, 1, 2
BYTE_BASE = 3  # ids 3..258: <0x00>..<0xFF>
SPECIALS = {"<|start_header|>": 259, "<|end_header|>": 260, "<|eot|>": 261}
PIECE_BASE = 262

_SPECIAL_SPLIT = re.compile("(" + "|".join(re.escape(k) for k in SPECIALS) + ")")
_RUNS = re.compile(r" ?[A-Za-z]+| ?[0-9]{1,3}| ?[^\sA-Za-z0-9]|\s*[\r\n]+|\s+(?!\S)|\s+")


class Token:
    __slots__ = ("id", "piece", "data", "start", "stop")

    def __init__(self, tid, piece, data, start, stop):
        self.id = tid            # integer id
        self.piece = piece       # text form, "<0xC3>" for a lone byte
        self.data = data         # the UTF-8 bytes this token stands for
        self.start = start       # byte offsets into the encoded text
        self.stop = stop


def _piece_id(piece):
    return PIECE_BASE + zlib.crc32(piece.encode("utf-8")) % (VOCAB_SIZE - PIECE_BASE)


def _split_letters(run):
    if len(run) <= 7:
        return [run]
    out = [run[:7]]
    out += [run[i:i + 5] for i in range(7, len(run), 5)]
    return out


def encode(text, add_bos=False, parse_special=False):
    """Tokens of `text`; BOS first when asked (as a completions prompt gets it). With parse_special the
    chat template's markers in the text are single tokens (llama.cpp's `parse_special`)."""
    tokens = [Token(BOS, "<s>", b"", 0, 0)] if add_bos else []
    if parse_special:
        offset = 0
        for part in _SPECIAL_SPLIT.split(text):
            if part in SPECIALS:
                tokens.append(Token(SPECIALS[part], part, b"", offset, offset + len(part)))
            elif part:
                tokens += [Token(t.id, t.piece, t.data, t.start + offset, t.stop + offset) for t in encode(part)]
            offset += len(part.encode("utf-8"))
        return tokens
    offset = 0  # byte offset of the current run
    for m in _RUNS.finditer(text):
        run = m.group(0)
        if run.isascii():
            pieces = _split_letters(run) if run.strip().isalpha() else [run]
            for p in pieces:
                data = p.encode("ascii")
                tokens.append(Token(_piece_id(p), p, data, offset, offset + len(data)))
                offset += len(data)
            continue
        for ch in run:  # a space, then the non-ASCII character byte by byte
            data = ch.encode("utf-8")
            if len(data) == 1:
                tokens.append(Token(_piece_id(ch), ch, data, offset, offset + 1))
                offset += 1
                continue
            for b in data:
                tokens.append(Token(BYTE_BASE + b, "<0x%02X>" % b, bytes([b]), offset, offset + 1))
                offset += 1
    return tokens


def count(text, add_bos=False):
    return len(encode(text, add_bos))


def render_chat(messages, add_generation_prompt=True):
    """A Llama-3-like chat template: per message a header (role) and its text, closed by <|eot|>; BOS is added
    when the rendered text is tokenized."""
    out = []
    for m in messages:
        out.append(f"<|start_header|>{m.get('role', 'user')}<|end_header|>\n\n{content_text(m.get('content'))}<|eot|>")
    if add_generation_prompt:
        out.append("<|start_header|>assistant<|end_header|>\n\n")
    return "".join(out)


def encode_chat(messages, add_generation_prompt=True):
    return encode(render_chat(messages, add_generation_prompt), add_bos=True, parse_special=True)


def content_text(content):
    if content is None:
        return ""
    if isinstance(content, list):  # OpenAI content parts
        return "".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return str(content)


class Detokenizer:
    """Turns generated tokens into text the way an incremental detokenizer does: bytes that do not yet form a
    whole UTF-8 character are held back and come out with the token that completes them."""

    def __init__(self):
        self.pending = b""

    def push(self, token):
        data = self.pending + token.data
        cut = len(data)
        # an incomplete character at the end: its lead byte is within the last 3 bytes
        for back in range(1, min(4, len(data)) + 1):
            b = data[-back]
            if b & 0xC0 == 0x80:
                continue  # a continuation byte: look further back for the lead
            if b & 0x80:
                need = 2 if b & 0xE0 == 0xC0 else 3 if b & 0xF0 == 0xE0 else 4
                if back < need:
                    cut = len(data) - back
            break
        self.pending = data[cut:]
        return data[:cut].decode("utf-8", errors="replace")
