"""probe: what the node is."""
import json
import os
import platform
import re
import shutil
import socket
import subprocess
import urllib.error
import urllib.request

from . import AGENT_VERSION, PROTOCOL_VERSION, EXIT_OK
from .clock import CLOCK, us
from .telemetry import number_or_none


def run_quiet(argv, timeout=5.0):
    """stdout of a command, or None when it is missing, fails or hangs past `timeout`."""
    try:
        r = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
        return r.stdout if r.returncode == 0 else None
    except (OSError, subprocess.SubprocessError):
        return None


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


ENGINES = (
    ("vllm", ["python3", "-c", "import vllm; print(vllm.__version__)"]),
    ("sglang", ["python3", "-c", "import sglang; print(sglang.__version__)"]),
    ("tensorrt_llm", ["python3", "-c", "import tensorrt_llm; print(tensorrt_llm.__version__)"]),
    ("text-generation-launcher", ["text-generation-launcher", "--version"]),
    ("llama.cpp", ["llama-server", "--version"]),
)


def probe_engines():
    found = []
    for name, argv in ENGINES:
        if argv[0] != "python3" and not shutil.which(argv[0]):
            continue
        out = run_quiet(argv, timeout=10.0)  # importing vllm takes seconds; a hang must not stall the probe
        if out and out.strip():
            found.append({"name": name, "version": out.strip().splitlines()[-1][:80]})
    return found


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
                 "driver": driver, "cuda": cuda, "gpus": gpus, "gpu_note": note,
                 "engines": [] if args.no_engines else probe_engines()}
    if args.endpoint:
        try:
            with urllib.request.urlopen(args.endpoint.rstrip("/") + "/v1/models", timeout=args.timeout) as r:
                models = json.loads(r.read())
            inventory["models"] = [m.get("id") for m in models.get("data", [])]
            inventory["simulated"] = any(m.get("simulated") for m in models.get("data", []))
        except urllib.error.HTTPError as e:
            inventory["models"] = []
            inventory["endpoint_error"] = f"{args.endpoint}: HTTP {e.code} {e.reason}"
        except (OSError, ValueError, urllib.error.URLError) as e:
            inventory["models"] = []
            inventory["endpoint_error"] = f"{args.endpoint}: {getattr(e, 'reason', e)}"
    print(json.dumps(inventory, separators=(",", ":")))
    return EXIT_OK
