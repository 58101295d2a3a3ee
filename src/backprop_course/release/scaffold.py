"""``backprop-course new <name> [--from <assignment>]``: a new assignment that follows the course's conventions.

Without ``--from``, :func:`new_assignment` writes ``source/<name>/<name>.ipynb``, a complete
one-task master notebook built the way the five bundled ones are (``docs/writing-tests.md``):

* an introduction with the points header, a notation and layout note, and "How this notebook is
  graded" (derive every gradient, float32 accepted, inputs not modified, one mistake costs only its
  own tests);
* the imports cell, one task (a markdown cell, then its answer cell with ``### BEGIN/END SOLUTION``);
* its test cell: a leading hidden block with the reference implementations (``_ref_...``, calling
  no student code), a short visible check with :mod:`backprop_course.gradcheck` and
  :mod:`backprop_course.testing`, and a hidden part that checks other sizes drawn from
  ``testing.hidden_rng`` against the reference's exact gradient (finite differences only to diagnose
  a wrong answer);

and ``answers/<name>/`` with one bug case (:mod:`backprop_course.answers`). The scaffold passes
``backprop-course check-source`` as written; the instructor then replaces the task with theirs.

With ``--from <assignment>``, the master of an existing assignment (and the other files of its
``source/`` folder) is copied under the new name instead; its test cells keep importing
``backprop_course.checks.<assignment>``, which the new assignment's student kit then holds too.
Answer cases are not copied (they describe the old tasks): the suite grades the new assignment's
model solution and blank release without any, and the listing printed says which cases there are.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from ..course import Course

if TYPE_CHECKING:
    from nbformat.notebooknode import NotebookNode

__all__ = ["NAME_PATTERN", "ScaffoldRefused", "new_assignment", "scaffold_notebook"]

NAME_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,39}$")  # an nbgrader assignment id, a file and a module name
BUG_CASE = "bug_missing_factor_2"

INTRO = """\
# {title}

**Points:** 2, all auto-graded (the number of points of each graded cell is in its metadata and in the
feedback you get back).

You will derive the backward pass of a block by hand, implement it in plain numpy, and check it against
a numerical gradient.

**Notation and layout.** A block maps its input $\\mathbf{{x}}$ to an output $\\mathbf{{y}}$; `dy` is the gradient
of the loss $c$ with respect to $\\mathbf{{y}}$, and a backward pass returns the gradient with respect to
$\\mathbf{{x}}$. Arrays are float64 numpy arrays of any shape; a gradient has the shape of the array it is the
gradient of.

**How this notebook is graded**
* Write code only where `# YOUR CODE HERE` stands and delete the `raise NotImplementedError()` line. Do not
  use global variables inside your functions.
* **One mistake costs only its own tests.** Each test grades the functions its task names; everything else
  it needs comes from the instructor's reference code when your notebook is graded.
* **Derive every gradient.** A backward pass that returns a numerical estimate (finite differences) is
  detected and loses that test's points.
* **float32 is accepted**: a correct answer computed in float32 passes (it is compared with a float32
  tolerance).
* **Backward passes must not modify their inputs**: `x` and `dy` stay as they were (write `dx = dy * ...`,
  not `dy *= ...`). The tests check this.
* Add cells for your own experiments wherever you like: the tests run on data of their own.
* Each test cell shows a *visible* check on fixed data. When your notebook is graded, more checks run in
  the same cell on other sizes and random data; when a gradient is wrong they say what looks wrong (sign,
  a missing factor, ...). Make your code work for any shape, not just the example.
* Before submitting: *Kernel → Restart Kernel and Run All Cells*, then *Validate*."""

TASK = """\
## 1. The backward pass of an element-wise square

The block computes $y_i = x_i^2$ for every entry. Output $i$ depends on input $i$ only, so the backward
step is an element-wise product:
$$
\\frac{\\partial c}{\\partial x_i} = \\frac{\\partial c}{\\partial y_i}\\, \\frac{d y_i}{d x_i} .
$$

**Task:** write `square_backward(x, dy)`, which returns $\\partial c / \\partial \\mathbf{x}$ (the shape of `x`)
and leaves `x` and `dy` unchanged."""

ANSWER = """\
def square_backward(x, dy):
    \"\"\"Backward pass of the element-wise square y = x**2.

    Args:
      x (array):  the block's input, any shape.
      dy (array): gradient of the loss with respect to y, the shape of x.

    Returns:
      dx (array): gradient of the loss with respect to x, the shape of x.
    \"\"\"
    ### BEGIN SOLUTION
    return 2 * x * dy  # y_i = x_i^2  =>  dc/dx_i = dc/dy_i * 2 x_i
    ### END SOLUTION"""

