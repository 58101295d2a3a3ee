"""The student's self-check: a visible check run in the student's own notebook, with the student's own other
functions, names the function that is wrong, not a right one that uses it (round 20 of independent answers).

Each test calls the checks the visible test cells call, with small student answers written here: one function is
wrong, the function the check grades is right, and the message must point at the wrong one. When graded, the tests
lend the instructor's code in place of the other functions, so these paths only matter before submitting.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import numpy as np
import pytest
from conftest import REPO, selected_assignments
from nbclient import NotebookClient

from backprop_course.answers import fill_notebook, load_cases, read_notebook
from backprop_course.course import SKIP_TAG, Course
from backprop_course.demo import answers_dir


def self_check_cases() -> list[tuple[str, str]]:
    """(assignment, case) of every answer case that declares ``self-check:`` lines."""
    course = Course(REPO)
    return [
        (a, name) for a in selected_assignments() for name, case in load_cases(answers_dir(course), a).items()
        if case.self_check
    ]  # fmt: skip


def visible_outputs(nb) -> dict[str, str]:
    """{test cell grade_id: what its run printed or raised (``ename: evalue``)} of an executed notebook."""
    out = {}
    for cell in nb.cells:
        gid = cell.metadata.get("nbgrader", {}).get("grade_id")
        if cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("grade"):
            parts = [
                f"{o.ename}: {o.evalue}" if o.output_type == "error" else o.get("text", "")
                for o in cell.get("outputs", [])
                if o.output_type in ("error", "stream")
            ]
            out[gid] = "\n".join(parts)
    return out


@pytest.mark.parametrize(("assignment", "case_name"), self_check_cases())
def test_visible_check_catches_what_the_case_declares(tmp_path: Path, assignment: str, case_name: str) -> None:
    """The student's notebook with the case's answers, run top to bottom in a real kernel as before submitting: each
    test cell the case names fails, printing the declared text (round 53: bugs whose own task's hidden test catches
    them passed every visible cell). The demonstration cells tagged ``skip-autograde`` (training runs, plots) are left
    out, as grading leaves them out: no test cell depends on them (test_skip_autograde.py proves it), and they were a
    third of this test's time."""
    course = Course(REPO)
    case = load_cases(answers_dir(course), assignment)[case_name]
    folder = tmp_path / assignment
    shutil.copytree(course.release_dir / assignment, folder)
    release = read_notebook(folder / f"{assignment}.ipynb")
    nb = fill_notebook(release, read_notebook(course.source_dir / assignment / f"{assignment}.ipynb"), case)
    nb.cells = [c for c in nb.cells if SKIP_TAG not in (c.metadata.get("tags") or [])]
    NotebookClient(nb, timeout=300, allow_errors=True, resources={"metadata": {"path": str(folder)}}).execute()
    printed = visible_outputs(nb)
    for test_id, text in case.self_check.items():
        assert test_id in printed, f"{test_id} is no test cell of {assignment}"
        assert text in printed[test_id] and "visible check passed" not in printed[test_id], (
            f"the visible check of {test_id} should fail with {text!r} for {case_name}; it printed:\n{printed[test_id]}"
        )


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def test_momentum_names_a_wrong_grad_f_not_the_optimiser() -> None:
    from backprop_course.checks import relu_xor_momentum as checks

    def total_loss(params, x, y):
        W, b, v, c = params
        y_hat = sigmoid(np.maximum(x @ W + b, 0) @ v + c)
        return float(np.sum(-(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))))

    def grad_f(params, x, y):  # the seed's bug: dl/dy_hat without the sigmoid's derivative
        W, b, v, c = params
        z = x @ W + b
        a = np.maximum(z, 0)
        y_hat = sigmoid(a @ v + c)
        delta = -y / y_hat + (1 - y) / (1 - y_hat)
        dz = (delta @ v.T) * (z > 0)
        return [x.T @ dz, dz.sum(axis=0, keepdims=True), a.T @ delta, float(delta.sum())]

    def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):  # right
        params, velocity = list(starting_params), [np.zeros(np.shape(p)) for p in starting_params]
        trajectories, losses = [params], [total_loss(params, x, y)]
        for _ in range(iterations):
            velocity = [alpha * u - lr * g for u, g in zip(velocity, grad_f(params, x, y), strict=True)]
            params = [p + u for p, u in zip(params, velocity, strict=True)]
            trajectories.append(params)
            losses.append(total_loss(params, x, y))
        return trajectories, losses

    start = checks.random_params(np.random.default_rng(17))
    x, y = checks.kink_free_batch(np.random.default_rng(18), 6, start)
    with pytest.raises(AssertionError, match="^fix grad_f first"):
        checks.check_momentum(gradient_descent_momentum, grad_f, total_loss, x, y, start, 4, 0.05, 0.7)


