"""Grade answer cases of one assignment with the real engine, in a scratch copy, and compare with what they declare.

For whoever edits a notebook's tests or its cases (the suite's ``test_answer_cases.py`` does the same
for every case)::

    .venv/bin/python grader_tests/grade_cases.py tanh_mlp                 # every case of tanh_mlp
    .venv/bin/python grader_tests/grade_cases.py tanh_mlp reference bug_x  # some cases
    .venv/bin/python grader_tests/grade_cases.py tanh_mlp --release        # also rebuild release/ and solutions/
    .venv/bin/python grader_tests/grade_cases.py tanh_mlp --answers DIR    # cases from DIR/tanh_mlp/*.py
    .venv/bin/python grader_tests/grade_cases.py tanh_mlp --dump out.json  # every cell's score and message

``--dump`` writes {case: {test cell: [score, max score, message], "flags": [the TA's flags]}}: two dumps, before
and after a change to the checks, show every score, message and flag the change moved (``diff`` of the two files).
The hidden tests' data then come from a fixed seed key, so that two dumps draw the same networks.

Prints, per case, each test cell that did not get what the case declares, with its message; exits 1
if any did. ``--release`` copies the rebuilt ``release/<a>`` and ``solutions/<a>`` into the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from conftest import REPO, read_all_results

from backprop_course.answers import load_cases, read_notebook, test_cell_ids
from backprop_course.course import Course
from backprop_course.demo import write_submission
from backprop_course.grade import grade, load_record
from backprop_course.release.build import build_release
from backprop_course.settings import GradingSettings


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("assignment")
    p.add_argument("cases", nargs="*")
    p.add_argument("--release", action="store_true", help="copy the rebuilt release/ and solutions/ back")
    p.add_argument("--keep", action="store_true", help="keep the scratch course (its path is printed)")
    p.add_argument("--no-sandbox", action="store_true")
    p.add_argument("--answers", type=Path, help="a folder with <assignment>/<case>.py, instead of answers/")
    p.add_argument("--dump", type=Path, help="write every case's per-cell scores and messages here (JSON)")
    args = p.parse_args(argv)
    a = args.assignment
    repo = Course(REPO)
    answers = args.answers.resolve() if args.answers else repo.answers_dir
    cases = load_cases(answers, a)
    names = args.cases or list(cases)
    tmp = Path(tempfile.mkdtemp(prefix="grade-cases-"))
    course = repo.copy_to(tmp / "course", with_generated=False)
    (course.root / "answers").symlink_to(answers)
    build_release(course, [a], with_solutions=args.release)
    if args.release:
        for sub in ("release", "solutions"):
            shutil.rmtree(repo.root / sub / a, ignore_errors=True)
            shutil.copytree(course.root / sub / a, repo.root / sub / a)
        print(f"release/{a} and solutions/{a} rebuilt")
    for name in names:
        write_submission(course, name, a, name)
    if args.dump:  # the same hidden-test data in every dump (the seeds are a keyed hash of each answer)
        course.records_dir.mkdir(parents=True, exist_ok=True)
        (course.records_dir / ".seed-key").write_bytes(hashlib.sha256(b"grade_cases --dump").digest())
    t0 = time.monotonic()
    summary = grade(course, [a], settings=GradingSettings(sandbox=not args.no_sandbox))
    print(f"graded {len(names)} cases in {time.monotonic() - t0:.1f} s")
    test_ids = test_cell_ids(read_notebook(repo.source_dir / a / f"{a}.ipynb"))
    bad = 0
    results = read_all_results(course, a, names)
    for name in names:
        case = cases[name]
        result = results.get(name)
        rec = load_record(course, a, name)
        problems = []
        if result is None:
            problems.append(f"not graded: {rec.reason if rec else 'no record'}")
        else:
            cells = {t: (c.score, c.max_score, c.message) for t, c in result.cells.items()}
            problems += case.problems(test_ids, cells)
        flags = rec.flags if rec else []
        problems += [f"expected a flag with {text!r}" for text in case.flagged if not any(text in f for f in flags)]
        if case.score == "full" and flags:
            problems.append("a correct answer is flagged")
        status = "ok " if not problems else "BAD"
        total = f"{result.total:g}/{result.max_total:g}" if result else "-"
        print(f"{status} {name} [{case.kind}] {total}")
        for line in problems:
            print(f"      {line}")
        if rec and rec.flags:
            print(f"      flags: {rec.flags}")
        bad += bool(problems)
    print(summary.format().splitlines()[0])
    if args.dump:
        dump = {
            name: {t: [c.score, c.max_score, c.message] for t, c in sorted(result.cells.items())}
            | {"flags": load_record(course, a, name).flags}
            for name, result in sorted(results.items())
        }
        args.dump.write_text(json.dumps(dump, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if args.keep:
        print(f"scratch course: {course.root}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    sys.exit(main())
