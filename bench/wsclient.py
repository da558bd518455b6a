"""WebSocket clients of the dashboard's /ws for the benchmarks, run as several worker processes
(asyncio, the `websockets` package): each worker opens its share of connections, optionally
subscribes each to a namespace's pods, reports when all snapshots are in, records the arrival
time (CLOCK_MONOTONIC, comparable across processes) of every resource event, and sends its
records back when told to stop.

Protocol (issue 4): client `{"type":"subscribe","id":..,"kind":"pods","namespace":..}`; server
`snapshot` messages (`last` true on the final page), then `resource:created|updated|deleted`
with namespace, name, resourceVersion and row; `resync` (then a fresh snapshot) when it dropped
events; `error` for a bad message.
"""
import asyncio
import json
import multiprocessing
import os
import resource
import time


def raise_fd_limit(wanted):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = min(hard, max(soft, wanted))
    resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return target


class Worker:
    """One client process. spec: url, headers, count, namespaces (one per connection, or None for
    idle connections), first (index of its first connection), connect_rate (per second)."""

    def __init__(self, spec):
        self.spec = spec
        self.parent, child = multiprocessing.Pipe()
        self.process = multiprocessing.Process(target=_run, args=(spec, child), daemon=True)
        self.process.start()
        from benchlib import on_deadline
        on_deadline(self.kill)

    def kill(self):
        if self.process.is_alive():
            self.process.kill()

    def wait(self, what, timeout):
        if not self.parent.poll(timeout):
            raise TimeoutError(f"worker {self.spec['first']}: no '{what}' within {timeout} s")
        message = self.parent.recv()
        if message.get("type") != what:
            raise RuntimeError(f"worker {self.spec['first']}: expected {what}, got {message}")
        return message

    def send(self, command):
        self.parent.send(command)

    def stop(self, timeout=120):
        self.parent.send({"type": "stop"})
        result = self.wait("result", timeout)
        self.process.join(10)
        return result


def _run(spec, pipe):
    raise_fd_limit(spec["count"] + 256)
    asyncio.run(_main(spec, pipe))


async def _main(spec, pipe):
    from websockets.asyncio.client import connect

    loop = asyncio.get_running_loop()
    stats = {"opened": 0, "failed": 0, "closed": 0, "snapshots": 0, "snapshot_rows": 0, "events": 0,
             "resyncs": 0, "errors": 0, "error_samples": [], "connect_s": 0.0}
    records = []  # (namespace, name, resourceVersion, type, monotonic arrival)
    ready = {"count": 0}
    all_ready = asyncio.Event()
    stop = asyncio.Event()
    sockets = []

    def one_ready():
        ready["count"] += 1
        if ready["count"] >= spec["count"] - stats["failed"]:
            all_ready.set()

    async def client(index, namespace):
        try:
            ws = await connect(spec["url"], origin=spec["headers"].get("Origin"), compression=None, proxy=None,
                               additional_headers={k: v for k, v in spec["headers"].items() if k != "Origin"},
                               max_size=64 * 2**20, ping_interval=None, open_timeout=60, close_timeout=2)
        except Exception as e:  # noqa: BLE001 - counted and sampled, the run goes on
            stats["failed"] += 1
            if len(stats["error_samples"]) < 5:
                stats["error_samples"].append(f"connect: {type(e).__name__}: {e}")
            if ready["count"] >= spec["count"] - stats["failed"]:
                all_ready.set()
            return
        stats["opened"] += 1
        sockets.append(ws)
        if namespace is None:
            one_ready()
        else:
            await ws.send(json.dumps({"type": "subscribe", "id": "s1", "kind": "pods", "namespace": namespace}))
        snapshot_done = namespace is None
        try:
            async for raw in ws:
                now = time.monotonic()
                message = json.loads(raw)
                kind = message.get("type")
                if kind == "snapshot":
                    stats["snapshot_rows"] += len(message.get("rows", []))
                    if message.get("last"):
                        stats["snapshots"] += 1
                        if not snapshot_done:
                            snapshot_done = True
                            one_ready()
                elif kind and kind.startswith("resource:"):
                    stats["events"] += 1
                    records.append((message.get("namespace"), message.get("name"), str(message.get("resourceVersion")),
                                    kind, now))
                elif kind == "resync":
                    stats["resyncs"] += 1
                elif kind == "error":
                    stats["errors"] += 1
                    if len(stats["error_samples"]) < 5:
                        stats["error_samples"].append(raw[:300])
        except Exception as e:  # noqa: BLE001
            if len(stats["error_samples"]) < 5:
                stats["error_samples"].append(f"receive: {type(e).__name__}: {e}")
        if not stop.is_set():
            stats["closed"] += 1
            if len(stats["error_samples"]) < 5 and ws.close_code is not None:
                stats["error_samples"].append(f"closed by server: {ws.close_code} {ws.close_reason}")

    started = time.monotonic()
    tasks = []
    interval = 1.0 / spec.get("connect_rate", 500)
    for i in range(spec["count"]):
        namespaces = spec.get("namespaces")
        tasks.append(asyncio.create_task(client(spec["first"] + i, namespaces[i] if namespaces else None)))
        await asyncio.sleep(interval)
    waited = 0.0
    while not all_ready.is_set() and waited < spec.get("ready_timeout", 300):
        if os.getppid() != spec["parent"]:
            os._exit(3)
        try:
            await asyncio.wait_for(all_ready.wait(), 1)
        except asyncio.TimeoutError:
            waited += 1
    stats["connect_s"] = round(time.monotonic() - started, 2)
    stats["ready"] = ready["count"]
    pipe.send({"type": "ready", "stats": dict(stats)})

    # hold until told to stop; answer status polls meanwhile; end with the benchmark process
    while True:
        has = await loop.run_in_executor(None, pipe.poll, 0.5)
        if os.getppid() != spec["parent"]:
            os._exit(3)
        if not has:
            continue
        command = pipe.recv()
        if command["type"] == "status":
            pipe.send({"type": "status", "stats": dict(stats), "open": sum(1 for w in sockets if w.close_code is None)})
        elif command["type"] == "stop":
            break
    stop.set()
    still_open = sum(1 for w in sockets if w.close_code is None)
    await asyncio.gather(*(w.close() for w in sockets), return_exceptions=True)
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    stats["open_at_stop"] = still_open
    pipe.send({"type": "result", "stats": stats, "records": records, "pid": os.getpid()})


def start_workers(url, headers, namespaces_per_client, processes, connect_rate=500, ready_timeout=300):
    """namespaces_per_client: a list (one namespace per client) or an int (that many idle clients)."""
    if isinstance(namespaces_per_client, int):
        total, assignment = namespaces_per_client, None
    else:
        total, assignment = len(namespaces_per_client), namespaces_per_client
    workers, first = [], 0
    for p in range(processes):
        count = total // processes + (1 if p < total % processes else 0)
        if count == 0:
            continue
        workers.append(Worker({"parent": os.getpid(), "url": url, "headers": headers, "count": count, "first": first,
                               "namespaces": assignment[first:first + count] if assignment else None,
                               "connect_rate": connect_rate / processes, "ready_timeout": ready_timeout}))
        first += count
    return workers


def merge_stats(stat_list):
    merged = {}
    for s in stat_list:
        for k, v in s.items():
            if isinstance(v, list):
                merged.setdefault(k, []).extend(v)
            elif isinstance(v, (int, float)):
                merged[k] = max(merged.get(k, 0), v) if k == "connect_s" else merged.get(k, 0) + v
    return merged
