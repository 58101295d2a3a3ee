"""Safe extraction of LMS bulk downloads: nbgrader's extractor plugin with limits.

nbgrader's own :class:`~nbgrader.plugins.zipcollect.ExtractorPlugin` unpacks every archive in
``downloaded/<assignment>/archive/`` with no limit on size, and (through setuptools' unpacker) would
follow what a tar member says. A bulk download holds files that students chose, zips inside it
included, so :class:`SafeExtractorPlugin` unpacks zips itself and

* refuses a whole archive that is a zip bomb: more than ``max_total_bytes`` unpacked (nested archives
  counted), an entry over ``max_file_bytes``, an entry that unpacks more than ``max_ratio`` times its
  packed size (above ``ratio_floor_bytes``), more than ``max_entries`` entries, archives nested deeper
  than ``max_depth``; the sizes are checked on the archive's directory first and again on the bytes
  actually written, so a lying header does not help;
* refuses single entries with an absolute path, a drive letter, a ``..`` component, a symbolic link or
  any other non-regular file, or encryption (they are never written, and are reported);
* keeps each entry's modification time (Moodle's only clue to which of two files is newer).

A refused top-level archive raises :class:`ArchiveRefused`; a refused archive inside it is reported
and skipped, the rest is extracted. Every refusal is in :attr:`SafeExtractorPlugin.refusals`.
"""

from __future__ import annotations

import os
import shutil
import stat
import time
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from nbgrader.plugins.zipcollect import ExtractorPlugin
from traitlets import Int

MIB = 1024 * 1024


class ArchiveRefused(Exception):
    """An archive that is not extracted at all (a zip bomb, not a zip file, nested too deep)."""


class TotalExceeded(ArchiveRefused):
    """The top-level archive, nested archives included, unpacks to more than ``max_total_bytes``."""


@dataclass(frozen=True)
class Refusal:
    """Something in an archive that was not extracted, and why."""

    path: str  # the archive's name and the entry's name inside it, joined by "!"
    reason: str


def entry_name(info: zipfile.ZipInfo) -> str:
    """An entry's name, UTF-8 even when the zip does not say so (rubyzip, which Canvas uses, does not by default).

    Without the zip's UTF-8 flag Python reads a name as cp437; a name that is valid UTF-8 once turned
    back into its bytes is taken as UTF-8 ("müller", not "mã¼ller").
    """
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("utf-8")
    except UnicodeError:
        return info.filename


def unsafe_entry_reason(info: zipfile.ZipInfo) -> str | None:
    """Why a zip entry must not be written (None: it is a regular file or folder with a relative path)."""
    name = info.filename
    if "\x00" in name:
        return "a NUL byte in its name"
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return "an absolute path"
    if ".." in parts:
        return "a '..' component (it would be written outside the folder)"
    mode = info.external_attr >> 16
    if info.create_system == 3 and mode:  # made on Unix: the file type is in the high bits
        kind = stat.S_IFMT(mode)
        if kind == stat.S_IFLNK:
            return "a symbolic link"
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            return "not a regular file"
    if info.flag_bits & 0x1:
        return "encrypted"
    return None


