"""Benchmark: plain ``nbgrader autograde`` against ``backprop-course grade`` on the same synthetic class.

Builds two identical scratch copies of the course with N students per assignment (a mix of correct,
buggy and broken submissions made from the answer cases in ``answers/``), grades one with plain
nbgrader (``nbgrader autograde <assignment> --force``, one process per assignment, as a TA would)
and the other with ``backprop-course grade --force`` (parallel, sandboxed), checks that every
student gets the same score from both, and prints both wall times, then where ``grade``'s time goes:
per assignment the wall and CPU seconds of a notebook's execution (kernel and tester), the floor (all
that CPU divided by the cores), the coordinator's own seconds per notebook (the same class graded again
with a stub executor, as in ``bench_coordinator.py``) and the peak resident memory of each whole run.
The last line is the ratio: ``speed-up: 4.2x``.

Every submission is distinct (each parseable notebook gets a comment naming its student in its first
answer cell), so ``grade``'s sharing of identical executions does not flatter it; ``--identical`` keeps
the answer cases as they are, so students with the same case share one execution.

The class is pinned in ``bench/class.json`` (the answer case of each student), so that a ratio measured in one
session is comparable with the next one's although answer cases are added in between; ``--pin-class`` writes it
anew from ``answers/``.

    python bench/bench_grade.py [--students 40] [--assignments a,b] [--workers N] [--identical] [--keep]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import nbformat
import psutil

REPO = Path(__file__).resolve().parent.parent
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")
sys.path.insert(0, str(REPO / "src"))

from backprop_course.answers import load_cases  # noqa: E402
from backprop_course.course import Course  # noqa: E402
from backprop_course.demo import BROKEN, answers_dir, write_submission  # noqa: E402
from backprop_course.release.build import build_release  # noqa: E402

CLASS_FILE = REPO / "bench" / "class.json"  # the pinned class: {assignment: [answer case of s000, s001, ...]}


def generated_plan(course: Course, assignment: str, n: int) -> dict[str, str]:
    """``{student: case}`` from the answer cases in ``answers/`` as they are now: about half correct, the rest buggy,
    unfinished or broken, in a fixed order."""
    cases = load_cases(answers_dir(course), assignment)
    correct = [c for c, case in cases.items() if case.score == "full"]
    others = [c for c, case in cases.items() if case.score != "full"] + sorted(BROKEN)
    plan = {}
    for i in range(n):
        pool = correct if i % 2 == 0 else others
        plan[f"s{i:03d}"] = pool[(i // 2) % len(pool)]
    return plan


def class_plan(course: Course, assignment: str, n: int) -> dict[str, str]:
    """``{student: case}``: the pinned class of :data:`CLASS_FILE` (the same submissions from one session to the next,
    so that ratios stay comparable while answer cases are added), or :func:`generated_plan` for an assignment or a
    class size it does not hold. ``ValueError`` when a pinned case no longer exists."""
    pinned = json.loads(CLASS_FILE.read_text()).get(assignment, []) if CLASS_FILE.exists() else []
    if len(pinned) < n:
        return generated_plan(course, assignment, n)
    known = set(load_cases(answers_dir(course), assignment)) | set(BROKEN)
    missing = sorted(set(pinned[:n]) - known)
    if missing:
        raise ValueError(
            f"{CLASS_FILE.name}: {assignment} cases {missing} are no longer in answers/: pin a new class with "
            "--pin-class (ratios measured before it are then not comparable)"
        )
    return {f"s{i:03d}": case for i, case in enumerate(pinned[:n])}


def make_distinct(folder: Path, student: str) -> None:
    """Append ``# <student>`` to the first answer cell of the notebooks in ``folder`` (broken ones stay as they are)."""
    for path in folder.glob("*.ipynb"):
        try:
            nb = nbformat.read(path, as_version=4)
        except Exception:  # noqa: BLE001  (the broken cases: corrupt JSON, empty file...)
            continue
        for cell in nb.cells:
            if cell.cell_type == "code" and cell.get("metadata", {}).get("nbgrader", {}).get("solution"):
                cell.source += f"\n# {student}"
                nbformat.write(nb, path)
                break


def make_course(dest: Path, assignments: list[str], students: int, *, distinct: bool = False) -> Course:
    """A scratch copy of the course with ``students`` submissions per assignment (see :func:`class_plan`)."""
    repo = Course(REPO)
    course = repo.copy_to(dest)
    (dest / "answers").symlink_to(answers_dir(repo))
    build_release(course, assignments, with_solutions=False)  # records the assignments in the gradebook
    for a in assignments:
        for student, case in class_plan(course, a, students).items():
            folder = write_submission(course, student, a, case)
            if distinct:
                make_distinct(folder, student)
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


