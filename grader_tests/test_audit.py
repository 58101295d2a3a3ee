"""``backprop-course audit``: the machinery on a small synthetic master, and the fixed-sample threshold check.

The unit tests below need no assignment of the course: they build a master notebook here, so they
hold whatever the notebooks become. The last test, ``test_fixed_sample_meets_the_thresholds``, grades
a fixed sample of mutants of the real assignments (:data:`AUDITED`, all five) with the real grader
and fails when an assignment's kill rate or diagnosis rate is below the issue's thresholds; deselect
it with ``-m "not audit"`` (about two minutes on two cores).
"""

from __future__ import annotations

import re
import textwrap

import nbformat
import numpy as np
import pytest
from conftest import REPO, selected_assignments
from cosmic_ray.operators.number_replacer import NumberReplacer

from backprop_course.audit import operators as ops
from backprop_course.audit.classify import best, classify_message, names_function
from backprop_course.audit.equivalence import NotebookHarness, fingerprint, harness_cells, same, screen
from backprop_course.audit.mutants import apply_operator, generate_mutants, solution_cells, tuple_functions
from backprop_course.audit.run import (
    DIAGNOSIS_THRESHOLD,
    KILL_THRESHOLD,
    CellOutcome,
    Submission,
    _attribute,
    plan_packs,
    representatives,
    run_audit,
    select_sample,
)

# -- a small master notebook: scaffolding, two solution cells with functions, a worked example, a test cell

SOLUTION = """
def relu(z):
    return np.maximum(z, 0.0)  # given: outside the solution region, never mutated


def relu_prime(z):
    return (z > 0).astype(float)


def layer_backward(dz, a_prev, W, lr):
    ### BEGIN SOLUTION
    batch = a_prev.shape[1]
    dW = dz @ a_prev.T / batch
    db = np.sum(dz, axis=1, keepdims=True) / batch
    da = W.T @ dz
    step = 0.5 * lr * dW
    return dW, db, da, step
    ### END SOLUTION


def hidden_delta(da, z):
    ### BEGIN SOLUTION
    a = relu(z)
    total = 0.0
    for k in range(z.shape[0]):
        total += 2 * np.sum(a[k])
    return da * relu_prime(z), total
    ### END SOLUTION


def unused(x):
    ### BEGIN SOLUTION
    return x + 1
    ### END SOLUTION
"""

WORKED = """
# Store your answer in: picked
### BEGIN SOLUTION
picked = float(v[1, 0])
### END SOLUTION
"""

TEST = """
rng = np.random.default_rng(0)
dz, a_prev, W = rng.normal(size=(3, 5)), rng.normal(size=(4, 5)), rng.normal(size=(3, 4))
out = layer_backward(dz, a_prev, W, 0.1)
z = rng.normal(size=(3, 5))
z[np.abs(z) < 0.1] = 0.5
hd = hidden_delta(rng.normal(size=(3, 5)), z)
assert picked == 2.0
"""


def master() -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()

    def code(source: str, **nbgrader) -> nbformat.NotebookNode:
        cell = nbformat.v4.new_code_cell(textwrap.dedent(source).strip("\n"))
        if nbgrader:
            cell.metadata["nbgrader"] = {"schema_version": 3, "locked": False, "points": 0, **nbgrader}
        return cell

    nb.cells = [
        code("import numpy as np\nv = np.array([[1.0], [2.0]])"),
        code(SOLUTION, grade_id="blocks", solution=True, grade=False),
        code(WORKED, grade_id="worked", solution=True, grade=False),
        code(TEST, grade_id="test_blocks", solution=False, grade=True, points=1),
    ]
    return nb


@pytest.fixture(scope="module")
def mutants():
    return generate_mutants(master(), "toy")


@pytest.fixture(scope="module")
def harness():
    h = NotebookHarness(harness_cells(master()))
    h.run()
    return h


