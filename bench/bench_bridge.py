"""Benchmark: the CPU one bridge round trip costs each side (issue 21: the bridge is most of a notebook's execution).

A tester-side :class:`~backprop_course.bridge.codec.Endpoint` calls a function of a kernel-side one, in a forked
process, ``--calls`` times: ``f(x, W, b) = W @ x + b`` with x (5,), W (4, 5) and b (4,) float64, the size of a call
of ``linear_forward`` in the hidden tests. Both processes are pinned to one CPU, as grading pins a notebook's kernel
and tester (:class:`~backprop_course.sandbox.kernels.CpuPlacement`): across CPUs each wake-up costs a virtual machine
about 20 us more per side, which would hide the codec's own cost. Prints the microseconds of CPU per call on each side
(the kernel's also serves the call: arguments decoded, changed-in-place check, result encoded) and of wall time.

The real kernel's per-call work (the watch of the notebook's code, the handler's checks) is left out: this measures
the codec and the socket. A raw ping-pong of 200 bytes on this machine costs about 3 us per side pinned, 21 us not.

    python bench/bench_bridge.py [--calls 20000]
"""

from __future__ import annotations

import argparse
import os
import resource
import socket
import time
from typing import Any

import numpy as np

from backprop_course.bridge.codec import ByReference, Endpoint, register_proxy_type


def linear(x: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    return W @ x + b


@register_proxy_type
class _Remote:
    """The tester's stand-in for the kernel's function."""

    def __init__(self, oid: int) -> None:
        self._bridge_id = oid


class _Handler:
    """Serves ``get`` (the function, by reference), ``call`` and ``stop``."""

    def __init__(self) -> None:
        self.done = False

    def handle(self, endpoint: Endpoint, op: str, fields: list[Any]) -> list[Any]:
        if op == "get":
            return [ByReference(linear)]
        if op == "call":
            return endpoint.serve_call(*fields)
        self.done = True
        return [None]

    def exportable(self, obj: Any) -> bool:
        return True

    def proxy(self, endpoint: Endpoint, oid: int, kind: str, name: str) -> Any:
        return _Remote(oid)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--calls", type=int, default=20000)
    args = p.parse_args()
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    tester_sock, kernel_sock = socket.socketpair()
    pid = os.fork()
    if pid == 0:  # the kernel's side
        tester_sock.close()
        kernel = Endpoint(kernel_sock, "kernel", _Handler())
        while not kernel.handler.done:
            kernel.serve_one(kernel.recv())
        os._exit(0)
    kernel_sock.close()
    tester = Endpoint(tester_sock, "tester", _Handler())
    (remote,) = tester.request("get")
    x, W, b = np.ones(5), np.ones((4, 5)), np.zeros(4)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for _ in range(args.calls):
        tester.request("call", remote, [x, W, b], {})
    tester_cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    tester.request("stop")
    os.waitpid(pid, 0)
    child = resource.getrusage(resource.RUSAGE_CHILDREN)
    per = 1e6 / args.calls
    print(f"{args.calls} calls of linear(x, W, b), both sides on CPU {cpu}:")
    kernel_cpu = child.ru_utime + child.ru_stime
    print(f"  tester {tester_cpu * per:.1f} us, kernel {kernel_cpu * per:.1f} us of CPU per call")
    print(f"  wall {wall * per:.1f} us per call")


if __name__ == "__main__":
    main()
