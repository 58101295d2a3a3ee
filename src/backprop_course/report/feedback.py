"""Student feedback without hidden tests.

nbgrader's ``generate_feedback`` renders the autograded notebook, whose test cells hold the hidden
tests and whatever they printed. :class:`HideHiddenTests` (configured in ``nbgrader_config.py``)
rewrites every test cell that has a hidden part before rendering: the hidden code is cut out,
and the outputs are replaced by one line, the score's reason (``AssertionError: Gradient check
failed for ...``) or ``passed``. Error messages that quote a line of the hidden code are redacted.
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


class HideHiddenTests(NbGraderPreprocessor):
    """Cut hidden tests, and all output they produced, out of a notebook before it becomes feedback."""

    def preprocess_cell(self, cell: NotebookNode, resources: dict[str, Any], index: int):
        if cell.cell_type != "code" or not is_grade(cell) or is_solution(cell) or HIDDEN_BEGIN not in cell.source:
            return cell, resources
        secret = hidden_lines(cell.source)
        cell.outputs = summarise_outputs(cell.outputs, secret)
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