def changes(mutants, operator: str) -> set[tuple[str, str]]:
    return {(" ".join(m.before.split()), " ".join(m.after.split())) for m in mutants if m.operator == operator}


# -- operators


@pytest.mark.parametrize("operator", ops.OPERATORS, ids=ops.operator_label)
def test_every_operator_makes_the_mutations_of_its_examples(operator) -> None:
    for example in operator.examples():
        got = apply_operator(example.pre_mutation_code, operator(**example.operator_args), example.occurrence)
        assert got == example.post_mutation_code, (example.pre_mutation_code, got)


def test_the_operator_set_is_cosmic_rays_plus_the_backprop_mutations() -> None:
    labels = {ops.operator_label(o) for o in ops.OPERATORS}
    assert {"Add_Sub", "Mul_Div", "Pow_Mul", "ZeroIterationForLoop", "Gt_GtE", "Delete_USub"} <= labels
    assert {o.__module__.split(".")[0] for o in ops.COSMIC_RAY_OPERATORS} == {"cosmic_ray"}
    assert len(ops.BACKPROP_OPERATORS) == 11
    assert issubclass(ops.OffByOneIndex, NumberReplacer)
    assert not {"Add_Mul", "Mul_Add", "NumberReplacer"} & labels  # no mistake anyone makes; see the module docstring


# -- mutants of a master


def test_only_the_solution_regions_are_mutated(mutants) -> None:
    assert {m.function for m in mutants} == {"layer_backward", "hidden_delta", "unused", ""}
    cells = {c.grade_id: c for c in solution_cells(master())}
    for m in mutants:
        assert m.line in cells[m.cell].region
        assert "### BEGIN SOLUTION" not in m.source
        compile(m.source, m.id, "exec")


def test_the_backprop_mutations_of_the_issue_are_generated(mutants) -> None:
    assert ("dW = dz @ a_prev.T / batch", "dW = -(dz @ a_prev.T / batch)") in changes(mutants, "SignFlip")
    transposes = changes(mutants, "TransposeToggle")
    assert ("dW = dz @ a_prev.T / batch", "dW = dz @ a_prev / batch") in transposes  # .T removed
    assert ("da = W.T @ dz", "da = W.T @ dz.T") in transposes  # .T inserted
    axes = changes(mutants, "AxisSwap")
    assert ("batch = a_prev.shape[1]", "batch = a_prev.shape[0]") in axes
    assert ("db = np.sum(dz, axis=1, keepdims=True) / batch", "db = np.sum(dz, axis=0, keepdims=True) / batch") in axes
    assert ("db = np.sum(dz, axis=1, keepdims=True) / batch", "db = np.sum(dz, axis=1) / batch") in changes(
        mutants, "DropKeepdims"
    )
    ranges = changes(mutants, "OffByOneRange")
    assert ("for k in range(z.shape[0]):", "for k in range(z.shape[0] - 1):") in ranges
    assert ("for k in range(z.shape[0]):", "for k in range(z.shape[0] + 1):") in ranges
    constants = changes(mutants, "ConstantChange")
    assert ("total += 2 * np.sum(a[k])", "total += 1 * np.sum(a[k])") in constants  # 2 -> 1
    assert ("step = 0.5 * lr * dW", "step = 1 * lr * dW") in constants  # 0.5 -> 1
    assert ("step = 0.5 * lr * dW", "step = 0.5 * dW") in changes(mutants, "DropTerm")  # a factor dropped
    assert ("da = W.T @ dz", "da = dz @ W.T") in changes(mutants, "SwapArguments")
    derivative_point = changes(mutants, "ActivationForPreactivation")
    assert ("return da * relu_prime(z), total", "return da * relu_prime(a), total") in derivative_point
    assert ("db = np.sum(dz, axis=1, keepdims=True) / batch", "db = np.mean(dz, axis=1, keepdims=True) / batch") in (
        changes(mutants, "SumMean")
    )
    assert ("return x + 1", "return x - 1") in changes(mutants, "Add_Sub")  # one of cosmic-ray's


