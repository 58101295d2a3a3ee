"""The fork server: a clean, preloaded Python process that forks grading kernels and testers.

Starting a Python kernel costs ~0.5 s of CPU (interpreter, ipykernel, IPython, numpy imports). The
fork server (:class:`ForkServer`), started once per grading run with the kernels' environment, has
imported ipykernel, numpy and the course's checker, and nothing else: it never runs student code and
holds no course data, so what it forks starts clean and in milliseconds.

It forks two kinds of processes, on request (one JSON message per request on a ``SOCK_SEQPACKET``
socket, with the file descriptors the child needs attached):

* a **kernel**, *inside* a running bubblewrap sandbox: the forked child joins the sandbox's
  namespaces (like ``nsenter``: ``setns`` into its mount, PID, network, IPC and UTS namespaces,
  ``chroot`` into its root), sets the limits, drops to the sandbox's uid and starts a fresh
  ``IPKernelApp``, with its end of the tester bridge on fd 3 (``$BPC_BRIDGE_FD``);
* a **tester** (:mod:`backprop_course.bridge.tester`), not sandboxed but unprivileged (a uid of its
  own, no new privileges, a memory cap, no files written), with its control socket on fd 3 and its
  end of the bridge on fd 4.

Run as ``python -m backprop_course.sandbox.forkserver`` with the request socket on fd 3.
"""

from __future__ import annotations

import ctypes
import fcntl
import gc
import json
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from .bwrap import SandboxError, kernel_env

# Modules the fork server imports before forking (what a kernel imports anyway at start-up, plus
# numpy, matplotlib, the course's checker and the bridge, which every grading kernel and tester uses).
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
    "numpy.random",  # numpy 2 imports it on first use (10-15 ms of CPU in every kernel, which reseeds it, and tester)
    "msgpack",
    "backprop_course.gradcheck",
    "backprop_course.testing",
    "backprop_course.bridge.agent",
    "backprop_course.bridge.tester",
    # ~1 s of CPU per kernel otherwise (the font cache, too, is built once, in the fork server);
    # the backend stays unresolved until first use, in the kernel (matplotlib_inline is not preloaded)
    "matplotlib",
    "matplotlib.pyplot",
    "contourpy",
)
CHECKS_PACKAGE = "backprop_course.checks"  # its modules are preloaded too (whichever assignments there are)
# What ipykernel puts in MPLBACKEND at start-up; matplotlib reads it when imported, so the fork server,
# which imports matplotlib before any kernel exists, must see the same value.
MPL_INLINE_BACKEND = "module://matplotlib_inline.backend_inline"
BRIDGE_FD = 3  # in a kernel: its end of the bridge to the tester
TESTER_CONTROL_FD, TESTER_BRIDGE_FD = 3, 4  # in a tester
MAX_REQUEST = 1 << 16

PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36
PR_SET_NO_NEW_PRIVS = 38
NAMESPACES = ("ipc", "uts", "net", "pid", "mnt")  # mnt last: the /proc paths are the host's until then

_libc = None


def _libc_call(name: str, *args: int) -> None:
    global _libc
    if _libc is None:
        _libc = ctypes.CDLL(None, use_errno=True)
    if getattr(_libc, name)(*args) != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{name}: {os.strerror(err)}")


def _set_rlimits(rlimits: dict[str, int]) -> None:
    for name, value in rlimits.items():
        resource.setrlimit(getattr(resource, f"RLIMIT_{name}"), (value, value))


def _drop_privileges(uid: int) -> None:
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)
    _libc_call("prctl", PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)


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
    _set_rlimits(req["rlimits"])
    _drop_privileges(req["uid"])


def _clean_process(log_fd: int, keep: dict[int, int]) -> None:
    """A new session; stdio to the log; ``keep`` {target fd: fd} moved in place; every other fd closed."""
    os.setsid()
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(log_fd, 1)
    os.dup2(log_fd, 2)
    moved = {target: fcntl.fcntl(fd, fcntl.F_DUPFD, 100) for target, fd in keep.items()}  # out of the way first
    for target, fd in moved.items():
        os.dup2(fd, target, inheritable=False)
    os.closerange(3 + len(keep), 65536)
    for sig in (signal.SIGCHLD, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, signal.SIG_DFL)
    signal.signal(signal.SIGPIPE, signal.SIG_IGN)  # Python's own default
    signal.signal(signal.SIGINT, signal.default_int_handler)


