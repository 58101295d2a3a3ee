"""A simulated Dask cluster on this machine: each worker process in a network namespace of its own (issue 24).

``simulated_cluster(n)`` builds, for the time of a ``with`` block, what a small cluster looks like
from the network's point of view, without leaving this machine:

* a Linux bridge in the root namespace (``bpcbr<k>``, ``k`` = pid % 1000 or the next free number)
  with the address ``10.213.X.1/24``, ``X`` the first ``10.213.X.0/24`` that no interface or route
  here uses yet; the Dask scheduler runs in the root namespace and listens on that address only;
* for each worker ``i`` (1..n) a network namespace ``bpc-<pid>-w<i>`` with ``lo`` up and one end of
  a veth pair (``eth0``, address ``10.213.X.(10+i)/24``), the other end (``bpc<k>v<i>``) a port of
  the bridge; the worker (``dask worker``, nanny included) runs inside it through ``ip netns exec``
  and listens on its namespace address.

Bounded: the namespaces hold only their /24 link route (no default route, no NAT, no forwarding is
turned on), so a worker reaches the scheduler and the other workers through the bridge and nothing
else (``198.51.100.1`` answers "network is unreachable" without a packet sent); at most 8 workers.
Everything is removed on exit, also on an exception, Ctrl-C or SIGTERM (worker and scheduler process
groups, whatever is left in the namespaces, the namespaces, the veth links, the bridge). The
processes get SIGTERM if this process dies (``PR_SET_PDEATHSIG``); namespaces and links a killed run
left behind are removed by the next run (:func:`remove_stale`, or ``--cleanup``).

Needs root and iproute2 (``ip``). Only the network is separate: the workers share this machine's
cores, memory, file system and process table, which is what a scaling benchmark on one machine wants
to see (``bench_scaling.py``).

    python bench/netns_cluster.py [N]      # smoke: N workers (default 2), where each one is, teardown
    python bench/netns_cluster.py --cleanup  # remove what a killed run left behind
"""

from __future__ import annotations

import contextlib
import ctypes
import ipaddress
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = REPO / ".venv" / "bin"
MAX_WORKERS = 8
NET_PREFIX = "10.213"  # the /24 is 10.213.X.0/24, X the first one free here
ALIAS = "backprop-course netns_cluster pid="  # ifalias of the links we create: who owns them
ROUTE_TYPES = {"unicast", "local", "broadcast", "multicast", "throw", "unreachable", "prohibit", "blackhole", "nat"}
STOP_SECONDS = 10.0  # SIGTERM, then this long, then SIGKILL
START_SECONDS = 120.0  # how long the scheduler and the workers may take to come up


class ClusterAddress(str):
    """The scheduler address (``tcp://10.213.X.1:P``), with what is behind it."""

    scheduler_pid: int
    worker_pids: list[int]  # the ``dask worker`` (nanny) processes, one per namespace
    namespaces: list[str]
    worker_hosts: list[str]


@dataclass
class _Cluster:
    """What one ``simulated_cluster`` has created so far (all of it is removed by :meth:`close`)."""

    pid: int = field(default_factory=os.getpid)
    bridge: str | None = None
    veths: list[str] = field(default_factory=list)
    namespaces: list[str] = field(default_factory=list)
    scheduler: subprocess.Popen[bytes] | None = None
    workers: list[subprocess.Popen[bytes]] = field(default_factory=list)
    log_dir: Path | None = None

    def close(self) -> list[str]:
        """Stop the processes, delete namespaces, links and bridge; returns the problems met (best effort)."""
        problems: list[str] = []
        _stop_processes(self.workers, self.namespaces, problems)
        if self.scheduler is not None:
            _stop_processes([self.scheduler], [], problems)
        for link in self.veths:  # deletes the namespace's end too
            _guard(problems, _delete_link, link)
        for name in self.namespaces:
            _guard(problems, _ip_checked, "netns", "delete", name)
        if self.bridge:
            _guard(problems, _delete_link, self.bridge)
        self.workers, self.scheduler, self.namespaces, self.veths, self.bridge = [], None, [], [], None
        return problems


# --------------------------------------------------------------------------------------------------
# iproute2


def _ip(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["ip", *args], capture_output=True, text=True, timeout=30)


def _ip_checked(*args: str) -> str:
    """``ip args...``; raises RuntimeError with ip's message if it fails."""
    r = _ip(*args)
    if r.returncode != 0:
        raise RuntimeError(f"`ip {' '.join(args)}` failed: {(r.stderr or r.stdout).strip()}")
    return r.stdout


