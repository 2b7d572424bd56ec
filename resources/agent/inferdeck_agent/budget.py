"""A phase's accuracy budget: how much of a measured time could be the client's own, not the server's.

Sent in `phase_end` as `accuracy` (PROTOCOL.md):
- `stamps`: how reads were stamped (kernel, user or mixed) and `reads` {kernel, user, rejected};
- `client_lag_s`: user-space minus kernel stamp of every kernel-stamped read, the time a busy event loop
  would have added to TTFT/ITL/E2E had it stamped the bytes itself (kernel stamps remove it);
- `loop_lag_s`: how late a 5 ms timer fires, the event loop's own backlog (with user stamps, the best
  estimate of what they add);
- `cpu_busy`: the load generator's CPU seconds per wall second over the phase (1.0 = a core saturated; with
  worker processes the busiest one);
- `chunks`, `shared_chunks`: token-bearing chunks, and those that arrived in the same read as the previous
  chunk of their stream: the kernel stamps one read with its last segment's time, so such a chunk may have
  arrived earlier, but not before the socket's previous read ran nor before the event loop's last known
  poll before the read (it would have been read then; stamps.LoopPolls);
- `error_s` {p99, max}: per token-bearing chunk, how far its stamp may be from its arrival: 0 for a chunk
  with a read of its own and a kernel stamp, for a shared one the read's stamp minus when the socket's
  previous read ran or the loop last polled (its lag where there was none), the loop lag p99 for a chunk stamped in user space (its
  lag is unknown). This is the figure the grader compares with its threshold.
"""
import asyncio
import os
import time

from .stamps import POLLS, RX, lag_summary

PROBE_S = 0.005


class Budget:
    def __init__(self):
        self.chunks = 0
        self.shared = []        # lag of each chunk that shared its read with the previous chunk, s
        self.user_chunks = 0    # chunks without a kernel stamp
        self.loop_lags = []
        self.cpu0 = self.wall0 = None
        self.firsts = 0         # requests with a first token-bearing chunk
        self.first_shared = []  # bound of each first chunk read together with the second, s
        self.first_user = 0     # first chunks stamped in user space

    def start(self):
        RX.reset()
        POLLS.reset()
        t = os.times()
        self.cpu0, self.wall0 = t.user + t.system, time.perf_counter()

    def chunk(self, lag, shared, span=None):
        """One token-bearing chunk: its read's lag (None: user stamp), whether that read also completed the
        previous chunk of the same stream, and the read's span (stamp minus when the socket's previous read
        ran: how much earlier its first bytes may have arrived; None when unknown, then the lag stands in)."""
        self.chunks += 1
        if lag is None:
            self.user_chunks += 1
        elif shared:
            self.shared.append(span if span is not None else lag)

    def first(self, lag, shared_with_second, span):
        """A request's first token-bearing chunk (its TTFT): exact with a kernel stamp unless the second chunk
        came in the same read; the last chunk (E2E) is followed only by usage and [DONE], written at once,
        so its stamp stands."""
        self.firsts += 1
        if lag is None:
            self.first_user += 1
        elif shared_with_second:
            self.first_shared.append(span if span is not None else lag)

    async def probe(self):
        """Measures the event loop's lag until cancelled: how late a short sleep wakes up."""
        while True:
            before = time.perf_counter()
            await asyncio.sleep(PROBE_S)
            now = time.perf_counter()
            self.loop_lags.append(max(0.0, now - before - PROBE_S))
            POLLS.woke(now, before + PROBE_S)

    def cpu_busy(self):
        if self.cpu0 is None:
            return None
        t = os.times()
        wall = time.perf_counter() - self.wall0
        return round((t.user + t.system - self.cpu0) / wall, 3) if wall > 0 else None

    def summary(self):
        loop = lag_summary(self.loop_lags)
        # a user-stamped chunk may be late by what the loop lagged; a shared one by its read's lag
        unknown = loop["p99"] if loop else 0.0
        error = bounds(sorted(self.shared + [unknown] * self.user_chunks), self.chunks)
        n = self.chunks
        first = bounds(sorted(self.first_shared + [unknown] * self.first_user), self.firsts)
        return {"stamps": RX.source(), "reads": {"kernel": RX.kernel, "user": RX.user, "rejected": RX.rejected},
                "client_lag_s": lag_summary(RX.lags), "loop_lag_s": loop, "cpu_busy": self.cpu_busy(),
                "chunks": n, "shared_chunks": len(self.shared), "error_s": error, "ttft_error_s": first}


def bounds(errors, n):
    """{p99, max} of n values of which `errors` (sorted) are listed and the rest are 0; None when n is 0."""
    if not n:
        return None
    zeros = n - len(errors)

    def quantile(q):
        h = (n - 1) * q
        lo = int(h)
        at = [0.0 if i < zeros else errors[i - zeros] for i in (lo, min(lo + 1, n - 1))]
        return round(at[0] + (at[1] - at[0]) * (h - lo), 6)
    return {"p99": quantile(.99), "max": quantile(1.0)}


def merge(parts):
    """One budget from several worker processes' budgets: counts add, each percentile is the largest of
    the workers' (an upper bound of the pooled one), CPU is the busiest worker's."""
    parts = [p for p in parts if p]
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]

    def worst(key):
        have = [p[key] for p in parts if p.get(key)]
        return {k: max(h[k] for h in have) for k in have[0]} if have else None
    kinds = {p.get("stamps") for p in parts} - {None}
    stamps = kinds.pop() if len(kinds) == 1 else ("mixed" if kinds else None)
    busy = [p["cpu_busy"] for p in parts if p.get("cpu_busy") is not None]
    return {"stamps": stamps,
            "reads": {k: sum((p.get("reads") or {}).get(k, 0) for p in parts) for k in ("kernel", "user", "rejected")},
            "client_lag_s": worst("client_lag_s"), "loop_lag_s": worst("loop_lag_s"),
            "cpu_busy": max(busy) if busy else None,
            "chunks": sum(p.get("chunks") or 0 for p in parts),
            "shared_chunks": sum(p.get("shared_chunks") or 0 for p in parts), "error_s": worst("error_s"),
            "ttft_error_s": worst("ttft_error_s")}
