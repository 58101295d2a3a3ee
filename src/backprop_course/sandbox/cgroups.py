"""Control groups for sandboxes: memory, processes and CPU share limits that hold for the whole sandbox.

``RLIMIT_AS`` and ``RLIMIT_NPROC`` limit one process at a time; a submission that forks five children
holds five times the memory cap. A sandbox's cgroup limits what all its processes use together:

* memory: ``Limits.memory_mb`` for the whole sandbox (its tmpfs files included); past it the kernel's
  OOM killer ends the sandbox's processes, and the grader flags "memory limit";
* processes: ``Limits.processes`` tasks (processes and threads); a fork bomb stops there and is flagged;
* CPU: an equal share per sandbox (``cpu.shares`` / ``cpu.weight``), so a submission running forty
  busy processes gets the CPU time of one sandbox, not forty, and classmates are not starved (the
  scheduler's per-session "autogroup" does not protect them: one ``os.setsid()`` per process escapes it). Each
  sandbox's tester has a CPU group of its own beside it (``<sandbox>-tester``, CPU only: the tester
  has its own rlimits), so the tests of a classmate's notebook are not starved either. The run's
  parent group weighs as much as one busy process per core, so the sandboxes together can use the
  whole machine without starving the grading process itself.

Both layouts are supported: cgroup v2 (one hierarchy, ``cgroup.controllers``) and v1 (one hierarchy
per controller), each controller where the host offers it. Sandboxes' groups are made under the
grading process's own group of each hierarchy (so the host's limits on the grader still hold), in
``backprop-course-<pid>/``. What the host does not offer is reported by :func:`missing_protections`.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..settings import Limits

ROOT = Path("/sys/fs/cgroup")
CONTROLLERS = ("memory", "pids", "cpu")
_CPU_FILE = {True: "cpu.weight", False: "cpu.shares"}  # by layout: v2, v1
_CPU_UNIT = {True: 100, False: 1024}  # the default weight of one group (one busy process)


@dataclass(frozen=True)
class Hierarchy:
    """Where one controller lives: its mount point, the grader's group in it, and the layout."""

    controller: str
    mount: Path
    own: str  # the grading process's group, relative to the mount
    v2: bool

    @property
    def base(self) -> Path:
        return self.mount / self.own.lstrip("/") / f"backprop-course-{os.getpid()}"


def _own_groups() -> dict[str, str]:
    """``{controller: path}`` from /proc/self/cgroup ("" for the v2 hierarchy)."""
    out = {}
    for line in Path("/proc/self/cgroup").read_text().splitlines():
        _, names, path = line.split(":", 2)
        for name in names.split(",") if names else [""]:
            out[name] = path
    return out


def find_hierarchies(root: Path | None = None) -> dict[str, Hierarchy]:
    """The hierarchy of each controller the host offers (v2 preferred) that this process may write.

    ``root`` is where the cgroup file systems are mounted (default: :data:`ROOT`, read at call time).
    """
    root = ROOT if root is None else root
    own = _own_groups()
    found: dict[str, Hierarchy] = {}
    for mount in (root, root / "unified"):
        controllers = mount / "cgroup.controllers"
        if controllers.is_file():
            offered = set(controllers.read_text().split())
            for c in CONTROLLERS:
                if c in offered and c not in found:
                    found[c] = Hierarchy(c, mount, own.get("", "/"), True)
    for c in CONTROLLERS:
        mount = root / c
        if c not in found and (mount / "cgroup.procs").is_file() and not (mount / "cgroup.controllers").exists():
            found[c] = Hierarchy(c, mount, own.get(c, "/"), False)
    return {c: h for c, h in found.items() if os.access(h.mount / h.own.lstrip("/"), os.W_OK)}


def missing_protections(hierarchies: dict[str, Hierarchy]) -> list[str]:
    """What the grader cannot enforce without the controllers it did not find."""
    what = {
        "memory": "memory is capped per process only (RLIMIT_AS), not for a sandbox as a whole",
        "pids": "processes are capped per uid only (RLIMIT_NPROC), and a fork bomb is not reported",
        "cpu": "CPU time is not shared fairly between sandboxes (a submission's busy processes can slow others)",
    }
    return [what[c] for c in CONTROLLERS if c not in hierarchies]


def _write(path: Path, value: str) -> None:
    path.write_text(value)


