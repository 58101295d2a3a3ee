"""``backprop-course``: the verbs instructors and TAs use (see README.md)."""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import sys
from pathlib import Path

from .course import Course
from .settings import GradingSettings


def _release(args: argparse.Namespace, course: Course) -> int:
    if args.student_kit:
        return _student_kits(args.assignment or None, course)
    from .release.build import ReleaseRefused, build_release

    try:
        built = build_release(course, args.assignment or None, force=args.force)
    except ReleaseRefused as e:
        print(f"release: {e}", file=sys.stderr)
        return 2
    print(f"built release/ and solutions/ for: {', '.join(built)}")
    return 0


def _student_kits(assignments: list[str] | None, course: Course) -> int:
    from .release.kit import KitRefused, build_student_kits

    try:
        kits = build_student_kits(course, assignments)
    except KitRefused as e:
        print(f"release --student-kit: {e}", file=sys.stderr)
        return 2
    for kit in kits:
        print(f"wrote {kit.relative_to(course.root)} ({kit.stat().st_size / 1024:.0f} kB)")
    print("student kits of release/ as built (after editing source/, run `make release` first)")
    return 0


def _lab(args: argparse.Namespace, course: Course) -> int:
    from .lab import run_lab

    if args.student and not (course.student_lab_dir / args.student).is_dir():
        if not (course.kits_dir / f"{args.student}.zip").is_file():
            code = _student_kits([args.student], course)  # the first time: the kit to copy
            if code:
                return code
    return run_lab(course, args.ip, args.port, student=args.student)


def _check_release(args: argparse.Namespace, course: Course) -> int:
    from .release.build import find_drift

    drift = find_drift(course, args.assignment or None)
    for line in drift:
        print(line)
    print("release/ and solutions/ are in sync with source/" if not drift else f"{len(drift)} file(s) drifted")
    return 1 if drift else 0


def grading_settings(args: argparse.Namespace) -> GradingSettings:
    """The settings the grade options ask for (defaults: :class:`~backprop_course.settings.GradingSettings`)."""
    defaults = GradingSettings()
    limits = dataclasses.replace(defaults.limits, memory_mb=args.memory_mb, processes=args.max_processes)
    return GradingSettings(
        workers=args.workers or defaults.workers,
        cell_timeout=args.timeout,
        sandbox=not args.no_sandbox,
        limits=limits,
        force=args.force,
    )


def _grade(args: argparse.Namespace, course: Course) -> int:
    from .grade import GradeRefused, grade
    from .grade.engine import select_submissions
    from .grade.gradebook import GradebookAccess

    settings = grading_settings(args)
    if settings.force and (course.gradebook.exists() or not course.db_url.startswith("sqlite")):
        selected = select_submissions(course, args.assignment or None, args.student)
        manual = GradebookAccess(course, course.nbgrader_config()).manual_work(selected)
        question = (
            f"{len(manual)} of the submissions to regrade hold manual grades or comments (e.g. "
            f"{', '.join(f'{s}/{a}' for a, s in manual[:3])}). They are kept, but nbgrader marks the cells to "
            "be looked at again. Regrade them all?"
        )
        if manual and not confirm(question, args.yes):
            return 1
    try:
        if getattr(args, "cluster", None):  # only then is Dask imported
            from .grade.cluster import grade_on_cluster

            summary = grade_on_cluster(
                course, args.assignment or None, args.student, settings, cluster=args.cluster, progress=sys.stderr
            )
        else:
            summary = grade(course, args.assignment or None, args.student, settings, progress=sys.stderr)
    except GradeRefused as e:
        print(f"grade: {e}", file=sys.stderr)
        return 2
    print(summary.format())
    return 1 if summary.errors else 0


def _add_grade_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        help="submissions graded at once (default: one per core); with --cluster local: Dask worker processes",
    )
    p.add_argument(
        "--cluster",
        metavar="ADDRESS",
        default=None,
        help="execute notebooks on a Dask cluster: a scheduler address (tcp://host:8786), or 'local' to start "
        "a LocalCluster of --workers processes; the gradebook and autograded/ are written here",
    )
    p.add_argument("--timeout", type=int, default=None, help="per-cell time limit, s (default: Execute.timeout)")
    p.add_argument("--force", action="store_true", help="regrade submissions that were already graded")
    p.add_argument("--yes", action="store_true", help="do not ask before regrading over manual grades")
    p.add_argument("--no-sandbox", action="store_true", help="run student code WITHOUT the sandbox (trusted code only)")
    limits = GradingSettings().limits
    p.add_argument(
        "--memory-mb", type=int, default=limits.memory_mb, help=f"memory cap per kernel (default: {limits.memory_mb})"
    )
    p.add_argument(
        "--max-processes",
        type=int,
        default=limits.processes,
        help=f"process/thread cap per kernel (default: {limits.processes})",
    )


def _feedback(args: argparse.Namespace, course: Course) -> int:
    from .report.feedback import generate_feedback

    for assignment in args.assignment or course.assignments():
        generate_feedback(course, assignment, args.student)
    print(f"feedback written to {course.feedback_dir}")
    return 0


def _report(args: argparse.Namespace, course: Course) -> int:
    from .grade import load_records
    from .report.grades import cell_rows, format_table, write_grades_csv, write_html_report, write_long_csv

    out = course.reports_dir
    similar = write_html_report(course, out, getattr(args, "threshold", None))
    flags: dict[str, list[str]] = {}
    for assignment, pairs in similar.items():
        for p in pairs:
            for me, other in ((p.student_a, p.student_b), (p.student_b, p.student_a)):
                flags.setdefault(me, []).append(f"{assignment}: code similar to {other}'s ({p.similarity:.0%})")
    for rec in load_records(course):  # what grading flagged for review: tampering, hangs, caps, bad files
        flags.setdefault(rec.student, []).extend(f"{rec.assignment}: {flag}" for flag in rec.flags)
    grades = write_grades_csv(course, course.grades_csv, flags)
    long = write_long_csv(cell_rows(course), course.grades_long_csv)
    print(format_table(course))
    print(f"\nwrote {grades}, {long} and {out / 'index.html'}")
    return 0