def _delete_link(name: str) -> None:
    """``ip link delete name``; a link that is already gone is fine."""
    r = _ip("link", "delete", "dev", name)
    if r.returncode != 0 and _ip("link", "show", "dev", name).returncode == 0:
        raise RuntimeError(f"`ip link delete {name}` failed: {(r.stderr or r.stdout).strip()}")


def _namespaces() -> list[str]:
    """The names in ``ip netns list`` (``name (id: 3)`` lines)."""
    r = _ip("netns", "list")
    return [line.split()[0] for line in r.stdout.splitlines() if line.strip()]


def _guard(problems: list[str], fn: Any, *args: Any) -> None:
    try:
        fn(*args)
    except Exception as e:  # noqa: BLE001  (teardown goes on)
        problems.append(str(e))


def available() -> str | None:
    """None if network namespaces can be created here (a throwaway one is), else why not."""
    if sys.platform != "linux":
        return f"network namespaces are Linux only (this is {sys.platform})"
    if os.geteuid() != 0:
        return f"creating network namespaces needs root (this is uid {os.geteuid()})"
    if shutil.which("ip") is None:
        return "iproute2 (`ip`) is not installed"
    name = f"bpc-{os.getpid()}-probe"
    r = _ip("netns", "add", name)
    if r.returncode != 0:
        return f"`ip netns add` failed: {(r.stderr or r.stdout).strip()}"
    r = _ip("netns", "delete", name)
    if r.returncode != 0:
        return f"`ip netns delete` failed: {(r.stderr or r.stdout).strip()}"
    return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale() -> list[str]:
    """Remove the namespaces and links of simulated clusters whose process is gone; returns their names."""
    removed = []
    for name in _namespaces():
        parts = name.split("-")
        if len(parts) == 3 and parts[0] == "bpc" and parts[1].isdigit() and not _alive(int(parts[1])):
            if _ip("netns", "delete", name).returncode == 0:
                removed.append(name)
    for line in _ip("-o", "link", "show").stdout.splitlines():
        # "12: bpcbr7: <...> ... \    alias backprop-course netns_cluster pid=1234"
        if ALIAS not in line:
            continue
        name = line.split(":")[1].strip().split("@")[0]
        pid = line.split(ALIAS, 1)[1].split()[0]
        if pid.isdigit() and not _alive(int(pid)) and _ip("link", "delete", name).returncode == 0:
            removed.append(name)
    return removed


def _free_subnet() -> ipaddress.IPv4Network:
    """The first 10.213.X.0/24 that no address or route on this machine overlaps."""
    used = []
    for line in _ip_checked("-4", "-o", "addr", "show").splitlines():
        parts = line.split()
        if "inet" in parts:
            used.append(ipaddress.ip_interface(parts[parts.index("inet") + 1]).network)
    for line in _ip_checked("-4", "route", "show", "table", "all").splitlines():
        words = line.split()
        if words and words[0] in ROUTE_TYPES:
            words = words[1:]
        dest = words[0] if words else "default"
        with contextlib.suppress(ValueError):
            if dest != "default":
                used.append(ipaddress.ip_network(dest, strict=False))
    for x in range(256):
        net = ipaddress.ip_network(f"{NET_PREFIX}.{x}.0/24")
        if not any(net.overlaps(u) for u in used):
            return net
    raise RuntimeError(f"no free /24 in {NET_PREFIX}.0.0/16 on this machine")


def _make_bridge(cluster: _Cluster, address: str) -> int:
    """Create ``bpcbr<k>`` (k = pid % 1000, or the next free k) with ``address``; returns k."""
    for attempt in range(50):
        k = (cluster.pid + attempt) % 1000
        name = f"bpcbr{k}"
        r = _ip("link", "add", "name", name, "type", "bridge")
        if r.returncode == 0:
            cluster.bridge = name
            _ip_checked("link", "set", "dev", name, "alias", f"{ALIAS}{cluster.pid}")
            _ip_checked("addr", "add", address, "dev", name)
            _ip_checked("link", "set", "dev", name, "up")
            return k
        if "exists" not in r.stderr:
            raise RuntimeError(f"cannot create a bridge: `ip link add name {name} type bridge`: {r.stderr.strip()}")
    raise RuntimeError("cannot create a bridge: bpcbr<k> taken for 50 values of k")


