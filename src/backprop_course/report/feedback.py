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

:class:`FeedbackExporter` (``GenerateFeedback.exporter_class`` in ``nbgrader_config.py``) renders the page:
nbgrader's feedback template with each test named by its task title and grade id in the table of
contents (``templates/feedback/backprop_feedback.html.j2``), and math rendered as MathML when the page
is written (:mod:`.math`): no MathJax, no network. A submission that could not be graded (empty, corrupt,
missing notebook) gets a page saying why and what to do (:func:`write_ungradable_pages`).
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from jinja2 import pass_context
from nbconvert.exporters import HTMLExporter
from nbconvert.filters.markdown_mistune import MarkdownWithMath
from nbformat.notebooknode import NotebookNode
from nbgrader.preprocessors import ClearHiddenTests, NbGraderPreprocessor
from nbgrader.utils import is_grade, is_solution

from ..grade.records import FAILED, GradeRecord
from .math import MathMLRenderer

TEMPLATES = (
    Path(__file__).parent / "templates" / "feedback_page"
)  # feedback/backprop_feedback.html.j2, base/mathjax.html.j2
FEEDBACK_TEMPLATE = "backprop_feedback.html.j2"

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


def _heading(source: str) -> str:
    """The last markdown heading in a cell's source, without its #s ('' if none)."""
    lines = [line.lstrip("#").strip() for line in source.splitlines() if line.startswith("#")]
    return next(
        (line for line in reversed(lines) if line and "BEGIN SOLUTION" not in line and "END SOLUTION" not in line), ""
    )


def section_titles(nb: NotebookNode) -> dict[str, str]:
    """``{grade_id: title}`` for every graded cell: the heading of the section it is in (instructor text only)."""
    titles, section = {}, ""
    for cell in nb.cells:
        if cell.cell_type == "markdown" and not is_solution(cell):
            section = _heading(cell.source) or section
        if is_grade(cell) and section:
            titles[cell.metadata["nbgrader"]["grade_id"]] = section
    return titles


class FeedbackExporter(HTMLExporter):
    """nbgrader's feedback HTML, with tests named in its table of contents and math pre-rendered as MathML.

    Configured in ``nbgrader_config.py`` as ``GenerateFeedback.exporter_class``, so ``backprop-course
    feedback``, plain ``nbgrader generate_feedback`` and formgrader's feedback button all use it.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # after nbgrader's config (template_name "feedback", its template directory): ours first
        self.extra_template_basedirs = list(dict.fromkeys([str(TEMPLATES), *self.extra_template_basedirs]))
        self.template_paths = self._template_paths()  # computed once from the basedirs nbgrader's config gave
        self.template_file = FEEDBACK_TEMPLATE

    @pass_context
    def markdown2html(self, context: Any, source: str) -> str:
        """nbconvert's markdown filter (attachments, anchors, highlighting as configured), math as MathML."""
        cell = context.get("cell", {})
        renderer = MathMLRenderer(
            escape=False,
            attachments=cell.get("attachments", {}),
            embed_images=self.embed_images,
            path=context.get("resources", {}).get("metadata", {}).get("path", ""),
            anchor_link_text=self.anchor_link_text,
            exclude_anchor_links=self.exclude_anchor_links,
            **self.lexer_options,
        )
        return MarkdownWithMath(renderer=renderer).render(source)

    def from_notebook_node(
        self, nb: NotebookNode, resources: dict[str, Any] | None = None, **kw: Any
    ) -> tuple[str, dict[str, Any]]:
        resources = dict(resources or {})
        resources["section_titles"] = section_titles(nb)
        return super().from_notebook_node(nb, resources, **kw)


# --- a page for a submission that could not be graded ------------------------------------------------------

WHAT_TO_DO = {
    "unreadable": (
        "The file you submitted could not be opened as a notebook. Open your notebook in JupyterLab: if it opens "
        "and shows your work, submit that file again, named <code>{notebook}</code>. If it does not open, look for "
        "an earlier copy (JupyterLab keeps one in the folder <code>.ipynb_checkpoints</code> beside it) and tell "
        "your TA."
    ),
    "metadata-stripped": (
        "Your notebook lost the information that links its cells to the tests (this happens when answers are "
        "pasted into a new notebook). Copy your answers into the answer cells of the notebook you were given, "
        "and submit that one, named <code>{notebook}</code>; or ask your TA to grade it by hand."
    ),
}
WHAT_TO_DO_OTHERWISE = (
    "Run <i>Kernel &rarr; Restart and Run All</i> on your notebook: if every cell runs, tell your TA, who will look "
    "at your submission; if a cell fails or never finishes, fix it and submit <code>{notebook}</code> again."
)


def ungradable_page(rec: GradeRecord) -> str:
    """The feedback page of a submission that could not be graded: its score, why, and what to do."""
    notebook = f"{rec.assignment}.ipynb"
    reasons = [f for f in rec.findings if f.severity == "ungradable"]
    why = "".join(f"<li>{escape(f.message)}</li>" for f in reasons) or f"<li>{escape(rec.reason)}</li>"
    advice = next((WHAT_TO_DO[f.kind] for f in reasons if f.kind in WHAT_TO_DO), WHAT_TO_DO_OTHERWISE)
    return (
        "<!DOCTYPE html>\n<html><head><meta charset='utf-8'>"
        f"<title>{escape(rec.assignment)}: could not be graded</title>"
        "<style>body{font-family:sans-serif;max-width:48em;margin:2em auto;line-height:1.5}"
        "h1{font-size:1.4em}.score{font-size:1.1em}</style></head><body>"
        f"<h1>{escape(rec.assignment)}: your submission could not be graded</h1>"
        f"<p class='score'>Score: {rec.score:g} / {rec.max_score:g}, because the grader could not run your notebook."
        "</p><h2>Why</h2>"
        f"<ul id='why'>{why}</ul><h2>What to do</h2><p id='what-to-do'>{advice.format(notebook=escape(notebook))}</p>"
        "<p>Nothing was graded, so this score is not a judgement of your work. If the deadline has passed, your TA "
        "decides whether a corrected notebook can still be graded.</p></body></html>\n"
    )


def write_ungradable_pages(course, assignment: str, student: str = "*") -> list[Path]:
    """``feedback/<s>/<a>/<a>.html`` for each submission (``student`` may be a glob) whose files, as
    submitted now, could not be graded; returns the pages written."""
    from fnmatch import fnmatch

    from ..grade.records import fingerprint, load_records

    written = []
    for rec in load_records(course, assignment):
        if rec.status != FAILED or not fnmatch(rec.student, student):
            continue
        if rec.fingerprint != fingerprint(course.submitted_dir / rec.student / assignment):
            continue  # submitted again since: the next grade run decides
        page = course.feedback_dir / rec.student / assignment / f"{assignment}.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(ungradable_page(rec), encoding="utf-8")
        written.append(page)
    return written


def generate_feedback(course, assignment: str, student: str = "*") -> list[str]:
    """nbgrader ``generate_feedback`` for one assignment (``student`` may be a glob) into ``feedback/``,
    then a page for each submission that could not be graded (:func:`write_ungradable_pages`).

    The course's ``nbgrader_config.py`` puts :class:`HideHiddenTests` into the pipeline and makes
    :class:`FeedbackExporter` the exporter. Returns nbgrader's error messages (it finds no autograded
    notebook for a submission that was not graded, or could not be: the latter get the page).
    """
    from nbgrader.converters import GenerateFeedback

    errors = course.run_nbgrader(GenerateFeedback, assignment, student)
    write_ungradable_pages(course, assignment, student)
    return errors
