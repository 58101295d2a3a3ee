"""Grades out of the gradebook: ``grades.csv``, the per-student table, and what each submission still needs.

:func:`class_results` reads nbgrader's gradebook (scores, cells waiting for a manual grade) and the grade
records (findings), once, into one :class:`SubmissionResult` per student and assignment; the CSVs, the
text table and the HTML report (with its *To do* page, :mod:`.worklist`) are views of it.
"""

from __future__ import annotations

import csv
import html
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..course import Course
from ..findings import SEVERITIES, Finding
from ..grade.records import FAILED, GRADED, INCOMPLETE, GradeRecord, fingerprint, load_records
from ..grade.staging import printable

# Findings in which a test explains why it failed: per test cell, in grades_long.csv and feedback, not reasons
# to review a submission.
PER_TEST_KINDS = frozenset({"diagnosis", "test-note"})
SIMILAR_CODE = "similar-code"  # the kind of the finding this module adds for a pair of similar submissions

# A submission's (and a student's) status, most urgent first.
REVIEW_INTEGRITY = "review: integrity"
REVIEW_UNGRADABLE = "review: ungradable"
NOT_GRADED = "not graded yet"
MANUAL_PENDING = "manual grading pending"
MISSING = "missing submission"
COMPLETE = "complete"
STATUSES = (REVIEW_INTEGRITY, REVIEW_UNGRADABLE, NOT_GRADED, MANUAL_PENDING, MISSING, COMPLETE)
NOT_SUBMITTED = "not submitted"
NEEDS_MANUAL_GRADING = "needs manual grading"  # StudentRow.notes of a submission with manual cells (kept for callers)


@dataclass(frozen=True)
class ManualCell:
    """An answer cell waiting for a TA's score in formgrader (nbgrader's ``needs_manual_grade``)."""

    notebook: str
    grade_id: str
    max_score: float
    submission_id: str  # formgrader's id of the submitted notebook: /formgrader/submissions/<id>


@dataclass
class SubmissionResult:
    """One student's result on one assignment, from the gradebook and the grade record of the files submitted now."""

    student: str
    assignment: str
    max_score: float
    submitted: bool
    score: float | None = None  # the gradebook's score (manual grades included); None: no score for these files
    problem: str = ""  # why there is no score, or why it is 0 without grading ("not submitted", a failure's reason)
    record: GradeRecord | None = None  # grading's record of the files submitted now (None: none, or outdated)
    findings: list[Finding] = field(default_factory=list)  # the record's, and the report's (similar code)
    manual: list[ManualCell] = field(default_factory=list)
    submission_ids: dict[str, str] = field(default_factory=dict)  # notebook name -> formgrader's submission id

    @property
    def manual_pending(self) -> float:
        """Points of the answer cells still waiting for a manual grade."""
        return sum((c.max_score for c in self.manual), 0.0)

    def review_findings(self) -> list[Finding]:
        """The findings that are reasons to look at this submission, each once, most urgent first.

        Per-test explanations (diagnoses, test notes) are left out: they explain a score, as feedback does.
        """
        seen: dict[tuple[str, str], Finding] = {}
        for f in self.findings:
            if f.kind not in PER_TEST_KINDS:
                seen.setdefault((f.severity, f.message), f)
        return sorted(seen.values(), key=lambda f: SEVERITIES.index(f.severity))

    @property
    def severity(self) -> str | None:
        """The most urgent severity of :meth:`review_findings`, or None."""
        found = self.review_findings()
        return found[0].severity if found else None

    @property
    def status(self) -> str:
        """One of :data:`STATUSES`: what this submission still needs."""
        if not self.submitted and self.score is None:
            return MISSING
        if self.severity == "integrity":
            return REVIEW_INTEGRITY
        if self.severity == "ungradable":
            return REVIEW_UNGRADABLE
        if self.score is None:
            return NOT_GRADED
        return MANUAL_PENDING if self.manual else COMPLETE


