"""Grades out of the gradebook: ``grades.csv`` and the per-student table printed after grading."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from ..course import Course
from ..grade.records import FAILED, GRADED, INCOMPLETE, GradeRecord, fingerprint, load_records


@dataclass
class StudentRow:
    """One student's result: score per assignment (None: not submitted / not gradable) and why."""

    student: str
    scores: dict[str, float | None] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def total(self) -> float:
        return sum(s for s in self.scores.values() if s is not None)


def _record_notes(course: Course) -> dict[tuple[str, str], GradeRecord]:
    return {(r.student, r.assignment): r for r in load_records(course)}


def _why_not_graded(rec: GradeRecord | None, submitted: bool) -> str:
    """Why a submission has no (current) autograded score, as grading recorded it."""
    if rec is None:
        return "submitted, not graded yet (run grade)" if submitted else "not submitted"
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


def class_results(course: Course) -> tuple[list[str], dict[str, float], list[StudentRow]]:
    """Assignments, their maximum scores, and one row per student, read from the gradebook."""
    from nbgrader.api import Gradebook, MissingEntry

    rows: list[StudentRow] = []
    records = _record_notes(course)
    with Gradebook(course.db_url, course.course_id) as gb:
        assignments = sorted(a.name for a in gb.assignments)
        max_scores = {a: gb.find_assignment(a).max_score for a in assignments}
        for student in sorted(s.id for s in gb.students):
            row = StudentRow(student)
            for a in assignments:
                try:
                    sub = gb.find_submission(a, student)
                except MissingEntry:
                    submitted = (course.submitted_dir / student / a).is_dir()
                    row.scores[a], row.notes[a] = None, _why_not_graded(records.get((student, a)), submitted)
                    continue
                rec = records.get((student, a))
                autograded = course.autograded_dir / student / a / f"{a}.ipynb"
                row.scores[a] = sub.score
                if rec is not None and not _current(course, rec):  # never an older score for new files
                    row.scores[a], row.notes[a] = None, _why_not_graded(rec, True)
                elif not autograded.is_file() or (rec is not None and rec.status == FAILED):
                    row.notes[a] = _why_not_graded(rec, True)
                elif sub.needs_manual_grade:
                    row.notes[a] = "needs manual grading"
            rows.append(row)
    return assignments, max_scores, rows


def write_grades_csv(course: Course, path: Path, flags: dict[str, list[str]] | None = None) -> Path:
    """One row per student: id, score per assignment, total, and flags for review; returns ``path``.

    ``flags``: more reasons per student to look at a submission (e.g. similar code), added to the
    notes nbgrader's gradebook gives (ungradable file, needs manual grading).
    """
    assignments, max_scores, rows = class_results(course)
    with path.open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["student_id", *assignments, "total", "flags"])
        writer.writerow(["Points Possible", *(max_scores[a] for a in assignments), sum(max_scores.values()), ""])
        for row in rows:
            notes = [f"{a}: {n}" for a, n in row.notes.items() if n != "not submitted"]
            notes = list(dict.fromkeys(notes + (flags or {}).get(row.student, [])))
            scores = ["" if row.scores[a] is None else row.scores[a] for a in assignments]
            writer.writerow([row.student, *scores, row.total, "; ".join(notes)])
    return path


def format_table(course: Course) -> str:
    """The class as a fixed-width text table: a row per student, a column per assignment."""
    assignments, max_scores, rows = class_results(course)
    width = max([len(a) for a in assignments] + [7])
    head = f"{'student':<10}" + "".join(f"{a:>{width + 2}}" for a in assignments) + f"{'total':>9}  notes"
    maxes = f"{'(max)':<10}" + "".join(f"{max_scores[a]:>{width + 2}.1f}" for a in assignments)
    lines = [head, maxes + f"{sum(max_scores.values()):>9.1f}", "-" * len(head)]
    for row in rows:
        cells = "".join(
            f"{'-' if row.scores[a] is None else format(row.scores[a], '.1f'):>{width + 2}}" for a in assignments
        )
        notes = "; ".join(f"{a}: {n}" for a, n in row.notes.items() if n != "not submitted")
        lines.append(f"{row.student:<10}{cells}{row.total:>9.1f}  {notes}")
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
    from html import escape

    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


_STYLE = (
    "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}"
    "td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}th{background:#eee}</style>"
)


def write_html_report(course: Course, out_dir: Path, threshold: float | None = None) -> dict[str, list]:
    """``out_dir/index.html`` and, per assignment, ``out_dir/<a>/index.html`` with PNG plots,
    the most frequent diagnoses per test cell, and the similarity pairs (``similarity.html``).

    Returns ``{assignment: [SimilarPair, ...]}``.
    """
    from collections import Counter
    from html import escape

    from ..review.similarity import DEFAULT_THRESHOLD, find_similar_pairs

    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
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
        counts = Counter((r.test_cell, r.diagnosis) for r in a_rows if r.diagnosis)
        top = [[t, d, n] for (t, d), n in counts.most_common(30)]
        similar[a] = find_similar_pairs(course, a, threshold, folder / "similarity.html")
        pairs = [[p.student_a, p.student_b, f"{p.similarity_a:.0%}", f"{p.similarity_b:.0%}"] for p in similar[a]]
        mean = sum(scores) / len(scores) if scores else 0.0
        page = [
            f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(a)}</title>{_STYLE}</head><body>",
            f"<h1>{escape(a)}</h1><p>{len(scores)} graded submissions, mean {mean:.1f} / {max_scores[a]:g}."
            " <a href='../index.html'>all assignments</a></p>",
            "<h2>Scores</h2><img src='scores.png' alt='score histogram'>",
            "<h2>Pass rate per test cell</h2>" + ("<img src='pass_rates.png' alt='pass rates'>" if rates else ""),
            "<h2>Most frequent diagnoses</h2><p>What the failing gradient checks and tests said, by test cell.</p>",
            _table(["test cell", "diagnosis", "students"], top) if top else "<p>No test failed.</p>",
            f"<h2>Similar code (both ways &ge; {threshold:.0%})</h2>",
            _table(["student", "student", "share of first in second", "share of second in first"], pairs)
            + "<p><a href='similarity.html'>side-by-side view</a></p>"
            if pairs
            else "<p>No pair above the threshold.</p>",
            "</body></html>",
        ]
        (folder / "index.html").write_text("\n".join(page))
        index_rows.append([a, len(scores), f"{mean:.1f} / {max_scores[a]:g}", len(pairs)])
    links = "".join(f"<li><a href='{escape(a)}/index.html'>{escape(a)}</a></li>" for a in assignments)
    (out_dir / "index.html").write_text(
        f"<!doctype html><html><head><meta charset='utf-8'><title>Grade report</title>{_STYLE}</head><body>"
        f"<h1>Grade report</h1><ul>{links}</ul>"
        + _table(["assignment", "graded", "mean", "similar pairs"], index_rows)
        + "<p>Grades: <code>grades.csv</code> (one row per student) and <code>grades_long.csv</code>"
        " (one row per test cell).</p></body></html>"
    )
    return similar
