"""Collector plugins for LMS bulk downloads: one per LMS, on nbgrader's ``FileNameCollectorPlugin``.

nbgrader's ``zip_collect`` hands every extracted file to a collector plugin, which says whose
submission it is (``student_id``) and which notebook (``file_id``). The plugins here read the names
each LMS gives the files of its "download all submissions" archive, map the LMS identity to the
course's student id through the roster (:mod:`backprop_course.roster`), and add what the batch needs
to pick the latest of several candidates (``order``).

Canvas, *Download Submissions* (``submissions.zip``; Canvas's ``ContentZipper``,
https://github.com/instructure/canvas-lms/blob/master/lib/content_zipper.rb): one file per uploaded
attachment, named ``<sortable name>[_LATE]_<user id>_<attachment id>_<file name>``, the sortable
name ("Lovelace, Ada") lower-cased with everything but letters, digits and ``_`` removed
(``lovelaceada``). A file a student uploaded twice is renamed by Canvas with a ``-1``, ``-2``, ...
suffix (``tanh_mlp-1.ipynb``). Attachment ids only grow, so the larger one is the later upload.

Moodle, *Download all submissions* (``mod/assign/locallib.php``, ``download_submissions``): one folder
per student and plugin, ``<Full name>_<participant id>_assignsubmission_file_/<file name>`` (Moodle
3.1 and later), or, without folders, files named ``<Full name>_<participant id>_assignsubmission_file_
<file name>``. The participant id is per assignment (it is not the user id), so students are matched
by name. A zip entry's modification time is the file's, so the later one wins.

Zips inside the archive (a student who uploaded a zip) are unpacked into a folder named after the zip
(:mod:`.archive`); the plugins look for the LMS's name in every folder of a file's path.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from nbgrader.plugins.zipcollect import FileNameCollectorPlugin
from traitlets import Unicode

from ..roster import Roster, RosterEntry, name_key, name_variants, written_and_turned_around

# "tanh_mlp-1.ipynb" (Canvas renaming a second upload), "tanh_mlp (1).ipynb" (a browser's download copy)
RESUBMISSION = re.compile(r"^(?P<stem>.+?)(?:-(?P<dash>\d+)| \((?P<paren>\d+)\))(?P<ext>\.[^.]+)$")


@dataclass(frozen=True)
class Candidate:
    """What a plugin made of one extracted file that belongs to a roster student."""

    path: str  # absolute path of the extracted file
    entry: str  # the path inside extracted/ (archive folder first): shown in reports
    student_id: str
    notebook: str  # the notebook name it is collected as
    original_name: str  # the file's own name, as submitted
    order: tuple  # larger is later (the LMS's own clue), compared between candidates of one student
    lms_user: str  # the LMS identity in the file name (for reports)
    late: bool = False  # Canvas marked the submission LATE


def notebook_name(name: str, notebooks: set[str]) -> tuple[str, int]:
    """The released notebook ``name`` stands for, and its resubmission number (``x-2.ipynb`` -> ``x.ipynb``, 2)."""
    name = unicodedata.normalize("NFC", name)
    if name in notebooks or not notebooks:
        return name, 0
    m = RESUBMISSION.match(name)
    if m and f"{m['stem']}{m['ext']}" in notebooks:
        return f"{m['stem']}{m['ext']}", int(m["dash"] or m["paren"])
    return name, 0


class LmsCollectorPlugin(FileNameCollectorPlugin):
    """Base of the LMS plugins: ``named_regexp`` is matched against each folder and the file name of a path.

    Before use, :meth:`prepare` gives the plugin the roster, the extracted folder and the released
    notebook names. :meth:`collect` returns nbgrader's dict (``student_id``, ``file_id``) plus
    ``candidate`` (a :class:`Candidate`); files it cannot place are in :attr:`unmatched` with the reason.
    """

    lms = "LMS"

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.roster: Roster | None = None
        self.extracted_root = ""
        self.notebooks: set[str] = set()
        self.unmatched: dict[str, str] = {}  # entry -> why it is not anyone's submission
        self.skipped: dict[str, str] = {}  # entry -> why it is not collected (not a notebook)
        self._seen: dict[str, dict | None] = {}

    def prepare(self, roster: Roster, extracted_root: str, notebooks: set[str]) -> None:
        """What :meth:`collect` needs: the roster, the extracted folder, the assignment's notebook names."""
        self.roster, self.extracted_root, self.notebooks = roster, extracted_root, notebooks

    def collect(self, submitted_file: str) -> dict | None:
        """nbgrader's collector call: whose notebook ``submitted_file`` is, or None (with the reason kept)."""
        if submitted_file not in self._seen:
            self._seen[submitted_file] = self._collect(submitted_file)
        return self._seen[submitted_file]

    def _collect(self, submitted_file: str) -> dict | None:
        entry = os.path.relpath(submitted_file, self.extracted_root)
        parts = Path(entry).parts
        if os.path.splitext(submitted_file)[1].lower() not in self.valid_ext:
            self.skipped[entry] = "not a notebook"
            return None
        for i, part in enumerate(parts[1:], start=1):  # parts[0] is the archive's own folder
            match = re.match(self.named_regexp, unicodedata.normalize("NFC", part))
            if not match:
                continue
            groups = match.groupdict()
            student, reason = self.student_for(groups)
            if student is None:
                self.unmatched[entry] = reason
                return None
            file_name = (groups.get("filename") or "") if i == len(parts) - 1 else parts[-1]
            notebook, resubmission = notebook_name(file_name, self.notebooks)
            candidate = Candidate(
                path=submitted_file,
                entry=entry,
                student_id=student.student_id,
                notebook=notebook,
                original_name=file_name,
                order=(*self.order_of(groups, submitted_file), resubmission),
                lms_user=self.identity(groups),
                late=bool(groups.get("late")),
            )
            return {"student_id": student.student_id, "file_id": notebook, "candidate": candidate}
        self.unmatched[entry] = f"its name is not one of {self.lms}'s download names"
        return None

    def student_for(self, groups: dict[str, str]) -> tuple[RosterEntry | None, str]:
        """The roster entry of the LMS identity in ``groups``, or None and why not."""
        raise NotImplementedError

    def order_of(self, groups: dict[str, str], path: str) -> tuple:
        """The LMS's clue to which of two files is later (compared within one LMS)."""
        raise NotImplementedError

    def identity(self, groups: dict[str, str]) -> str:
        """The LMS identity in a file's name, as reports show it."""
        raise NotImplementedError

    def _one(self, found: list[RosterEntry], what: str) -> tuple[RosterEntry | None, str]:
        if len(found) == 1:
            return found[0], ""
        if not found:
            return None, f"no roster student is {what}"
        return None, f"{len(found)} roster students are {what} ({', '.join(e.student_id for e in found)})"