TEST = """\
### BEGIN HIDDEN TESTS
# The instructor's reference implementations, defined once for every test cell of the notebook; no student
# code runs in this block. A test cell that needs a function it does not grade lends the reference to the
# notebook with testing.references(name=_ref_name), so each test grades only the functions its task names.
from backprop_course import gradcheck, testing


def _ref_square(x):
    return np.asarray(x, dtype=np.float64) ** 2


def _ref_square_backward(x, dy):
    return 2.0 * np.asarray(x, dtype=np.float64) * np.asarray(dy, dtype=np.float64)


### END HIDDEN TESTS
# Visible check (x of size 3): square_backward against the numerical gradient of sum(x**2 * dy); x and dy
# must stay unchanged.
from backprop_course import gradcheck, testing

x, dy = np.array([0.5, -1.0, 2.0]), np.array([1.0, 2.0, -1.5])
dx = testing.as_array("dx of square_backward", square_backward(x, dy), x.shape)
assert np.array_equal(x, [0.5, -1.0, 2.0]) and np.array_equal(dy, [1.0, 2.0, -1.5]), (
    "square_backward changed x or dy in place: compute a new array (dx = dy * ...)")
gradcheck.check_gradient("dx of square_backward", dx, gradcheck.numerical_vjp(lambda z: z**2, x, dy))
print("visible check passed")
### BEGIN HIDDEN TESTS
rng = testing.hidden_rng(101)
for shape in ((1,), (4,), (3, 5)):
    x, dy = rng.normal(size=shape), rng.normal(size=shape)
    x_before, dy_before = x.copy(), dy.copy()
    what = f"dx of square_backward for x of shape {shape}"
    dx = testing.as_array(what, square_backward(x, dy), shape)
    assert np.array_equal(x, x_before) and np.array_equal(dy, dy_before), (
        f"square_backward changed x or dy in place (x of shape {shape}): compute a new array")
    gradcheck.check_gradient(what, dx, lambda: gradcheck.numerical_vjp(_ref_square, x, dy),
                             exact=_ref_square_backward(x, dy),
                             likely_bugs={"it is 2 x**2 dy: the derivative is taken at y instead of x.": 2 * x**2 * dy})
### END HIDDEN TESTS"""

BUG = """\
# square_backward drops the factor 2 of d(x**2)/dx = 2x: the gradient checker names the missing factor.
# fails: test_square_backward: the factor 2 from differentiating a square is missing
# %% square_backward
def square_backward(x, dy):
    return x * dy
"""


class ScaffoldRefused(RuntimeError):
    """The new assignment cannot be written: a bad name, an existing assignment, an unknown ``--from``."""


def _meta(grade_id: str, *, solution: bool = False, grade: bool = False, points: int = 0) -> dict[str, dict]:
    meta = {"grade": grade, "grade_id": grade_id, "locked": not solution, "schema_version": 3, "solution": solution}
    if grade:
        meta["points"] = points
    return {"nbgrader": meta}


def scaffold_notebook(name: str) -> NotebookNode:
    """The template master notebook of assignment ``name`` (see the module docstring), as an nbformat notebook."""
    import nbformat

    title = name.replace("_", " ").capitalize() + ": a backward pass derived by hand"
    cells = [
        nbformat.v4.new_markdown_cell(INTRO.format(title=title)),
        nbformat.v4.new_code_cell("import numpy as np", metadata=_meta("imports")),
        nbformat.v4.new_markdown_cell(TASK),
        nbformat.v4.new_code_cell(ANSWER, metadata=_meta("square_backward", solution=True)),
        nbformat.v4.new_code_cell(TEST, metadata=_meta("test_square_backward", grade=True, points=2)),
    ]
    for index, cell in enumerate(cells):
        cell.id = f"cell-{index:02d}"
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    return nb


def new_assignment(course: Course, name: str, from_assignment: str | None = None) -> list[Path]:
    """Write the new assignment ``name`` into ``course`` (see the module docstring); return the files written.

    Raises:
        ScaffoldRefused: ``name`` is not a valid assignment name or is taken (``source/<name>/`` or
            ``answers/<name>/`` exists), or ``from_assignment`` is not an assignment of the course.
    """
    import nbformat

    if not NAME_PATTERN.match(name):
        raise ScaffoldRefused(
            f"{name!r} is not a valid assignment name: lower-case letters, digits and _, starting with a letter"
        )
    source_dir, answers_dir = course.source_dir / name, course.answers_dir / name
    taken = [p for p in (source_dir, answers_dir) if p.exists()]
    if taken:
        raise ScaffoldRefused(
            f"{', '.join(str(p.relative_to(course.root)) for p in taken)} exists: choose another name"
        )
    if from_assignment is not None and from_assignment not in course.assignments():
        raise ScaffoldRefused(
            f"no assignment {from_assignment!r} to copy (assignments: {', '.join(course.assignments())})"
        )
    if from_assignment is None:
        source_dir.mkdir(parents=True)
        notebook = source_dir / f"{name}.ipynb"
        nbformat.write(scaffold_notebook(name), notebook)
        answers_dir.mkdir(parents=True)
        case = answers_dir / f"{BUG_CASE}.py"
        case.write_text(BUG, encoding="utf-8")
        return [notebook, case]
    original = course.source_dir / from_assignment
    shutil.copytree(original, source_dir, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
    (source_dir / f"{from_assignment}.ipynb").rename(source_dir / f"{name}.ipynb")
    written = sorted(p for p in source_dir.rglob("*") if p.is_file())
    return written
