"""The copy of a submission that nbgrader grades: normalised, bounded, and never the student's own folder.

``submitted/<student>/<assignment>/`` is evidence and is never modified. Before nbgrader sees a
submission, :func:`stage_submission` copies it into a staging folder (nbgrader's
``submitted_directory`` for that conversion points there), and on the way:

* **the notebook** gets the assignment's name: ``tanh_mlp.ipynb`` if present; otherwise the only
  notebook of the folder (``tanh_mlp (1).ipynb``, ``Copy of tanh_mlp.ipynb``), or of its only
  subfolder, with a note. None, or several candidates: not gradable, with the reason. A notebook
  over ``GradingSettings.notebook_max_mb`` is refused before anything parses it.
* **timestamp.txt** is copied when nbgrader can parse it; a blank, invalid or missing one is
  replaced by the notebook file's modification time (flagged when the file was there but bad), so
  nbgrader never fails on it and formgrader never meets a submission without a time. With a
  deadline configured, that time is what decides lateness.
* **other files** are copied when they are regular files with printable names; symbolic links,
  devices, FIFOs, sockets, files with more hard links than the submission holds (a link to a file
  outside it), archives (``.zip``, ``.egg``, ``.whl``: importable with ``zipimport``) and anything past
  the size cap are left out, each noted.
"""

from __future__ import annotations

import os
import shutil
import stat
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from nbgrader.utils import parse_utc

from ..findings import Finding

ARCHIVES = (".zip", ".egg", ".whl", ".pyz", ".tar", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar")
IGNORED = (".ipynb_checkpoints", "__pycache__", ".DS_Store")


@dataclass
class Staged:
    """The staged copy of one submission and what staging found."""

    folder: Path
    findings: list[Finding] = field(default_factory=list)
    unreadable: str = ""  # non-empty: there is no notebook nbgrader can grade (the reason)
    timestamp: datetime | None = None

    def note(self, kind: str, message: str, severity: str = "note") -> None:
        self.findings.append(Finding(kind, severity, "", message))


def printable(name: str) -> str:
    """``name`` with control characters escaped (for messages and summaries)."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode() for ch in name)


def _candidates(folder: Path, assignment: str) -> list[Path]:
    """Notebooks that could be the submission: in the folder, else in its only subfolder."""
    top = sorted(p for p in folder.glob("*.ipynb") if p.is_file() and not p.is_symlink())
    if top:
        return top
    subfolders = [p for p in folder.iterdir() if p.is_dir() and not p.is_symlink() and p.name not in IGNORED]
    if len(subfolders) == 1:
        return sorted(p for p in subfolders[0].glob("*.ipynb") if p.is_file() and not p.is_symlink())
    return []


def stage_submission(
    source: Path, dest: Path, assignment: str, notebook_max_bytes: int, files_max_bytes: int
) -> Staged:
    """Copy ``source`` (a submission folder) to ``dest`` as nbgrader should see it (module docstring)."""
    staged = Staged(dest)
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    if source.is_symlink() or not source.is_dir():
        staged.unreadable = (
            "the submission folder is a symbolic link (not followed)"
            if source.is_symlink()
            else ("no submission folder")
        )
        staged.note("unreadable", staged.unreadable, "ungradable")
        return staged
    expected = f"{assignment}.ipynb"
    notebook = source / expected
    if not (notebook.is_file() and not notebook.is_symlink()):
        found = _candidates(source, assignment)
        if len(found) == 1:
            notebook = found[0]
            staged.note("renamed-notebook", f"graded {printable(str(notebook.relative_to(source)))} as {expected}")
        elif found:
            names = ", ".join(printable(str(p.relative_to(source))) for p in found)
            staged.unreadable = f"several notebooks and none named {expected}: {names}"
        else:
            files = sorted(printable(p.name) for p in source.iterdir())
            staged.unreadable = f"missing notebook: no {expected} in the submission" + (
                f" (found: {', '.join(files[:10])})" if files else ""
            )
    if not staged.unreadable and notebook.stat().st_size > notebook_max_bytes:
        size_mb, limit_mb = notebook.stat().st_size / 2**20, notebook_max_bytes / 2**20
        staged.unreadable = f"the notebook is {size_mb:.0f} MB, over the {limit_mb:.0f} MB limit"
    if staged.unreadable:
        staged.note("unreadable", staged.unreadable, "ungradable")
    else:
        shutil.copyfile(notebook, dest / expected)
    _stage_timestamp(source, dest, notebook if not staged.unreadable else None, staged)
    _stage_files(source, dest, {notebook} | {source / "timestamp.txt"}, files_max_bytes, staged)
    return staged


def _stage_timestamp(source: Path, dest: Path, notebook: Path | None, staged: Staged) -> None:
    path = source / "timestamp.txt"
    text, problem = "", ""
    if path.is_file() and not path.is_symlink():
        try:
            text = path.read_text(encoding="utf-8", errors="replace")[:200].strip()
            staged.timestamp = parse_utc(text) if text else None
            if staged.timestamp is None:
                problem = "timestamp.txt is empty"
        except (ValueError, OverflowError):
            problem = f"timestamp.txt is not a time ({printable(text[:40])!r})"
    elif path.exists() or path.is_symlink():
        problem = "timestamp.txt is not a regular file"
    if staged.timestamp is None:
        mtime = (notebook or source).stat().st_mtime
        staged.timestamp = datetime.fromtimestamp(mtime, UTC).replace(tzinfo=None)
        if problem:
            staged.note(
                "bad-timestamp",
                f"{problem}: the submission time was taken from the notebook file's modification time "
                f"({staged.timestamp.isoformat(timespec='seconds')} UTC); check lateness by hand",
                "ungradable",
            )
    (dest / "timestamp.txt").write_text(staged.timestamp.isoformat(sep=" ", timespec="microseconds") + " UTC\n")


def _stage_files(source: Path, dest: Path, done: set[Path], max_bytes: int, staged: Staged) -> None:
    skipped: dict[str, list[str]] = {}
    total = 0
    entries = sorted(source.rglob("*"))
    inside = Counter(e.lstat().st_ino for e in entries if stat.S_ISREG(e.lstat().st_mode))
    for entry in entries:
        rel = entry.relative_to(source)
        if entry in done or any(part in IGNORED for part in rel.parts) or entry.suffix == ".ipynb":
            continue
        st = entry.lstat()
        name = str(rel)
        why = ""
        if stat.S_ISDIR(st.st_mode):
            continue
        if stat.S_ISLNK(st.st_mode):
            why = "symbolic links"
        elif not stat.S_ISREG(st.st_mode):
            why = "devices, FIFOs or sockets"
        elif st.st_nlink > inside[st.st_ino]:
            why = "hard links to files outside the submission"
        elif printable(name) != name or "\\" in name:
            why = "names with control characters"
        elif entry.suffix.lower() in ARCHIVES:
            why = "archives (importable with zipimport)"
        elif total + st.st_size > max_bytes:
            why = f"files past the {max_bytes // 2**20} MB limit of extra files"
        if why:
            skipped.setdefault(why, []).append(printable(name))
            continue
        total += st.st_size
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        with entry.open("rb") as f, target.open("wb") as g:  # the entry checked above, not what a path now names
            if os.fstat(f.fileno()).st_ino != st.st_ino:
                skipped.setdefault("files that changed while being copied", []).append(printable(name))
                continue
            shutil.copyfileobj(f, g)
    for why, names in skipped.items():
        staged.note("files-left-out", f"not given to the kernel: {why}: {', '.join(names[:10])}")
