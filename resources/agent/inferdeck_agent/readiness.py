"""clock and wait-ready: small helpers the app's run controller uses before a phase, and the way
wait-ready and probe reach a protected endpoint (API key on stdin, TLS)."""
import http.client
import json
import ssl
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

from . import PROTOCOL_VERSION, EXIT_OK, EXIT_FAILED, EXIT_USAGE
from .httpclient import tls_context, tls_failure
from .probe import cmd_probe
from .run import read_key_line
from .telemetry import cmd_telemetry

def add_access_args(parser, key=True):
    """The options of a subcommand that talks to the endpoint: the key on stdin, never in argv."""
    if key:
        parser.add_argument("--api-key-stdin", action="store_true",
                            help="read `key <secret>` from stdin first and send it as Authorization: Bearer")
    parser.add_argument("--ca-file", help="verify an https endpoint against this PEM CA bundle")
    parser.add_argument("--insecure", action="store_true", help="do not verify an https endpoint's certificate")


def endpoint_access(args, endpoint):
    """(headers, ssl context or None) for `endpoint`; raises ValueError with a message that never holds
    the key line, which may be the key."""
    headers = {}
    if getattr(args, "api_key_stdin", False):
        key = read_key_line()
        if key is None:
            raise ValueError("--api-key-stdin: the first line on stdin was not `key <secret>`")
        headers["Authorization"] = f"Bearer {key}"
    context = None
    if endpoint and endpoint.lower().startswith("https://"):
        if args.ca_file and args.insecure:
            raise ValueError("give --ca-file or --insecure, not both")
        try:
            context = tls_context({"ca_file": args.ca_file, "insecure_skip_verify": args.insecure})
        except (ssl.SSLError, OSError) as e:
            raise ValueError(f"cannot load the CA file {args.ca_file}: {getattr(e, 'strerror', None) or e}")
    return headers, context


def cmd_telemetry_with_access(args):
    """telemetry, with the TLS settings of an https simulator and of an https metrics endpoint (neither is
    sent a key: the simulator's load and the engines' /metrics want none)."""
    try:
        _, args.ssl_context = endpoint_access(args, args.sim)
        _, args.metrics_ssl_context = endpoint_access(args, args.engine_metrics)
    except ValueError as e:
        print(f"inferdeck_agent: {e}", file=sys.stderr)
        return EXIT_USAGE
    return cmd_telemetry(args)


def cmd_probe_with_access(args):
    """probe, with the key and TLS settings of --endpoint read first."""
    try:
        args.headers, args.ssl_context = endpoint_access(args, args.endpoint)
    except ValueError as e:
        print(f"inferdeck_agent: {e}", file=sys.stderr)
        return EXIT_USAGE
    return cmd_probe(args)


def cmd_clock(args):
    """Answers every line on stdin with this node's Unix time, so the app can estimate the clock offset
    from the round trip with the smallest delay (NTP's idea, over the already-open channel)."""
    for _ in sys.stdin:
        sys.stdout.write(json.dumps({"v": PROTOCOL_VERSION, "type": "clock", "unix": time.time()}) + "\n")
        sys.stdout.flush()
    return EXIT_OK


def cmd_wait_ready(args):
    """Polls GET /v1/models until the server answers 200 or the time is up; prints one result line. A
    server that refuses the key or a certificate that does not verify ends the wait at once: neither
    changes by waiting."""
    def error(message):
        print(json.dumps({"v": PROTOCOL_VERSION, "type": "error", "message": message}))
        return EXIT_FAILED

    try:
        headers, context = endpoint_access(args, args.endpoint)
    except ValueError as e:
        return error(str(e))
    deadline = time.monotonic() + args.timeout
    url = args.endpoint.rstrip("/") + "/v1/models"
    where = urllib.parse.urlsplit(url)
    last = "no answer"
    while True:
        try:
            request = urllib.request.Request(url, headers=headers)
            with urllib.request.urlopen(request, timeout=min(5.0, max(0.1, deadline - time.monotonic())),
                                        context=context) as r:
                models = [m.get("id") for m in json.loads(r.read()).get("data", [])]
            print(json.dumps({"v": PROTOCOL_VERSION, "type": "ready", "endpoint": args.endpoint, "models": models}))
            return EXIT_OK
        except urllib.error.HTTPError as e:
            if e.code in (401, 403):
                # engines answer a wrong key with 401 as they do a missing one: what was sent tells them apart
                why = ("the server refused the API key" if args.api_key_stdin else
                       "the server wants an API key (none was given: name one with api_key_env or api_key_file)")
                return error(f"{args.endpoint}: HTTP {e.code}: {why}")
            last = f"HTTP {e.code} {e.reason}"
        except http.client.InvalidURL as e:
            # an endpoint http.client will not send (a space or control character in its path, a bad
            # port) stays so however long we wait; without this the agent ended in a traceback, and the
            # app said "the server is not ready: " with no reason
            return error(f"{args.endpoint}: not a valid URL: {e}")
        except http.client.HTTPException as e:
            # something answered that is not an HTTP server (yet): keep waiting, and say so if time runs out
            last = f"not an HTTP answer ({type(e).__name__}: {e})"
        except (urllib.error.URLError, OSError, ValueError) as e:
            reason = getattr(e, "reason", e)
            if isinstance(reason, ssl.SSLError):
                return error(f"{args.endpoint}: {tls_failure(reason, where.hostname, where.port or 443)}")
            last = str(reason)
        if time.monotonic() + 0.25 > deadline:
            print(json.dumps({"v": PROTOCOL_VERSION, "type": "error",
                              "message": f"{args.endpoint} not ready after {args.timeout:g} s: {last}"}))
            return EXIT_FAILED
        time.sleep(0.25)