def test_sign_flips_leave_tuples_and_sizes_alone() -> None:
    code = (
        "def f(x):\n    return x, 2 * x\n\n\ndef g(x):\n    return f(x)\n\n\n"
        "def h(x):\n    a, b = f(x)\n    y = g(x)\n    n = x.shape[0]\n    return a * n\n"
    )
    assert tuple_functions([code]) == {"f", "g"}
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(code)]
    nb.cells[0].metadata["nbgrader"] = {"grade_id": "c", "solution": True, "grade": False}
    flips = changes(generate_mutants(nb, "toy"), "SignFlip")
    assert flips == {("return a * n", "return -(a * n)")}


def test_mutant_generation_is_deterministic(mutants) -> None:
    again = generate_mutants(master(), "toy")
    assert [(m.id, m.key, m.source, m.diff) for m in again] == [(m.id, m.key, m.source, m.diff) for m in mutants]
    assert len({m.key for m in mutants}) == len(mutants)
    assert len({m.source for m in mutants}) == len(mutants)  # no two mutants alike
    assert [m.id for m in mutants] == [f"m{i:03d}" for i in range(1, len(mutants) + 1)]


def test_a_mutant_carries_its_diff(mutants) -> None:
    m = next(m for m in mutants if m.operator == "SignFlip" and m.before.startswith("dW ="))
    assert m.diff.startswith("--- blocks (model solution)\n+++ blocks (mutant)")
    assert "-    dW = dz @ a_prev.T / batch" in m.diff and "+    dW = -(dz @ a_prev.T / batch)" in m.diff


# -- equivalence


def verdict(harness, mutants, operator: str, after: str):
    m = next(m for m in mutants if m.operator == operator and after in m.after)
    answers = {c.grade_id: c.answer for c in solution_cells(master())}
    return harness.check(m.cell, m.function, m.source, answers[m.cell])


def test_the_harness_records_the_tests_calls(harness) -> None:
    assert harness.errors == []
    assert set(harness.calls) >= {"layer_backward", "hidden_delta", "relu", "relu_prime"}
    assert "unused" not in harness.calls


def test_equivalent_mutants_are_recognised(harness, mutants) -> None:
    v = verdict(harness, mutants, "ActivationForPreactivation", "relu_prime(a)")  # ReLU: a > 0 exactly where z > 0
    assert v.verdict == "equivalent", v
    v = verdict(harness, mutants, "OffByOneIndex", "v[1, -1]")  # v has one column: 0 and -1 are the same
    assert v.verdict == "equivalent", v


def test_different_mutants_are_recognised(harness, mutants) -> None:
    v = verdict(harness, mutants, "SignFlip", "dW = -(dz @ a_prev.T / batch)")
    assert v.verdict == "different" and "on the tests' own inputs" in v.detail
    v = verdict(harness, mutants, "TransposeToggle", "dz @ a_prev / batch")
    assert v.verdict == "different" and "raises ValueError" in v.detail
    v = verdict(harness, mutants, "OffByOneIndex", "v[2, 0]")
    assert v.verdict == "different" and "IndexError" in v.detail
    v = verdict(harness, mutants, "ConstantChange", "step = 1 * lr * dW")
    assert v.verdict == "different" and v.behaviour


def test_a_function_the_tests_never_call_is_unknown_not_equivalent(harness, mutants) -> None:
    v = verdict(harness, mutants, "Add_Sub", "return x - 1")
    assert v.verdict == "unknown" and "not called" in v.detail


