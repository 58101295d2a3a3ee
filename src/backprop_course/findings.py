"""What grading found about a submission besides its score: one type, read by every report.

The tamper scan, the grading engine, the tester and the gradient checker all produce
:class:`Finding` s; grade records store them, and ``grades.csv``, the HTML report, feedback and the
TA's worklist read their fields. No module parses another's message text.

Severity, from most to least urgent:

* ``integrity``: the score may not be deserved (tampering, code that reads what it should not);
* ``ungradable``: the score may not be what the student earned (unreadable file, kernel died,
  a grader fault, a hang): a TA should look;
* ``note``: information (a star import, a restored test cell, a diagnosis).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

SEVERITIES = ("integrity", "ungradable", "note")


@dataclass(frozen=True)
class Finding:
    """One thing found about a submission."""

    kind: str  # stable identifier, e.g. "tamper", "unreadable", "kernel-died", "diagnosis"
    severity: str  # one of SEVERITIES
    cell: str  # grade_id of the cell concerned, "#<index>" for an unnamed cell, "" for the whole submission
    message: str  # one line for a human

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"severity must be one of {SEVERITIES}, not {self.severity!r}")

    @property
    def flagged(self) -> bool:
        """Whether a TA must look at it (integrity or ungradable)."""
        return self.severity != "note"

    def text(self) -> str:
        """The finding as one line: its message (which names the cell where that matters)."""
        return self.message

    def as_dict(self) -> dict[str, str]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        return cls(str(data["kind"]), str(data["severity"]), str(data.get("cell", "")), str(data["message"]))
