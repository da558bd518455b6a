"""The real control plane of dev/testenv as the issue-4 benchmarks use it: its env file, a
keep-alive HTTPS client per thread, bulk pod seeding on a kwok node, the API server's request
counters (/metrics) and its audit log (requests by the dashboard identity)."""
import concurrent.futures
import http.client
import json
import os
import ssl
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ENV_FILE = Path(os.path.expanduser("~/.cache/k8s-dashboard/testenv/env"))
BENCH_LABEL = "k8sdashboard.io/bench"
BENCH_NODE = "bench-kwok-node"
BENCH_USER = "bench"


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


class TestEnv:
    def __init__(self):
        if not ENV_FILE.exists():
            sys.exit(f"dev/testenv is not up (no env file at {ENV_FILE}); run it under "
                     "`flock /tmp/k8sd-servers.lock` (see bench/with-testenv)")
        self.values = {}
        for line in ENV_FILE.read_text().splitlines():
            if "=" in line and not line.startswith("#"):
                key, value = line.split("=", 1)
                self.values[key.strip()] = value.strip()
        self.api_url = self.values["KUBE_API_URL"].rstrip("/")
        self.state_dir = ENV_FILE.parent
        self.ssl = ssl.create_default_context(cafile=self.values["KUBE_CA_FILE"])
        self.admin = ApiClient(self.api_url, self.values["TOKEN_ADMIN"], self.ssl)

    def dashboard_settings(self):
        """The dashboard's MP Config for this environment (dashboard identity, proxy mode)."""
        return {k: v for k, v in self.values.items() if k.startswith("DASHBOARD_") and k != "DASHBOARD_UPSTREAM_URL"}

    def audit_log(self):
        return self.state_dir / "logs" / "audit.log"


class ApiClient:
    """One keep-alive HTTPS connection per thread: the reference measurements pay no TLS handshake
    per request, like the dashboard's own pooled client."""

    def __init__(self, base_url, token, ssl_context):
        parsed = urllib.parse.urlsplit(base_url)
        self.host, self.port = parsed.hostname, parsed.port or 443
        self.token = token
        self.ssl = ssl_context
        self.local = threading.local()

    def _connection(self):
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = http.client.HTTPSConnection(self.host, self.port, context=self.ssl, timeout=120)
            self.local.conn = conn
        return conn

    def request(self, method, path, body=None, content_type="application/json", stream=False):
        """(status, body bytes); with stream=True, the response object still to be read."""
        headers = {"Authorization": "Bearer " + self.token, "Accept": "application/json"}
        data = None
        if body is not None:
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            headers["Content-Type"] = content_type
        for attempt in range(2):
            conn = self._connection()
            try:
                conn.request(method, path, body=data, headers=headers)
                resp = conn.getresponse()
                if stream:
                    self.local.conn = None  # the stream owns this connection now
                    return resp.status, resp
                return resp.status, resp.read()
            except (http.client.HTTPException, ConnectionError, OSError):
                conn.close()
                self.local.conn = None
                if attempt == 1:
                    raise

    def json(self, method, path, body=None, content_type="application/json"):
        status, data = self.request(method, path, body, content_type)
        if status >= 300:
            raise RuntimeError(f"{method} {path} -> {status}: {data[:300]!r}")
        return json.loads(data)

    def stream(self, path):
        """A streaming GET (watch) on its own connection."""
        conn = http.client.HTTPSConnection(self.host, self.port, context=self.ssl, timeout=600)
        conn.request("GET", path, headers={"Authorization": "Bearer " + self.token})
        return conn, conn.getresponse()


# ------------------------------------------------------------------------------------------------
# seeding
# ------------------------------------------------------------------------------------------------

def namespace_names(count):
    return [f"bench-{i}" for i in range(count)]


