#!/usr/bin/env python3
"""Issue 4, benchmark figures a, c and d: the read model with N pods over M namespaces on the real
control plane of dev/testenv.

  a. warm page of 100 rows, filtered and sorted, p50/p99 (HdrHistogram) of the dashboard's
     GET /api/v1/resources/pods, beside a direct API-server LIST of the same selection (same
     labelSelector, limit=100, admin token, from etcd and from the watch cache) and one row of a
     small kind through the dashboard (the path's floor), rounds interleaved;
  c. heap after GC of the dashboard's Liberty JVM before the first pods list and after a warm
     list: the read model's memory per N pods (class histogram delta in the details file);
  d. API-server requests per warm page view, from the API server's /metrics
     (apiserver_request_total, pods LIST+GET, and all requests) and from its audit log (requests
     by the `dashboard` identity), beside the same count for N direct LISTs and for an idle window.

Usage (the environment must be up; all of it under the machine's server lock):
  flock /tmp/k8sd-servers.lock bench/with-testenv python3 bench/readmodel.py --pods 10000 --namespaces 100

Prints markdown table rows for BENCHMARKS.md on stdout; progress on stderr; the raw numbers in
bench/results/readmodel-<time>.json.
"""
import argparse
import json
import re
import os
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import use_venv  # noqa: E402

if __name__ == "__main__":
    use_venv()