def _add_namespace(cluster: _Cluster, k: int, i: int, address: str) -> str:
    """Namespace ``bpc-<pid>-w<i>``: lo up, ``eth0`` = ``address``, its veth peer a port of the bridge."""
    assert cluster.bridge is not None
    ns, host_end = f"bpc-{cluster.pid}-w{i}", f"bpc{k}v{i}"
    _ip_checked("netns", "add", ns)
    cluster.namespaces.append(ns)
    _ip_checked("link", "add", "name", host_end, "type", "veth", "peer", "name", "eth0", "netns", ns)
    cluster.veths.append(host_end)
    _ip_checked("link", "set", "dev", host_end, "alias", f"{ALIAS}{cluster.pid}")
    _ip_checked("link", "set", "dev", host_end, "master", cluster.bridge)
    _ip_checked("link", "set", "dev", host_end, "up")
    _ip_checked("-n", ns, "link", "set", "dev", "lo", "up")
    _ip_checked("-n", ns, "addr", "add", address, "dev", "eth0")
    _ip_checked("-n", ns, "link", "set", "dev", "eth0", "up")
    return ns


# --------------------------------------------------------------------------------------------------
# processes


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM when this (the parent) process dies (kept across ``ip netns exec``)."""
    with contextlib.suppress(Exception):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(VENV_BIN), env.get("PATH", "/usr/sbin:/usr/bin:/sbin:/bin")])
    env["PYTHONPATH"] = os.pathsep.join(p for p in [str(REPO / "src"), env.get("PYTHONPATH", "")] if p)
    env["DASK_DISTRIBUTED__SCHEDULER__WORKER_SATURATION"] = "1.0"
    env.pop("DASK_SCHEDULER_ADDRESS", None)
    return env


def _python() -> str:
    venv = VENV_BIN / "python"
    return str(venv) if venv.exists() else sys.executable


def _spawn(cmd: list[str], log: Path) -> subprocess.Popen[bytes]:
    with open(log, "wb") as out:
        return subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=_environment(),
            start_new_session=True,  # a process group of its own: killed as a whole
            preexec_fn=_die_with_parent,
        )


def _tail(log: Path | None, lines: int = 15) -> str:
    if log is None or not log.exists():
        return ""
    text = log.read_text(errors="replace").splitlines()[-lines:]
    return "\n  | ".join(["", *text]) if text else ""


def _tree(pids: list[int]) -> list[Any]:
    """psutil.Process objects of ``pids`` and all their descendants (those still there)."""
    import psutil

    out = []
    for pid in pids:
        try:
            p = psutil.Process(pid)
            out += [p, *p.children(recursive=True)]
        except psutil.Error:
            pass
    return out


def _netns_pids(ns: str) -> list[int]:
    return [int(x) for x in _ip("netns", "pids", ns).stdout.split() if x.isdigit()]


def _stop_processes(procs: list[subprocess.Popen[bytes]], namespaces: list[str], problems: list[str]) -> None:
    """SIGTERM the process groups of ``procs``, wait, SIGKILL what is left of them, their descendants
    (the sandboxed kernels run in sessions and namespaces of their own) and whatever is in ``namespaces``."""
    import psutil

    procs = [p for p in procs if p is not None]
    known = {p.pid: p for p in _tree([p.pid for p in procs])}
    for p in procs:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(p.pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_SECONDS
    while time.monotonic() < deadline and any(p.poll() is None for p in procs):
        known.update({q.pid: q for q in _tree([p.pid for p in procs if p.poll() is None])})
        time.sleep(0.1)
    for p in procs:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(p.pid, signal.SIGKILL)
    for ns in namespaces:
        for pid in _netns_pids(ns):
            with contextlib.suppress(psutil.Error):
                known.setdefault(pid, psutil.Process(pid))
    leftovers = [q for q in known.values() if q.is_running() and q.status() != psutil.STATUS_ZOMBIE]
    for q in leftovers:
        with contextlib.suppress(psutil.Error):
            q.kill()  # psutil checks the pid was not reused
    for p in procs:
        try:
            p.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            problems.append(f"process {p.pid} ({' '.join(map(str, p.args[:4]))}...) did not exit")
    _, alive = psutil.wait_procs(leftovers, timeout=STOP_SECONDS)
    problems += [f"process {q.pid} survived SIGKILL" for q in alive]


def _wait_listening(proc: subprocess.Popen[bytes], host: str, port: int, log: Path) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the Dask scheduler exited with status {proc.returncode}:{_tail(log)}")
        with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=1):
            return
        time.sleep(0.2)
    raise RuntimeError(f"the Dask scheduler did not listen on {host}:{port} in {START_SECONDS:.0f} s:{_tail(log)}")


def _wait_workers(cluster: _Cluster, address: str, n: int) -> None:
    """Until the scheduler has ``n`` workers; fails early if a worker or the scheduler process exits."""
    from distributed import Client

    assert cluster.log_dir is not None and cluster.scheduler is not None
    deadline = time.monotonic() + START_SECONDS
    with Client(address, timeout="30s") as client:
        while True:
            for i, proc in enumerate(cluster.workers, 1):
                if proc.poll() is not None:
                    log = cluster.log_dir / f"worker-{i}.log"
                    raise RuntimeError(f"dask worker {i} exited with status {proc.returncode}:{_tail(log)}")
            if cluster.scheduler.poll() is not None:
                raise RuntimeError(f"the Dask scheduler exited:{_tail(cluster.log_dir / 'scheduler.log')}")
            try:
                client.wait_for_workers(n, timeout=min(2.0, max(0.1, deadline - time.monotonic())))
                return
            except TimeoutError:
                if time.monotonic() >= deadline:
                    seen = len(client.scheduler_info(n_workers=-1)["workers"])
                    logs = "".join(_tail(cluster.log_dir / f"worker-{i}.log", 5) for i in range(1, n + 1))
                    raise RuntimeError(f"{seen} of {n} workers joined in {START_SECONDS:.0f} s:{logs}") from None


def _free_port(host: str) -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def _handling(signals: tuple[int, ...], handler: Any, only_default: bool = False) -> Iterator[None]:
    """In the main thread, ``handler`` for ``signals`` (those still at their default, if ``only_default``);
    the previous handlers are restored after. Elsewhere (signal handlers are main-thread only), nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    saved = {}
    for sig in signals:
        if not only_default or signal.getsignal(sig) in (signal.SIG_DFL, None):
            saved[sig] = signal.signal(sig, handler)
    try:
        yield
    finally:
        for sig, previous in saved.items():
            signal.signal(sig, previous)