def _become_kernel(req: dict[str, Any], base_path: list[str], log_fd: int, bridge_fd: int) -> None:
    """In the forked kernel process: a clean process state, then a fresh IPKernelApp (never returns)."""
    code = 1
    try:
        _clean_process(log_fd, {BRIDGE_FD: bridge_fd})
        os.environ.clear()
        os.environ.update(req["env"])
        os.environ["BPC_BRIDGE_FD"] = str(BRIDGE_FD)
        os.makedirs(req["env"]["HOME"], exist_ok=True)
        sys.path[:] = base_path
        import ipykernel_launcher  # noqa: F401  (what `python -m ipykernel_launcher` runs)

        sys.argv = [ipykernel_launcher.__file__, "-f", req["connection_file"]]
        # fresh entropy for numpy's global generator (the fork server seeded it once at import)
        if "numpy" in sys.modules:
            sys.modules["numpy"].random.seed()
        sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", closefd=False)  # noqa: SIM115
        from ipykernel.kernelapp import IPKernelApp
        from traitlets.config import Config

        class ConfiguredKernelApp(IPKernelApp):
            """An IPKernelApp configured by the request (a Config), with no command line to parse: building
            traitlets' argparse parser for one costs a kernel about 20 ms of CPU."""

            def parse_command_line(self, argv: Any = None) -> None:
                self.argv = []

        app = ConfiguredKernelApp.instance(config=Config(req["config"]), connection_file=req["connection_file"])
        app.initialize([])
        # traitlets applies log_level to the app's handler only and leaves its logger at DEBUG: every request
        # built several debug records that the handler then dropped, about 3 % of a trivial cell's CPU
        app.log.setLevel(app.log_level)
        app.start()
        code = 0
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 1
    except BaseException:  # noqa: BLE001
        import traceback

        traceback.print_exc()
    finally:
        os._exit(code)