def test_forward_names_a_relu_that_changes_its_argument() -> None:
    from backprop_course.checks import softmax_nll as chk

    def relu(z):  # right values, but the caller's z1 becomes a1
        z[z < 0] = 0
        return z

    def softmax(z):
        e = np.exp(z - z.max(axis=0, keepdims=True))
        return e / e.sum(axis=0, keepdims=True)

    with pytest.raises(AssertionError, match="fix relu first"):
        chk.fix_first("forward", relu=relu, softmax=softmax, numerical=False)
    chk.fix_first("forward", relu=lambda z: np.maximum(z, 0), softmax=softmax, numerical=False)


class Linear:
    def __init__(self, n_in, n_out):
        self.W, self.b = np.random.randn(n_out, n_in), np.random.randn(n_out)

    def forward(self, x):
        self.x = x
        return self.W @ x + self.b

    def backward(self, dy):
        self.grad_W, self.grad_b = np.outer(dy, self.x), dy.copy()
        return self.W.T @ dy


class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        return dy * (1 - self.y**2)


class MLP:
    def __init__(self, n_in, h1, h2, n_out):
        self.fc1, self.activation_fn1 = Linear(n_in, h1), Tanh()
        self.fc2, self.activation_fn2 = Linear(h1, h2), Tanh()
        self.fc3 = Linear(h2, n_out)

    def backward(self, dy):
        for block in (self.fc3, self.activation_fn2, self.fc2, self.activation_fn1, self.fc1):
            dy = block.backward(dy)
        return dy


def test_mlp_forward_names_blocks_kept_on_the_class() -> None:
    from backprop_course.checks import tanh_mlp as checks

    class SharedMLP(MLP):
        layers: list = []  # noqa: RUF012  (the bug: one list for every MLP object)

        def __init__(self, *sizes):
            super().__init__(*sizes)
            self.layers.extend([self.fc1, self.activation_fn1, self.fc2, self.activation_fn2, self.fc3])

        def forward(self, x):
            for block in self.layers:
                x = block.forward(x)
            return x

    SharedMLP(3, 4, 5, 2)  # an MLP made earlier in the notebook
    with pytest.raises(AssertionError, match="not one of this MLP's .* on the class"):
        checks.visible_mlp_forward(SharedMLP, Tanh)


def test_mlp_backward_names_a_block_run_twice_by_forward() -> None:
    from backprop_course.checks import tanh_mlp as checks

    class CopyPasteMLP(MLP):
        def forward(self, x):
            h = self.activation_fn1.forward(self.fc1.forward(x))
            h = self.activation_fn1.forward(self.fc2.forward(h))  # the slip: activation_fn2
            return self.fc3.forward(h)

    with pytest.raises(AssertionError, match="runs activation_fn1.forward twice and never activation_fn2.forward"):
        checks.visible_mlp_backward(CopyPasteMLP, Tanh, lambda dy, x, W, b: (W.T @ dy, np.outer(dy, x), dy.copy()))