def per_assignment_timings(course: Course) -> dict[str, tuple[int, float, float, dict[str, float]]]:
    """``{assignment: (notebooks executed, mean execution wall s, mean kernel CPU s, {cell: mean CPU s})}`` from
    grade's records (a cell's mean over the notebooks that ran it)."""
    from backprop_course.grade import load_records

    out = {}
    for a in course.assignments():
        ran = [r for r in load_records(course, a) if r.exec_seconds > 0]
        if ran:
            cells: dict[str, list[float]] = {}
            for r in ran:
                for cell, cpu in r.cell_cpu.items():
                    cells.setdefault(cell, []).append(cpu)
            per_cell = {cell: sum(v) / len(v) for cell, v in cells.items()}
            out[a] = (
                len(ran),
                sum(r.exec_seconds for r in ran) / len(ran),
                sum(r.kernel_cpu for r in ran) / len(ran),
                per_cell,
            )
    return out


def costliest_cells(per_cell: dict[str, float], n: int = 4) -> str:
    """The ``n`` cells with the largest mean CPU, as ``"test_x 0.21, #3 0.10"`` (seconds)."""
    top = sorted(per_cell.items(), key=lambda kv: -kv[1])[:n]
    return ", ".join(f"{cell} {cpu:.2f}" for cell, cpu in top)


def tree_rss(root: int) -> int:
    """Resident bytes of process ``root`` and all its descendants (kernels, testers, sandboxes) right now.

    One read of ``/proc/<pid>/stat`` per process gives both its parent and its resident pages: the sampler
    takes about 0.5 s of CPU from a 46 s run it measures on two cores, where psutil's ``children(recursive=True)``
    and ``memory_info()`` took about 1 s.
    """
    children: dict[int, list[int]] = {}
    pages: dict[int, int] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rindex(b")") + 2 :].split()  # after "pid (comm) ": state, ppid, ... (proc(5))
        pid = int(name)
        children.setdefault(int(fields[1]), []).append(pid)
        pages[pid] = int(fields[21])  # rss, the 24th field
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += pages.get(pid, 0)
        todo += children.get(pid, [])
    return total * PAGE_BYTES


def run(cmd: list[str], cwd: Path, log: Path) -> tuple[float, int, float]:
    """Run ``cmd``; its wall seconds, the peak resident bytes of its process tree, and the CPU seconds (user +
    system) of the process itself, without its children (kernels, testers, sandboxes): both sampled every 0.1 s."""
    env = dict(os.environ, PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    peak, own = 0, 0.0
    t0 = time.perf_counter()
    with log.open("a") as f:
        child = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=f, stderr=subprocess.STDOUT)
        done = threading.Event()

        def sample() -> None:
            nonlocal peak, own
            proc = psutil.Process(child.pid)
            while not done.wait(0.1):
                try:
                    peak = max(peak, tree_rss(child.pid))
                    cpu = proc.cpu_times()
                    own = cpu.user + cpu.system
                except psutil.Error:
                    return

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        child.wait()
        done.set()
        sampler.join()
    return time.perf_counter() - t0, peak, own


