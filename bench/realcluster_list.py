#!/usr/bin/env python3
"""1,000 pods listed through the dashboard against a direct list from the same real API server
(dev/testenv), measured in the same run.

Usage: dev/testenv up && python3 bench/realcluster_list.py [--jar liberty/target/k8s-dashboard.jar] [--pods 1000] [--rounds 50]

Creates namespace `bench` with N pods (unscheduled, so no controller touches them) as the
test environment's admin, grants user `bench` the view role there, starts the runnable jar on a
free loopback port against the API server (proxy mode, acting as `bench` through impersonation),
and times GET /api/v1/resources/pods?namespace=bench against a direct LIST by the admin token.
"""
import argparse
import json
import os
import signal
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from benchlib import free_port, summary, timed


def env_file():
    values = {}
    path = Path(os.path.expanduser("~/.cache/k8s-dashboard/testenv/env"))
    if not path.exists():
        sys.exit("dev/testenv is not up (no env file at %s)" % path)
    for line in path.read_text().splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            values[key.strip()] = value.strip()
    return values




def call(method, url, token=None, body=None, ctx=None, headers=None, timeout=60):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    for key, value in (headers or {}).items():
        req.add_header(key, value)
    try:
        with urllib.request.urlopen(req, timeout=timeout, context=ctx) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()






def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", default="liberty/target/k8s-dashboard.jar")
    ap.add_argument("--pods", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=50)
    args = ap.parse_args()
    env = env_file()
    api, admin = env["KUBE_API_URL"], env["TOKEN_ADMIN"]
    ctx = ssl.create_default_context(cafile=env["KUBE_CA_FILE"])

    call("POST", api + "/api/v1/namespaces", admin, {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "bench"}}, ctx)
    call("POST", api + "/apis/rbac.authorization.k8s.io/v1/namespaces/bench/rolebindings", admin, {
        "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding", "metadata": {"name": "bench-view"},
        "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "view"},
        "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "User", "name": "bench"}]}, ctx)
    existing = json.loads(call("GET", api + "/api/v1/namespaces/bench/pods", admin, ctx=ctx)[1])["items"]
    for i in range(len(existing), args.pods):
        call("POST", api + "/api/v1/namespaces/bench/pods", admin, {
            "apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": f"bench-{i:05d}", "labels": {"app": f"app-{i % 20}"}},
            # An unknown scheduler: the pod stays Pending and no controller rewrites it.
            "spec": {"schedulerName": "nobody", "containers": [{"name": "main", "image": "nginx:1.27"}]}}, ctx)

    port = free_port()
    workdir = tempfile.mkdtemp(prefix="k8sdash-bench-")
    run_env = dict(os.environ, HTTP_PORT=str(port), WLP_OUTPUT_DIR=workdir)
    run_env.update({k: v for k, v in env.items() if k.startswith("DASHBOARD_") and k != "DASHBOARD_UPSTREAM_URL"})
    log = open(os.path.join(workdir, "server.log"), "w")
    proc = subprocess.Popen(["java", "-jar", os.path.abspath(args.jar)], cwd=workdir, env=run_env,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    user = {"X-Forwarded-User": "bench"}
    try:
        deadline = time.time() + 180
        while time.time() < deadline:
            try:
                if call("GET", base + "/health/ready", timeout=2)[0] == 200:
                    break
            except Exception:
                pass
            time.sleep(0.2)
        else:
            sys.exit("dashboard not ready; see " + log.name)
        status, body = call("GET", base + "/api/v1/resources/pods?namespace=bench", headers=user)
        if status != 200:
            sys.exit(f"dashboard answered {status}: {body[:300]}")
        rows = len(json.loads(body)["rows"])
        direct = summary(timed(lambda: call("GET", api + "/api/v1/namespaces/bench/pods", admin, ctx=ctx), args.rounds))
        dashboard = summary(timed(lambda: call("GET", base + "/api/v1/resources/pods?namespace=bench", headers=user), args.rounds))
        print(json.dumps({"pods": args.pods, "rows_returned": rows, "rounds": args.rounds,
                          "direct_api_server_list": direct, "dashboard_list": dashboard}, indent=2))
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


if __name__ == "__main__":
    main()