def test_mutants_that_behave_alike_share_a_fingerprint_and_are_graded_once(harness, mutants) -> None:
    answers = {c.grade_id: c.answer for c in solution_cells(master())}
    verdicts = {m.id: harness.check(m.cell, m.function, m.source, answers[m.cell]).as_dict() for m in mutants}
    dropped = next(m for m in mutants if m.operator == "DropTerm" and "step = lr * dW" in m.after)  # 0.5 dropped
    to_one = next(m for m in mutants if m.operator == "ConstantChange" and "step = 1 * lr * dW" in m.after)
    assert verdicts[dropped.id]["behaviour"] == verdicts[to_one.id]["behaviour"]
    graded_for = representatives(mutants, verdicts)
    assert graded_for[dropped.id] == graded_for[to_one.id]
    assert set(graded_for) == {m.id for m in mutants if verdicts[m.id]["verdict"] != "equivalent"}
    assert representatives(mutants, verdicts, dedupe=False)[to_one.id] == to_one.id
    sample = select_sample(mutants, graded_for, 5, seed=17)
    assert sample == select_sample(mutants, graded_for, 5, seed=17) and len(sample) == 5
    assert sample <= set(graded_for.values())


def test_the_reference_run_records_which_solution_cells_each_test_calls(harness) -> None:
    deps = harness.dependencies()
    assert deps == {"test_cells": {"test_blocks": ["blocks"]}, "used_outside_tests": []}


def fake_mutant(mutants, i: int, cell: str, function: str = "f"):
    from dataclasses import replace

    return replace(mutants[0], id=f"x{i}", key=f"k{i}", cell=cell, function=function)


DEPS = {
    "test_cells": {"t_a": ["A"], "t_a2": ["A"], "t_b": ["B"], "t_ab": ["A", "B"], "t_c": ["C"], "t_w": []},
    "used_outside_tests": ["D"],
}


def test_packs_hold_mutants_of_cells_whose_tests_are_disjoint(mutants) -> None:
    ms = [fake_mutant(mutants, i, c) for i, c in enumerate(["A", "A", "C", "C", "B", "D", "E"])]
    ms.append(fake_mutant(mutants, 7, "W", function=""))  # a worked-example cell: always alone
    packs, alone = plan_packs(ms, DEPS)
    assert [[m.id for m in p.members] for p in packs] == [["x0", "x2"], ["x1", "x3"]]
    # B shares t_ab with A; D is used outside tests; E reaches no test; W is not a function
    assert sorted(m.id for m in alone) == ["x4", "x5", "x6", "x7"]
    assert plan_packs(ms, {"test_cells": {**DEPS["test_cells"], "t_x": ["*"]}})[0] == []  # a test raised: no packs
    assert plan_packs(ms, DEPS, size=1)[0] == []


def test_a_pack_is_trusted_only_when_each_failure_belongs_to_one_mutant(mutants) -> None:
    packs, _ = plan_packs([fake_mutant(mutants, 0, "A"), fake_mutant(mutants, 1, "C")], DEPS)
    (pack,) = packs

    def graded(lost: list[str], flags: list[str] = ()) -> Submission:
        cells = {t: CellOutcome(0.0 if t in lost else 1.0, 1.0, "m") for t in DEPS["test_cells"]}
        return Submission("p001", graded=True, cells=cells, flags=list(flags))

    assert _attribute(pack, graded(["t_a", "t_c"]), {}, DEPS) == {"x0": {"t_a"}, "x1": {"t_c"}}
    assert _attribute(pack, graded(["t_a"]), {}, DEPS) == {"x0": {"t_a"}, "x1": set()}  # x1 graded again alone
    assert _attribute(pack, graded(["t_a", "t_w"]), {}, DEPS) is None  # t_w reaches neither
    assert _attribute(pack, graded(["t_a", "t_ab"]), {}, DEPS) == {"x0": {"t_a", "t_ab"}, "x1": set()}
    assert _attribute(pack, graded(["t_a"], flags=["test cell t_c timed out"]), {}, DEPS) is None
    assert _attribute(pack, Submission("p001", graded=False), {}, DEPS) is None
    assert _attribute(pack, graded(["t_a", "t_w"]), {"t_w": "broken"}, DEPS) == {"x0": {"t_a"}, "x1": set()}