def pod_manifest(index, namespace):
    """A pod of ordinary size: one container with resources, ports, env and probes; labels for
    selectors; bound to the kwok node, so kwok reports it Running without a kubelet."""
    return {
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {
            "name": f"web-{index:05d}", "namespace": namespace,
            "labels": {BENCH_LABEL: "readmodel", "app": f"app-{index % 20}", "tier": ("web", "api", "db")[index % 3],
                       "shard": f"s{index % 7}"},
            "annotations": {"bench.k8sdashboard.io/owner": f"team-{index % 10}"},
        },
        "spec": {
            "nodeName": BENCH_NODE,
            "automountServiceAccountToken": False,
            "tolerations": [{"key": "kwok.x-k8s.io/node", "operator": "Exists", "effect": "NoSchedule"}],
            "containers": [{
                "name": "main", "image": f"registry.example/bench/app-{index % 20}:1.{index % 9}",
                "ports": [{"name": "http", "containerPort": 8080, "protocol": "TCP"}],
                "env": [{"name": "APP_INDEX", "value": str(index)}, {"name": "LOG_LEVEL", "value": "info"}],
                "resources": {"requests": {"cpu": "10m", "memory": "16Mi"}, "limits": {"memory": "64Mi"}},
                "readinessProbe": {"httpGet": {"path": "/ready", "port": 8080}, "periodSeconds": 10},
            }],
        },
    }


def ensure(client, path, body):
    status, data = client.request("POST", path, body)
    if status not in (200, 201, 409):
        raise RuntimeError(f"POST {path} -> {status}: {data[:300]!r}")


def ensure_bench_node(client):
    """A kwok-managed node with room for far more than 110 pods (the testenv's nodes hold 110)."""
    ensure(client, "/api/v1/nodes", {
        "apiVersion": "v1", "kind": "Node",
        "metadata": {"name": BENCH_NODE, "annotations": {"kwok.x-k8s.io/node": "fake", "node.alpha.kubernetes.io/ttl": "0"},
                     "labels": {"kubernetes.io/hostname": BENCH_NODE, "type": "kwok", BENCH_LABEL: "node"}},
        "spec": {"taints": [{"key": "kwok.x-k8s.io/node", "value": "fake", "effect": "NoSchedule"}]},
        "status": {"allocatable": {"cpu": "1000", "memory": "4Ti", "pods": "50000"},
                   "capacity": {"cpu": "1000", "memory": "4Ti", "pods": "50000"}},
    })


