"""A test-only HTTP/HTTPS server that plays a recorded response, byte for byte, at known times.

    python3 replayserver.py FIXTURE.json [--port 0] [--log TRUTH.jsonl] [--cert PEM --key PEM]

A fixture (tests/data/agent/streams/*.json) is one engine's answer: status, headers, framing
("chunked": each write is one HTTP chunk, as uvicorn, axum and cpp-httplib send a stream; "length";
"close": the body ends when the connection does), and `writes`: [milliseconds after the request
arrived, text], each one socket write. `end: "cut"` drops the connection after the last write without
ending the body. Every request on every connection gets the same answer.

The truth log has one line per request: `rid` (its X-Request-Id), `arrival` and `writes` (Unix seconds on
one monotonic clock: when the request's last byte reached the socket, by the kernel's SO_TIMESTAMPNS stamp
of the read that completed it (the read's own time over TLS, where recvmsg cannot be used), and when each
write had been handed to the kernel), so a test compares the agent's intervals with the server's. The
writes are timed from that arrival, so a thread woken late does not shift the answer.

With REPLAY_API_KEY in the environment (not argv: the tests grep process lists for the key) a request
needs `Authorization: Bearer <key>`: none gets vLLM's 401 answer, a wrong one a 403 (a gateway's), or with
REPLAY_WRONG_KEY_STATUS=401 vLLM's 401 again.
"""
import argparse
import gzip
import json
import os
import socket
import ssl
import struct
import sys
import threading
import time

# Linux's SO_TIMESTAMPNS (Python does not export it), as the agent's stamps.py uses it
SO_TIMESTAMPNS = getattr(socket, "SO_TIMESTAMPNS", 35 if sys.platform.startswith("linux") else None)
TIMESPEC = struct.Struct("@qq")


class Clock:
    def __init__(self):
        self.perf0, self.unix0 = time.perf_counter(), time.time()

    def unix(self, perf):
        return self.unix0 + (perf - self.perf0)


CLOCK = Clock()


def load_fixture(path):
    with open(path, encoding="utf-8") as f:
        fixture = json.load(f)
    fixture["writes"] = [(float(ms) / 1000.0, text.encode("utf-8")) for ms, text in fixture["writes"]]
    return fixture


def recv_stamped(conn):
    """(bytes, perf time they reached the socket): the kernel's stamp where the socket has one."""
    if isinstance(conn, ssl.SSLSocket) or SO_TIMESTAMPNS is None:
        piece = conn.recv(65536)
        return piece, time.perf_counter()
    piece, ancdata, _, _ = conn.recvmsg(65536, socket.CMSG_SPACE(TIMESPEC.size))
    now = time.perf_counter()
    for level, kind, raw in ancdata:
        if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS and len(raw) >= TIMESPEC.size:
            sec, nsec = TIMESPEC.unpack_from(raw)
            lag_ns = time.time_ns() - (sec * 1_000_000_000 + nsec)
            if 0 <= lag_ns <= 60 * 10**9:
                return piece, now - lag_ns * 1e-9
    return piece, now


def read_request(conn, pending):
    """(headers dict, leftover bytes, arrival perf time) of one request, or (None, b"", None) when the client
    closed; the arrival is the stamp of the read that completed the request."""
    data = pending
    arrival = time.perf_counter()
    while b"\r\n\r\n" not in data:
        piece, arrival = recv_stamped(conn)
        if not piece:
            return None, b"", None
        data += piece
    head, _, rest = data.partition(b"\r\n\r\n")
    headers = {}
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        piece, arrival = recv_stamped(conn)
        if not piece:
            return None, b"", None
        rest += piece
    return headers, rest[length:], arrival


def plain_answer(status, reason, body):
    return (f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
            .encode() + body)


class Replay:
    def __init__(self, fixture, log_path, api_key):
        self.fixture = fixture
        self.log = open(log_path, "a", encoding="utf-8") if log_path else None
        self.log_lock = threading.Lock()
        self.api_key = api_key
        self.wrong_key_status = int(os.environ.get("REPLAY_WRONG_KEY_STATUS", "403"))

    def serve(self, conn):
        pending = b""
        try:
            while True:
                headers, pending, arrival = read_request(conn, pending)
                if headers is None:
                    return
                if self.api_key is not None:
                    given = headers.get("authorization", "")
                    if not given:
                        conn.sendall(plain_answer(401, "Unauthorized", b'{"error":"Unauthorized"}'))
                        continue
                    if given != f"Bearer {self.api_key}":
                        if self.wrong_key_status == 401:  # vLLM: the same 401 as for no key
                            conn.sendall(plain_answer(401, "Unauthorized", b'{"error":"Unauthorized"}'))
                        else:
                            conn.sendall(plain_answer(403, "Forbidden", b'{"error":{"code":403,"message":'
                                                                        b'"Invalid API Key","type":"authentication_error"}}'))
                        continue
                keep = self.answer(conn, headers, arrival)
                if not keep:
                    return
        except (OSError, ssl.SSLError):
            return
        finally:
            try:
                conn.close()
            except OSError:
                pass

    def answer(self, conn, headers, arrival):
        f = self.fixture
        framing = f.get("framing", "chunked")
        writes = f["writes"]
        head = [f"HTTP/1.1 {f.get('status', 200)} {f.get('reason', 'OK')}"]
        head += [f"{name}: {value}" for name, value in f.get("headers", [])]
        body_all = b"".join(data for _, data in writes)
        if f.get("gzip"):
            body_all = gzip.compress(body_all)
            writes = [(writes[-1][0], body_all)]
            head.append("content-encoding: gzip")
        if framing == "chunked":
            head.append("transfer-encoding: chunked")
        elif framing == "length":
            head.append(f"content-length: {len(body_all)}")
        else:
            head.append("connection: close")
        conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
        times = []
        for offset, data in writes:
            delay = arrival + offset - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            conn.sendall(b"%x\r\n%s\r\n" % (len(data), data) if framing == "chunked" else data)
            times.append(time.perf_counter())
        cut = f.get("end") == "cut"
        if framing == "chunked" and not cut:
            conn.sendall(b"0\r\n\r\n")
        if self.log:
            line = json.dumps({"rid": headers.get("x-request-id"), "arrival": CLOCK.unix(arrival),
                               "writes": [CLOCK.unix(t) for t in times]})
            with self.log_lock:
                self.log.write(line + "\n")
                self.log.flush()
        return framing != "close" and not cut


def main():
    p = argparse.ArgumentParser()
    p.add_argument("fixture")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--log")
    p.add_argument("--cert")
    p.add_argument("--key")
    args = p.parse_args()
    replay = Replay(load_fixture(args.fixture), args.log, os.environ.get("REPLAY_API_KEY"))
    context = None
    if args.cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.cert, args.key)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", args.port))
    listener.listen(256)
    print(json.dumps({"type": "listening", "port": listener.getsockname()[1], "pid": os.getpid()}), flush=True)

    def handle(conn):
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if context is not None:
            try:
                conn = context.wrap_socket(conn, server_side=True)
            except (ssl.SSLError, OSError):
                conn.close()  # the client refused our certificate: its message is what the test reads
                return
        replay.serve(conn)

    while True:
        conn, _ = listener.accept()
        if SO_TIMESTAMPNS is not None:
            try:
                conn.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
            except OSError:
                pass  # reads are stamped in user space then
        threading.Thread(target=handle, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    sys.exit(main())
