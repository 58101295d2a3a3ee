"""Every answer case in answers/ is graded by real nbgrader and gets exactly the outcome it declares.

A case that declares ``fails: <test cell>: <text>`` must score 0 in that cell with ``<text>`` in the
failure message (the diagnosis) and full marks in every other test cell; ``score: full`` and
``score: zero`` cover the reference, the seed's own answers and the untouched release.
"""

from __future__ import annotations

import json

import pytest
from conftest import all_cases, selected_assignments, source_test_ids

from backprop_course.answers import load_cases
from backprop_course.demo import BROKEN, answers_dir
from backprop_course.grade import load_records


@pytest.mark.parametrize(("assignment", "case_name"), all_cases())
def test_case_gets_its_declared_outcome(graded_cases, assignment: str, case_name: str) -> None:
    course, results = graded_cases
    result = results[(assignment, case_name)]
    assert result is not None, f"{assignment}/{case_name} was not graded at all"
    case = load_cases(answers_dir(course), assignment)[case_name]
    test_ids = source_test_ids(assignment)
    unknown = (set(case.fails) | set(case.may_fail)) - set(test_ids)
    assert not unknown, f"case names test cells that do not exist: {sorted(unknown)}"
    cells = {t: (c.score, c.max_score, c.message) for t, c in result.cells.items()}
    problems = case.problems(test_ids, cells)
    assert not problems, f"{case_name} did not get the outcome it declares:\n" + "\n".join(problems)


BUNDLED = ("bias_backprop", "relu_xor_momentum", "sigmoid_mlp", "softmax_nll", "tanh_mlp")


def test_every_assignment_has_buggy_cases(repo_course) -> None:
    """Each bundled assignment ships at least five cases that lose points, so its tests are shown to bite
    with their diagnoses. A new assignment needs none: `check-source` (run by `make test`) shows its tests
    catch mutants, and the cases above grade its model solution and blank release."""
    for assignment in BUNDLED:
        cases = load_cases(answers_dir(repo_course), assignment).values()
        buggy = [c for c in cases if c.fails]
        assert len(buggy) >= 5, f"{assignment} has only {len(buggy)} buggy answer cases"


def test_blank_release_scores_zero_and_reference_full(graded_cases) -> None:
    """Over the auto-graded test cells: the untouched release earns nothing, the reference everything."""
    _, results = graded_cases
    for (assignment, name), result in results.items():
        cells = [result.cells[t] for t in source_test_ids(assignment)]
        earned, possible = sum(c.score or 0 for c in cells), sum(c.max_score for c in cells)
        if name == "blank":
            assert earned == 0, f"the untouched {assignment} release scored {earned}"
        if name == "reference":
            assert earned == possible > 0, f"the {assignment} reference scored {earned}/{possible}"


def test_correct_answers_raise_no_flags(graded_cases) -> None:
    """The false-flag rate (issue 19.4): no correct case in answers/ (full marks declared) is flagged for a
    TA; notes (display magics, renamed files) are allowed. Printed with ``pytest -s``."""
    course, _ = graded_cases
    flagged, correct = {}, 0
    for assignment in selected_assignments():
        records = {r.student: r for r in load_records(course, assignment)}
        for name, case in load_cases(answers_dir(course), assignment).items():
            if case.score != "full":
                continue
            correct += 1
            if records[name].flags:
                flagged[f"{assignment}/{name}"] = records[name].flags
    print(f"false-flag rate: {len(flagged)} of {correct} correct answer cases flagged")
    assert correct > 0 and not flagged, f"correct answers flagged: {flagged}"


def test_declared_flags_are_raised(graded_cases) -> None:
    """A case that declares ``# flagged: <text>`` (a trick the score cannot refuse) is flagged for the TA with it."""
    course, _ = graded_cases
    declared = 0
    for assignment in selected_assignments():
        records = {r.student: r for r in load_records(course, assignment)}
        for name, case in load_cases(answers_dir(course), assignment).items():
            for text in case.flagged:
                declared += 1
                flags = records[name].flags
                assert any(text in f for f in flags), f"{assignment}/{name} should be flagged with {text!r}: {flags}"
    assert declared > 0


def test_the_pinned_bench_class_names_only_cases_that_exist(repo_course) -> None:
    """``bench/class.json`` pins the benchmark's class by answer case: a case renamed or deleted must break here,
    not an hour-long ``make bench`` (pin a new class with ``bench/bench_grade.py --pin-class``)."""
    pinned = json.loads((repo_course.root / "bench" / "class.json").read_text())
    assert set(pinned) == set(repo_course.assignments())
    for assignment, cases in pinned.items():
        known = set(load_cases(answers_dir(repo_course), assignment)) | set(BROKEN)
        assert len(cases) >= 40 and not set(cases) - known, (assignment, sorted(set(cases) - known))


def test_a_may_fail_cell_is_judged_either_way(tmp_path) -> None:
    """``# may fail:`` lets a cell keep its points or lose them with the text named, nothing else; ``fails:``
    still requires 0 with its text, and every other cell full marks."""
    from backprop_course.answers import parse_case

    path = tmp_path / "clip.py"
    path.write_text(
        "# a forward clip that some draws reach\n# fails: test_a: clipped\n# may fail: test_b: MLP(\n# %% mlp\npass\n"
    )
    case = parse_case("tanh_mlp", path)
    ids = ["test_a", "test_b", "test_c"]
    lost, kept, other = (0.0, 2.0, "MLP(3, 4) clipped"), (2.0, 2.0, ""), (0.0, 2.0, "a wrong shape")
    assert case.problems(ids, {"test_a": lost, "test_b": kept, "test_c": kept}) == []
    assert case.problems(ids, {"test_a": lost, "test_b": lost, "test_c": kept}) == []
    assert len(case.problems(ids, {"test_a": lost, "test_b": other, "test_c": kept})) == 1  # b lost, text missing
    assert len(case.problems(ids, {"test_a": lost, "test_b": (1.0, 2.0, "MLP("), "test_c": kept})) == 1  # partial
    assert len(case.problems(ids, {"test_a": kept, "test_b": kept, "test_c": kept})) == 1  # a must fail
    assert len(case.problems(ids, {"test_a": lost, "test_b": kept, "test_c": lost})) == 1  # c must pass
    path.write_text("# score: full\n# may fail: test_b: x\n# %% mlp\npass\n")
    with pytest.raises(ValueError, match="may fail"):
        parse_case("tanh_mlp", path)
