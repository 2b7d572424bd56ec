"""probe: what the node is, and which engine serves the endpoint."""
import json
import os
import platform
import re
import shutil
import signal
import socket
import ssl
import subprocess
import urllib.error
import urllib.request

from . import AGENT_VERSION, PROTOCOL_VERSION, EXIT_OK
from .clock import CLOCK, us
from .telemetry import number_or_none


def run_output(argv, timeout=5.0):
    """(exit code, stdout and stderr joined) of a command, or None when it is missing or hangs past `timeout`.

    Both streams: llama-server prints its version to stderr. The command runs in its own session and the
    whole group is killed on timeout, since a wrapper script's child that keeps the pipes open would
    otherwise hold communicate() until it exits on its own."""
    try:
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                start_new_session=True)
    except OSError:
        return None
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
        proc.communicate()
        return None
    return proc.returncode, out.decode("utf-8", "replace")


def run_quiet(argv, timeout=5.0):
    """stdout of a command, or None when it is missing, fails or hangs past `timeout`."""
    r = run_output(argv, timeout)
    return r[1] if r is not None and r[0] == 0 else None


def probe_gpus():
    gpus, note, driver, cuda = [], "", "", ""
    if shutil.which("nvidia-smi"):
        out = run_quiet(["nvidia-smi", "--query-gpu=index,name,memory.total,driver_version,power.limit",
                         "--format=csv,noheader,nounits"])
        if out is None:
            note = "nvidia-smi is installed but failed or timed out"
        for line in (out or "").strip().splitlines():
            c = [x.strip() for x in line.split(",")]
            if len(c) == 5:
                gpus.append({"index": int(c[0]), "name": c[1], "memory_mib": number_or_none(c[2]),
                             "power_limit_w": number_or_none(c[4])})
                driver = c[3]
        m = re.search(r"CUDA Version:\s*([\d.]+)", run_quiet(["nvidia-smi"]) or "")
        cuda = m.group(1) if m else ""
    if shutil.which("rocm-smi"):
        out = run_quiet(["rocm-smi", "--showproductname", "--json"])
        try:
            for i, (card, info) in enumerate(sorted(json.loads(out or "{}").items())):
                gpus.append({"index": len(gpus), "name": info.get("Card series") or info.get("Card SKU") or card,
                             "memory_mib": None, "power_limit_w": None})
        except (ValueError, AttributeError):
            note = "rocm-smi output could not be read"
    if not gpus and not note:
        note = "no GPU tool found (nvidia-smi, rocm-smi)"
    return gpus, note, driver, cuda


# -- versions printed by binaries (formats in tests/data/agent/engines/SOURCES.md) ------------------

PYTHON_VERSION = re.compile(r"^\s*v?(\d+\.\d+(?:\.\d+)?(?:[.+\-]?[0-9A-Za-z]+)*)\s*$")


def last_version_line(text):
    """The last line that is nothing but a version (vllm may log lines before argparse prints it)."""
    found = None
    for line in text.splitlines():
        m = PYTHON_VERSION.match(line)
        if m:
            found = m.group(1)
    return found


def tgi_version(text):
    # clap's --version: "<binary name> <version>"
    m = re.search(r"text-generation-launcher\s+v?(\d+\.\d+\.\d+[0-9A-Za-z.+\-]*)", text)
    return m.group(1) if m else None


def llamacpp_version(text):
    # common/arg.cpp: "version: <build number> (<commit>)" on stderr; releases are tagged b<build number>
    m = re.search(r"version:\s*(\d+)\s*\(([0-9a-fA-F]+|unknown)\)", text)
    return f"b{m.group(1)}" if m else None


def llamacpp_build_info(text):
    # /props build_info is "b<build number>-<commit>"; the same release as the binary's "b<build number>"
    m = re.match(r"^b?(\d+)(?:-\S+)?$", text.strip()) if isinstance(text, str) else None
    return f"b{m.group(1)}" if m else (text.strip()[:80] if isinstance(text, str) and text.strip() else None)


ENGINES = (
    # name, command, version parser; a bare python import is the fallback where the engine has no CLI
    ("vllm", ["vllm", "--version"], last_version_line),
    ("vllm", ["python3", "-c", "import vllm; print(vllm.__version__)"], last_version_line),
    ("sglang", ["python3", "-c", "import sglang; print(sglang.__version__)"], last_version_line),
    ("tensorrt_llm", ["python3", "-c", "import tensorrt_llm; print(tensorrt_llm.__version__)"], last_version_line),
    ("tgi", ["text-generation-launcher", "--version"], tgi_version),
    ("llama.cpp", ["llama-server", "--version"], llamacpp_version),
)


def probe_engines(timeout=10.0):
    """Engines installed on the node: ([{name, version, source: "binary"}], notes about look-ups that hung)."""
    found, notes = [], []
    for name, argv, parse in ENGINES:
        if any(e["name"] == name for e in found):
            continue
        if not shutil.which(argv[0]):
            continue
        # importing vllm takes seconds; a hang must not stall the probe
        r = run_output(argv, timeout=timeout)
        if r is None:
            notes.append(f"{' '.join(argv[:2])} did not answer within {timeout:g} s")
            continue
        code, out = r
        version = parse(out) if code == 0 or name == "llama.cpp" else None
        if version:
            found.append({"name": name, "version": version[:80], "source": "binary"})
    return found, notes


# -- the engine behind an endpoint -----------------------------------------------------------------