@dataclass
class StudentRow:
    """One student's results: score per assignment (None: not submitted / not graded) and why."""

    student: str
    scores: dict[str, float | None] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)  # per assignment: SubmissionResult.problem, or manual grading
    results: dict[str, SubmissionResult] = field(default_factory=dict)

    @property
    def total(self) -> float:
        """Points so far: autograded and manually graded (points waiting for a manual grade count as none)."""
        return sum(s for s in self.scores.values() if s is not None)

    @property
    def manual_pending(self) -> float:
        """Points waiting for a manual grade, over all assignments."""
        return sum((r.manual_pending for r in self.results.values()), 0.0)

    @property
    def status(self) -> str:
        """The most urgent status of the student's submissions."""
        return min((r.status for r in self.results.values()), key=STATUSES.index, default=COMPLETE)


def _record_notes(course: Course) -> dict[tuple[str, str], GradeRecord]:
    return {(r.student, r.assignment): r for r in load_records(course)}


def _why_not_graded(rec: GradeRecord | None, submitted: bool) -> str:
    """Why a submission has no (current) autograded score, as grading recorded it."""
    if rec is None:
        return "submitted, not graded yet (run grade)" if submitted else NOT_SUBMITTED
    if rec.status == INCOMPLETE:
        return "grading did not finish: run grade again"
    if rec.status == GRADED:
        return "submitted again since it was graded: run grade"
    return rec.reason or "could not be autograded (see grade_records/)"


def _current(course: Course, rec: GradeRecord | None) -> bool:
    """Whether ``rec`` is a finished grading of the files submitted now."""
    if rec is None or rec.status == INCOMPLETE:
        return False
    return rec.fingerprint == fingerprint(course.submitted_dir / rec.student / rec.assignment)


def _submission_result(course: Course, gb, assignment: str, student: str, max_score: float, rec) -> SubmissionResult:
    """What the gradebook and the record say about one submission."""
    from nbgrader.api import MissingEntry

    submitted = (course.submitted_dir / student / assignment).is_dir()
    result = SubmissionResult(student, assignment, max_score, submitted)
    try:
        sub = gb.find_submission(assignment, student)
    except MissingEntry:
        result.problem = _why_not_graded(rec, submitted)
        return result
    if rec is not None and not _current(course, rec):  # never an older score for new files
        result.problem = _why_not_graded(rec, True)
        return result
    result.score, result.record = sub.score, rec
    result.findings = list(rec.findings) if rec is not None else []
    autograded = course.autograded_dir / student / assignment / f"{assignment}.ipynb"
    if not autograded.is_file() or (rec is not None and rec.status == FAILED):
        result.problem = _why_not_graded(rec, True)
        return result
    for nb in sub.notebooks:
        result.submission_ids[nb.name] = nb.id
        result.manual += [ManualCell(nb.name, g.name, g.max_score, nb.id) for g in nb.grades if g.needs_manual_grade]
    return result


def class_results(course: Course) -> tuple[list[str], dict[str, float], list[StudentRow]]:
    """Assignments, their maximum scores, and one row per student (in the gradebook or in ``submitted/``)."""
    from nbgrader.api import Gradebook

    rows: list[StudentRow] = []
    records = _record_notes(course)
    with Gradebook(course.db_url, course.course_id) as gb:
        assignments = sorted(a.name for a in gb.assignments)
        max_scores = {a: gb.find_assignment(a).max_score for a in assignments}
        for student in sorted({s.id for s in gb.students} | set(course.students())):
            row = StudentRow(student)
            for a in assignments:
                result = _submission_result(course, gb, a, student, max_scores[a], records.get((student, a)))
                row.results[a], row.scores[a] = result, result.score
                if result.problem:
                    row.notes[a] = result.problem
                elif result.manual:
                    row.notes[a] = NEEDS_MANUAL_GRADING
            rows.append(row)
    return assignments, max_scores, rows


def add_similarity(rows: Iterable[StudentRow], similar: dict[str, list] | None) -> None:
    """Add a finding (integrity) to both submissions of each pair of similar ones (``review.similarity``)."""
    by_student = {row.student: row for row in rows}
    for assignment, pairs in (similar or {}).items():
        for p in pairs:
            for me, other in ((p.student_a, p.student_b), (p.student_b, p.student_a)):
                result = by_student.get(me, StudentRow(me)).results.get(assignment)
                if result is not None:
                    message = f"code similar to {other}'s ({p.similarity:.0%} both ways)"
                    result.findings.append(Finding(SIMILAR_CODE, "integrity", "", message))


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def integrity_flags(row: StudentRow) -> list[str]:
    """``<assignment>: <reason>`` for every integrity finding of the student's submissions."""
    return _unique(
        f"{a}: {f.message}" for a, r in row.results.items() for f in r.review_findings() if f.severity == "integrity"
    )


