"""The few gradebook reads and writes the engine does itself (everything else is nbgrader's Autograde)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from nbgrader.api import Gradebook, MissingEntry
from sqlalchemy import text

from ..course import Course


class GradebookAccess:
    """The course's gradebook, opened for each operation (the engine's lock serialises them)."""

    def __init__(self, course: Course, config: Any) -> None:
        self.course = course
        self.config = config
        self.db_url = str(config.CourseDirectory.db_url)
        self.course_id = str(config.CourseDirectory.course_id)

    def open(self) -> Gradebook:
        return Gradebook(self.db_url, self.course_id)

    def max_score(self, assignment: str) -> float:
        with self.open() as gb:
            return float(gb.find_assignment(assignment).max_score)

    def score(self, assignment: str, student: str) -> float:
        with self.open() as gb:
            try:
                return float(gb.find_submission(assignment, student).score)
            except MissingEntry:
                return 0.0

    def record_zero(self, assignment: str, student: str, folder: Path) -> None:
        """A submission nbgrader cannot read: in the gradebook with every auto score 0 (as a missing notebook)."""
        from nbgrader.coursedir import CourseDirectory

        shutil.rmtree(self.course.autograded_dir / student / assignment, ignore_errors=True)
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

    def contents(self) -> tuple[set[str], set[tuple[str, str]]]:
        """The assignments in the gradebook, and its submissions as ``(assignment, student)``."""
        with self.open() as gb:
            names = {a.name for a in gb.assignments}
            rows = gb.db.execute(
                text(
                    "SELECT assignment.name, submitted_assignment.student_id FROM submitted_assignment "
                    "JOIN assignment ON submitted_assignment.assignment_id = assignment.id"
                )
            ).fetchall()
        return names, {(a, s) for a, s in rows}