def get_json(url, timeout, headers=None, context=None, answer_headers=None):
    """(HTTP status, decoded JSON or None); raises OSError/URLError when the server cannot be reached. The
    answer's headers go into `answer_headers` when given."""
    req = urllib.request.Request(url, headers=dict(headers or {}, Accept="application/json"))
    try:
        with urllib.request.urlopen(req, timeout=timeout, context=context) as r:
            body = r.read(1 << 20)
            status = r.status
            if answer_headers is not None:
                answer_headers.update((k.lower(), v) for k, v in r.headers.items())
    except urllib.error.HTTPError as e:
        return e.code, None
    try:
        return status, json.loads(body)
    except ValueError:
        return status, None


def identify_engine(base, timeout, headers=None, context=None):
    """The engine answering at `base` from its own version endpoint: {name, version, source: "endpoint"}
    and its context length when it says, or (None, None). Each engine's answer is identified by its shape,
    since a proxy or another engine may serve any of these paths."""
    status, v = get_json(base + "/version", timeout, headers, context)
    if status == 200 and isinstance(v, dict) and isinstance(v.get("version"), str) and set(v) == {"version"}:
        return {"name": "vllm", "version": v["version"][:80], "source": "endpoint"}, None
    status, v = get_json(base + "/get_server_info", timeout, headers, context)
    if status == 200 and isinstance(v, dict) and isinstance(v.get("version"), str) and "model_path" in v:
        length = v.get("context_length")
        return {"name": "sglang", "version": v["version"][:80], "source": "endpoint"}, \
            length if isinstance(length, int) and length > 0 else None
    status, v = get_json(base + "/info", timeout, headers, context)
    if status == 200 and isinstance(v, dict) and isinstance(v.get("version"), str) and (
            v.get("router") == "text-generation-router" or "max_total_tokens" in v):
        length = v.get("max_total_tokens")
        return {"name": "tgi", "version": v["version"][:80], "source": "endpoint"}, \
            length if isinstance(length, int) and length > 0 else None
    status, v = get_json(base + "/props", timeout, headers, context)
    if status == 200 and isinstance(v, dict) and "build_info" in v:
        settings = v.get("default_generation_settings") or {}
        length = settings.get("n_ctx") if isinstance(settings, dict) else None
        return {"name": "llama.cpp", "version": llamacpp_build_info(v["build_info"]) or "", "source": "endpoint"}, \
            length if isinstance(length, int) and length > 0 else None
    return None, None


def probe_endpoint(endpoint, timeout, headers=None, context=None):
    """What the endpoint serves: {models, simulated, max_model_len?, endpoint_error?} and the engine
    identified there (or None)."""
    base = endpoint.rstrip("/")
    out = {}
    try:
        answer = {}
        status, models = get_json(base + "/v1/models", timeout, headers, context, answer)
        if status != 200:
            reason = {401: "the server wants an API key", 403: "the API key was refused"}.get(status, "")
            out["models"] = []
            out["endpoint_error"] = f"{endpoint}: HTTP {status}" + (f" ({reason})" if reason else "")
        else:
            data = (models or {}).get("data") if isinstance(models, dict) else None
            data = [m for m in data if isinstance(m, dict)] if isinstance(data, list) else []
            out["models"] = [m.get("id") for m in data]
            # serve-sim marks every answer; its model cards do so only in the dialects whose cards have room
            out["simulated"] = any(m.get("simulated") for m in data) or \
                answer.get("x-inferdeck-simulated", "").lower() == "true"
            lengths = [m["max_model_len"] for m in data if isinstance(m.get("max_model_len"), int)]
            if lengths:
                out["max_model_len"] = max(lengths)
        if out.get("endpoint_error") and status in (401, 403):
            return out, None
        engine, length = identify_engine(base, timeout, headers, context)
        if engine and out.get("simulated") and engine.get("version"):
            # serve-sim answers in an engine's dialect: its version must not read as a real engine's
            engine["version"] += " (simulated by serve-sim)"
        if length and "max_model_len" not in out:
            out["max_model_len"] = length
        return out, engine
    except (OSError, ValueError, urllib.error.URLError, ssl.SSLError) as e:
        out["models"] = []
        out["endpoint_error"] = f"{endpoint}: {getattr(e, 'reason', e)}"
        return out, None


def memory_mib():
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    return round(int(line.split()[1]) / 1024.0, 1)
    except OSError:
        pass
    return None


def os_name():
    try:
        with open("/etc/os-release") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    return line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return platform.platform()


def cmd_probe(args):
    gpus, note, driver, cuda = probe_gpus()
    inventory = {"v": PROTOCOL_VERSION, "seq": 1, "type": "inventory", "t": us(CLOCK.now()),
                 "agent_version": AGENT_VERSION, "hostname": socket.gethostname(), "os": os_name(),
                 "python": platform.python_version(), "cpu_count": os.cpu_count(), "memory_mib": memory_mib(),
                 "driver": driver, "cuda": cuda, "gpus": gpus, "gpu_note": note, "engines": []}
    served = None
    if args.endpoint:
        found, served = probe_endpoint(args.endpoint, args.timeout, getattr(args, "headers", None),
                                       getattr(args, "ssl_context", None))
        inventory.update(found)
    installed, notes = ([], []) if args.no_engines else probe_engines(getattr(args, "engine_timeout", 10.0))
    # the engine that serves the endpoint is the one measured: it comes first, an installed copy of the
    # same engine is listed only when it differs (a container may serve another version than the host has)
    engines = [served] if served else []
    engines += [e for e in installed if not (served and e["name"] == served["name"] and e["version"] == served["version"])]
    inventory["engines"] = engines
    if notes:
        inventory["engine_notes"] = notes
    print(json.dumps(inventory, separators=(",", ":")))
    return EXIT_OK