def _demo(args: argparse.Namespace, course: Course) -> int:
    from .demo import DemoRefused, demo_course, make_demo_class
    from .release.build import build_release

    try:
        demo = demo_course(course, args.dir or course.root / "demo")
    except DemoRefused as e:
        print(f"demo: {e}", file=sys.stderr)
        return 2
    build_release(demo, with_solutions=False)
    made = make_demo_class(demo)
    print(f"demo class: {len(made)} students in {demo.submitted_dir}")
    everyone = argparse.Namespace(assignment=[], student="*")
    grade_args = ["grade", *(["--no-sandbox"] if args.no_sandbox else [])]
    code = _grade(build_parser().parse_args(grade_args), demo)
    _feedback(everyone, demo)
    code = _report(everyone, demo) or code
    print(f"\nthe demo course (its gradebook, autograded/, feedback/, reports/): {demo.root}")
    return code


def confirm(question: str, yes: bool) -> bool:
    """True with ``--yes``; else ask on a terminal; else (a script without --yes) refuse, saying how to proceed."""
    if yes:
        return True
    if sys.stdin.isatty():
        return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")
    print(f"{question}\nNot on a terminal: pass --yes to go ahead.", file=sys.stderr)
    return False


def _clean(args: argparse.Namespace, course: Course) -> int:
    doomed = [p for p in course.generated() if p.exists()]
    keep = {course.autograded_dir / "README.md"}  # tracked in git
    if not doomed:
        print("nothing to clean")
        return 0
    question = "Delete all grading data of this course (manual grades and comments included)?\n" + "".join(
        f"  {p.relative_to(course.root)}\n" for p in doomed
    )
    if not confirm(question.rstrip(), args.yes):
        return 1
    for p in doomed:
        if p.is_dir():
            for child in p.iterdir():
                if child not in keep:
                    shutil.rmtree(child) if child.is_dir() and not child.is_symlink() else child.unlink()
            if not any(p.iterdir()):
                p.rmdir()
        else:
            p.unlink()
    print(f"removed {len(doomed)} paths")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="backprop-course", description=__doc__)
    parser.add_argument("--course", type=Path, default=None, help="course root (default: found from cwd)")
    verbs = parser.add_subparsers(dest="verb", required=True)

    p = verbs.add_parser("release", help="regenerate release/ and solutions/ from source/")
    p.add_argument("assignment", nargs="*", help="assignments to build (default: all)")
    p.add_argument("--force", action="store_true", help="overwrite generated notebooks changed by hand")
    p.add_argument(
        "--student-kit",
        action="store_true",
        help="instead: write dist/<assignment>.zip per assignment from release/ as built (notebook, checker "
        "wheel, README; never a solution or hidden test)",
    )
    p.set_defaults(run=_release)

    p = verbs.add_parser(
        "grade", help="autograde submitted/ into the gradebook and autograded/ (parallel, sandboxed, resumable)"
    )
    p.add_argument("assignment", nargs="*", help="assignments to grade (default: all)")
    p.add_argument("--student", default="*", help="student id or glob (default: all)")
    _add_grade_options(p)
    p.set_defaults(run=_grade)

    p = verbs.add_parser("feedback", help="write feedback/ HTML (no hidden tests) from autograded/")
    p.add_argument("assignment", nargs="*", help="assignments (default: all)")
    p.add_argument("--student", default="*", help="student id or glob (default: all)")
    p.set_defaults(run=_feedback)

    p = verbs.add_parser("report", help="grades.csv, grades_long.csv, reports/ (plots, diagnoses, similarity)")
    p.add_argument("--threshold", type=float, default=None, help="similarity threshold (default 0.6)")
    p.set_defaults(run=_report)

    p = verbs.add_parser(
        "demo", help="in its own course directory (demo/): release, the demo class, grade, feedback, report"
    )
    p.add_argument("--dir", type=Path, default=None, help="the demo course's directory (default: demo/ in the course)")
    p.add_argument("--no-sandbox", action="store_true", help="grade the demo class without the sandbox")
    p.set_defaults(run=_demo)

    p = verbs.add_parser("clean", help="delete the course's grading data (asks first; --yes for scripts)")
    p.add_argument("--yes", action="store_true", help="do not ask")
    p.set_defaults(run=_clean)

    p = verbs.add_parser("lab", help="JupyterLab on the course (make lab); --student A: only a working copy of A's kit")
    p.add_argument(
        "--student",
        metavar="ASSIGNMENT",
        default=None,
        help="serve only student-lab/ASSIGNMENT/, a working copy of dist/ASSIGNMENT.zip (built if missing), made once "
        "and kept",
    )
    p.add_argument("--ip", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=0, help="port (default: the first free from 8888)")
    p.set_defaults(run=_lab)

    p = verbs.add_parser("check-release", help="fail if release/ or solutions/ differ from a fresh build")
    p.add_argument("assignment", nargs="*", help="assignments to check (default: all)")
    p.set_defaults(run=_check_release)

    from .audit.cli import add_parser as add_audit_parser

    add_audit_parser(verbs)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    course = Course.find(args.course)
    return args.run(args, course)


if __name__ == "__main__":
    sys.exit(main())