def review_notes(row: StudentRow) -> list[str]:
    """``<assignment>: <note>``: why a score is missing or 0, ungradable findings, then the other notes."""
    notes = []
    for a, r in row.results.items():
        found = [f.message for f in r.review_findings() if f.severity != "integrity"]
        notes += [f"{a}: {m}" for m in _unique(([r.problem] if r.problem else []) + found)]
    return notes


def escape(text: str) -> str:
    """``text`` for an HTML page: markup and control characters escaped, so that a student id or a
    message (student-controlled) can neither add markup nor forge a line."""
    return html.escape(printable(text))


def write_grades_csv(course: Course, path: Path, similar: dict[str, list] | None = None) -> Path:
    """One row per student: id, score per assignment, total, status, manual_pending, integrity_flags, notes.

    The second row, ``Points Possible``, holds the maximum scores. ``total`` is the points so far;
    ``manual_pending`` the points of answers still waiting for a TA's grade (not counted as 0 in
    ``status``: ``manual grading pending``). ``similar``: :func:`~backprop_course.review.similarity.find_similar_pairs`
    per assignment, listed in ``integrity_flags``. Returns ``path``.
    """
    assignments, max_scores, rows = class_results(course)
    add_similarity(rows, similar)
    with path.open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["student_id", *assignments, "total", "status", "manual_pending", "integrity_flags", "notes"])
        writer.writerow(
            ["Points Possible", *(max_scores[a] for a in assignments), sum(max_scores.values()), "", "", "", ""]
        )
        for row in rows:
            scores = ["" if row.scores[a] is None else row.scores[a] for a in assignments]
            writer.writerow(
                [  # student ids and messages with control characters escaped: a cell cannot forge a row
                    printable(row.student),
                    *scores,
                    row.total,
                    row.status,
                    row.manual_pending,
                    printable("; ".join(integrity_flags(row))),
                    printable("; ".join(review_notes(row))),
                ]
            )
    return path


def format_table(course: Course, similar: dict[str, list] | None = None) -> str:
    """The class as a fixed-width text table: a row per student, a column per assignment (``+N``: N points
    waiting for a manual grade), the status when something is left to do, and why (``similar`` as in
    :func:`write_grades_csv`)."""
    assignments, max_scores, rows = class_results(course)
    add_similarity(rows, similar)
    width = max([len(a) for a in assignments] + [7])
    head = f"{'student':<10}" + "".join(f"{a:>{width + 2}}" for a in assignments) + f"{'total':>9}  status"
    maxes = f"{'(max)':<10}" + "".join(f"{max_scores[a]:>{width + 2}.1f}" for a in assignments)
    lines = [head, maxes + f"{sum(max_scores.values()):>9.1f}", "-" * len(head)]
    for row in rows:
        cells = ""
        for a in assignments:
            r = row.results[a]
            text = "-" if r.score is None else f"{r.score:.1f}" + (f"+{r.manual_pending:g}" if r.manual else "")
            cells += f"{text:>{width + 2}}"
        problems = [f"{a}: {r.problem}" for a, r in row.results.items() if r.problem and r.problem != NOT_SUBMITTED]
        flags = [f"{a}: {f.message}" for a, r in row.results.items() for f in r.review_findings() if f.flagged]
        why = "; ".join(_unique(problems + flags))
        status = "" if row.status == COMPLETE else row.status
        why = f" ({printable(why)})" if why else ""
        lines.append(f"{printable(row.student):<10}{cells}{row.total:>9.1f}  {status}{why}")
    lines.append(f"(+N: N points waiting for a manual grade in formgrader; {len(rows)} students)")
    return "\n".join(lines)


# --- per test cell results, diagnoses, and the HTML report -------------------------------------------------


