"""Receive times from the kernel: when bytes reached the socket, not when a busy event loop got round to them.

On Linux a socket with SO_TIMESTAMPNS hands every recvmsg() the time its (last) segment was queued, in
CLOCK_REALTIME nanoseconds. asyncio's transports read with sock.recv() / sock.recv_into(), so a socket
subclass that answers those with recvmsg() stamps every read without touching asyncio. Each read also takes
the user-space time, as the agent always did; their difference is the client's own lag (how late the
event loop read what had already arrived), which the phase's accuracy budget reports.

The kernel stamp is converted to the agent's clock (CLOCK: perf_counter mapped to Unix seconds once) by
the lag, which is measured on one clock: arrival = perf_counter() - (time_ns() - kernel_ns). An NTP step
between the two readings could only show as an impossible lag, and a lag outside [-1 ms, 60 s] is not
used: that read keeps its user stamp and counts as `rejected`. Where the OS gives no stamp (not Linux, an
old kernel, a segment queued before stamping was on) the read keeps its user stamp and counts as `user`.
"""
import collections
import socket
import struct
import sys
import time

# Linux's SO_TIMESTAMPNS (SO_TIMESTAMPNS_OLD, the native timespec of a 64-bit build); Python does not export it
SO_TIMESTAMPNS = getattr(socket, "SO_TIMESTAMPNS", 35 if sys.platform.startswith("linux") else None)
_TIMESPEC = struct.Struct("@qq")
_ANCILLARY = socket.CMSG_SPACE(_TIMESPEC.size) if hasattr(socket, "CMSG_SPACE") else 0
_MAX_LAG_NS = 60 * 10**9
_MIN_LAG_NS = -10**6  # both clocks are CLOCK_REALTIME: only rounding can make a lag negative


class ReceiveStamps:
    """The stamp of the latest read in this process, and counts of how reads were stamped.

    asyncio calls a protocol's data_received() straight after the transport's recv() in the same
    callback, so the latest read's stamp is the stamp of the bytes being fed (see httpclient)."""

    __slots__ = ("arrival", "lag", "kernel", "user", "rejected", "lags")

    def __init__(self):
        self.arrival = None  # perf seconds of the latest read: kernel stamp when there was one
        self.lag = None      # user stamp - kernel stamp of the latest read (s), None without a kernel stamp
        self.kernel = 0      # reads stamped by the kernel
        self.user = 0        # reads without a kernel stamp
        self.rejected = 0    # kernel stamps not believed (see above)
        self.lags = []       # lag of every kernel-stamped read that returned data, s

    def source(self):
        """How this process's reads were stamped: kernel, user, mixed, or None before any read."""
        if self.kernel and not (self.user or self.rejected):
            return "kernel"
        if self.kernel:
            return "mixed"
        return "user" if self.user or self.rejected else None

    def reset(self):
        self.kernel = self.user = self.rejected = 0
        self.lags = []


RX = ReceiveStamps()


class LoopPolls:
    """When this process's event loop is known to have polled its sockets, from the accuracy budget's probe
    (budget.Budget.probe), so a read's bound need not reach back to the socket's previous read.

    asyncio moves a timer to the ready queue in the iteration whose poll returned once the timer was due, and
    runs the read callbacks of every socket that poll found readable in that same iteration; the sleeping
    probe resumes one iteration later (its future's callback is scheduled with call_soon). So a byte that had
    arrived by a probe's due time was read no later than the iteration before the probe resumed, and a read
    made after the probe resumed holds only bytes that arrived after that due time."""

    __slots__ = ("recent",)
    KEEP = 256
    # the kernel stamps a segment a little before the socket turns readable (TCP processing): kept as margin
    MARGIN_S = 1e-4

    def __init__(self):
        self.recent = collections.deque(maxlen=self.KEEP)  # (resumed perf s, due perf s), oldest first

    def woke(self, resumed, due):
        self.recent.append((resumed, due))

    def polled_before(self, read):
        """A time every byte of a read made at perf time `read` arrived after: the due time of the latest probe
        that resumed by then, less the margin; None when the probe has not resumed by then."""
        recent = self.recent
        for i in range(len(recent) - 1, -1, -1):
            if recent[i][0] <= read:
                return recent[i][1] - self.MARGIN_S
        return None

    def reset(self):
        self.recent.clear()


POLLS = LoopPolls()


def _stamp(ancdata, got_data):
    now = time.perf_counter()
    for level, kind, data in ancdata:
        if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS and len(data) >= _TIMESPEC.size:
            sec, nsec = _TIMESPEC.unpack_from(data)
            lag_ns = time.time_ns() - (sec * 1_000_000_000 + nsec)
            if _MIN_LAG_NS <= lag_ns <= _MAX_LAG_NS:
                lag = max(0, lag_ns) * 1e-9
                RX.arrival, RX.lag = now - lag, lag
                if got_data:
                    RX.kernel += 1
                    RX.lags.append(lag)
                return
            RX.rejected += got_data
            break
    else:
        RX.user += got_data
    RX.arrival, RX.lag = now, None


class StampedSocket(socket.socket):
    """A TCP socket whose every read stamps RX, from the kernel where it can."""

    __slots__ = ("kernel_stamps",)

    def enable_stamps(self):
        """Asks the kernel to stamp arriving segments; False where it cannot (reads are then user-stamped)."""
        self.kernel_stamps = False
        if SO_TIMESTAMPNS is not None and _ANCILLARY:
            try:
                self.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
                self.kernel_stamps = True
            except OSError:
                pass
        return self.kernel_stamps

    def recv(self, bufsize, flags=0):
        if not getattr(self, "kernel_stamps", False):
            data = super().recv(bufsize, flags)
            _stamp((), bool(data))
            return data
        data, ancdata, _, _ = self.recvmsg(bufsize, _ANCILLARY, flags)
        _stamp(ancdata, bool(data))
        return data

    def recv_into(self, buffer, nbytes=0, flags=0):
        if not getattr(self, "kernel_stamps", False):
            n = super().recv_into(buffer, nbytes, flags)
            _stamp((), n > 0)
            return n
        view = memoryview(buffer)
        n, ancdata, _, _ = self.recvmsg_into([view[:nbytes] if nbytes else view], _ANCILLARY, flags)
        _stamp(ancdata, n > 0)
        return n

    def accept(self):
        """An accepted connection is a StampedSocket too, stamped like its listener (the serve-sim side)."""
        fd, addr = self._accept()
        conn = StampedSocket(self.family, self.type, self.proto, fileno=fd)
        if self.family in (socket.AF_INET, socket.AF_INET6):  # as asyncio would: a token is one small write
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if getattr(self, "kernel_stamps", False):
            conn.enable_stamps()
        if socket.getdefaulttimeout() is None and self.gettimeout():
            conn.setblocking(True)
        return conn, addr


def lag_summary(lags):
    """{p50, p90, p99, max} of lags in seconds (µs resolution), None without any."""
    if not lags:
        return None
    values = sorted(lags)
    out = {}
    for key, q in (("p50", .5), ("p90", .9), ("p99", .99), ("max", 1.0)):
        h = (len(values) - 1) * q
        lo = int(h)
        hi = min(lo + 1, len(values) - 1)
        out[key] = round(values[lo] + (values[hi] - values[lo]) * (h - lo), 6)
    return out
