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
    """Resource limits of one sandboxed kernel (and of the trusted tester that grades it)."""

    memory_mb: int = 2048  # RLIMIT_AS per process (MemoryError beyond it); an idle kernel maps ~0.8 GB
    processes: int = 64  # RLIMIT_NPROC: processes + threads of the sandbox uid (a kernel uses ~10)
    file_size_mb: int = 64  # RLIMIT_FSIZE: largest file the kernel may write
    open_files: int = 256  # RLIMIT_NOFILE
    tmp_mb: int = 64  # size of the sandbox's /tmp tmpfs
    tester_memory_mb: int = 2048  # RLIMIT_AS of the trusted tester process

    def rlimits(self) -> dict[str, int]:
        """The kernel's ``setrlimit`` values, by ``RLIMIT_`` name."""
        return {
            "AS": self.memory_mb * MB,
            "NPROC": self.processes,
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
