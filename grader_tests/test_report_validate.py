"""``backprop-course validate``: nbgrader's validation with a one-line summary first (issue 22)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import nbformat
import pytest

from backprop_course.answers import read_notebook, reference_answers
from backprop_course.cli import main
from backprop_course.report.validation import one_line

from conftest import REPO, selected_assignments  # isort: skip

ASSIGNMENT = "tanh_mlp"
pytestmark = pytest.mark.skipif(ASSIGNMENT not in selected_assignments(), reason="uses tanh_mlp")


def student_copy(tmp_path, answered: int | None) -> tuple:
    """A copy of the released notebook outside the course, with the first ``answered`` reference answers typed in."""
    folder = tmp_path / ASSIGNMENT
    shutil.copytree(REPO / "release" / ASSIGNMENT, folder)
    path = folder / f"{ASSIGNMENT}.ipynb"
    nb = nbformat.read(path, as_version=4)
    answers = reference_answers(read_notebook(REPO / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"))
    chosen = list(answers)[:answered] if answered is not None else list(answers)
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") in chosen:
            cell.source = answers[cell.metadata["nbgrader"]["grade_id"]]
    nbformat.write(nb, path)
    tests = [
        c.metadata["nbgrader"]["grade_id"]
        for c in nb.cells
        if c.metadata.get("nbgrader", {}).get("grade") and not c.metadata["nbgrader"].get("solution")
    ]
    return path, tests


def test_validate_says_in_its_first_line_how_many_tests_pass_and_the_first_failure(tmp_path, capsys) -> None:
    path, tests = student_copy(tmp_path, answered=1)
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    first, *details = out.splitlines()
    match = re.fullmatch(r"(\d+) of (\d+) tests pass; first failing: (\w+) — (.+)", first)
    assert match, first
    passed, total, failing = int(match[1]), int(match[2]), match[3]
    assert total == len(tests) and 1 <= passed < total
    lines = [line.split()[:2] for line in details if line.startswith("  ")]
    assert [name for _, name in lines] == tests  # a line per test, in the notebook's order
    assert sum(word == "pass" for word, _ in lines) == passed
    assert next(name for word, name in lines if word == "FAIL") == failing
    assert "not answered yet" in out
    assert len(out) < 4000, f"{len(out)} characters"


def test_validate_passes_a_complete_notebook_outside_any_course(tmp_path) -> None:
    path, tests = student_copy(tmp_path, answered=None)
    cli = [sys.executable, "-c", "import sys; from backprop_course.cli import main; sys.exit(main(sys.argv[1:]))"]
    done = subprocess.run([*cli, "validate", str(path)], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[0] == f"{len(tests)} of {len(tests)} tests pass."


def test_one_line_keeps_the_exception_and_its_message() -> None:
    traceback = (
        "\x1b[0;31m---------------------------------------------------------------------------\x1b[0m\n"
        "\x1b[0;31mAssertionError\x1b[0m                            Traceback (most recent call last)\n"
        "Cell \x1b[0;32mIn[7], line 3\x1b[0m\n      1 x = 1\n----> 3 check()\n"
        "\x1b[0;31mAssertionError\x1b[0m: dW of linear_backward (3x2 layer): wrong shape (2, 3), expected (3, 2):\n"
        "it is transposed"
    )
    assert one_line(traceback) == (
        "AssertionError: dW of linear_backward (3x2 layer): wrong shape (2, 3), expected (3, 2): it is transposed"
    )
    assert one_line("\x1b[0;31mNotImplementedError\x1b[0m: ").startswith("not answered yet")
    assert len(one_line("ValueError: " + "x" * 500)) == 200
