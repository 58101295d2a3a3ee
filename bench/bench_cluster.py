"""Benchmark: `backprop-course grade --cluster local` with 1 and with 2 Dask workers on the same class.

Builds two identical scratch copies of the course with N students per assignment (the synthetic class
of bench_grade.py), grades one with ``--cluster local --workers 1`` and the other with ``--workers 2``
(one thread, i.e. one kernel at a time, per worker; sandboxed), checks that both give every student
the same score, and prints for each: wall time (cluster start-up included) and steady-state
throughput (notebooks per second between the first and the last graded submission, start-up
excluded). The last line is the scaling ratio: ``scaling 1 -> 2 workers: 1.8x``. Results also go
to ``bench/results/cluster.json``.

    python bench/bench_cluster.py [--students 12] [--assignments tanh_mlp]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_grade import REPO, make_course, run, scores  # noqa: E402

from backprop_course.course import Course  # noqa: E402
from backprop_course.grade import load_records  # noqa: E402


def steady_rate(course: Course) -> float:
    """Notebooks per second between the first and the last record written (start-up excluded)."""
    times = sorted(datetime.fromisoformat(r.graded_at).timestamp() for r in load_records(course))
    if len(times) < 2 or times[-1] <= times[0]:
        return float("nan")
    return (len(times) - 1) / (times[-1] - times[0])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--students", type=int, default=int(os.environ.get("BENCH_STUDENTS", 12)))
    p.add_argument("--assignments", default=os.environ.get("BENCH_ASSIGNMENTS", "tanh_mlp"), help="comma-separated")
    p.add_argument("--keep", action="store_true", help="keep the scratch courses (printed)")
    args = p.parse_args(argv)

    assignments = [a for a in args.assignments.split(",") if a] or Course(REPO).assignments()
    root = Path(tempfile.mkdtemp(prefix="bpc-bench-cluster-"))
    results = REPO / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    log = results / "bench_cluster.log"
    log.write_text("")
    out: dict[str, object] = {"students": args.students, "assignments": assignments, "cores": os.cpu_count()}
    try:
        print(f"class: {args.students} students x {len(assignments)} assignments ({', '.join(assignments)})")
        runs = {}
        for workers in (1, 2):
            course = make_course(root / f"w{workers}", assignments, args.students)
            n = sum(len(course.students(a)) for a in assignments)
            cmd = [sys.executable, "-m", "backprop_course.cli", "grade", "--force", *assignments]
            cmd += ["--cluster", "local", "--workers", str(workers)]
            wall, _, _ = run(cmd, course.root, log)
            rate = steady_rate(course)
            runs[workers] = (course, n, wall, rate)
            print(
                f"{workers} worker(s): {n} notebooks in {wall:6.1f} s ({n / wall:.2f}/s overall), "
                f"steady state {rate:.2f} notebooks/s"
            )
            out[f"workers_{workers}"] = {"notebooks": n, "wall_seconds": wall, "steady_per_second": rate}
        s1, s2 = scores(runs[1][0]), scores(runs[2][0])
        same = s1 == s2
        print("scores agree" if same else f"SCORES DIFFER: {sorted(k for k in s1 if s1[k] != s2.get(k))}")
        ratio = runs[2][3] / runs[1][3]
        ratio_wall = runs[1][2] / runs[2][2]
        out.update(scaling_steady=ratio, scaling_wall=ratio_wall, scores_agree=same)
        (results / "cluster.json").write_text(json.dumps(out, indent=1) + "\n")
        if args.keep:
            print(f"kept: {root}")
        print(f"scaling 1 -> 2 workers: {ratio:.2f}x steady state, {ratio_wall:.2f}x wall time")
        return 0 if same else 1
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