def sigmoid_part2(squeeze: bool) -> dict:
    """Part 2 of sigmoid_mlp (samples as rows); ``squeeze``: backprop's bug for a single output unit."""

    def apply_net(y_in, weights, biases):
        y_layer, df_layer = [y_in], []
        for w, b in zip(weights, biases, strict=True):
            f = sigmoid(y_layer[-1] @ w + b)
            y_layer.append(f)
            df_layer.append(f * (1 - f))
        return y_layer[-1], y_layer, df_layer

    def backprop(y_target, y_layer, df_layer, weights):
        n = y_target.shape[0]
        dw, db = [None] * len(weights), [None] * len(weights)
        delta = (y_layer[-1] - y_target) * df_layer[-1]
        for j in reversed(range(len(weights))):
            dw[j], db[j] = y_layer[j].T @ delta / n, delta.sum(axis=0) / n
            if squeeze:
                dw[j], db[j] = np.squeeze(dw[j]), np.squeeze(db[j])
            if j > 0:
                delta = (delta @ weights[j].T) * df_layer[j - 1]
        return dw, db

    def gradient_step(weights, biases, dw_layer, db_layer, eta):
        return [w - eta * d for w, d in zip(weights, dw_layer, strict=True)], [
            b - eta * d for b, d in zip(biases, db_layer, strict=True)
        ]

    def train_net(y_in, y_target, weights, biases, eta):
        y_out, y_layer, df_layer = apply_net(y_in, weights, biases)
        weights, biases = gradient_step(weights, biases, *backprop(y_target, y_layer, df_layer, weights), eta)
        return weights, biases, np.sum((y_out - y_target) ** 2) / (2 * y_in.shape[0])

    return {"train_net": train_net, "apply_net": apply_net, "backprop": backprop, "gradient_step": gradient_step}


def test_train_net_names_a_backprop_wrong_for_one_output_unit() -> None:
    from backprop_course.checks import sigmoid_mlp as checks

    checks.check_backprop(sigmoid_part2(squeeze=True)["backprop"])  # test_backprop's visible sizes: it passes
    checks.check_train_net(**sigmoid_part2(squeeze=False))
    with pytest.raises(AssertionError, match="^fix backprop first"):
        checks.check_train_net(**sigmoid_part2(squeeze=True))


def test_backward_names_an_nllm_that_transposes_a() -> None:
    """The seed's nllm, -sum(y * log(a.T)), agrees with the right one on a square example with y the identity:
    the check of the functions backward's visible check uses must not be square."""
    from backprop_course.checks import softmax_nll as chk

    def nllm(a, y):
        return -np.sum(y * np.log(a.T))

    with pytest.raises(AssertionError, match="fix nllm first"):
        chk.fix_first("backward", nllm=nllm)
    chk.fix_first("backward", nllm=lambda a, y: -np.sum(y * np.log(a)))


class _Linear:  # the notebook's given Linear block
    def __init__(self, in_features, out_features):
        self.W = np.random.randn(out_features, in_features)
        self.b = np.random.randn(out_features)

    def forward(self, x):
        self.x = x
        return self.W @ x + self.b


def _mlp_class(tanh: type, written: bool = True) -> type:
    """The notebook's MLP (the model answer's structure), with ``tanh`` as its activation blocks."""

    class MLP:
        def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
            self.fc1 = _Linear(in_features, hidden_size1)
            self.activation_fn1 = tanh()
            self.fc2 = _Linear(hidden_size1, hidden_size2)
            self.activation_fn2 = tanh()
            self.fc3 = _Linear(hidden_size2, out_features)

        def forward(self, x):
            if not written:
                raise NotImplementedError()
            out = x
            for block in (self.fc1, self.activation_fn1, self.fc2, self.activation_fn2, self.fc3):
                out = block.forward(out)
            return out

    return MLP


class _UnansweredTanh:
    def forward(self, x):
        raise NotImplementedError()

    def backward(self, dy):
        raise NotImplementedError()


