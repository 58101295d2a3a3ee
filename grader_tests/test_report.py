"""The TA reports on the demo class: grades CSVs, plots, diagnoses, clean feedback, similarity."""

from __future__ import annotations

import csv
import tomllib

import matplotlib.image as mpimg
import numpy as np
import pytest

from backprop_course.report.grades import class_results
from backprop_course.review.similarity import find_similar_pairs

from conftest import REPO  # isort: skip
from test_feedback import secrets, visible_text  # isort: skip


def demo_rosters(course) -> dict[str, dict[str, str]]:
    rosters = {}
    for a in course.assignments():
        path = REPO / "answers" / a / "demo.toml"
        if path.is_file():
            rosters[a] = tomllib.loads(path.read_text())
    return rosters


def copied_pairs(course) -> dict[str, set[frozenset[str]]]:
    """Per assignment, the demo students who submitted a case and a copy_of_ that case."""
    out = {}
    for a, roster in demo_rosters(course).items():
        by_case = {case: student for student, case in roster.items()}
        out[a] = {
            frozenset((student, by_case[case.removeprefix("copy_of_")]))
            for student, case in roster.items()
            if case.startswith("copy_of_") and case.removeprefix("copy_of_") in by_case
        }
    return out


def test_copiers_are_found_and_no_honest_pair_is(demo_course) -> None:
    expected = copied_pairs(demo_course)
    assert any(expected.values()), "the demo class has no copied pair to find"
    for assignment, pairs in expected.items():
        found = {frozenset((p.student_a, p.student_b)) for p in find_similar_pairs(demo_course, assignment)}
        assert found == pairs, f"{assignment}: expected similar pairs {pairs}, found {found}"


def test_grades_csv_totals_equal_the_gradebook(demo_course) -> None:
    assignments, max_scores, rows = class_results(demo_course)
    with (demo_course.root / "grades.csv").open() as f:
        table = list(csv.DictReader(f))
    assert table[0]["student_id"] == "Points Possible"
    assert float(table[0]["total"]) == pytest.approx(sum(max_scores.values()))
    by_student = {r["student_id"]: r for r in table[1:]}
    assert set(by_student) == {r.student for r in rows} and len(rows) >= 8
    from nbgrader.api import Gradebook

    with Gradebook(demo_course.db_url, "backprop") as gb:
        for student in by_student:
            total = sum(s.score for s in gb.find_student(student).submissions)
            assert float(by_student[student]["total"]) == pytest.approx(total), student
            for a in assignments:
                cell = by_student[student][a]
                if cell:
                    assert float(cell) == pytest.approx(gb.find_submission(a, student).score)
    flagged = {s for s, r in by_student.items() if "code similar to" in r["integrity_flags"]}
    assert flagged == {s for pairs in copied_pairs(demo_course).values() for p in pairs for s in p}


def test_long_csv_has_a_row_per_test_cell_with_diagnoses(demo_course) -> None:
    with (demo_course.root / "grades_long.csv").open() as f:
        rows = list(csv.DictReader(f))
    assert rows and set(rows[0]) == {"student_id", "assignment", "test_cell", "score", "max_score", "diagnosis"}
    lost = [r for r in rows if float(r["score"]) < float(r["max_score"])]
    assert lost and all(r["diagnosis"] for r in lost), "every lost point has a reason"
    assert not any(r["diagnosis"] for r in rows if float(r["score"]) == float(r["max_score"]))
    assert any("transposed" in r["diagnosis"] for r in lost)


def test_report_pages_and_images_exist_and_show_data(demo_course) -> None:
    reports = demo_course.root / "reports"
    index = (reports / "index.html").read_text()
    for a in demo_course.assignments():
        assert f"{a}/index.html" in index
        page = (reports / a / "index.html").read_text()
        assert "Most frequent diagnoses" in page
        for png in ("scores.png", "pass_rates.png"):
            img = mpimg.imread(reports / a / png)
            assert img.shape[0] > 100 and img.shape[1] > 100
            ink = np.mean(img[..., :3] < 0.8)  # share of non-white pixels: bars, axes, labels
            assert ink > 0.02, f"{a}/{png} looks empty"
    assert (reports / "tanh_mlp" / "similarity.html").is_file()


def test_demo_feedback_has_no_hidden_test_code(demo_course) -> None:
    files = 0
    for a in demo_course.assignments():
        hidden = secrets(a)
        for path in demo_course.feedback_dir.glob(f"*/{a}/*.html"):
            text = visible_text(path)
            assert not [line for line in hidden if line in text], path
            files += 1
    assert files >= 6 * len(demo_course.assignments())


