"""``backprop-course report --lms``: grade files Canvas and Moodle import without editing.

The fixtures in ``fixtures/lms/`` are written from the LMSs' published documentation and importers:

* Canvas (``canvas_import.csv``): the gradebook import reads Canvas's own export layout, header
  ``Student, ID, SIS User ID, SIS Login ID, Section`` then the assignments, a ``Points Possible`` row,
  a student per row; https://teaching.resources.osu.edu/toolsets/carmencanvas/guides/calculating-final-grades/import-csv-file-carmen-grades
  (the required columns) and Canvas's importer,
  https://github.com/instructure/canvas-lms/blob/master/app/models/gradebook_importer.rb
  (``row_has_student_headers?``, ``update_column_count``: ``Section`` closes the student columns;
  ``check_for_non_student_row``: a first cell containing ``Points Possible``; ``Assignment.title_and_id``:
  ``Title (id)`` headers).
* Moodle (``moodle_import.csv``): one user identifier column (username, ID number or email address:
  the "Map from"/"Map to" choice) and one column per grade item, no points row, ``-`` for no grade;
  https://docs.moodle.org/311/en/Grade_import and Moodle's importer,
  https://github.com/moodle/moodle/blob/main/grade/import/csv/classes/load_data.php (``update_grade_item``:
  ``''``/``-`` is no grade, other text aborts; ``check_user_exists``: an unknown user aborts).

The gradebook is made with nbgrader's API (no notebook is run): ``ada`` has both assignments, her
written derivation still waits for a TA; ``jurgen`` (non-ASCII name) and ``alan`` (not in the roster)
have ``tanh_mlp`` only.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from backprop_course.cli import main
from backprop_course.course import Course
from backprop_course.report.lms import format_points, write_lms_grades
from backprop_course.roster import read_roster

from conftest import REPO  # isort: skip

FIXTURES = REPO / "grader_tests" / "fixtures" / "lms"
ROSTER = """student_id,name,canvas_id,sis_user_id,sis_login_id,section,username,email
ada,"Lovelace, Ada",1001,S1001,ada.lovelace,Mon,alovelace,ada@example.org
jurgen,"Müller, Jürgen",1002,S1002,jmueller,Mon,jmueller,
grace,"Hopper, Grace",1003,S1003,ghopper,Tue,ghopper,grace@example.org
"""
COLUMNS = {"tanh_mlp": "Homework 1 (4711)"}
# nbgrader's Gradebook.add_submission warns while it builds a submission's cells; harmless here
pytestmark = pytest.mark.filterwarnings("ignore:Object of type:sqlalchemy.exc.SAWarning")


@pytest.fixture
def course(tmp_path: Path, repo_course: Course) -> Course:
    """A scratch course whose gradebook holds the scores above (and autograded/ files, as after grading)."""
    from nbgrader.api import Gradebook

    course = repo_course.copy_to(tmp_path / "course")
    with Gradebook(course.db_url, course.course_id) as gb:
        for a, cells in {
            "bias_backprop": [("test_bias", 6.0, "code"), ("derivation", 4.0, "markdown")],
            "tanh_mlp": [("test_tanh", 10.0, "code")],
        }.items():
            gb.add_assignment(a)
            gb.add_notebook(a, a)
            for name, points, kind in cells:
                gb.add_grade_cell(name, a, a, max_score=points, cell_type=kind)
        for student, scores in {
            "ada": {"bias_backprop": {"test_bias": 6.0, "derivation": None}, "tanh_mlp": {"test_tanh": 10.0}},
            "jurgen": {"tanh_mlp": {"test_tanh": 7.5}},
            "alan": {"tanh_mlp": {"test_tanh": 10 / 3}},
        }.items():
            gb.add_student(student)
            for a, cells in scores.items():
                gb.add_submission(a, student)
                for cell, score in cells.items():
                    grade = gb.find_grade(cell, a, a, student)
                    grade.auto_score = score
                    grade.needs_manual_grade = score is None
                autograded = course.autograded_dir / student / a / f"{a}.ipynb"
                autograded.parent.mkdir(parents=True, exist_ok=True)
                autograded.write_text("{}")
        gb.db.commit()
    return course


@pytest.fixture
def roster(tmp_path: Path):
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, encoding="utf-8")
    return read_roster(path)


def read_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # UTF-8 without BOM
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def canvas_import_problems(rows: list[list[str]]) -> list[str]:
    """What Canvas's GradebookImporter would reject or misread in ``rows`` (its rules, see the module docstring)."""
    problems = []
    header = rows[0]
    if not (len(header) > 3 and "Student" in header[0] and "ID" in header[1]):
        problems.append("header must start with Student, ID")
    if header[2:4] != ["SIS User ID", "SIS Login ID"] or "Section" not in header[4]:
        problems.append("SIS User ID, SIS Login ID and then Section must close the student columns")
    assignments = header[5:]
    for h in assignments:  # anything else becomes a new assignment
        if h.lower() in ("total", "flags", "student_id"):
            problems.append(f"column {h!r} would be imported as an assignment")
    if "Points Possible" not in rows[1][0]:
        problems.append("the second row must be Points Possible")
    for row in rows[1:]:
        if len(row) != len(header):
            problems.append(f"row {row[:1]} has {len(row)} cells, the header {len(header)}")
        for cell in row[5:]:
            if cell and not re.fullmatch(r"-?\d+(\.\d+)?", cell):
                problems.append(f"{cell!r} is not a score")
        if row is not rows[1] and not (row[1] or row[2] or row[3] or row[0]):
            problems.append("a student row names no student")
    return problems


