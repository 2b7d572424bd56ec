"""telemetry: GPU samples from nvidia-smi, or derived from the simulator's load, and (enginescrape) the engine's
own metrics beside them."""
import json
import math
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

from . import AGENT_VERSION, EXIT_OK, EXIT_FAILED, EXIT_USAGE
from .clock import CLOCK, us
from .enginescrape import EngineScraper
from .events import EventWriter


NVSMI_FIELDS = "index,utilization.gpu,memory.used,power.draw,temperature.gpu,clocks.sm"


def number_or_none(text):
    try:
        value = float(text)
        return value if math.isfinite(value) else None
    except ValueError:
        return None  # "[N/A]", "[Not Supported]"


# cells nvidia-smi writes in place of a reading when the GPU itself is failing (unlike "[N/A]" or
# "[Not Supported]", which only say the GPU has no such sensor)
FAILED_CELL = re.compile(r"^\[(GPU requires reset|GPU is lost|Unknown Error|Error)\]$", re.IGNORECASE)
# how nvidia-smi names a GPU it cannot query: "GPU0000:3B:00.0" (its PCI bus id) or "GPU 1"
GPU_ID = re.compile(r"GPU\s*([0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\.[0-9A-Fa-f]|\d+)")


class SampleFailed(Exception):
    pass


def parse_nvidia_smi(out, err, code):
    """(samples, problems) from one query. Every GPU line that parsed is kept; a GPU nvidia-smi could not
    read becomes a problem {gpu, message} naming it, so one GPU that needs a reset does not cost the
    readings of the healthy ones. Raises SampleFailed only when no GPU line parsed."""
    samples, problems = [], []
    for line in out.splitlines() + err.splitlines():
        line = line.strip()
        if not line:
            continue
        cells = [c.strip() for c in line.split(",")]
        if len(cells) == 6 and cells[0].isdigit():
            failed = [c for c in cells[1:] if FAILED_CELL.match(c)]
            if failed:
                problems.append({"gpu": cells[0], "message": f"GPU {cells[0]}: {failed[0]}"})
                continue
            samples.append({"gpu": int(cells[0]), "util": number_or_none(cells[1]), "mem_mib": number_or_none(cells[2]),
                            "power_w": number_or_none(cells[3]), "temp_c": number_or_none(cells[4]),
                            "sm_mhz": number_or_none(cells[5])})
            continue
        if cells[0].isdigit():  # a line cut short: its index is all that can be trusted
            problems.append({"gpu": cells[0], "message": f"GPU {cells[0]}: incomplete reading {line[:200]!r}"})
            continue
        m = GPU_ID.search(line)
        problems.append({"gpu": m.group(1) if m else None, "message": line[:300]})
    if code != 0:
        problems.append({"gpu": None, "message": f"nvidia-smi exited with status {code}"})
    if not samples:
        raise SampleFailed("; ".join(p["message"] for p in problems) or "nvidia-smi printed no GPU line")
    return samples, problems


def sample_nvidia_smi(timeout=5.0):
    r = subprocess.run(["nvidia-smi", f"--query-gpu={NVSMI_FIELDS}", "--format=csv,noheader,nounits"],
                       capture_output=True, text=True, timeout=timeout)
    return parse_nvidia_smi(r.stdout, r.stderr, r.returncode)


