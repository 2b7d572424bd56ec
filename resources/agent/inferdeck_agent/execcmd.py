"""exec: an external benchmark (e.g. `vllm bench serve ... --save-result`), streamed and handed back."""
import base64
import os
import signal
import subprocess
import sys

from . import AGENT_VERSION, EXIT_OK, EXIT_FAILED, EXIT_USAGE
from .events import EventWriter


def cmd_exec(args):
    if not args.argv:
        print("inferdeck_agent: exec needs a command after --", file=sys.stderr)
        return EXIT_USAGE
    # like `run`, outlive a dropped SSH connection: the journal keeps everything for `run --resume-from`
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    writer = EventWriter(args.journal)
    writer.emit("start", agent_version=AGENT_VERSION, pid=os.getpid(), argv=args.argv)
    try:
        # its own process group, so stopping it stops everything it started
        proc = subprocess.Popen(args.argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                errors="replace", start_new_session=True)
    except OSError as e:
        writer.emit("error", message=f"cannot start {args.argv[0]}: {e.strerror}")
        writer.emit("end", ok=False, exit_code=None)
        writer.close()
        return EXIT_FAILED

    def forward(*_):
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, forward)
    for line in proc.stdout:
        writer.emit("log", level="info", source="exec", message=line.rstrip("\n"))
    code = proc.wait()
    if args.result_file:
        try:
            with open(args.result_file, "rb") as f:
                data = f.read()
            writer.emit("result_file", path=args.result_file, bytes=len(data), base64=base64.b64encode(data).decode())
        except OSError as e:
            writer.emit("error", message=f"the result file {args.result_file} was not written: {e.strerror}")
    writer.emit("end", ok=code == 0, exit_code=code)
    writer.close()
    return EXIT_OK if code == 0 else EXIT_FAILED
