"""``backprop-course``: the verbs instructors and TAs use (see README.md)."""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import sys
from pathlib import Path

from .course import Course
from .settings import GradingSettings

# jsonschema (under nbformat) imports rfc3987-syntax when it is installed (jupyter-events asks for it), which
# compiles a Lark grammar for IRIs at import: 1.2 CPU-s per process, for a format that no schema checked here
# uses (nbformat's, nbgrader's). The verbs' processes go without it; jsonschema then skips only "iri" checks.
sys.modules.setdefault("rfc3987_syntax", None)


def _release(args: argparse.Namespace, course: Course) -> int:
    if args.student_kit:
        return _student_kits(args.assignment or None, course)
    from .release.build import ReleaseRefused, build_release

    if not args.no_check and _check_source(args, course, verb="release") != 0:
        print("release: nothing written: check-source found problems (above). Fix them, or release with --no-check")
        return 1
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


def _check_source(args: argparse.Namespace, course: Course, verb: str = "check-source") -> int:
    from .release.check_source import (
        CELL_TIMEOUT,
        check_source,
        format_reports,
        passed_unchanged,
        record_passed,
        source_fingerprint,
    )

    settings = GradingSettings(
        workers=getattr(args, "workers", None) or GradingSettings().workers,
        cell_timeout=CELL_TIMEOUT,
        sandbox=not getattr(args, "no_sandbox", False),
    )
    names = args.assignment or course.assignments()
    if verb == "release":  # a master that passed, with nothing it depends on changed since, is not checked again
        unchanged = passed_unchanged(course, names)
        if unchanged:
            print(f"check-source: {', '.join(unchanged)} passed and did not change since (.check-source.json)")
        names = [a for a in names if a not in unchanged]
        if not names:
            return 0
    fingerprints = {a: source_fingerprint(course, a) for a in names if a in course.assignments()}
    try:
        reports = check_source(course, names, settings=settings, progress=sys.stderr)
    except ValueError as e:
        print(f"{verb}: {e}", file=sys.stderr)
        return 2
    record_passed(course, reports, fingerprints)
    print(format_reports(reports))
    return 0 if all(r.ok for r in reports) else 1


def _new(args: argparse.Namespace, course: Course) -> int:
    from .release.scaffold import ScaffoldRefused, new_assignment

    try:
        written = new_assignment(course, args.name, args.from_assignment)
    except ScaffoldRefused as e:
        print(f"new: {e}", file=sys.stderr)
        return 2
    for path in written:
        print(f"wrote {path.relative_to(course.root)}")
    print(
        f"next: edit source/{args.name}/{args.name}.ipynb (jupyter lab), then `backprop-course check-source "
        f"{args.name}` and `backprop-course release {args.name}` (README.md, 'Adding an assignment')"
    )
    return 0


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
    from .sandbox.forkserver import close_early, launch_early

    if not getattr(args, "cluster", None):
        launch_early()  # the kernels' fork server imports its modules while this process imports nbgrader's
    try:
        return _grade_here(args, course)
    finally:
        close_early()


