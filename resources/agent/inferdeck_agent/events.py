"""Numbered JSON lines to stdout and to the journal, and the journal replay after a dropped link."""
import json
import os
import sys
import threading
import time

from . import PROTOCOL_VERSION
from .clock import CLOCK, us


class EventWriter:
    """Writes events with a gap-free seq to stdout and appends them to a journal file.

    A dropped SSH connection breaks stdout; the agent then keeps journaling (SIGHUP is ignored) so a
    reconnecting app replays what it missed with `run --resume-from SEQ`.
    """

    def __init__(self, journal_path=None, stdout=None):
        self.seq = 0
        self.lock = threading.Lock()
        self.out = stdout if stdout is not None else sys.stdout
        self.stdout_ok = True
        self.journal = None
        if journal_path:
            os.makedirs(os.path.dirname(os.path.abspath(journal_path)), exist_ok=True)
            self.journal = open(journal_path, "a", encoding="utf-8")
        self.last_flush = time.monotonic()

    def emit(self, kind, **fields):
        with self.lock:
            self.seq += 1
            event = {"v": PROTOCOL_VERSION, "seq": self.seq, "type": kind, "t": us(CLOCK.now())}
            event.update(fields)
            line = json.dumps(event, separators=(",", ":"), allow_nan=False) + "\n"
            if self.journal:
                self.journal.write(line)
                # flushed at least every second and on every phase boundary, so a crash loses < 1 s
                if kind != "request" or time.monotonic() - self.last_flush > 0.5:
                    self.journal.flush()
                    self.last_flush = time.monotonic()
            if self.stdout_ok:
                try:
                    self.out.write(line)
                    if kind != "request" or self.seq % 64 == 0:
                        self.out.flush()
                except (BrokenPipeError, OSError):
                    self.stdout_ok = False
            return self.seq

    def flush(self):
        with self.lock:
            if self.journal:
                self.journal.flush()
            if self.stdout_ok:
                try:
                    self.out.flush()
                except (BrokenPipeError, OSError):
                    self.stdout_ok = False

    def close(self):
        self.flush()
        if self.journal:
            self.journal.close()


def replay_journal(path, after_seq, out=sys.stdout, follow=True, poll_s=0.05, idle_limit_s=None):
    """Prints journal events with seq > after_seq; while following, waits for new ones until the run's
    'end' event, or until the writing process is gone."""
    writer_pid = None
    position = 0
    idle_since = time.monotonic()
    buffered = ""
    while True:
        with open(path, "r", encoding="utf-8") as f:
            f.seek(position)
            chunk = f.read()
            position = f.tell()
        buffered += chunk
        lines = buffered.split("\n")
        buffered = lines.pop()  # a partly written last line waits for its end
        ended = False
        for line in lines:
            if not line.strip():
                continue
            try:
                event = json.loads(line)
            except ValueError:
                continue  # a torn line from a crash: the reader reports the gap by seq
            if event.get("type") == "start":
                writer_pid = event.get("pid")
            if event.get("seq", 0) > after_seq:
                out.write(line + "\n")
            if event.get("type") == "end":
                ended = True
        out.flush()
        if ended or not follow:
            return True
        if chunk:
            idle_since = time.monotonic()
        if writer_pid is not None and not pid_alive(writer_pid):
            return False
        if idle_limit_s is not None and time.monotonic() - idle_since > idle_limit_s:
            return False
        time.sleep(poll_s)


def pid_alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
