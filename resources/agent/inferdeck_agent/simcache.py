"""The simulator's prefix cache: vLLM's automatic prefix caching in outline, so a shared-prefix workload
meets the reuse a real engine gives it.

A prompt is cut into blocks of BLOCK tokens; a block is known by a hash chained over every token before
it and its own, so a block hits only when the whole prompt up to it is the same. At scheduling the leading
blocks already cached are reused (never the whole prompt: at least its last token is computed, as vLLM
does), the rest are prefilled; after the prefill every full block of the prompt is cached, the least
recently used evicted beyond the capacity. Simplification, said in the ground truth's `cached_tokens`: the
cache is sized apart from the KV reserved by running sequences."""
import collections
import hashlib

BLOCK = 16  # vLLM's default block size


def block_hashes(ids):
    """The chained hash of each full block of token ids."""
    out = []
    h = hashlib.blake2b(digest_size=8)
    for i in range(len(ids) // BLOCK):
        h = hashlib.blake2b(h.digest() + b"".join(t.to_bytes(4, "little") for t in ids[i * BLOCK:(i + 1) * BLOCK]),
                            digest_size=8)
        out.append(h.digest())
    return out


class PrefixCache:
    def __init__(self, capacity_tokens):
        self.capacity = max(0, capacity_tokens // BLOCK)
        self.blocks = collections.OrderedDict()

    def lookup(self, hashes, prompt_tokens):
        """Tokens of the prompt served from the cache: its leading cached blocks, at most all but one token."""
        usable = max(0, (prompt_tokens - 1) // BLOCK)
        n = 0
        for h in hashes[:usable]:
            if h not in self.blocks:
                break
            self.blocks.move_to_end(h)
            n += 1
        return n * BLOCK

    def insert(self, hashes):
        for h in hashes:
            self.blocks[h] = None
            self.blocks.move_to_end(h)
        while len(self.blocks) > self.capacity:
            self.blocks.popitem(last=False)
