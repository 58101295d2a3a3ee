"""``backprop-course check-source``: a master's tests still test what its tasks ask (issue 25).

The static part (names per test cell) is checked on the course's five masters and on small notebooks
made from the scaffold; the grading part (model full marks, blank 0, mutants caught) runs once, through
``backprop-course release``, on a scratch course holding a correct and a broken assignment: release must
refuse to write anything, and check-source must name each broken cell with its problem.
"""

from __future__ import annotations

import contextlib
import copy
import io

import nbformat
import pytest

from backprop_course.answers import read_notebook
from backprop_course.cli import main
from backprop_course.course import Course
from backprop_course.release.check_source import (
    SourceReport,
    notebook_names,
    passed_unchanged,
    record_passed,
)
from backprop_course.release.scaffold import new_assignment, scaffold_notebook

from conftest import REPO  # isort: skip


def test_check_source_reads_the_names_each_test_cell_of_the_masters_uses(repo_course) -> None:
    """No static problem in the course's masters, and every test cell uses at least one student name."""
    for a in repo_course.assignments():
        names = notebook_names(read_notebook(repo_course.source_dir / a / f"{a}.ipynb"))
        assert names.problems() == [], a
        assert names.test_cells and all(t.uses for t in names.test_cells), a
        assert names.answers, a
    tanh = notebook_names(read_notebook(repo_course.source_dir / "tanh_mlp" / "tanh_mlp.ipynb"))
    by_cell = {t.cell: t for t in tanh.test_cells}
    assert "MSELoss" in by_cell["test_mse_loss"].uses and "Tanh" not in by_cell["test_mse_loss"].uses
    assert "MSELoss" in by_cell["test_mlp_backward"].references  # lent with testing.references, not graded there
    assert tanh.answers["Tanh"].kind == "class" and "Tanh.backward" in tanh.answers["Tanh"].functions()


def _with_test(nb: nbformat.NotebookNode, grade_id: str, source: str, points: int = 1) -> None:
    """Append a graded test cell to ``nb``."""
    cell = nbformat.v4.new_code_cell(source)
    cell.id = f"cell-{grade_id.replace('_', '-')}"
    cell.metadata = {
        "nbgrader": {
            "grade": True,
            "grade_id": grade_id,
            "locked": True,
            "points": points,
            "schema_version": 3,
            "solution": False,
        }
    }
    nb.cells.append(cell)


LEAKY = """\
try:  # passes on an unanswered notebook, and whatever square_backward returns
    square_backward(np.ones(2), np.ones(2))
except NotImplementedError:
    pass"""
RENAMED = "assert np.allclose(square_bwd(np.ones(2), np.ones(2)), 2.0)  # the task was renamed; this cell forgotten"
NOTHING = "assert np.allclose(np.ones(2) * 2, 2.0)"
STALE = """\
from backprop_course import testing

testing.references(square_bwd=lambda x, dy: 2 * x * dy)
assert np.allclose(square_backward(np.ones(2), np.ones(2)), 2.0)"""


def broken_notebook(name: str) -> nbformat.NotebookNode:
    nb = scaffold_notebook(name)
    _with_test(nb, "test_leaky", LEAKY)
    _with_test(nb, "test_renamed", RENAMED)
    _with_test(nb, "test_nothing", NOTHING)
    return nb


def test_static_problems_name_their_cells() -> None:
    assert notebook_names(scaffold_notebook("fresh")).problems() == []
    nb = broken_notebook("broken")
    _with_test(nb, "test_stale", STALE)
    problems = notebook_names(nb).problems()
    cells = [p.split(":")[0] for p in problems]
    assert sorted(cells) == ["test_nothing", "test_renamed", "test_renamed", "test_stale"], problems
    renamed = " ".join(p for p in problems if p.startswith("test_renamed:"))
    assert "uses square_bwd, which no cell of the notebook defines" in renamed and "calls no student code" in renamed
    assert "lends a reference for square_bwd" in next(p for p in problems if p.startswith("test_stale:"))
    assert "calls no student code" in next(p for p in problems if p.startswith("test_nothing:"))
    # a test cell whose only use of the task is through a reference calls no student code either
    only_ref = copy.deepcopy(scaffold_notebook("fresh"))
    _with_test(
        only_ref,
        "test_only_ref",
        "from backprop_course import testing\n\ntesting.references(square_backward=len)\n"
        "assert square_backward([1, 2]) == 2",
    )
    assert [p.split(":")[0] for p in notebook_names(only_ref).problems()] == ["test_only_ref"]


