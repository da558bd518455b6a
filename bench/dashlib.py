"""The dashboard under benchmark: the runnable jar started against dev/testenv's API server with
the `dashboard` identity in proxy mode (as liberty/.../it/real/RealDashboard does), a keep-alive
client that acts as a user through the trusted-proxy headers, and the JVM's heap and RSS."""
import http.client
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

from benchlib import free_port, on_deadline
from testenvlib import BENCH_USER, log


class Dashboard:
    def __init__(self, env, jar="liberty/target/k8s-dashboard.jar", cpus=None, jvm_args="", settings=None):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.workdir = tempfile.mkdtemp(prefix="k8sdash-bench-")
        run_env = dict(os.environ, HTTP_PORT=str(self.port), WLP_OUTPUT_DIR=self.workdir)
        run_env.pop("KUBECONFIG", None)
        run_env.update(env.dashboard_settings())
        run_env.update(settings or {})
        if jvm_args:
            run_env["JVM_ARGS"] = jvm_args
        command = ["java", "-jar", os.path.abspath(jar)]
        if cpus is not None:
            # the launcher JVM and the Liberty JVM it starts inherit the affinity
            command = ["taskset", "-c", cpus] + command
        self.log_path = os.path.join(self.workdir, "server.log")
        self._log = open(self.log_path, "w")
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(command, cwd=self.workdir, env=run_env, stdout=self._log,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        self.ready_s = None
        self.pid = None
        on_deadline(self.stop)

    def __enter__(self):
        deadline = time.time() + 180
        while time.time() < deadline:
            if self.proc.poll() is not None:
                sys.exit(f"dashboard exited with {self.proc.returncode}; see {self.log_path}")
            try:
                if self.get("/health/ready", user=None)[0] == 200:
                    self.ready_s = time.perf_counter() - self.started
                    break
            except OSError:
                pass
            time.sleep(0.2)
        else:
            self.stop()
            sys.exit(f"dashboard not ready within 180 s; see {self.log_path}")
        self.pid = self._liberty_pid()
        log(f"dashboard ready on {self.base} after {self.ready_s:.1f} s (Liberty JVM pid {self.pid}, log {self.log_path})")
        return self

    def __exit__(self, *exc):
        self.stop()

    def stop(self):
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()

    def _liberty_pid(self):
        """The JVM that runs Liberty: the launcher's descendant java process (or the launcher)."""
        candidates = [self.proc.pid]
        seen = []
        while candidates:
            pid = candidates.pop()
            seen.append(pid)
            out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
            candidates += [int(c) for c in out]
        javas = [p for p in seen if _comm(p) == "java"]
        return javas[-1] if javas else self.proc.pid

    # -- HTTP ------------------------------------------------------------------------------------
    def connection(self):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)

    @staticmethod
    def user_headers(user=BENCH_USER):
        return {"X-Forwarded-User": user, "X-Forwarded-Email": f"{user}@example.com"} if user else {}

    def get(self, path, user=BENCH_USER, conn=None):
        own = conn is None
        conn = conn or self.connection()
        try:
            for attempt in range(2):
                try:
                    conn.request("GET", path, headers=self.user_headers(user))
                    resp = conn.getresponse()
                    return resp.status, resp.read()
                except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                    # Liberty closed an idle keep-alive connection: the next request reconnects
                    conn.close()
                    if attempt == 1:
                        raise
        finally:
            if own:
                conn.close()

    def ws_url(self):
        return f"ws://127.0.0.1:{self.port}/ws"

    def ws_headers(self, user=BENCH_USER):
        headers = self.user_headers(user)
        headers["Origin"] = self.base  # same origin as the Host header
        return headers

    # -- the JVM ---------------------------------------------------------------------------------
    def heap_after_gc_mib(self):
        """Heap in use after two full GCs (jcmd GC.run, then GC.heap_info)."""
        for _ in range(2):
            subprocess.run(["jcmd", str(self.pid), "GC.run"], capture_output=True, text=True, check=True)
        info = subprocess.run(["jcmd", str(self.pid), "GC.heap_info"], capture_output=True, text=True, check=True).stdout
        # one line per heap (G1: "garbage-first heap total ..K, used ..K"; Serial, the JVM's choice on
        # one CPU: a young and a tenured generation line); Metaspace lines have no "total"
        used = re.findall(r"total \d+K, used (\d+)K", info)
        if not used:
            raise RuntimeError("cannot read GC.heap_info:\n" + info)
        return sum(int(u) for u in used) / 1024

    def collector(self):
        """The JVM's garbage collector, from its heap description."""
        info = subprocess.run(["jcmd", str(self.pid), "GC.heap_info"], capture_output=True, text=True, check=True).stdout
        if "garbage-first" in info:
            return "G1"
        if "def new generation" in info:
            return "Serial"
        return info.split("total")[0].strip().split("\n")[-1].strip() or "?"

    def class_histogram(self):
        """{class name: bytes} of live objects (jcmd GC.class_histogram forces a full GC)."""
        out = subprocess.run(["jcmd", str(self.pid), "GC.class_histogram"], capture_output=True, text=True, check=True).stdout
        sizes = {}
        for line in out.splitlines():
            parts = line.split()
            if len(parts) >= 4 and parts[0].endswith(":") and parts[0][:-1].isdigit():
                sizes[parts[3]] = sizes.get(parts[3], 0) + int(parts[2])
        return sizes

    def heap_sampler(self, interval_ms=100):
        """A running `jstat -gc` of the JVM; stop it with heap_peak_mib(sampler) for the largest
        heap in use seen (survivors + eden + old), garbage included."""
        return subprocess.Popen(["jstat", "-gc", str(self.pid), str(interval_ms)], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True)

    @staticmethod
    def heap_peak_mib(sampler):
        sampler.terminate()
        out, _ = sampler.communicate(timeout=10)
        peak, header = 0.0, None
        for line in out.splitlines():
            parts = line.split()
            if parts and parts[0] == "S0C":
                header = parts
                continue
            if header and len(parts) == len(header):
                try:
                    used = sum(float(parts[header.index(col)]) for col in ("S0U", "S1U", "EU", "OU"))
                except ValueError:
                    continue
                peak = max(peak, used / 1024)
        return peak

    def gc_counters(self):
        """(collections, pause seconds) so far, young and full together (jstat -gc)."""
        out = subprocess.run(["jstat", "-gc", str(self.pid)], capture_output=True, text=True, check=True).stdout.split("\n")
        header, values = out[0].split(), out[1].split()
        row = dict(zip(header, values))
        return int(row["YGC"]) + int(row["FGC"]), float(row["YGCT"]) + float(row["FGCT"])

    def rss_mib(self, pid=None):
        return rss_mib(pid or self.pid)

    def threads(self):
        return len(os.listdir(f"/proc/{self.pid}/task"))

    def open_fds(self):
        return len(os.listdir(f"/proc/{self.pid}/fd"))


def _comm(pid):
    try:
        with open(f"/proc/{pid}/comm") as f:
            return f.read().strip()
    except FileNotFoundError:
        return ""


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def machine():
    """One line about the machine, for the tables."""
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    return f"{os.cpu_count()} cores ({cpu}), {mem_gib:.0f} GiB, {java[0] if java else 'java ?'}"
