#!/usr/bin/env python3
"""Issue 4, benchmark figure e: idle WebSocket connections held by the dashboard on one core, and
the memory each costs. Starts the dashboard pinned to one CPU (taskset -c 0), opens N
connections to /ws from several client processes (each with a raised open-files limit), holds
them idle, and measures the Liberty JVM's RSS, heap after GC, threads and open files before
(the reference, same JVM) and with all connections open; then checks every connection is still
open after the hold and that the dashboard still answers a REST request meanwhile.

Usage (under the machine's server lock):
  flock /tmp/k8sd-servers.lock bench/with-testenv python3 bench/ws_idle.py --connections 10000
"""
import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import use_venv  # noqa: E402

if __name__ == "__main__":
    use_venv()

from benchlib import deadline  # noqa: E402
from dashlib import Dashboard, machine  # noqa: E402
from testenvlib import TestEnv, ensure_bench_reader, log  # noqa: E402
from wsclient import merge_stats, raise_fd_limit, start_workers  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jar", default="liberty/target/k8s-dashboard.jar")
    ap.add_argument("--connections", type=int, default=10000)
    ap.add_argument("--processes", type=int, default=4, help="client processes")
    ap.add_argument("--rate", type=float, default=1000, help="new connections per second, all processes together")
    ap.add_argument("--hold", type=float, default=60, help="seconds to hold the connections idle")
    ap.add_argument("--cpus", default="0", help="taskset CPU list for the dashboard JVM ('' for none)")
    ap.add_argument("--jvm-args", default="")
    ap.add_argument("--timeout", type=float, default=900)
    args = ap.parse_args()
    deadline(args.timeout)
    raise_fd_limit(args.connections + 2048)  # the dashboard JVM inherits it

    env = TestEnv()
    ensure_bench_reader(env.admin)
    results = {"machine": machine(), "date": time.strftime("%Y-%m-%d"), "connections": args.connections,
               "cpus": args.cpus or "all"}
    with Dashboard(env, args.jar, cpus=args.cpus or None, jvm_args=args.jvm_args) as dash:
        fd_limit = int(open(f"/proc/{dash.pid}/limits").read().split("Max open files")[1].split()[0])
        results["server_fd_limit"] = fd_limit
        if fd_limit < args.connections + 500:
            log(f"WARNING: the dashboard JVM may open {fd_limit} files, fewer than {args.connections} connections need")
        # one connection and a REST call first, so the WebSocket code path is loaded before the reference
        for w in start_workers(dash.ws_url(), dash.ws_headers(), 1, 1):
            w.wait("ready", 60)
            w.stop()
        dash.get("/api/v1/resources/namespaces")
        time.sleep(2)
        before = {"rss_mib": dash.rss_mib(), "heap_mib": dash.heap_after_gc_mib(), "threads": dash.threads(),
                  "fds": dash.open_fds()}
        before["rss_mib"] = dash.rss_mib()  # after the GC, like the figure with connections
        results["collector"] = dash.collector()
        log(f"before: {before}")

        log(f"opening {args.connections} idle connections from {args.processes} processes at {args.rate:g}/s")
        started = time.monotonic()
        workers = start_workers(dash.ws_url(), dash.ws_headers(), args.connections, args.processes,
                                connect_rate=args.rate, ready_timeout=max(120, 3 * args.connections / args.rate))
        opened = merge_stats([w.wait("ready", args.timeout)["stats"] for w in workers])
        results["open_s"] = round(time.monotonic() - started, 1)
        log(f"opened {opened.get('opened', 0)}, failed {opened.get('failed', 0)} in {results['open_s']} s "
            f"{opened.get('error_samples', [])[:3]}")
        time.sleep(5)
        with_conns = {"heap_mib": dash.heap_after_gc_mib(), "rss_mib": dash.rss_mib(), "threads": dash.threads(),
                      "fds": dash.open_fds()}
        log(f"with connections: {with_conns}")

        status_started = time.perf_counter()
        rest_status = dash.get("/api/v1/resources/namespaces")[0]
        results["rest_while_held"] = {"status": rest_status, "ms": round((time.perf_counter() - status_started) * 1000, 1)}

        time.sleep(args.hold)
        for w in workers:
            w.send({"type": "status"})
        still_open = sum(w.wait("status", 60)["open"] for w in workers)
        after_hold_rss = dash.rss_mib()
        finished = merge_stats([w.stop()["stats"] for w in workers])
        results.update({"before": before, "with": with_conns, "opened": opened.get("opened", 0),
                        "failed": opened.get("failed", 0), "open_after_hold": still_open,
                        "closed_by_server": finished.get("closed", 0), "rss_after_hold_mib": round(after_hold_rss, 1),
                        "error_samples": (opened.get("error_samples", []) + finished.get("error_samples", []))[:5]})

    os.makedirs(os.path.join(os.path.dirname(__file__), "results"), exist_ok=True)
    out = os.path.join(os.path.dirname(__file__), "results", time.strftime("ws-idle-%Y%m%d-%H%M%S.json"))
    with open(out, "w") as f:
        json.dump(results, f, indent=2)
    log(f"details: {out}")
    r, b, w = results, results["before"], results["with"]
    n = max(1, r["opened"])
    print(f"<!-- ws_idle.py --connections {args.connections} --hold {args.hold:g}: {r['machine']}; "
          f"dashboard JVM on CPUs {r['cpus']} -->")
    print()
    print(f"Figure e: idle WebSocket connections, dashboard JVM pinned to CPU {r['cpus']} "
          f"(the JVM chose the {r['collector']} collector)")
    print()
    print("| date | connections open (asked) | still open after the hold | RSS | heap after GC | threads | open files |")
    print("|---|---|---|---|---|---|---|")
    print(f"| {r['date']} | reference: before, same JVM | | {b['rss_mib']:.0f} MiB | {b['heap_mib']:.1f} MiB | {b['threads']} | {b['fds']} |")
    print(f"| {r['date']} | {r['opened']} ({args.connections}), in {r['open_s']} s | {r['open_after_hold']} after {args.hold:g} s | "
          f"{w['rss_mib']:.0f} MiB | {w['heap_mib']:.1f} MiB | {w['threads']} | {w['fds']} |")
    print(f"| {r['date']} | per connection | | {(w['rss_mib'] - b['rss_mib']) * 1024 / n:.1f} KiB | "
          f"{(w['heap_mib'] - b['heap_mib']) * 1024 / n:.1f} KiB | | |")
    print()
    print(f"Failed to open: {r['failed']}; closed by the server during the hold: {r['closed_by_server']}; "
          f"REST call while held: {r['rest_while_held']['status']} in {r['rest_while_held']['ms']} ms; "
          f"RSS after the hold {r['rss_after_hold_mib']:.0f} MiB")


if __name__ == "__main__":
    main()
