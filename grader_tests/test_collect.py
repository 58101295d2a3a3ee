"""``backprop-course collect``: LMS bulk downloads into ``submitted/`` (nbgrader zip_collect with our plugins).

The archives are synthetic, in the layouts the LMSs write (invented students, one with a non-ASCII
name):

* Canvas "Download Submissions": ``<sortable name, only letters/digits/_ lower-cased>[_LATE]_<user id>_
  <attachment id>_<file>``, a second upload of the same file renamed ``x-1.ipynb``; from Canvas's
  ``ContentZipper`` (lib/content_zipper.rb, ``get_filename``/``sanitize_file_name``/``add_upload_submission``,
  https://github.com/instructure/canvas-lms/blob/master/lib/content_zipper.rb).
* Moodle "Download all submissions": folders ``<Full name>_<participant id>_assignsubmission_file_/``
  (Moodle >= 3.1) or flat ``..._assignsubmission_file_<file>``; from ``assign::download_submissions``
  (mod/assign/locallib.php, https://github.com/moodle/moodle/blob/main/mod/assign/locallib.php).
"""

from __future__ import annotations

import io
import json
import stat
import time
import zipfile
from pathlib import Path

import pytest

from backprop_course.cli import main
from backprop_course.collect import CollectRefused, collect_submissions
from backprop_course.collect.lms import canvas_name, detect_lms
from backprop_course.course import Course
from backprop_course.roster import read_roster

A = "tanh_mlp"
ROSTER = """student_id,name,canvas_id,section
ada,"Lovelace, Ada",1001,Mon
jurgen,"Müller, Jürgen",1002,Mon
alan,"Turing, Alan",,Tue
grace,"Hopper, Grace",1003,Tue
"""


def notebook(who: str, version: int) -> bytes:
    """A submitted notebook's bytes, different per student and version."""
    nb = {"cells": [], "metadata": {"who": who, "version": version}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb).encode()