@pytest.fixture(scope="module")
def refused_release(tmp_path_factory: pytest.TempPathFactory):
    """``backprop-course release good broken`` on a scratch course; (exit code, output, course)."""
    root = tmp_path_factory.mktemp("check-source") / "course"
    root.mkdir()
    (root / "nbgrader_config.py").write_bytes((REPO / "nbgrader_config.py").read_bytes())
    (root / "source").mkdir()
    course = Course(root)
    new_assignment(course, "good")
    new_assignment(course, "broken")
    nbformat.write(broken_notebook("broken"), root / "source" / "broken" / "broken.ipynb")
    output = io.StringIO()
    with contextlib.redirect_stdout(output):  # the verb prints its report (a module fixture: no capsys)
        code = main(["--course", str(root), "release", "good", "broken"])
    return code, output.getvalue(), course


def test_release_refuses_when_check_source_fails(refused_release) -> None:
    code, output, course = refused_release
    assert code == 1, output
    assert "release: nothing written" in output
    assert not course.release_dir.exists() or not any(course.release_dir.iterdir()), "release wrote files"
    assert not course.solutions_dir.exists() or not any(course.solutions_dir.iterdir())


def test_check_source_grades_model_blank_and_mutants(refused_release) -> None:
    _, output, _ = refused_release
    sections = output.split("\nbroken: ")
    good, broken = ("\n" + sections[0]).split("\ngood: ")[1], sections[1]
    assert good.startswith("ok"), good
    assert "test_square_backward  model   2/2  blank   0/2  calls square_backward" in good
    assert "mutants killed: square_backward 0/" not in good
    problems = [line.strip().removeprefix("PROBLEM ") for line in broken.splitlines() if "PROBLEM" in line]
    assert broken.startswith(f"{len(problems)} problem(s)"), broken

    def about(cell: str) -> list[str]:
        return [p for p in problems if p.startswith(cell + ":")]

    assert not about("test_square_backward"), problems  # the scaffold's test is fine in the broken notebook too
    leaky = " ".join(about("test_leaky"))
    assert "the blank release scores 1/1" in leaky  # passes on an unanswered notebook
    assert "uses square_backward but loses no points for any of the" in leaky  # catches no mutant
    renamed = " ".join(about("test_renamed"))
    assert "uses square_bwd, which no cell of the notebook defines" in renamed
    assert "the model solution scores 0/1" in renamed and "NameError" in renamed
    nothing = " ".join(about("test_nothing"))
    assert "calls no student code" in nothing and "the blank release scores 1/1" in nothing
    assert len(problems) == 7, problems  # test_renamed also calls no student code


def test_release_checks_again_only_what_changed_since_a_pass(tmp_path) -> None:
    """``.check-source.json``: a master that passed is not checked again until it, or the grader, changes."""
    (tmp_path / "source").mkdir()
    (tmp_path / "nbgrader_config.py").write_bytes((REPO / "nbgrader_config.py").read_bytes())
    course = Course(tmp_path)
    new_assignment(course, "one")
    new_assignment(course, "two")
    assert passed_unchanged(course, ["one", "two"]) == []
    record_passed(course, [SourceReport("one"), SourceReport("two", problems=["test_x: ..."])])
    assert passed_unchanged(course, ["one", "two"]) == ["one"]  # a failed check is never remembered
    master = course.source_dir / "one" / "one.ipynb"
    master.write_text(master.read_text().replace("2 * x * dy", "dy * 2 * x"))
    assert passed_unchanged(course, ["one", "two"]) == []
    record_passed(course, [SourceReport("one")])
    (course.root / "nbgrader_config.py").write_text((course.root / "nbgrader_config.py").read_text() + "\n# edited\n")
    assert passed_unchanged(course, ["one"]) == []
