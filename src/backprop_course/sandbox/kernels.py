"""Single-use grading kernels, each paired with the trusted tester that grades it, and a warm pool of them.

:class:`KernelFactory` makes a :class:`SandboxedKernel`: a bubblewrap sandbox, a kernel forked into
it by the fork server, and a tester forked beside it, joined by a socket pair (the bridge). Every
kernel and every tester runs as a uid of its own, allocated host-wide (:class:`UidAllocator`), so two
grading runs on one machine, even of different courses, never share a uid or its ``RLIMIT_NPROC``
budget. A kernel is used for one notebook; then its sandbox, its tester and every process in them
are killed and the uids go back to the pool.

:class:`KernelPool` keeps kernels started ahead of need: the next one starts while the current
notebook runs.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import queue
import random
import secrets
import select
import shutil
import signal
import socket
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ..bridge.control import TesterClient
from ..settings import Limits
from .bwrap import SCRATCH, Sandbox, SandboxError, check_exposure, kernel_env, python_paths
from .cgroups import SandboxCgroups, find_hierarchies, missing_protections, remove_run_base, remove_stale_bases
from .forkserver import ForkServer, take_early

UID_BASE = 61000  # kernels and testers run as uids UID_BASE .. UID_BASE + UID_COUNT - 1
UID_COUNT = 2048
UID_LOCK_DIR = Path("/run/lock/backprop-course-uids")
CPU_LOCK_DIR = Path("/run/lock/backprop-course-cpus")  # CpuPlacement's slots


def _cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system, all threads) process ``pid`` has used; OSError once it is reaped."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class UidAllocator:
    """Unprivileged uids, each held by one sandbox or tester at a time, across every process of the host.

    A uid is held by an exclusive ``flock`` on ``UID_LOCK_DIR/<uid>``: a grading run that dies
    releases its uids with its file descriptors, and a run never picks a uid another run holds.
    """

    def __init__(self, lock_dir: Path = UID_LOCK_DIR, base: int = UID_BASE, count: int = UID_COUNT) -> None:
        self.lock_dir, self.base, self.count = lock_dir, base, count
        self.held: dict[int, TextIO] = {}
        self.lock = threading.Lock()

    def acquire(self) -> int:
        self.lock_dir.mkdir(parents=True, exist_ok=True)
        start = random.randrange(self.count)
        with self.lock:
            for k in range(self.count):
                uid = self.base + (start + k) % self.count
                if uid in self.held:
                    continue
                f = open(self.lock_dir / str(uid), "w")  # noqa: SIM115  (held until release)
                try:
                    fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    f.close()
                    continue
                self.held[uid] = f
                return uid
        raise SandboxError(f"all {self.count} sandbox uids are in use on this machine")

    def release(self, uid: int | None) -> None:
        with self.lock:
            f = self.held.pop(uid, None) if uid is not None else None
        if f is not None:
            f.close()


@dataclass
class SandboxedKernel:
    """A started, single-use kernel with its tester: connection file, pids, sandbox, uids."""

    connection_file: Path
    scratch: Path
    pid: int
    sandbox: Sandbox | None
    workdir: Path  # removed on kill when there is no sandbox
    tester: TesterClient
    uid: int | None = None
    release: Any = None  # called with each uid once its processes are gone
    tester_uid: int | None = None
    cgroups: SandboxCgroups | None = None
    _pidfd: int | None = None
    dead: bool = False
    cpu_seconds: float = 0.0  # CPU time the kernel and its tester used (read when they are killed)
    log_tail: str = field(default="", repr=False)
    limits_hit: list[str] = field(default_factory=list)  # "memory", "processes", "scratch space", "/tmp space"

    def __post_init__(self) -> None:
        try:
            self._pidfd = os.pidfd_open(self.pid)
        except (OSError, AttributeError):
            self._pidfd = None

    @property
    def log_path(self) -> Path:
        return self.connection_file.parent / "kernel.log"

    def tester_log_tail(self, lines: int = 5) -> str:
        """The last lines the tester wrote to its log (its traceback, when it died), or ""."""
        try:
            text = (self.workdir / "tester.log").read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.strip().splitlines()[-lines:])

    def alive(self) -> bool:
        if self.dead:
            return False
        if self._pidfd is not None:
            return not select.select([self._pidfd], [], [], 0)[0]
        try:
            os.kill(self.pid, 0)
            return True
        except ProcessLookupError:
            return False

    def pin(self, cpu: int | None) -> None:
        """Run the kernel and its tester, every thread of both, on CPU ``cpu`` only (None: leave them be).

        Best effort: a process that is gone, or a CPU this machine's cgroups do not allow, leaves that thread as it
        was (:class:`CpuPlacement` says why one CPU).
        """
        if cpu is None:
            return
        for pid in (self.pid, self.tester.pid):
            pinned: set[str] = set()
            for _ in range(5):  # again while new threads appear: one started by a thread not yet pinned keeps its CPUs
                try:
                    threads = set(os.listdir(f"/proc/{pid}/task")) - pinned
                except OSError:
                    break
                if not threads:
                    break
                for tid in threads:
                    with contextlib.suppress(OSError, ValueError):
                        os.sched_setaffinity(int(tid), {cpu})
                pinned |= threads

    def wait_sockets(self, timeout: float) -> bool:
        """Wait until the kernel has bound its five IPC sockets (it is about ready); False if it died."""
        info = json.loads(self.connection_file.read_text())
        ports = ("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port")
        sockets = [f"{info['ip']}-{info[p]}" for p in ports]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if all(os.path.exists(s) for s in sockets):
                return True
            if not self.alive():
                return False
            time.sleep(0.01)
        return False

    def add_files(self, files: dict[str, Path]) -> None:
        """Copy ``{relative path: source file}`` into the kernel's working directory (owned by its uid)."""
        for rel, src in files.items():
            dest = self.scratch / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest)
            if self.uid is not None:
                for p in [dest, *dest.relative_to(self.scratch).parents]:
                    target = self.scratch / p
                    if target != self.scratch:
                        os.chown(target, self.uid, self.uid)

    def cpu_used(self) -> float:
        """CPU seconds (user + system, all threads) the kernel and its tester have used so far.

        The notebook's computation: its answer cells run in the kernel, its test cells in the tester.
        """
        try:
            return _cpu_seconds(self.pid) + _cpu_seconds(self.tester.pid)
        except (OSError, IndexError, ValueError):
            return self.cpu_seconds

    def filled(self) -> list[str]:
        """The sandbox's writable spaces that are (nearly) full."""
        full = []
        if self.sandbox is not None and self.sandbox.init_pid is not None:
            for name, path in (
                ("scratch space", self.scratch),
                ("/tmp space", Path(f"/proc/{self.sandbox.init_pid}/root/tmp")),
            ):
                with contextlib.suppress(OSError):
                    st = os.statvfs(path)
                    if st.f_blocks and st.f_bavail < 0.01 * st.f_blocks:
                        full.append(name)
        return full

    def kill(self) -> None:
        """Kill the kernel, its tester and everything they started; the kernel is never used again."""
        if self.dead:
            return
        self.cpu_seconds = self.cpu_used()
        self.dead = True
        with contextlib.suppress(OSError):
            self.log_tail = "\n".join(self.log_path.read_text(errors="replace").splitlines()[-20:])
        self.limits_hit = self.filled()
        self.tester.kill()
        if self.sandbox is not None:
            self.sandbox.kill()
        if self.cgroups is not None:
            self.limits_hit += self.cgroups.limits_hit()
            self.cgroups.remove()
        else:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.pid, signal.SIGKILL)
        if self._pidfd is not None:
            os.close(self._pidfd)
            self._pidfd = None
        shutil.rmtree(self.workdir, ignore_errors=True)
        if self.release is not None:
            self.release(self.uid)
            self.release(self.tester_uid)


