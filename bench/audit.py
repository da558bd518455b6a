#!/usr/bin/env python3
"""Issue 9, item 5: what writing the audit record costs a change, measured on dry-run mutations.

Two dashboards (the runnable jar, proxy mode, against dev/testenv) run at once on free loopback
ports, both with rate limits off (so no bucket is taken):
  memory        no Redis: each record goes to the log line, the counter and the memory ring
  Redis stream  dashboard.redis.url set: the same, plus XADD to the stream k8sdashboard:audit
                (MAXLEN ~ dashboard.audit.stream-max-length) on a redis-server this script
                starts on a free loopback port
Each request is `POST /api/v1/resources/configmaps?dryRun=true` as alice (edit in team-a): the
API server validates and admits the ConfigMap and stores nothing; the dashboard writes exactly
one audit record. Rounds are interleaved (each round one request to each dashboard, starting
with a different one each round, keep-alive connections, one at a time), so the difference of
the two is the Redis stream write per record; the memory dashboard's latency is the reference:
the whole dry-run change, of which the log line and the ring are a part.

Then, in one JVM without a server, the write itself (io.k8sdashboard.server.audit.AuditWriteBench,
from the server's test classes): AuditLog.write per record to the log line and the memory ring,
and the same plus XADD to the same redis-server, beside a reference in the same run, the same
logger writing an already-built line of the same length; variants interleaved in blocks.

Afterwards the script checks that each attempt left one record: the stream holds warmup+rounds
entries, each dashboard's dashboard_audit_records_total{verb=create,outcome=success} counts
warmup+rounds, no audit write fell back to memory, and the newest record the memory dashboard
serves on GET /api/v1/audit is its last request.

Usage (dev/testenv up, or through bench/with-testenv; under the machine's IT lock; about 3 minutes
plus testenv up and down):
  ./mvnw -q -o -DskipTests package
  ./mvnw -q -o -pl server -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile=server/target/test-classpath.txt
  flock /tmp/k8sd-it.lock bench/with-testenv python3 bench/audit.py --rounds 3000

Prints markdown table rows for BENCHMARKS.md on stdout; progress on stderr; the raw numbers in
bench/results/audit-<time>.json.
"""
import argparse
import contextlib
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import deadline, percentile  # noqa: E402
from dashlib import Dashboard, machine  # noqa: E402
from ratelimit import RedisServer, metric  # noqa: E402
from testenvlib import TestEnv, log  # noqa: E402

PATH = "/api/v1/resources/configmaps?dryRun=true"
USER = {"X-Forwarded-User": "alice", "X-Forwarded-Email": "alice@example.com", "X-Forwarded-Groups": "team-a",
        "Content-Type": "application/json"}
AUDITOR = {"X-Forwarded-User": "bench-auditor", "X-Forwarded-Groups": "dashboard-auditors"}
STREAM = "k8sdashboard:audit"


def body(n):
    return json.dumps({"apiVersion": "v1", "kind": "ConfigMap",
                       "metadata": {"name": f"bench-audit-{n}", "namespace": "team-a"},
                       "data": {"greeting": "hello"}})


def send(conn, method, path, headers, payload=None):
    for attempt in range(2):
        try:
            conn.request(method, path, body=payload, headers=headers)
            resp = conn.getresponse()
            return resp.status, resp.read(), resp.getheader("X-Request-Id")
        except (ConnectionResetError, BrokenPipeError, OSError):
            # Liberty closed an idle keep-alive connection: the next request reconnects
            conn.close()
            if attempt == 1:
                raise