def test_an_unanswered_block_is_not_called_an_unwritten_network(capsys) -> None:
    """Round 24: with Tanh left unanswered, the MLP's visible check says the network is not checked yet (a block's
    stub is the block's), and only an MLP whose own method is the stub is "not written yet"."""
    from backprop_course.checks import tanh_mlp as chk

    chk.visible_mlp_forward(_mlp_class(_UnansweredTanh), _UnansweredTanh)
    assert "MLP.forward is not checked yet" in capsys.readouterr().out
    with pytest.raises(AssertionError, match="is not written yet"):
        chk.visible_mlp_forward(_mlp_class(_UnansweredTanh, written=False), _UnansweredTanh)


def test_numpy_s_words_are_quoted_in_the_student_s_run_and_told_by_their_meaning() -> None:
    """Round 50: a reshape to a fixed size and np.einsum's subscripts were told "a shape mismatch? ... a cache". In the
    student's own run the words are quoted; their meaning is told in every run (when graded, only the meaning)."""
    from backprop_course import testing

    try:
        np.zeros(35).reshape(250, 250)
    except ValueError as e:
        reshape = e
    try:
        np.einsum("ij,j->", np.ones((2, 3)), np.ones(2))
    except ValueError as e:
        einsum = e
    assert "a reshape to a shape that does not fit" in testing.error_story(reshape)
    assert "np.einsum's subscripts" in testing.error_story(einsum)
    assert testing.error_story(ValueError("operands could not be broadcast together")) == ""
    detail = testing.error_detail(reshape)
    assert '("cannot reshape array of size 35 into shape (250,250)")' in detail and "written into the code" in detail
    assert testing.error_detail(ValueError("")) == ""


def test_values_wrong_in_whole_columns_are_named_with_where_and_what() -> None:
    """Round 50: dense_forward's loop from 1 left column 0 at 0; the message named one index of two."""
    from backprop_course import testing

    expected = np.arange(1.0, 9.0).reshape(2, 4)
    got = expected.copy()
    got[:, 0] = 0
    with pytest.raises(AssertionError) as info:
        testing.assert_close("z", got, expected)
    message = str(info.value)
    assert "wrong in 2 of 8 entries, exactly columns [0]" in message
    assert "they are column 0: never computed by a loop that starts at 1" in message  # round 84
    assert "The worst at index (1, 0): got 0, expected 5" in message
    got = expected.copy()
    got[:, 1] = 0  # zeros elsewhere than the first slice: no loop story
    with pytest.raises(AssertionError) as info:
        testing.assert_close("z", got, expected)
    assert "all 0 (never computed?)" in str(info.value) and "starts at 1" not in str(info.value)
    with pytest.raises(AssertionError, match=r"^c is wrong \(got 2, expected 1\)$"):
        testing.assert_close("c", 2.0, 1.0)


