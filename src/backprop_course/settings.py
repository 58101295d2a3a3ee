"""Grading settings, with their defaults stated once: the CLI, the engine and the reports read them here.

Per-cell time limits come from the course's ``nbgrader_config.py`` (``Execute.timeout``) unless
``GradingSettings.cell_timeout`` overrides them; everything else about grading is below.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

MB = 2**20


@dataclass(frozen=True)
class Limits:
    """Resource limits of one sandboxed kernel (and of the trusted tester that grades it).

    ``memory_mb`` and ``processes`` hold per process (rlimits) and, where the host offers cgroups,
    for the whole sandbox (:mod:`backprop_course.sandbox.cgroups`); the sandbox's writable space is
    two size-capped tmpfs (``tmp_mb``, ``scratch_mb``), charged to its memory, never the host's disk.
    """

    memory_mb: int = 2048  # RLIMIT_AS per process (MemoryError beyond it); an idle kernel maps ~0.8 GB
    processes: int = 64  # RLIMIT_NPROC: processes + threads of the sandbox uid (a kernel uses ~10)
    file_size_mb: int = 64  # RLIMIT_FSIZE: largest file the kernel may write
    open_files: int = 256  # RLIMIT_NOFILE
    tmp_mb: int = 64  # size of the sandbox's /tmp tmpfs
    scratch_mb: int = 256  # size of the sandbox's /scratch tmpfs (the working directory, extra files included)
    tester_memory_mb: int = 2048  # RLIMIT_AS of the trusted tester process

    def rlimits(self) -> dict[str, int]:
        """The kernel's ``setrlimit`` values, by ``RLIMIT_`` name.

        ``RLIMIT_NPROC`` is a little above ``processes``: where the sandbox has a pids cgroup, the
        cgroup is the limit that binds (and is reported); elsewhere the rlimit still holds.
        """
        return {
            "AS": self.memory_mb * MB,
            "NPROC": self.processes + 16,
            "FSIZE": self.file_size_mb * MB,
            "NOFILE": self.open_files,
            "CORE": 0,
        }

    def tester_rlimits(self) -> dict[str, int]:
        """The tester's ``setrlimit`` values (it writes no files and starts no processes)."""
        return {"AS": self.tester_memory_mb * MB, "FSIZE": 0, "NOFILE": 64, "CORE": 0}


@dataclass(frozen=True)
class GradingSettings:
    """How ``backprop-course grade`` runs (``--workers``, ``--timeout``, ``--memory-mb``, ...)."""

    workers: int = field(default_factory=lambda: os.cpu_count() or 1)  # submissions executed at once
    cell_timeout: int | None = None  # seconds per cell; None: Execute.timeout of nbgrader_config.py
    sandbox: bool = True  # False only for trusted code (--no-sandbox)
    limits: Limits = field(default_factory=Limits)
    extra_files_max_mb: int = 100  # what a kernel's working directory may receive in all
    notebook_max_mb: int = 50  # a larger submitted notebook is refused before it is parsed
    force: bool = False  # regrade submissions already graded
    gradebook_wait_seconds: float = 120.0  # how long a locked or unreachable gradebook is waited for