def test_screen_runs_the_check_in_a_child_process(tmp_path, mutants) -> None:
    path = tmp_path / "toy.ipynb"
    nbformat.write(master(), path)
    result = screen(path, mutants[:6], tmp_path / "work")
    assert set(result["verdicts"]) == {m.id for m in mutants[:6]}
    assert result["reference_errors"] == []
    assert {v["verdict"] for v in result["verdicts"].values()} <= {"equivalent", "different", "unknown"}


def test_same_compares_results_as_the_tests_see_them() -> None:
    a = np.array([[1.0, 2.0], [3.0, np.nan]])
    assert same(a, a.copy()) and same([1.0, (2, 3)], (1.0, [2, 3])) and same(np.array([1, 2]), [1, 2])
    assert not same(a, a.T) and not same(a, a[:, :1]) and not same(1.0, 1.001)
    assert same(1.0, 1.0 + 1e-12) and not same(None, 0.0) and not same({"x": 1}, {"x": 2})
    assert fingerprint([1.0, np.ones(2)]) == fingerprint([1.0000000001, np.ones(2)])
    assert fingerprint([1.0, np.ones(2)]) != fingerprint([1.0, np.ones(3)])


# -- diagnosis classification


SPECIFIC = [
    # an exception whose message says what went wrong
    (
        "ValueError: raised by your Tanh.backward: operands could not be broadcast together with shapes (3,) (4,)",
        "Tanh.backward",
    ),
    (
        "IndexError: raised by your backprop in a hidden check (its message is not shown): an index is out of range "
        "(an off-by-one in a loop over layers or samples?)",
        "backprop",
    ),
    (
        "AssertionError: Gradient check failed for dW of dense_backward (3x2 layer): sign flipped: it equals minus the "
        "true gradient. Worst relative error 2.00e+00 at index (0, 0): yours -1, numerical 1 (pass: <= 1e-04).",
        "dense_backward",
    ),
    (
        "AssertionError: Gradient check failed for weight_gradients[0] of SigmoidMLP([3, 4, 2]).gradients: the sigmoid "
        "derivative at layer 1 is taken at the activation a = sigmoid(z) instead of at the pre-activation z.",
        "SigmoidMLP.gradients",
    ),
    (
        "AssertionError: Gradient check failed for MSELoss.backward with n=3: off by a constant factor 1.5 = n/(n-1): "
        "divided by n - 1 instead of n. Worst relative error 3.33e-01",
        "MSELoss.backward",
    ),
    ("AssertionError: dW of dense_backward has shape (3,), expected (3, 1) (transposed?)", "dense_backward"),
    (
        "AssertionError: MLP(2, 10, 20, 5).backward: fix `Tanh.backward` first: test_tanh_backward fails",
        "Tanh.backward",
    ),
    (
        "AssertionError: backprop: dw_layer[0]: it is N = 5 times the true gradient: the gradient of the sum over "
        "the 5 samples",
        "backprop",
    ),
    ("AssertionError: gradient_descent changed its argument starting_params in place", "gradient_descent"),
    (
        "AssertionError: train_mlp(3, 3.0) took 2 gradient steps instead of 3: the loop must run n_iterations times",
        "train_mlp",
    ),
    ("AssertionError: yhat does not change when the hidden bias b changes: the hidden bias b is missing.", "yhat"),
    ("AssertionError: relu_prime is inverted: it gives 1 where z < 0 and 0 where z > 0.", "relu_prime"),
    ("AssertionError: W2_new is not right: it is only the step, -rate * gradient: add it to the weights.", "W2_new"),
    (
        "AssertionError: net_out_new = [0.0, 2.0] is not made of probabilities (it builds on your forward, W1_new and "
        "W2_new: do their tests pass?)",
        "net_out_new",
    ),
    (
        "AssertionError: gradient_descent: trajectories[1] equals trajectories[0]: the parameters did not move",
        "gradient_descent",
    ),
    ("AssertionError: SigmoidMLP([2, 3, 1]).__init__ builds 1 layers, expected 2", "SigmoidMLP.__init__"),
    ("AssertionError: f of net_f_df for z of shape (2, 3) has shape (), expected (2, 3)", "net_f_df"),
    (
        "AssertionError: forward_step for y of shape (4, 3) is wrong: the bias is subtracted (z = y w + b).",
        "forward_step",
    ),
    (
        "AssertionError: backprop failed: it called backward_step(delta=an array of shape (7, 3), w=weights[0] "
        "(shape (5, 3))): there is no layer below weights[0] (an off-by-one in the loop over the layers?).",
        "backprop",
    ),
]