def make_zip(path: Path, entries: list[tuple], when: tuple = (2026, 3, 1, 12, 0, 0)) -> Path:
    """A zip of (name, bytes[, date_time]) entries (bytes may be a nested zip's bytes)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data, *stamp in entries:
            z.writestr(zipfile.ZipInfo(name, date_time=stamp[0] if stamp else when), data, zipfile.ZIP_DEFLATED)
    return path


def zip_bytes(entries: list[tuple]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(name, data)
    return buf.getvalue()


@pytest.fixture
def course(tmp_path: Path, repo_course: Course) -> Course:
    return repo_course.copy_to(tmp_path / "course")


@pytest.fixture
def roster(tmp_path: Path):
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, encoding="utf-8")
    return read_roster(path)


def submitted(course: Course, student: str) -> bytes:
    return (course.submitted_dir / student / A / f"{A}.ipynb").read_bytes()


def snapshot(course: Course) -> dict[str, bytes]:
    """Every file collect owns: submitted/, the kept archives and the manifest (not the scratch extracted/)."""
    roots = [course.submitted_dir, course.root / "downloaded" / A / "archive"]
    files = {
        str(p.relative_to(course.root)): p.read_bytes() for r in roots for p in sorted(r.rglob("*")) if p.is_file()
    }
    files["collected.json"] = (course.root / "downloaded" / A / "collected.json").read_bytes()
    return files


def canvas_archive(tmp_path: Path, name: str = "submissions.zip") -> Path:
    alan_zip = zip_bytes([("work/tanh_mlp.ipynb", notebook("alan", 1)), ("work/notes.txt", b"my notes")])
    return make_zip(
        tmp_path / name,
        [
            ("lovelaceada_1001_5001_tanh_mlp.ipynb", notebook("ada", 1)),
            ("lovelaceada_1001_5007_tanh_mlp-1.ipynb", notebook("ada", 2)),  # uploaded again: Canvas's -1
            ("lovelaceada_1001_5002_derivation.pdf", b"%PDF-1.4"),
            (f"{canvas_name('Müller, Jürgen')}_LATE_1002_5003_tanh_mlp.ipynb", notebook("jurgen", 1)),
            ("turingalan_1004_5004_work.zip", alan_zip),  # no canvas_id in the roster: matched by name
            ("doejohn_1999_5005_tanh_mlp.ipynb", notebook("john", 1)),  # not in the roster
        ],
    )


def test_canvas_download_is_collected_latest_wins_and_reported(course: Course, roster, tmp_path: Path) -> None:
    summary = collect_submissions(course, A, canvas_archive(tmp_path), roster)
    assert summary.lms == "canvas"
    assert sorted(summary.new) == ["ada", "alan", "jurgen"]
    assert submitted(course, "ada") == notebook("ada", 2)  # attachment 5007 is later than 5001
    assert "lovelaceada_1001_5007_tanh_mlp-1.ipynb (the latest)" in summary.several["ada"]
    assert submitted(course, "jurgen") == notebook("jurgen", 1)
    assert summary.late == ["jurgen"]
    assert submitted(course, "alan") == notebook("alan", 1)  # from the zip the student uploaded
    assert list((course.submitted_dir / "alan" / A).iterdir()) == [course.submitted_dir / "alan" / A / f"{A}.ipynb"]
    (unmatched,) = summary.unmatched
    assert "doejohn_1999_5005" in unmatched and "no roster student" in summary.unmatched[unmatched]
    assert summary.missing == ["grace"]
    assert any(e.endswith("derivation.pdf") for e in summary.skipped)
    # the original archive is kept, byte for byte
    assert (course.root / "downloaded" / A / "archive" / "submissions.zip").read_bytes() == (
        tmp_path / "submissions.zip"
    ).read_bytes()
    text = summary.format()
    for line in ("3 new", "several candidates", "doejohn", "grace", "marked late"):
        assert line in text


def test_moodle_download_folders_and_flat_names(course: Course, roster, tmp_path: Path) -> None:
    archive = make_zip(
        tmp_path / "BP101-Homework 1-42.zip",
        [
            ("Ada Lovelace_811_assignsubmission_file_/tanh_mlp.ipynb", notebook("ada", 1)),
            ("Ada Lovelace_811_assignsubmission_onlinetext_/onlinetext.html", b"<p>hi</p>"),
            ("Jürgen Müller_812_assignsubmission_file_/tanh_mlp.ipynb", notebook("jurgen", 1), (2026, 3, 1, 9, 0, 0)),
            (
                "Jürgen Müller_812_assignsubmission_file_/tanh_mlp (1).ipynb",
                notebook("jurgen", 2),
                (2026, 3, 2, 9, 0, 0),
            ),
            ("Alan Turing_813_assignsubmission_file_tanh_mlp.ipynb", notebook("alan", 1)),  # the flat layout
            ("Nobody Here_899_assignsubmission_file_/tanh_mlp.ipynb", notebook("nobody", 1)),
        ],
    )
    assert detect_lms(zipfile.ZipFile(archive).namelist()) == "moodle"
    summary = collect_submissions(course, A, archive, roster)
    assert summary.lms == "moodle"
    assert sorted(summary.new) == ["ada", "alan", "jurgen"]
    assert submitted(course, "jurgen") == notebook("jurgen", 2)  # the later file time wins
    assert "jurgen" in summary.several
    assert list(summary.unmatched) == ["BP101-Homework 1-42/Nobody Here_899_assignsubmission_file_/tanh_mlp.ipynb"]
    assert summary.missing == ["grace"]


def test_collecting_twice_changes_nothing(course: Course, roster, tmp_path: Path) -> None:
    archive = canvas_archive(tmp_path)
    collect_submissions(course, A, archive, roster)
    before = snapshot(course)
    summary = collect_submissions(course, A, archive, roster)
    assert snapshot(course) == before
    assert summary.new == summary.replaced == [] and sorted(summary.unchanged) == ["ada", "alan", "jurgen"]


def test_a_later_archive_replaces_only_newer_submissions(course: Course, roster, tmp_path: Path) -> None:
    first = canvas_archive(tmp_path)
    collect_submissions(course, A, first, roster)
    later = make_zip(
        tmp_path / "later.zip",
        [
            ("lovelaceada_1001_5010_tanh_mlp.ipynb", notebook("ada", 3)),  # newer attachment: replaces
            ("müllerjürgen_1002_4000_tanh_mlp.ipynb", notebook("jurgen", 0)),  # older attachment: does not
            ("hoppergrace_1003_5011_tanh_mlp.ipynb", notebook("grace", 1)),  # new student
        ],
    )
    summary = collect_submissions(course, A, later, roster)
    assert summary.replaced == ["ada"] and submitted(course, "ada") == notebook("ada", 3)
    # the later archive's file of jurgen is an older upload (attachment 4000 < 5003): it loses, noted
    assert submitted(course, "jurgen") == notebook("jurgen", 1) and "jurgen" in summary.unchanged
    assert "4000" in summary.several["jurgen"].split(" over ")[1]
    assert summary.new == ["grace"]
    assert summary.missing == []
    # the first archive again: it holds nothing newer, so nothing changes
    before = snapshot(course)
    again = collect_submissions(course, A, first, roster)
    assert snapshot(course) == before and again.new == again.replaced == []
    assert sorted(p.name for p in (course.root / "downloaded" / A / "archive").iterdir()) == [
        "later.zip",
        "submissions.zip",
    ]


def test_a_submission_not_collected_from_an_lms_is_never_replaced(course: Course, roster, tmp_path: Path) -> None:
    by_hand = course.submitted_dir / "ada" / A / f"{A}.ipynb"
    by_hand.parent.mkdir(parents=True)
    by_hand.write_bytes(b'{"handed in": "by email"}')
    summary = collect_submissions(course, A, canvas_archive(tmp_path), roster)
    assert by_hand.read_bytes() == b'{"handed in": "by email"}'
    assert "not collected from an LMS archive" in summary.kept["ada"]


def test_a_zip_bomb_is_refused_and_nothing_is_kept(course: Course, roster, tmp_path: Path) -> None:
    bomb = make_zip(
        tmp_path / "bomb.zip",
        [
            ("lovelaceada_1001_5001_tanh_mlp.ipynb", notebook("ada", 1)),
            ("turingalan_1004_5004_tanh_mlp.ipynb", b"\0" * (4 * 1024 * 1024)),  # 4 MiB of zeros: ratio ~1000
        ],
    )
    with pytest.raises(CollectRefused, match="zip bomb"):
        collect_submissions(course, A, bomb, roster)
    assert not course.submitted_dir.exists()
    assert not (course.root / "downloaded" / A / "archive" / "bomb.zip").exists()
    assert main(["--course", str(course.root), "collect", A, str(bomb), "--roster", str(roster.path)]) == 2


def test_a_bomb_inside_a_students_zip_costs_only_that_zip(course: Course, roster, tmp_path: Path) -> None:
    inner = zip_bytes([("tanh_mlp.ipynb", b"\0" * (4 * 1024 * 1024))])
    archive = make_zip(
        tmp_path / "submissions.zip",
        [("lovelaceada_1001_5001_tanh_mlp.ipynb", notebook("ada", 1)), ("turingalan_1004_5004_hw.zip", inner)],
    )
    summary = collect_submissions(course, A, archive, roster)
    assert summary.new == ["ada"]
    assert [r.path for r in summary.refused] == ["submissions.zip!turingalan_1004_5004_hw.zip"]
    assert "zip bomb" in summary.refused[0].reason and summary.missing == ["alan", "grace", "jurgen"]


def test_traversal_absolute_and_symlink_entries_are_refused(course: Course, roster, tmp_path: Path) -> None:
    archive = tmp_path / "submissions.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("lovelaceada_1001_5001_tanh_mlp.ipynb", notebook("ada", 1))
        z.writestr("../turingalan_1004_5004_tanh_mlp.ipynb", notebook("alan", 1))
        z.writestr("/tmp/hoppergrace_1003_5003_tanh_mlp.ipynb", notebook("grace", 1))
        link = zipfile.ZipInfo("müllerjürgen_1002_5002_tanh_mlp.ipynb")
        link.create_system = 3
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        z.writestr(link, "/etc/passwd")
    summary = collect_submissions(course, A, archive, roster)
    assert summary.new == ["ada"]
    reasons = {r.path.split("!", 1)[1]: r.reason for r in summary.refused}
    assert "'..'" in reasons["../turingalan_1004_5004_tanh_mlp.ipynb"]
    assert "absolute" in reasons["/tmp/hoppergrace_1003_5003_tanh_mlp.ipynb"]
    assert "symbolic link" in reasons["müllerjürgen_1002_5002_tanh_mlp.ipynb"]
    assert not (course.root / "downloaded" / A / "turingalan_1004_5004_tanh_mlp.ipynb").exists()
    assert not Path("/tmp/hoppergrace_1003_5003_tanh_mlp.ipynb").exists()
    assert not any(p.is_symlink() for p in (course.root / "downloaded").rglob("*"))


def test_cli_collect_prints_the_report(course: Course, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    (course.root / "roster.csv").write_text(ROSTER, encoding="utf-8")  # the default roster
    t0 = time.monotonic()
    assert main(["--course", str(course.root), "collect", A, str(canvas_archive(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "collect tanh_mlp from submissions.zip (canvas): 3 new" in out and "grace" in out
    assert time.monotonic() - t0 < 30
    assert main(["--course", str(course.root), "collect", "no_such", str(canvas_archive(tmp_path))]) == 2


def test_names_without_the_zip_utf8_flag_are_read_as_utf8(course: Course, tmp_path: Path) -> None:
    """rubyzip (Canvas) writes UTF-8 names without zip's UTF-8 flag: Python would read them as cp437."""
    roster_path = tmp_path / "nina.csv"
    roster_path.write_text('student_id,name\nnina,"Ñúñez, Nina"\n', encoding="utf-8")
    name = "ñúñeznina_1010_6001_tanh_mlp.ipynb".encode()
    placeholder = b"x" * len(name)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(placeholder.decode(), notebook("nina", 1))  # ASCII: no UTF-8 flag
    raw = buf.getvalue()
    assert raw.count(placeholder) == 2  # the local header and the central directory
    archive = tmp_path / "submissions.zip"
    archive.write_bytes(raw.replace(placeholder, name))
    assert zipfile.ZipFile(archive).namelist() != [name.decode()]  # what Python alone makes of it
    summary = collect_submissions(course, A, archive, read_roster(roster_path), "canvas")
    assert summary.new == ["nina"] and submitted(course, "nina") == notebook("nina", 1)


def test_another_assignments_download_is_refused(course: Course, roster, tmp_path: Path) -> None:
    archive = make_zip(
        tmp_path / "submissions.zip",
        [("lovelaceada_1001_5001_bias_backprop.ipynb", notebook("ada", 1))],
    )
    with pytest.raises(CollectRefused, match="another assignment's download"):
        collect_submissions(course, A, archive, roster)
    assert not course.submitted_dir.exists()
    assert not list((course.root / "downloaded" / A / "archive").iterdir())


def test_a_deleted_submission_is_collected_again_an_edited_one_is_kept(course: Course, roster, tmp_path: Path) -> None:
    archive = canvas_archive(tmp_path)
    collect_submissions(course, A, archive, roster)
    (course.submitted_dir / "ada" / A / f"{A}.ipynb").unlink()
    (course.submitted_dir / "jurgen" / A / f"{A}.ipynb").write_bytes(b'{"fixed": "by the TA"}')
    summary = collect_submissions(course, A, archive, roster)
    assert summary.new == ["ada"] and submitted(course, "ada") == notebook("ada", 2)
    assert "changed since collected" in summary.kept["jurgen"]
    assert submitted(course, "jurgen") == b'{"fixed": "by the TA"}'
