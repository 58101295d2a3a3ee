"""Shared fixtures: a scratch copy of the course in which every answer case is graded by real nbgrader.

Each case in ``answers/<assignment>/`` becomes a student (the case's name) of a temporary course;
one ``backprop-course grade`` batch (nbgrader's Autograde, parallel and sandboxed) grades them all.
"""

from __future__ import annotations

import functools
import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from backprop_course.answers import load_cases, read_notebook, test_cell_ids
from backprop_course.course import Course
from backprop_course.demo import answers_dir, write_submission
from backprop_course.grade import autograded_errors, grade
from backprop_course.release.build import build_release
from backprop_course.sandbox import probe_sandbox
from backprop_course.settings import GradingSettings

REPO = Path(__file__).resolve().parent.parent
os.environ["PATH"] = os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", "")


def selected_assignments() -> list[str]:
    """All assignments, or those named in $GRADER_TESTS_ASSIGNMENTS (comma-separated) for a quicker run."""
    chosen = [a for a in os.environ.get("GRADER_TESTS_ASSIGNMENTS", "").split(",") if a]
    return [a for a in Course(REPO).assignments() if not chosen or a in chosen]


def pytest_configure(config: pytest.Config) -> None:
    (REPO / "grader_tests" / "artifacts").mkdir(exist_ok=True)
    config.addinivalue_line("markers", "browser: end-to-end tests in headless chromium (test_browser.py)")
    config.addinivalue_line("markers", "audit: the audit's fixed-sample threshold check on the real assignments")


# `make test` runs the suite in two pytest-xdist workers: most tests wait on kernels, timeouts, servers and
# browsers, and one worker kept two cores 36% busy (23 minutes). A file's tests stay together in one worker (its
# module fixtures are built once, and tests that create system users or servers never run beside each other);
# the tests using the session fixture that grades every answer case (`graded_cases`, 10 to 14 minutes in CI) share
# a worker, so it is built once: all of the files named below, and the tests named below of other files (the rest
# of those files runs in the other worker, off the long path of the `graded_cases` one). A session fixture used
# by files of two groups (`demo_run`) may be built in both.
# (xdist's own `--dist loadgroup` ignores its marks under pytest 9: the nodeid suffix it relies on is not kept.)
SHARED_GROUPS = {
    "test_answer_cases.py": "graded_cases",
    "test_feedback.py": "graded_cases",
    "test_grading_engine.py::test_scores_equal_plain_nbgrader": "graded_cases",
    "test_grading_engine.py::test_manual_grades_and_comments_survive_a_forced_regrade": "graded_cases",
    "test_course_safety.py": "demo_run",
    "test_report.py": "demo_run",
}


