"""Student feedback without hidden tests.

nbgrader's ``generate_feedback`` renders the autograded notebook, whose test cells hold the hidden
tests. :class:`HideHiddenTests` (configured in ``nbgrader_config.py``) rewrites the notebook before
rendering:

* every test cell with a hidden part: the hidden code is cut out, and the outputs are replaced by one
  line, the score's reason (``AssertionError: Gradient check failed for ...``) or ``passed``; an error
  message that quotes a line of any of the notebook's hidden code is withheld;
* every other code cell below the first hidden test: its outputs are replaced by a note. Student
  code that ran after hidden tests could print what it observed of them (their data, their sizes);
  the student has these outputs in their own notebook anyway, and the TA sees them in ``autograded/``.
"""

from __future__ import annotations

from typing import Any

from nbformat.notebooknode import NotebookNode
from nbgrader.preprocessors import ClearHiddenTests, NbGraderPreprocessor
from nbgrader.utils import is_grade, is_solution

HIDDEN_BEGIN = "### BEGIN HIDDEN TESTS"
HIDDEN_END = "### END HIDDEN TESTS"
REDACTED = "[message withheld: it quoted hidden test code]"


def _split_hidden(source: str) -> tuple[list[str], list[str]]:
    """(hidden, visible) stripped lines of a cell's source."""
    inside, hidden, visible = False, [], []
    for line in source.splitlines():
        if HIDDEN_BEGIN in line:
            inside = True
        elif HIDDEN_END in line:
            inside = False
        else:
            (hidden if inside else visible).append(line.strip())
    return hidden, visible


def hidden_lines(source: str) -> list[str]:
    """Lines only the hidden tests of this cell hold (12+ characters, not part of its visible code)."""
    hidden, visible = _split_hidden(source)
    shown = "\n".join(visible)
    return [line for line in hidden if len(line) >= 12 and line not in shown]


def secret_lines(nb: NotebookNode) -> list[str]:
    """Lines of a notebook's hidden tests found nowhere else in it: what must never reach a student."""
    hidden, visible = [], []
    for cell in nb.cells:
        h, v = _split_hidden(cell.source)
        hidden += h
        visible += v
    shown = "\n".join(visible)
    return sorted({line for line in hidden if len(line) >= 12 and line not in shown})


def summarise_outputs(outputs: list[NotebookNode], secret: list[str]) -> list[NotebookNode]:
    """One stream output stating the cell's outcome, with no raw output and no traceback."""
    errors = [o for o in outputs if o.get("output_type") == "error"]
    if errors:
        err = errors[-1]
        value = str(err.get("evalue", ""))
        if any(line in value for line in secret):
            value = REDACTED
        text = f"{err.get('ename', 'Error')}: {value}" if value else f"{err.get('ename', 'Error')} (no message)"
        name = "stderr"
    elif any(o.get("output_type") == "stream" and o.get("name") == "stderr" for o in outputs):
        text, name = "failed: the test wrote to stderr (a warning or an error message).", "stderr"
    else:
        text, name = "passed", "stdout"
    return [NotebookNode(output_type="stream", name=name, text=text + "\n")]


AFTER_HIDDEN_NOTE = "(output not shown in feedback: this cell ran after hidden tests; see your own notebook)\n"


class HideHiddenTests(NbGraderPreprocessor):
    """Cut hidden tests, and all output they or later cells produced, out of a notebook before it becomes feedback."""

    def preprocess(self, nb: NotebookNode, resources: dict[str, Any]):
        self.secret = secret_lines(nb)
        self.after_hidden = False
        return super().preprocess(nb, resources)

    def preprocess_cell(self, cell: NotebookNode, resources: dict[str, Any], index: int):
        if cell.cell_type != "code":
            return cell, resources
        if not is_grade(cell) or is_solution(cell) or HIDDEN_BEGIN not in cell.source:
            if self.after_hidden and cell.get("outputs") and not (is_grade(cell) and not is_solution(cell)):
                cell.outputs = [NotebookNode(output_type="stream", name="stdout", text=AFTER_HIDDEN_NOTE)]
            return cell, resources
        self.after_hidden = True
        cell.outputs = summarise_outputs(cell.outputs, self.secret)
        ClearHiddenTests()._remove_hidden_test_region(cell)
        cell.source = cell.source.rstrip() + "\n# (hidden tests ran here; their code is not shown)"
        return cell, resources


def generate_feedback(course, assignment: str, student: str = "*") -> list[str]:
    """nbgrader ``generate_feedback`` for one assignment (``student`` may be a glob) into ``feedback/``.

    The course's ``nbgrader_config.py`` puts :class:`HideHiddenTests` into the pipeline. Returns
    nbgrader's error messages (a student without an autograded notebook gets no feedback file).
    """
    from nbgrader.converters import GenerateFeedback

    return course.run_nbgrader(GenerateFeedback, assignment, student)
