"""A phase's load over time (spec `load.profile`): segments of `duration_s` whose rate or concurrency goes
linearly `from` -> `to` (a stage when the two are equal). Open loop maps a unit-rate arrival process through
the inverse of the cumulative rate (time rescaling), so Poisson and gamma keep their shape at every rate;
closed loop keeps slot g busy only while the concurrency there is above g."""
import math


class Profile:
    def __init__(self, segments):
        self.segments = []  # (t0, duration, r0, r1, cumulative rate at t0)
        t = cum = 0.0
        for s in segments:
            d, r0, r1 = s["duration_s"], s["from"], s["to"]
            self.segments.append((t, d, r0, r1, cum))
            t += d
            cum += (r0 + r1) / 2.0 * d
        self.end = t
        self.total = cum

    def value_at(self, t):
        """The rate (or concurrency) at `t` s into the measured window; the last value after the end."""
        for t0, d, r0, r1, _ in self.segments:
            if t < t0 + d:
                return r0 + (r1 - r0) * max(0.0, t - t0) / d
        return self.segments[-1][3]

    def time_of(self, u):
        """Inverse of the cumulative rate: when `u` expected arrivals have happened."""
        for t0, d, r0, r1, cum in self.segments:
            span = (r0 + r1) / 2.0 * d
            if u <= cum + span:
                x = u - cum
                a = (r1 - r0) / (2.0 * d)
                if abs(a) < 1e-15:
                    return t0 + x / r0
                # r0 s + a s^2 = x, the root in [0, d]
                return t0 + (-r0 + math.sqrt(max(0.0, r0 * r0 + 4.0 * a * x))) / (2.0 * a)
        last = self.segments[-1][3]
        return self.end + (u - self.total) / last


def peak_load(load):
    """The most a phase's load asks for at any time: a ramp or stages are sized for their top, not their start."""
    return max([load["value"]] + [max(g["from"], g["to"]) for g in load.get("profile") or []])


def profile_gaps(load, rng):
    """Gaps between intended sends under load["profile"], the first send at the window's start."""
    p = Profile(load["profile"])
    shape = load.get("burstiness", 1.0)
    u = 0.0
    t = 0.0
    while True:
        if load["mode"] == "constant-rate":
            u += 1.0
        elif load["mode"] == "poisson":
            u += rng.expovariate(1.0)
        else:  # gamma gaps of unit mean
            u += rng.gammavariate(shape, 1.0 / shape)
        nxt = p.time_of(u)
        yield nxt - t
        t = nxt