def xdist_scope(nodeid: str) -> str:
    """The group of :data:`SHARED_GROUPS` a test runs in (its test's entry, else its file's), else its file."""
    path, _, test = nodeid.partition("::")
    name = Path(path).name
    return SHARED_GROUPS.get(f"{name}::{test.split('[', 1)[0]}", SHARED_GROUPS.get(name, path))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test using `graded_cases` is in its group of :data:`SHARED_GROUPS` (else each worker would build the
    fixture, doubling CI's longest step)."""
    stray = [
        i.nodeid
        for i in items
        if "graded_cases" in getattr(i, "fixturenames", ()) and xdist_scope(i.nodeid) != "graded_cases"
    ]
    if stray:
        raise pytest.UsageError(f"conftest.py: add these tests to SHARED_GROUPS as 'graded_cases': {stray}")


def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """xdist's per-file scheduling, with the files and tests of :data:`SHARED_GROUPS` scheduled together."""
    from xdist.scheduler import LoadScopeScheduling

    class FileGroupScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return xdist_scope(nodeid)

    return FileGroupScheduling(config, log)


@dataclass
class CellResult:
    score: float | None
    max_score: float
    message: str  # "ename: evalue" of every error output of the cell, joined


@dataclass
class GradedSubmission:
    total: float | None
    max_total: float
    cells: dict[str, CellResult] = field(default_factory=dict)


def read_results(course: Course, assignment: str, student: str) -> GradedSubmission | None:
    """Scores from the gradebook, failure messages from the autograded notebook; None if not graded."""
    return read_all_results(course, assignment, [student]).get(student)


def read_all_results(course: Course, assignment: str, students: list[str]) -> dict[str, GradedSubmission]:
    """:func:`read_results` of ``students`` (those graded), read in one query of the gradebook: nbgrader's own
    score and max score of every grade (``Grade.score``, ``Grade.max_score``), summed per submission as
    ``SubmittedNotebook.score`` sums them (an assignment here has one notebook)."""
    from nbgrader.api import Assignment, BaseCell, Grade, Gradebook, Student, SubmittedAssignment, SubmittedNotebook

    wanted = set(students)
    results: dict[str, GradedSubmission] = {}
    with Gradebook(course.db_url, "backprop") as gb:
        rows = (
            gb.db.query(Student.id, BaseCell.name, Grade.auto_score, Grade.score, Grade.max_score)
            .select_from(Grade)
            .join(BaseCell, Grade.cell_id == BaseCell.id)
            .join(SubmittedNotebook, Grade.notebook_id == SubmittedNotebook.id)
            .join(SubmittedAssignment, SubmittedNotebook.assignment_id == SubmittedAssignment.id)
            .join(Student, SubmittedAssignment.student_id == Student.id)
            .join(Assignment, SubmittedAssignment.assignment_id == Assignment.id)
            .filter(Assignment.name == assignment)
            .all()
        )
    for student, cell, auto_score, score, max_score in rows:
        if student not in wanted:
            continue
        result = results.setdefault(student, GradedSubmission(0.0, 0.0))
        result.total += score or 0.0
        result.max_total += max_score or 0.0
        result.cells[cell] = CellResult(auto_score, max_score, "")
    for student, result in results.items():
        errors = autograded_errors(course, assignment, student)
        for grade_id, cell_result in result.cells.items():
            cell_result.message = errors.get(grade_id, "")
    return results


@pytest.fixture(scope="session")
def repo_course() -> Course:
    return Course(REPO)


@pytest.fixture(scope="session")
def graded_cases(tmp_path_factory: pytest.TempPathFactory, repo_course: Course):
    """``{(assignment, case): GradedSubmission}`` for every answer case of every assignment."""
    course = repo_course.copy_to(tmp_path_factory.mktemp("cases") / "course")
    (course.root / "answers").symlink_to(answers_dir(repo_course))
    # GenerateAssignment records the assignments in the scratch gradebook.
    build_release(course, selected_assignments(), with_solutions=False)
    results = {}
    for assignment in selected_assignments():
        for name in load_cases(answers_dir(course), assignment):
            write_submission(course, name, assignment, name)
    # one batch for all assignments with the course's engine (sandboxed when possible); equality with
    # plain nbgrader is proven in test_grading_engine.py
    grade(course, selected_assignments(), settings=GradingSettings(sandbox=probe_sandbox() is None))
    for assignment in selected_assignments():
        names = list(load_cases(answers_dir(course), assignment))
        graded = read_all_results(course, assignment, names)
        for name in names:
            results[(assignment, name)] = graded.get(name)
    return course, results


def all_cases() -> list[tuple[str, str]]:
    return [(a, c) for a in selected_assignments() for c in load_cases(answers_dir(Course(REPO)), a)]


@functools.cache
def source_test_ids(assignment: str) -> list[str]:
    """The master's test cells (read once per run: each of the 1,668 case tests asks)."""
    return test_cell_ids(read_notebook(REPO / "source" / assignment / f"{assignment}.ipynb"))


@dataclass
class DemoRun:
    """A scratch course with real grading data (a graded submission, a manual grade, a comment), the
    snapshot of its files taken before ``backprop-course demo`` ran on it, and the demo course it made."""

    course: Course
    before: dict[str, bytes]
    demo: Course


def course_files(root: Path, skip: str = "demo") -> dict[str, bytes]:
    """Every file under ``root`` (but ``skip/``), by relative path, with its bytes."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.relative_to(root).parts[0] != skip
    }


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory: pytest.TempPathFactory, repo_course: Course) -> DemoRun:
    """``backprop-course demo`` on a scratch copy of the course that holds grading data of its own."""
    from nbgrader.api import Gradebook

    from backprop_course.cli import main

    course = repo_course.copy_to(tmp_path_factory.mktemp("demo") / "course")
    (course.root / "answers").symlink_to(answers_dir(repo_course))
    (course.root / "autograded").mkdir()
    shutil.copy2(REPO / "autograded" / "README.md", course.root / "autograded" / "README.md")  # tracked in git
    a = "tanh_mlp" if "tanh_mlp" in course.assignments() else course.assignments()[0]
    build_release(course, [a], with_solutions=False)
    write_submission(course, "ada", a, "reference")
    grade(course, [a], settings=GradingSettings(sandbox=probe_sandbox() is None))
    with Gradebook(course.db_url, course.course_id) as gb:
        nb = gb.find_submission_notebook(a, a, "ada")
        nb.grades[0].manual_score = 0.5
        nb.comments[0].manual_comment = "see me in office hours"
        gb.db.commit()
    before = course_files(course.root)
    assert main(["--course", str(course.root), "demo"]) == 0
    return DemoRun(course, before, Course(course.root / "demo"))


@pytest.fixture(scope="session")
def demo_course(demo_run: DemoRun) -> Course:
    """The demo course ``backprop-course demo`` built (release, demo class, grade, feedback, report)."""
    return demo_run.demo