def canvas_name(name: str) -> str:
    """A name as Canvas writes it into download file names: only letters, digits and _, lower case."""
    return re.sub(r"\W", "", unicodedata.normalize("NFC", name)).lower()


def canvas_name_variants(name: str) -> set[str]:
    """:func:`canvas_name` of a roster name as written and turned around ("Ada Lovelace" <-> "Lovelace, Ada")."""
    return {canvas_name(v) for v in written_and_turned_around(name)}


class CanvasCollectorPlugin(LmsCollectorPlugin):
    """Canvas's *Download Submissions*: ``<name>[_LATE]_<user id>_<attachment id>_<file>``; matched on ``canvas_id``
    (the roster's Canvas user ID), else on the name."""

    lms = "Canvas"
    named_regexp = Unicode(
        r"^(?:(?P<name>.*?)_)?(?:(?P<late>LATE)_)?(?P<lms_user_id>\d+)_(?P<attachment_id>\d+)_(?P<filename>.+)$",
        help="A Canvas download name: sanitised sortable name, LATE, user id, attachment id, file name.",
    ).tag(config=True)

    def student_for(self, groups: dict[str, str]) -> tuple[RosterEntry | None, str]:
        user_id, name = groups["lms_user_id"], groups.get("name") or ""
        found = self.roster.find("canvas_id", user_id)
        if found:
            return self._one(found, f"Canvas user {user_id}")
        found = self.roster.find_by_name(name, canvas_name_variants) if name else []
        entry, reason = self._one(found, f"named {name!r} (and none has canvas_id {user_id})")
        if entry is not None and entry.canvas_id and entry.canvas_id != user_id:
            return None, f"the roster gives {entry.student_id} ({name}) Canvas user {entry.canvas_id}, not {user_id}"
        return entry, reason

    def order_of(self, groups: dict[str, str], path: str) -> tuple:
        return (int(groups["attachment_id"]),)

    def identity(self, groups: dict[str, str]) -> str:
        return f"Canvas user {groups['lms_user_id']} ({groups.get('name') or 'anonymous'})"


class MoodleCollectorPlugin(LmsCollectorPlugin):
    """Moodle's *Download all submissions*: ``<Full name>_<participant id>_assignsubmission_file_[<file>]``; matched on
    the roster's ``name``."""

    lms = "Moodle"
    named_regexp = Unicode(
        r"^(?P<name>.+)_(?P<participant_id>\d+)_assignsubmission_(?P<plugin>[a-z]+)_(?P<filename>.*)$",
        help="A Moodle download name: full name, participant id, submission plugin, file name (flat layout).",
    ).tag(config=True)

    def student_for(self, groups: dict[str, str]) -> tuple[RosterEntry | None, str]:
        name = groups["name"]
        if name.strip().casefold() == "participant":
            return None, "Moodle's blind marking hides who submitted it (reveal identities before downloading)"
        return self._one(self.roster.find_by_name(name_key(name), name_variants), f"named {name!r}")

    def order_of(self, groups: dict[str, str], path: str) -> tuple:
        return (os.stat(path).st_mtime,)  # the zip entry's time, kept by the extractor

    def identity(self, groups: dict[str, str]) -> str:
        return f"Moodle participant {groups['participant_id']} ({groups['name']})"


PLUGINS: dict[str, type[LmsCollectorPlugin]] = {"canvas": CanvasCollectorPlugin, "moodle": MoodleCollectorPlugin}


def detect_lms(names: list[str]) -> str | None:
    """Which LMS made an archive with these entry names (None: neither layout)."""
    firsts = [unicodedata.normalize("NFC", n.replace("\\", "/").split("/")[0]) for n in names]
    counts = {
        lms: sum(bool(re.match(plugin.named_regexp.default_value, f)) for f in firsts)
        for lms, plugin in PLUGINS.items()
    }
    if counts["moodle"]:  # Moodle's names also look like Canvas's to the looser Canvas pattern
        return "moodle"
    return "canvas" if counts["canvas"] else None