@dataclass(frozen=True)
class CellRow:
    """One auto-graded test cell of one submission (the long-format CSV's row)."""

    student: str
    assignment: str
    test_cell: str
    score: float
    max_score: float
    diagnosis: str


def cell_rows(course: Course) -> list[CellRow]:
    """Every auto-graded test cell of every graded submission, with its diagnosis when it lost points."""
    from nbgrader.api import Gradebook

    rows = []
    records = _record_notes(course)
    with Gradebook(course.db_url, course.course_id) as gb:
        for assignment in sorted(a.name for a in gb.assignments):
            for sub in gb.assignment_submissions(assignment):
                student = sub.student.id
                rec = records.get((student, assignment))
                diagnoses = {f.cell: f.message for f in (rec.findings if rec else []) if f.kind == "diagnosis"}
                for nb in sub.notebooks:
                    for grade in nb.grades:
                        if grade.cell_type != "code" or grade.auto_score is None:
                            continue
                        reason = ""
                        if grade.score < grade.max_score:
                            graded = rec is not None and rec.status not in (FAILED, INCOMPLETE)
                            reason = (
                                diagnoses.get(grade.name, "no diagnosis recorded")
                                if graded
                                else (_why_not_graded(rec, True))
                            )
                        rows.append(CellRow(student, assignment, grade.name, grade.score, grade.max_score, reason))
    return rows


def write_long_csv(rows: list[CellRow], path: Path) -> Path:
    """student, assignment, test_cell, score, max_score, diagnosis: one row per test cell."""
    with path.open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["student_id", "assignment", "test_cell", "score", "max_score", "diagnosis"])
        for r in rows:
            writer.writerow([r.student, r.assignment, r.test_cell, r.score, r.max_score, r.diagnosis])
    return path


