"""A user's ShareGPT conversations as a dataset (the workstation reads the file and sends its human turns with
the answers recorded after them, PROTOCOL.md `sharegpt`).

Lengths are counted as vLLM's benchmark counts them (vllm/benchmarks/datasets/sharegpt.py: the tokenizer's
ids of the text, special tokens included): the server's own tokenizer where it answers, else words, and the
method says which. A turn asks for as many tokens as its recorded answer had (`ignore_eos`, as every request)."""

# vLLM's is_valid_sequence (vllm/benchmarks/datasets/utils.py): single-turn samples outside these are skipped
MIN_TOKENS = 4
MAX_PROMPT = 1024
MAX_TOTAL = 2048


def word_count(text):
    return max(1, len(text.split()))


class Conversations:
    """Each conversation's turns as (user text, user tokens, answer tokens); tokens are words until `count_with`."""

    def __init__(self, convs):
        self.convs = convs
        self.user = [[word_count(u) for u, _ in c] for c in convs]
        self.answer = [[word_count(a) if a.strip() else 1 for _, a in c] for c in convs]
        self.counted = False

    def count_with(self, tokenizer):
        """Counts every text with the server's tokenizer (`tokenizer.count`, texts in, counts out)."""
        texts = [t for c in self.convs for turn in c for t in turn]
        counts = tokenizer.count(texts)
        i = 0
        for k, c in enumerate(self.convs):
            for j in range(len(c)):
                self.user[k][j], self.answer[k][j] = counts[i], max(1, counts[i + 1])
                i += 2
        self.counted = True

    def turns(self, index):
        """Conversation `index` (cycled) as [(user text, user tokens, answer tokens), ...]."""
        k = index % len(self.convs)
        return [(u, self.user[k][j], self.answer[k][j]) for j, (u, _) in enumerate(self.convs[k])]

    def single_turn_rows(self):
        """The first human turn of each conversation with its recorded answer's length, skipping what vLLM's
        benchmark skips (either under 4 tokens, a prompt over 1024, both over 2048)."""
        rows = []
        for k, c in enumerate(self.convs):
            n_in, n_out = self.user[k][0], self.answer[k][0]
            if n_in < MIN_TOKENS or n_out < MIN_TOKENS or n_in > MAX_PROMPT or n_in + n_out > MAX_TOTAL:
                continue
            rows.append({"prompt": c[0][0], "input_tokens": n_in, "max_tokens": n_out})
        return rows
