"""HTTP/1.1 client on asyncio streams: keep-alive pool over TCP or TLS, chunked and length-delimited bodies."""
import asyncio
import socket
import ssl
import time

from .stamps import POLLS, RX, StampedSocket


class HttpError(Exception):
    pass


class TimedStreamReader(asyncio.StreamReader):
    """A StreamReader that knows when each byte arrived.

    feed_data() runs straight from the protocol's data_received(), right after the transport's recv() on a
    StampedSocket, so each piece takes that read's stamp: the kernel's receive time where the OS gives one
    (stamps.py), else the moment the event loop read the socket. A coroutine resumes only after every other
    ready socket of the same poll has been handled, which under a burst of tokens is milliseconds later.
    `lag` is the user-space minus kernel stamp of the piece arrived() last named (None: no kernel stamp).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fed = 0
        self.consumed = 0
        self.marks = []  # (end offset of a received piece, perf time, lag or None), oldest first
        self.first_mark = 0
        self.lag = None
        self.span = None

    def feed_data(self, data):
        self.fed += len(data)
        arrival = RX.arrival
        self.marks.append((self.fed, time.perf_counter() if arrival is None else arrival, RX.lag))
        super().feed_data(data)

    async def readline(self):
        line = await super().readline()
        self.consumed += len(line)
        return line

    async def readexactly(self, n):
        data = await super().readexactly(n)
        self.consumed += n
        return data

    async def read(self, n=-1):
        data = await super().read(n)
        self.consumed += len(data)
        return data

    def stamp_at(self, offset):
        """When the byte before stream offset `offset` arrived (offsets count from the connection's first byte
        and only grow between calls); sets `lag` like arrived(), and `span`: how much earlier than that stamp
        the first bytes of the same read may have arrived (the stamp minus when the previous read ran, or when
        the event loop last polled before this read if later (stamps.LoopPolls): a byte there then would have
        been read then), None for a connection's first read."""
        marks = self.marks
        i = self.first_mark
        while i < len(marks) - 1 and marks[i][0] < offset:
            i += 1
        if i > 1024:  # drop what lies behind, now and then, keeping the read before this one
            del marks[:i - 1]
            i = 1
        self.first_mark = i
        if not marks:
            self.lag = self.span = None
            return time.perf_counter()
        fed, arrival, lag = marks[i]
        self.lag = lag
        if i:
            _, before, before_lag = marks[i - 1]
            since = before + (before_lag or 0.0)
            # an event loop that kept polling between the two reads would have read an earlier byte earlier
            polled = POLLS.polled_before(arrival + (lag or 0.0))
            if polled is not None and polled > since:
                since = polled
            self.span = max(0.0, arrival - since)
        else:
            self.span = None
        return arrival

    def arrived(self):
        """When the last byte read so far arrived."""
        marks = self.marks
        i = self.first_mark
        while i < len(marks) - 1 and marks[i][0] < self.consumed:
            i += 1
        if i > 1024:  # drop what lies behind, now and then
            del marks[:i]
            i = 0
        self.first_mark = i
        if not marks:
            self.lag = None
            return time.perf_counter()
        self.lag = marks[i][2]
        return marks[i][1]


def tls_context(tls):
    """The client TLS context of a spec's `tls` {ca_file, insecure_skip_verify}: the system CAs unless a
    CA file is named; raises ssl.SSLError or OSError for a CA file that cannot be loaded."""
    tls = tls or {}
    context = ssl.create_default_context(cafile=tls.get("ca_file"))
    if tls.get("insecure_skip_verify"):
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def tls_failure(error, host, port):
    """A failed TLS handshake as a sentence that names the reason and the server."""
    if isinstance(error, ssl.SSLCertVerificationError):
        reason = error.verify_message or error.reason or "the certificate does not verify"
        return f"certificate verify failed: {reason} for {host}:{port}"
    return f"TLS handshake with {host}:{port} failed: {error.reason or error}"