def ensure_bench_reader(client):
    """User `bench` may read everything but Secrets, cluster-wide (ClusterRole view)."""
    ensure(client, "/apis/rbac.authorization.k8s.io/v1/clusterrolebindings", {
        "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding",
        "metadata": {"name": "bench-view"},
        "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "view"},
        "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "User", "name": BENCH_USER}]})


def count_pods(client, selector=f"{BENCH_LABEL}=readmodel", field_selector=None):
    """How many pods match, by paging through metadata-only lists."""
    total, running, cont = 0, 0, ""
    while True:
        q = {"labelSelector": selector, "limit": "5000"}
        if cont:
            q["continue"] = cont
        data = client.json("GET", "/api/v1/pods?" + urllib.parse.urlencode(q))
        total += len(data["items"])
        running += sum(1 for p in data["items"] if p.get("status", {}).get("phase") == "Running")
        cont = data["metadata"].get("continue")
        if not cont:
            return total, running


def seed_pods(client, pods, namespaces, workers=24, wait_running_s=300):
    """Creates `pods` pods spread over `namespaces` namespaces (bench-0..), skipping those that
    exist, with parallel keep-alive creates; waits until kwok reports them Running."""
    names = namespace_names(namespaces)
    ensure_bench_node(client)
    ensure_bench_reader(client)
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        list(pool.map(lambda ns: ensure(client, "/api/v1/namespaces", {
            "apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns, "labels": {BENCH_LABEL: "readmodel"}}}), names))
    existing = set()
    cont = ""
    while True:
        q = {"labelSelector": f"{BENCH_LABEL}=readmodel", "limit": "5000"}
        if cont:
            q["continue"] = cont
        data = client.json("GET", "/api/v1/pods?" + urllib.parse.urlencode(q))
        existing.update((p["metadata"]["namespace"], p["metadata"]["name"]) for p in data["items"])
        cont = data["metadata"].get("continue")
        if not cont:
            break
    todo = [(i, names[i % namespaces]) for i in range(pods) if (names[i % namespaces], f"web-{i:05d}") not in existing]
    log(f"seeding: {len(existing)} bench pods exist, creating {len(todo)} with {workers} parallel clients")

    def create(item):
        index, ns = item
        body = json.dumps(pod_manifest(index, ns)).encode()
        for attempt in range(60):
            status, data = client.request("POST", f"/api/v1/namespaces/{ns}/pods", body)
            if status in (201, 409):
                return
            # 403 while the namespace's admission caches catch up, 429/5xx under load: back off
            if status in (403, 429, 500, 503, 504):
                time.sleep(0.2 * (attempt + 1))
                continue
            raise RuntimeError(f"create {ns}/web-{index:05d} -> {status}: {data[:300]!r}")
        raise RuntimeError(f"create {ns}/web-{index:05d} kept failing")

    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        for done, _ in enumerate(pool.map(create, todo), 1):
            if done % 2000 == 0:
                log(f"seeding: {done}/{len(todo)} created ({time.perf_counter() - started:.0f} s)")
    created_s = time.perf_counter() - started
    deadline = time.time() + wait_running_s
    while True:
        total, running = count_pods(client)
        if running >= pods or time.time() > deadline:
            break
        log(f"seeding: {running}/{total} Running")
        time.sleep(3)
    elapsed = time.perf_counter() - started
    log(f"seeding: {total} pods, {running} Running; created in {created_s:.0f} s, all Running after {elapsed:.0f} s")
    return {"pods": total, "running": running, "created_s": round(created_s, 1), "running_s": round(elapsed, 1)}


# ------------------------------------------------------------------------------------------------
# what the API server counts
# ------------------------------------------------------------------------------------------------

def request_counts(client):
    """apiserver_request_total summed by (resource, verb), from the API server's /metrics."""
    status, data = client.request("GET", "/metrics")
    if status != 200:
        raise RuntimeError(f"/metrics -> {status}")
    counts = {}
    for line in data.decode().splitlines():
        if not line.startswith("apiserver_request_total{"):
            continue
        labels_text, value = line[len("apiserver_request_total{"):].rsplit("} ", 1)
        labels = dict(part.split("=", 1) for part in _split_labels(labels_text))
        key = (labels.get("resource", '""').strip('"'), labels.get("verb", '""').strip('"'))
        counts[key] = counts.get(key, 0) + float(value)
    return counts


def _split_labels(text):
    parts, current, quoted = [], "", False
    for c in text:
        if c == '"':
            quoted = not quoted
        if c == "," and not quoted:
            parts.append(current)
            current = ""
        else:
            current += c
    if current:
        parts.append(current)
    return parts


def pod_reads(before, after):
    """LIST and GET of pods between two request_counts() snapshots (WATCH is not a read per view)."""
    return sum(after.get(("pods", v), 0) - before.get(("pods", v), 0) for v in ("LIST", "GET"))


def all_requests(before, after):
    """Requests on resources (non-resource GETs such as the /metrics scrapes themselves left out)."""
    return sum(v - before.get(k, 0) for k, v in after.items() if k[0])


class AuditTail:
    """Counts audit events (ResponseComplete) of one user from a point on: the testenv's audit
    policy logs every human's and the dashboard identity's requests at Metadata level."""

    def __init__(self, path, user):
        self.path, self.user = Path(path), user
        self.offset = self.path.stat().st_size if self.path.exists() else 0

    def count(self):
        if not self.path.exists() or self.path.stat().st_size < self.offset:
            return None  # rotated: unknown
        by_kind = {}
        with open(self.path, "rb") as f:
            f.seek(self.offset)
            for line in f:
                try:
                    event = json.loads(line)
                except ValueError:
                    continue
                if event.get("stage") != "ResponseComplete" or event.get("user", {}).get("username") != self.user:
                    continue
                ref = event.get("objectRef", {})
                key = f"{event.get('verb')} {ref.get('resource', event.get('requestURI', '?'))}"
                by_kind[key] = by_kind.get(key, 0) + 1
        return by_kind
