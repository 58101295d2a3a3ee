"""``backprop-course collect``: an LMS bulk download into ``submitted/``, on nbgrader's ``zip_collect``.

nbgrader's :class:`~nbgrader.apps.zipcollectapp.ZipCollectApp` does the work in its own layout: the
downloaded archives are kept in ``downloaded/<assignment>/archive/``, extracted into
``downloaded/<assignment>/extracted/`` by the extractor plugin (here :class:`.SafeExtractorPlugin`),
each file is named by the collector plugin (here the LMS's, :mod:`.lms`), and the submissions are
copied into ``submitted/<student>/<assignment>/``. :class:`LmsZipCollectApp` changes two steps:

* choosing among several files of one student for one notebook: the LMS's own order decides (Canvas:
  the larger attachment id; Moodle: the later file time), where nbgrader needs timestamps in file
  names and fails without them;
* writing ``submitted/``: nbgrader clears a student's folder (with ``--force``) or stops; here a
  submission is written only when it is new or newer than the one collected before, by the same
  order, and ``downloaded/<assignment>/collected.json`` records where each collected file came from.
  A submission not collected from an LMS archive (copied by hand, or by ``nbgrader collect`` from the
  exchange) is never replaced.

Every archive ever collected for the assignment stays in ``archive/`` and is extracted again on each
run, so the result depends only on the set of archives: running ``collect`` twice changes nothing,
and collecting an older archive after a newer one replaces nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from nbgrader.apps.zipcollectapp import ZipCollectApp

from ..course import Course
from ..roster import Roster
from .archive import ArchiveRefused, Refusal, SafeExtractorPlugin
from .lms import PLUGINS, Candidate, LmsCollectorPlugin, detect_lms

MANIFEST = "collected.json"


class CollectRefused(Exception):
    """Nothing was collected: a refused archive, an unknown layout or assignment, no roster."""


@dataclass
class CollectSummary:
    """What one ``collect`` run did and found, for the TA."""

    assignment: str
    lms: str
    archive: str  # the archive's name in downloaded/<assignment>/archive/
    new: list[str] = field(default_factory=list)  # student ids collected for the first time
    replaced: list[str] = field(default_factory=list)  # students whose submission was replaced by a newer one
    unchanged: list[str] = field(default_factory=list)
    kept: dict[str, str] = field(default_factory=dict)  # student -> why the existing submission stays
    several: dict[str, str] = field(default_factory=dict)  # student -> the candidates and which one won
    renamed: dict[str, str] = field(default_factory=dict)  # student -> notebook names not the assignment's
    late: list[str] = field(default_factory=list)  # students whose collected submission the LMS marked late
    unmatched: dict[str, str] = field(default_factory=dict)  # file in the archive -> why it is no one's
    skipped: dict[str, str] = field(default_factory=dict)  # file -> why it is not collected (not a notebook, ...)
    refused: list[Refusal] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # roster students without a submission

    def format(self) -> str:
        """A report for the terminal: counts first, then every file or student that needs a look."""
        lines = [
            f"collect {self.assignment} from {self.archive} ({self.lms}): {len(self.new)} new, "
            f"{len(self.replaced)} replaced by a newer submission, {len(self.unchanged)} unchanged, "
            f"{len(self.kept)} kept, {len(self.unmatched)} file(s) matched to no student, {len(self.refused)} refused, "
            f"{len(self.missing)} roster students without a submission"
        ]

        def section(title: str, items: list[str]) -> None:
            if items:
                lines.append(f"{title}:")
                lines.extend(f"  {item}" for item in items)

        section("replaced (a newer submission)", self.replaced)
        section("kept (existing submission not replaced)", [f"{s}: {why}" for s, why in self.kept.items()])
        section("several candidates (the latest wins)", [f"{s}: {why}" for s, why in self.several.items()])
        section("notebook not named as the assignment's", [f"{s}: {why}" for s, why in self.renamed.items()])
        section("marked late by the LMS", self.late)
        section("files matched to no roster student", [f"{e}: {why}" for e, why in self.unmatched.items()])
        section("refused (never extracted)", [f"{r.path}: {r.reason}" for r in self.refused])
        section("roster students without a submission", self.missing)
        skipped = defaultdict(list)
        for entry, why in self.skipped.items():
            skipped[why].append(entry)
        section("not collected", [f"{why}: {len(es)} file(s), e.g. {es[0]}" for why, es in skipped.items()])
        return "\n".join(lines)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _write_json_atomically(path: Path, data: dict) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w") as f:
        json.dump(data, f, indent=1, sort_keys=True, ensure_ascii=False)
    os.replace(tmp, path)


class LmsZipCollectApp(ZipCollectApp):
    """nbgrader's ``zip_collect`` with the latest-wins choice and the newer-only transfer (module docstring)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.summary: CollectSummary | None = None
        self.manifest: dict = {"archives": [], "students": {}}
        self.archive_order: dict[str, int] = {}  # extracted folder name -> position of its archive
        self.new_archive = ""  # the extracted folder name of the archive this run collects

    @property
    def plugin(self) -> LmsCollectorPlugin:
        return self.collector_plugin_inst

    def fail(self, msg, *args):
        """nbgrader exits the process on a failure; here it is an exception the caller reports."""
        raise CollectRefused(msg % args if args else msg)

    def _order(self, c: Candidate) -> tuple:
        return (*c.order, self.archive_order.get(Path(c.entry).parts[0], -1), c.entry)

    def _collect_files(self, src_files):
        """Pick, per student and notebook, the latest candidate; then nbgrader's own collection of those."""
        summary, plugin = self.summary, self.plugin
        by_student: dict[str, list[Candidate]] = defaultdict(list)
        for path in src_files:
            info = plugin.collect(path)
            if info:
                by_student[info["student_id"]].append(info["candidate"])
        mine = [c for cs in by_student.values() for c in cs if Path(c.entry).parts[0] == self.new_archive]
        if mine and not any(c.notebook in plugin.notebooks for c in mine):
            held = sorted({c.original_name for c in mine})
            raise CollectRefused(
                f"none of the {len(mine)} notebooks in {summary.archive} is {' or '.join(sorted(plugin.notebooks))} "
                f"(they are {', '.join(held[:5])}{', ...' if len(held) > 5 else ''}): another assignment's download?"
            )
        winners = []
        for student, candidates in sorted(by_student.items()):
            proper = [c for c in candidates if c.notebook in plugin.notebooks]
            if proper:  # a notebook of the assignment: other notebooks of this student are not collected
                for c in candidates:
                    if c.notebook not in plugin.notebooks:
                        summary.skipped[c.entry] = "another notebook of a student who submitted the assignment's"
                candidates = proper
            else:
                summary.renamed[student] = ", ".join(sorted({c.original_name for c in candidates}))
            by_notebook: dict[str, list[Candidate]] = defaultdict(list)
            for c in candidates:
                by_notebook[c.notebook].append(c)
            for notebook, same in by_notebook.items():
                same.sort(key=self._order)
                latest = same[-1]
                winners.append(latest.path)
                contents = {sha256_of(Path(c.path)) for c in same}
                if len(contents) > 1:
                    others = ", ".join(c.entry for c in same[:-1])
                    summary.several[student] = f"{notebook}: {latest.entry} (the latest) over {others}"
        return super()._collect_files(sorted(winners))

    def _transfer_files(self, collected_data):
        """Write each student's latest submission into ``submitted/`` when it is new or newer (module docstring)."""
        summary, plugin = self.summary, self.plugin
        recorded = self.manifest["students"]
        for student, data in sorted(collected_data.items()):
            dest_dir = Path(
                self.coursedir.format_path(self.coursedir.submitted_directory, student, self.coursedir.assignment_id)
            )
            candidates = [plugin.collect(src)["candidate"] for src in data["src_files"]]
            files = {c.notebook: sha256_of(Path(c.path)) for c in candidates}
            latest = max(candidates, key=self._order)
            source = {
                "entry": latest.entry,
                "order": list(self._order(latest)[:-1]),
                "lms_user": latest.lms_user,
                "late": latest.late,
            }
            before = recorded.get(student)
            current = {p.name: sha256_of(p) for p in dest_dir.iterdir() if p.is_file()} if dest_dir.is_dir() else {}
            if before is None and current:
                if all(current.get(name) == digest for name, digest in files.items()):
                    recorded[student] = {"files": files, "source": source}  # the same files: adopted
                    summary.unchanged.append(student)
                else:
                    summary.kept[student] = (
                        f"{dest_dir.relative_to(self.coursedir.root)} was not collected from an LMS archive "
                        "(copied by hand or by nbgrader collect): move it away to collect this one"
                    )
                continue
            if before is not None and files == before["files"] and current:
                if all(current.get(name) == digest for name, digest in files.items()):
                    summary.unchanged.append(student)
                    if latest.late:
                        summary.late.append(student)
                else:
                    summary.kept[student] = f"{dest_dir.relative_to(self.coursedir.root)} was changed since collected"
                continue
            if current and before is not None and tuple(source["order"]) <= tuple(before["source"]["order"]):
                summary.kept[student] = f"the collected submission ({before['source']['entry']}) is the newer one"
                continue
            self._write_submission(dest_dir, candidates, before)
            recorded[student] = {"files": files, "source": source}
            (summary.replaced if before is not None and current else summary.new).append(student)
            if latest.late:
                summary.late.append(student)

    def _write_submission(self, dest_dir: Path, candidates: list[Candidate], before: dict | None) -> None:
        """Replace the files collected before (only those) by the candidates' files, each written atomically."""
        dest_dir.mkdir(parents=True, exist_ok=True)
        for c in candidates:
            fd, tmp = tempfile.mkstemp(dir=dest_dir, prefix=".collecting-")
            os.close(fd)
            shutil.copyfile(c.path, tmp)
            os.chmod(tmp, 0o644)
            os.replace(tmp, dest_dir / c.notebook)
        for name in (before or {}).get("files", {}):
            if name not in {c.notebook for c in candidates}:
                (dest_dir / name).unlink(missing_ok=True)


