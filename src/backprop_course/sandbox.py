"""Sandboxed, single-use Jupyter kernels for grading: bubblewrap namespaces, a fork server, a warm pool.

Every kernel that runs student code gets its own sandbox, built by bubblewrap (``bwrap``, Debian's
``bubblewrap`` package): new PID, network, IPC and UTS namespaces (no network at all: the kernel talks
to the grader over ZeroMQ IPC sockets in a directory bound into the sandbox), and a new mount
namespace whose root is an empty tmpfs holding only

* read-only binds of ``/usr`` (and the ``/lib``, ``/bin`` links), the Python installation, the virtual
  environment and the other entries of the kernel's ``sys.path`` (never a course folder);
* ``/tmp``: a private, size-capped tmpfs; ``/proc`` and a minimal ``/dev``;
* ``/scratch``: a private writable directory, the kernel's working directory, into which the grader
  copies the submission's extra files (never the notebook under grading);
* the kernel's own connection directory (connection file and IPC sockets).

So the kernel cannot see ``source/``, ``release/``, ``solutions/``, ``gradebook.db``, ``autograded/``,
``submitted/`` or any other student's scratch directory, and it can write only to ``/scratch`` and
``/tmp`` (both thrown away). The kernel runs as an unprivileged uid of its own (a fresh one for each
concurrent kernel, so ``RLIMIT_NPROC`` really caps *its* processes: the limit is not enforced for
root), with no capabilities, ``no_new_privs``, and resource limits: address space (memory cap),
number of processes/threads, file size, open files, no core dumps.

Starting a Python kernel costs ~0.5 s of CPU (interpreter, ipykernel, IPython, numpy imports). To
avoid paying it per notebook, kernels are forked from a *fork server* (:class:`Zygote`): a clean
Python process, started once per grading run with the kernel's environment, that has imported
ipykernel and numpy and nothing else (it never ran student code and holds no course data). For each
kernel, the grader first starts the bubblewrap sandbox with an idle placeholder process, then asks
the fork server for a kernel *inside* it: the forked child joins the sandbox's namespaces (like
``nsenter``: ``setns`` into its mount, PID, network, IPC and UTS namespaces, ``chroot`` into its
root), sets the limits, drops to the sandbox uid, and starts a fresh ``IPKernelApp``. A kernel is
never reused: after one notebook, the sandbox (and every process in it) is killed.

:class:`KernelPool` keeps sandboxed kernels warm: the next one starts while the current notebook runs.
"""

from __future__ import annotations

