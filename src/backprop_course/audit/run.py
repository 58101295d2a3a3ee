"""The audit of one or more assignments: mutants and answer cases graded by the real grader.

:func:`run_audit` does, in a scratch copy of the course (the repository is only read):

1. ``release/`` for the assignments (nbgrader's ``GenerateAssignment``, which also records them in
   the scratch gradebook);
2. per assignment: the mutants of the master's solution cells (:mod:`.mutants`), screened for
   equivalence in a child process (:mod:`.equivalence`); equivalent ones are marked, not graded;
3. one submission per non-equivalent mutant (the model solution with that one cell mutated) and
   one per answer case of ``answers/<a>/`` (``reference``, ``blank``, bugs, ``kind: alt``). Mutants
   that computed exactly the same results as an earlier mutant of the same function on every input
   of the equivalence check (same *behaviour* fingerprint: ``2 * d`` → ``1 * d`` and ``2 * d`` →
   ``d``) are graded once: the others are marked ``duplicate of`` it and share its outcome
   (``dedupe=False`` grades each one);
4. one ``backprop_course.grade.grade`` batch for everything (parallel, sandboxed, with its
   progress bar). To grade ~700 submissions in the time budget, mutants of different solution cells
   whose test cells are disjoint are *packed* into one submission (``pack=False`` grades each alone):
   the reference run of the equivalence check records which solution cells each test cell calls
   (the notebooks' tests are independent: a test cell calls the functions its task names and gets
   the rest from references), so a failing test cell belongs to exactly one mutant of its pack. A
   pack is trusted only when that holds for every failing test cell and grading raised no flag
   (timeout, dead kernel, ...); otherwise, and for every mutant of a pack that seems to survive, the
   mutants are graded again alone in a second batch. Mutants of worked-example cells, of cells whose
   functions other cells call, or of assignments where a test cell raised in the reference run are
   always graded alone;
5. the outcome of each submission: scores from the gradebook, each failed test cell's message
   from the autograded notebook's error outputs, the grade record's findings.

A test cell that the ``reference`` case itself fails is *broken*: it can kill nothing, and it is
reported. A mutant is *killed* when a test cell that is not broken loses points (or the whole
submission fails to grade), *survives* otherwise. Its diagnosis is the best of its failing cells'
messages (:func:`.classify.best`).
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import nbformat

from ..answers import AnswerCase, fill_notebook, load_cases, read_notebook, test_cell_ids
from ..course import Course
from ..grade import GradeRefused, autograded_errors, grade, load_record
from ..release.build import build_release
from ..settings import GradingSettings
from .classify import Diagnosis, best, classify_message
from .equivalence import screen
from .mutants import Mutant, generate_mutants

__all__ = [
    "AssignmentAudit",
    "AuditRun",
    "CaseOutcome",
    "CellOutcome",
    "MutantOutcome",
    "Pack",
    "Submission",
    "plan_packs",
    "representatives",
    "run_audit",
    "select_sample",
]

SUBMISSION_TIME = "2026-03-09 22:00:00 UTC"
DEFAULT_CELL_TIMEOUT = 30  # seconds per cell: the model solutions' slowest test cell takes ~3 s
KILL_THRESHOLD = 0.98
DIAGNOSIS_THRESHOLD = 0.80


@dataclass
class CellOutcome:
    """One test cell of one graded submission."""

    score: float | None
    max_score: float
    message: str = ""  # "ename: evalue" of the cell's error outputs, joined
    finding: str = ""  # the grade record's "diagnosis" finding for this cell

    @property
    def lost(self) -> bool:
        return self.score is not None and self.score < self.max_score


@dataclass
class Submission:
    """What grading made of one submission."""

    student: str
    graded: bool  # scored in the gradebook
    status: str = ""  # the grade record's status
    reason: str = ""
    total: float = 0.0
    max_total: float = 0.0
    cells: dict[str, CellOutcome] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)


@dataclass
class MutantOutcome:
    mutant: Mutant
    equivalence: dict[str, Any]  # Verdict.as_dict()
    status: str = "not graded"  # equivalent, killed, survived, not graded (not in the sample), pending
    duplicate_of: str = ""  # id of the mutant with the same behaviour that was graded in its place
    pack: str = ""  # the packed submission this mutant's outcome comes from ("" when graded alone)
    pack_note: str = ""  # e.g. "regraded alone: its pack was inconclusive"
    failed: list[str] = field(default_factory=list)  # test cells (not broken) that lost points
    messages: dict[str, str] = field(default_factory=dict)
    diagnoses: dict[str, Diagnosis] = field(default_factory=dict)
    diagnosis: Diagnosis | None = None  # the best of ``diagnoses``
    reason: str = ""  # why the submission as a whole failed, if it did

    @property
    def diagnosed(self) -> bool:
        return self.status == "killed" and self.diagnosis is not None and self.diagnosis.specific


@dataclass
class CaseOutcome:
    """An answer case of ``answers/<a>/`` against what it declares."""

    name: str
    kind: str
    description: str
    ok: bool
    problems: list[str] = field(default_factory=list)
    lost: dict[str, str] = field(default_factory=dict)  # test cells that lost points -> message
    total: str = ""


@dataclass
class AssignmentAudit:
    assignment: str
    test_cells: list[str]
    mutants: list[MutantOutcome]
    cases: list[CaseOutcome] = field(default_factory=list)
    broken: dict[str, str] = field(default_factory=dict)  # test cells the reference fails -> message
    equivalence: dict[str, Any] = field(default_factory=dict)  # reference_errors, recorded, seconds
    sampled: bool = False
    seconds: dict[str, float] = field(default_factory=dict)
    packing: dict[str, int] = field(default_factory=dict)

    def count(self, status: str) -> int:
        return sum(m.status == status for m in self.mutants)

    @property
    def generated(self) -> int:
        return len(self.mutants)

    @property
    def equivalent(self) -> int:
        return self.count("equivalent")

    @property
    def killed(self) -> int:
        return self.count("killed")

    @property
    def surviving(self) -> int:
        return self.count("survived")

    @property
    def graded(self) -> int:
        """Non-equivalent mutants with an outcome (killed or surviving), duplicates included."""
        return self.killed + self.surviving

    @property
    def duplicates(self) -> int:
        return sum(bool(m.duplicate_of) and m.status in ("killed", "survived") for m in self.mutants)

    @property
    def kill_rate(self) -> float | None:
        return self.killed / self.graded if self.graded else None

    @property
    def diagnosed(self) -> int:
        return sum(m.diagnosed for m in self.mutants)

    @property
    def diagnosis_rate(self) -> float | None:
        return self.diagnosed / self.killed if self.killed else None

    @property
    def alternatives(self) -> list[CaseOutcome]:
        return [c for c in self.cases if c.kind in ("alt", "reference")]

    @property
    def alternatives_losing_points(self) -> list[CaseOutcome]:
        return [c for c in self.alternatives if c.lost]

    def meets_thresholds(self, kill: float = KILL_THRESHOLD, diagnosis: float = DIAGNOSIS_THRESHOLD) -> bool:
        return (self.kill_rate or 0.0) >= kill and (self.diagnosis_rate or 0.0) >= diagnosis

    def per_test_cell(self) -> dict[str, dict[str, int]]:
        """``{test cell: {"killed": n, "diagnosed": n}}``: the mutants each cell failed, and explained."""
        out = {t: {"killed": 0, "diagnosed": 0} for t in self.test_cells}
        for m in self.mutants:
            for t in m.failed:
                if t in out:
                    out[t]["killed"] += 1
                    out[t]["diagnosed"] += bool(m.diagnoses.get(t) and m.diagnoses[t].specific)
        return out

    def per_function(self) -> dict[str, dict[str, int]]:
        """``{function: {"mutants", "equivalent", "killed", "survived", "diagnosed"}}``."""
        out: dict[str, dict[str, int]] = {}
        for m in self.mutants:
            row = out.setdefault(
                m.mutant.target, {"mutants": 0, "equivalent": 0, "killed": 0, "survived": 0, "diagnosed": 0}
            )
            row["mutants"] += 1
            if m.status in row:
                row[m.status] += 1
            row["diagnosed"] += m.diagnosed
        return out


@dataclass
class AuditRun:
    assignments: list[AssignmentAudit]
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    scratch: str = ""


def representatives(mutants: list[Mutant], verdicts: dict[str, dict[str, Any]], dedupe: bool = True) -> dict[str, str]:
    """``{mutant id: id of the mutant graded for it}`` for every non-equivalent mutant.

    With ``dedupe``, mutants with the same behaviour fingerprint (see :mod:`.equivalence`) map to
    the first of them; every other mutant maps to itself.
    """
    out: dict[str, str] = {}
    first: dict[str, str] = {}
    for m in mutants:
        verdict = verdicts.get(m.id, {})
        if verdict.get("verdict") == "equivalent":
            continue
        behaviour = verdict.get("behaviour") or ""
        out[m.id] = first.setdefault(behaviour, m.id) if dedupe and behaviour else m.id
    return out


def select_sample(mutants: list[Mutant], graded_for: dict[str, str], size: int, seed: int) -> set[str]:
    """A fixed sample of ``size`` distinct non-equivalent mutants (ids of representatives).

    The same mutants and seed give the same sample (chosen by the mutants' stable keys).
    """
    keys = {m.id: m.key for m in mutants}
    candidates = sorted(keys[i] for i in set(graded_for.values()))
    chosen = set(random.Random(seed).sample(candidates, min(size, len(candidates))))
    return {i for i, k in keys.items() if k in chosen}


def _mutant_case(assignment: str, mutants: list[Mutant]) -> AnswerCase:
    """The model solution with these mutants' cells (one mutant per cell) replaced."""
    name = "+".join(m.id for m in mutants)
    return AnswerCase(assignment, name, f"mutants {name}", cells={m.cell: m.source for m in mutants}, kind="bug")


def _write(course: Course, student: str, assignment: str, nb: Any) -> None:
    folder = course.submitted_dir / student / assignment
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    (folder / "timestamp.txt").write_text(SUBMISSION_TIME + "\n")
    nbformat.write(nb, folder / f"{assignment}.ipynb")


def _read(course: Course, assignment: str, students: Iterable[str], test_ids: list[str]) -> dict[str, Submission]:
    """Scores (gradebook), messages (autograded notebooks) and findings (grade records) of ``students``."""
    from nbgrader.api import Gradebook, MissingEntry

    out: dict[str, Submission] = {}
    with Gradebook(course.db_url, course.course_id) as gb:
        for student in students:
            rec = load_record(course, assignment, student)
            sub = Submission(student, graded=False)
            if rec is not None:
                sub.status, sub.reason, sub.flags = rec.status, rec.reason, list(rec.flags)
            try:
                nb = gb.find_submission_notebook(assignment, assignment, student)
            except MissingEntry:
                out[student] = sub
                continue
            sub.graded = True
            sub.total, sub.max_total = float(nb.score or 0.0), float(nb.max_score or 0.0)
            findings = {f.cell: f.message for f in (rec.findings if rec else []) if f.kind == "diagnosis"}
            for g in nb.grades:
                if g.name in test_ids:
                    sub.cells[g.name] = CellOutcome(g.auto_score, float(g.max_score), "", findings.get(g.name, ""))
            out[student] = sub
    for student, sub in out.items():
        if sub.graded:
            errors = autograded_errors(course, assignment, student)
            for grade_id, outcome in sub.cells.items():
                outcome.message = errors.get(grade_id, "")
    return out


PACK_MAX = 6  # mutants per packed submission


@dataclass
class Pack:
    """Mutants of different solution cells graded in one submission; ``tests``: the test cells they reach."""

    id: str
    members: list[Mutant] = field(default_factory=list)
    cells: set[str] = field(default_factory=set)
    tests: set[str] = field(default_factory=set)


def reached_tests(cell: str, dependencies: dict[str, Any]) -> set[str]:
    """Test cells a mutant of solution ``cell`` can make fail: those that call its functions (or may: ``*``)."""
    return {t for t, owners in dependencies.get("test_cells", {}).items() if cell in owners or "*" in owners}


def plan_packs(
    mutants: list[Mutant], dependencies: dict[str, Any], size: int = PACK_MAX
) -> tuple[list[Pack], list[Mutant]]:
    """Packs of mutants to grade together, and the mutants to grade alone (see the module docstring).

    Deterministic: mutants are placed in order, each in the first pack that has no mutant of its
    cell and no test cell in common with it.
    """
    tests = dependencies.get("test_cells", {})
    outside = set(dependencies.get("used_outside_tests", []))
    unknown = any("*" in owners for owners in tests.values())
    packs: list[Pack] = []
    alone: list[Mutant] = []
    for m in mutants:
        reached = reached_tests(m.cell, dependencies)
        if unknown or not m.function or m.cell in outside or not reached:
            alone.append(m)
            continue
        for pack in packs:
            if len(pack.members) < size and m.cell not in pack.cells and not reached & pack.tests:
                break
        else:
            pack = Pack(f"p{len(packs) + 1:03d}")
            packs.append(pack)
        pack.members.append(m)
        pack.cells.add(m.cell)
        pack.tests |= reached
    alone += [p.members[0] for p in packs if len(p.members) == 1]
    return [p for p in packs if len(p.members) > 1], alone


def _judge_mutant(
    outcome: MutantOutcome, sub: Submission | None, broken: dict[str, str], only: set[str] | None = None
) -> None:
    """Killed or survived, from the submission graded for this mutant (its test cells ``only``, in a pack)."""
    m = outcome.mutant
    if sub is None or not sub.graded:
        outcome.status = "killed"
        outcome.reason = (sub.reason if sub else "") or "the submission could not be graded"
        d = classify_message(outcome.reason, m.function, m.assigned)
        outcome.diagnoses = {"(submission)": d}
        outcome.diagnosis = d
        return
    for t, cell in sub.cells.items():
        if t in broken or not cell.lost or (only is not None and t not in only):
            continue
        outcome.failed.append(t)
        outcome.messages[t] = cell.message or cell.finding
        outcome.diagnoses[t] = classify_message(cell.message or cell.finding, m.function, m.assigned)
    outcome.status = "killed" if outcome.failed else "survived"
    outcome.diagnosis = best(list(outcome.diagnoses.values()))


def _attribute(pack: Pack, sub: Submission | None, broken: dict[str, str], dependencies: dict[str, Any]):
    """``{mutant id: its failing test cells}`` for a graded pack, or None when the pack is inconclusive.

    Inconclusive: the submission did not grade, grading flagged it (a timeout, a dead kernel: later
    cells may fail for another mutant's sake), or a failing test cell reaches no mutant of the pack
    or more than one.
    """
    if sub is None or not sub.graded or sub.flags:
        return None
    reached = {m.id: reached_tests(m.cell, dependencies) for m in pack.members}
    out: dict[str, set[str]] = {m.id: set() for m in pack.members}
    for t, cell in sub.cells.items():
        if t in broken or not cell.lost:
            continue
        owners = [i for i, tests in reached.items() if t in tests]
        if len(owners) != 1:
            return None
        out[owners[0]].add(t)
    return out


def _inherit(outcome: MutantOutcome, graded: MutantOutcome) -> None:
    """A duplicate gets the outcome of the mutant graded for it; its messages are classified for its own function."""
    outcome.status, outcome.failed, outcome.messages = graded.status, list(graded.failed), dict(graded.messages)
    outcome.reason, outcome.pack = graded.reason, graded.pack
    m = outcome.mutant
    outcome.diagnoses = {t: classify_message(msg, m.function, m.assigned) for t, msg in graded.messages.items()}
    if graded.reason and not graded.failed:
        outcome.diagnoses = {"(submission)": classify_message(graded.reason, m.function, m.assigned)}
    outcome.diagnosis = best(list(outcome.diagnoses.values()))


def _judge_case(case: AnswerCase, sub: Submission | None, test_ids: list[str]) -> CaseOutcome:
    out = CaseOutcome(case.name, case.kind, case.description, ok=True)
    if sub is None or not sub.graded:
        expected_zero = case.score == "zero"
        out.ok = expected_zero
        if not expected_zero:
            out.problems.append(f"not graded: {sub.reason if sub else 'no record'}")
        return out
    out.total = f"{sub.total:g}/{sub.max_total:g}"
    out.lost = {t: cell.message or cell.finding for t, cell in sub.cells.items() if t in test_ids and cell.lost}
    # a cell without a score (not graded) counts as kept, as CellOutcome.lost has it
    cells = {t: (c.max_score if c.score is None else c.score, c.max_score, c.message) for t, c in sub.cells.items()}
    out.problems += case.problems(test_ids, cells, shown=300)
    out.ok = not out.problems
    return out


def _log(stream: TextIO | None, text: str) -> None:
    if stream is not None:
        stream.write(text + "\n")
        stream.flush()


def run_audit(
    course: Course,
    assignments: list[str] | None = None,
    *,
    settings: GradingSettings | None = None,
    sample: int | None = None,
    seed: int = 17,
    with_cases: bool = True,
    dedupe: bool = True,
    pack: bool = True,
    progress: TextIO | None = None,
    keep: bool = False,
) -> AuditRun:
    """Audit ``assignments`` (default: all) of ``course``; see the module docstring.

    ``sample``: grade only a fixed sample of that many distinct non-equivalent mutants per
    assignment (:func:`select_sample`; the rest are ``not graded``). ``with_cases``: grade the answer
    cases of ``answers/`` (else only ``reference``). ``dedupe``: grade mutants with the same
    behaviour once. ``pack``: grade mutants of independent cells together (then alone when needed).
    ``settings``: the grader's (default: one
    worker per core, sandboxed, :data:`DEFAULT_CELL_TIMEOUT` per cell). ``keep``: leave the scratch
    course on disk (its path is ``AuditRun.scratch``).

    Raises:
        backprop_course.grade.GradeRefused: no working sandbox and ``settings.sandbox`` is true.
    """
    t0 = time.monotonic()
    settings = settings or GradingSettings(cell_timeout=DEFAULT_CELL_TIMEOUT)
    names = assignments or course.assignments()
    unknown = sorted(set(names) - set(course.assignments()))
    if unknown:
        raise ValueError(f"no such assignment: {', '.join(unknown)} (known: {', '.join(course.assignments())})")
    tmp = Path(tempfile.mkdtemp(prefix="audit-"))
    phases: dict[str, float] = {}
    try:
        scratch = course.copy_to(tmp / "course", with_generated=False)
        (scratch.root / "answers").symlink_to(course.answers_dir.resolve())
        # mutants and their equivalence check (child processes) while nbgrader builds release/
        t = time.monotonic()
        prepared: dict[str, tuple[Any, list[Mutant], dict[str, Any], dict[str, float]]] = {}

        def prepare() -> None:
            for a in names:
                ta = time.monotonic()
                source_path = scratch.source_dir / a / f"{a}.ipynb"
                source_nb = read_notebook(source_path)
                mutants = generate_mutants(source_nb, a)
                tm = time.monotonic() - ta
                screened = screen(source_path, mutants, tmp / "equivalence" / a)
                timing = {"mutants": round(tm, 2), "equivalence": round(time.monotonic() - ta - tm, 2)}
                prepared[a] = (source_nb, mutants, screened, timing)
                n_eq = sum(v.get("verdict") == "equivalent" for v in screened["verdicts"].values())
                _log(progress, f"{a}: {len(mutants)} mutants, {n_eq} equivalent ({time.monotonic() - ta:.1f} s)")

        worker = threading.Thread(target=prepare, name="audit-prepare", daemon=True)
        worker.start()
        build_release(scratch, names, with_solutions=False)
        phases["release"] = time.monotonic() - t
        worker.join()
        phases["mutants+equivalence"] = time.monotonic() - t
        missing = [a for a in names if a not in prepared]
        if missing:
            raise RuntimeError(f"could not generate or check the mutants of {', '.join(missing)}")
        audits: list[AssignmentAudit] = []
        cases_of: dict[str, dict[str, AnswerCase]] = {}
        graded_for: dict[str, dict[str, str]] = {}
        packs_of: dict[str, list[Pack]] = {}
        sources: dict[str, tuple[Any, Any]] = {}
        for a in names:
            source_nb, mutants, screened, timing = prepared[a]
            release_nb = read_notebook(scratch.release_dir / a / f"{a}.ipynb")
            verdicts = screened["verdicts"]
            graded_for[a] = representatives(mutants, verdicts, dedupe)
            chosen = select_sample(mutants, graded_for[a], sample, seed) if sample is not None else None
            outcomes = []
            for m in mutants:
                verdict = verdicts.get(m.id, {"verdict": "unknown", "detail": "no verdict", "hangs": False})
                o = MutantOutcome(m, verdict)
                rep = graded_for[a].get(m.id)
                if verdict["verdict"] == "equivalent":
                    o.status = "equivalent"
                elif chosen is None or rep in chosen:
                    o.status = "pending"
                    if rep != m.id:
                        o.duplicate_of = rep
                outcomes.append(o)
            to_grade = [o.mutant for o in outcomes if o.status == "pending" and not o.duplicate_of]
            dependencies = screened.get("dependencies", {})
            packs, alone = plan_packs(to_grade, dependencies) if pack else ([], to_grade)
            packs_of[a] = packs
            for m in alone:
                _write(scratch, m.id, a, fill_notebook(release_nb, source_nb, _mutant_case(a, [m])))
            for p in packs:
                _write(scratch, p.id, a, fill_notebook(release_nb, source_nb, _mutant_case(a, p.members)))
            cases_of[a] = load_cases(scratch.answers_dir, a)
            if not with_cases:
                cases_of[a] = {"reference": cases_of[a]["reference"]}
            for name, case in cases_of[a].items():
                _write(scratch, f"case-{name}", a, fill_notebook(release_nb, source_nb, case))
            audit = AssignmentAudit(a, test_cell_ids(source_nb), outcomes, sampled=sample is not None)
            audit.equivalence = {k: v for k, v in screened.items() if k != "verdicts"}
            audit.packing = {"packs": len(packs), "packed": sum(len(p.members) for p in packs), "alone": len(alone)}
            sources[a] = (source_nb, release_nb)
            audit.seconds = timing
            audits.append(audit)
        t = time.monotonic()
        total = sum(len(list(scratch.submitted_dir.glob(f"*/{a}"))) for a in names)
        _log(progress, f"grading {total} submissions with {settings.workers} workers ...")
        grade(scratch, names, settings=settings, progress=progress)
        phases["grade"] = time.monotonic() - t
        t = time.monotonic()
        regrade: dict[str, list[MutantOutcome]] = {}
        for audit in audits:
            a = audit.assignment
            by_id = {o.mutant.id: o for o in audit.mutants}
            students = [o.mutant.id for o in audit.mutants if o.status == "pending" and not o.duplicate_of]
            students = [s_ for s_ in students if not any(s_ in {m.id for m in p.members} for p in packs_of[a])]
            students += [p.id for p in packs_of[a]] + [f"case-{n}" for n in cases_of[a]]
            subs = _read(scratch, a, students, audit.test_cells)
            ref = subs.get("case-reference")
            if ref is not None and ref.graded:
                audit.broken = {t: c.message or c.finding for t, c in ref.cells.items() if c.lost}
            else:
                reason = ref.reason if ref is not None else "no record"
                audit.broken = {t: f"the reference did not grade: {reason}" for t in audit.test_cells}
            dependencies = audit.equivalence.get("dependencies", {})
            packed = set()
            for p in packs_of[a]:
                owned = _attribute(p, subs.get(p.id), audit.broken, dependencies)
                for m in p.members:
                    packed.add(m.id)
                    o = by_id[m.id]
                    if owned is None or not owned[m.id]:
                        o.pack_note = (
                            f"graded alone: its pack {p.id} was inconclusive"
                            if owned is None
                            else f"graded alone: no test cell failed for it in pack {p.id}"
                        )
                        regrade.setdefault(a, []).append(o)
                        continue
                    _judge_mutant(o, subs.get(p.id), audit.broken, only=owned[m.id])
                    o.pack = p.id
                    o.pack_note = f"graded in pack {p.id} with " + ", ".join(x.id for x in p.members if x is not m)
            for o in audit.mutants:
                if o.status == "pending" and not o.duplicate_of and o.mutant.id not in packed:
                    _judge_mutant(o, subs.get(o.mutant.id), audit.broken)
            audit.cases = [
                _judge_case(case, subs.get(f"case-{n}"), audit.test_cells) for n, case in cases_of[a].items()
            ]
        phases["collect"] = time.monotonic() - t
        if any(regrade.values()):
            t = time.monotonic()
            for a, outcomes in regrade.items():
                source_nb, release_nb = sources[a]
                for o in outcomes:
                    _write(scratch, o.mutant.id, a, fill_notebook(release_nb, source_nb, _mutant_case(a, [o.mutant])))
            _log(progress, f"grading {sum(map(len, regrade.values()))} mutants of inconclusive packs alone ...")
            grade(scratch, [a for a in names if regrade.get(a)], settings=settings, progress=progress)
            for audit in audits:
                outcomes = regrade.get(audit.assignment, [])
                subs = _read(scratch, audit.assignment, [o.mutant.id for o in outcomes], audit.test_cells)
                for o in outcomes:
                    _judge_mutant(o, subs.get(o.mutant.id), audit.broken)
            phases["grade alone"] = time.monotonic() - t
        for audit in audits:
            by_id = {o.mutant.id: o for o in audit.mutants}
            for o in audit.mutants:
                if o.status == "pending" and o.duplicate_of:
                    _inherit(o, by_id[o.duplicate_of])
    finally:
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return AuditRun(
        audits,
        seconds=round(time.monotonic() - t0, 1),
        phases={k: round(v, 1) for k, v in phases.items()},
        settings={
            "dedupe": dedupe,
            "pack": pack,
            "workers": settings.workers,
            "cell_timeout": settings.cell_timeout,
            "sandbox": settings.sandbox,
            "sample": sample,
            "seed": seed,
            "python": sys.version.split()[0],
        },
        scratch=str(tmp) if keep else "",
    )


__all__ += ["GradeRefused"]
