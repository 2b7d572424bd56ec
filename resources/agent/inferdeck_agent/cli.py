"""The command line: one subcommand per job."""
import argparse
import asyncio
import socket

from . import __doc__ as package_doc, AGENT_VERSION, PROTOCOL_VERSION, EXIT_USAGE
from .execcmd import cmd_exec
from .readiness import add_access_args, cmd_clock, cmd_probe_with_access, cmd_telemetry_with_access, cmd_wait_ready
from .run import cmd_run
from .sim import run_serve_sim


def main(argv=None):
    p = argparse.ArgumentParser(prog="inferdeck_agent", description=package_doc.split("\n\n")[0])
    p.add_argument("--version", action="version", version=f"inferdeck_agent {AGENT_VERSION} (protocol {PROTOCOL_VERSION})")
    sub = p.add_subparsers(dest="subcommand", required=True)

    pr = sub.add_parser("probe", help="node inventory as one JSON line")
    pr.add_argument("--endpoint", help="also list the models an OpenAI-compatible server serves")
    pr.add_argument("--timeout", type=float, default=5.0)
    pr.add_argument("--no-engines", action="store_true", help="skip the (slow) engine look-ups")
    pr.add_argument("--engine-timeout", type=float, default=10.0, help="time limit of each engine binary look-up")

    sv = sub.add_parser("serve-sim", help="simulated OpenAI-compatible server")
    sv.add_argument("--host", default="127.0.0.1")
    sv.add_argument("--port", type=int, default=0, help="0 picks a free port (printed in the 'listening' event)")
    sv.add_argument("--model", default="meta-llama/Llama-3.1-8B-Instruct")
    sv.add_argument("--speed", type=float, default=1.0, help="time scale: 2 runs the engine twice as fast")
    sv.add_argument("--prefill-tps", type=float, default=20000.0)
    sv.add_argument("--decode-base-ms", type=float, default=6.3)
    sv.add_argument("--kv-read-ns", type=float, default=39.0, help="per context token per decode step")
    sv.add_argument("--max-seqs", type=int, default=256)
    sv.add_argument("--kv-tokens", type=int, default=420000)
    sv.add_argument("--no-prefix-caching", dest="prefix_caching", action="store_false",
                    help="compute every prompt token (the prefix cache is on by default, as in vLLM V1)")
    sv.add_argument("--prefix-cache-tokens", type=int, default=0,
                    help="prefix cache size in tokens (default: the KV capacity)")
    sv.add_argument("--ground-truth", help="append one JSON line per request here")
    sv.add_argument("--seed", type=int, default=0)
    sv.add_argument("--error-rate", type=float, default=0.0)
    sv.add_argument("--error-status", type=int, default=503)
    sv.add_argument("--drop-rate", type=float, default=0.0, help="share of streams cut mid-way")
    sv.add_argument("--stall-rate", type=float, default=0.0)
    sv.add_argument("--stall-s", type=float, default=2.0)
    sv.add_argument("--ready-delay-s", type=float, default=0.0)
    sv.add_argument("--dialect", choices=("vllm", "sglang", "tgi", "llamacpp"), default="vllm",
                    help="the engine whose wire shapes and endpoints to serve")
    sv.add_argument("--legacy", metavar="SHAPE", help="an older shape: vllm-reasoning-content, tgi-2.1, tgi-2.2, "
                    "llamacpp-old, llamacpp-old-done (implies its dialect)")
    sv.add_argument("--engine-version", help="version the info endpoint reports (default: per dialect)")
    sv.add_argument("--max-model-len", type=int, default=131072)
    sv.add_argument("--metrics", action="store_true",
                    help="llamacpp dialect: serve /metrics, as llama-server does only with --metrics")
    sv.add_argument("--reasoning-tokens", metavar="N|A-B", help="the first N generated tokens are reasoning")
    sv.add_argument("--report-reasoning-usage", action="store_true",
                    help="add usage.completion_tokens_details.reasoning_tokens (OpenAI's shape)")
    sv.add_argument("--stream-error-rate", type=float, default=0.0, help="share of streams ending in an engine error")
    sv.add_argument("--keepalive-s", type=float, default=15.0, help="idle time before a TGI keep-alive comment")
    sv.add_argument("--api-key", help="require Authorization: Bearer KEY (for tests; prefer --api-key-file)")
    sv.add_argument("--api-key-file", help="read the required key from this file")
    sv.add_argument("--wrong-key-status", type=int, default=401,
                    help="status for a wrong key (the engines answer 401; a gateway may answer 403)")
    sv.add_argument("--tls-cert", help="serve HTTPS with this PEM certificate chain")
    sv.add_argument("--tls-key", help="the PEM private key for --tls-cert")
    sv.add_argument("--processes", type=int, default=1,
                    help="data-parallel engine replicas, one process each, sharing the port (SO_REUSEPORT); "
                    "--max-seqs and --kv-tokens are per replica")

    rn = sub.add_parser("run", help="run one phase of load from a JSON spec")
    rn.add_argument("spec", nargs="?", default="-", help="spec file, or - for stdin")
    rn.add_argument("--journal", help="append every event to this file as well")
    rn.add_argument("--barrier", action="store_true", help="print 'ready', then wait for 'go <unix-time>' on stdin")
    rn.add_argument("--resume-from", type=int, metavar="SEQ", help="replay the journal after SEQ and follow it")
    rn.add_argument("--worker", metavar="W/K", help=argparse.SUPPRESS)  # started by the agent itself

    tl = sub.add_parser("telemetry", help="GPU telemetry events")
    tl.add_argument("--interval", type=float, default=1.0)
    tl.add_argument("--count", type=int, help="stop after this many samples")
    tl.add_argument("--node", default=socket.gethostname())
    tl.add_argument("--sim", metavar="ENDPOINT", help="derive telemetry from serve-sim at ENDPOINT")
    tl.add_argument("--engine-metrics", metavar="URL",
                    help="also scrape the engine's Prometheus endpoint (e.g. http://127.0.0.1:8000/metrics) "
                         "every interval into engine_metrics events")
    tl.add_argument("--engine-metrics-raw", action="store_true",
                    help="add the raw families to every engine_metrics event, also for a recognized engine")
    tl.add_argument("--journal")

    ex = sub.add_parser("exec", help="run an external benchmark command")
    ex.add_argument("--result-file", help="hand this file back when the command ends")
    ex.add_argument("--journal")
    ex.add_argument("argv", nargs=argparse.REMAINDER, help="-- COMMAND [ARGS...]")

    ck = sub.add_parser("clock", help="answer each stdin line with this node's Unix time")
    wr = sub.add_parser("wait-ready", help="wait until an endpoint answers GET /v1/models")
    wr.add_argument("endpoint")
    wr.add_argument("--timeout", type=float, default=300.0)
    add_access_args(wr)
    add_access_args(pr)
    add_access_args(tl, key=False)
    del ck

    args = p.parse_args(argv)
    if args.subcommand == "clock":
        return cmd_clock(args)
    if args.subcommand == "wait-ready":
        return cmd_wait_ready(args)
    if args.subcommand == "probe":
        return cmd_probe_with_access(args)
    if args.subcommand == "serve-sim":
        return run_serve_sim(args)
    if args.subcommand == "run":
        return cmd_run(args)
    if args.subcommand == "telemetry":
        return cmd_telemetry_with_access(args)
    if args.subcommand == "exec":
        if args.argv and args.argv[0] == "--":
            args.argv = args.argv[1:]
        return cmd_exec(args)
    return EXIT_USAGE