def idle_kernel_rss() -> int:
    """Resident bytes of one idle python3 kernel (the memory target's unit: one kernel per worker)."""
    from jupyter_client.manager import start_new_kernel

    km, kc = start_new_kernel(kernel_name="python3")
    try:
        return tree_rss(km.provisioner.process.pid)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def coordinator_seconds(course: Course, assignments: list[str], workers: int | None) -> float:
    """Seconds per notebook ``grade`` spends outside execution: the class graded again with a stub executor."""
    from backprop_course.grade import grade
    from backprop_course.grade.execute import PreExecuted
    from backprop_course.settings import GradingSettings

    settings = GradingSettings(force=True, **({"workers": workers} if workers else {}))
    t0 = time.perf_counter()
    summary = grade(course, assignments, settings=settings, executor=PreExecuted())
    return (time.perf_counter() - t0) / max(len(summary.graded), 1)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--students", type=int, default=int(os.environ.get("BENCH_STUDENTS", 40)))
    p.add_argument("--assignments", default=os.environ.get("BENCH_ASSIGNMENTS", ""), help="comma-separated")
    p.add_argument("--workers", type=int, default=None, help="grade --workers (default: one per core)")
    p.add_argument("--identical", action="store_true", help="students with the same answer case submit identical files")
    p.add_argument("--keep", action="store_true", help="keep the scratch courses (printed)")
    p.add_argument("--pin-class", action="store_true", help=f"write bench/{CLASS_FILE.name} from answers/ and stop")
    args = p.parse_args(argv)

    assignments = [a for a in args.assignments.split(",") if a] or Course(REPO).assignments()
    if args.pin_class:
        plans = {a: list(generated_plan(Course(REPO), a, args.students).values()) for a in assignments}
        CLASS_FILE.write_text(json.dumps(plans, indent=1) + "\n")
        print(f"{CLASS_FILE}: {args.students} students x {len(assignments)} assignments pinned")
        return 0
    root = Path(tempfile.mkdtemp(prefix="bpc-bench-"))
    results = REPO / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    log = results / "bench.log"
    log.write_text("")
    try:
        print(f"class: {args.students} students x {len(assignments)} assignments ({', '.join(assignments)})")
        plain = make_course(root / "plain", assignments, args.students, distinct=not args.identical)
        fast = make_course(root / "fast", assignments, args.students, distinct=not args.identical)
        n = sum(len(plain.students(a)) for a in assignments)
        nbgrader = str(Path(sys.executable).parent / "nbgrader")
        t_plain, peak_plain, cpu_plain = 0.0, 0, 0.0
        for a in assignments:
            seconds, peak, cpu = run([nbgrader, "autograde", a, "--force"], plain.root, log)
            t_plain, peak_plain, cpu_plain = t_plain + seconds, max(peak_plain, peak), cpu_plain + cpu
        cmd = [sys.executable, "-m", "backprop_course.cli", "grade", "--force", *assignments]
        if args.workers:
            cmd += ["--workers", str(args.workers)]
        t_fast, peak_fast, cpu_fast = run(cmd, fast.root, log)

        a_scores, b_scores = scores(plain), scores(fast)
        diff = {k: (a_scores.get(k), b_scores.get(k)) for k in set(a_scores) | set(b_scores)}
        diff = {k: v for k, v in diff.items() if v[0] != v[1]}
        # cases whose header says plain nbgrader must score them differently (answers.py: "# plain nbgrader:"), or
        # that the draw of the hidden data decides ("# may fail:")
        expected = {}
        for a in assignments:
            cases = load_cases(answers_dir(plain), a)
            for s, case in class_plan(plain, a, args.students).items():
                if case not in cases or (a, s) not in diff:
                    continue
                if cases[case].plain_nbgrader_differs:
                    expected[(a, s)] = (case, cases[case].plain_nbgrader_differs, diff.pop((a, s)))
                elif cases[case].may_fail:  # "# may fail:" cells: the two draw different hidden data
                    expected[(a, s)] = (case, "the hidden data's draw decides a 'may fail' cell", diff.pop((a, s)))
        cores = os.cpu_count()
        print(f"submissions: {n} ({cores} cores)")
        print(f"plain nbgrader autograde: {t_plain:7.1f} s  ({t_plain / n:.2f} s per notebook)")
        print(f"backprop-course grade:    {t_fast:7.1f} s  ({t_fast / n:.2f} s per notebook)")
        timings = per_assignment_timings(fast)
        workers = args.workers or cores or 1
        total_cpu = sum(count * cpu for count, _, cpu, _ in timings.values())
        print("where grade's time goes (execution = the kernel's and the tester's, per notebook executed):")
        for a, (count, wall, cpu, per_cell) in timings.items():
            print(f"  {a:18s} {count:4d} executed  wall {wall:5.2f} s  CPU {cpu:5.2f} s")
            cells = sum(per_cell.values())
            print(f"    in cells {cells:.2f} s (the rest: start-up, set-up); costliest: {costliest_cells(per_cell)}")
        print(f"  floor: {total_cpu:.1f} CPU-s of execution / {cores} cores = {total_cpu / (cores or 1):.1f} s")
        print(
            f"  the grade process's own CPU: {cpu_fast:.1f} s, {cpu_fast / n:.3f} s per notebook (start-up, nbgrader's "
            f"pipeline, kernel clients, sandbox set-up; plain nbgrader's processes: {cpu_plain:.1f} s, kernels apart)"
        )
        coord = coordinator_seconds(fast, assignments, args.workers)
        print(
            f"  coordinator: {coord:.3f} s per notebook with a stub executor "
            f"({coord * n:.1f} s of {t_fast:.1f} s, {100 * coord * n / t_fast:.0f} % of the run)"
        )
        kernel = idle_kernel_rss()
        print(
            f"peak resident memory: grade {peak_fast / 2**20:.0f} MiB ({workers} workers; one idle kernel "
            f"{kernel / 2**20:.0f} MiB, so {(peak_fast - workers * kernel) / 2**20:.0f} MiB above one kernel per "
            f"worker), plain nbgrader {peak_plain / 2**20:.0f} MiB"
        )
        for (a, s), (case, why, (x, y)) in sorted(expected.items()):
            print(f"  expected difference {a}/{s} ({case}): plain {x} vs grade {y}: {why}")
        if diff:
            print(f"SCORES DIFFER for {len(diff)} submissions (plain, grade):")
            for (a, s), (x, y) in sorted(diff.items()):
                print(f"  {a}/{s}: {x} vs {y}")
        else:
            print(f"scores agree for all {len(a_scores) - len(expected)} other submissions")
        (results / "last.json").write_text(
            json.dumps(
                {
                    "students": args.students,
                    "assignments": assignments,
                    "submissions": n,
                    "plain_seconds": t_plain,
                    "grade_seconds": t_fast,
                    "score_mismatches": len(diff),
                    "distinct": not args.identical,
                    "peak_rss_grade": peak_fast,
                    "peak_rss_plain": peak_plain,
                    "own_cpu_seconds_grade": cpu_fast,
                    "own_cpu_seconds_plain": cpu_plain,
                    "coordinator_seconds_per_notebook": coord,
                    "execution": {
                        a: {"executed": c, "wall": w, "cpu": u, "cell_cpu": cells}
                        for a, (c, w, u, cells) in timings.items()
                    },
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
