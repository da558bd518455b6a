"""Shared pieces of the benchmark scripts: a free loopback port, timed rounds with percentiles, and
(for the issue-4 scripts) a private venv with HdrHistogram."""
import os
import socket
import statistics
import subprocess
import sys
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


def timed(fn, rounds):
    """Milliseconds of `rounds` calls of fn, after one warm-up call."""
    fn()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def summary(samples):
    return {"p50_ms": round(percentile(samples, 50), 1), "p90_ms": round(percentile(samples, 90), 1),
            "p99_ms": round(percentile(samples, 99), 1), "mean_ms": round(statistics.mean(samples), 1)}


VENV = os.path.join(os.path.dirname(os.path.abspath(__file__)), ".venv")
REQUIREMENTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "requirements.txt")


def use_venv():
    """Re-runs the calling script inside bench/.venv (created with bench/requirements.txt on first
    use), so the HdrHistogram and WebSocket packages come from PyPI at pinned versions."""
    python = os.path.join(VENV, "bin", "python")
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    stamp = os.path.join(VENV, ".requirements")
    with open(REQUIREMENTS) as f:
        wanted = f.read()
    current = open(stamp).read() if os.path.exists(stamp) else None
    if current != wanted:
        print("[bench] preparing bench/.venv from bench/requirements.txt", file=sys.stderr, flush=True)
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([python, "-m", "pip", "install", "-q", "-r", REQUIREMENTS], check=True)
        with open(stamp, "w") as f:
            f.write(wanted)
    os.execv(python, [python] + sys.argv)


class Histogram:
    """Latencies in microseconds (1 us .. 10 min, 3 significant digits), reported in milliseconds."""

    def __init__(self):
        from hdrh.histogram import HdrHistogram
        self._h = HdrHistogram(1, 600_000_000, 3)
        self.below_zero = 0

    def record_ms(self, ms):
        if ms < 0:
            # an event seen before its write's acknowledgement was read: counted, recorded as 0
            self.below_zero += 1
            ms = 0
        self._h.record_value(max(1, int(round(ms * 1000))))

    @property
    def count(self):
        return self._h.get_total_count()

    def ms(self, percentile):
        return self._h.get_value_at_percentile(percentile) / 1000

    def row(self):
        """p50 / p90 / p99 / max in ms, as text."""
        if self.count == 0:
            return "n/a"
        return " / ".join(fmt_ms(self.ms(p)) for p in (50, 90, 99, 100))


def fmt_ms(ms):
    return f"{ms:.2f}" if ms < 10 else f"{ms:.1f}"


_cleanups = []


def on_deadline(fn):
    """Registers fn to run (stop a server, end client processes) if the run hits its deadline."""
    _cleanups.append(fn)


def deadline(seconds):
    """Ends the whole run if it takes longer than `seconds`, after printing every thread's stack
    and running the on_deadline cleanups: a benchmark holds the machine's server lock and must
    never hang in it, nor leave a server behind."""
    import faulthandler
    import threading

    def expire():
        print(f"[bench] deadline of {seconds:.0f} s reached: stopping", file=sys.stderr, flush=True)
        faulthandler.dump_traceback(all_threads=True)
        for fn in reversed(_cleanups):
            try:
                fn()
            except Exception as e:  # noqa: BLE001 - best effort, the process ends anyway
                print(f"[bench] cleanup failed: {e}", file=sys.stderr, flush=True)
        os._exit(2)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
