"""Benchmark: plain ``nbgrader autograde`` against ``backprop-course grade`` on the same synthetic class.

Builds two identical scratch copies of the course with N students per assignment (a mix of correct,
buggy and broken submissions made from the answer cases in ``answers/``), grades one with plain
nbgrader (``nbgrader autograde <assignment> --force``, one process per assignment, as a TA would)
and the other with ``backprop-course grade --force`` (parallel, sandboxed), checks that every
student gets the same score from both, and prints both wall times. The last line is the ratio:
``speed-up: 4.2x``.

    python bench/bench_grade.py [--students 40] [--assignments a,b] [--workers N] [--keep]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from backprop_course.answers import load_cases  # noqa: E402
from backprop_course.course import Course  # noqa: E402
from backprop_course.demo import BROKEN, answers_dir, write_submission  # noqa: E402
from backprop_course.release.build import build_release  # noqa: E402


def class_plan(course: Course, assignment: str, n: int) -> dict[str, str]:
    """``{student: case}``: about half correct, the rest buggy, unfinished or broken, in a fixed order."""
    cases = load_cases(answers_dir(course), assignment)
    correct = [c for c, case in cases.items() if case.score == "full"]
    others = [c for c, case in cases.items() if case.score != "full"] + sorted(BROKEN)
    plan = {}
    for i in range(n):
        pool = correct if i % 2 == 0 else others
        plan[f"s{i:03d}"] = pool[(i // 2) % len(pool)]
    return plan


def make_course(dest: Path, assignments: list[str], students: int) -> Course:
    repo = Course(REPO)
    course = repo.copy_to(dest)
    (dest / "answers").symlink_to(answers_dir(repo))
    build_release(course, assignments, with_solutions=False)  # records the assignments in the gradebook
    for a in assignments:
        for student, case in class_plan(course, a, students).items():
            write_submission(course, student, a, case)
    return course


def scores(course: Course) -> dict[tuple[str, str], float]:
    """``{(assignment, student): score}`` from the gradebook (a submission it lacks scores 0)."""
    from nbgrader.api import Gradebook

    out = {}
    with Gradebook(course.db_url, "backprop") as gb:
        for a in gb.assignments:
            for sub in a.submissions:
                out[(a.name, sub.student.id)] = float(sub.score)
    for a in course.assignments():
        for s in course.students(a):
            out.setdefault((a, s), 0.0)
    return out


def per_assignment_timings(course: Course) -> dict[str, tuple[int, float, float]]:
    """``{assignment: (notebooks executed, mean execution wall s, mean kernel CPU s)}`` from grade's records."""
    from backprop_course.grade import load_records

    out = {}
    for a in course.assignments():
        ran = [r for r in load_records(course, a) if r.exec_seconds > 0]
        if ran:
            out[a] = (len(ran), sum(r.exec_seconds for r in ran) / len(ran), sum(r.kernel_cpu for r in ran) / len(ran))
    return out


def run(cmd: list[str], cwd: Path, log: Path) -> float:
    env = dict(os.environ, PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    t0 = time.perf_counter()
    with log.open("a") as f:
        subprocess.run(cmd, cwd=cwd, env=env, stdout=f, stderr=subprocess.STDOUT, check=False)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--students", type=int, default=int(os.environ.get("BENCH_STUDENTS", 40)))
    p.add_argument("--assignments", default=os.environ.get("BENCH_ASSIGNMENTS", ""), help="comma-separated")
    p.add_argument("--workers", type=int, default=None, help="grade --workers (default: one per core)")
    p.add_argument("--keep", action="store_true", help="keep the scratch courses (printed)")
    args = p.parse_args(argv)

    assignments = [a for a in args.assignments.split(",") if a] or Course(REPO).assignments()
    root = Path(tempfile.mkdtemp(prefix="bpc-bench-"))
    results = REPO / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    log = results / "bench.log"
    log.write_text("")
    try:
        print(f"class: {args.students} students x {len(assignments)} assignments ({', '.join(assignments)})")
        plain = make_course(root / "plain", assignments, args.students)
        fast = make_course(root / "fast", assignments, args.students)
        n = sum(len(plain.students(a)) for a in assignments)
        nbgrader = str(Path(sys.executable).parent / "nbgrader")
        t_plain = sum(run([nbgrader, "autograde", a, "--force"], plain.root, log) for a in assignments)
        cmd = [sys.executable, "-m", "backprop_course.cli", "grade", "--force", *assignments]
        if args.workers:
            cmd += ["--workers", str(args.workers)]
        t_fast = run(cmd, fast.root, log)

        a_scores, b_scores = scores(plain), scores(fast)
        diff = {k: (a_scores.get(k), b_scores.get(k)) for k in set(a_scores) | set(b_scores)}
        diff = {k: v for k, v in diff.items() if v[0] != v[1]}
        cores = os.cpu_count()
        print(f"submissions: {n} ({cores} cores)")
        print(f"plain nbgrader autograde: {t_plain:7.1f} s  ({t_plain / n:.2f} s per notebook)")
        print(f"backprop-course grade:    {t_fast:7.1f} s  ({t_fast / n:.2f} s per notebook)")
        timings = per_assignment_timings(fast)
        for a, (count, wall, cpu) in timings.items():
            print(f"  grade, {a}: {count} notebooks, execution {wall:.2f} s and kernel CPU {cpu:.2f} s per notebook")
        if diff:
            print(f"SCORES DIFFER for {len(diff)} submissions (plain, grade):")
            for (a, s), (x, y) in sorted(diff.items()):
                print(f"  {a}/{s}: {x} vs {y}")
        else:
            print(f"scores agree for all {len(a_scores)} submissions")
        (results / "last.json").write_text(
            json.dumps(
                {
                    "students": args.students,
                    "assignments": assignments,
                    "submissions": n,
                    "plain_seconds": t_plain,
                    "grade_seconds": t_fast,
                    "score_mismatches": len(diff),
                },
                indent=1,
            )
        )
        if args.keep:
            print(f"kept: {root}")
        print(f"speed-up: {t_plain / t_fast:.1f}x")
        return 1 if diff else 0
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
