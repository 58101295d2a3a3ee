"""Benchmark: the grading coordinator's own time per notebook, with no kernel at all (issue 21.4, 24.3).

``backprop-course grade`` spends time in two places: the notebooks' execution (sandboxed kernels, the
tester) and the coordinator's per-submission work (staging, the static scan, nbgrader's sanitize,
restore and scoring, gradebook writes, records). This benchmark replaces the executor by a stub that
returns each notebook as it was given, already "executed" (no outputs: every test passes), so what is
left is the coordinator. It prints seconds per notebook and notebooks per second.

    python bench/bench_coordinator.py [--students 40] [--assignments a,b] [--workers 2]
"""

from __future__ import annotations

import argparse
import concurrent.futures
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
from backprop_course.grade.execute import ExecJob, ExecResult  # noqa: E402
from backprop_course.settings import GradingSettings  # noqa: E402


class PreExecuted:
    """An executor whose notebooks come back at once, as given (the coordinator's cost alone)."""

    missing: list[str] = []

    def start(self) -> None:
        pass

    def close(self) -> None:
        pass

    def submit(self, job: ExecJob) -> concurrent.futures.Future[ExecResult]:
        future: concurrent.futures.Future[ExecResult] = concurrent.futures.Future()
        future.set_result(ExecResult(notebook=job.notebook))
        return future


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--students", type=int, default=40)
    p.add_argument("--assignments", default="")
    p.add_argument("--workers", type=int, default=2)
    args = p.parse_args(argv)
    assignments = args.assignments.split(",") if args.assignments else Course(REPO).assignments()
    with tempfile.TemporaryDirectory(prefix="bench-coordinator-") as tmp:
        course = make_course(Path(tmp) / "course", assignments, args.students)
        executor = PreExecuted()
        t0 = time.monotonic()
        summary = grade(course, assignments, settings=GradingSettings(workers=args.workers), executor=executor)
        seconds = time.monotonic() - t0
    n = len(summary.graded)
    print(summary.format().splitlines()[0])
    print(f"coordinator: {n} notebooks in {seconds:.1f} s = {seconds / max(n, 1):.3f} s per notebook")
    print(f"coordinator throughput: {n / seconds:.1f} notebooks/s")


if __name__ == "__main__":
    main()
