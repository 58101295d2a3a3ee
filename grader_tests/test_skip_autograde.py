"""Cells tagged ``skip-autograde`` (demonstrations, long demo training) are not run when grading (issue 21.1).

nbconvert's ``TagRemovePreprocessor`` removes them in nbgrader's sanitize step. That is safe only if
nothing graded depends on them: :func:`skipped_cell_dependencies` finds any later cell that reads a
name only a tagged cell binds, and every master must have none. A grading run shows that the tagged
cells are gone from the executed notebook while the reference keeps its full score.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from backprop_course.course import Course
from backprop_course.demo import answers_dir, write_submission
from backprop_course.grade import grade, load_record
from backprop_course.grade.preprocessors import SKIP_TAG, skip_autograde_ids, skipped_cell_dependencies
from backprop_course.release.build import build_release
from backprop_course.sandbox import probe_sandbox


def master(course: Course, assignment: str) -> nbformat.NotebookNode:
    return nbformat.read(course.source_dir / assignment / f"{assignment}.ipynb", as_version=4)


def test_no_graded_cell_depends_on_a_skipped_cell(repo_course: Course) -> None:
    problems = {a: skipped_cell_dependencies(master(repo_course, a)) for a in repo_course.assignments()}
    assert not any(problems.values()), problems


def test_a_dependency_on_a_skipped_cell_is_named_with_both_cells() -> None:
    def cell(source: str, grade_id: str, tags: tuple[str, ...] = ()) -> nbformat.NotebookNode:
        c = nbformat.v4.new_code_cell(source)
        c.metadata["nbgrader"] = {"grade_id": grade_id}
        c.metadata["tags"] = list(tags)
        return c

    nb = nbformat.v4.new_notebook()
    nb.cells = [
        cell("def train(lr):\n    return [lr, lr / 2]", "train"),
        cell("losses = train(0.1)\nimport matplotlib", "demo", (SKIP_TAG,)),
        cell("def helper(x):\n    return x + 1  # x is local: not a dependency", "helper"),
        cell("assert len(losses) == 2", "test_train"),
        cell("losses = [0.0]\nprint(losses)", "rebinds"),
    ]
    assert skipped_cell_dependencies(nb) == [
        "cell test_train reads losses, which only the skip-autograde cell demo binds"
    ]


@pytest.mark.skipif(probe_sandbox() is not None, reason="no sandbox here")
def test_tagged_cells_are_not_run_when_grading(tmp_path: Path, repo_course: Course) -> None:
    assignment = max(repo_course.assignments(), key=lambda a: len(skip_autograde_ids(master(repo_course, a))))
    tagged = skip_autograde_ids(master(repo_course, assignment))
    assert tagged, "no assignment has skip-autograde cells"
    course = repo_course.copy_to(tmp_path / "course", with_generated=False)
    (course.root / "answers").symlink_to(answers_dir(repo_course))
    build_release(course, [assignment], with_solutions=False)
    write_submission(course, "ada", assignment, "reference")
    # bob adds a cell after the last tagged one: the static scan names it as the executed notebook numbers it
    write_submission(course, "bob", assignment, "reference")
    path = course.submitted_dir / "bob" / assignment / f"{assignment}.ipynb"
    nb = nbformat.read(path, as_version=4)
    last = max(i for i, c in enumerate(nb.cells) if c.metadata.get("nbgrader", {}).get("grade_id") in tagged)
    nb.cells.insert(last + 1, nbformat.v4.new_code_cell("import os  # an experiment\nprint(os.getcwd())"))
    nbformat.write(nb, path)
    grade(course, [assignment])
    executed = nbformat.read(course.autograded_dir / "bob" / assignment / f"{assignment}.ipynb", as_version=4)
    index = next(i for i, c in enumerate(executed.cells) if "an experiment" in c.source)
    assert index < last + 1, "tagged cells before it are gone from the executed notebook"
    flags = [f.message for f in load_record(course, assignment, "bob").findings if "imports os" in f.message]
    assert flags and all(f"cell #{index}," in m for m in flags), flags
    rec = load_record(course, assignment, "ada")
    auto_points = sum(
        c.metadata["nbgrader"]["points"]
        for c in master(repo_course, assignment).cells
        if c.metadata.get("nbgrader", {}).get("grade") and not c.metadata["nbgrader"].get("solution")
    )
    assert rec.status == "graded" and rec.score == auto_points > 0, rec
    graded = nbformat.read(course.autograded_dir / "ada" / assignment / f"{assignment}.ipynb", as_version=4)
    ids = {c.metadata.get("nbgrader", {}).get("grade_id") for c in graded.cells}
    assert not ids & set(tagged), f"{sorted(ids & set(tagged))} ran when grading"
