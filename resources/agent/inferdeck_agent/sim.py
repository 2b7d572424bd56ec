"""serve-sim: an OpenAI-compatible server on a continuous-batching engine model, speaking the wire dialect of
vLLM, SGLang, TGI or llama.cpp (and some of their older shapes), optionally as a reasoning model, behind an
API key or TLS; it logs the ground truth of every request. Modules: simengine (timing model), simserver
(HTTP), simdialects (each engine's wire shapes), simtokenizer (its tokenizer)."""
import asyncio
import ctypes
import gc
import os
import signal
import socket
import ssl
import sys

from . import EXIT_OK, EXIT_USAGE
from .events import EventWriter
from .httpclient import TimedStreamReader
from .simdialects import make
from .simserver import SimServer
from .stamps import StampedSocket


def listener(host, port, shared=False):
    """The listening socket: its accepted connections stamp request arrival from the kernel (stamps.py), so
    the ground truth's `arrival` is when the request reached the machine, not when a busy loop read it.
    `shared`: several replica processes listen on the port, the kernel spreading connections over them."""
    family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    # proto named: asyncio sets TCP_NODELAY only on sockets whose proto is IPPROTO_TCP, and without it Nagle
    # holds a token's small write back until the client's delayed ACK (up to 40 ms)
    sock = StampedSocket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if shared:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.enable_stamps()
    sock.bind((host, port))
    sock.listen(4096)
    sock.setblocking(False)
    return sock


def run_serve_sim(args):
    """serve-sim as one process, or as `--processes` data-parallel replicas: each its own engine model and
    event loop on its own listening socket of the same port (SO_REUSEPORT), so one Python process no longer
    has to write every stream's tokens (at 1,000 streams a single loop falls behind the model's steps). The
    first process announces the port and the replicas' pids, and stops them when it stops."""
    if args.processes < 1 or args.processes > 256:
        print("serve-sim: --processes must be 1 to 256", file=sys.stderr)
        return EXIT_USAGE
    if args.processes == 1:
        return asyncio.run(serve_sim(args))
    if not hasattr(socket, "SO_REUSEPORT") or not hasattr(os, "fork"):
        print("serve-sim: --processes needs SO_REUSEPORT and fork (Linux)", file=sys.stderr)
        return EXIT_USAGE
    first = listener(args.host, args.port, shared=True)
    port = first.getsockname()[1]
    replicas = []
    for k in range(1, args.processes):
        pid = os.fork()
        if pid == 0:
            _die_with_parent()
            first.close()
            args.seed += k  # replicas draw their own faults and answers
            args.replica = k
            code = EXIT_USAGE
            try:
                code = asyncio.run(serve_sim(args, listener(args.host, port, shared=True), replica=k))
            finally:
                os._exit(code)
        replicas.append(pid)
    try:
        return asyncio.run(serve_sim(args, first, replicas=replicas))
    finally:
        for pid in replicas:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for pid in replicas:
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass


def _die_with_parent():
    """A replica ends with the process that started it, even one killed outright (PR_SET_PDEATHSIG)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):
        pass
    if os.getppid() == 1:  # the parent was gone before the call
        os._exit(EXIT_OK)


async def serve_sim(args, sock=None, replica=None, replicas=()):
    """One server process; `sock` a listening socket made before a fork, `replica` k > 0 for a replica that
    prints nothing (the first process announces them all in `replicas`)."""
    try:
        dialect = make(args.dialect, args.legacy, version=args.engine_version, model=args.model,
                       max_model_len=args.max_model_len)
    except ValueError as e:
        print(f"serve-sim: {e}", file=__import__("sys").stderr)
        return EXIT_USAGE
    tls = None
    if args.tls_cert or args.tls_key:
        if not (args.tls_cert and args.tls_key):
            print("serve-sim: --tls-cert and --tls-key go together", file=__import__("sys").stderr)
            return EXIT_USAGE
        tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        tls.load_cert_chain(args.tls_cert, args.tls_key)
    # the server runs indefinitely, so it keeps collecting, but rarely: fewer millisecond pauses in the
    # timing it reports as ground truth
    gc.collect()
    gc.freeze()
    gc.set_threshold(100_000, 50, 100)
    server = SimServer(args, dialect)
    loop = asyncio.get_running_loop()
    engine_task = loop.create_task(server.engine.run())

    def connection():
        reader = TimedStreamReader(limit=1 << 20, loop=loop)
        return asyncio.StreamReaderProtocol(reader, server.handle, loop=loop)

    srv = await loop.create_server(connection, sock=sock or listener(args.host, args.port), ssl=tls)
    port = srv.sockets[0].getsockname()[1]
    if replica is None:
        w = EventWriter()
        w.emit("listening", host=args.host, port=port, model=args.model, simulated=True, pid=os.getpid(),
               dialect=dialect.name, legacy=args.legacy, version=dialect.version, tls=tls is not None,
               api_key=bool(server.api_key), reasoning_tokens=args.reasoning_tokens, processes=1 + len(replicas),
               replicas=list(replicas))
        w.flush()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with srv:
        await stop.wait()
    engine_task.cancel()
    if server.truth:
        server.truth.close()
    return EXIT_OK