def moodle_import_problems(rows: list[list[str]], identifier: str) -> list[str]:
    """What Moodle's CSV grade import would abort on (``load_data.php``)."""
    problems = []
    if rows[0][0] != identifier:
        problems.append(f"the first column must be {identifier}")
    for row in rows[1:]:
        if row[0].startswith("Points Possible"):
            problems.append("Moodle reads a points row as a user")
        if not row[0]:
            problems.append("a row without a user identifier")
        for cell in row[1:]:
            if cell not in ("", "-") and not re.fullmatch(r"-?\d+(\.\d+)?", cell):
                problems.append(f"{cell!r} is not a grade (Moodle aborts the import)")
    return problems


def test_canvas_file_matches_the_documented_layout(course: Course, roster) -> None:
    written = write_lms_grades(course, "canvas", roster=roster, column_names=COLUMNS)
    rows = read_rows(written.path)
    assert rows == read_rows(FIXTURES / "canvas_import.csv")
    assert canvas_import_problems(rows) == []
    assert written.not_in_roster == ["alan"]  # written with the course id as SIS Login ID
    assert read_rows(written.pending_path) == read_rows(FIXTURES / "pending.csv")


def test_moodle_file_matches_the_documented_layout(course: Course, roster) -> None:
    written = write_lms_grades(course, "moodle", roster=roster, column_names=COLUMNS)
    rows = read_rows(written.path)
    assert rows == read_rows(FIXTURES / "moodle_import.csv")
    assert moodle_import_problems(rows, "Username") == []
    assert list(written.left_out) == ["alan"]  # Moodle would abort on a user it does not know
    by_email = write_lms_grades(course, "moodle", course.root / "by_email.csv", roster, COLUMNS, "email")
    assert read_rows(by_email.path) == [
        ["Email address", "bias_backprop", "Homework 1 (4711)"],
        ["ada@example.org", "-", "10"],
    ]
    assert sorted(by_email.left_out) == ["alan", "jurgen"]


def test_plain_file_and_pending_manual_points(course: Course) -> None:
    written = write_lms_grades(course, "plain")
    assert read_rows(written.path) == read_rows(FIXTURES / "plain.csv")
    (pending,) = written.pending
    assert (pending.student, pending.assignment, pending.points_so_far) == ("ada", "bias_backprop", 6.0)
    assert "manual grading" in written.format()


def test_once_graded_by_a_ta_the_grade_is_exported(course: Course, roster) -> None:
    from nbgrader.api import Gradebook

    with Gradebook(course.db_url, course.course_id) as gb:
        grade = gb.find_grade("derivation", "bias_backprop", "bias_backprop", "ada")
        grade.manual_score = 3.5
        grade.needs_manual_grade = False
        gb.db.commit()
    rows = read_rows(write_lms_grades(course, "canvas", roster=roster, column_names=COLUMNS).path)
    assert rows[2][:7] == ["Lovelace, Ada", "1001", "S1001", "ada.lovelace", "Mon", "9.5", "10"]


def test_report_cli_writes_the_lms_file(course: Course, capsys: pytest.CaptureFixture) -> None:
    (course.root / "roster.csv").write_text(ROSTER, encoding="utf-8")
    args = ["--course", str(course.root), "report", "--lms", "canvas", "--lms-column", "tanh_mlp=Homework 1 (4711)"]
    assert main(args) == 0
    assert read_rows(course.root / "grades_canvas.csv") == read_rows(FIXTURES / "canvas_import.csv")
    out = capsys.readouterr().out
    assert "grades_canvas_pending.csv (1 pending)" in out and "ada/bias_backprop" in out
    assert main([*args[:5], "--lms-column", "nope=X"]) == 2


@pytest.mark.parametrize(("points", "text"), [(7.5, "7.5"), (10.0, "10"), (10 / 3, "3.33"), (0.0, "0"), (2.999, "3")])
def test_points_are_written_as_lms_read_them(points: float, text: str) -> None:
    assert format_points(points) == text


def test_plain_nbgrader_export_reads_a_course_graded_by_the_grader(tmp_path: Path, repo_course: Course) -> None:
    """Issue 14.4b: the grader replaces nbgrader's Execute, not its gradebook: ``nbgrader export`` still works."""
    import os
    import subprocess
    import sys

    from backprop_course.demo import answers_dir, write_submission
    from backprop_course.grade import grade, load_record
    from backprop_course.release.build import build_release
    from backprop_course.sandbox import probe_sandbox
    from backprop_course.settings import GradingSettings

    a = "tanh_mlp" if "tanh_mlp" in repo_course.assignments() else repo_course.assignments()[0]
    course = repo_course.copy_to(tmp_path / "course", with_generated=False)
    (course.root / "answers").symlink_to(answers_dir(repo_course))
    build_release(course, [a], with_solutions=False)
    cases = {"ada": "reference", "ben": "blank"}
    for student, case in cases.items():
        write_submission(course, student, a, case)
    summary = grade(course, [a], settings=GradingSettings(workers=2, sandbox=probe_sandbox() is None))
    assert not summary.errors and not summary.failed, summary.format()
    scores = {s: load_record(course, a, s).score for s in cases}
    assert scores["ada"] > scores["ben"] == 0
    nbgrader = [sys.executable, "-m", "nbgrader", "export", "--to", "exported.csv"]
    env = {**os.environ, "PATH": os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", "")}
    done = subprocess.run(nbgrader, cwd=course.root, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    with (course.root / "exported.csv").open(newline="") as f:
        exported = {(r["assignment"], r["student_id"]): r for r in csv.DictReader(f)}
    assert {s for (_, s) in exported} == set(cases), exported.keys()
    for student, score in scores.items():
        row = exported[(a, student)]
        assert float(row["score"]) == pytest.approx(score), (student, row)
        assert float(row["max_score"]) == pytest.approx(load_record(course, a, student).max_score), row
