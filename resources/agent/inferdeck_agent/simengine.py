"""The simulator's engine: a continuous-batching timing model (one decode step per token, prefill of the
admitted prompts in the step that admits them, KV reserved up front)."""
import asyncio
import time

from .simcache import PrefixCache, block_hashes


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

MAX_CATCH_UP_S = 0.25  # further behind its clock than this the engine restarts it from now


class SimSequence:
    __slots__ = ("rid", "prompt", "max_tokens", "generated", "queue", "cancelled", "kv", "submitted", "scheduled",
                 "first", "queue_s", "prefill_s", "blocks", "cached")

    def __init__(self, rid, prompt_tokens, max_tokens, ids=()):
        self.rid = rid
        self.prompt = prompt_tokens
        self.blocks = block_hashes(ids) if ids else []  # the prompt's block hashes, for the prefix cache
        self.cached = 0  # prompt tokens the prefix cache served at scheduling
        self.max_tokens = max_tokens
        self.generated = 0
        self.queue = asyncio.Queue()
        self.cancelled = False
        self.kv = prompt_tokens + max_tokens  # reserved up front, as a conservative scheduler does
        # perf_counter times of the engine-side stages, and the two the ground truth states: what the
        # /metrics histograms observe, the same floats, so a test can compare them exactly
        self.submitted = self.scheduled = self.first = None
        self.queue_s = self.prefill_s = None


class SimEngine:
    """`stats` (simmetrics.EngineStats) hears every stage of every sequence: what /metrics publishes."""

    def __init__(self, args, stats=None):
        self.a = args
        self.stats = stats
        self.waiting = []
        self.running = []
        self.kv_used = 0
        self.wakeup = asyncio.Event()
        self.tokens_emitted = 0
        self.busy_s = 0.0  # time spent in steps, for simulated utilization
        # where the last step ended on the model's clock, and whether the engine waited for work since
        self.last_deadline = None
        self.waited = True
        caching = getattr(args, "prefix_caching", True)
        self.cache = PrefixCache(getattr(args, "prefix_cache_tokens", None) or args.kv_tokens) if caching else None

    def submit(self, seq):
        if seq.kv > self.a.kv_tokens:
            return False
        seq.submitted = time.perf_counter()
        if self.stats:
            self.stats.submitted(seq)
        self.waiting.append(seq)
        self.wakeup.set()
        return True

    def step_seconds(self, admitted):
        prefill = sum(s.prompt - s.cached for s in admitted)
        context = sum(s.prompt + s.generated for s in self.running)
        return (self.a.decode_base_ms / 1e3 + self.a.kv_read_ns * 1e-9 * context
                + prefill / self.a.prefill_tps) / self.a.speed

    async def run(self):
        while True:
            if not self.running and not self.waiting:
                self.wakeup.clear()
                self.waited = True
                await self.wakeup.wait()
            for seq in [s for s in self.running if s.cancelled]:  # the client went away
                self._free(seq)
            self.running = [s for s in self.running if not s.cancelled]
            admitted = []
            while (self.waiting and len(self.running) < self.a.max_seqs
                   and self.kv_used + self.waiting[0].kv <= self.a.kv_tokens):
                seq = self.waiting.pop(0)
                if seq.cancelled:
                    if self.stats:
                        self.stats.aborted(seq)
                    continue
                self.kv_used += seq.kv
                self.running.append(seq)
                admitted.append(seq)
            if not self.running:
                continue
            start = time.perf_counter()
            for seq in admitted:
                seq.scheduled = start
                seq.queue_s = start - seq.submitted
                if self.cache is not None:
                    seq.cached = self.cache.lookup(seq.blocks, seq.prompt)
            if self.stats:
                self.stats.scheduled(admitted)
            step = self.step_seconds(admitted)
            # A GPU runs its steps back to back; this process's own work between them (tokens to the streams, HTTP)
            # and the time a loaded CPU did not run it are not the engine's time. While the engine stays busy the
            # next step follows the last one on the model's clock, catching up (steps without a pause, their
            # tokens delivered late, as a starved API server delivers them) up to MAX_CATCH_UP_S behind; so the
            # modelled engine keeps its capacity on a shared CPU. The ground truth keeps the real times.
            base = start
            if not self.waited and self.last_deadline is not None and 0.0 <= start - self.last_deadline < MAX_CATCH_UP_S:
                base = self.last_deadline
            deadline = base + step
            self.last_deadline = deadline
            self.waited = False
            await asyncio.sleep(max(0.0, deadline - time.perf_counter()))
            end = time.perf_counter()
            self.busy_s += end - start
            still, finished = [], []
            for seq in self.running:
                seq.generated += 1
                self.tokens_emitted += 1
                seq.queue.put_nowait(seq.generated)
                if seq.generated == 1:
                    seq.first = end
                    seq.prefill_s = end - seq.scheduled
                    if self.cache is not None:
                        self.cache.insert(seq.blocks)
                if seq.generated >= seq.max_tokens or seq.cancelled:
                    self._free(seq)
                    seq.queue.put_nowait(None)
                    finished.append(seq)
                else:
                    still.append(seq)
            if self.stats:
                self.stats.stepped(end, admitted, len(self.running), finished)
            self.running = still

    def _free(self, seq):
        self.kv_used -= seq.kv
        if self.stats and seq.cancelled:
            self.stats.aborted(seq)