def test_diagnosis_keeps_the_bug_and_drops_run_numbers() -> None:
    from backprop_course.bridge.tester import diagnosis
    from backprop_course.gradcheck import GradientCheckError

    e = GradientCheckError("dW", "sign flipped: it equals minus the true gradient.", " Worst relative error 2.00e+00")
    expected = "dW: sign flipped: it equals minus the true gradient."
    assert diagnosis(e, {"ename": "AssertionError", "evalue": str(e)}) == expected
    assert diagnosis(NotImplementedError(), {"ename": "NotImplementedError", "evalue": ""}) == (
        "not answered (NotImplementedError)"
    )
    named = {"ename": "NameError", "evalue": "name 'Tanh' is not defined\nmore"}
    assert diagnosis(NameError(), named) == "NameError: name 'Tanh' is not defined"


def test_the_demo_grades_in_its_own_directory(demo_run) -> None:
    # the demo course is demo/ inside the course; the course's own autograded/ holds only its own student
    course_root, demo = demo_run.course.root, demo_run.demo
    assert (course_root / "autograded" / "README.md").read_text() == (REPO / "autograded" / "README.md").read_text()
    assert sorted(p.name for p in (course_root / "autograded").iterdir()) == ["README.md", "ada"]
    assert sorted(p.name for p in (course_root / "submitted").iterdir()) == ["ada"]
    assert sorted(p.name for p in (demo.root / "autograded").iterdir() if p.is_dir()), "demo graded nobody"


# --- the TA's worklist (issue 22): grades.csv columns, the To do page, diagnoses with names --------------------


def gradebook_manual_pending(course) -> dict[tuple[str, str], tuple[float, str]]:
    """``{(student, assignment): (points waiting for a manual grade, submitted notebook id)}`` from nbgrader."""
    from nbgrader.api import Gradebook

    pending = {}
    with Gradebook(course.db_url, course.course_id) as gb:
        for a in course.assignments():
            for sub in gb.assignment_submissions(a):
                for nb in sub.notebooks:
                    points = sum(g.max_score for g in nb.grades if g.needs_manual_grade)
                    if points:
                        pending[(sub.student.id, a)] = (points, nb.id)
    return pending


def read_csv(path) -> list[dict[str, str]]:
    with path.open() as f:
        return list(csv.DictReader(f))


def test_grades_csv_separates_status_manual_pending_integrity_and_notes(demo_course) -> None:
    from backprop_course.grade.records import load_records

    table = read_csv(demo_course.root / "grades.csv")
    assert list(table[0])[-5:] == ["total", "status", "manual_pending", "integrity_flags", "notes"]
    rows = {r["student_id"]: r for r in table[1:]}
    pending = gradebook_manual_pending(demo_course)
    assert pending, "the demo class has written answers waiting for a TA"
    for student, row in rows.items():
        expected = sum(p for (s, _), (p, _) in pending.items() if s == student)
        assert float(row["manual_pending"]) == pytest.approx(expected), student
        assert "needs manual grading" not in row["notes"], "pending points have their own column"
    copiers = {s for pairs in copied_pairs(demo_course).values() for p in pairs for s in p}
    for student in copiers:
        assert rows[student]["status"] == "review: integrity" and "code similar to" in rows[student]["integrity_flags"]
    for rec in load_records(demo_course):
        if rec.status == "failed":  # unreadable files: their reason is in notes, the student is to review
            assert rows[rec.student]["status"] in ("review: integrity", "review: ungradable")
            flagged = [f.message for f in rec.findings if f.severity == "ungradable"]
            assert flagged and all(f"{rec.assignment}: {m}" in rows[rec.student]["notes"] for m in flagged)
    for row in rows.values():
        if row["status"] == "manual grading pending":
            assert float(row["manual_pending"]) > 0 and not row["integrity_flags"]
    # each reason once, whatever the number of test cells it showed up in
    for row in rows.values():
        for column in ("integrity_flags", "notes"):
            items = [x for x in row[column].split("; ") if x]
            assert len(items) == len(set(items)), row[column]