MAX_KERNEL_MESSAGE = 32 * 2**20  # a larger message from a kernel drops the connection (ZMQ_MAXMSGSIZE)
_context: Any = None


def _bounded_context() -> Any:
    """The ZeroMQ context of grading kernel clients: messages over MAX_KERNEL_MESSAGE are never received.

    A kernel that prints one 400 MB line would otherwise be read whole into the grader's memory.
    """
    global _context
    if _context is None:
        import zmq
        import zmq.asyncio

        ctx = zmq.asyncio.Context()
        ctx.setsockopt(zmq.MAXMSGSIZE, MAX_KERNEL_MESSAGE)
        _context = ctx
    return _context


class _ReadyClientFactory:
    """An ``AsyncKernelClient`` whose ``wait_for_ready`` does not sleep through IOPub's slow-joiner wait.

    Its ZeroMQ context refuses messages over ``MAX_KERNEL_MESSAGE`` (:func:`_bounded_context`).

    jupyter_client sends ``kernel_info`` at once and then waits 0.2 s for an IOPub message, which
    is usually lost because the subscription has not reached the kernel yet, so it asks again: every
    kernel start costs ~0.2 s of idle time. ipykernel (>= 6) announces a completed subscription with
    an ``iopub_welcome`` message; waiting for it first makes the same handshake take milliseconds.
    Any other first message (an older kernel) falls back to jupyter_client's own wait.
    """

    cls: type | None = None

    @classmethod
    def get(cls) -> type:
        if cls.cls is None:
            from queue import Empty

            from jupyter_client.asynchronous import AsyncKernelClient
            from traitlets import default

            class ReadyClient(AsyncKernelClient):
                @default("context")
                def _context_default(self) -> Any:
                    return _bounded_context()

                def start_channels(  # type: ignore[override]
                    self,
                    shell: bool = True,
                    iopub: bool = True,
                    stdin: bool = True,
                    hb: bool = True,
                    control: bool = True,
                ) -> None:
                    """jupyter_client's channels but the heartbeat: whether a grading kernel lives is asked of its
                    process (``SandboxedKernel.alive``). The heartbeat thread blocked in a send to a kernel gone
                    (a REQ socket with no peer), and ``stop_channels``, joining it, held a grading worker for good
                    (round 27: a batch stalled after a kernel that had to be replaced)."""
                    super().start_channels(shell=shell, iopub=iopub, stdin=stdin, hb=False, control=control)

                async def wait_for_ready(self, timeout: float | None = None) -> None:  # type: ignore[override]
                    """Raises :class:`KernelLost` when the kernel dies or does not answer in ``timeout`` seconds:
                    no cell has run yet, so it is the grader's fault (round 79: a kernel that did not answer in 60 s
                    on an overloaded machine gave the student 0)."""
                    deadline = time.monotonic() + (timeout if timeout is not None else 60)
                    try:
                        first = await self.iopub_channel.get_msg(timeout=min(5.0, deadline - time.monotonic()))
                    except Empty:
                        first = None
                    if first is None or first.get("msg_type") != "iopub_welcome":
                        try:
                            return await self._async_wait_for_ready(timeout=max(0.1, deadline - time.monotonic()))
                        except RuntimeError as e:
                            raise KernelLost(f"the sandboxed kernel did not start: {e}") from None
                    while time.monotonic() < deadline:
                        msg_id = self.kernel_info()
                        try:
                            reply = await self.shell_channel.get_msg(timeout=1)
                        except Empty:
                            if not await self._async_is_alive():
                                raise KernelLost("the sandboxed kernel died before the notebook ran") from None
                            continue
                        if reply["msg_type"] == "kernel_info_reply" and reply["parent_header"].get("msg_id") == msg_id:
                            self._handle_kernel_info_reply(reply)
                            return None
                    raise KernelLost(
                        f"the sandboxed kernel did not answer in {timeout or 60:.0f} s, before the notebook ran "
                        "(an overloaded machine?)"
                    )

            cls.cls = ReadyClient
        return cls.cls


