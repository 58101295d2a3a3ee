"""``backprop-course``: the verbs instructors and TAs use (see README.md)."""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from .course import Course


def _release(args: argparse.Namespace, course: Course) -> int:
    from .build import build_release

    built = build_release(course, args.assignment or None)
    print(f"built release/ and solutions/ for: {', '.join(built)}")
    return 0


def _check_release(args: argparse.Namespace, course: Course) -> int:
    from .build import find_drift

    drift = find_drift(course, args.assignment or None)
    for line in drift:
        print(line)
    print("release/ and solutions/ are in sync with source/" if not drift else f"{len(drift)} file(s) drifted")
    return 1 if drift else 0


def _grade(args: argparse.Namespace, course: Course) -> int:
    from .grading import grade_with_nbgrader

    failed = 0
    for assignment in args.assignment or course.assignments():
        errors = grade_with_nbgrader(course, assignment, args.student)
        failed += sum("There was an error processing assignment '" in e for e in errors)
    print(f"graded; {failed} submission(s) could not be autograded (see the report's notes)")
    return 0


def _feedback(args: argparse.Namespace, course: Course) -> int:
    from .feedback import generate_feedback

    for assignment in args.assignment or course.assignments():
        generate_feedback(course, assignment, args.student)
    print(f"feedback written to {course.feedback_dir}")
    return 0


def _report(args: argparse.Namespace, course: Course) -> int:
    from .report import cell_rows, format_table, write_grades_csv, write_html_report, write_long_csv

    out = course.root / "reports"
    similar = write_html_report(course, out, getattr(args, "threshold", None))
    flags: dict[str, list[str]] = {}
    for assignment, pairs in similar.items():
        for p in pairs:
            for me, other in ((p.student_a, p.student_b), (p.student_b, p.student_a)):
                flags.setdefault(me, []).append(f"{assignment}: code similar to {other}'s ({p.similarity:.0%})")
    grades = write_grades_csv(course, course.root / "grades.csv", flags)
    long = write_long_csv(cell_rows(course), course.root / "grades_long.csv")
    print(format_table(course))
    print(f"\nwrote {grades}, {long} and {out / 'index.html'}")
    return 0


def _demo(args: argparse.Namespace, course: Course) -> int:
    from .build import build_release
    from .demo import make_demo_class

    # A fresh start: the demo's gradebook, autograded/ and feedback/ are rebuilt from nothing.
    course.gradebook.unlink(missing_ok=True)
    shutil.rmtree(course.autograded_dir, ignore_errors=True)
    shutil.rmtree(course.feedback_dir, ignore_errors=True)
    build_release(course)
    made = make_demo_class(course)
    print(f"demo class: {len(made)} students in {course.submitted_dir}")
    everyone = argparse.Namespace(assignment=[], student="*")
    _grade(everyone, course)
    _feedback(everyone, course)
    return _report(everyone, course)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="backprop-course", description=__doc__)
    parser.add_argument("--course", type=Path, default=None, help="course root (default: found from cwd)")
    verbs = parser.add_subparsers(dest="verb", required=True)

    p = verbs.add_parser("release", help="regenerate release/ and solutions/ from source/")
    p.add_argument("assignment", nargs="*", help="assignments to build (default: all)")
    p.set_defaults(run=_release)

    p = verbs.add_parser("grade", help="autograde submitted/ into the gradebook and autograded/")
    p.add_argument("assignment", nargs="*", help="assignments to grade (default: all)")
    p.add_argument("--student", default="*", help="student id or glob (default: all)")
    p.set_defaults(run=_grade)

    p = verbs.add_parser("feedback", help="write feedback/ HTML (no hidden tests) from autograded/")
    p.add_argument("assignment", nargs="*", help="assignments (default: all)")
    p.add_argument("--student", default="*", help="student id or glob (default: all)")
    p.set_defaults(run=_feedback)

    p = verbs.add_parser("report", help="grades.csv, grades_long.csv, reports/ (plots, diagnoses, similarity)")
    p.add_argument("--threshold", type=float, default=None, help="similarity threshold (default 0.6)")
    p.set_defaults(run=_report)

    p = verbs.add_parser("demo", help="release, build the demo class, grade it, feedback, report")
    p.set_defaults(run=_demo)

    p = verbs.add_parser("check-release", help="fail if release/ or solutions/ differ from a fresh build")
    p.add_argument("assignment", nargs="*", help="assignments to check (default: all)")
    p.set_defaults(run=_check_release)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    course = Course.find(args.course)
    return args.run(args, course)


if __name__ == "__main__":
    sys.exit(main())