NOT_SPECIFIC = [
    (
        "AssertionError: Gradient check failed for MSELoss.backward with n=3: wrong in all 3 entries. Worst relative "
        "error 1.67e+00 at index (1,): yours 1.5, numerical -1 (pass: <= 1e-04).",
        "MSELoss.backward",
        "generic",
    ),
    (
        "AssertionError: Gradient check failed for dW of linear_backward: off by a constant factor 0.6667 (= 2/3), "
        "none of the sizes this check knows: every entry is scaled by the same number.",
        "linear_backward",
        "generic",
    ),
    (
        "AssertionError: Tanh.forward(x) for n=3 is wrong in 2 of 3 entries at index (0,): got 0.96402758, expected "
        "-0.96402758",
        "Tanh.forward",
        "generic",
    ),
    (
        "AssertionError: gradient_descent: trajectories[1] does not follow the update rule of the notebook (largest "
        "difference per parameter W, b, v, c: 0.172, 0.645, 0.104, 0.0607)",
        "gradient_descent",
        "generic",
    ),
    ("IndexError: raised by your backprop in a hidden check (its message is not shown)", "backprop", "crash"),
    ("ZeroDivisionError: raised by your backprop: division by zero", "backprop", "crash"),
    ("NotImplementedError: ", "relu", "unanswered"),
    ("TimeoutError: the test did not finish within 30 s (it was waiting for your train_mlp)", "train_mlp", "timeout"),
    ("AssertionError: the rows of nllm_grad look odd", "nll_gradient", "unclear"),
    # the input's shape is not a cause
    ("AssertionError: sigmoid(z) for z of shape (2, 3) is wrong in 6 of 6 entries", "sigmoid", "generic"),
    ("AssertionError: W2_new is not right (it is off by more than 4e-06).", "W2_new", "generic"),
    (
        "NameError: name 'W2_new' is not defined in your notebook (did the cell that defines it run without errors?)",
        "",
        "crash",
    ),
    ("", "relu", "none"),
]


@pytest.mark.parametrize(("message", "function"), SPECIFIC)
def test_messages_that_name_the_function_and_a_cause_are_diagnosed(message: str, function: str) -> None:
    d = classify_message(message, function)
    assert d.names_function and d.cause == "specific" and d.specific, d


@pytest.mark.parametrize(("message", "function", "cause"), NOT_SPECIFIC)
def test_generic_messages_crashes_and_timeouts_are_not_diagnoses(message: str, function: str, cause: str) -> None:
    d = classify_message(message, function)
    assert d.cause == cause and not d.specific, d


def test_a_specific_cause_for_another_function_is_not_a_diagnosis_of_this_one() -> None:
    msg = "AssertionError: Gradient check failed for dW of dense_backward: sign flipped: it equals minus the gradient."
    assert not classify_message(msg, "sigmoid_backward").specific