class KernelLost(RuntimeError):
    """The kernel given to a notebook died, or did not answer, before its first cell ran: the grader's fault, not the
    student's."""


def make_kernel_manager(kernel: SandboxedKernel) -> Any:
    """An ``AsyncKernelManager`` attached to an already running sandboxed kernel (for nbclient).

    Interrupts go as ``interrupt_request`` messages (signals from outside do not reach into the
    sandbox's session); shutting down kills the sandbox.
    """
    from jupyter_client.kernelspec import KernelSpec
    from jupyter_client.manager import AsyncKernelManager

    class SandboxKernelManager(AsyncKernelManager):
        @property
        def has_kernel(self) -> bool:  # type: ignore[override]
            return kernel.alive()

        async def is_alive(self) -> bool:  # type: ignore[override]
            return kernel.alive()

        async def _async_is_alive(self) -> bool:  # what the kernel client calls
            return kernel.alive()

        async def shutdown_kernel(self, now: bool = False, restart: bool = False) -> None:  # type: ignore[override]
            kernel.kill()

        async def restart_kernel(self, now: bool = False, newports: bool = False, **kw: Any) -> None:  # type: ignore[override]
            raise RuntimeError("sandboxed grading kernels are never restarted")

        async def start_kernel(self, **kw: Any) -> None:  # type: ignore[override]
            # nbclient asks for a kernel only when the pooled one is already dead: no cell has run yet
            raise KernelLost("the sandboxed kernel died before the notebook ran")

    km = SandboxKernelManager(kernel_name="python3")
    km.client_factory = _ReadyClientFactory.get()
    km.load_connection_file(str(kernel.connection_file))
    km._kernel_spec = KernelSpec(
        argv=[], display_name="Python 3 (sandboxed)", language="python", interrupt_mode="message"
    )
    return km


