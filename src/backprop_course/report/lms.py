"""Grade files an LMS imports as they are: ``backprop-course report --lms canvas|moodle|plain``.

The scores are :func:`~backprop_course.report.grades.class_results` (the gradebook, as ``grades.csv``
has them); who each student is in the LMS comes from the roster (:mod:`backprop_course.roster`).

**Canvas** (Grades -> Import). The layout is Canvas's own gradebook export, which its importer reads
(``GradebookImporter``, https://github.com/instructure/canvas-lms/blob/master/app/models/gradebook_importer.rb;
the columns are listed in https://teaching.resources.osu.edu/toolsets/carmencanvas/guides/calculating-final-grades/import-csv-file-carmen-grades):
a header ``Student, ID, SIS User ID, SIS Login ID, Section`` then one column per assignment, a
second row ``Points Possible`` with each assignment's maximum, then a row per student. Canvas finds a
student by ``ID`` (the Canvas user id), else ``SIS User ID``, else ``SIS Login ID``, else the name;
an assignment column by the id in ``Title (id)``, else by the title (an unknown title becomes a new
assignment with the ``Points Possible`` value). Without a roster entry, the course's student id is
written as ``SIS Login ID``. A blank cell is "no grade".

**Moodle** (Grade administration -> Import -> CSV file). One identifier column (``Username``,
``ID number`` or ``Email address``, the user fields Moodle maps from: *Map from* that column,
*Map to* the same field) and one column per grade item (mapped on the import screen), no points row
(https://docs.moodle.org/311/en/Grade_import; ``gradeimport_csv_load_data``,
https://github.com/moodle/moodle/blob/main/grade/import/csv/classes/load_data.php). A grade is a
number or ``-`` ("no grade"; any other text aborts the whole import), and a user Moodle does not know
aborts it too: students whose identifier the roster does not give are left out (and reported).

**Plain**: ``student_id``, a column per assignment, ``total`` and ``pending``, no points row.

**Pending manual points.** A submission whose written answers still wait for a TA has only part of
its score: in every format its cell is left without a grade (blank for Canvas and plain, ``-`` for
Moodle) rather than showing the partial score as final, and it is listed, with the points so far, in
``<file>_pending.csv`` (and, for plain, in the ``pending`` column). So is a submission not graded
(again) yet. Upload again once the TAs are done.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from ..course import Course
from ..roster import Roster, RosterEntry
from .grades import NOT_SUBMITTED, SubmissionResult, class_results

LMS_FORMATS = ("canvas", "moodle", "plain")
CANVAS_STUDENT_COLUMNS = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
# roster field -> Moodle's label of that user field (its "Map from" column; "Map to" the same field)
MOODLE_IDENTIFIERS = {"username": "Username", "id_number": "ID number", "email": "Email address"}


@dataclass(frozen=True)
class PendingGrade:
    """A submission whose grade is not final yet, so the LMS file gives it none."""

    student: str
    assignment: str
    points_so_far: float | None
    max_score: float
    reason: str


@dataclass
class LmsGradeFile:
    """What :func:`write_lms_grades` wrote."""

    path: Path
    pending_path: Path
    students: int
    pending: list[PendingGrade] = field(default_factory=list)
    left_out: dict[str, str] = field(default_factory=dict)  # student -> why they are not in the file
    not_in_roster: list[str] = field(default_factory=list)  # written with the course id as LMS id

    def format(self) -> str:
        """A summary for the terminal."""
        lines = [f"wrote {self.path} ({self.students} students) and {self.pending_path} ({len(self.pending)} pending)"]
        if self.pending:
            lines.append("no grade yet in the LMS file (upload again when done):")
            lines += [f"  {p.student}/{p.assignment}: {p.reason}" for p in self.pending]
        if self.not_in_roster:
            lines.append(f"not in the roster (course id used as the LMS id): {', '.join(self.not_in_roster)}")
        if self.left_out:
            lines.append("left out (the LMS could not find them):")
            lines += [f"  {s}: {why}" for s, why in self.left_out.items()]
        return "\n".join(lines)


def format_points(points: float) -> str:
    """Points as both LMSs read them: a dot, at most two decimals, no trailing zeros (7.5, 10, 3.33)."""
    text = f"{round(points, 2):.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _grade_or_pending(result: SubmissionResult) -> tuple[float | None, PendingGrade | None]:
    """The final score of one cell, or None and why it is not final (None, None: not submitted).

    Pending manual points are the gradebook's (``SubmissionResult.manual_pending``: answers nbgrader marks
    ``needs_manual_grade``), not a note's wording.
    """
    student, assignment, score, max_score = result.student, result.assignment, result.score, result.max_score
    if result.manual_pending > 0 and not result.problem:
        return None, PendingGrade(student, assignment, score, max_score, "written answers wait for manual grading")
    if score is None:
        if result.problem in ("", NOT_SUBMITTED):
            return None, None
        return None, PendingGrade(student, assignment, None, max_score, result.problem)
    return score, None


def lms_rows(
    course: Course,
    lms: str,
    roster: Roster | None = None,
    column_names: dict[str, str] | None = None,
    moodle_identifier: str = "username",
) -> tuple[list[list[str]], list[PendingGrade], dict[str, str], list[str]]:
    """The rows of the LMS file (header first), the pending grades, the students left out, those not in the roster."""
    if lms not in LMS_FORMATS:
        raise ValueError(f"unknown LMS format {lms!r} (known: {', '.join(LMS_FORMATS)})")
    if moodle_identifier not in MOODLE_IDENTIFIERS:
        raise ValueError(f"unknown Moodle identifier {moodle_identifier!r} (known: {', '.join(MOODLE_IDENTIFIERS)})")
    assignments, max_scores, students = class_results(course)
    columns = [(column_names or {}).get(a, a) for a in assignments]
    pending: list[PendingGrade] = []
    left_out: dict[str, str] = {}
    not_in_roster: list[str] = []
    blank = "-" if lms == "moodle" else ""
    if lms == "canvas":
        rows = [CANVAS_STUDENT_COLUMNS + columns, ["Points Possible", "", "", "", ""]]
        rows[1] += [format_points(max_scores[a]) for a in assignments]
    elif lms == "moodle":
        rows = [[MOODLE_IDENTIFIERS[moodle_identifier], *columns]]
    else:
        rows = [["student_id", *columns, "total", "pending"]]
    for row in students:
        cells, mine = [], []
        for a in assignments:
            score, why = _grade_or_pending(row.results[a])
            cells.append(blank if score is None else format_points(score))
            if why:
                mine.append(why)
        entry = roster.by_student_id.get(row.student) if roster is not None else None
        if lms == "moodle":  # Moodle aborts the whole import on a user it cannot find: leave such rows out
            label = MOODLE_IDENTIFIERS[moodle_identifier]
            if roster is not None and entry is None:
                left_out[row.student] = f"not in the roster (its {label} is unknown)"
                continue
            who = (getattr(entry, moodle_identifier) if entry else "") or (
                row.student if moodle_identifier == "username" else ""  # the course id as Moodle username
            )
            if not who:
                left_out[row.student] = f"no {label} in the roster"
                continue
            rows.append([who, *cells])
            pending += mine
            continue
        if roster is not None and entry is None:
            not_in_roster.append(row.student)
        entry = entry or RosterEntry(row.student)
        if lms == "canvas":
            ids = [entry.canvas_id, entry.sis_user_id, entry.sis_login_id]
            if not any(ids):
                ids[2] = row.student  # the course id as Canvas login (README: JupyterHub user = Canvas login)
            rows.append([entry.name or row.student, *ids, entry.section, *cells])
        else:
            total = sum(row.scores[a] or 0 for a in assignments if not any(p.assignment == a for p in mine))
            rows.append(
                [row.student, *cells, format_points(total), "; ".join(f"{p.assignment}: {p.reason}" for p in mine)]
            )
        pending += mine
    return rows, pending, left_out, not_in_roster


def write_lms_grades(
    course: Course,
    lms: str,
    path: Path | None = None,
    roster: Roster | None = None,
    column_names: dict[str, str] | None = None,
    moodle_identifier: str = "username",
) -> LmsGradeFile:
    """Write the grade file ``lms`` imports (module docstring) and ``<file>_pending.csv``; default ``grades_<lms>.csv``.

    ``column_names``: the LMS's name of an assignment's column, e.g. ``{"tanh_mlp": "Homework 1 (4711)"}``
    (Canvas matches ``Title (id)`` by the id); default the assignment's name.
    """
    path = path or course.root / f"grades_{lms}.csv"
    rows, pending, left_out, not_in_roster = lms_rows(course, lms, roster, column_names, moodle_identifier)
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    pending_path = path.with_name(f"{path.stem}_pending.csv")
    with pending_path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["student_id", "assignment", "points_so_far", "max_score", "reason"])
        for p in pending:
            so_far = "" if p.points_so_far is None else format_points(p.points_so_far)
            writer.writerow([p.student, p.assignment, so_far, format_points(p.max_score), p.reason])
    students = len(rows) - (2 if lms == "canvas" else 1)
    return LmsGradeFile(path, pending_path, students, pending, left_out, not_in_roster)
