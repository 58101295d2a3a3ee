"""Benchmark: grading throughput on a simulated cluster of N = 1, 2, 4 workers, and where it stops growing (issue 24).

For each N, starts :func:`netns_cluster.simulated_cluster` (a Dask scheduler here, N single-threaded
workers each in a network namespace of its own, talking through a bridge, as on N machines), builds
a fresh synthetic class (``make_course`` of ``bench_grade.py``: ``--students`` submissions per
assignment, every assignment by default) and grades it with
``grade_on_cluster(course, assignments, settings=GradingSettings(workers=N), cluster=address,
stub_execution=True)``: the workers do all of nbgrader's per-submission work, but a notebook's
execution returns it as given (no kernel), so what is measured is the grading pipeline itself, not
the students' code. (A ``grade_on_cluster`` without ``stub_execution`` is called without it, with a
warning: the notebooks are then really executed in sandboxed kernels, and the run is far slower;
``--real`` asks for that.)

Timed: the ``grade_on_cluster`` call (wall seconds; the cluster's start-up and the class's building
are not counted). While it runs, the CPU time of the worker process trees (nanny, worker, what they
start), the scheduler, this process (the coordinator) and the whole machine is sampled, so each N's
line says how many cores each used on average, and the verdict says where throughput stops growing
and why: the machine's cores (all busy), the coordinator (one Python process: about one core), or
neither (the workers wait).

    python bench/bench_scaling.py [--workers 1,2,4] [--students 40] [--assignments a,b] [--threads 1] [--real]

Needs root (network namespaces; see ``netns_cluster.py``). The last line is
``throughput N=1: X nb/s, N=2: Y nb/s, N=4: Z nb/s``.
"""

from __future__ import annotations

import argparse
import inspect
import os
import shutil
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from bench_grade import make_course  # noqa: E402
from netns_cluster import ClusterAddress, available, simulated_cluster  # noqa: E402

from backprop_course.course import Course  # noqa: E402
from backprop_course.settings import GradingSettings  # noqa: E402

SAMPLE_SECONDS = 0.5
SATURATED = 0.9  # a share of the cores (or of the coordinator's one core) that counts as "all of it"
GROWS = 1.1  # throughput that grows by less than this factor from one N to the next has stopped growing


def tree_cpu(pids: list[int]) -> float:
    """CPU seconds of the processes ``pids`` and their descendants, those that ended included.

    A live process counts its own user+system time plus the time of the children it has waited for
    (``children_user``/``children_system``, which include theirs), so a kernel or helper that ended
    and was reaped inside the tree is still counted.
    """
    total = 0.0
    seen: set[int] = set()
    for pid in pids:
        try:
            root = psutil.Process(pid)
            procs = [root, *root.children(recursive=True)]
        except psutil.Error:
            continue
        for p in procs:
            if p.pid in seen:
                continue
            seen.add(p.pid)
            try:
                t = p.cpu_times()
            except psutil.Error:
                continue
            total += t.user + t.system + t.children_user + t.children_system
    return total


def own_cpu() -> float:
    """CPU seconds of this process alone (its threads; not the cluster it started, whose times are
    added to ours only when they are reaped, at the cluster's teardown)."""
    t = psutil.Process().cpu_times()
    return t.user + t.system


def machine_busy() -> float:
    """CPU seconds all cores of the machine have spent not idle since boot."""
    t = psutil.cpu_times()
    return sum(t) - t.idle - getattr(t, "iowait", 0.0)


@dataclass
class Sample:
    """Cumulative CPU seconds at one moment."""

    t: float
    workers: float
    scheduler: float
    coordinator: float
    machine: float