from benchlib import Histogram, deadline, fmt_ms  # noqa: E402
from dashlib import Dashboard, machine  # noqa: E402
from testenvlib import (TestEnv, AuditTail, all_requests, log, pod_reads,  # noqa: E402
                        request_counts, seed_pods)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jar", default="liberty/target/k8s-dashboard.jar")
    ap.add_argument("--pods", type=int, default=10000)
    ap.add_argument("--namespaces", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=1000, help="timed page views per variant (and as many direct LISTs)")
    ap.add_argument("--warmup", type=int, default=300, help="untimed page views per variant first")
    ap.add_argument("--views", type=int, default=200, help="page views counted for figure d")
    ap.add_argument("--selector", default="app=app-7", help="label selector of the page (5%% of the pods)")
    ap.add_argument("--name-contains", default="-003", help="name substring of the second variant")
    ap.add_argument("--sort", default="IP", help="the column to sort by (not the default order)")
    ap.add_argument("--sort-param", default="sort", help="the dashboard's query parameter naming the sort column")
    ap.add_argument("--desc-param", default="order=desc", help="query parameter for descending order ('' for none)")
    ap.add_argument("--filter-param", default="filter", help="the dashboard's query parameter for a name substring")
    ap.add_argument("--cpus", default=None, help="taskset CPU list for the dashboard JVM, e.g. 0")
    ap.add_argument("--jvm-args", default="", help="extra JVM options (JVM_ARGS)")
    ap.add_argument("--no-seed", action="store_true")
    ap.add_argument("--timeout", type=float, default=900, help="end the run after this many seconds")
    args = ap.parse_args()
    deadline(args.timeout)

    env = TestEnv()
    admin = env.admin
    seeding = None if args.no_seed else seed_pods(admin, args.pods, args.namespaces)

    sorted_by = f"{args.sort_param}={urllib.parse.quote(args.sort)}" + (f"&{args.desc_param}" if args.desc_param else "")
    label_q = urllib.parse.urlencode({"labelSelector": args.selector, "limit": 100})
    variants = {
        f"label selector `{args.selector}`, sorted by {args.sort}":
            f"/api/v1/resources/pods?{label_q}&{sorted_by}",
        f"name contains `{args.name_contains}`, sorted by {args.sort}":
            f"/api/v1/resources/pods?{args.filter_param}={urllib.parse.quote(args.name_contains)}&limit=100&{sorted_by}",
    }
    # the same selection, all namespaces (no pod outside the bench namespaces has app=app-N)
    direct_path = f"/api/v1/pods?{label_q}"
    direct_cache_path = direct_path + "&resourceVersion=0"

    results = {"machine": machine(), "date": time.strftime("%Y-%m-%d"), "pods": args.pods,
               "namespaces": args.namespaces, "seeding": seeding, "variants": variants, "direct": direct_path}
    with Dashboard(env, args.jar, cpus=args.cpus, jvm_args=args.jvm_args) as dash:
        results["ready_s"] = round(dash.ready_s, 1)
        conn = dash.connection()
        # Warm the request path (JAX-RS, JSON-B, access reviews, the read model's code) on another
        # kind, so the heap figure before the pods list holds no one-time start-up garbage.
        for _ in range(50):
            status, body = dash.get("/api/v1/resources/configmaps?limit=100", conn=conn)
        if status != 200:
            sys.exit(f"dashboard answered {status} for configmaps: {body[:300]!r}")
        time.sleep(2)
        heap_before = dash.heap_after_gc_mib()
        results["collector"] = dash.collector()
        histo_before = dash.class_histogram()
        rss_before = dash.rss_mib()
        log(f"heap after GC before the first pods list: {heap_before:.1f} MiB")

        # first (cold) list: the read model starts its pods informer and syncs N pods
        first_path = next(iter(variants.values()))
        sampler = dash.heap_sampler()
        time.sleep(0.5)
        started = time.perf_counter()
        try:
            status, body = dash.get(first_path, conn=conn)
        except OSError as e:
            time.sleep(2)
            sys.exit(f"the first pods list failed ({e}); the dashboard "
                     f"{'exited with ' + str(dash.proc.poll()) if dash.proc.poll() is not None else 'still runs'}; "
                     f"heap peak seen {dash.heap_peak_mib(sampler):.0f} MiB; log tail:\n" + tail(dash.log_path))
        cold_ms = (time.perf_counter() - started) * 1000
        time.sleep(0.3)
        results["first_list_heap_peak_mib"] = round(dash.heap_peak_mib(sampler))
        if status != 200:
            sys.exit(f"dashboard answered {status}: {body[:500]!r}")
        results["first_list_ms"] = round(cold_ms, 1)
        results["first_list_rows"] = len(json.loads(body)["rows"])
        log(f"first pods list: {cold_ms:.0f} ms, {results['first_list_rows']} rows")

        for name, path in variants.items():
            for _ in range(args.warmup):
                status, body = dash.get(path, conn=conn)
                if status != 200:
                    sys.exit(f"{name}: dashboard answered {status}: {body[:500]!r}")
            page = json.loads(body)
            results.setdefault("rows", {})[name] = len(page["rows"])
            results.setdefault("sort_check", {})[name] = check_page(page, args.sort, desc=bool(args.desc_param))
        log(f"warm pages: {results['rows']}, order: {results['sort_check']}")
        for _ in range(args.warmup):
            admin.request("GET", direct_path)
            admin.request("GET", direct_cache_path)

        # c. memory of the read model
        time.sleep(2)
        heap_after = dash.heap_after_gc_mib()
        histo_after = dash.class_histogram()
        rss_after = dash.rss_mib()
        top = sorted(((histo_after.get(k, 0) - histo_before.get(k, 0), k) for k in set(histo_after) | set(histo_before)),
                     reverse=True)[:25]
        # The dashboard's own gauge of the compacted pod objects it holds: the rest of the growth is
        # rows, indexes and the informer's identity store.
        status, metrics = dash.get("/metrics?scope=application", conn=conn)
        if status != 200:
            sys.exit(f"/metrics answered {status}")
        object_bytes = sum(float(m.group(1)) for m in re.finditer(
            r'(?m)^dashboard_readmodel_object_bytes\{[^}]*kind="pods"[^}]*\}\s+([0-9.eE+]+)',
            metrics.decode() if isinstance(metrics, bytes) else metrics))
        if object_bytes <= 0:
            sys.exit("the dashboard reported no dashboard_readmodel_object_bytes for pods")
        results["memory_objects_mib"] = round(object_bytes / 2**20, 1)
        results["memory"] = {"heap_before_mib": round(heap_before, 1), "heap_after_mib": round(heap_after, 1),
                             "rss_before_mib": round(rss_before), "rss_after_mib": round(rss_after),
                             "class_delta_top": [[k, round(v / 2**20, 2)] for v, k in top]}
        log(f"heap after GC with {args.pods} pods loaded: {heap_after:.1f} MiB (+{heap_after - heap_before:.1f})")

        # a. warm page latency, dashboard rounds interleaved with the references
        hist = {name: Histogram() for name in variants}
        # the floor of the same path on this machine: HTTP, identity, the access check and JSON for
        # one row of a small kind from the same read model
        floor_path = "/api/v1/resources/namespaces?limit=1"
        for _ in range(args.warmup):
            dash.get(floor_path, conn=conn)
        floor = Histogram()
        direct, direct_cache = Histogram(), Histogram()
        direct_rows = len(json.loads(admin.request("GET", direct_path)[1])["items"])
        cache_rows = len(json.loads(admin.request("GET", direct_cache_path)[1])["items"])
        gc_before = dash.gc_counters()
        for _ in range(args.rounds):
            for name, path in variants.items():
                started = time.perf_counter()
                dash.get(path, conn=conn)
                hist[name].record_ms((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            dash.get(floor_path, conn=conn)
            floor.record_ms((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            admin.request("GET", direct_path)
            direct.record_ms((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            admin.request("GET", direct_cache_path)
            direct_cache.record_ms((time.perf_counter() - started) * 1000)
        gc_after = dash.gc_counters()
        results["gc_during_rounds"] = {"collections": gc_after[0] - gc_before[0],
                                       "pause_ms": round((gc_after[1] - gc_before[1]) * 1000)}
        results["latency_ms"] = {name: h.row() for name, h in hist.items()}
        results["latency_ms"]["floor"] = floor.row()
        results["floor_path"] = floor_path
        results["latency_ms"]["direct LIST (etcd)"] = direct.row()
        results["latency_ms"]["direct LIST resourceVersion=0 (watch cache)"] = direct_cache.row()
        results["direct_rows"] = {"direct LIST (etcd)": direct_rows, "direct LIST resourceVersion=0 (watch cache)": cache_rows}
        results["direct_paths"] = {"direct LIST (etcd)": direct_path, "direct LIST resourceVersion=0 (watch cache)": direct_cache_path}

        # d. API-server requests per warm page view
        views_path = first_path
        window = {}
        audit = AuditTail(env.audit_log(), "dashboard")
        before = request_counts(admin)
        started = time.perf_counter()
        for _ in range(args.views):
            dash.get(views_path, conn=conn)
        views_s = time.perf_counter() - started
        after = request_counts(admin)
        window["views"] = (pod_reads(before, after), all_requests(before, after), audit.count(), views_s)
        audit = AuditTail(env.audit_log(), "dashboard")
        before = request_counts(admin)
        time.sleep(views_s)
        after = request_counts(admin)
        window["idle"] = (pod_reads(before, after), all_requests(before, after), audit.count(), views_s)
        audit = AuditTail(env.audit_log(), "dashboard")
        before = request_counts(admin)
        started = time.perf_counter()
        for _ in range(args.views):
            admin.request("GET", direct_path)
        direct_s = time.perf_counter() - started
        after = request_counts(admin)
        window["direct"] = (pod_reads(before, after), all_requests(before, after), audit.count(), direct_s)
        results["requests"] = {k: {"pod_list_get": v[0], "resource_requests": v[1], "dashboard_audit": v[2],
                                   "seconds": round(v[3], 2)} for k, v in window.items()}
        conn.close()

    os.makedirs(os.path.join(os.path.dirname(__file__), "results"), exist_ok=True)
    out = os.path.join(os.path.dirname(__file__), "results", time.strftime("readmodel-%Y%m%d-%H%M%S.json"))
    with open(out, "w") as f:
        json.dump(results, f, indent=2)
    log(f"details: {out}")
    print_tables(args, results)


def tail(path, lines=8):
    with open(path, errors="replace") as f:
        return "".join(f.readlines()[-lines:])


def check_page(page, column, desc):
    """Whether the page's rows are in the asked order of `column`, text compared case-insensitively
    and numbers by value, as the dashboard orders cells (readmodel.CellOrder)."""
    names = [c["name"].lower() for c in page.get("columns", [])]
    if column.lower() not in names:
        return f"no column {column} in {names}"
    i = names.index(column.lower())
    cells = [r["cells"][i] for r in page["rows"]]
    key = (lambda v: (0, v, "")) if all(isinstance(c, (int, float)) for c in cells) else (lambda v: (1, str(v).lower(), str(v)))
    if cells == sorted(cells, key=key, reverse=desc):
        return f"sorted ({cells[0]} .. {cells[-1]})" if cells else "empty page"
    return "NOT sorted as asked: " + ", ".join(str(c) for c in cells[:5])


def print_tables(args, r):
    date, mem, req = r["date"], r["memory"], r["requests"]
    print(f"<!-- readmodel.py --pods {args.pods} --namespaces {args.namespaces}: {r['machine']} -->")
    print()
    print("Figure a: warm page of 100 rows (p50 / p90 / p99 / max, ms; "
          f"{args.rounds} rounds each, interleaved)")
    print()
    print("| date | query | rows | p50 / p90 / p99 / max |")
    print("|---|---|---|---|")
    for name, row in r["latency_ms"].items():
        if name in r["rows"]:
            print(f"| {date} | dashboard `{r['variants'][name]}` ({name}) | {r['rows'][name]} | {row} |")
        elif name == "floor":
            print(f"| {date} | reference: dashboard, one row of a small kind `{r['floor_path']}` | 1 | {row} |")
        else:
            print(f"| {date} | reference: {name} `{r['direct_paths'][name]}` | {r['direct_rows'][name]} | {row} |")
    print()
    print(f"Order of the warm pages: {'; '.join(r['sort_check'].values())}. Dashboard GC during the rounds: "
          f"{r['gc_during_rounds']['collections']} collections, {r['gc_during_rounds']['pause_ms']} ms paused in all.")
    print()
    print(f"First (cold) pods list, informer start and sync of {r['pods']} pods included: {fmt_ms(r['first_list_ms'])} ms, "
          f"{r['first_list_rows']} rows; heap peak meanwhile {r['first_list_heap_peak_mib']} MiB (jstat, garbage included)")
    print()
    print(f"Figure c: heap after GC of the dashboard JVM ({r['collector']} collector)")
    print()
    print("| date | before the first pods list (reference) | after a warm list | read model of "
          f"{r['pods']} pods | per 10,000 pods | of which compacted objects | rows, indexes, informer store |")
    print("|---|---|---|---|---|---|---|")
    delta = mem["heap_after_mib"] - mem["heap_before_mib"]
    objects = r.get("memory_objects_mib", 0.0)
    top = ", ".join(f"{k} {v} MiB" for k, v in mem["class_delta_top"][:6])
    per = 10000 / max(1, r['pods'])
    print(f"| {date} | {mem['heap_before_mib']:.1f} MiB | {mem['heap_after_mib']:.1f} MiB | {delta:.1f} MiB | "
          f"{delta * per:.1f} MiB | {objects * per:.1f} MiB | {(delta - objects) * per:.1f} MiB |")
    print()
    print(f"Largest growth by class (jcmd GC.class_histogram): {top}")
    print()
    print(f"Figure d: API-server requests during {args.views} warm page views, against an idle window of the "
          "same length and as many direct LISTs")
    print()
    print("| date | window | pods LIST+GET (/metrics) | all resource requests (/metrics) | by the dashboard identity (audit log) |")
    print("|---|---|---|---|---|")
    labels = {"views": f"{args.views} dashboard page views", "idle": "reference: idle, same length",
              "direct": f"reference: {args.views} direct LISTs"}
    for key in ("views", "idle", "direct"):
        w = req[key]
        audit = "rotated" if w["dashboard_audit"] is None else (sum(w["dashboard_audit"].values()) or 0)
        detail = "" if not w["dashboard_audit"] else " (" + ", ".join(f"{k}: {v}" for k, v in sorted(w["dashboard_audit"].items())) + ")"
        print(f"| {date} | {labels[key]} ({w['seconds']} s) | {w['pod_list_get']:.0f} | {w['resource_requests']:.0f} | {audit}{detail} |")


if __name__ == "__main__":
    main()
