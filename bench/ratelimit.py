#!/usr/bin/env python3
"""Issue 9, item 6: what the per-user rate limits cost on the warm page, beside the same page
without them, in the same run.

Four dashboards (the runnable jar, proxy mode, acting as user `bench` against dev/testenv) run at
once on free loopback ports:
  local, limits off   dashboard.ratelimit.enabled=false
  local, limits on    token buckets in the process
  Redis, limits off   dashboard.redis.url set (relays, shared access decisions), limits off
  Redis, limits on    the same, buckets shared through the Redis script
The Redis pair shares one redis-server this script starts on a free loopback port, so "Redis, on"
is compared with "Redis, off": the difference is the buckets alone, not Redis' other work. With
limits on the read limit is set far above the request rate (nothing is refused; the bucket is
still taken on every request, which is the cost measured). The page is what the UI asks first:
`GET /api/v1/resources/pods?limit=500` (its PAGE_SIZE), all namespaces. Rounds are interleaved:
each round sends one request to every dashboard, starting with a different one each round, on
keep-alive connections, one at a time.

Afterwards the script checks that the switch did what it says: the read buckets held keys in
Redis for "Redis, on" only and it fell back to local buckets 0 times; 11 `/ws` attempts by a
fresh user cross the default ws-connections limit (10 a minute) on the "on" dashboards (429 with
Retry-After) and not on the "off" ones (426 every time); no page request was refused.

Usage (dev/testenv up, or through bench/with-testenv; under the machine's IT lock):
  ./mvnw -q -o -DskipTests package
  flock /tmp/k8sd-it.lock bench/with-testenv python3 bench/ratelimit.py --pods 1000 --rounds 2000

Prints markdown table rows for BENCHMARKS.md on stdout; progress on stderr; the raw numbers in
bench/results/ratelimit-<time>.json.
"""
import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import deadline, free_port, on_deadline, percentile  # noqa: E402
from dashlib import Dashboard, machine  # noqa: E402
from testenvlib import TestEnv, log, seed_pods  # noqa: E402

PAGE = "/api/v1/resources/pods?limit=500"
# Far above what the rounds send: the bucket is taken on every request but never runs dry.
HIGH = "1000000"


class RedisServer:
    """Debian's redis-server on a free loopback port, no persistence, stopped at the end."""

    def __init__(self):
        self.port = free_port()
        self.dir = tempfile.mkdtemp(prefix="k8sdash-bench-redis-")
        self.proc = subprocess.Popen(["redis-server", "--bind", "127.0.0.1", "--port", str(self.port), "--save", "",
                                      "--appendonly", "no", "--dir", self.dir], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        on_deadline(self.stop)
        for _ in range(100):
            if self.cli("PING") == "PONG":
                break
            time.sleep(0.1)
        else:
            self.stop()
            sys.exit("redis-server did not answer PING")

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}"

    def cli(self, *args):
        done = subprocess.run(["redis-cli", "-p", str(self.port), *args], capture_output=True, text=True)
        return done.stdout.strip()

    def keys(self, pattern):
        return [k for k in self.cli("--scan", "--pattern", pattern).splitlines() if k]

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)