@pytest.fixture
def worklist_course(demo_course, tmp_path):
    """A copy of the demo course with more to do: tampering seen in several test cells, a hang that kept
    full marks, and a student with no submission at all."""
    import shutil

    from nbgrader.api import Gradebook

    from backprop_course.course import Course
    from backprop_course.findings import Finding
    from backprop_course.grade.records import load_record, load_records, write_record

    root = tmp_path / "course"
    shutil.copytree(demo_course.root, root, symlinks=True)
    course = Course(root)
    tamper = load_record(course, "tanh_mlp", "dev")
    cheat = "numpy was changed at run time: np.allclose is not numpy's"
    tamper.add(
        Finding("tamper", "integrity", "linear_backward", "tampering? cell linear_backward, line 3: np.allclose = ..."),
        Finding("tamper", "integrity", "mlp", "tampering? cell mlp, line 9: rebinds np"),
        *(Finding("diagnosis", "note", t, cheat) for t in ("test_linear_dx", "test_linear_dW", "test_linear_db")),
    )
    write_record(course, tamper)
    copiers = {s for p in copied_pairs(course)["tanh_mlp"] for s in p}
    full = [
        r
        for r in load_records(course, "tanh_mlp")
        if r.student not in copiers | {"dev"}
        and r.score == r.max_score
        and not any(f.severity == "integrity" for f in r.findings)
    ]
    assert full, "someone in the demo class has full marks on tanh_mlp"
    hang = full[0]
    hang.add(
        Finding("hang", "ungradable", "mlp", "cell mlp hangs: it timed out after 60 s and was interrupted"),
        Finding("full-marks-flagged", "note", "", "full marks, but flagged: check before releasing the grade"),
    )
    write_record(course, hang)
    with Gradebook(course.db_url, course.course_id) as gb:
        gb.add_student("ivy")
    return course, cheat, hang