def write_cost(redis, blocks, per_block):
    """AuditWriteBench's figures (microseconds per record) against `redis`."""
    server = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "server", "target")
    with open(os.path.join(server, "test-classpath.txt")) as f:
        classpath = ":".join([os.path.join(server, "test-classes"), os.path.join(server, "classes"), f.read().strip()])
    done = subprocess.run(["java", "-cp", classpath, "io.k8sdashboard.server.audit.AuditWriteBench", redis.url,
                           str(blocks), str(per_block)], capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        sys.exit(f"AuditWriteBench failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jar", default="liberty/target/k8s-dashboard.jar")
    ap.add_argument("--rounds", type=int, default=3000, help="timed dry runs per dashboard")
    ap.add_argument("--warmup", type=int, default=500, help="untimed dry runs per dashboard first")
    ap.add_argument("--blocks", type=int, default=200, help="timed blocks per variant of the in-JVM write")
    ap.add_argument("--per-block", type=int, default=200, help="records per block of the in-JVM write")
    ap.add_argument("--timeout", type=float, default=240, help="end the run after this many seconds")
    args = ap.parse_args()
    deadline(args.timeout)

    env = TestEnv()
    redis = RedisServer()
    off = {"DASHBOARD_RATELIMIT_ENABLED": "false"}
    variants = {"memory": dict(off), "Redis stream": dict(off, DASHBOARD_REDIS_URL=redis.url)}
    results = {"machine": machine(), "date": time.strftime("%Y-%m-%d"), "request": "POST " + PATH,
               "rounds": args.rounds, "warmup": args.warmup, "settings": variants}
    last_id = {}
    try:
        with contextlib.ExitStack() as stack:
            dashes = {}
            for name, settings in variants.items():
                log(f"starting: {name}")
                dashes[name] = stack.enter_context(Dashboard(env, args.jar, settings=settings))
            conns = {name: dash.connection() for name, dash in dashes.items()}
            n = 0
            for name in dashes:
                for _ in range(args.warmup):
                    n += 1
                    status, data, _ = send(conns[name], "POST", PATH, USER, body(n))
                    if status != 200:
                        sys.exit(f"{name}: POST {PATH} answered {status}: {data[:300]!r}")
            log("warm")
            samples = {name: [] for name in dashes}
            names = list(dashes)
            for i in range(args.rounds):
                for k in range(len(names)):
                    name = names[(i + k) % len(names)]
                    n += 1
                    started = time.perf_counter()
                    status, data, request_id = send(conns[name], "POST", PATH, USER, body(n))
                    samples[name].append((time.perf_counter() - started) * 1000)
                    if status != 200:
                        sys.exit(f"{name}: POST {PATH} answered {status}: {data[:300]!r}")
                    last_id[name] = request_id
            log("timed rounds done")

            checks = {}
            for name, dash in dashes.items():
                metrics = dash.get("/metrics", user=None)[1].decode()
                status, page, _ = send(conns[name], "GET", "/api/v1/audit?limit=1", AUDITOR)
                newest = json.loads(page)["items"][0]["requestId"] if status == 200 else None
                checks[name] = {
                    "records_counted": metric(metrics, "dashboard_audit_records_total", 'outcome="success"'),
                    "audit_write_fallbacks": metric(metrics, "dashboard_redis_fallbacks_total", 'operation="audit-write"'),
                    "newest_record_is_last_request": newest == last_id[name],
                }
            checks["stream_length"] = int(redis.cli("XLEN", STREAM) or 0)
            results["checks"] = checks
            for conn in conns.values():
                conn.close()
        redis.cli("DEL", STREAM)
        log("the write in one JVM")
        results["write_us"] = write_cost(redis, args.blocks, args.per_block)
    finally:
        redis.stop()

    expected = args.warmup + args.rounds
    problems = []
    for name in variants:
        c = checks[name]
        if c["records_counted"] != expected:
            problems.append(f"{name}: {c['records_counted']} records counted, {expected} attempts")
        if c["audit_write_fallbacks"]:
            problems.append(f"{name}: {c['audit_write_fallbacks']} audit writes fell back to memory")
        if not c["newest_record_is_last_request"]:
            problems.append(f"{name}: the newest record is not the last request")
    if checks["stream_length"] != expected:
        problems.append(f"the stream holds {checks['stream_length']} entries, {expected} attempts went to Redis")

    results["latency_ms"] = {name: {"p50": round(percentile(s, 50), 3), "p95": round(percentile(s, 95), 3),
                                    "p99": round(percentile(s, 99), 3), "mean": round(sum(s) / len(s), 3),
                                    "max": round(max(s), 2)}
                             for name, s in samples.items()}
    out_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "results")
    os.makedirs(out_dir, exist_ok=True)
    out = os.path.join(out_dir, time.strftime("audit-%Y%m%d-%H%M%S.json"))
    with open(out, "w") as f:
        json.dump(results, f, indent=2)
    log(f"details: {out}")
    if problems:
        sys.exit("checks failed: " + "; ".join(problems))

    lat = results["latency_ms"]
    print(f"machine: {results['machine']}")
    print(f"`POST {PATH}` as alice, {args.warmup} untimed then {args.rounds} timed per dashboard, interleaved; "
          f"one audit record each ({expected} in the stream, counted {expected} per dashboard)\n")
    print("| date | dashboard | p50 / p95 / p99 / mean (ms) | vs memory: p50 / mean |")
    print("|---|---|---|---|")
    for name in variants:
        delta = ""
        if name != "memory":
            delta = f"{lat[name]['p50'] - lat['memory']['p50']:+.3f} / {lat[name]['mean'] - lat['memory']['mean']:+.3f} ms"
        print(f"| {results['date']} | {name} | {lat[name]['p50']:.2f} / {lat[name]['p95']:.2f} / "
              f"{lat[name]['p99']:.2f} / {lat[name]['mean']:.2f} | {delta} |")
    w = results["write_us"]
    print(f"\nAuditLog.write in one JVM, {w['line_bytes']}-byte line, {w['blocks']} blocks of {w['records_per_block']} "
          "records per variant, interleaved\n")
    print("| date | per record | p50 / p95 / mean (µs) |")
    print("|---|---|---|")
    for name, v in w["us_per_record"].items():
        print(f"| {results['date']} | {name} | {v['p50']:.1f} / {v['p95']:.1f} / {v['mean']:.1f} |")


if __name__ == "__main__":
    main()