def metric(text, name, label_filter=""):
    """Sum of a Prometheus counter's samples whose labels contain label_filter."""
    total = 0.0
    for line in text.splitlines():
        if line.startswith(name + "{") and label_filter in line.split("}")[0]:
            total += float(line.rsplit(" ", 1)[1])
    return total


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jar", default="liberty/target/k8s-dashboard.jar")
    ap.add_argument("--pods", type=int, default=1000)
    ap.add_argument("--namespaces", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=2000, help="timed page views per dashboard")
    ap.add_argument("--warmup", type=int, default=500, help="untimed page views per dashboard first")
    ap.add_argument("--no-seed", action="store_true")
    ap.add_argument("--timeout", type=float, default=1500, help="end the run after this many seconds")
    args = ap.parse_args()
    deadline(args.timeout)

    env = TestEnv()
    seeding = None if args.no_seed else seed_pods(env.admin, args.pods, args.namespaces)
    redis = RedisServer()
    on_limits = {"DASHBOARD_RATELIMIT_ENABLED": "true", "DASHBOARD_RATELIMIT_READS_PER_SECOND": HIGH,
                 "DASHBOARD_RATELIMIT_READS_BURST": HIGH}
    off_limits = {"DASHBOARD_RATELIMIT_ENABLED": "false"}
    with_redis = {"DASHBOARD_REDIS_URL": redis.url}
    variants = {
        "local, limits off": dict(off_limits),
        "local, limits on": dict(on_limits),
        "Redis, limits off": dict(off_limits, **with_redis),
        "Redis, limits on": dict(on_limits, **with_redis),
    }
    results = {"machine": machine(), "date": time.strftime("%Y-%m-%d"), "page": PAGE, "pods": args.pods,
               "rounds": args.rounds, "warmup": args.warmup, "seeding": seeding, "settings": variants}
    try:
        with contextlib.ExitStack() as stack:
            dashes = {}
            for name, settings in variants.items():
                log(f"starting: {name}")
                dashes[name] = stack.enter_context(Dashboard(env, args.jar, settings=settings))
            conns = {name: dash.connection() for name, dash in dashes.items()}
            rows = {}
            for name, dash in dashes.items():
                for _ in range(args.warmup):
                    status, body = dash.get(PAGE, conn=conns[name])
                    if status != 200:
                        sys.exit(f"{name}: {PAGE} answered {status}: {body[:300]!r}")
                rows[name] = len(json.loads(body)["rows"])
            log(f"warm: rows per page {rows}")
            if len(set(rows.values())) != 1:
                sys.exit(f"the dashboards answer different pages: {rows}")

            samples = {name: [] for name in dashes}
            refused = {name: 0 for name in dashes}
            names = list(dashes)
            for i in range(args.rounds):
                for k in range(len(names)):
                    name = names[(i + k) % len(names)]
                    started = time.perf_counter()
                    status, _ = dashes[name].get(PAGE, conn=conns[name])
                    samples[name].append((time.perf_counter() - started) * 1000)
                    if status != 200:
                        refused[name] += 1
            if any(refused.values()):
                sys.exit(f"page requests not answered 200: {refused}")

            checks = {}
            for n, (name, dash) in enumerate(dashes.items()):
                user = f"bench-ws-{n}-{os.getpid()}"  # a fresh bucket
                statuses = []
                retry_after = None
                for _ in range(11):
                    c = dash.connection()
                    c.request("GET", "/ws", headers=dash.user_headers(user))
                    resp = c.getresponse()
                    resp.read()
                    statuses.append(resp.status)
                    retry_after = resp.getheader("Retry-After") or retry_after
                    c.close()
                metrics = dash.get("/metrics", user=None)[1].decode()
                checks[name] = {"ws_statuses": statuses, "retry_after": retry_after,
                                "rate_limited_total": metric(metrics, "dashboard_rate_limited_total"),
                                "rate_limit_fallbacks": metric(metrics, "dashboard_redis_fallbacks_total",
                                                               'operation="rate-limit"')}
            checks["redis_read_bucket_keys"] = len(redis.keys("k8sdashboard:ratelimit:reads:*"))
            results["checks"] = checks
            for conn in conns.values():
                conn.close()
    finally:
        redis.stop()

    expect_on = [426] * 10 + [429]  # the default ws-connections burst is 10
    problems = []
    for name in variants:
        statuses = checks[name]["ws_statuses"]
        if "limits on" in name and (statuses != expect_on or not checks[name]["retry_after"]):
            problems.append(f"{name}: /ws attempts {statuses}, Retry-After {checks[name]['retry_after']}")
        if "limits off" in name and statuses != [426] * 11:
            problems.append(f"{name}: /ws attempts {statuses} (limits off must not refuse)")
    if checks["Redis, limits on"]["rate_limit_fallbacks"] != 0:
        problems.append("the Redis dashboard fell back to local buckets")
    if checks["redis_read_bucket_keys"] < 1:
        problems.append("no read bucket in Redis")

    results["latency_ms"] = {name: {"p50": round(percentile(s, 50), 2), "p95": round(percentile(s, 95), 2),
                                    "p99": round(percentile(s, 99), 2), "max": round(max(s), 2)}
                             for name, s in samples.items()}
    results["rows"] = rows
    os.makedirs(os.path.join(os.path.dirname(os.path.abspath(__file__)), "results"), exist_ok=True)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "results",
                       time.strftime("ratelimit-%Y%m%d-%H%M%S.json"))
    with open(out, "w") as f:
        json.dump(results, f, indent=2)
    log(f"details: {out}")
    if problems:
        sys.exit("checks failed: " + "; ".join(problems))

    print(f"machine: {results['machine']}")
    print(f"{args.pods} pods, page `{PAGE}` ({next(iter(rows.values()))} rows), "
          f"{args.warmup} untimed then {args.rounds} timed views per dashboard, interleaved\n")
    print("| date | dashboard | p50 / p95 / p99 / max (ms) | vs limits off, same store: p50 / p95 |")
    print("|---|---|---|---|")
    lat = results["latency_ms"]
    for name in variants:
        base = name.replace("limits on", "limits off")
        delta = ""
        if base != name:
            delta = f"{lat[name]['p50'] - lat[base]['p50']:+.2f} / {lat[name]['p95'] - lat[base]['p95']:+.2f} ms"
        print(f"| {results['date']} | {name} | {lat[name]['p50']:.2f} / {lat[name]['p95']:.2f} / "
              f"{lat[name]['p99']:.2f} / {lat[name]['max']:.1f} | {delta} |")


if __name__ == "__main__":
    main()