def _on_signal_exit(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def _signals_as_exit() -> contextlib.AbstractContextManager[None]:
    """In the main thread: SIGTERM/SIGHUP raise SystemExit (so ``finally`` tears down); restored after."""
    return _handling((signal.SIGTERM, signal.SIGHUP), _on_signal_exit, only_default=True)


def _uninterruptible() -> contextlib.AbstractContextManager[None]:
    """Ctrl-C and SIGTERM wait while the teardown runs (it is bounded: about 2 x STOP_SECONDS at most)."""
    return _handling((signal.SIGINT, signal.SIGTERM, signal.SIGHUP), signal.SIG_IGN)


# --------------------------------------------------------------------------------------------------
# the cluster


@contextlib.contextmanager
def simulated_cluster(
    n_workers: int, threads_per_worker: int = 1, *, log_dir: Path | None = None
) -> Iterator[ClusterAddress]:
    """A Dask scheduler here and ``n_workers`` workers, each in a network namespace of its own.

    Yields the scheduler address (a ``str``: a :class:`ClusterAddress`, which also carries the pids
    and namespaces) once the scheduler has all ``n_workers`` workers. Everything is removed on exit.
    ``log_dir``: keep the scheduler's and workers' output there (else a temporary directory,
    removed on exit; its last lines are in the error if something fails to start).
    Raises RuntimeError (with the reason) if this is not possible here: not root, no ``ip``, no
    namespaces, a bridge cannot be made, or a process fails to start.
    """
    if not 1 <= n_workers <= MAX_WORKERS:
        raise RuntimeError(f"simulated_cluster: {n_workers} workers asked, 1 to {MAX_WORKERS} allowed")
    if threads_per_worker < 1:
        raise RuntimeError(f"simulated_cluster: threads_per_worker must be >= 1, not {threads_per_worker}")
    problem = available()
    if problem:
        raise RuntimeError(f"cannot simulate a cluster with network namespaces: {problem}")
    remove_stale()
    own_logs = log_dir is None
    cluster = _Cluster(log_dir=Path(tempfile.mkdtemp(prefix="bpc-netns-")) if own_logs else log_dir)
    assert cluster.log_dir is not None
    cluster.log_dir.mkdir(parents=True, exist_ok=True)
    ok = False
    try:
        with _signals_as_exit():
            net = _free_subnet()
            hosts = list(net.hosts())
            host = str(hosts[0])  # 10.213.X.1
            k = _make_bridge(cluster, f"{host}/{net.prefixlen}")
            port = _free_port(host)
            address = f"tcp://{host}:{port}"
            log = cluster.log_dir / "scheduler.log"
            cmd = [_python(), "-m", "distributed.cli.dask_scheduler", "--host", host, "--port", str(port)]
            cluster.scheduler = _spawn([*cmd, "--no-dashboard"], log)
            _wait_listening(cluster.scheduler, host, port, log)
            worker_hosts = []
            for i in range(1, n_workers + 1):
                worker_host = str(hosts[9 + i])  # 10.213.X.(10+i)
                ns = _add_namespace(cluster, k, i, f"{worker_host}/{net.prefixlen}")
                worker_hosts.append(worker_host)
                cmd = ["ip", "netns", "exec", ns, _python(), "-m", "distributed.cli.dask_worker", address]
                cmd += ["--host", worker_host, "--nthreads", str(threads_per_worker), "--nworkers", "1"]
                cmd += ["--no-dashboard", "--memory-limit", "0", "--name", f"w{i}", "--death-timeout", "60"]
                cluster.workers.append(_spawn(cmd, cluster.log_dir / f"worker-{i}.log"))
            _wait_workers(cluster, address, n_workers)
            result = ClusterAddress(address)
            result.scheduler_pid = cluster.scheduler.pid
            result.worker_pids = [p.pid for p in cluster.workers]
            result.namespaces = list(cluster.namespaces)
            result.worker_hosts = worker_hosts
            yield result
            ok = True
    finally:
        with _uninterruptible():
            problems = cluster.close()
        if own_logs and (ok or not problems):
            shutil.rmtree(cluster.log_dir, ignore_errors=True)
        if problems:
            print(f"simulated_cluster teardown: {'; '.join(problems)}", file=sys.stderr)


def leftovers(pid: int | None = None) -> list[str]:
    """Namespaces and links of this process's (or ``pid``'s) simulated clusters that still exist."""
    pid = os.getpid() if pid is None else pid
    names = [ns for ns in _namespaces() if ns.startswith(f"bpc-{pid}-")]
    for line in _ip("-o", "link", "show").stdout.splitlines():
        if line.rstrip().endswith(f"{ALIAS}{pid}"):
            names.append(line.split(":")[1].strip().split("@")[0])
    return names


# --------------------------------------------------------------------------------------------------
# smoke


def where_am_i() -> dict[str, Any]:
    """Run on a worker: its process, network namespace, addresses and routes, and whether the outside is reachable."""
    import psutil

    addrs = {
        name: [a.address for a in entries if a.family == socket.AF_INET]
        for name, entries in psutil.net_if_addrs().items()
    }
    routes = subprocess.run(["ip", "-4", "route"], capture_output=True, text=True).stdout.strip().splitlines()
    try:
        with socket.create_connection(("198.51.100.1", 9), timeout=2):  # TEST-NET-2: nobody
            outside = "connected (!)"
    except OSError as e:
        outside = f"unreachable ({e.strerror or e})"
    return {
        "pid": os.getpid(),
        "netns": os.readlink("/proc/self/ns/net"),
        "ipv4": {k: v for k, v in addrs.items() if v},
        "routes": routes,
        "outside": outside,
    }


def main(argv: list[str] | None = None) -> int:
    """The smoke test: start N workers, show where each one is, tear down, show nothing is left."""
    args = sys.argv[1:] if argv is None else argv
    if args == ["--cleanup"]:
        removed = remove_stale()
        print(f"removed: {', '.join(removed) or 'nothing'}")
        return 0
    n = int(args[0]) if args else 2
    from distributed import Client

    problem = available()
    if problem:
        print(f"not available here: {problem}")
        return 1
    here = where_am_i()
    print(f"coordinator: pid {here['pid']}, {here['netns']}, ipv4 {here['ipv4']}")
    t0 = time.monotonic()
    with simulated_cluster(n) as address:
        print(f"scheduler {address} (pid {address.scheduler_pid}), {n} workers up in {time.monotonic() - t0:.1f} s")
        print(f"namespaces: {', '.join(address.namespaces)}")
        with Client(address) as client:
            for worker, info in sorted(client.run(where_am_i).items()):
                print(f"worker {worker}: pid {info['pid']}, {info['netns']}, ipv4 {info['ipv4']}")
                print(f"    routes: {' | '.join(info['routes'])}; 198.51.100.1: {info['outside']}")
            square = client.submit(lambda x: x * x, 7).result()
            print(f"a task: 7 * 7 = {square}")
            nsids = {info["netns"] for info in client.run(where_am_i).values()}
            print(f"distinct network namespaces among the workers: {len(nsids)} of {n}")
    left = leftovers()
    ours = [ns for ns in _namespaces() if ns.startswith(f"bpc-{os.getpid()}-")]
    print(f"after teardown: `ip netns list` has {len(ours)} bpc-{os.getpid()}- entries; links left: {left or 'none'}")
    return 0 if not left else 1


if __name__ == "__main__":
    sys.exit(main())
