#!/usr/bin/env python3
"""Time from `server start` to a 200 from /health/ready, and the RSS once idle.

Usage: python3 bench/start_to_ready.py [--wlp liberty/target/liberty/wlp] [--runs 5] [--port 9080]

Uses the server assembled by `./mvnw -DskipTests package` (defaultServer, demo cluster). The
first run after a build is reported apart: Liberty then also creates its keystore, LTPA keys and
caches. Each run is stopped with `server stop` before the next.
"""
import argparse
import os
import statistics
import subprocess
import time
import urllib.request


def ready(port):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health/ready", timeout=2) as resp:
            return resp.status == 200
    except Exception:
        return False


def rss_mib(pid_file):
    with open(pid_file) as f:
        pid = f.read().strip()
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wlp", default="liberty/target/liberty/wlp")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--port", type=int, default=9080)
    args = ap.parse_args()
    server = os.path.join(args.wlp, "bin", "server")
    pid_file = os.path.join(args.wlp, "usr", "servers", ".pid", "defaultServer.pid")
    env = dict(os.environ, HTTP_PORT=str(args.port))
    env.pop("KUBECONFIG", None)
    times, rss = [], []
    for run in range(args.runs):
        start = time.perf_counter()
        subprocess.run([server, "start", "defaultServer"], env=env, check=True, stdout=subprocess.DEVNULL)
        deadline = time.time() + 120
        while not ready(args.port):
            if time.time() > deadline:
                subprocess.run([server, "stop", "defaultServer"], env=env, stdout=subprocess.DEVNULL)
                raise SystemExit("not ready within 120 s")
            time.sleep(0.05)
        elapsed = time.perf_counter() - start
        time.sleep(10)
        rss.append(rss_mib(pid_file))
        subprocess.run([server, "stop", "defaultServer"], env=env, check=True, stdout=subprocess.DEVNULL)
        times.append(elapsed)
        print(f"run {run + 1}: ready after {elapsed:.2f} s, idle RSS {rss[-1]:.0f} MiB", flush=True)
    print(f"median start-to-ready: {statistics.median(times):.2f} s over {len(times)} runs "
          f"(min {min(times):.2f}, max {max(times):.2f}); median idle RSS {statistics.median(rss):.0f} MiB")


if __name__ == "__main__":
    main()