# A grading kernel's configuration (traitlets sections), given to its IPKernelApp as a Config, not a command line
# (parsing one builds an argparse parser: ~20 ms of CPU per kernel). It does without IPython's SQLite history (In
# and Out are still kept) and the threads that copy output written to file descriptors 1 and 2 into the notebook
# (print() and sys.stdout still reach it; os.write and C code's output go to the kernel's log): about 2 ms of CPU
# per cell (issue 21's measurements). A test cell's output is the tester's when graded: no score depends on either.
# Nor does IPython's autoawait (top-level ``await`` in a cell, which no assignment asks for): without it, a cell is
# no longer compiled a second time to find out whether it awaits, 0.35 ms of the 2.45 ms of CPU a kernel spends on
# the simplest cell (measured on 200 cells of ``pass``).
KERNEL_CONFIG: dict[str, dict[str, Any]] = {
    "HistoryManager": {"enabled": False},
    "IPKernelApp": {"capture_fd_output": False},
    "InteractiveShell": {"autoawait": False},
}


class KernelFactory:
    """Starts sandboxed (or, with ``sandbox=False``, plain) kernels and their testers from one fork server."""

    def __init__(
        self,
        run_dir: Path,
        limits: Limits | None = None,
        sandbox: bool = True,
        protected: Iterable[Path] = (),
        kernel_config: Mapping[str, Mapping[str, Any]] = KERNEL_CONFIG,
        uids: UidAllocator | None = None,
    ) -> None:
        self.run_dir = run_dir
        self.limits = limits or Limits()
        self.sandbox = sandbox
        self.kernel_config = {section: dict(values) for section, values in kernel_config.items()}
        self.ro_paths = python_paths() if sandbox else []
        check_exposure(self.ro_paths, protected)
        self.fork_server = take_early() or ForkServer(run_dir / "fork-server")
        self.uids = uids or UidAllocator()
        self.cgroup_hierarchies = find_hierarchies() if sandbox and os.geteuid() == 0 else {}
        remove_stale_bases(self.cgroup_hierarchies)  # a killed run's empty groups
        # what this machine cannot enforce (reported by the engine); nothing is missing without a sandbox to build
        self.missing = missing_protections(self.cgroup_hierarchies) if sandbox else []
        self.counter = 0
        self.lock = threading.Lock()

    def start(self) -> None:
        if self.sandbox and os.geteuid() != 0:
            raise SandboxError("the grading sandbox needs root (it runs each kernel as its own unprivileged uid)")
        self.fork_server.start()

    def new_kernel(self) -> SandboxedKernel:
        with self.lock:
            self.counter += 1
            n = self.counter
        name = f"k{n}"
        workdir = self.run_dir / name  # the sandbox's own directory too
        root = os.geteuid() == 0
        uid = self.uids.acquire() if self.sandbox else None
        tester_uid = self.uids.acquire() if root else None
        box: Sandbox | None = None
        groups: SandboxCgroups | None = None
        sockets: list[socket.socket] = []
        try:
            if self.cgroup_hierarchies:
                groups = SandboxCgroups(name, self.limits, self.cgroup_hierarchies)
                groups.create()
            if self.sandbox:
                assert uid is not None
                box = Sandbox(self.run_dir, name, uid, self.limits, self.ro_paths)
                box.start()
                scratch, kdir, cwd = box.scratch, box.kernel_dir, SCRATCH
            else:
                scratch, kdir = workdir / "scratch", workdir / "k"
                scratch.mkdir(parents=True)
                kdir.mkdir(parents=True)
                cwd = str(scratch)
            from jupyter_client.connect import write_connection_file

            conn, _ = write_connection_file(
                str(kdir / "kernel.json"), transport="ipc", ip=str(kdir / "ipc"), key=secrets.token_hex(16).encode()
            )
            if box is not None:
                os.chown(conn, uid, uid)
            limits = self.limits.rlimits()
            if box is None:
                limits = {"AS": limits["AS"], "FSIZE": limits["FSIZE"], "CORE": 0}
            env = kernel_env() if box else kernel_env(home=str(workdir / "home"), tmp=str(workdir))
            bridge_kernel, bridge_tester = socket.socketpair()
            control_mine, control_tester = socket.socketpair()
            sockets = [bridge_kernel, bridge_tester, control_mine, control_tester]
            pid = self.fork_server.spawn(
                {
                    "kind": "kernel",
                    "init_pid": box.init_pid if box else None,
                    "uid": uid,
                    "cwd": cwd,
                    "rlimits": limits,
                    "env": env,
                    "connection_file": conn,
                    "config": self.kernel_config,
                    "log": str(workdir / "kernel.log") if box is None else str(kdir / "kernel.log"),
                    "cgroups": groups.procs_files() if groups else [],
                },
                [bridge_kernel.fileno()],
            )
            tester_pid = self.fork_server.spawn(
                {
                    "kind": "tester",
                    "uid": tester_uid,
                    "rlimits": self.limits.tester_rlimits(),
                    "log": str(workdir / "tester.log"),
                    "cgroups": groups.tester_procs_files() if groups else [],
                },
                [control_tester.fileno(), bridge_tester.fileno()],
            )
        except BaseException:
            for s in sockets:
                s.close()
            if box is not None:
                box.kill()
            if groups is not None:
                groups.remove()
            shutil.rmtree(workdir, ignore_errors=True)
            self.uids.release(uid)
            self.uids.release(tester_uid)
            raise
        for s in (bridge_kernel, bridge_tester, control_tester):
            s.close()
        return SandboxedKernel(
            Path(conn),
            scratch,
            pid,
            box,
            workdir,
            TesterClient(control_mine, tester_pid),
            uid=uid,
            release=self.uids.release,
            tester_uid=tester_uid,
            cgroups=groups,
        )

    def close(self) -> None:
        self.fork_server.close()
        remove_run_base(self.cgroup_hierarchies)


