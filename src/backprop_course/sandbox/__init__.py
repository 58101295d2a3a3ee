"""Where student code runs when graded: single-use kernels in bubblewrap sandboxes, each with its tester.

* :mod:`.bwrap`: one sandbox (namespaces, mounts, no network, no view of the course);
* :mod:`.forkserver`: the clean, preloaded process that forks kernels into sandboxes, and testers;
* :mod:`.kernels`: a kernel paired with its trusted tester, host-wide uids, the warm pool.
"""

from ..settings import Limits
from .bwrap import SandboxError, probe_sandbox
from .kernels import (
    UID_BASE,
    UID_COUNT,
    KernelFactory,
    KernelLost,
    KernelPool,
    SandboxedKernel,
    UidAllocator,
    make_kernel_manager,
)

__all__ = [
    "UID_BASE",
    "UID_COUNT",
    "KernelFactory",
    "KernelLost",
    "KernelPool",
    "Limits",
    "SandboxError",
    "SandboxedKernel",
    "UidAllocator",
    "make_kernel_manager",
    "probe_sandbox",
]