class SimTelemetry:
    """Plausible H100 readings from the simulator's own load (GET /sim/load): utilization is the share of
    time the engine spent in steps; power, memory, temperature and clock follow it. Marked simulated."""

    IDLE_W, TDP_W, WEIGHTS_MIB, KV_MIB_PER_TOKEN = 70.0, 700.0, 15_320.0, 0.125

    def __init__(self, endpoint, context=None):
        self.base = endpoint.rstrip("/")
        self.url = self.base + "/sim/load"
        self.context = context  # TLS settings of an https simulator (wait-ready's --ca-file / --insecure)
        self.last = None
        self.temp = 35.0

    def load(self):
        try:
            with urllib.request.urlopen(self.url, timeout=2.0, context=self.context) as r:
                return json.loads(r.read())
        except urllib.error.HTTPError as e:
            if e.code != 404 or self.url.endswith("/metrics"):
                raise
        # a serve-sim older than /sim/load published its load as JSON on /metrics, now the engine's
        self.url = self.base + "/metrics"
        return self.load()

    def sample(self):
        """(samples, problems) like parse_nvidia_smi."""
        m = self.load()
        util = 0.0
        if self.last and m["uptime_s"] > self.last["uptime_s"]:
            util = min(1.0, (m["busy_s"] - self.last["busy_s"]) / (m["uptime_s"] - self.last["uptime_s"]))
        self.last = m
        self.temp += (35.0 + 35.0 * util - self.temp) * 0.2  # heats and cools with a lag
        return [{"gpu": 0, "util": round(100 * util, 1),
                 "mem_mib": round(self.WEIGHTS_MIB + 2048 + m["kv_used_tokens"] * self.KV_MIB_PER_TOKEN, 1),
                 "power_w": round(self.IDLE_W + (self.TDP_W - self.IDLE_W) * util ** 0.8, 1),
                 "temp_c": round(self.temp, 1), "sm_mhz": 1980.0 if util > 0.02 else 345.0}], []


def engine_scraper(args, writer):
    """The `--engine-metrics` scraper, or None without the option."""
    if not getattr(args, "engine_metrics", None):
        return None
    return EngineScraper(args.engine_metrics, writer, args.node, args.interval,
                         context=getattr(args, "metrics_ssl_context", None), raw=args.engine_metrics_raw,
                         simulated=bool(args.sim))


def cmd_telemetry(args):
    writer = EventWriter(args.journal)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    threading.Thread(target=lambda: [stop.set() for line in sys.stdin if line.strip() == "stop"], daemon=True).start()
    source = SimTelemetry(args.sim, getattr(args, "ssl_context", None)) if args.sim else None
    try:
        scraper = engine_scraper(args, writer)
    except ValueError as e:
        print(f"inferdeck_agent: {e}", file=sys.stderr)
        return EXIT_USAGE
    gpus = source is not None or shutil.which("nvidia-smi")
    if not gpus and scraper is None:
        writer.emit("error", message="nvidia-smi not found: no GPU telemetry on this node")
        writer.emit("end", ok=False)
        writer.close()
        return EXIT_FAILED
    writer.emit("start", agent_version=AGENT_VERSION, pid=os.getpid(), simulated=bool(args.sim))
    if not gpus:  # a CPU engine (llama.cpp) still has its own metrics worth scraping
        writer.emit("log", level="warn", message="nvidia-smi not found: no GPU telemetry on this node, "
                                                 "engine metrics only")
    if scraper is not None:
        scraper.start(stop)
    deadline = time.perf_counter()
    count = 0
    while not stop.is_set() and (args.count is None or count < args.count):
        t = CLOCK.now()
        if gpus:
            try:
                samples, problems = source.sample() if source else sample_nvidia_smi()
                writer.emit("telemetry", node=args.node, time=us(t), simulated=bool(args.sim), gpus=samples)
                for p in problems:
                    writer.emit("log", level="warn", gpu=p["gpu"], message=f"telemetry: {p['message']}")
            except (OSError, ValueError, subprocess.SubprocessError, urllib.error.URLError, SampleFailed) as e:
                writer.emit("log", level="warn", message=f"telemetry sample failed: {e}")
        writer.flush()
        if not writer.stdout_ok and not args.journal:
            break  # nobody reads these samples any more (the link dropped): do not run on forever
        count += 1
        deadline += args.interval
        stop.wait(max(0.0, deadline - time.perf_counter()))
    stop.set()
    if scraper is not None:
        scraper.join(2 * scraper.timeout + 1.0)  # a scrape under way, then the closing one, each within its timeout
    writer.emit("end", ok=True)
    writer.close()
    return EXIT_OK
