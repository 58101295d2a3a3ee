"""The few gradebook reads and writes the engine does itself (everything else is nbgrader's Autograde).

Transient database errors (SQLite's "database is locked" while formgrader saves a grade, a
PostgreSQL serialization failure or dropped connection) are retried with backoff for at most
``GradingSettings.gradebook_wait_seconds`` (:func:`retrying`); then :class:`GradebookUnavailable`
says why, and the engine stops the run with nothing final recorded for the submission in hand.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from nbgrader.api import Gradebook, MissingEntry
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from ..course import Course

T = TypeVar("T")


class GradebookUnavailable(RuntimeError):
    """The gradebook stayed locked or unreachable for longer than grading may wait."""


def describe_db_error(e: OperationalError) -> str:
    """What a database error means for a TA (by the driver's error code, not its text)."""
    orig = getattr(e, "orig", None)
    if getattr(orig, "sqlite_errorcode", None) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return "the gradebook is locked by another process (formgrader saving a grade, another nbgrader command?)"
    if getattr(orig, "sqlstate", None) == "40001":
        return "the gradebook reported a serialization failure (another process wrote the same rows)"
    return f"the gradebook could not be reached ({type(orig or e).__name__})"


def retrying(action: Callable[[], T], wait_seconds: float, failed: Callable[[], OperationalError | None]) -> T:
    """Run ``action`` again while ``failed()`` reports a database error, with backoff, for ``wait_seconds``.

    ``failed`` returns the database error of the last attempt (or None if it was not one).
    Raises :class:`GradebookUnavailable` when the time is up.
    """
    deadline = time.monotonic() + wait_seconds
    delay = 0.5
    while True:
        result = action()
        error = failed()
        if error is None:
            return result
        if time.monotonic() + delay > deadline:
            raise GradebookUnavailable(f"{describe_db_error(error)}; gave up after {wait_seconds:g} s") from error
        time.sleep(delay)
        delay = min(2 * delay, 5.0)


class GradebookAccess:
    """The course's gradebook, opened for each operation (the engine's lock serialises them)."""

    def __init__(self, course: Course, config: Any, wait_seconds: float = 120.0) -> None:
        self.course = course
        self.config = config
        self.db_url = str(config.CourseDirectory.db_url)
        self.course_id = str(config.CourseDirectory.course_id)
        self.wait_seconds = wait_seconds

    def open(self) -> Gradebook:
        return Gradebook(self.db_url, self.course_id)

    def _retry(self, action: Callable[[], T]) -> T:
        error: list[OperationalError | None] = [None]

        def attempt() -> T | None:
            error[0] = None
            try:
                return action()
            except OperationalError as e:
                error[0] = e
                return None

        return retrying(attempt, self.wait_seconds, lambda: error[0])  # type: ignore[return-value]

    def max_score(self, assignment: str) -> float:
        def query() -> float:
            with self.open() as gb:
                return float(gb.find_assignment(assignment).max_score)

        return self._retry(query)

    def score(self, assignment: str, student: str) -> float:
        def query() -> float:
            with self.open() as gb:
                try:
                    return float(gb.find_submission(assignment, student).score)
                except MissingEntry:
                    return 0.0

        return self._retry(query)

    def record_zero(self, assignment: str, student: str, folder: Path) -> None:
        """A submission nbgrader cannot read: in the gradebook with every auto score 0 (as a missing notebook)."""
        shutil.rmtree(self.course.autograded_dir / student / assignment, ignore_errors=True)
        self._retry(lambda: self._record_zero(assignment, student, folder))

    def _record_zero(self, assignment: str, student: str, folder: Path) -> None:
        from nbgrader.coursedir import CourseDirectory

        timestamp = CourseDirectory(config=self.config).get_existing_timestamp(str(folder))
        with self.open() as gb:
            gb.update_or_create_student(student)
            if timestamp:
                sub = gb.update_or_create_submission(assignment, student, timestamp=timestamp)
            else:
                sub = gb.update_or_create_submission(assignment, student)
            for nb in sub.notebooks:
                for grade in nb.grades:
                    grade.auto_score = 0
                    grade.needs_manual_grade = grade.manual_score is not None
            gb.db.commit()

    def manual_work(self, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Which ``(assignment, student)`` submissions hold a TA's manual score or comment."""

        def query() -> list[tuple[str, str]]:
            out = []
            with self.open() as gb:
                for a, s in pairs:
                    try:
                        sub = gb.find_submission(a, s)
                    except MissingEntry:
                        continue
                    graded = any(g.manual_score is not None for nb in sub.notebooks for g in nb.grades)
                    commented = any((c.manual_comment or "").strip() for nb in sub.notebooks for c in nb.comments)
                    if graded or commented:
                        out.append((a, s))
            return out

        return self._retry(query)

    def contents(self) -> tuple[set[str], set[tuple[str, str]]]:
        """The assignments in the gradebook, and its submissions as ``(assignment, student)``."""
        return self._retry(self._contents)

    def _contents(self) -> tuple[set[str], set[tuple[str, str]]]:
        with self.open() as gb:
            names = {a.name for a in gb.assignments}
            rows = gb.db.execute(
                text(
                    "SELECT assignment.name, submitted_assignment.student_id FROM submitted_assignment "
                    "JOIN assignment ON submitted_assignment.assignment_id = assignment.id"
                )
            ).fetchall()
        return names, {(a, s) for a, s in rows}


# --------------------------------------------------------------------------------------------------
# Grading away from the gradebook (``grade --cluster``): a worker grades into a private copy holding
# only the assignments' definitions and returns the rows; the coordinator writes them in batches.


@dataclass
class SubmissionRows:
    """What nbgrader's Autograde wrote to the gradebook for one submission, as plain data.

    ``grades``: ``{(notebook, grade_id): (auto_score, needs_manual_grade)}``; ``comments``:
    ``{(notebook, grade_id): auto_comment}``; ``timestamp``: the submission time (naive UTC) or None.
    """

    timestamp: datetime | None
    grades: dict[tuple[str, str], tuple[float | None, bool]] = field(default_factory=dict)
    comments: dict[tuple[str, str], str | None] = field(default_factory=dict)


def read_rows(gb: Gradebook, assignment: str, student: str) -> SubmissionRows | None:
    """The submission's rows in ``gb`` (None if nbgrader never created the submission)."""
    try:
        sub = gb.find_submission(assignment, student)
    except MissingEntry:
        return None
    rows = SubmissionRows(sub.timestamp)
    for nb in sub.notebooks:
        for g in nb.grades:
            rows.grades[(nb.name, g.name)] = (g.auto_score, bool(g.needs_manual_grade))
        for c in nb.comments:
            rows.comments[(nb.name, c.name)] = c.auto_comment
    return rows


def copy_definitions(source_url: str, course_id: str, assignments: list[str], dest: Path) -> None:
    """A new SQLite gradebook at ``dest`` with the definitions of ``assignments`` from ``source_url``.

    Copied through nbgrader's ``Gradebook`` API: each assignment (due date), its notebooks, grade,
    solution, task and source cells (the master's test code included), no student and no submission.
    This is the private gradebook a worker grades into.
    """
    from nbgrader.api import Base
    from sqlalchemy import create_engine

    with Gradebook(source_url, course_id) as src:
        version = src.db.execute(text("SELECT version_num FROM alembic_version")).scalar()
    # the schema and its alembic version as in the source: a new Gradebook would otherwise run
    # `alembic heads` in a subprocess to learn the version (seconds)
    engine = create_engine(f"sqlite:///{dest}")
    Base.metadata.create_all(bind=engine)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": version})
    engine.dispose()
    with Gradebook(source_url, course_id) as src, Gradebook(f"sqlite:///{dest}", course_id) as dst:
        for name in assignments:
            a = src.find_assignment(name)
            dst.update_or_create_assignment(name, duedate=a.duedate)
            for nb in a.notebooks:
                dst.update_or_create_notebook(nb.name, name)
                for c in nb.grade_cells:
                    dst.update_or_create_grade_cell(c.name, nb.name, name, max_score=c.max_score, cell_type=c.cell_type)
                for c in nb.solution_cells:
                    dst.update_or_create_solution_cell(c.name, nb.name, name)
                for c in nb.task_cells:
                    dst.update_or_create_task_cell(c.name, nb.name, name, max_score=c.max_score, cell_type=c.cell_type)
                for c in nb.source_cells:
                    dst.update_or_create_source_cell(
                        c.name, nb.name, name, cell_type=c.cell_type, locked=c.locked, source=c.source,
                        checksum=c.checksum,
                    )  # fmt: skip


def write_submissions(
    gb: Gradebook,
    items: list[tuple[str, str, SubmissionRows | None]],
    keep: Callable[[Any, tuple[str, str]], bool] | None = None,
) -> dict[tuple[str, str], float]:
    """Write several submissions' rows in one transaction; returns ``{(assignment, student): score}``.

    ``items``: ``(assignment, student, rows)``; rows None means "nothing gradable": the submission is
    created if missing and every automatic score set to 0 (as :meth:`GradebookAccess.record_zero`).
    Manual scores and comments a TA entered are kept; a cell with a manual score stays marked for
    review, as nbgrader's ``SaveAutoGrades`` does. ``keep(connection, (assignment, student))`` is
    asked first, in the same transaction (:mod:`.claims` settles the claim there): an item it refuses
    is not written and has no score in the result. Nothing is written if anything fails.
    """
    from nbgrader.api import Assignment, Comment, Grade, Student, SubmittedAssignment, SubmittedNotebook

    db = gb.db
    try:
        if keep is not None:
            items = [(a, s, rows) for a, s, rows in items if keep(db.connection(), (a, s))]
        with db.no_autoflush:
            students = {s for _, s, _ in items}
            known = {s.id for s in db.query(Student).filter(Student.id.in_(students))}
            for s in students - known:
                db.add(Student(id=s))
            assignments = {
                a.name: a for a in db.query(Assignment).filter(Assignment.name.in_({a for a, _, _ in items}))
            }
            existing = {
                (sub.assignment.name, sub.student_id): sub
                for sub in db.query(SubmittedAssignment)
                .join(Assignment, Assignment.id == SubmittedAssignment.assignment_id)
                .filter(SubmittedAssignment.student_id.in_(students), Assignment.name.in_(set(assignments)))
            }
            subs = []
            for a, s, rows in items:
                sub = existing.get((a, s))
                if sub is None:  # the structure nbgrader's add_submission mirrors, without its commit
                    sub = SubmittedAssignment(assignment=assignments[a], student_id=s)
                    for notebook in assignments[a].notebooks:
                        nb = SubmittedNotebook(notebook=notebook, assignment=sub)
                        for cell in notebook.grade_cells:
                            Grade(cell=cell, notebook=nb)
                        for cell in notebook.solution_cells:
                            Comment(cell=cell, notebook=nb)
                        for cell in notebook.task_cells:
                            Comment(cell=cell, notebook=nb)
                            Grade(cell=cell, notebook=nb)
                    db.add(sub)
                    existing[(a, s)] = sub
                if rows is not None and rows.timestamp is not None:
                    sub.timestamp = rows.timestamp
                for nb in sub.notebooks:
                    name = nb.notebook.name
                    for g in nb.grades:
                        auto, needs = rows.grades.get((name, g.cell.name), (0.0, False)) if rows else (0.0, False)
                        g.auto_score = auto
                        g.needs_manual_grade = needs or g.manual_score is not None
                    for c in nb.comments if rows is not None else ():
                        c.auto_comment = rows.comments.get((name, c.cell.name))
                subs.append(((a, s), sub))
        db.flush()
        ids = {sub.id: key for key, sub in subs}
        scores = {
            ids[i]: float(score or 0.0)
            for i, score in db.query(SubmittedAssignment.id, SubmittedAssignment.score).filter(
                SubmittedAssignment.id.in_(set(ids))
            )
        }
        db.commit()
    except BaseException:
        db.rollback()
        raise
    return scores
