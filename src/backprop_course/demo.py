"""The bundled demo class, graded in a course directory of its own.

:func:`demo_course` copies the course's definition (``nbgrader_config.py``, ``source/``,
``answers/``) into a separate directory (``demo/`` by default, git-ignored), marked as a demo; the demo
builds its release, writes its class and grades it there, with the verbs a TA uses. The real
course's ``submitted/``, ``gradebook.db``, ``autograded/``, ``feedback/``, ``grade_records/``, reports
and CSVs are never read or written.

Each assignment's ``answers/<assignment>/demo.toml`` maps a demo student to the case they submit
(see :mod:`backprop_course.answers`), or to one of the broken submissions below. A student an
assignment's roster does not name did not submit that assignment. An assignment without a
``demo.toml`` gets :func:`default_roster`: the model solution, each of its answer cases once, and
the blank release.
"""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import nbformat

from .answers import BUILTIN_CASES, fill_notebook, load_cases, read_notebook
from .course import Course

# Submissions that are broken as files, not as code.
BROKEN = {
    "!corrupt-json": "the notebook file is cut off half-way (invalid JSON)",
    "!empty-file": "the notebook file is empty (0 bytes)",
    "!wrong-name": "the notebook was renamed before submitting",
}
SUBMISSION_TIME = "2026-03-09 22:00:00 UTC"
DEMO_CLASS = ("ada", "ben", "cleo", "dev", "eli", "fay", "gus", "hana")  # the students of the bundled demo.toml
DEMO_MARKER = ".backprop-course-demo"  # in a directory demo_course made (and may replace)


class DemoRefused(RuntimeError):
    """The demo's directory exists and is not a demo course: it is not touched."""


def demo_course(course: Course, dest: Path) -> Course:
    """A fresh demo course at ``dest``: the course's definition and answer cases, no grading data.

    ``dest`` must not exist, or be a demo course made earlier (which is replaced).
    """
    dest = dest.resolve()
    if dest == course.root or course.root.is_relative_to(dest):
        raise DemoRefused(f"{dest} holds the course itself")
    if dest.exists():
        if not (dest / DEMO_MARKER).is_file():
            raise DemoRefused(f"{dest} exists and is not a demo course made by `backprop-course demo`: not touching it")
        shutil.rmtree(dest)
    demo = course.copy_to(dest, with_generated=False)
    if course.answers_dir.is_dir():
        shutil.copytree(course.answers_dir, demo.answers_dir)
    (dest / DEMO_MARKER).write_text(f"a demo of the course at {course.root}; `backprop-course demo` replaces it\n")
    return demo


def answers_dir(course: Course) -> Path:
    return course.root / "answers"


def demo_roster(course: Course, assignment: str) -> dict[str, str]:
    """``{student: case}`` for one assignment: its ``demo.toml``, else :func:`default_roster`."""
    path = answers_dir(course) / assignment / "demo.toml"
    if not path.is_file():
        return default_roster(course, assignment)
    with path.open("rb") as f:
        return {str(k): str(v) for k, v in tomllib.load(f).items()}


def default_roster(course: Course, assignment: str) -> dict[str, str]:
    """The demo roster of an assignment without ``demo.toml``: students of :data:`DEMO_CLASS` in turn submit
    the model solution, each answer case once (bugs, then alternatives, then the others), and the blank release."""
    cases = load_cases(answers_dir(course), assignment)
    own = [name for name in cases if name not in BUILTIN_CASES]
    rank = {"bug": 0, "alt": 1}
    ordered = sorted(own, key=lambda name: rank.get(cases[name].kind, 2))
    chosen = ["reference", *ordered[: len(DEMO_CLASS) - 2], "blank"]
    return dict(zip(DEMO_CLASS, chosen, strict=False))


def write_submission(course: Course, student: str, assignment: str, case_name: str) -> Path:
    """Write ``submitted/<student>/<assignment>/`` for one case; returns the folder."""
    folder = course.submitted_dir / student / assignment
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    (folder / "timestamp.txt").write_text(SUBMISSION_TIME + "\n")
    release_nb = read_notebook(course.release_dir / assignment / f"{assignment}.ipynb")
    target = folder / f"{assignment}.ipynb"
    if case_name in BROKEN:
        text = nbformat.writes(release_nb)
        if case_name == "!corrupt-json":
            target.write_text(text[: len(text) // 2])
        elif case_name == "!empty-file":
            target.write_bytes(b"")
        else:
            nbformat.write(release_nb, folder / f"{assignment}_final (1).ipynb")
        return folder
    cases = load_cases(answers_dir(course), assignment)
    if case_name not in cases:
        raise KeyError(f"no case {case_name!r} for {assignment}; known: {sorted(cases)} and {sorted(BROKEN)}")
    source_nb = read_notebook(course.source_dir / assignment / f"{assignment}.ipynb")
    nbformat.write(fill_notebook(release_nb, source_nb, cases[case_name]), target)
    return folder


def make_demo_class(course: Course) -> dict[str, dict[str, str]]:
    """Replace ``submitted/`` with the demo class; returns ``{student: {assignment: case}}``."""
    shutil.rmtree(course.submitted_dir, ignore_errors=True)
    made: dict[str, dict[str, str]] = {}
    for assignment in course.assignments():
        for student, case_name in demo_roster(course, assignment).items():
            write_submission(course, student, assignment, case_name)
            made.setdefault(student, {})[assignment] = case_name
    return made
