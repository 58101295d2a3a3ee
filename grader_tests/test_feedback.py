"""Feedback shows each test's score and diagnosis, never hidden test code or what hidden tests printed."""

from __future__ import annotations

import html
import re
import shutil

import nbformat
import pytest

from backprop_course.report.feedback import generate_feedback, secret_lines

from conftest import REPO, selected_assignments  # isort: skip


def visible_text(path) -> str:
    """What a reader of the HTML sees: tags removed, entities decoded, whitespace squeezed."""
    text = html.unescape(re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8")))
    return re.sub(r"\s+", " ", text)


def squeezed(line: str) -> str:
    return re.sub(r"\s+", " ", line)


def secrets(assignment: str) -> list[str]:
    nb = nbformat.read(REPO / "source" / assignment / f"{assignment}.ipynb", as_version=4)
    return [squeezed(line) for line in secret_lines(nb)]


def test_feedback_has_diagnoses_but_no_hidden_tests(graded_cases) -> None:
    course, results = graded_cases
    checked = 0
    for assignment in selected_assignments():
        generate_feedback(course, assignment, "*")
        hidden = secrets(assignment)
        for path in sorted((course.feedback_dir).glob(f"*/{assignment}/{assignment}.html")):
            text = visible_text(path)
            leaked = [line for line in hidden if line in text]
            assert not leaked, f"{path} shows hidden test code: {leaked[:3]}"
            assert "BEGIN HIDDEN TESTS" not in text
            checked += 1
    assert checked >= len(results) - 5, "feedback missing for most students"
    if "tanh_mlp" in selected_assignments():
        buggy = visible_text(course.feedback_dir / "bug_tanh_derivative" / "tanh_mlp" / "tanh_mlp.html")
        assert "the tanh derivative is taken at the input" in buggy


needs_tanh_mlp = pytest.mark.skipif(
    "tanh_mlp" not in selected_assignments(), reason="uses tanh_mlp cases; GRADER_TESTS_ASSIGNMENTS leaves it out"
)


@needs_tanh_mlp
def test_the_leak_check_would_catch_nbgraders_default_feedback(graded_cases, tmp_path) -> None:
    """Control: with nbgrader's default preprocessors the same search finds the hidden tests."""
    from nbgrader.converters import GenerateFeedback

    course, _ = graded_cases
    config = course.nbgrader_config()
    config.CourseDirectory.assignment_id = "tanh_mlp"
    config.CourseDirectory.student_id = "reference"
    config.CourseDirectory.feedback_directory = str(tmp_path / "default_feedback")
    del config.GenerateFeedback["preprocessors"]
    converter = GenerateFeedback(coursedir=course.coursedir(config), config=config)
    converter.force = True
    converter.start()
    text = visible_text(tmp_path / "default_feedback" / "reference" / "tanh_mlp" / "tanh_mlp.html")
    assert any(line in text for line in secrets("tanh_mlp"))
    shutil.rmtree(tmp_path / "default_feedback")


@needs_tanh_mlp
def test_output_printed_by_student_code_while_tests_ran_is_dropped(graded_cases) -> None:
    """A test cell's outputs are what the trusted tester wrote: what the student's code printed meanwhile is gone."""
    course, results = graded_cases
    assert results[("tanh_mlp", "chatty")].total == results[("tanh_mlp", "chatty")].max_total
    autograded = (course.autograded_dir / "chatty" / "tanh_mlp" / "tanh_mlp.ipynb").read_text()
    assert "CHATTY-RUNTIME" not in autograded
    generate_feedback(course, "tanh_mlp", "chatty")
    assert "CHATTY-RUNTIME" not in visible_text(course.feedback_dir / "chatty" / "tanh_mlp" / "tanh_mlp.html")
