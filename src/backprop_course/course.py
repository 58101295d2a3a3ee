"""The course directory: nbgrader's layout at a root that holds ``nbgrader_config.py``.

:class:`Course` names every folder and file of a course, those nbgrader knows (``source/``,
``release/``, ``submitted/``, ``autograded/``, ``feedback/``, ``gradebook.db``) and those this package
adds (``grade_records/``, ``reports/``, ``grades.csv``, ...): nothing else spells a course path.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# What a course copy needs besides source/ (release/, solutions/ come with with_generated=True).
COURSE_FILES = ("nbgrader_config.py",)
SKIP_TAG = "skip-autograde"  # the tag of the master's demonstration cells, removed before grading


def skip_autograde_ids(notebook: Any) -> list[str]:
    """grade_ids of a notebook's cells tagged :data:`SKIP_TAG` (demonstrations nothing depends on), which grading
    removes before the run. ``notebook``: a NotebookNode or the plain dict of its JSON; an untagged cell, or one
    without nbgrader metadata (whose tags grading cannot trust), is not one."""
    ids = []
    for cell in notebook["cells"]:
        meta = cell.get("metadata") if isinstance(cell, dict) else None
        nbgrader = meta.get("nbgrader") if isinstance(meta, dict) else None
        if isinstance(nbgrader, dict) and nbgrader.get("grade_id") and SKIP_TAG in (meta.get("tags") or []):
            ids.append(nbgrader["grade_id"])
    return ids


def ensure_venv_on_path() -> None:
    """Put this interpreter's ``bin/`` first on ``PATH`` (once): nbgrader runs ``alembic`` from ``PATH``."""
    venv_bin = os.path.dirname(sys.executable)
    path = os.environ.get("PATH", "")
    if path.split(os.pathsep)[0] != venv_bin:
        os.environ["PATH"] = venv_bin + os.pathsep + path