def _become_tester(req: dict[str, Any], log_fd: int, control_fd: int, bridge_fd: int, forked_by: int) -> None:
    """In the forked tester process: unprivileged, capped, then the tester's loop (never returns).

    ``forked_by``: the intermediate child that forked it, which exits right away. The death signal is set only
    once the tester has been handed to the fork server (its subreaper, when root) or init: set while the
    intermediate child still lived, it killed the tester when that child exited (a race: now and then a tester
    died before its first request, "the grader's test process did not start").
    """
    try:
        _clean_process(log_fd, {TESTER_CONTROL_FD: control_fd, TESTER_BRIDGE_FD: bridge_fd})
        while os.getppid() == forked_by:
            time.sleep(0.0005)
        _libc_call("prctl", PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        os.chdir("/")
        _set_rlimits(req["rlimits"])
        if req.get("uid") is not None:
            _drop_privileges(req["uid"])
        sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", closefd=False)  # noqa: SIM115
        from backprop_course.bridge.tester import run_main

        run_main()
    except BaseException:  # noqa: BLE001
        import traceback

        traceback.print_exc()
    finally:
        os._exit(1)


def _spawn(req: dict[str, Any], fds: list[int], base_path: list[str]) -> dict[str, Any]:
    """Fork what ``req`` asks for; returns ``{"pid": ...}`` or ``{"error": ...}``."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the intermediate child (a kernel must be forked again after setns into a PID namespace)
        try:
            os.close(r)
            log_fd = os.open(req["log"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            if req["kind"] == "tester":
                if len(fds) != 2:
                    raise ValueError("a tester needs its control and bridge sockets")
                for procs in req.get("cgroups", []):  # its CPU group: the tester inherits it
                    with open(procs, "w") as f:
                        f.write(str(os.getpid()))
                me = os.getpid()
                tpid = os.fork()
                if tpid == 0:
                    os.close(w)
                    _become_tester(req, log_fd, fds[0], fds[1], me)
                os.write(w, json.dumps({"pid": tpid}).encode())
                os._exit(0)
            if len(fds) != 1:
                raise ValueError("a kernel needs its bridge socket")
            for procs in req.get("cgroups", []):  # join the sandbox's cgroups: the kernel inherits them
                with open(procs, "w") as f:
                    f.write(str(os.getpid()))
            if req.get("init_pid"):
                _enter_sandbox(req)
            else:
                os.chdir(req["cwd"])
                _set_rlimits(req["rlimits"])
            kpid = os.fork()
            if kpid == 0:
                os.close(w)
                _become_kernel(req, base_path, log_fd, fds[0])
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
    return json.loads(reply)


def _assignment_checks() -> list[str]:
    """``backprop_course.checks.<assignment>`` for every assignment's checks module (found, not imported here): every
    tester imports one, and compiling it there (kernels and testers write no bytecode cache) cost 10-25 ms of CPU
    per notebook."""
    import importlib.util
    import pkgutil

    spec = importlib.util.find_spec(CHECKS_PACKAGE)
    places = list(spec.submodule_search_locations or []) if spec else []
    return [f"{CHECKS_PACKAGE}.{m.name}" for m in pkgutil.iter_modules(places)]


def main(request_fd: int = 3) -> None:
    """The fork server: preload, then fork one process per request read from ``request_fd``."""
    _libc_call("prctl", PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.geteuid() == 0:
        _libc_call("prctl", PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # kernels, testers and forks are reaped automatically
    base_path = [p for p in sys.path if p and Path(p) != Path.cwd()]
    for name in (*PRELOAD_MODULES, *_assignment_checks()):
        try:
            __import__(name)
        except Exception:  # noqa: BLE001  (a module that fails here fails again in the kernel)
            pass
    # what was imported moves to the collector's permanent generation: a forked kernel or tester never scans it,
    # so its collections do not write to (and copy) the pages it shares with this process
    gc.collect()
    gc.freeze()
    sock = socket.socket(fileno=request_fd)
    sock.send(b'{"ready": true}')
    while True:
        data, fds, _, _ = socket.recv_fds(sock, MAX_REQUEST, 4)
        if not data:
            return
        try:
            reply = _spawn(json.loads(data), fds, base_path)
        except Exception as e:  # noqa: BLE001
            reply = {"error": f"{type(e).__name__}: {e}"}
        finally:
            for fd in fds:
                os.close(fd)
        sock.send(json.dumps(reply).encode())


class ForkServer:
    """The grader's handle on a fork server process (see the module docstring)."""

    def __init__(self, work_dir: Path | None = None) -> None:
        self.proc: subprocess.Popen[bytes] | None = None
        self.sock: socket.socket | None = None
        self.lock = threading.Lock()
        self.work_dir = work_dir  # the fork server's own files (matplotlib's font cache, its log)
        self.ready = False  # it has imported its modules (its first message)
        self.own_dir = False  # work_dir is its own, removed by close (launch_early)

    def launch(self) -> None:
        """Start the fork server process without waiting for it to be ready (:meth:`start` and :meth:`spawn` wait)."""
        if self.proc is not None:
            return
        env = kernel_env()
        env["MPLBACKEND"] = MPL_INLINE_BACKEND
        log: Any = subprocess.DEVNULL
        if self.work_dir is not None:
            (self.work_dir / "mplconfig").mkdir(parents=True, exist_ok=True)
            env["MPLCONFIGDIR"] = str(self.work_dir / "mplconfig")
            log = open(self.work_dir / "fork-server.log", "ab")  # noqa: SIM115  (the child keeps it)
        mine, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", f"from backprop_course.sandbox.forkserver import main; main({theirs.fileno()})"],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                pass_fds=(theirs.fileno(),),
                env=env,
                cwd="/",
            )
        finally:
            theirs.close()
            if log is not subprocess.DEVNULL:
                log.close()
        self.sock = mine
        self.ready = False

    def start(self) -> None:
        """Start the fork server (unless :meth:`launch` did) and wait until it has imported its modules."""
        self.launch()
        with self.lock:
            self._wait_ready()

    def _wait_ready(self) -> None:
        if self.ready:
            return
        if self.sock is None:
            raise SandboxError("the kernel fork server is not running")
        self.sock.settimeout(120)
        try:
            ready = self.sock.recv(MAX_REQUEST)
        except OSError:
            ready = b""
        if not ready or not json.loads(ready).get("ready"):
            self.close()
            raise SandboxError("the kernel fork server did not start")
        self.sock.settimeout(None)
        self.ready = True

    def spawn(self, request: dict[str, Any], fds: list[int]) -> int:
        """Fork a kernel or a tester as described by ``request``, giving it ``fds``; returns its pid."""
        with self.lock:
            self._wait_ready()
            if self.proc is None or self.proc.poll() is not None or self.sock is None:
                raise SandboxError("the kernel fork server is not running")
            socket.send_fds(self.sock, [json.dumps(request).encode()], fds)
            reply = self.sock.recv(MAX_REQUEST)
        if not reply:
            raise SandboxError("the kernel fork server died")
        answer = json.loads(reply)
        if "error" in answer:
            raise SandboxError(f"could not start a {request.get('kind', 'process')}: {answer['error']}")
        return int(answer["pid"])

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
            self.sock = None
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None
        self.ready = False
        if self.own_dir and self.work_dir is not None:
            shutil.rmtree(self.work_dir, ignore_errors=True)


_early: list[ForkServer] = []  # launched by launch_early, not yet taken


def launch_early() -> None:
    """Launch the fork server that this process's next :class:`~.kernels.KernelFactory` will use (:func:`take_early`).

    It imports its modules (about 0.7 s of CPU) while this process goes on: ``backprop-course grade`` calls this
    before it imports nbgrader, which takes about as long, so a 2-core machine does both at once. Its folder
    (matplotlib's font cache, its log) is a ``bpc-grade-*`` scratch folder of its own, with this process's pid,
    removed when it closes (or by the next run, if this one is killed).
    """
    if _early:
        return
    work_dir = Path(tempfile.mkdtemp(prefix="bpc-grade-fork-server-"))
    (work_dir / "pid").write_text(str(os.getpid()))
    server = ForkServer(work_dir)
    server.own_dir = True
    server.launch()
    _early.append(server)


def take_early() -> ForkServer | None:
    """The fork server :func:`launch_early` launched, now the caller's to close; None if there is none."""
    return _early.pop() if _early else None


def close_early() -> None:
    """Close a fork server :func:`launch_early` launched that nothing took (nothing was graded)."""
    while _early:
        _early.pop().close()


if __name__ == "__main__":
    main()