def todo_sections(index_html: str) -> dict[str, str]:
    """The text of each section of the To do list, by its id, and where the sections start."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(index_html, "html.parser")
    sections = {}
    for heading in soup.find_all(["h3", "h4"]):
        parts = []
        for sib in heading.next_siblings:
            if getattr(sib, "name", None) in ("h2", "h3", "h4"):
                break
            parts.append(str(sib))
        sections[heading.get("id")] = "".join(parts)
    return sections


def test_todo_page_comes_first_with_manual_grading_flags_and_missing_students(worklist_course) -> None:
    from bs4 import BeautifulSoup

    from backprop_course.report.grades import write_html_report

    course, cheat, hang = worklist_course
    out = course.root / "reports"
    write_html_report(course, out, formgrader_url="http://grader.test/formgrader")
    html = (out / "index.html").read_text()
    assert html.index("To do") < html.index("Assignments")
    sections = todo_sections(html)

    # every submission with answers waiting for a TA, linked to its formgrader view
    manual = BeautifulSoup(sections["manual"], "html.parser")
    links = {a["href"] for a in manual.find_all("a")}
    pending = gradebook_manual_pending(course)
    assert links == {f"http://grader.test/formgrader/submissions/{nb_id}/" for _, nb_id in pending.values()}

    # integrity first: the tampering, listed once, with both reasons and without the per-test repeats
    integrity = BeautifulSoup(sections["flagged-integrity"], "html.parser")
    dev_rows = [tr for tr in integrity.find_all("tr") if "dev" in tr.get_text() and "tanh_mlp" in tr.get_text()]
    assert len(dev_rows) == 1
    assert "np.allclose" in dev_rows[0].get_text() and "rebinds np" in dev_rows[0].get_text()
    assert cheat not in sections["flagged-integrity"] + sections["flagged-ungradable"] + sections["flagged-note"]

    # the hang that kept full marks is on the list, with its score
    ungradable = BeautifulSoup(sections["flagged-ungradable"], "html.parser")
    hung = [tr.get_text(" ") for tr in ungradable.find_all("tr") if tr.td and tr.td.get_text() == hang.student]
    assert len(hung) == 1 and f"{hang.max_score:g} / {hang.max_score:g}" in hung[0], hung
    assert "hangs" in hung[0] and "full marks, but flagged" in hung[0]
    # each flagged submission is in one group only
    groups = [BeautifulSoup(sections[f"flagged-{s}"], "html.parser") for s in ("integrity", "ungradable", "note")]
    listed = [
        (tds[0].get_text(), tds[1].get_text()) for g in groups for tr in g.find_all("tr") if (tds := tr.find_all("td"))
    ]
    assert len(listed) == len(set(listed))

    # the student with no submission
    missing = BeautifulSoup(sections["missing"], "html.parser").get_text(" ")
    assert "ivy" in missing and all(a in missing for a in course.assignments())


def test_each_diagnosis_lists_the_students_who_got_it(demo_course) -> None:
    from bs4 import BeautifulSoup

    from backprop_course.grade.records import load_records
    from backprop_course.report.worklist import DEFAULT_FORMGRADER_URL

    failed = {(r.student, r.assignment) for r in load_records(demo_course) if r.status == "failed"}
    long = read_csv(demo_course.root / "grades_long.csv")
    for a in demo_course.assignments():
        expected: dict[tuple[str, str], set[str]] = {}
        for r in long:
            if r["assignment"] == a and r["diagnosis"] and (r["student_id"], a) not in failed:
                expected.setdefault((r["test_cell"], r["diagnosis"]), set()).add(r["student_id"])
        page = BeautifulSoup((demo_course.root / "reports" / a / "index.html").read_text(), "html.parser")
        table = page.find("table", id="diagnoses")
        if not expected:
            assert table is None
            continue
        shown = {}
        for tr in table.find_all("tr")[1:]:
            cells = tr.find_all("td")
            names = {link.get_text() for link in cells[3].find_all("a")}
            assert all(
                link["href"].startswith(DEFAULT_FORMGRADER_URL + "/submissions/") for link in cells[3].find_all("a")
            )
            assert int(cells[2].get_text()) == len(names)
            shown[(cells[0].get_text(), cells[1].get_text())] = names
        top = sorted(expected.items(), key=lambda item: (-len(item[1]), item[0]))[:30]
        assert shown == dict(top), a


# --- odd submissions in the report (issues 18.3 and 19.2): every submitter listed, every name escaped ---------

FORGER = "mal\nada,15.0,15.0,complete\x1b[2K<b>x\r"  # a newline, a forged CSV row, a terminal escape, markup


def test_a_broken_submission_and_a_forged_name_appear_escaped_in_grades_csv_and_report(
    tmp_path, repo_course, capsys
) -> None:
    from backprop_course.cli import main
    from backprop_course.demo import answers_dir, write_submission
    from backprop_course.grade import grade
    from backprop_course.grade.staging import printable
    from backprop_course.release.build import build_release
    from backprop_course.sandbox import probe_sandbox
    from backprop_course.settings import GradingSettings

    a = "tanh_mlp" if "tanh_mlp" in repo_course.assignments() else repo_course.assignments()[0]
    course = repo_course.copy_to(tmp_path / "course", with_generated=False)
    (course.root / "answers").symlink_to(answers_dir(repo_course))
    build_release(course, [a], with_solutions=False)
    for student in ("ada", "tim", FORGER):
        write_submission(course, student, a, "reference")
    folder = course.submitted_dir / "tim" / a  # the case that used to vanish from grades.csv
    (folder / "timestamp.txt").write_text("not a time")
    notebook = folder / f"{a}.ipynb"
    notebook.write_bytes(notebook.read_bytes()[: notebook.stat().st_size // 3])
    grade(course, [a], settings=GradingSettings(workers=2, sandbox=probe_sandbox() is None))
    capsys.readouterr()
    assert main(["--course", str(course.root), "report"]) == 0
    table = capsys.readouterr().out

    raw = (course.root / "grades.csv").read_text()
    assert not [ch for ch in raw.replace("\n", "") if not ch.isprintable()], "a control character in grades.csv"
    assert len(raw.splitlines()) == 2 + 3  # header, points, one line per student
    rows = {r["student_id"]: r for r in read_csv(course.root / "grades.csv")[1:]}
    assert set(rows) == {"ada", "tim", printable(FORGER)}, set(rows)
    assert rows["ada"]["status"] == "complete" and float(rows["ada"][a]) > 0
    tim = rows["tim"]
    assert tim[a] == "0.0" and tim["status"] == "review: ungradable", tim
    assert f"{a}: corrupt JSON" in tim["notes"] and f"{a}: timestamp.txt is not a time" in tim["notes"], tim
    assert rows[printable(FORGER)][a] in ("", "0.0")  # nbgrader cannot grade a folder of that name: no score

    assert "tim " in table and "corrupt JSON" in table
    assert not [ln for ln in table.splitlines() if ln.startswith(("ada,", "\x1b"))] and "\x1b" not in table
    assert printable(FORGER) in table

    pages = "".join(p.read_text() for p in (course.root / "reports").rglob("*.html"))
    assert "\x1b" not in pages and "<b>x" not in pages and "\nada,15.0" not in pages
    assert "mal\\nada,15.0,15.0,complete\\x1b[2K&lt;b&gt;x\\r" in pages
    assert "tim" in pages and "corrupt JSON" in pages