@dataclass(frozen=True)
class Course:
    """Paths of one nbgrader course: ``source/``, ``release/``, ``solutions/``, ``submitted/``, ..."""

    root: Path

    @classmethod
    def find(cls, start: Path | None = None) -> Course:
        """The course whose ``nbgrader_config.py`` is in ``start`` (default: cwd) or one of its parents."""
        here = (start or Path.cwd()).resolve()
        for d in (here, *here.parents):
            if (d / "nbgrader_config.py").is_file() and (d / "source").is_dir():
                return cls(d)
        raise FileNotFoundError(f"no course (nbgrader_config.py beside source/) at or above {here}")

    @property
    def source_dir(self) -> Path:
        return self.root / "source"

    @property
    def release_dir(self) -> Path:
        return self.root / "release"

    @property
    def solutions_dir(self) -> Path:
        return self.root / "solutions"

    @property
    def submitted_dir(self) -> Path:
        return self.root / "submitted"

    @property
    def autograded_dir(self) -> Path:
        return self.root / "autograded"

    @property
    def feedback_dir(self) -> Path:
        return self.root / "feedback"

    @property
    def gradebook(self) -> Path:
        return self.root / "gradebook.db"

    @property
    def records_dir(self) -> Path:
        """``grade_records/``: one record per graded submission, and the grading log."""
        return self.root / "grade_records"

    @property
    def grade_log(self) -> Path:
        return self.records_dir / "grade.log"

    @property
    def reports_dir(self) -> Path:
        return self.root / "reports"

    @property
    def downloaded_dir(self) -> Path:
        """``downloaded/``: LMS archives kept by ``collect`` and what was extracted from them (nbgrader's layout)."""
        return self.root / "downloaded"

    @property
    def audit_dir(self) -> Path:
        """``audit/``: what ``backprop-course audit`` writes (``<assignment>.html``, ``summary.json``)."""
        return self.root / "audit"

    @property
    def grades_csv(self) -> Path:
        return self.root / "grades.csv"

    @property
    def grades_long_csv(self) -> Path:
        return self.root / "grades_long.csv"

    @property
    def answers_dir(self) -> Path:
        """``answers/``: student answers as code (the demo class, the grader tests, the audit)."""
        return self.root / "answers"

    @property
    def kits_dir(self) -> Path:
        """``dist/``: the student kits, ``<assignment>.zip`` (``backprop-course release --student-kit``)."""
        return self.root / "dist"

    @property
    def student_lab_dir(self) -> Path:
        """``student-lab/``: working copies of kits, one folder per assignment (``backprop-course lab --student``)."""
        return self.root / "student-lab"

    @property
    def course_id(self) -> str:
        return str(self.nbgrader_config().CourseDirectory.course_id)

    def generated(self) -> list[Path]:
        """Everything grading writes (what ``make clean`` removes), the gradebook included."""
        return [
            self.downloaded_dir,
            self.submitted_dir,
            self.autograded_dir,
            self.feedback_dir,
            self.gradebook,
            self.records_dir,
            self.reports_dir,
            self.grades_csv,
            self.grades_long_csv,
            self.audit_dir,
        ]

    def protected(self) -> list[Path]:
        """What no grading kernel may see: every course folder, the gradebook, the repository's history."""
        folders = [self.source_dir, self.release_dir, self.solutions_dir, self.answers_dir, self.student_lab_dir]
        folders += [self.root / ".git"]
        return folders + self.generated()

    @property
    def db_url(self) -> str:
        return str(self.nbgrader_config().CourseDirectory.db_url)

    def assignments(self) -> list[str]:
        """Assignment names: folders of ``source/`` holding a notebook of the same name."""
        return sorted(d.name for d in self.source_dir.iterdir() if (d / f"{d.name}.ipynb").is_file())

    def students(self, assignment: str | None = None) -> list[str]:
        """Student ids with a folder in ``submitted/`` (that hold ``assignment``, when given)."""
        if not self.submitted_dir.is_dir():
            return []
        return sorted(
            d.name
            for d in self.submitted_dir.iterdir()
            if d.is_dir() and (assignment is None or (d / assignment).is_dir())
        )

    def nbgrader_config(self):
        """The course's nbgrader configuration, loaded from its ``nbgrader_config.py``."""
        from traitlets.config.loader import PyFileConfigLoader

        return PyFileConfigLoader("nbgrader_config.py", path=str(self.root)).load_config()

    def coursedir(self, config=None):
        """An nbgrader ``CourseDirectory`` for this course."""
        from nbgrader.coursedir import CourseDirectory

        return CourseDirectory(config=config or self.nbgrader_config())

    def run_nbgrader(self, converter_class, assignment: str, student: str | None = None, **traits) -> list[str]:
        """Run an nbgrader converter (GenerateAssignment, Autograde, ...) in this process.

        ``student`` may be an nbgrader glob (``"*"``). Returns the error messages nbgrader logged
        for failed notebooks (empty when all went well); never raises for a failed notebook.
        """
        import logging

        from nbgrader.converters.base import NbGraderException

        ensure_venv_on_path()
        config = self.nbgrader_config()
        config.CourseDirectory.assignment_id = assignment
        if student is not None:
            config.CourseDirectory.student_id = student
        converter = converter_class(coursedir=self.coursedir(config), config=config)
        converter.force = True
        for name, value in traits.items():
            setattr(converter, name, value)
        errors: list[str] = []

        class _Collect(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                if record.levelno >= logging.ERROR:
                    errors.append(record.getMessage())

        handler = _Collect()
        converter.log.addHandler(handler)
        try:
            converter.start()
        except NbGraderException:
            pass  # the failures are in ``errors``
        finally:
            converter.log.removeHandler(handler)
        return errors

    def copy_to(self, dest: Path, *, with_generated: bool = True) -> Course:
        """Copy the course definition (config, ``source/`` and, optionally, ``release/`` and ``solutions/``)."""
        dest.mkdir(parents=True, exist_ok=True)
        for f in COURSE_FILES:
            shutil.copy2(self.root / f, dest / f)
        dirs = ["source"] + (["release", "solutions"] if with_generated else [])
        for d in dirs:
            if (self.root / d).is_dir():
                shutil.copytree(self.root / d, dest / d, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        return Course(dest)
