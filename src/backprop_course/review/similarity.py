"""Similarity of the code students wrote, with copydetect (winnowing over normalised tokens).

Only solution cells count, with the released stub and the instructor's solution given to
copydetect as boilerplate: code everybody received, or that equals the model answer, is no
evidence that two students copied each other. Renamed variables do not hide a copy: copydetect
compares token streams in which identifiers are normalised.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import nbformat

from ..course import Course

DEFAULT_THRESHOLD = 0.6


@dataclass(frozen=True)
class SimilarPair:
    """Two students whose code overlaps: the share of each one's code found in the other's."""

    student_a: str
    student_b: str
    similarity_a: float
    similarity_b: float

    @property
    def similarity(self) -> float:
        return min(self.similarity_a, self.similarity_b)


def _solution_code(nb: nbformat.NotebookNode) -> dict[str, str]:
    return {
        c.metadata["nbgrader"]["grade_id"]: c.source
        for c in nb.cells
        if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("solution")
    }


NOTEBOOK_MAX_BYTES = 50 * 2**20  # a larger notebook is not compared (it was not graded either)


def student_code(course: Course, assignment: str) -> dict[str, str]:
    """``{student: code}``: the solution cells of each graded submission, released stubs left out.

    Read from ``autograded/`` (the copy grading checked and bounded), so a submission nobody could
    grade, however large or deeply nested, is skipped rather than parsed.
    """
    stub = _solution_code(nbformat.read(course.release_dir / assignment / f"{assignment}.ipynb", as_version=4))
    code = {}
    for student in course.students(assignment):
        path = course.autograded_dir / student / assignment / f"{assignment}.ipynb"
        try:
            if path.stat().st_size > NOTEBOOK_MAX_BYTES:
                continue
            cells = _solution_code(nbformat.read(path, as_version=4))
        except Exception:  # unreadable or ungraded submissions have no code to compare  # noqa: BLE001
            continue
        written = [src for grade_id, src in cells.items() if src.strip() != stub.get(grade_id, "").strip()]
        if written:
            code[student] = "\n\n".join(written) + "\n"
    return code


def boilerplate_code(course: Course, assignment: str) -> str:
    """Code every student had or could legitimately match: the release stubs and the model solution."""
    release = _solution_code(nbformat.read(course.release_dir / assignment / f"{assignment}.ipynb", as_version=4))
    source = _solution_code(nbformat.read(course.source_dir / assignment / f"{assignment}.ipynb", as_version=4))
    solution = [
        "\n".join(ln for ln in src.splitlines() if "### BEGIN SOLUTION" not in ln and "### END SOLUTION" not in ln)
        for src in source.values()
    ]
    return "\n\n".join([*release.values(), *solution]) + "\n"


def find_similar_pairs(
    course: Course,
    assignment: str,
    threshold: float = DEFAULT_THRESHOLD,
    html_report: Path | None = None,
) -> list[SimilarPair]:
    """Pairs of students of ``assignment`` whose written code overlaps by ``threshold`` or more both ways.

    ``html_report``: where to write copydetect's side-by-side HTML view of those pairs.
    """
    from copydetect import CopyDetector

    code = student_code(course, assignment)
    if len(code) < 2:
        return []
    with tempfile.TemporaryDirectory(prefix="similarity-") as tmp:
        folder = Path(tmp)
        for student, text in code.items():
            (folder / f"{student}.py").write_text(text)
        (folder / "boilerplate").mkdir()
        (folder / "boilerplate" / "released_and_model_code.py").write_text(boilerplate_code(course, assignment))
        detector = CopyDetector(
            extensions=["py"],
            display_t=threshold,
            noise_t=10,
            guarantee_t=10,
            autoopen=False,
            silent=True,
            out_file=str(html_report) if html_report else str(folder / "report.html"),
        )
        for student in code:
            detector.add_file(str(folder / f"{student}.py"))
        detector.add_file(str(folder / "boilerplate" / "released_and_model_code.py"), type="boilerplate")
        detector.run()
        pairs = {}
        for test_sim, ref_sim, test_file, ref_file, *_ in detector.get_copied_code_list():
            a, b = sorted((Path(test_file).stem, Path(ref_file).stem))
            sims = (test_sim, ref_sim) if Path(test_file).stem == a else (ref_sim, test_sim)
            pair = SimilarPair(a, b, float(sims[0]), float(sims[1]))
            if pair.similarity >= threshold:
                pairs[(a, b)] = pair
        if html_report is not None:
            html_report.parent.mkdir(parents=True, exist_ok=True)
            detector.generate_html_report()
    return sorted(pairs.values(), key=lambda p: -p.similarity)