class SafeExtractorPlugin(ExtractorPlugin):
    """nbgrader's extractor with the limits above; ``zip`` files are unpacked, other files copied."""

    max_total_bytes = Int(4096 * MIB, help="Most bytes one top-level archive may unpack to (nested included).").tag(
        config=True
    )
    max_file_bytes = Int(200 * MIB, help="Largest single entry, unpacked.").tag(config=True)
    max_ratio = Int(200, help="Largest unpacked/packed size ratio of one entry (above ratio_floor_bytes).").tag(
        config=True
    )
    ratio_floor_bytes = Int(1 * MIB, help="Entries up to this size are not held to max_ratio.").tag(config=True)
    max_entries = Int(20000, help="Most entries in one top-level archive, nested archives included.").tag(config=True)
    max_depth = Int(3, help="Deepest nesting of archives (1: the downloaded archive itself).").tag(config=True)

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.refusals: list[Refusal] = []
        self._written = 0
        self._entries = 0

    def extract(self, archive_path: str, extracted_path: str) -> None:
        """Unpack every ``.zip`` in ``archive_path`` into ``extracted_path/<archive name without .zip>/``.

        Raises:
            ArchiveRefused: a top-level archive is a zip bomb or not a zip file (nothing of it is left).
        """
        for name in sorted(os.listdir(archive_path)):
            source = Path(archive_path) / name
            if source.is_symlink() or not source.is_file():
                self.refusals.append(Refusal(name, "not a regular file"))
                continue
            dest = Path(extracted_path) / source.stem
            if source.suffix.lower() != ".zip":
                dest.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, dest / name)
                continue
            self._written = self._entries = 0
            try:
                self.extract_zip(source, dest, label=name, depth=1)
            except ArchiveRefused:
                shutil.rmtree(dest, ignore_errors=True)
                raise

    def check_zip(self, zf: zipfile.ZipFile, label: str, depth: int) -> None:
        """Refuse the archive, from its directory alone, if it is a bomb or nested too deep."""
        if depth > self.max_depth:
            raise ArchiveRefused(f"{label}: archives nested more than {self.max_depth} deep")
        infos = zf.infolist()
        self._entries += len(infos)
        if self._entries > self.max_entries:
            raise ArchiveRefused(f"{label}: more than {self.max_entries} entries")
        declared = sum(i.file_size for i in infos)
        if self._written + declared > self.max_total_bytes:
            raise TotalExceeded(
                f"{label}: unpacks to {(self._written + declared) / MIB:.0f} MiB, more than the limit "
                f"{self.max_total_bytes / MIB:.0f} MiB (a zip bomb?)"
            )
        for i in infos:
            if i.file_size > self.max_file_bytes:
                raise ArchiveRefused(
                    f"{label}: {i.filename} unpacks to {i.file_size / MIB:.0f} MiB, more than the limit "
                    f"{self.max_file_bytes / MIB:.0f} MiB"
                )
            if i.file_size > self.ratio_floor_bytes and i.file_size > self.max_ratio * max(i.compress_size, 1):
                raise ArchiveRefused(
                    f"{label}: {i.filename} unpacks {i.file_size / max(i.compress_size, 1):.0f} times its packed "
                    f"size (limit {self.max_ratio}x: a zip bomb?)"
                )

    def extract_zip(self, source: Path, dest: Path, label: str, depth: int) -> None:
        """Unpack one zip (checked first) into ``dest``; zips inside it into folders beside them."""
        try:
            zf = zipfile.ZipFile(source)
        except (zipfile.BadZipFile, OSError) as e:
            raise ArchiveRefused(f"{label}: not a readable zip file ({e})") from None
        with zf:
            self.check_zip(zf, label, depth)
            dest.mkdir(parents=True, exist_ok=True)
            nested = []
            for info in zf.infolist():
                name = entry_name(info)
                where = f"{label}!{name}"
                reason = unsafe_entry_reason(info)
                if reason:
                    self.refusals.append(Refusal(where, f"refused: {reason}"))
                    continue
                target = dest.joinpath(*PurePosixPath(name.replace("\\", "/")).parts)
                if not target.resolve().is_relative_to(dest.resolve()):  # belt and braces after the checks above
                    self.refusals.append(Refusal(where, "refused: it would be written outside the folder"))
                    continue
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                if target.exists():
                    self.refusals.append(Refusal(where, "refused: a second entry of the same name"))
                    continue
                try:
                    self.copy_entry(zf, info, target, where)
                except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as e:
                    target.unlink(missing_ok=True)
                    raise ArchiveRefused(f"{where}: cannot be unpacked ({e})") from None
                mtime = time.mktime((*info.date_time, 0, 0, -1))
                os.utime(target, (mtime, mtime))
                if target.suffix.lower() == ".zip":
                    nested.append((target, where))
        for inner, where in nested:
            try:
                self.extract_zip(inner, inner.with_suffix(""), where, depth + 1)
            except TotalExceeded:
                raise
            except ArchiveRefused as e:
                shutil.rmtree(inner.with_suffix(""), ignore_errors=True)
                self.refusals.append(Refusal(where, f"refused: {e}"))
                continue
            finally:
                inner.unlink(missing_ok=True)  # the unpacked folder stands for it

    def copy_entry(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, where: str) -> None:
        """Write one entry, counting the bytes actually unpacked against the limits."""
        limit = min(info.file_size, self.max_file_bytes)
        written = 0
        with zf.open(info) as src, target.open("wb") as out:
            while chunk := src.read(1024 * 1024):
                written += len(chunk)
                self._written += len(chunk)
                if written > limit or self._written > self.max_total_bytes:
                    out.close()
                    target.unlink(missing_ok=True)
                    refused = TotalExceeded if self._written > self.max_total_bytes else ArchiveRefused
                    raise refused(f"{where}: unpacks to more than it declares or the limits allow")
                out.write(chunk)