@dataclass
class SandboxCgroups:
    """The groups of one sandbox (one directory per hierarchy), created with its limits."""

    name: str
    limits: Limits
    hierarchies: dict[str, Hierarchy]
    dirs: list[Path] = field(default_factory=list)
    tester_dirs: list[Path] = field(default_factory=list)

    def create(self) -> None:
        for h in {h.mount: h for h in self.hierarchies.values()}.values():
            base = h.base
            if not base.is_dir():
                base.mkdir(parents=True, exist_ok=True)
                if h.v2:
                    wanted = [c for c, hh in self.hierarchies.items() if hh.mount == h.mount]
                    for parent in (base.parent, base):
                        with contextlib.suppress(OSError):
                            _write(parent / "cgroup.subtree_control", " ".join(f"+{c}" for c in wanted))
                if self.hierarchies.get("cpu") == h:
                    cores = os.cpu_count() or 1
                    with contextlib.suppress(OSError):
                        _write(base / _CPU_FILE[h.v2], str(min(_CPU_UNIT[h.v2] * cores, 10000 if h.v2 else 262144)))
            d = base / self.name
            d.mkdir(exist_ok=True)
            self.dirs.append(d)
        cpu = self.hierarchies.get("cpu")
        if cpu is not None:
            t = cpu.base / f"{self.name}-tester"
            t.mkdir(exist_ok=True)
            _write(t / _CPU_FILE[cpu.v2], str(_CPU_UNIT[cpu.v2]))
            self.tester_dirs.append(t)
        mb = 2**20
        for c, h in self.hierarchies.items():
            d = h.base / self.name
            if c == "memory":
                if h.v2:
                    _write(d / "memory.max", str(self.limits.memory_mb * mb))
                    with contextlib.suppress(OSError):
                        _write(d / "memory.swap.max", "0")
                else:
                    _write(d / "memory.limit_in_bytes", str(self.limits.memory_mb * mb))
                    with contextlib.suppress(OSError):  # absent without swap accounting
                        _write(d / "memory.memsw.limit_in_bytes", str(self.limits.memory_mb * mb))
            elif c == "pids":
                _write(d / "pids.max", str(self.limits.processes))
            elif c == "cpu":
                _write(d / _CPU_FILE[h.v2], str(_CPU_UNIT[h.v2]))

    def procs_files(self) -> list[str]:
        """The ``cgroup.procs`` files a process writes its pid to, to join every group of the sandbox."""
        return [str(d / "cgroup.procs") for d in self.dirs]

    def tester_procs_files(self) -> list[str]:
        """The ``cgroup.procs`` file of the tester's CPU group (none without a cpu controller)."""
        return [str(d / "cgroup.procs") for d in self.tester_dirs]

    def limits_hit(self) -> list[str]:
        """Which limits the sandbox's processes ran into (read before :meth:`remove`)."""
        hit = []
        for c, h in self.hierarchies.items():
            d = h.base / self.name
            with contextlib.suppress(OSError, ValueError):
                if c == "memory":
                    if h.v2:
                        events = _counters(d / "memory.events")
                        oom = events.get("oom_kill", 0) + events.get("max", 0) > 0
                    else:
                        oom = _counters(d / "memory.oom_control").get("oom_kill", 0) > 0
                    if oom:
                        hit.append("memory")
                elif c == "pids" and _counters(d / "pids.events").get("max", 0) > 0:
                    hit.append("processes")
        return hit

    def remove(self) -> None:
        """Remove the groups (their processes must be gone; retried briefly while the kernel reaps them)."""
        import time

        for d in [*self.dirs, *self.tester_dirs]:
            for _ in range(50):
                try:
                    d.rmdir()
                    break
                except FileNotFoundError:
                    break
                except OSError:
                    time.sleep(0.05)
        self.dirs, self.tester_dirs = [], []


def _counters(path: Path) -> dict[str, int]:
    out = {}
    for line in path.read_text().splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].lstrip("-").isdigit():
            out[parts[0]] = int(parts[1])
    return out


def remove_stale_bases(hierarchies: dict[str, Hierarchy]) -> list[Path]:
    """Remove the groups left by grading runs that died without removing them (SIGKILL, a crash): the
    ``backprop-course-<pid>`` siblings of this run's parent group whose process is gone, with the sandboxes' groups
    in them. A group that still holds a process is left alone (the kernel refuses to remove it), and so is one whose
    pid is alive (a run going on, or a reused pid). Returns the groups removed."""
    removed = []
    for h in {h.mount: h for h in hierarchies.values()}.values():
        try:
            siblings = [p for p in h.base.parent.iterdir() if p.is_dir() and p.name.startswith("backprop-course-")]
        except OSError:
            continue
        for group in siblings:
            pid = group.name.removeprefix("backprop-course-")
            if not pid.isdigit() or int(pid) == os.getpid() or _alive(int(pid)):
                continue
            try:
                for sub in sorted(group.rglob("*"), key=lambda p: len(p.parts), reverse=True):
                    if sub.is_dir():
                        sub.rmdir()
                group.rmdir()
            except OSError:  # a process still in it, or removed by another run at the same time
                continue
            removed.append(group)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_run_base(hierarchies: dict[str, Hierarchy]) -> None:
    """Remove this run's parent groups (after every sandbox's)."""
    for h in {h.mount: h for h in hierarchies.values()}.values():
        with contextlib.suppress(OSError):
            h.base.rmdir()
