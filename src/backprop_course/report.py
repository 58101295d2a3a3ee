"""Grades out of the gradebook: ``grades.csv`` and the per-student table printed after grading."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

from .course import Course


@dataclass
class StudentRow:
    """One student's result: score per assignment (None: not submitted / not gradable) and why."""

    student: str
    scores: dict[str, float | None] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def total(self) -> float:
        return sum(s for s in self.scores.values() if s is not None)


def _failure_note(course: Course, student: str, assignment: str) -> str:
    """Why a submission has no autograded notebook (nbgrader could not read or grade it)."""
    folder = course.submitted_dir / student / assignment
    if not folder.is_dir():
        return "not submitted"
    expected = folder / f"{assignment}.ipynb"
    if not expected.is_file():
        found = sorted(p.name for p in folder.glob("*.ipynb"))
        return f"no {expected.name} (found: {', '.join(found) or 'no notebook'})"
    raw = expected.read_bytes()
    if not raw.strip():
        return "empty notebook file"
    try:
        json.loads(raw)
    except ValueError:
        return "notebook is not valid JSON"
    return "could not be autograded (see the grading log)"


def class_results(course: Course) -> tuple[list[str], dict[str, float], list[StudentRow]]:
    """Assignments, their maximum scores, and one row per student, read from the gradebook."""
    from nbgrader.api import Gradebook, MissingEntry

    rows: list[StudentRow] = []
    with Gradebook(course.db_url, course.nbgrader_config().CourseDirectory.course_id) as gb:
        assignments = sorted(a.name for a in gb.assignments)
        max_scores = {a: gb.find_assignment(a).max_score for a in assignments}
        for student in sorted(s.id for s in gb.students):
            row = StudentRow(student)
            for a in assignments:
                try:
                    sub = gb.find_submission(a, student)
                except MissingEntry:
                    row.scores[a], row.notes[a] = None, _failure_note(course, student, a)
                    continue
                autograded = course.autograded_dir / student / a / f"{a}.ipynb"
                row.scores[a] = sub.score
                if not autograded.is_file():
                    row.notes[a] = _failure_note(course, student, a)
                elif sub.needs_manual_grade:
                    row.notes[a] = "needs manual grading"
            rows.append(row)
    return assignments, max_scores, rows


def write_grades_csv(course: Course, path: Path) -> Path:
    """One row per student: id, score per assignment, total, and notes; returns ``path``."""
    assignments, max_scores, rows = class_results(course)
    with path.open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["student_id", *assignments, "total", "notes"])
        writer.writerow(["(max)", *(max_scores[a] for a in assignments), sum(max_scores.values()), ""])
        for row in rows:
            notes = "; ".join(f"{a}: {n}" for a, n in row.notes.items())
            writer.writerow([row.student, *(row.scores[a] for a in assignments), row.total, notes])
    return path


def format_table(course: Course) -> str:
    """The class as a fixed-width text table: a row per student, a column per assignment."""
    assignments, max_scores, rows = class_results(course)
    width = max([len(a) for a in assignments] + [7])
    head = f"{'student':<10}" + "".join(f"{a:>{width + 2}}" for a in assignments) + f"{'total':>9}  notes"
    maxes = f"{'(max)':<10}" + "".join(f"{max_scores[a]:>{width + 2}.1f}" for a in assignments)
    lines = [head, maxes + f"{sum(max_scores.values()):>9.1f}", "-" * len(head)]
    for row in rows:
        cells = "".join(
            f"{'-' if row.scores[a] is None else format(row.scores[a], '.1f'):>{width + 2}}" for a in assignments
        )
        notes = "; ".join(f"{a}: {n}" for a, n in row.notes.items() if n != "not submitted")
        lines.append(f"{row.student:<10}{cells}{row.total:>9.1f}  {notes}")
    return "\n".join(lines)