class CpuPlacement:
    """Gives each running notebook one CPU, the one fewest running notebooks have, for its kernel and its tester.

    A kernel and its tester take turns: the tester calls the student's functions and the kernel answers,
    thousands of bridge messages per notebook, each waking the other process. On one CPU a wake-up is a
    switch there; across CPUs it is an inter-processor interrupt, which on a virtual machine costs an exit
    to the hypervisor. On the 2-core bench class (40 students x 5 assignments) one CPU per notebook cut the
    machine's CPU time from 83-85 s to 80-81 s and the wall time from 48-50 s to 46 s.

    The count is host-wide, like the uids (:class:`UidAllocator`): a running notebook holds an exclusive
    ``flock`` on ``lock_dir/<cpu>.<k>``, and a new one takes the lowest ``k`` free on any CPU, so the
    notebooks of several grading processes (the workers of ``grade --cluster local``, another course's run)
    fill the CPUs evenly instead of all starting on the first. With one CPU, or no lock folder, nothing is
    placed: :meth:`take` returns None.
    """

    def __init__(self, cpus: Iterable[int] | None = None, lock_dir: Path = CPU_LOCK_DIR, per_cpu: int = 64) -> None:
        self.cpus = sorted(os.sched_getaffinity(0) if cpus is None else cpus)
        self.lock_dir, self.per_cpu = lock_dir, per_cpu
        self.held: dict[int, list[TextIO]] = {cpu: [] for cpu in self.cpus}  # CPU -> the slots this process holds
        self.lock = threading.Lock()

    def take(self) -> int | None:
        """The CPU for a notebook starting now (fewest running notebooks host-wide, the lowest on a tie), or None."""
        if len(self.cpus) < 2:
            return None
        try:
            self.lock_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            return None
        with self.lock:
            for k in range(self.per_cpu):
                for cpu in self.cpus:
                    try:
                        f = open(self.lock_dir / f"{cpu}.{k}", "w")  # noqa: SIM115  (held until give_back)
                    except OSError:  # another user's slot (a sticky folder): not ours to take
                        continue
                    try:
                        fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    except OSError:
                        f.close()
                        continue
                    self.held[cpu].append(f)
                    return cpu
        return None

    def give_back(self, cpu: int | None) -> None:
        """A notebook placed on ``cpu`` has finished (None: one that was not placed)."""
        with self.lock:
            f = self.held[cpu].pop() if cpu is not None and self.held.get(cpu) else None
        if f is not None:
            f.close()

    def running(self) -> dict[int, int]:
        """CPU -> the notebooks of this process placed there and still running."""
        with self.lock:
            return {cpu: len(files) for cpu, files in self.held.items()}


