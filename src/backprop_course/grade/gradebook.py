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
