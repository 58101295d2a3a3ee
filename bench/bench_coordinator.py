"""Benchmark: how many notebooks per second the grading coordinator can take (issues 21.4 and 24.3).

Three measurements on one synthetic class (``--students`` per assignment, all assignments):

1. **local engine, stub executor**: ``backprop-course grade`` on this machine with an executor that
   returns each notebook as given (no kernel): what is left is the local coordinator's own
   per-submission work (staging, the static scan, nbgrader's sanitise, restore and scoring,
   gradebook writes, records), done one submission at a time under its lock. This is the cap of
   the old cluster design, where the coordinator ran nbgrader for every notebook.
2. **cluster coordinator, workers return full marks at once** (``stub_grading``): what the
   ``grade --cluster`` coordinator itself can take: staging, Dask round trips, gradebook rows
   written in batches, ``autograded/`` and records. **Target: at least 30 notebooks/s.**
3. **cluster, stub execution** (``stub_execution``): workers run nbgrader's whole pipeline, only
   the execution is stubbed: the end-to-end rate on this machine's cores.

For 2 and 3 a LocalCluster of ``--workers`` processes is started first (its start-up is not
timed; 8 threads each for 2, 1 for 3); each run also prints the coordinator process's own CPU seconds per notebook.

    python bench/bench_coordinator.py [--students 40] [--assignments a,b] [--workers 2]
"""

from __future__ import annotations

import argparse
import logging
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from bench_grade import make_course  # noqa: E402

from backprop_course.course import Course  # noqa: E402
from backprop_course.grade import grade  # noqa: E402
from backprop_course.grade.execute import PreExecuted  # noqa: E402
from backprop_course.settings import GradingSettings  # noqa: E402


def cpu_seconds() -> float:
    """CPU seconds of this process (all its threads), children excluded."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def report(label: str, n: int, seconds: float, cpu: float) -> float:
    rate = n / seconds if seconds else 0.0
    print(
        f"{label}: {n} notebooks in {seconds:.1f} s = {rate:.1f} notebooks/s; "
        f"coordinator CPU {cpu / max(n, 1) * 1000:.1f} ms per notebook"
    )
    return rate


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--students", type=int, default=40)
    p.add_argument("--assignments", default="")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--skip-local", action="store_true", help="skip measurement 1 (the local engine)")
    args = p.parse_args(argv)
    assignments = args.assignments.split(",") if args.assignments else Course(REPO).assignments()
    settings = GradingSettings(workers=args.workers)
    rates: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-coordinator-") as tmp:
        if not args.skip_local:
            course = make_course(Path(tmp) / "local", assignments, args.students)
            t0, c0 = time.monotonic(), cpu_seconds()
            summary = grade(course, assignments, settings=settings, executor=PreExecuted())
            n = len(summary.graded)
            rates["local"] = report("1. local engine, stub executor", n, time.monotonic() - t0, cpu_seconds() - c0)

        import dask
        from distributed import LocalCluster

        from backprop_course.grade.cluster import grade_on_cluster

        runs = (
            # many threads per worker: the stub tasks take milliseconds, and the question is what the
            # coordinator can take when workers are never the bottleneck
            ("coordinator", "2. cluster coordinator, workers return full marks", {"stub_grading": True}, 8),
            ("stub-exec", "3. cluster, workers grade with stub execution", {"stub_execution": True}, 1),
        )
        for key, label, stubs, threads in runs:
            course = make_course(Path(tmp) / key, assignments, args.students)
            with dask.config.set({"distributed.scheduler.worker-saturation": 1.0}):
                cluster = LocalCluster(
                    n_workers=args.workers,
                    threads_per_worker=threads,
                    processes=True,
                    dashboard_address=None,
                    host="127.0.0.1",
                    silence_logs=logging.ERROR,
                )
            try:
                t0, c0 = time.monotonic(), cpu_seconds()
                summary = grade_on_cluster(
                    course,
                    assignments,
                    settings=GradingSettings(workers=args.workers * threads),
                    cluster=cluster.scheduler_address,
                    **stubs,
                )
                n = len(summary.graded)
                assert not summary.errors, summary.errors
                rates[key] = report(label, n, time.monotonic() - t0, cpu_seconds() - c0)
            finally:
                cluster.close()
    if "local" in rates:
        print(f"cluster coordinator vs local coordinator: {rates['coordinator'] / rates['local']:.1f}x")
    print(f"coordinator throughput: {rates['coordinator']:.1f} notebooks/s (target >= 30)")


if __name__ == "__main__":
    main()
