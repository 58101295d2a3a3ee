"""The TA's *To do* list: what a class still needs after grading, first on the report's index page.

Built from :func:`~backprop_course.report.grades.class_results` (the gradebook and the grade records):

* submissions with answers waiting for a manual grade (nbgrader's ``needs_manual_grade``), each linking to
  its formgrader view;
* flagged submissions, grouped by their most urgent finding (integrity > ungradable > note), each listed
  once with all its reasons;
* submissions that have no score for the files submitted now (not graded yet, grading did not finish);
* students with no submission.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..findings import SEVERITIES
from .grades import NOT_SUBMITTED, StudentRow, SubmissionResult, escape

# make lab serves JupyterLab (and formgrader) on the first free port from 8888 (backprop_course.lab)
DEFAULT_FORMGRADER_URL = "http://127.0.0.1:8888/formgrader"

SEVERITY_HEADINGS = {
    "integrity": "Integrity: the score may not be deserved",
    "ungradable": "Ungradable: the score may not be what the student earned",
    "note": "Notes",
}


@dataclass
class Worklist:
    """What is left to do for a class, each submission in one place."""

    manual: list[SubmissionResult] = field(default_factory=list)
    flagged: dict[str, list[SubmissionResult]] = field(default_factory=lambda: {s: [] for s in SEVERITIES})
    not_graded: list[SubmissionResult] = field(default_factory=list)
    missing: dict[str, list[str]] = field(default_factory=dict)  # student -> assignments not submitted

    @property
    def manual_points(self) -> float:
        """Points waiting for a manual grade, over all submissions."""
        return sum(r.manual_pending for r in self.manual)


def build_worklist(rows: Iterable[StudentRow]) -> Worklist:
    """The :class:`Worklist` of a class (rows from ``class_results``, similarity findings added if wanted)."""
    work = Worklist()
    for row in rows:
        for a, result in row.results.items():
            if result.manual:
                work.manual.append(result)
            if result.severity is not None:
                work.flagged[result.severity].append(result)
            if result.score is None and result.problem == NOT_SUBMITTED:
                work.missing.setdefault(row.student, []).append(a)
            elif result.score is None:
                work.not_graded.append(result)
    return work


def submission_url(formgrader_url: str, submission_id: str) -> str:
    """Formgrader's page of one submitted notebook (its manual grading view)."""
    return f"{formgrader_url.rstrip('/')}/submissions/{submission_id}/"


def student_link(result: SubmissionResult, formgrader_url: str, text: str | None = None) -> str:
    """The student's name, linked to formgrader's view of their notebook when it was graded."""
    label = escape(text or result.student)
    ids = result.submission_ids
    if not ids:
        return label
    target = ids.get(result.assignment) or next(iter(ids.values()))
    return f"<a href='{escape(submission_url(formgrader_url, target))}'>{label}</a>"


def _score(result: SubmissionResult) -> str:
    if result.score is None:
        return "-"
    pending = f" (+{result.manual_pending:g} to grade)" if result.manual else ""
    return f"{result.score:g} / {result.max_score:g}{pending}"


def _rows(header: list[str], rows: list[list[str]]) -> str:
    """A table whose cells are HTML already."""
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def worklist_html(work: Worklist, formgrader_url: str = DEFAULT_FORMGRADER_URL) -> str:
    """The *To do* section of the report's index page (HTML, every student-controlled text escaped)."""
    parts = ["<h2 id='todo'>To do</h2>"]
    parts.append(
        f"<h3 id='manual'>Manual grading: {len(work.manual)} submissions, {work.manual_points:g} points</h3>"
        "<p>Answers waiting for a TA's score (formgrader, <i>Manual Grading</i>); each link opens the submission "
        "in formgrader (start it with <code>make lab</code>).</p>"
    )
    if work.manual:
        rows = []
        for r in sorted(work.manual, key=lambda r: (r.assignment, r.student)):
            cells = ", ".join(f"{escape(c.grade_id)} ({c.max_score:g} pts)" for c in r.manual)
            link = f"<a href='{escape(submission_url(formgrader_url, r.manual[0].submission_id))}'>grade</a>"
            rows.append([escape(r.student), escape(r.assignment), cells, escape(_score(r)), link])
        parts.append(_rows(["student", "assignment", "answers to grade", "score so far", "formgrader"], rows))
    else:
        parts.append("<p>Nothing waits for a manual grade.</p>")

    count = sum(len(v) for v in work.flagged.values())
    parts.append(f"<h3 id='flagged'>Flagged submissions: {count}</h3>")
    for severity in SEVERITIES:
        flagged = work.flagged[severity]
        parts.append(f"<h4 id='flagged-{severity}'>{escape(SEVERITY_HEADINGS[severity])}: {len(flagged)}</h4>")
        if not flagged:
            continue
        rows = []
        for r in sorted(flagged, key=lambda r: (r.assignment, r.student)):
            reasons = "".join(f"<li>[{escape(f.severity)}] {escape(f.message)}</li>" for f in r.review_findings())
            rows.append(
                [student_link(r, formgrader_url), escape(r.assignment), escape(_score(r)), f"<ul>{reasons}</ul>"]
            )
        parts.append(_rows(["student", "assignment", "score", "reasons"], rows))

    parts.append(f"<h3 id='not-graded'>No score for the files submitted now: {len(work.not_graded)}</h3>")
    if work.not_graded:
        rows = [
            [escape(r.student), escape(r.assignment), escape(r.problem)]
            for r in sorted(work.not_graded, key=lambda r: (r.assignment, r.student))
        ]
        parts.append(_rows(["student", "assignment", "why"], rows))
    parts.append(f"<h3 id='missing'>Students with no submission: {len(work.missing)}</h3>")
    if work.missing:
        rows = [[escape(s), escape(", ".join(a))] for s, a in sorted(work.missing.items())]
        parts.append(_rows(["student", "assignments not submitted"], rows))
    return "\n".join(parts)