def test_names_function_reads_words_methods_and_worked_cells() -> None:
    assert names_function("MLP(2, 10, 20, 5).backward: fc3.grad_W", "MLP.backward")
    assert names_function("Gradient check failed for MLP.backward", "MLP.backward")
    assert not names_function("test_mlp_backward failed", "MLP.backward")
    assert not names_function("sigmoid_der(z) is wrong", "sigmoid")  # a word, not a prefix
    assert names_function("SigmoidMLP([2, 4, 1]) has 3 layers", "SigmoidMLP.__init__")
    assert names_function("W_sm_new is wrong in 6 of 6 entries", "", ("nllm_grad", "W_sm_new"))
    assert not names_function("wrong in 6 of 6 entries", "", ("W_sm_new",))


def test_best_prefers_a_specific_message() -> None:
    generic = classify_message(NOT_SPECIFIC[0][0], "MSELoss.backward")
    specific = classify_message(SPECIFIC[2][0], "MSELoss.backward")
    crash = classify_message(NOT_SPECIFIC[4][0], "MSELoss.backward")
    assert best([generic, crash, specific]) is specific
    assert best([generic, crash]).cause == "crash"
    assert best([]) is None


# -- the fixed sample (issue 17, item 4): real assignments, real grader

AUDITED = ("tanh_mlp", "bias_backprop", "sigmoid_mlp", "relu_xor_momentum", "softmax_nll")  # all five
SAMPLE = 20  # distinct non-equivalent mutants per assignment; same seed, same sample for the same notebook
SEED = 17


@pytest.fixture(scope="module")
def sample_audit():
    from backprop_course.course import Course
    from backprop_course.sandbox import probe_sandbox
    from backprop_course.settings import GradingSettings

    names = [a for a in AUDITED if a in selected_assignments()]
    settings = GradingSettings(cell_timeout=30, sandbox=probe_sandbox() is None)
    run = run_audit(Course(REPO), names, settings=settings, sample=SAMPLE, seed=SEED, with_cases=False)
    return {a.assignment: a for a in run.assignments}


@pytest.mark.audit
@pytest.mark.parametrize("assignment", AUDITED)
def test_fixed_sample_meets_the_thresholds(sample_audit, assignment: str) -> None:
    if assignment not in sample_audit:
        pytest.skip(f"{assignment} not selected (GRADER_TESTS_ASSIGNMENTS)")
    a = sample_audit[assignment]
    assert not a.broken, f"{assignment}: the model solution fails {sorted(a.broken)}"
    survivors = [
        f"{m.mutant.id} {m.mutant.target}: {m.mutant.before!r} -> {m.mutant.after!r}"
        for m in a.mutants
        if m.status == "survived"
    ]
    undiagnosed = [
        f"{m.mutant.id} {m.mutant.target} [{m.mutant.operator}]: "
        + re.sub(r"\s+", " ", next(iter(m.messages.values()), m.reason))[:160]
        for m in a.mutants
        if m.status == "killed" and not m.diagnosed
    ]
    assert a.graded >= min(SAMPLE, 1)
    assert (a.kill_rate or 0) >= KILL_THRESHOLD, f"{assignment}: kill rate {a.kill_rate:.0%}; survivors: {survivors}"
    assert (a.diagnosis_rate or 0) >= DIAGNOSIS_THRESHOLD, (
        f"{assignment}: diagnosis rate {a.diagnosis_rate:.0%}; not diagnosed: {undiagnosed}"
    )


def test_add_parser_registers_the_audit_verb() -> None:
    import argparse

    from backprop_course.audit.cli import add_parser

    parser = argparse.ArgumentParser(prog="backprop-course")
    add_parser(parser.add_subparsers(dest="verb", required=True))
    args = parser.parse_args(["audit", "tanh_mlp", "--sample", "5", "--no-pack", "--no-dedupe", "--check"])
    assert (args.verb, args.assignment, args.sample, args.no_pack, args.no_dedupe, args.check) == (
        "audit",
        ["tanh_mlp"],
        5,
        True,
        True,
        True,
    )
    assert callable(args.run)
    assert parser.parse_args(["audit"]).assignment == []