def _store_archive(archive: Path, archive_dir: Path, manifest: dict, lms: str) -> tuple[str, bool]:
    """Keep a copy of the downloaded archive in ``archive_dir`` (once); its stored name and whether it is new."""
    digest = sha256_of(archive)
    for known in manifest["archives"]:
        if known["sha256"] == digest and (archive_dir / known["name"]).is_file():
            return known["name"], False
    name = archive.name
    if (archive_dir / name).exists():
        name = f"{archive.stem}-{digest[:12]}{archive.suffix}"
    archive_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy2(archive, archive_dir / name)
    manifest["archives"].append(
        {
            "name": name,
            "sha256": digest,
            "lms": lms,
            "original": str(archive),
            "collected_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
    )
    return name, True


def collect_submissions(
    course: Course, assignment: str, archive: Path, roster: Roster, lms: str = "auto"
) -> CollectSummary:
    """Import an LMS bulk download of ``assignment`` into ``submitted/`` (module docstring).

    ``lms``: ``canvas``, ``moodle`` or ``auto`` (from the archive's file names).

    Raises:
        CollectRefused: unknown assignment, not a zip, an unknown layout, a zip bomb (nothing is
            written or kept then).
    """
    if assignment not in course.assignments():
        raise CollectRefused(f"no assignment {assignment!r} (assignments: {', '.join(course.assignments())})")
    if not zipfile.is_zipfile(archive):
        raise CollectRefused(f"{archive}: not a zip file")
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
    if lms == "auto":
        lms = detect_lms(names) or ""
        if not lms:
            raise CollectRefused(f"{archive}: neither Canvas's nor Moodle's download layout (name the LMS: --lms)")
    if lms not in PLUGINS:
        raise CollectRefused(f"unknown LMS {lms!r} (known: {', '.join(PLUGINS)})")

    config = course.nbgrader_config()
    config.CourseDirectory.assignment_id = assignment
    config.ZipCollectApp.extractor_plugin = SafeExtractorPlugin
    config.ZipCollectApp.collector_plugin = PLUGINS[lms]
    config.ZipCollectApp.force = True  # nbgrader clears extracted/ before extracting again
    config.Application.log_level = "ERROR"
    app = LmsZipCollectApp(config=config)
    app.coursedir = course.coursedir(config)
    app.init_plugins()
    extractor: SafeExtractorPlugin = app.extractor_plugin_inst
    try:  # a bomb is refused before anything is kept
        with zipfile.ZipFile(archive) as zf:
            extractor.check_zip(zf, archive.name, depth=1)
    except ArchiveRefused as e:
        raise CollectRefused(f"refused {e}") from None
    archive_dir = Path(app._format_collect_path(app.archive_directory))
    extracted_dir = Path(app._format_collect_path(app.extracted_directory))
    manifest_path = archive_dir.parent / MANIFEST
    if manifest_path.is_file():
        app.manifest = json.loads(manifest_path.read_text())
    stored, is_new = _store_archive(archive, archive_dir, app.manifest, lms)
    app.archive_order = {Path(a["name"]).stem: i for i, a in enumerate(app.manifest["archives"])}
    app.summary = summary = CollectSummary(assignment, lms, stored)
    release = Path(app.coursedir.format_path(app.coursedir.release_directory, ".", assignment))
    notebooks = {p.name for p in release.glob("*.ipynb")} or {f"{assignment}.ipynb"}
    app.plugin.prepare(roster, str(extracted_dir), notebooks)
    app.new_archive = Path(stored).stem
    try:
        app.extract_archive_files()
        app.process_extracted_files()
    except (ArchiveRefused, CollectRefused) as e:
        if is_new:  # not kept: the next run must not read it again
            (archive_dir / stored).unlink(missing_ok=True)
            app.manifest["archives"] = [a for a in app.manifest["archives"] if a["name"] != stored]
        raise CollectRefused(f"refused {e}" if isinstance(e, ArchiveRefused) else str(e)) from None
    _write_json_atomically(manifest_path, app.manifest)

    mine = Path(stored).stem  # report only what this archive holds (all archives were extracted)
    summary.refused = [r for r in extractor.refusals if r.path.split("!")[0] == stored]
    summary.unmatched = {e: r for e, r in app.plugin.unmatched.items() if Path(e).parts[0] == mine}
    summary.skipped.update({e: r for e, r in app.plugin.skipped.items() if Path(e).parts[0] == mine})
    summary.skipped = {e: r for e, r in summary.skipped.items() if Path(e).parts[0] == mine}
    submitted = set(course.students(assignment))
    summary.missing = sorted(e.student_id for e in roster if e.student_id not in submitted)
    return summary
