"""The TA reports on the demo class: grades CSVs, plots, diagnoses, clean feedback, similarity."""

from __future__ import annotations

import csv
import tomllib

import matplotlib.image as mpimg
import numpy as np
import pytest

from backprop_course.report.grades import class_results
from backprop_course.review.similarity import find_similar_pairs

from conftest import REPO  # isort: skip
from test_feedback import secrets, visible_text  # isort: skip


def demo_rosters(course) -> dict[str, dict[str, str]]:
    rosters = {}
    for a in course.assignments():
        path = REPO / "answers" / a / "demo.toml"
        if path.is_file():
            rosters[a] = tomllib.loads(path.read_text())
    return rosters


def copied_pairs(course) -> dict[str, set[frozenset[str]]]:
    """Per assignment, the demo students who submitted a case and a copy_of_ that case."""
    out = {}
    for a, roster in demo_rosters(course).items():
        by_case = {case: student for student, case in roster.items()}
        out[a] = {
            frozenset((student, by_case[case.removeprefix("copy_of_")]))
            for student, case in roster.items()
            if case.startswith("copy_of_") and case.removeprefix("copy_of_") in by_case
        }
    return out


def test_copiers_are_found_and_no_honest_pair_is(demo_course) -> None:
    expected = copied_pairs(demo_course)
    assert any(expected.values()), "the demo class has no copied pair to find"
    for assignment, pairs in expected.items():
        found = {frozenset((p.student_a, p.student_b)) for p in find_similar_pairs(demo_course, assignment)}
        assert found == pairs, f"{assignment}: expected similar pairs {pairs}, found {found}"


def test_grades_csv_totals_equal_the_gradebook(demo_course) -> None:
    assignments, max_scores, rows = class_results(demo_course)
    with (demo_course.root / "grades.csv").open() as f:
        table = list(csv.DictReader(f))
    assert table[0]["student_id"] == "Points Possible"
    assert float(table[0]["total"]) == pytest.approx(sum(max_scores.values()))
    by_student = {r["student_id"]: r for r in table[1:]}
    assert set(by_student) == {r.student for r in rows} and len(rows) >= 8
    from nbgrader.api import Gradebook

    with Gradebook(demo_course.db_url, "backprop") as gb:
        for student in by_student:
            total = sum(s.score for s in gb.find_student(student).submissions)
            assert float(by_student[student]["total"]) == pytest.approx(total), student
            for a in assignments:
                cell = by_student[student][a]
                if cell:
                    assert float(cell) == pytest.approx(gb.find_submission(a, student).score)
    flagged = {s for s, r in by_student.items() if "code similar to" in r["flags"]}
    assert flagged == {s for pairs in copied_pairs(demo_course).values() for p in pairs for s in p}


def test_long_csv_has_a_row_per_test_cell_with_diagnoses(demo_course) -> None:
    with (demo_course.root / "grades_long.csv").open() as f:
        rows = list(csv.DictReader(f))
    assert rows and set(rows[0]) == {"student_id", "assignment", "test_cell", "score", "max_score", "diagnosis"}
    lost = [r for r in rows if float(r["score"]) < float(r["max_score"])]
    assert lost and all(r["diagnosis"] for r in lost), "every lost point has a reason"
    assert not any(r["diagnosis"] for r in rows if float(r["score"]) == float(r["max_score"]))
    assert any("transposed" in r["diagnosis"] for r in lost)


def test_report_pages_and_images_exist_and_show_data(demo_course) -> None:
    reports = demo_course.root / "reports"
    index = (reports / "index.html").read_text()
    for a in demo_course.assignments():
        assert f"{a}/index.html" in index
        page = (reports / a / "index.html").read_text()
        assert "Most frequent diagnoses" in page
        for png in ("scores.png", "pass_rates.png"):
            img = mpimg.imread(reports / a / png)
            assert img.shape[0] > 100 and img.shape[1] > 100
            ink = np.mean(img[..., :3] < 0.8)  # share of non-white pixels: bars, axes, labels
            assert ink > 0.02, f"{a}/{png} looks empty"
    assert (reports / "tanh_mlp" / "similarity.html").is_file()


def test_demo_feedback_has_no_hidden_test_code(demo_course) -> None:
    files = 0
    for a in demo_course.assignments():
        hidden = secrets(a)
        for path in demo_course.feedback_dir.glob(f"*/{a}/*.html"):
            text = visible_text(path)
            assert not [line for line in hidden if line in text], path
            files += 1
    assert files >= 6 * len(demo_course.assignments())


def test_diagnosis_keeps_the_bug_and_drops_run_numbers() -> None:
    from backprop_course.bridge.tester import diagnosis
    from backprop_course.gradcheck import GradientCheckError

    e = GradientCheckError("dW", "sign flipped: it equals minus the true gradient.", " Worst relative error 2.00e+00")
    expected = "dW: sign flipped: it equals minus the true gradient."
    assert diagnosis(e, {"ename": "AssertionError", "evalue": str(e)}) == expected
    assert diagnosis(NotImplementedError(), {"ename": "NotImplementedError", "evalue": ""}) == (
        "not answered (NotImplementedError)"
    )
    named = {"ename": "NameError", "evalue": "name 'Tanh' is not defined\nmore"}
    assert diagnosis(NameError(), named) == "NameError: name 'Tanh' is not defined"


def test_the_demo_grades_in_its_own_directory(demo_run) -> None:
    # the demo course is demo/ inside the course; the course's own autograded/ holds only its own student
    course_root, demo = demo_run.course.root, demo_run.demo
    assert (course_root / "autograded" / "README.md").read_text() == (REPO / "autograded" / "README.md").read_text()
    assert sorted(p.name for p in (course_root / "autograded").iterdir()) == ["README.md", "ada"]
    assert sorted(p.name for p in (course_root / "submitted").iterdir()) == ["ada"]
    assert sorted(p.name for p in (demo.root / "autograded").iterdir() if p.is_dir()), "demo graded nobody"
