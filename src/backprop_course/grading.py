"""Batch autograding of ``submitted/`` into the gradebook and ``autograded/`` with nbgrader."""

from __future__ import annotations

from .course import Course


def grade_with_nbgrader(course: Course, assignment: str, student: str = "*") -> list[str]:
    """Plain serial ``nbgrader autograde`` of one assignment for ``student`` (a glob), in this process.

    Returns nbgrader's error messages for the submissions it could not grade.
    """
    from nbgrader.converters import Autograde

    return course.run_nbgrader(Autograde, assignment, student, create_student=True)
