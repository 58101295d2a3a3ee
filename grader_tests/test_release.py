"""release/ and solutions/ are what nbgrader makes of source/, with nothing secret in them."""

from __future__ import annotations

import nbformat
import pytest

from backprop_course.release.build import HIDDEN_MARKERS, SOLUTION_MARKERS, find_drift
from backprop_course.report.feedback import secret_lines

from conftest import REPO, selected_assignments  # isort: skip

ASSIGNMENTS = selected_assignments()


def notebook(folder: str, assignment: str) -> nbformat.NotebookNode:
    return nbformat.read(REPO / folder / assignment / f"{assignment}.ipynb", as_version=4)


def all_hidden_lines(assignment: str) -> list[str]:
    return secret_lines(notebook("source", assignment))


def test_release_and_solutions_equal_a_fresh_build(repo_course) -> None:
    drift = find_drift(repo_course, ASSIGNMENTS)
    assert drift == [], "release/ or solutions/ drifted from source/; run `make release`:\n" + "\n".join(drift)


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_release_holds_no_solution_and_no_hidden_test(assignment: str) -> None:
    text = (REPO / "release" / assignment / f"{assignment}.ipynb").read_text()
    for marker in SOLUTION_MARKERS + HIDDEN_MARKERS:
        assert marker not in text
    secret = all_hidden_lines(assignment)
    assert secret, f"{assignment} has no hidden tests"
    leaked = [line for line in secret if line in text]
    assert not leaked, f"hidden test lines in release/{assignment}: {leaked[:3]}"
    stubs = [c for c in notebook("release", assignment).cells if c.metadata.get("nbgrader", {}).get("solution")]
    assert stubs and all("raise NotImplementedError()" in c.source or "YOUR ANSWER HERE" in c.source for c in stubs), (
        "every solution cell of the release must be a stub"
    )


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_solutions_are_executed_and_hold_no_hidden_test(assignment: str) -> None:
    text = (REPO / "solutions" / assignment / f"{assignment}.ipynb").read_text()
    for marker in HIDDEN_MARKERS:
        assert marker not in text
    leaked = [line for line in all_hidden_lines(assignment) if line in text]
    assert not leaked, f"hidden test lines in solutions/{assignment}: {leaked[:3]}"
    code = [c for c in notebook("solutions", assignment).cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code), "solutions/ must be executed"
    errors = [o for c in code for o in c.outputs if o.output_type == "error"]
    assert not errors, f"the solution notebook raises: {errors[0]['ename']}: {errors[0]['evalue']}"


def validate(path, invert: bool = False) -> dict:
    from nbgrader.validator import Validator

    return Validator(invert=invert).validate(str(path))


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_master_notebook_passes_nbgrader_validate(assignment: str) -> None:
    results = validate(REPO / "source" / assignment / f"{assignment}.ipynb")
    assert "failed" not in results, [r["raw_error"][-400:] for r in results.get("failed", [])]
    assert "changed" not in results and "type_changed" not in results


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_every_graded_cell_fails_on_the_untouched_release(assignment: str) -> None:
    path = REPO / "release" / assignment / f"{assignment}.ipynb"
    inverted = validate(path, invert=True)
    assert "passed" not in inverted, f"tests that pass on an empty answer: {inverted['passed']}"
    failed = validate(path)["failed"]
    graded = [c for c in notebook("source", assignment).cells if c.metadata.get("nbgrader", {}).get("grade")]
    assert len(failed) == len(graded), "every test cell and every unanswered written answer must fail"
