#!/usr/bin/env python3
"""Issue 4, benchmark figure b: freshness. Time from a write acknowledged by the API server (a
label patch on a pod, the ack time taken when its response arrives) to a subscribed WebSocket
client receiving `resource:updated` for that resourceVersion, p50/p99 (HdrHistogram), at a
steady rate of changes with many clients connected; beside the same writes' time to reach a
direct API-server watch (admin token) in the same run.

The clients are spread evenly over the namespaces (1,000 clients over 100 namespaces: 10 per
namespace), and the writes go round-robin over the namespaces, so each write reaches
clients/namespaces subscribers; --hot puts every client on one namespace and every write there.

Usage (under the machine's server lock):
  flock /tmp/k8sd-servers.lock bench/with-testenv python3 bench/freshness.py --clients 1000 --rate 20 --duration 60
"""
import argparse
import concurrent.futures
import json
import os
import socket
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import use_venv  # noqa: E402

if __name__ == "__main__":
    use_venv()

from benchlib import Histogram, deadline  # noqa: E402
from dashlib import Dashboard, machine  # noqa: E402
from testenvlib import BENCH_LABEL, TestEnv, log, namespace_names, seed_pods  # noqa: E402
from wsclient import merge_stats, start_workers  # noqa: E402


class DirectWatch(threading.Thread):
    """A watch on the bench pods straight from the API server, recording each event's arrival."""

    def __init__(self, client):
        super().__init__(daemon=True)
        page = client.json("GET", "/api/v1/pods?" + urllib.parse.urlencode({"labelSelector": f"{BENCH_LABEL}=readmodel", "limit": 1}))
        query = urllib.parse.urlencode({"watch": "1", "labelSelector": f"{BENCH_LABEL}=readmodel",
                                        "resourceVersion": page["metadata"]["resourceVersion"], "timeoutSeconds": 3600})
        self.conn, self.resp = client.stream("/api/v1/pods?" + query)
        if self.resp.status != 200:
            raise RuntimeError(f"watch -> {self.resp.status}")
        self.records = {}
        self.stopped = False

    def run(self):
        try:
            while not self.stopped:
                line = self.resp.readline()
                if not line:
                    break
                now = time.monotonic()
                event = json.loads(line)
                meta = event.get("object", {}).get("metadata", {})
                self.records[(meta.get("namespace"), meta.get("name"), meta.get("resourceVersion"))] = now
        except Exception as e:  # noqa: BLE001 - closed at the end of the run
            if not self.stopped:
                log(f"direct watch ended: {e}")

    def close(self):
        # shutting the socket down wakes the reading thread; closing the connection under it would
        # wait for the reader's buffer lock
        self.stopped = True
        try:
            self.conn.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jar", default="liberty/target/k8s-dashboard.jar")
    ap.add_argument("--pods", type=int, default=10000, help="pods seeded (the same set as readmodel.py)")
    ap.add_argument("--namespaces", type=int, default=100)
    ap.add_argument("--clients", type=int, default=1000)
    ap.add_argument("--rate", type=float, default=20, help="label patches per second")
    ap.add_argument("--duration", type=float, default=60, help="seconds of writes")
    ap.add_argument("--warmup", type=float, default=3, help="seconds of writes first, at the same rate, reported apart")
    ap.add_argument("--processes", type=int, default=2, help="client processes")
    ap.add_argument("--hot", action="store_true", help="every client on namespace bench-0, every write there")
    ap.add_argument("--cpus", default=None, help="taskset CPU list for the dashboard JVM")
    ap.add_argument("--jvm-args", default="")
    ap.add_argument("--dashboard-url", default=None, help="use a dashboard already running (ws://host:port/ws)")
    ap.add_argument("--no-seed", action="store_true")
    ap.add_argument("--timeout", type=float, default=600, help="end the run after this many seconds")
    args = ap.parse_args()
    deadline(args.timeout)

    env = TestEnv()
    admin = env.admin
    if not args.no_seed:
        seed_pods(admin, args.pods, args.namespaces)
    names = namespace_names(args.namespaces)
    subscribed = ["bench-0"] * args.clients if args.hot else [names[i % len(names)] for i in range(args.clients)]
    targets = ["bench-0"] if args.hot else names
    # the pods written: the first pod of each target namespace (pod i lives in namespace i % namespaces)
    written = [(ns, f"web-{names.index(ns):05d}") for ns in targets]

    dash = None
    if args.dashboard_url:
        url, base = args.dashboard_url, args.dashboard_url.replace("ws://", "http://").rsplit("/ws", 1)[0]
        headers = {"X-Forwarded-User": "bench", "X-Forwarded-Email": "bench@example.com", "Origin": base}
    else:
        dash = Dashboard(env, args.jar, cpus=args.cpus, jvm_args=args.jvm_args).__enter__()
        url, headers = dash.ws_url(), dash.ws_headers()
    results = {"machine": machine(), "date": time.strftime("%Y-%m-%d"), "clients": args.clients, "rate": args.rate,
               "duration_s": args.duration, "hot": args.hot}
    try:
        log(f"opening {args.clients} WebSocket clients in {args.processes} processes")
        workers = start_workers(url, headers, subscribed, args.processes)
        ready = [w.wait("ready", 600)["stats"] for w in workers]
        connected = merge_stats(ready)
        log(f"clients: {connected.get('opened', 0)} open, {connected.get('ready', 0)} with their snapshot, "
            f"{connected.get('failed', 0)} failed, in {connected.get('connect_s', 0)} s {connected.get('error_samples', [])[:2]}")
        results["connect"] = connected
        if dash:
            results["rss_with_clients_mib"] = round(dash.rss_mib())

        watch = DirectWatch(admin)
        watch.start()
        writes = []  # (namespace, name, resourceVersion, ack monotonic, latency of the PATCH)
        lock = threading.Lock()

        def write(seq):
            ns, name = written[seq % len(written)]
            body = json.dumps({"metadata": {"labels": {"bench-seq": str(seq)}}}).encode()
            sent = time.monotonic()
            status, data = admin.request("PATCH", f"/api/v1/namespaces/{ns}/pods/{name}", body,
                                         content_type="application/merge-patch+json")
            ack = time.monotonic()
            if status != 200:
                log(f"patch {ns}/{name} -> {status}: {data[:200]!r}")
                return
            rv = json.loads(data)["metadata"]["resourceVersion"]
            with lock:
                writes.append((ns, name, rv, ack, (ack - sent) * 1000, seq < warmup))

        warmup = int(args.rate * args.warmup)
        total = warmup + int(args.rate * args.duration)
        log(f"writing: {warmup} + {total - warmup} label patches at {args.rate}/s over {len(written)} pods")
        start = time.monotonic() + 0.5
        late = 0
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            for seq in range(total):
                due = start + seq / args.rate
                delay = due - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                elif delay < -0.05:
                    late += 1
                pool.submit(write, seq)
        time.sleep(5)  # let the last events arrive
        watch.close()
        results["late_writes"] = late

        finished = [w.stop() for w in workers]
        stats = merge_stats([f["stats"] for f in finished])
        results["clients_end"] = {k: v for k, v in stats.items() if k != "error_samples"}
        results["error_samples"] = stats.get("error_samples", [])[:5]
        arrivals = {}
        for f in finished:
            for ns, name, rv, kind, t in f["records"]:
                arrivals.setdefault((ns, name, rv), []).append(t)

        ws_hist, direct_hist, patch_hist, warm_hist = Histogram(), Histogram(), Histogram(), Histogram()
        expected_per_write = {ns: subscribed.count(ns) for ns in set(subscribed)}
        missing_ws = missing_direct = 0
        timeline = []  # per write: seconds since the first write, slowest WebSocket delivery, watch (ms)
        for ns, name, rv, ack, patch_ms, warming in sorted(writes, key=lambda w: w[3]):
            times = arrivals.get((ns, name, rv), [])
            if warming:
                for t in times:
                    warm_hist.record_ms((t - ack) * 1000)
                continue
            patch_hist.record_ms(patch_ms)
            missing_ws += max(0, expected_per_write.get(ns, 0) - len(times))
            for t in times:
                ws_hist.record_ms((t - ack) * 1000)
            seen = watch.records.get((ns, name, rv))
            if seen is None:
                missing_direct += 1
            else:
                direct_hist.record_ms((seen - ack) * 1000)
            timeline.append((round(ack - start, 2), round((max(times) - ack) * 1000, 1) if times else None,
                             round((seen - ack) * 1000, 1) if seen else None))
        slow = [t for t in timeline if t[1] is not None and t[1] > 100]
        results["slow_writes"] = {"over_100ms": len(slow), "at_seconds": [t[0] for t in slow][:200]}
        results["timeline"] = timeline
        results.update({
            "writes": len(writes) - warmup, "warmup_writes": warmup, "warmup_ms": warm_hist.row(), "deliveries": ws_hist.count, "missing_ws": missing_ws, "missing_direct": missing_direct,
            "ws_ms": ws_hist.row(), "direct_ms": direct_hist.row(), "patch_ms": patch_hist.row(),
            "ws_before_ack": ws_hist.below_zero, "direct_before_ack": direct_hist.below_zero,
        })
    finally:
        if dash:
            dash.stop()

    os.makedirs(os.path.join(os.path.dirname(__file__), "results"), exist_ok=True)
    out = os.path.join(os.path.dirname(__file__), "results", time.strftime("freshness-%Y%m%d-%H%M%S.json"))
    with open(out, "w") as f:
        json.dump(results, f, indent=2)
    log(f"details: {out}")
    r = results
    spread = "all on bench-0" if args.hot else f"over {len(targets)} namespaces, {args.clients // len(targets)} subscribers each"
    print(f"<!-- freshness.py --clients {args.clients} --rate {args.rate:g} --duration {args.duration:g}"
          f"{' --hot' if args.hot else ''}: {r['machine']} -->")
    print()
    print(f"Figure b: write acknowledged -> event received (p50 / p90 / p99 / max, ms); {r['writes']} label patches at "
          f"{args.rate:g}/s ({r['late_writes']} sent late), {args.clients} WebSocket clients {spread}")
    print()
    print("| date | path | events matched | missing | p50 / p90 / p99 / max |")
    print("|---|---|---|---|---|")
    print(f"| {r['date']} | dashboard WebSocket `resource:updated` | {r['deliveries']} | {r['missing_ws']} | {r['ws_ms']} |")
    print(f"| {r['date']} | reference: direct API-server watch (admin) | {r['writes'] - r['missing_direct']} | "
          f"{r['missing_direct']} | {r['direct_ms']} |")
    print(f"| {r['date']} | (the PATCH round trip itself) | {r['writes']} | | {r['patch_ms']} |")
    print(f"| {r['date']} | (not counted above: the first {r['warmup_writes']} writes, {args.warmup:g} s, WebSocket) | "
          f"{warm_hist.count} | | {r['warmup_ms']} |")
    print()
    end = r["clients_end"]
    print(f"Clients: {r['connect'].get('opened', 0)} opened, {r['connect'].get('failed', 0)} failed; "
          f"resyncs {end.get('resyncs', 0)}, errors {end.get('errors', 0)}, closed by the server {end.get('closed', 0)}; "
          f"events received {end.get('events', 0)}; arrivals before the ack was read (recorded as 0): "
          f"WebSocket {r['ws_before_ack']}, watch {r['direct_before_ack']}")
    print()
    print(f"Writes whose slowest WebSocket delivery took over 100 ms: {r['slow_writes']['over_100ms']}, "
          f"at (s after the first write): {', '.join(str(t) for t in r['slow_writes']['at_seconds'][:30])}")


if __name__ == "__main__":
    main()
