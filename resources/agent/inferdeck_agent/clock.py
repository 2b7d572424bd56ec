"""One monotonic clock mapped to Unix seconds once, so intervals never jump with NTP adjustments."""
import time


class Clock:
    def __init__(self):
        self.perf0 = time.perf_counter()
        self.unix0 = time.time()

    def now(self):
        return self.unix0 + (time.perf_counter() - self.perf0)

    def to_unix(self, perf):
        return self.unix0 + (perf - self.perf0)

    def to_perf(self, unix):
        return self.perf0 + (unix - self.unix0)


CLOCK = Clock()


def us(t):
    """Microsecond resolution: finer digits are timer noise and only bloat the files."""
    return None if t is None else round(t, 6)
