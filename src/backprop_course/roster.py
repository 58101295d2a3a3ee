"""The class roster: the course's student ids and who each student is in the LMS.

A roster is a CSV file, ``roster.csv`` in the course root by default (it holds personal data: it is
git-ignored). One row per student; the header names its columns, in any order, case-insensitively.
Only ``student_id`` is required:

=================  ===============================================  =====================================
column             what it is                                       also accepted as header
=================  ===============================================  =====================================
``student_id``     the course's id: ``submitted/<student_id>/``     ``student id``
``name``           the student's name, "Last, First" or "First      ``Student`` (Canvas), ``Full name``
                   Last" (matched against LMS download names)       (Moodle)
``canvas_id``      Canvas user ID (numeric)                         ``ID`` (Canvas gradebook export)
``sis_user_id``    Canvas SIS User ID                               ``SIS User ID``
``sis_login_id``   Canvas SIS Login ID                              ``SIS Login ID``
``section``        Canvas section name                              ``Section``
``email``          email address (a Moodle user identifier)         ``Email address``
``id_number``      Moodle ID number                                 ``ID number``
``username``       Moodle username                                  ``Username``
=================  ===============================================  =====================================

So a Canvas gradebook export with a ``student_id`` column added is a roster as it is (its
``Points Possible`` row is skipped).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, fields
from pathlib import Path

ROSTER_FILE = "roster.csv"

# roster column -> the header spellings accepted for it (compared case-insensitively, spaces and _ alike)
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "student_id": ("student_id",),
    "name": ("name", "student", "full name"),
    "canvas_id": ("canvas_id", "id"),
    "sis_user_id": ("sis_user_id",),
    "sis_login_id": ("sis_login_id",),
    "section": ("section",),
    "email": ("email", "email address"),
    "id_number": ("id_number", "id number"),
    "username": ("username",),
}


class RosterError(ValueError):
    """The roster file cannot be used (no ``student_id`` column, duplicate ids, ...)."""


@dataclass(frozen=True)
class RosterEntry:
    """One student: the course's id and the LMS identities the roster gives (empty string: not given)."""

    student_id: str
    name: str = ""
    canvas_id: str = ""
    sis_user_id: str = ""
    sis_login_id: str = ""
    section: str = ""
    email: str = ""
    id_number: str = ""
    username: str = ""


def _header_key(header: str) -> str:
    return re.sub(r"[\s_]+", " ", header.strip().lstrip("\ufeff")).casefold()


def name_key(name: str) -> str:
    """A name compared loosely: Unicode NFC, case folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def written_and_turned_around(name: str) -> set[str]:
    """``name`` (NFC, stripped) as written and turned around: "Lovelace, Ada" <-> "Ada Lovelace"."""
    name = unicodedata.normalize("NFC", name).strip()
    variants = {name}
    if "," in name:
        last, first = (p.strip() for p in name.split(",", 1))
        variants.add(f"{first} {last}")
    elif " " in name:
        first, last = name.rsplit(" ", 1)
        variants.add(f"{last}, {first}")
    return variants


def name_variants(name: str) -> set[str]:
    """``name`` as written and turned around (:func:`written_and_turned_around`), as :func:`name_key`."""
    return {name_key(v) for v in written_and_turned_around(name) if v}


class Roster:
    """The students of a roster file, looked up by the course's id or by an LMS identity."""

    def __init__(self, entries: list[RosterEntry], path: Path | None = None) -> None:
        self.entries = entries
        self.path = path
        self.by_student_id = {e.student_id: e for e in entries}
        if len(self.by_student_id) != len(entries):
            seen: set[str] = set()
            dup = next(e.student_id for e in entries if e.student_id in seen or seen.add(e.student_id))
            raise RosterError(f"{path or 'roster'}: student_id {dup!r} appears twice")

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):
        return iter(self.entries)

    def find(self, field: str, value: str) -> list[RosterEntry]:
        """The entries whose ``field`` equals ``value`` (stripped; empty values never match)."""
        value = value.strip()
        return [e for e in self.entries if value and getattr(e, field).strip() == value]

    def find_by_name(self, key: str, normalise=name_variants) -> list[RosterEntry]:
        """The entries one of whose name variants (``normalise(name)``) is ``key``."""
        return [e for e in self.entries if e.name and key in normalise(e.name)]


def read_roster(path: Path) -> Roster:
    """Read a roster CSV (UTF-8, with or without BOM; comma-separated). See the module docstring.

    Raises:
        RosterError: no ``student_id`` column, an empty or duplicate student id.
    """
    with path.open(newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    if not rows:
        raise RosterError(f"{path}: empty roster")
    header = [_header_key(h) for h in rows[0]]
    columns: dict[str, int] = {}
    for column, aliases in COLUMN_ALIASES.items():
        for alias in aliases:
            if _header_key(alias) in header:
                columns[column] = header.index(_header_key(alias))
                break
    if "student_id" not in columns:
        raise RosterError(f"{path}: no student_id column (header: {', '.join(rows[0])})")
    known = {f.name for f in fields(RosterEntry)}
    entries = []
    for n, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row) or (row and row[0].strip().startswith("Points Possible")):
            continue
        values = {c: (row[i].strip() if i < len(row) else "") for c, i in columns.items() if c in known}
        if not values["student_id"]:
            raise RosterError(f"{path}, line {n}: empty student_id")
        entries.append(RosterEntry(**values))
    return Roster(entries, path)


def default_roster_path(course_root: Path) -> Path:
    """``roster.csv`` in the course root: the roster used when none is named."""
    return course_root / ROSTER_FILE


def find_roster(course_root: Path, path: Path | None) -> Roster | None:
    """The roster at ``path``, else the course's ``roster.csv`` if there is one, else None."""
    if path is not None:
        return read_roster(path)
    default = default_roster_path(course_root)
    return read_roster(default) if default.is_file() else None