def test_a_sigmoid_far_out_may_lose_digits_but_never_exceed_the_true_value() -> None:
    """Round 85: clips of z at 20 to 35 and a floor kept the points between the checks at |z| 11 to 18 and those at
    710 to 1000. Correct formulas (through exp, through tanh, a harmless clip at 500) pass; a clip, a floor and a guard
    that sets sigma' to 0 beyond 30 do not."""
    from backprop_course import testing

    def sigma(z):
        return 1 / (1 + np.exp(-z))

    for f in (sigma, lambda z: 0.5 * (1 + np.tanh(z / 2)), lambda z: sigma(np.clip(z, -500, 500))):
        testing.check_sigmoid_not_above("sigmoid", f, ("sigma",))
    for f in (lambda z: sigma(z) * (1 - sigma(z)), lambda z: 0.25 * (1 - np.tanh(z / 2) ** 2)):
        testing.check_sigmoid_not_above("sigmoid_prime", f, ("derivative",))
    testing.check_sigmoid_not_above(
        "net_f_df", lambda z: (sigma(z), sigma(z) * (1 - sigma(z))), ("sigma", "derivative")
    )

    def tanh_by_exp(x):  # its last bits off far out: 1 - y^2 is 18 % above the true value at x = -18.25 (round 87)
        return (np.exp(x) - np.exp(-x)) / (np.exp(x) + np.exp(-x))

    testing.check_sigmoid_not_above("Tanh.backward", lambda x: 1 - tanh_by_exp(x) ** 2, ("tanh derivative",))
    testing.check_sigmoid_not_above("sigmoid_prime", lambda z: 0.25 * (1 - tanh_by_exp(z / 2) ** 2), ("derivative",))
    for f, words in (
        (lambda z: sigma(np.clip(z, -30, 30)), "is z clipped (np.clip(z, -c, c) with c below 31)?"),
        (lambda z: np.maximum(sigma(z), 1e-12), "a floor (np.maximum(..., 1e-12))?"),
        (lambda z: np.where(z < -30, 0.0, sigma(z)), "a guard that sets it to 0 beyond some |z|?"),
        (lambda z: np.where(z < -35, 0.0, sigma(z)), "keeps it above 0"),  # round 87
    ):
        with pytest.raises(AssertionError, match=re.escape(words)):
            testing.check_sigmoid_not_above("sigmoid", f, ("sigma",))

    # float32 arithmetic rounds 1 - sigma to 0 beyond z = 17: accepted where nothing watches the kernel (the student's
    # own kernel, plain nbgrader), also cast back to float64 (session 39's bench: every float32 answer lost points)
    def sigma_prime32(z):
        s = 1 / (1 + np.exp(-np.asarray(z, dtype=np.float32)))
        return s * (1 - s)

    testing.check_sigmoid_not_above("sigmoid_prime", sigma_prime32, ("derivative",))
    testing.check_sigmoid_not_above("sigmoid_prime", lambda z: sigma_prime32(z).astype(np.float64), ("derivative",))
    # the side where sigma is near 1 (round 88: sigma' set to 0 beyond z = +20 kept the points)
    for guard in (20, 30, 33):
        with pytest.raises(AssertionError, match=re.escape("a guard that sets it to 0 beyond some |z|?")):
            testing.check_sigmoid_not_above(
                "sigmoid_prime", lambda z, g=guard: np.where(z > g, 0.0, sigma(z) * (1 - sigma(z))), ("derivative",)
            )


def test_sigmoid_tails_exact_accepts_every_float64_formula_and_refuses_an_approximated_tail() -> None:
    """Round 98: sigma'(z) as exp(-|z|) beyond |z| = 12 (1e-5 off) kept the points; round 101: beyond 14 (2e-6 off),
    the check stopping at 13.5. At |z| from 12 to 16 every float64 formula of the notebooks keeps 9 digits, float32
    ones are left to the other checks, and an approximation of the tail is refused with a message that says so."""
    from backprop_course import testing

    def sigma(z):
        return 1 / (1 + np.exp(-z))

    def sigma_stable(z):
        e = np.exp(-np.abs(z))
        return np.where(z >= 0, 1 / (1 + e), e / (1 + e))

    for f in (sigma, sigma_stable, lambda z: 0.5 * (1 + np.tanh(z / 2)), lambda z: np.exp(-np.logaddexp(0, -z))):
        testing.check_sigmoid_tails_exact("sigmoid", f, ("sigma",))
        testing.check_sigmoid_tails_exact("sigmoid_prime", lambda z, f=f: f(z) * (1 - f(z)), ("derivative",))
    for d in (
        lambda z: np.exp(-z) / (1 + np.exp(-z)) ** 2,
        lambda z: 0.25 * (1 - np.tanh(z / 2) ** 2),
        lambda z: 0.25 / np.cosh(z / 2) ** 2,
        lambda z: sigma(z) - sigma(z) ** 2,
    ):
        testing.check_sigmoid_tails_exact("sigmoid_prime", d, ("derivative",))
    pair = ("sigma", "derivative")
    testing.check_sigmoid_tails_exact("net_f_df", lambda z: (sigma(z), sigma(z) * (1 - sigma(z))), pair)

    def sigma_prime32(z):  # float32: far off here (1 - sigma loses its digits), left to the float32 checks
        s = sigma(z.astype(np.float32))
        return s * (1 - s)

    testing.check_sigmoid_tails_exact("sigmoid_prime", sigma_prime32, ("derivative",))
    testing.check_sigmoid_tails_exact("sigmoid_prime", lambda z: sigma_prime32(z).astype(float), ("derivative",))
    tail = "An approximation of the tail"
    with pytest.raises(AssertionError, match=tail):
        testing.check_sigmoid_tails_exact(
            "sigmoid_prime",
            lambda z: np.where(np.abs(z) > 12, np.exp(-np.abs(z)), sigma(z) * (1 - sigma(z))),
            ("derivative",),
        )
    for cut in (12, 14, 15.5):
        with pytest.raises(AssertionError, match=tail):
            testing.check_sigmoid_tails_exact(
                "sigmoid_prime",
                lambda z, c=cut: np.where(np.abs(z) > c, np.exp(-np.abs(z)), sigma(z) * (1 - sigma(z))),
                ("derivative",),
            )
    with pytest.raises(AssertionError, match=tail):
        testing.check_sigmoid_tails_exact("sigmoid", lambda z: np.where(z < -12, np.exp(z), sigma(z)), ("sigma",))


