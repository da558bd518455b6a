#!/usr/bin/env python3
"""Foundation benchmark: start-to-ready time, idle RSS, and a 1,000-pod list through the dashboard
against a direct list from the same API server, measured in the same run.

Usage: python3 bench/foundation.py [--jar liberty/target/k8s-dashboard.jar] [--pods 1000] [--rounds 50]

Starts the runnable jar in demo mode (embedded fabric8 mock API server, local auth) on a free
loopback port, so it needs nothing else. Every server it starts is stopped at the end.
"""
import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

from benchlib import free_port, summary, timed




def http(method, url, body=None, timeout=60):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return resp.status, resp.read()


def rss_mib(pid):
    """RSS of the process tree rooted at pid (the runnable jar's launcher JVM and Liberty's JVM)."""
    total = 0
    pids = [pid]
    try:
        children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
        pids += [int(c) for c in children]
    except FileNotFoundError:
        pass
    for p in pids:
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except FileNotFoundError:
            pass
    return total / 1024








def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", default="liberty/target/k8s-dashboard.jar")
    ap.add_argument("--pods", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=50)
    ap.add_argument("--jvm-args", default="", help="extra JVM options for the server (JVM_ARGS), e.g. -XX:TieredStopAtLevel=4")
    args = ap.parse_args()

    port = free_port()
    workdir = tempfile.mkdtemp(prefix="k8sdash-bench-")
    env = dict(os.environ, HTTP_PORT=str(port), WLP_OUTPUT_DIR=workdir)
    env.pop("KUBECONFIG", None)
    if args.jvm_args:
        env["JVM_ARGS"] = args.jvm_args
    log = open(os.path.join(workdir, "server.log"), "w")
    started = time.perf_counter()
    proc = subprocess.Popen(["java", "-jar", os.path.abspath(args.jar)], cwd=workdir, env=env,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        ready_s = None
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                if http("GET", base + "/health/ready", timeout=2)[0] == 200:
                    ready_s = time.perf_counter() - started
                    break
            except Exception:
                pass
            time.sleep(0.05)
        if ready_s is None:
            sys.exit(f"not ready within 120 s; see {log.name}")
        time.sleep(10)
        idle_rss = rss_mib(proc.pid)

        cluster = json.loads(http("GET", base + "/api/v1/cluster")[1])
        api = cluster["serverUrl"].rstrip("/")
        http("POST", api + "/api/v1/namespaces", {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "bench"}})
        for i in range(args.pods):
            http("POST", api + "/api/v1/namespaces/bench/pods", {
                "apiVersion": "v1", "kind": "Pod",
                "metadata": {"name": f"bench-{i:05d}", "namespace": "bench", "labels": {"app": f"app-{i % 20}"},
                             "creationTimestamp": "2026-11-01T00:00:00Z"},
                "spec": {"nodeName": f"node-{i % 3}", "containers": [{"name": "main", "image": "nginx:1.27"}]},
                "status": {"phase": "Running", "podIP": f"10.0.{i // 250}.{i % 250}",
                           "containerStatuses": [{"name": "main", "ready": True, "restartCount": i % 4}]}})

        direct = timed(lambda: http("GET", api + "/api/v1/namespaces/bench/pods"), args.rounds)
        dashboard = timed(lambda: http("GET", base + "/api/v1/resources/pods?namespace=bench"), args.rounds)
        rows = len(json.loads(http("GET", base + "/api/v1/resources/pods?namespace=bench")[1])["rows"])
        busy_rss = rss_mib(proc.pid)
        result = {
            "start_to_ready_s": round(ready_s, 2),
            "idle_rss_mib": round(idle_rss),
            "rss_after_list_mib": round(busy_rss),
            "pods": args.pods, "rows_returned": rows, "rounds": args.rounds,
            "direct_api_server_list": summary(direct),
            "dashboard_list": summary(dashboard),
        }
        print(json.dumps(result, indent=2))
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


if __name__ == "__main__":
    main()