async def open_timed_connection(host, port, context=None):
    loop = asyncio.get_running_loop()
    reader = TimedStreamReader(limit=1 << 20, loop=loop)
    protocol = asyncio.StreamReaderProtocol(reader, loop=loop)
    # our own socket, stamped before it connects so that no segment arrives unstamped; over TLS the SSL
    # protocol decrypts and feeds the plaintext within the callback of the read that completed the record
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    error = None
    for family, kind, proto, _, address in infos:
        sock = StampedSocket(family, kind, proto)
        try:
            sock.setblocking(False)
            sock.enable_stamps()
            await loop.sock_connect(sock, address)
            break
        except OSError as e:
            sock.close()
            error = e
        except BaseException:  # cancelled while connecting
            sock.close()
            raise
    else:
        raise error or OSError(f"cannot resolve {host}")
    try:
        transport, _ = await loop.create_connection(lambda: protocol, sock=sock, ssl=context,
                                                    server_hostname=host if context is not None else None)
    except BaseException:
        sock.close()
        raise
    return reader, asyncio.StreamWriter(transport, protocol, reader, loop)


class ConnectionPool:
    """Idle keep-alive connections to one server; a million requests must not exhaust local ports."""

    def __init__(self, host, port, context=None):
        self.host, self.port = host, port
        self.context = context  # an ssl.SSLContext for https, None for http
        self.idle = []

    async def get(self):
        while self.idle:
            reader, writer = self.idle.pop()
            if not writer.is_closing() and not reader.at_eof():
                return reader, writer
        try:
            reader, writer = await open_timed_connection(self.host, self.port, self.context)
        except ssl.SSLError as e:
            raise HttpError(tls_failure(e, self.host, self.port))
        sock = writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return reader, writer

    def put(self, conn):
        self.idle.append(conn)

    def close(self):
        for _, writer in self.idle:
            writer.close()
        self.idle = []


async def read_head(reader):
    line = await reader.readline()
    if not line:
        raise HttpError("the server closed the connection before answering")
    parts = line.decode("latin-1").split(" ", 2)
    if len(parts) < 2 or not parts[0].startswith("HTTP/") or not parts[1].isdigit():
        raise HttpError(f"malformed status line {line[:80]!r}")
    headers = {}
    while True:
        line = await reader.readline()
        if not line:
            raise HttpError("the server closed the connection inside the headers")
        if line in (b"\r\n", b"\n"):
            break
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    return int(parts[1]), headers


async def chunked_body(reader, sink, read_size=1 << 18):
    """Reads a chunked body, calling sink(arrival, payload) for each HTTP chunk as soon as its bytes are in, with
    `reader.lag` set for it. One read takes everything the socket holds, however many chunks: a burst of tokens
    costs one await, not three per chunk, and each chunk still gets the stamp of the read that completed it."""
    buf = b""
    base = reader.consumed  # stream offset of buf[0]
    pos = 0
    while True:
        while True:
            eol = buf.find(b"\n", pos)
            if eol < 0:
                break
            try:
                size = int(buf[pos:eol].split(b";")[0].strip(), 16)
            except ValueError:
                raise HttpError(f"malformed chunk size {buf[pos:eol][:40]!r}")
            if size == 0:
                # the last chunk, then optional trailers and a blank line: nothing follows before the next request
                if b"\r\n\r\n" in buf[eol - 1:] or b"\n\n" in buf[eol:]:
                    return
                break
            end = eol + 1 + size
            if len(buf) < end + 2:
                break
            sink(reader.stamp_at(base + end), buf[eol + 1:end])
            pos = end + 2
        if pos:
            buf = buf[pos:]
            base += pos
            pos = 0
        data = await reader.read(read_size)
        if not data:
            raise HttpError("connection closed mid-stream")
        buf += data


async def body_pieces(reader, headers):
    """Yields (perf time received, bytes) of the body as it arrives."""
    if "chunked" in headers.get("transfer-encoding", "").lower():
        while True:
            size_line = await reader.readline()
            if not size_line:
                raise HttpError("connection closed mid-stream")
            try:
                size = int(size_line.split(b";")[0].strip(), 16)
            except ValueError:
                raise HttpError(f"malformed chunk size {size_line[:40]!r}")
            if size == 0:
                while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                    pass
                return
            data = await reader.readexactly(size)
            now = reader.arrived() if isinstance(reader, TimedStreamReader) else time.perf_counter()
            await reader.readexactly(2)
            yield now, data
    elif "content-length" in headers:
        remaining = int(headers["content-length"])
        while remaining > 0:
            data = await reader.read(min(remaining, 1 << 16))
            if not data:
                raise HttpError("connection closed mid-body")
            remaining -= len(data)
            yield (reader.arrived() if isinstance(reader, TimedStreamReader) else time.perf_counter()), data
    else:
        while True:
            data = await reader.read(1 << 16)
            if not data:
                return
            yield (reader.arrived() if isinstance(reader, TimedStreamReader) else time.perf_counter()), data