def test_values_of_code_seen_computing_in_float32_get_float32s_tolerance(monkeypatch) -> None:
    """Session 37's CI: a float32 yhat whose far-out outputs were all exact 0s and 1s (one of them a float32 sigmoid
    saturated at s = 16.6) holds no number that shows float32, and was judged at float64's tolerance; the grader's
    watch of the kernel knows the code computed with float32 numbers."""
    from backprop_course import gradcheck
    from backprop_course.checks import relu_xor_momentum as checks

    expected, got = np.array([[1 - 4e-8], [1.0], [0.0]]), np.array([[1.0], [1.0], [0.0]])
    monkeypatch.setattr(gradcheck, "computed_in_float32", None)
    with pytest.raises(AssertionError):
        checks.check_values("yhat", got, expected)
    monkeypatch.setattr(gradcheck, "computed_in_float32", lambda: True)
    checks.check_values("yhat", got, expected)


def test_sigmoid_finite_differences_keep_their_digits_where_outputs_saturate() -> None:
    """Session 42: the cross-entropy the sigmoid_mlp checks take finite differences of was computed from y = sigma(z),
    whose log(1 - y) loses its digits within 1e-15 of 1, even in longdouble: after a step at a learning rate of 15 a
    correct train was refused now and then (its step 1.4e-3 off the finite differences). From z, the numerical
    gradient of saturated networks matches the derived one."""
    from backprop_course.checks import sigmoid_mlp as checks

    def sigma(z):
        return 1 / (1 + np.exp(-z))

    worst = 0.0
    for seed in range(40):
        rng = np.random.default_rng(seed)
        w = [rng.normal(size=(2, 3)) * 6, rng.normal(size=(3, 1)) * 12]  # outputs up to |z| of 40 and more
        b = [rng.normal(size=3) * 3, rng.normal(size=1) * 6]
        x, t = rng.normal(size=(4, 2)), rng.integers(0, 2, size=(4, 1)).astype(float)
        dws, _ = checks._Net(w, b, x, t, "cross_entropy").numeric()
        a1 = sigma(x @ w[0] + b[0])
        d2 = (sigma(a1 @ w[1] + b[1]) - t) / 4  # dC/dz of the output, batch of 4
        d1 = (d2 @ w[1].T) * a1 * (1 - a1)
        for numeric, derived in ((dws[1], a1.T @ d2), (dws[0], x.T @ d1)):
            big = np.abs(derived) > 1e-6
            worst = max(worst, float(np.max(np.abs(numeric - derived)[big] / np.abs(derived)[big], initial=0.0)))
    assert worst < 1e-5, worst