class KernelPool:
    """Keeps ``size`` kernels started ahead of need; each kernel is handed out once.

    A background thread refills the pool as soon as a kernel is taken, so the next kernel starts
    while the current notebook executes.
    """

    def __init__(self, factory: KernelFactory, size: int) -> None:
        self.factory = factory
        self.size = max(1, size)
        self.ready: queue.Queue[SandboxedKernel | BaseException] = queue.Queue()
        self.wanted = threading.Semaphore(self.size)
        self.closed = threading.Event()
        self.thread = threading.Thread(target=self._fill, name="kernel-pool", daemon=True)
        self.placement = CpuPlacement()

    def start(self) -> None:
        self.factory.start()
        self.thread.start()

    def _fill(self) -> None:
        failures = 0
        while not self.closed.is_set():
            self.wanted.acquire()
            if self.closed.is_set():
                return
            try:
                kernel = self.factory.new_kernel()
                if kernel.wait_sockets(30) and kernel.sandbox is not None:
                    kernel.sandbox.lock_kernel_dir()
                failures = 0
                self.ready.put(kernel)
            except BaseException as e:  # noqa: BLE001
                failures += 1
                self.ready.put(e)
                if failures >= 5:
                    time.sleep(1.0)

    def acquire(self, timeout: float = 120, attempts: int = 3) -> SandboxedKernel:
        """A fresh kernel, started ahead; raises :class:`SandboxError` if none could be started.

        A kernel that failed to start or died while waiting in the pool (a busy machine) is thrown
        away and the next one taken, up to ``attempts`` kernels within ``timeout`` seconds.
        """
        deadline = time.monotonic() + timeout
        problems: list[str] = []
        for _ in range(attempts):
            try:
                item = self.ready.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                problems.append(f"no kernel could be started within {timeout:.0f} s")
                break
            finally:
                self.wanted.release()
            if isinstance(item, BaseException):
                problems.append(f"could not start a sandboxed kernel: {item}")
            elif not item.alive():
                item.kill()
                problems.append(f"a pooled kernel died before it was used: {item.log_tail or 'no log'}")
            else:
                return item
        raise SandboxError("; ".join(problems))

    def close(self) -> None:
        self.closed.set()
        for _ in range(self.size + 1):
            self.wanted.release()
        self.thread.join(timeout=30)
        while True:
            try:
                item = self.ready.get_nowait()
            except queue.Empty:
                break
            if isinstance(item, SandboxedKernel):
                item.kill()
        self.factory.close()