def _grade_here(args: argparse.Namespace, course: Course) -> int:
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
                course,
                args.assignment or None,
                args.student,
                settings,
                cluster=args.cluster,
                progress=sys.stderr,
                claim_seconds=args.claim_seconds,
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
        help="grade on a Dask cluster: a scheduler address (tcp://host:8786), or 'local' to start a LocalCluster "
        "of --workers processes; workers grade, the gradebook and autograded/ are written here in batches",
    )
    p.add_argument(
        "--claim-seconds",
        type=float,
        default=60.0,
        help="with --cluster and a PostgreSQL gradebook (several coordinators may run at once): how long a "
        "coordinator's claim on a submission holds without renewal, i.e. how long a killed coordinator's "
        "submissions wait for another run (default: 60)",
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
    from .report.grades import cell_rows, format_table, write_grades_csv, write_html_report, write_long_csv

    out = course.reports_dir
    similar = write_html_report(course, out, getattr(args, "threshold", None), getattr(args, "formgrader_url", None))
    grades = write_grades_csv(course, course.grades_csv, similar)  # flags: the records' findings and `similar`
    long = write_long_csv(cell_rows(course), course.grades_long_csv)
    print(format_table(course, similar))
    print(f"\nwrote {grades}, {long} and {out / 'index.html'}")
    if getattr(args, "lms", None):
        return _lms_grades(args, course)
    return 0


def _lms_grades(args: argparse.Namespace, course: Course) -> int:
    from .report.lms import write_lms_grades
    from .roster import RosterError, find_roster

    columns = {}
    for spec in args.lms_column:
        assignment, sep, header = spec.partition("=")
        if not sep or assignment not in course.assignments():
            print(f"report: --lms-column {spec!r}: expected ASSIGNMENT=LMS_COLUMN_NAME", file=sys.stderr)
            return 2
        columns[assignment] = header
    try:
        roster = find_roster(course.root, args.roster)
    except (RosterError, FileNotFoundError) as e:
        print(f"report: {e}", file=sys.stderr)
        return 2
    written = write_lms_grades(course, args.lms, args.lms_file, roster, columns, args.moodle_identifier)
    print(written.format())
    return 0


def _collect(args: argparse.Namespace, course: Course) -> int:
    from .collect import CollectRefused, collect_submissions
    from .roster import RosterError, default_roster_path, find_roster

    try:
        roster = find_roster(course.root, args.roster)
        if roster is None:
            print(
                f"collect: no roster: pass --roster or put one at {default_roster_path(course.root)} "
                "(student_id and the students' LMS names or Canvas ids; see README.md)",
                file=sys.stderr,
            )
            return 2
        summary = collect_submissions(course, args.assignment, args.archive, roster, args.lms)
    except (CollectRefused, RosterError, FileNotFoundError) as e:
        print(f"collect: {e}", file=sys.stderr)
        return 2
    print(summary.format())
    return 0


def _validate(args: argparse.Namespace, course: Course | None) -> int:
    from .report.validation import validate_notebook

    if not args.notebook.is_file():
        print(f"validate: no notebook {args.notebook}", file=sys.stderr)
        return 2
    try:  # the course's nbgrader configuration when the notebook is in one (kernels, time limits), else nbgrader's
        config = Course.find(args.notebook.resolve().parent).nbgrader_config()
    except FileNotFoundError:
        config = None
    summary = validate_notebook(args.notebook, config)
    print(summary.format(full=args.full))
    return 0 if summary.ok else 1


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
    p.add_argument("--no-check", action="store_true", help="do not run check-source first (not recommended)")
    p.add_argument("--no-sandbox", action="store_true", help="check-source: grade the master without the sandbox")
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

    p = verbs.add_parser(
        "collect", help="import an LMS bulk download (Canvas, Moodle) into submitted/ (nbgrader zip_collect, safely)"
    )
    p.add_argument("assignment", help="the assignment the archive holds submissions of")
    p.add_argument("archive", type=Path, help="the LMS's 'download all submissions' zip")
    p.add_argument(
        "--roster", type=Path, default=None, help="roster CSV: student ids and LMS identities (default: roster.csv)"
    )
    p.add_argument(
        "--lms", choices=["auto", "canvas", "moodle"], default="auto", help="the archive's LMS (default: guessed)"
    )
    p.set_defaults(run=_collect)

    p = verbs.add_parser("report", help="grades.csv, grades_long.csv, reports/ (plots, diagnoses, similarity)")
    p.add_argument("--threshold", type=float, default=None, help="similarity threshold (default 0.6)")
    p.add_argument(
        "--formgrader-url",
        default=None,
        help="formgrader's address in the report's links (default: make lab's, http://127.0.0.1:8888/formgrader)",
    )
    p.add_argument(
        "--lms",
        choices=["canvas", "moodle", "plain"],
        default=None,
        help="also write grades_<lms>.csv as that LMS's gradebook import reads it (and grades_<lms>_pending.csv)",
    )
    p.add_argument(
        "--roster", type=Path, default=None, help="roster CSV with the students' LMS ids (default: roster.csv)"
    )
    p.add_argument(
        "--lms-column",
        action="append",
        default=[],
        metavar="ASSIGNMENT=NAME",
        help="the LMS's column for an assignment, e.g. 'tanh_mlp=Homework 1 (4711)' (default: the assignment's name)",
    )
    p.add_argument(
        "--moodle-identifier",
        choices=["username", "id_number", "email"],
        default="username",
        help="the user field that identifies students in the Moodle file (default: username)",
    )
    p.add_argument("--lms-file", type=Path, default=None, help="where to write it (default: grades_<lms>.csv)")
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

    p = verbs.add_parser(
        "validate", help="run a notebook's tests as nbgrader validate does: a one-line summary, then a line per test"
    )
    p.add_argument("notebook", type=Path, help="the notebook to validate (e.g. student-lab/tanh_mlp/tanh_mlp.ipynb)")
    p.add_argument("--full", action="store_true", help="also print the whole error of each failing test")
    p.set_defaults(run=_validate, needs_course=False)

    p = verbs.add_parser("check-release", help="fail if release/ or solutions/ differ from a fresh build")
    p.add_argument("assignment", nargs="*", help="assignments to check (default: all)")
    p.set_defaults(run=_check_release)

    p = verbs.add_parser(
        "check-source",
        help="check the masters' tests with the real grader: model solution full marks, blank release 0, the "
        "student names each test cell calls, a sample of mutants caught",
    )
    p.add_argument("assignment", nargs="*", help="assignments to check (default: all)")
    p.add_argument("--workers", type=int, default=None, help="submissions graded at once (default: one per core)")
    p.add_argument("--no-sandbox", action="store_true", help="grade without the sandbox (the master is course code)")
    p.set_defaults(run=_check_source)

    p = verbs.add_parser("new", help="scaffold a new assignment: source/<name>/<name>.ipynb and answers/<name>/")
    p.add_argument("name", help="the assignment's name (letters, digits, _; e.g. relu_layer)")
    p.add_argument(
        "--from",
        dest="from_assignment",
        metavar="ASSIGNMENT",
        default=None,
        help="copy an existing master (and its checks module) under the new name instead of the template",
    )
    p.set_defaults(run=_new)

    from .audit.cli import add_parser as add_audit_parser

    add_audit_parser(verbs)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    course = Course.find(args.course) if getattr(args, "needs_course", True) else None  # validate: any notebook
    return args.run(args, course)


if __name__ == "__main__":
    sys.exit(main())