def _plot_histogram(scores: list[float], max_score: float, title: str, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3.2))
    bins = min(20, max(5, int(max_score) + 1))
    ax.hist(scores, bins=bins, range=(0, max_score), color="#4a7fb5", edgecolor="white")
    ax.set(xlabel=f"score (max {max_score:g})", ylabel="students", title=title)
    ax.yaxis.get_major_locator().set_params(integer=True)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def _plot_pass_rates(rates: dict[str, float], title: str, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(rates)[::-1]
    fig, ax = plt.subplots(figsize=(6, 0.45 * len(names) + 1.2))
    ax.barh(names, [100 * rates[n] for n in names], color="#5b9e5b")
    ax.set(xlim=(0, 100), xlabel="students with full marks (%)", title=title)
    for y, n in enumerate(names):
        ax.text(min(100 * rates[n] + 1, 90), y, f"{100 * rates[n]:.0f}%", va="center", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def _table(header: list[str], rows: list[list[object]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


_STYLE = (
    "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}"
    "td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}th{background:#eee}"
    "td ul{margin:0;padding-left:1.2em}</style>"
)


def _diagnosis_table(rows: list[CellRow], results: dict[str, SubmissionResult], formgrader_url: str) -> str:
    """Diagnoses by test cell, most frequent first, each with the students who got it (linked to formgrader)."""
    from .worklist import student_link

    students: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        # a submission that could not be graded has its reason on every test cell: it is on the To do list instead
        if r.diagnosis and not (r.student in results and results[r.student].problem):
            students.setdefault((r.test_cell, r.diagnosis), []).append(r.student)
    top = sorted(students.items(), key=lambda item: (-len(item[1]), item[0]))[:30]
    if not top:
        return "<p>No test failed.</p>"
    body = []
    for (test, diagnosis), names in top:
        links = ", ".join(
            student_link(results[s], formgrader_url) if s in results else escape(s) for s in sorted(set(names))
        )
        who = links if len(names) <= 8 else f"<details><summary>{len(names)} students</summary>{links}</details>"
        body.append(f"<tr><td>{escape(test)}</td><td>{escape(diagnosis)}</td><td>{len(names)}</td><td>{who}</td></tr>")
    head = "<tr><th>test cell</th><th>diagnosis</th><th>students</th><th>who</th></tr>"
    return f"<table id='diagnoses'>{head}{''.join(body)}</table>"


def write_html_report(
    course: Course,
    out_dir: Path,
    threshold: float | None = None,
    formgrader_url: str | None = None,
) -> dict[str, list]:
    """``out_dir/index.html`` (the *To do* list first, then the assignments) and, per assignment,
    ``out_dir/<a>/index.html`` with PNG plots, the most frequent diagnoses per test cell with the students
    who got each, and the similarity pairs (``similarity.html``).

    ``formgrader_url``: where links to a submission point (default: ``make lab``'s formgrader,
    :data:`~backprop_course.report.worklist.DEFAULT_FORMGRADER_URL`). Returns ``{assignment: [SimilarPair, ...]}``.
    """
    from ..review.similarity import DEFAULT_THRESHOLD, find_similar_pairs
    from .worklist import DEFAULT_FORMGRADER_URL, build_worklist, worklist_html

    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    formgrader_url = formgrader_url or DEFAULT_FORMGRADER_URL
    assignments, max_scores, students = class_results(course)
    rows = cell_rows(course)
    out_dir.mkdir(parents=True, exist_ok=True)
    similar: dict[str, list] = {}
    index_rows = []
    for a in assignments:
        folder = out_dir / a
        folder.mkdir(exist_ok=True)
        scores = [s.scores[a] for s in students if s.scores.get(a) is not None]
        a_rows = [r for r in rows if r.assignment == a]
        tests = list(dict.fromkeys(r.test_cell for r in a_rows))
        rates = {}
        for t in tests:
            results = [r.score == r.max_score for r in a_rows if r.test_cell == t]
            rates[t] = sum(results) / len(results)
        _plot_histogram(scores, max_scores[a], f"{a}: scores of {len(scores)} students", folder / "scores.png")
        if rates:
            _plot_pass_rates(rates, f"{a}: pass rate per test cell", folder / "pass_rates.png")
        by_student = {s.student: s.results[a] for s in students if a in s.results}
        similar[a] = find_similar_pairs(course, a, threshold, folder / "similarity.html")
        pairs = [[p.student_a, p.student_b, f"{p.similarity_a:.0%}", f"{p.similarity_b:.0%}"] for p in similar[a]]
        mean = sum(scores) / len(scores) if scores else 0.0
        page = [
            f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(a)}</title>{_STYLE}</head><body>",
            f"<h1>{escape(a)}</h1><p>{len(scores)} graded submissions, mean {mean:.1f} / {max_scores[a]:g}."
            " <a href='../index.html'>To do and all assignments</a></p>",
            "<h2>Scores</h2><img src='scores.png' alt='score histogram'>",
            "<h2>Pass rate per test cell</h2>" + ("<img src='pass_rates.png' alt='pass rates'>" if rates else ""),
            "<h2>Most frequent diagnoses</h2><p>What the failing gradient checks and tests said, by test cell; "
            "each name opens that student's submission in formgrader.</p>",
            _diagnosis_table(a_rows, by_student, formgrader_url),
            f"<h2>Similar code (both ways &ge; {threshold:.0%})</h2>",
            _table(["student", "student", "share of first in second", "share of second in first"], pairs)
            + "<p><a href='similarity.html'>side-by-side view</a></p>"
            if pairs
            else "<p>No pair above the threshold.</p>",
            "</body></html>",
        ]
        (folder / "index.html").write_text("\n".join(page))
        index_rows.append([a, len(scores), f"{mean:.1f} / {max_scores[a]:g}", len(pairs)])
    add_similarity(students, similar)
    links = "".join(f"<li><a href='{escape(a)}/index.html'>{escape(a)}</a></li>" for a in assignments)
    (out_dir / "index.html").write_text(
        f"<!doctype html><html><head><meta charset='utf-8'><title>Grade report</title>{_STYLE}</head><body>"
        "<h1>Grade report</h1>"
        + worklist_html(build_worklist(students), formgrader_url)
        + f"<h2 id='assignments'>Assignments</h2><ul>{links}</ul>"
        + _table(["assignment", "graded", "mean", "similar pairs"], index_rows)
        + "<p>Grades: <code>grades.csv</code> (one row per student) and <code>grades_long.csv</code>"
        " (one row per test cell).</p></body></html>"
    )
    return similar
