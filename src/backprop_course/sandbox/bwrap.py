"""One bubblewrap sandbox: the namespaces and mounts a grading kernel lives in.

bubblewrap (``bwrap``, Debian's ``bubblewrap`` package) builds new PID, network, IPC and UTS
namespaces (no network at all: the kernel talks to the grader over ZeroMQ IPC sockets in a directory
bound into the sandbox, and to the tester over an inherited socket) and a new mount namespace whose
root is an empty tmpfs holding only

* read-only binds of ``/usr`` (and the ``/lib``, ``/bin`` links), the Python installation, the virtual
  environment and the other entries of the kernel's ``sys.path`` (never a course folder);
* ``/tmp`` and ``/scratch``: private, size-capped tmpfs (``Limits.tmp_mb``, ``Limits.scratch_mb``):
  what the kernel writes lives in memory charged to its sandbox, never on the host's disk;
  ``/scratch`` is the kernel's working directory, into which the grader copies the submission's
  extra files (never the notebook under grading) through ``/proc/<sandbox init>/root``;
* ``/proc`` and a minimal ``/dev``;
* the kernel's own connection directory (connection file and IPC sockets), which the kernel may
  write only until its sockets exist (:meth:`Sandbox.lock_kernel_dir`).

The sandbox starts with an idle placeholder process; the fork server
(:mod:`~backprop_course.sandbox.forkserver`) then forks the kernel *into* it.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ..settings import Limits

SCRATCH = "/scratch"  # the kernel's working directory inside the sandbox
BWRAP = "bwrap"


class SandboxError(RuntimeError):
    """The sandbox could not be built (bubblewrap missing or failing, unsafe bind, ...)."""


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


# What a grading kernel uses of the course's package (all of it imported by the fork server before the kernel is
# forked): the checker a notebook may import, and the kernel's end of the bridge. The rest (the tester, the tamper
# scan, the grading engine...) is hidden from the kernel, as it is from a student's kit (round 29: a notebook read
# the grader's source and put it in its messages).
KERNEL_PACKAGE_FILES = frozenset({"__init__.py", "gradcheck.py", "testing.py", "checks", "bridge"})
KERNEL_BRIDGE_FILES = frozenset({"__init__.py", "agent.py", "codec.py"})


@functools.cache
def grader_only_paths() -> tuple[str, ...]:
    """The files and folders of the course's package that a grading kernel does not see (compiled caches too)."""
    package = Path(__file__).resolve().parent.parent
    hidden = [p for p in package.iterdir() if p.name not in KERNEL_PACKAGE_FILES]
    hidden += [p for p in (package / "bridge").iterdir() if p.name not in KERNEL_BRIDGE_FILES]
    hidden += [p for p in (package / "checks").iterdir() if p.name == "__pycache__"]
    return tuple(sorted(str(p) for p in hidden))


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
        for p in grader_only_paths():  # over the package's bind (when bound): the grader's own code, hidden
            if any(p.startswith(bound + os.sep) for bound in self.ro_paths):
                argv += ["--tmpfs", p] if os.path.isdir(p) else ["--ro-bind", "/dev/null", p]
        k = str(self.kernel_dir)
        argv += _mkdirs(k, made) + ["--bind", k, k]
        argv += ["--perms", "0700", "--size", str(self.limits.scratch_mb * 1024 * 1024), "--tmpfs", SCRATCH]
        argv += ["--chdir", SCRATCH, "--info-fd", str(info_fd)]
        # placeholder: says it is up, then idles until the grader closes its stdin or kills the sandbox
        argv += ["--", "/bin/sh", "-c", "echo up; exec cat"]
        return argv

    @property
    def scratch(self) -> Path:
        """The sandbox's ``/scratch`` tmpfs as the host sees it (while the sandbox runs)."""
        return Path(f"/proc/{self.init_pid}/root{SCRATCH}")

    def lock_kernel_dir(self) -> None:
        """Once the kernel's sockets exist, take the connection directory back: nothing more is written there."""
        os.chown(self.kernel_dir, 0, 0)
        self.kernel_dir.chmod(0o755)

    def start(self) -> None:
        self.kernel_dir.mkdir(parents=True, exist_ok=True)
        os.chown(self.kernel_dir, self.uid, self.uid)
        self.kernel_dir.chmod(0o700)
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
            os.chown(self.scratch, self.uid, self.uid)
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


PROBE_UID = 65534  # nobody: the probe runs nothing


def probe_sandbox() -> str | None:
    """None if sandboxed kernels can be built here, else why not (bubblewrap missing or failing, not root)."""
    if shutil.which(BWRAP) is None:
        return "bubblewrap (bwrap) is not installed (scripts/ensure-system-packages installs it)"
    if os.geteuid() != 0:
        return (
            "the grading sandbox must be started as root, and this is uid "
            f"{os.geteuid()} (each kernel then runs as an unprivileged uid of its own): run "
            "`sudo make grade` or `sudo .venv/bin/backprop-course grade ...`"
        )
    run_dir = Path(tempfile.mkdtemp(prefix="bpc-probe-"))
    box = Sandbox(run_dir, "probe", PROBE_UID, Limits(), [])
    try:
        box.start()
    except SandboxError as e:
        return str(e)
    finally:
        box.kill()
        shutil.rmtree(run_dir, ignore_errors=True)
    return _probe_tester_access()


def _probe_tester_access() -> str | None:
    """None if an unprivileged uid can read the grader's Python packages, else why not.

    The trusted tester is forked from the fork server and runs outside the kernel's sandbox as an
    unprivileged uid of its own, importing the checkers (``backprop_course``) and numpy from where
    they are installed: a course cloned into a private folder (``mktemp -d``, a home directory with
    mode 0700) is out of its reach, and every test would fail to start. Checked the same way: a
    forked child drops to an unprivileged uid and reads the packages' folders.
    """
    import numpy

    import backprop_course

    folders = [Path(backprop_course.__file__).parent, Path(numpy.__file__).parent]
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: syscalls only, then _exit
        code = 0
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(PROBE_UID)
            os.setuid(PROBE_UID)
            for folder in folders:
                os.listdir(folder)
                with open(folder / "__init__.py", "rb") as f:
                    f.read(1)
        except BaseException as e:  # noqa: BLE001
            os.write(write_end, f"{type(e).__name__}: {e}".encode()[:500])
            code = 1
        os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as f:
        message = f.read().decode(errors="replace")
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) == 0:
        return None
    return (
        f"the grader's test process runs as an unprivileged uid and cannot read the grader's Python packages "
        f"({message or 'no message'}). Make the folders on their path readable by others (chmod o+rx), "
        "or put the course and its .venv in such a folder"
    )