@dataclass
class CpuSampler:
    """Samples :class:`Sample` every ``SAMPLE_SECONDS`` in a thread between ``start()`` and ``stop()``."""

    cluster: ClusterAddress
    samples: list[Sample] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def sample(self) -> Sample:
        """Take one sample now (and keep it)."""
        s = Sample(
            time.monotonic(),
            tree_cpu(self.cluster.worker_pids),
            tree_cpu([self.cluster.scheduler_pid]),
            own_cpu(),
            machine_busy(),
        )
        self.samples.append(s)
        return s

    def _run(self) -> None:
        while not self._stop.wait(SAMPLE_SECONDS):
            self.sample()

    def start(self) -> None:
        self.sample()
        self._thread = threading.Thread(target=self._run, name="cpu-sampler", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        self.sample()

    def cores(self) -> dict[str, float]:
        """Average cores used between the first and the last sample: workers, scheduler, coordinator,
        machine (everything), others (the machine minus those three), and the workers' busiest second."""
        first, last = self.samples[0], self.samples[-1]
        dt = max(last.t - first.t, 1e-9)
        out = {k: max(0.0, getattr(last, k) - getattr(first, k)) / dt for k in ("workers", "scheduler", "coordinator")}
        out["machine"] = max(0.0, last.machine - first.machine) / dt
        out["others"] = max(0.0, out["machine"] - out["workers"] - out["scheduler"] - out["coordinator"])
        peak = 0.0
        for a, b in zip(self.samples, self.samples[2:], strict=False):  # about one-second windows
            if b.t > a.t:
                peak = max(peak, (b.workers - a.workers) / (b.t - a.t))
        out["workers_peak"] = peak
        return out


@dataclass
class Run:
    """One N: what was graded, how long it took, the cores used."""

    n: int
    notebooks: int
    failed: int
    seconds: float
    cores: dict[str, float]

    @property
    def rate(self) -> float:
        return self.notebooks / self.seconds if self.seconds > 0 else float("nan")


def verdict(run: Run, threads: int, cpus: int) -> str:
    """Why throughput at this N is what it is: which resource is used up."""
    c = run.cores
    worker_cores = run.n * threads
    if c["machine"] >= SATURATED * cpus:
        who = f"workers {c['workers']:.2f}, coordinator {c['coordinator']:.2f}, scheduler {c['scheduler']:.2f}"
        if c["others"] >= 0.25:
            who += f", other processes {c['others']:.2f}"
        quiet = ""
        if c["others"] >= 0.25 * cpus:
            quiet = f"; other processes took {c['others']:.2f} of them: rerun on a quiet machine"
        return f"the machine's {cpus} cores are the limit ({c['machine']:.2f} busy: {who}){quiet}"
    if c["coordinator"] >= SATURATED:
        return (
            f"the coordinator is the limit: it uses {c['coordinator']:.2f} cores (one Python process, about one core) "
            f"while the workers use {c['workers']:.2f} of {worker_cores} and the machine has "
            f"{cpus - c['machine']:.2f} cores idle"
        )
    if c["workers"] >= SATURATED * worker_cores:
        return f"the workers are the limit: they use {c['workers']:.2f} of their {worker_cores} cores; more would help"
    return (
        f"neither the cores ({c['machine']:.2f} of {cpus} busy) nor the coordinator ({c['coordinator']:.2f}) "
        f"is used up and the workers use {c['workers']:.2f} of {worker_cores}: they wait (per-task round trips, "
        "the gradebook, start-up of each worker's grader)"
    )


def grade_once(course: Course, assignments: list[str], n: int, address: str, stub: bool) -> Any:
    """``grade_on_cluster`` on ``address`` (the stub execution if ``stub``)."""
    from backprop_course.grade.cluster import grade_on_cluster

    kwargs: dict[str, Any] = {"stub_execution": True} if stub else {}
    return grade_on_cluster(course, assignments, settings=GradingSettings(workers=n), cluster=address, **kwargs)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--workers", default="1,2,4", help="comma-separated numbers of workers (1 to 8)")
    p.add_argument("--students", type=int, default=40, help="submissions per assignment")
    p.add_argument("--assignments", default="", help="comma-separated (default: all)")
    p.add_argument("--threads", type=int, default=1, help="threads per worker")
    p.add_argument("--real", action="store_true", help="execute the notebooks (sandboxed kernels), no stub")
    p.add_argument("--keep", action="store_true", help="keep the scratch courses (printed)")
    args = p.parse_args(argv)
    counts = [int(x) for x in args.workers.split(",") if x.strip()]
    assignments = [a for a in args.assignments.split(",") if a] or Course(REPO).assignments()
    problem = available()
    if problem:
        print(f"cannot simulate a cluster here: {problem}", file=sys.stderr)
        return 2

    from backprop_course.grade.cluster import grade_on_cluster

    stub = not args.real and "stub_execution" in inspect.signature(grade_on_cluster).parameters
    if not stub and not args.real:
        print(
            "WARNING: grade_on_cluster has no stub_execution keyword yet: notebooks are really executed "
            "(sandboxed kernels), so this measures the students' code too and is much slower",
            file=sys.stderr,
        )
    cpus = os.cpu_count() or 1
    print(f"machine: {cpus} cores (os.cpu_count()), {len(os.sched_getaffinity(0))} usable by this process")
    print(
        f"class: {args.students} students x {len(assignments)} assignments ({', '.join(assignments)}); "
        f"{'stub execution' if stub else 'REAL execution'}; {args.threads} thread(s) per worker"
    )
    root = Path(tempfile.mkdtemp(prefix="bpc-bench-scaling-"))
    runs: list[Run] = []
    try:
        for n in counts:
            course = make_course(root / f"n{n}", assignments, args.students)
            t0 = time.monotonic()
            with simulated_cluster(n, args.threads) as address:
                up = time.monotonic() - t0
                sampler = CpuSampler(address)
                sampler.start()
                t1 = time.monotonic()
                try:
                    summary = grade_once(course, assignments, n, address, stub)
                finally:
                    seconds = time.monotonic() - t1
                    sampler.stop()
            run = Run(n, len(summary.graded), len(summary.failed), seconds, sampler.cores())
            runs.append(run)
            c = run.cores
            scale = f"{run.rate / runs[0].rate:.2f}x N={runs[0].n}" if runs[0].rate > 0 else "n/a"
            print(
                f"N={n}: {run.notebooks} notebooks ({run.failed} failed) in {seconds:.1f} s = {run.rate:.2f} nb/s "
                f"({scale}; cluster up in {up:.1f} s)"
            )
            print(
                f"      cores used: workers {c['workers']:.2f} of {n * args.threads} (busiest second "
                f"{c['workers_peak']:.2f}), coordinator {c['coordinator']:.2f}, scheduler {c['scheduler']:.2f}, "
                f"other processes {c['others']:.2f}; machine {c['machine']:.2f} of {cpus}"
            )
            print(f"      {verdict(run, args.threads, cpus)}")
            for e in summary.errors:
                print(f"      error: {e}")
        stop = next((b for a, b in zip(runs, runs[1:], strict=False) if b.rate < GROWS * a.rate), None)
        if len(runs) > 1:
            if stop is None:
                print(f"throughput still grows up to N={runs[-1].n}")
            else:
                prev = runs[runs.index(stop) - 1]
                print(
                    f"throughput stops growing from N={prev.n} to N={stop.n} "
                    f"({prev.rate:.2f} -> {stop.rate:.2f} nb/s): {verdict(stop, args.threads, cpus)}"
                )
        if args.keep:
            print(f"kept: {root}")
        print("throughput " + ", ".join(f"N={r.n}: {r.rate:.2f} nb/s" for r in runs))
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
