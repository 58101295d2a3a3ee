"""The bundled demo class: submissions built from ``answers/`` into ``submitted/``.

Each assignment's ``answers/<assignment>/demo.toml`` maps a demo student to the case they submit
(see :mod:`backprop_course.answers`), or to one of the broken submissions below. A student an
assignment's roster does not name did not submit that assignment.
"""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import nbformat

from .answers import fill_notebook, load_cases, read_notebook
from .course import Course

# Submissions that are broken as files, not as code.
BROKEN = {
    "!corrupt-json": "the notebook file is cut off half-way (invalid JSON)",
    "!empty-file": "the notebook file is empty (0 bytes)",
    "!wrong-name": "the notebook was renamed before submitting",
}
SUBMISSION_TIME = "2026-03-09 22:00:00 UTC"


def answers_dir(course: Course) -> Path:
    return course.root / "answers"


def demo_roster(course: Course, assignment: str) -> dict[str, str]:
    """``{student: case}`` for one assignment (empty when it has no ``demo.toml``)."""
    path = answers_dir(course) / assignment / "demo.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as f:
        return {str(k): str(v) for k, v in tomllib.load(f).items()}


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
