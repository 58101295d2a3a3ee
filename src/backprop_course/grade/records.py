"""Grade records: what grading made of each submission, in ``grade_records/<assignment>/<student>.json``.

A record is written last and atomically, after the gradebook: a run killed at any point leaves either
the old record (and the submission is regraded) or the new one. A record whose fingerprint matches
the submitted files, with the submission in the gradebook, means *done*; anything else is graded
again by the next plain ``grade`` run.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..course import Course
from ..findings import Finding

GRADED, FAILED, INCOMPLETE = "graded", "failed", "incomplete"


@dataclass
class GradeRecord:
    """The outcome of grading one submission."""

    assignment: str
    student: str
    status: str  # GRADED; FAILED (not autogradable: score 0, see reason); INCOMPLETE (grading did not finish)
    score: float
    max_score: float
    reason: str = ""  # why it failed, or a one-line summary of what went wrong
    findings: list[Finding] = field(default_factory=list)
    fingerprint: str = ""  # hash of the submitted files; a changed submission is regraded
    graded_at: str = ""
    seconds: float = 0.0  # wall time from start to record, waiting for the gradebook and a kernel included
    exec_seconds: float = 0.0  # wall time of the notebook's execution
    kernel_cpu: float = 0.0  # CPU seconds used by its kernel and its tester (answer cells and test cells)
    cell_cpu: dict[str, float] = field(default_factory=dict)  # of it, per code cell run (grade_id or #index)
    sandboxed: bool = True

    @property
    def flags(self) -> list[str]:
        """Messages of the findings a TA must review (integrity and ungradable), most urgent first."""
        order = {"integrity": 0, "ungradable": 1}
        return [f.message for f in sorted(self.findings, key=lambda f: order.get(f.severity, 2)) if f.flagged]

    @property
    def notes(self) -> list[str]:
        """Messages of the informational findings."""
        return [f.message for f in self.findings if not f.flagged]

    def summary_line(self) -> str:
        """What went wrong, in one line: an ungradable finding first, then integrity, then a note (not a diagnosis)."""
        for severity in ("ungradable", "integrity", "note"):
            for f in self.findings:
                if f.severity == severity and f.kind != "diagnosis":
                    return f.message
        return ""

    def add(self, *findings: Finding) -> None:
        """Add findings, each once."""
        for f in findings:
            if f not in self.findings:
                self.findings.append(f)

    def as_json(self) -> str:
        data = asdict(self)
        data["findings"] = [f.as_dict() for f in self.findings]
        return json.dumps(data, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> GradeRecord:
        data: dict[str, Any] = json.loads(text)
        data["findings"] = [Finding.from_dict(f) for f in data.get("findings", [])]
        return cls(**data)


def record_path(course: Course, assignment: str, student: str) -> Path:
    return course.records_dir / assignment / f"{student}.json"


def load_record(course: Course, assignment: str, student: str) -> GradeRecord | None:
    """The record of one submission, or None."""
    try:
        return GradeRecord.from_json(record_path(course, assignment, student).read_text())
    except (OSError, ValueError, TypeError, KeyError):
        return None


def autograded_errors(course: Course, assignment: str, student: str) -> dict[str, str]:
    """grade_id -> the error outputs of that cell of the submission's autograded notebook, each as
    ``"ename: evalue"``, joined by newlines ("" for a cell without one); {} when there is no autograded notebook."""
    import nbformat

    path = course.autograded_dir / student / assignment / f"{assignment}.ipynb"
    if not path.is_file():
        return {}
    return {
        cell.metadata["nbgrader"]["grade_id"]: "\n".join(
            f"{o.ename}: {o.evalue}" for o in cell.get("outputs", []) if o.output_type == "error"
        )
        for cell in nbformat.read(path, as_version=4).cells
        if cell.metadata.get("nbgrader", {}).get("grade_id")
    }


def load_records(course: Course, assignment: str | None = None) -> list[GradeRecord]:
    """All records (of one assignment), sorted by assignment and student: for reports and TA review."""
    out = []
    for path in sorted(course.records_dir.glob(f"{assignment or '*'}/*.json")):
        rec = load_record(course, path.parent.name, path.stem)
        if rec is not None:
            out.append(rec)
    return out


def write_record(course: Course, rec: GradeRecord) -> None:
    """Write ``rec`` atomically (a reader sees the old record or the new one, never half of one)."""
    path = record_path(course, rec.assignment, rec.student)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(rec.as_json())
    os.replace(tmp, path)


def fingerprint(folder: Path) -> str:
    """sha256 over the relative paths and contents of a submission folder (symlinks by their target)."""
    h = hashlib.sha256()
    if not folder.is_dir():
        return ""
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            h.update(f"L {rel} -> {os.readlink(path)}\n".encode())
        elif path.is_file():
            h.update(f"F {rel} {path.stat().st_size}\n".encode())
            with path.open("rb") as f:
                for chunk in iter(lambda: f.read(1 << 20), b""):
                    h.update(chunk)
    return h.hexdigest()


def is_done(
    course: Course, assignment: str, student: str, in_gradebook: set[tuple[str, str]] | None = None
) -> GradeRecord | None:
    """The record if this submission was graded as it is now, else None.

    Done means: a finished record (graded or failed) for the same files, the submission in the
    gradebook (``in_gradebook``, when given, holds its ``(assignment, student)`` pairs) and, if it was
    graded, its autograded notebook.
    """
    rec = load_record(course, assignment, student)
    if rec is None or rec.status == INCOMPLETE:
        return None
    if rec.fingerprint != fingerprint(course.submitted_dir / student / assignment):
        return None
    if in_gradebook is not None and (assignment, student) not in in_gradebook:
        return None
    if rec.status == GRADED and not (course.autograded_dir / student / assignment / f"{assignment}.ipynb").is_file():
        return None
    return rec