import ctypes
import json
import os
import queue
import resource
import secrets
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Modules the fork server imports before forking kernels (what a kernel imports anyway at start-up,
# plus numpy and the course's checker, which every notebook of this course imports).
PRELOAD_MODULES = (
    "ipykernel.kernelapp",
    "ipykernel.ipkernel",
    "ipykernel.zmqshell",
    "ipykernel.comm",
    "ipykernel.debugger",  # pulls in debugpy/pydevd, the largest part of a kernel's start-up
    "IPython.core.completer",
    "IPython.core.completerlib",
    "IPython.core.debugger",
    "IPython.core.oinspect",
    "IPython.extensions.storemagic",
    "tornado.gen",
    "tornado.locks",
    "tornado.queues",
    "tornado.platform.asyncio",
    "sqlite3",
    "pdb",
    "pydoc",
    "faulthandler",
    "numpy",
    "backprop_course.gradcheck",
    # ~1 s of CPU per kernel otherwise (the font cache, too, is built once, in the fork server);
    # the backend stays unresolved until first use, in the kernel (matplotlib_inline is not preloaded)
    "matplotlib",
    "matplotlib.pyplot",
    "contourpy",
)
# What ipykernel puts in MPLBACKEND at start-up; matplotlib reads it when imported, so the fork server,
# which imports matplotlib before any kernel exists, must see the same value.
MPL_INLINE_BACKEND = "module://matplotlib_inline.backend_inline"
SCRATCH = "/scratch"  # the kernel's working directory inside the sandbox
SANDBOX_UID_BASE = 61000  # kernels run as uids SANDBOX_UID_BASE .. + SANDBOX_UID_COUNT - 1
SANDBOX_UID_COUNT = 256
BWRAP = "bwrap"


class SandboxError(RuntimeError):
    """The sandbox could not be built (bubblewrap missing or failing, unsafe bind, ...)."""


@dataclass(frozen=True)
class Limits:
    """Resource limits of one sandboxed kernel."""

    memory_mb: int = 2048  # RLIMIT_AS per process (MemoryError beyond it); an idle kernel maps ~0.8 GB
    processes: int = 64  # RLIMIT_NPROC: processes + threads of the sandbox uid (a kernel uses ~10)
    file_size_mb: int = 64  # RLIMIT_FSIZE: largest file the kernel may write
    open_files: int = 256  # RLIMIT_NOFILE
    tmp_mb: int = 64  # size of the sandbox's /tmp tmpfs

    def rlimits(self) -> dict[str, int]:
        mb = 1024 * 1024
        return {
            "AS": self.memory_mb * mb,
            "NPROC": self.processes,
            "FSIZE": self.file_size_mb * mb,
            "NOFILE": self.open_files,
            "CORE": 0,
        }


# --------------------------------------------------------------------------------------------------
# What the sandbox shows: read-only system and Python paths.


def kernel_env(home: str = "/tmp/home", tmp: str = "/tmp") -> dict[str, str]:
    """The environment of a grading kernel (and of the fork server): nothing inherited from the grader."""
    venv_bin = os.path.dirname(sys.executable)
    env = {
        "PATH": f"{venv_bin}:/usr/local/bin:/usr/bin:/bin",
        "HOME": home,
        "TMPDIR": tmp,
        "IPYTHONDIR": f"{home}/.ipython",
        "MPLCONFIGDIR": f"{home}/.matplotlib",
        "JUPYTER_RUNTIME_DIR": f"{home}/.jupyter-runtime",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYDEVD_DISABLE_FILE_VALIDATION": "1",
        # one BLAS/OpenMP thread per kernel: kernels run in parallel, one per core
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "NBGRADER_EXECUTION": "autograde",
    }
    if sys.prefix != sys.base_prefix:
        env["VIRTUAL_ENV"] = sys.prefix
    return env


_PYTHON_PATHS: list[str] | None = None


def python_paths() -> list[str]:
    """Directories the kernel's interpreter needs: its installation, the venv and its ``sys.path``.

    Asked of a fresh interpreter (``python -I``-like: no cwd entry), so paths that only the grader's
    process has on ``sys.path`` (a test directory, the course root) are not included.
    """
    global _PYTHON_PATHS
    if _PYTHON_PATHS is None:
        out = subprocess.run(
            [sys.executable, "-c", "import sys, json; print(json.dumps([sys.base_prefix, sys.prefix, *sys.path[1:]]))"],
            capture_output=True,
            text=True,
            env=kernel_env(),
            cwd="/",
            check=True,
        ).stdout
        paths: list[str] = []
        for p in json.loads(out):
            if not p or not os.path.exists(p):
                continue
            real = os.path.realpath(p)
            for q in {os.path.abspath(p), real}:
                if not any(q == kept or q.startswith(kept + os.sep) for kept in paths):
                    paths = [k for k in paths if not k.startswith(q + os.sep)] + [q]
        # the venv's python is a symlink to the base interpreter: both trees are bound
        _PYTHON_PATHS = sorted(paths)
    return list(_PYTHON_PATHS)


def check_exposure(paths: Iterable[str], protected: Iterable[Path]) -> None:
    """Raise :class:`SandboxError` if binding ``paths`` would show any ``protected`` path to a kernel."""
    for p in paths:
        pr = Path(p).resolve()
        for q in protected:
            qr = q.resolve()
            if pr == qr or qr.is_relative_to(pr) or pr.is_relative_to(qr):
                raise SandboxError(f"refusing to bind {p} into the sandbox: it would expose {q}")


def _system_binds() -> list[str]:
    args = ["--ro-bind", "/usr", "/usr"]
    for top in ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"):
        if os.path.islink(top):
            args += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            args += ["--ro-bind", top, top]
    for f in ("/etc/ld.so.cache", "/etc/localtime", "/etc/nsswitch.conf", "/etc/hosts", "/etc/fonts"):
        if os.path.exists(f):
            args += ["--ro-bind", f, f]
    return args


def _mkdirs(path: str, made: set[str]) -> list[str]:
    """``--dir`` options (mode 0755) for the ancestors of ``path`` not made yet, outermost first."""
    args: list[str] = []
    parts = Path(path).parts
    for i in range(2, len(parts)):
        d = str(Path(*parts[:i]))
        if d not in made:
            made.add(d)
            args += ["--perms", "0755", "--dir", d]
    return args


# --------------------------------------------------------------------------------------------------
# One sandbox: the bubblewrap namespaces, with an idle placeholder process keeping them alive.


class Sandbox:
    """One bubblewrap sandbox (namespaces + mounts) with its scratch and connection directories.

    ``start()`` runs ``bwrap`` with an idle placeholder command; kernels are then forked into it by
    the :class:`Zygote`. ``kill()`` SIGKILLs the sandbox's init process, which makes the kernel
    kill every process in the PID namespace.
    """

    def __init__(self, run_dir: Path, name: str, uid: int, limits: Limits, ro_paths: list[str]) -> None:
        self.dir = run_dir / name
        self.scratch = self.dir / "scratch"  # bound at /scratch
        self.kernel_dir = self.dir / "k"  # bound at the same path: connection file and IPC sockets
        self.uid = uid
        self.limits = limits
        self.ro_paths = ro_paths
        self.proc: subprocess.Popen[bytes] | None = None
        self.init_pid: int | None = None

    def bwrap_argv(self, info_fd: int) -> list[str]:
        made: set[str] = {"/usr", "/tmp", "/proc", "/dev"}
        argv = [
            BWRAP,
            "--unshare-pid",
            "--unshare-net",
            "--unshare-ipc",
            "--unshare-uts",
            "--unshare-cgroup-try",
            "--die-with-parent",
            "--new-session",
            "--hostname",
            "sandbox",
            *_system_binds(),
            "--proc",
            "/proc",
            "--dev",
            "/dev",
            "--perms",
            "1777",
            "--size",
            str(self.limits.tmp_mb * 1024 * 1024),
            "--tmpfs",
            "/tmp",
        ]
        for p in self.ro_paths:
            argv += _mkdirs(p, made) + ["--ro-bind", p, p]
            made.add(p)
        k = str(self.kernel_dir)
        argv += _mkdirs(k, made) + ["--bind", k, k]
        argv += ["--bind", str(self.scratch), SCRATCH, "--chdir", SCRATCH, "--info-fd", str(info_fd)]
        # placeholder: says it is up, then idles until the grader closes its stdin or kills the sandbox
        argv += ["--", "/bin/sh", "-c", "echo up; exec cat"]
        return argv

    def start(self) -> None:
        for d in (self.scratch, self.kernel_dir):
            d.mkdir(parents=True, exist_ok=True)
            os.chown(d, self.uid, self.uid)
            d.chmod(0o700)
        r, w = os.pipe()
        try:
            self.proc = subprocess.Popen(
                self.bwrap_argv(w),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                pass_fds=(w,),
                env={"PATH": "/usr/bin:/bin"},
                cwd="/",
            )
        finally:
            os.close(w)
        try:
            with os.fdopen(r, "rb") as info:
                data = info.read()
            self.init_pid = int(json.loads(data)["child-pid"])
            assert self.proc.stdout is not None
            if self.proc.stdout.readline().strip() != b"up":
                raise SandboxError("sandbox placeholder did not start")
        except Exception as e:
            err = b""
            if self.proc.poll() is not None and self.proc.stderr is not None:
                err = self.proc.stderr.read()
            self.kill()
            raise SandboxError(f"bubblewrap failed: {err.decode(errors='replace').strip() or e}") from e

    def kill(self) -> None:
        """Kill every process of the sandbox, wait until they are gone, and remove its directories.

        SIGKILL to the sandbox's init (PID 1 of its namespace) makes the kernel kill every process in
        the namespace; bwrap exits once they are all gone, so its exit means the uid is free again.
        """
        if self.init_pid is not None:
            try:
                os.kill(self.init_pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if self.proc is not None:
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            for s in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
                if s is not None:
                    s.close()
            self.proc = None
        self.init_pid = None
        shutil.rmtree(self.dir, ignore_errors=True)


# --------------------------------------------------------------------------------------------------
# The fork server.

_libc = None


def _libc_call(name: str, *args: int) -> None:
    global _libc
    if _libc is None:
        _libc = ctypes.CDLL(None, use_errno=True)
    if getattr(_libc, name)(*args) != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{name}: {os.strerror(err)}")


PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36
PR_SET_NO_NEW_PRIVS = 38
NAMESPACES = ("ipc", "uts", "net", "pid", "mnt")  # mnt last: the /proc paths are the host's until then


def _enter_sandbox(req: dict[str, Any]) -> None:
    """In a forked child: join the sandbox's namespaces, chroot into it, set limits, drop to its uid."""
    init = req["init_pid"]
    fds = [os.open(f"/proc/{init}/ns/{ns}", os.O_RDONLY) for ns in NAMESPACES]
    root = os.open(f"/proc/{init}/root", os.O_RDONLY | os.O_DIRECTORY)
    for fd in fds:
        _libc_call("setns", fd, 0)
        os.close(fd)
    os.fchdir(root)
    os.chroot(".")
    os.close(root)
    os.chdir(req["cwd"])
    for name, value in req["rlimits"].items():
        limit = getattr(resource, f"RLIMIT_{name}")
        resource.setrlimit(limit, (value, value))
    uid = req["uid"]
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)
    _libc_call("prctl", PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)


def _become_kernel(req: dict[str, Any], base_path: list[str], log_fd: int) -> None:
    """In the forked kernel process: a clean process state, then a fresh IPKernelApp (never returns)."""
    code = 1
    try:
        os.setsid()
        null = os.open(os.devnull, os.O_RDWR)
        os.dup2(null, 0)
        os.dup2(log_fd, 1)
        os.dup2(log_fd, 2)
        os.closerange(3, 65536)
        for sig in (signal.SIGCHLD, signal.SIGPIPE, signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, signal.SIG_DFL)
        signal.signal(signal.SIGPIPE, signal.SIG_IGN)  # Python's own default
        signal.signal(signal.SIGINT, signal.default_int_handler)
        os.environ.clear()
        os.environ.update(req["env"])
        os.makedirs(req["env"]["HOME"], exist_ok=True)
        sys.path[:] = base_path
        import ipykernel_launcher  # noqa: F401  (what `python -m ipykernel_launcher` runs)

        sys.argv = [ipykernel_launcher.__file__, *req["argv"]]
        # fresh entropy for numpy's global generator (the fork server seeded it once at import)
        if "numpy" in sys.modules:
            sys.modules["numpy"].random.seed()
        sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", closefd=False)  # noqa: SIM115
        from ipykernel.kernelapp import IPKernelApp

        IPKernelApp.launch_instance(argv=req["argv"])
        code = 0
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 1
    except BaseException:  # noqa: BLE001
        import traceback

        traceback.print_exc()
    finally:
        os._exit(code)


def _zygote_main() -> None:
    """The fork server: preload, then fork one kernel per request read from stdin (JSON lines)."""
    _libc_call("prctl", PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    sandboxed = os.geteuid() == 0
    if sandboxed:
        _libc_call("prctl", PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # kernels and forks are reaped automatically
    base_path = [p for p in sys.path if p and Path(p) != Path.cwd()]
    for name in PRELOAD_MODULES:
        try:
            __import__(name)
        except Exception:  # noqa: BLE001  (a module that fails here fails again in the kernel)
            pass
    out = sys.stdout.buffer
    out.write(b'{"ready": true}\n')
    out.flush()
    for line in sys.stdin.buffer:
        req = json.loads(line)
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the intermediate child
            try:
                os.close(r)
                log_fd = os.open(req["log"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
                if req.get("init_pid"):
                    _enter_sandbox(req)
                else:
                    os.chdir(req["cwd"])
                    for name, value in req["rlimits"].items():
                        resource.setrlimit(getattr(resource, f"RLIMIT_{name}"), (value, value))
                kpid = os.fork()
                if kpid == 0:
                    os.close(w)
                    _become_kernel(req, base_path, log_fd)
                os.write(w, json.dumps({"pid": kpid}).encode())
                os._exit(0)
            except BaseException as e:  # noqa: BLE001
                try:
                    os.write(w, json.dumps({"error": f"{type(e).__name__}: {e}"}).encode())
                finally:
                    os._exit(1)
        os.close(w)
        with os.fdopen(r, "rb") as f:
            reply = f.read() or b'{"error": "the fork server child died"}'
        out.write(reply.replace(b"\n", b" ") + b"\n")
        out.flush()


class Zygote:
    """Client of the fork server process (see the module docstring)."""

    def __init__(self, work_dir: Path | None = None) -> None:
        self.proc: subprocess.Popen[bytes] | None = None
        self.lock = threading.Lock()
        self.work_dir = work_dir  # the fork server's own files (matplotlib's font cache)

    def start(self) -> None:
        env = kernel_env()
        env["MPLBACKEND"] = MPL_INLINE_BACKEND
        log = subprocess.DEVNULL
        if self.work_dir is not None:
            (self.work_dir / "mplconfig").mkdir(parents=True, exist_ok=True)
            env["MPLCONFIGDIR"] = str(self.work_dir / "mplconfig")
            log = open(self.work_dir / "fork-server.log", "ab")  # noqa: SIM115  (the child keeps it)
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "backprop_course.sandbox", "zygote"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                env=env,
                cwd="/",
            )
        finally:
            if log is not subprocess.DEVNULL:
                log.close()
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line or not json.loads(line).get("ready"):
            self.close()
            raise SandboxError("the kernel fork server did not start")

    def spawn(self, request: dict[str, Any]) -> int:
        """Fork a kernel as described by ``request``; returns its pid (in the grader's PID namespace)."""
        with self.lock:
            if self.proc is None or self.proc.poll() is not None:
                raise SandboxError("the kernel fork server is not running")
            assert self.proc.stdin is not None and self.proc.stdout is not None
            self.proc.stdin.write(json.dumps(request).encode() + b"\n")
            self.proc.stdin.flush()
            line = self.proc.stdout.readline()
        if not line:
            raise SandboxError("the kernel fork server died")
        reply = json.loads(line)
        if "error" in reply:
            raise SandboxError(f"could not start a kernel: {reply['error']}")
        return int(reply["pid"])

    def close(self) -> None:
        if self.proc is not None:
            for s in (self.proc.stdin, self.proc.stdout):
                if s is not None:
                    s.close()
            self.proc.kill()
            self.proc.wait()
            self.proc = None


# --------------------------------------------------------------------------------------------------
# A kernel in a sandbox, its kernel manager, and the warm pool.


@dataclass
class SandboxedKernel:
    """A started, single-use kernel: its connection file, pid and (unless unsandboxed) sandbox."""

    connection_file: Path
    scratch: Path
    pid: int
    sandbox: Sandbox | None
    workdir: Path  # removed on kill when there is no sandbox
    uid: int | None = None
    started: float = field(default_factory=time.monotonic)
    _pidfd: int | None = None
    dead: bool = False
    cpu_seconds: float = 0.0  # CPU time the kernel process used (read when it is killed)

    def __post_init__(self) -> None:
        try:
            self._pidfd = os.pidfd_open(self.pid)
        except (OSError, AttributeError):
            self._pidfd = None

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

    def wait_sockets(self, timeout: float) -> bool:
        """Wait until the kernel has bound its IPC sockets (it is about ready); False if it died."""
        info = json.loads(self.connection_file.read_text())
        first = f"{info['ip']}-{info['shell_port']}"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if os.path.exists(first):
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
        """CPU seconds (user + system, all threads) the kernel process has used so far."""
        try:
            with open(f"/proc/{self.pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            return self.cpu_seconds

    def kill(self) -> None:
        """Kill the kernel and everything it started; the kernel is never used again."""
        if not self.dead:
            self.cpu_seconds = self.cpu_used()
        self.dead = True
        if self.sandbox is not None:
            self.sandbox.kill()
        else:
            try:
                os.killpg(self.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        if self._pidfd is not None:
            os.close(self._pidfd)
            self._pidfd = None
        shutil.rmtree(self.workdir, ignore_errors=True)


_READY_CLIENT = None


def _ready_client_class():
    """An ``AsyncKernelClient`` whose ``wait_for_ready`` does not sleep through IOPub's slow-joiner wait.

    jupyter_client sends ``kernel_info`` at once and then waits 0.2 s for an IOPub message, which
    is usually lost because the subscription has not reached the kernel yet, so it asks again: every
    kernel start costs ~0.2 s of idle time. ipykernel (>= 6) announces a completed subscription with
    an ``iopub_welcome`` message; waiting for it first makes the same handshake take milliseconds.
    Any other first message (an older kernel) falls back to jupyter_client's own wait.
    """
    global _READY_CLIENT
    if _READY_CLIENT is None:
        from queue import Empty

        from jupyter_client.asynchronous import AsyncKernelClient

        class ReadyClient(AsyncKernelClient):
            async def wait_for_ready(self, timeout: float | None = None) -> None:  # type: ignore[override]
                deadline = time.monotonic() + (timeout if timeout is not None else 60)
                try:
                    first = await self.iopub_channel.get_msg(timeout=min(5.0, deadline - time.monotonic()))
                except Empty:
                    first = None
                if first is None or first.get("msg_type") != "iopub_welcome":
                    return await self._async_wait_for_ready(timeout=max(0.1, deadline - time.monotonic()))
                while time.monotonic() < deadline:
                    msg_id = self.kernel_info()
                    try:
                        reply = await self.shell_channel.get_msg(timeout=1)
                    except Empty:
                        if not await self._async_is_alive():
                            raise RuntimeError("Kernel died before replying to kernel_info") from None
                        continue
                    if reply["msg_type"] == "kernel_info_reply" and reply["parent_header"].get("msg_id") == msg_id:
                        self._handle_kernel_info_reply(reply)
                        return None
                raise RuntimeError(f"Kernel didn't respond in {timeout or 60:.0f} seconds")

        _READY_CLIENT = ReadyClient
    return _READY_CLIENT


def make_kernel_manager(kernel: SandboxedKernel):
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
            # nbclient asks for a kernel only when the pooled one is already dead
            raise RuntimeError("the sandboxed kernel died before the notebook ran (see its kernel.log)")

    km = SandboxKernelManager(kernel_name="python3")
    km.client_factory = _ready_client_class()
    km.load_connection_file(str(kernel.connection_file))
    km._kernel_spec = KernelSpec(
        argv=[], display_name="Python 3 (sandboxed)", language="python", interrupt_mode="message"
    )
    return km


class KernelFactory:
    """Starts sandboxed (or, with ``sandbox=False``, plain) kernels from one fork server."""

    def __init__(
        self,
        run_dir: Path,
        limits: Limits | None = None,
        sandbox: bool = True,
        protected: Iterable[Path] = (),
        kernel_args: Iterable[str] = ("--HistoryManager.hist_file=:memory:",),
    ) -> None:
        self.run_dir = run_dir
        self.limits = limits or Limits()
        self.sandbox = sandbox
        self.kernel_args = list(kernel_args)
        self.ro_paths = python_paths() if sandbox else []
        check_exposure(self.ro_paths, protected)
        self.zygote = Zygote(run_dir / "fork-server")
        self.counter = 0
        self.lock = threading.Lock()

    def start(self) -> None:
        if self.sandbox and os.geteuid() != 0:
            raise SandboxError("the grading sandbox needs root (it runs each kernel as its own unprivileged uid)")
        self.zygote.start()

    def new_kernel(self) -> SandboxedKernel:
        with self.lock:
            self.counter += 1
            n = self.counter
        uid = SANDBOX_UID_BASE + n % SANDBOX_UID_COUNT
        name = f"k{n}"
        box: Sandbox | None = None
        if self.sandbox:
            box = Sandbox(self.run_dir, name, uid, self.limits, self.ro_paths)
            box.start()
            workdir, scratch, kdir, cwd = box.dir, box.scratch, box.kernel_dir, SCRATCH
        else:
            workdir = self.run_dir / name
            scratch, kdir = workdir / "scratch", workdir / "k"
            scratch.mkdir(parents=True)
            kdir.mkdir(parents=True)
            cwd = str(scratch)
        try:
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
            pid = self.zygote.spawn(
                {
                    "init_pid": box.init_pid if box else None,
                    "uid": uid,
                    "cwd": cwd,
                    "rlimits": limits,
                    "env": env,
                    "argv": ["-f", conn, *self.kernel_args],
                    "log": str(workdir / "kernel.log") if box is None else str(kdir / "kernel.log"),
                }
            )
        except BaseException:
            if box is not None:
                box.kill()
            shutil.rmtree(workdir, ignore_errors=True)
            raise
        return SandboxedKernel(Path(conn), scratch, pid, box, workdir, uid if box else None)

    def close(self) -> None:
        self.zygote.close()


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
        self.started = 0

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
                kernel.wait_sockets(30)
                failures = 0
                self.started += 1
                self.ready.put(kernel)
            except BaseException as e:  # noqa: BLE001
                failures += 1
                self.ready.put(e)
                if failures >= 5:
                    time.sleep(1.0)

    def acquire(self, timeout: float = 120) -> SandboxedKernel:
        """A fresh kernel, started ahead; raises :class:`SandboxError` if none could be started."""
        try:
            item = self.ready.get(timeout=timeout)
        except queue.Empty:
            raise SandboxError(f"no kernel could be started within {timeout:.0f} s") from None
        finally:
            self.wanted.release()
        if isinstance(item, BaseException):
            raise SandboxError(f"could not start a sandboxed kernel: {item}") from item
        if not item.alive():
            item.kill()
            raise SandboxError("a pooled kernel died before it was used (see its log)")
        return item

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


def probe_sandbox() -> str | None:
    """None if sandboxed kernels can be built here, else why not (bubblewrap missing or failing, not root)."""
    if shutil.which(BWRAP) is None:
        return "bubblewrap (bwrap) is not installed (scripts/ensure-system-packages installs it)"
    if os.geteuid() != 0:
        return "the grading sandbox must be started as root (each kernel then runs as its own unprivileged uid)"
    run_dir = Path(tempfile.mkdtemp(prefix="bpc-probe-"))
    box = Sandbox(run_dir, "probe", SANDBOX_UID_BASE + SANDBOX_UID_COUNT, Limits(), [])
    try:
        box.start()
    except SandboxError as e:
        return str(e)
    finally:
        box.kill()
        shutil.rmtree(run_dir, ignore_errors=True)
    return None


if __name__ == "__main__" and sys.argv[1:] == ["zygote"]:
    _zygote_main()
