"""The gradient checker: exact numerical gradients, one test per diagnosis, no false alarms."""

from __future__ import annotations

import numpy as np
import pytest

from backprop_course import gradcheck
from backprop_course.gradcheck import check_backward, check_gradient, diagnose, numerical_gradient, numerical_vjp

RNG = np.random.default_rng(20261122)


def layer_problem(n_out: int = 3, n_in: int = 4, batch: int = 5):
    """A batch-averaged linear layer with a random upstream gradient: (W, numeric dW, exact dW)."""
    W, x, dy = RNG.normal(size=(n_out, n_in)), RNG.normal(size=(n_in, batch)), RNG.normal(size=(n_out, batch))
    numeric = numerical_gradient(lambda W_: np.sum((W_ @ x) * dy) / batch, W)
    return W, numeric, dy @ x.T / batch


def failure(analytic, numeric, **kw) -> str:
    with pytest.raises(AssertionError) as info:
        check_gradient("dW", analytic, numeric, **kw)
    return str(info.value)


def test_numerical_gradient_matches_known_gradients_for_any_shape() -> None:
    for shape in [(), (4,), (3, 2), (2, 3, 2)]:
        x = RNG.normal(size=shape)
        g = numerical_gradient(lambda z: float(np.sum(np.sin(z) * z)), x)
        assert g.shape == x.shape and g.dtype == np.float64
        np.testing.assert_allclose(g, np.cos(x) * x + np.sin(x), rtol=1e-7, atol=1e-9)


def test_numerical_gradient_leaves_x_as_it_found_it_even_when_f_raises() -> None:
    x = RNG.normal(size=(3, 3))
    before = x.copy()
    numerical_gradient(lambda z: np.sum(z**3), x)
    assert np.array_equal(x, before)

    def explode(z):
        raise ValueError("boom")

    with pytest.raises(ValueError):
        numerical_gradient(explode, x)
    assert np.array_equal(x, before)


def test_numerical_gradient_refuses_non_float64() -> None:
    with pytest.raises(TypeError, match="float64"):
        numerical_gradient(np.sum, np.ones(3, dtype=np.float32))


def test_vjp_form_checks_a_block_backward_without_a_scalar_loss() -> None:
    x, dy = RNG.normal(size=(4, 3)), RNG.normal(size=(4, 3))
    np.testing.assert_allclose(numerical_vjp(np.tanh, x, dy), dy * (1 - np.tanh(x) ** 2), rtol=1e-6)
    check_backward("tanh", np.tanh, x, dy, dy * (1 - np.tanh(x) ** 2))
    with pytest.raises(AssertionError, match="sign flipped"):
        check_backward("tanh", np.tanh, x, dy, -dy * (1 - np.tanh(x) ** 2))


def test_correct_gradients_of_smooth_functions_pass() -> None:
    for _ in range(20):
        W, numeric, exact = layer_problem(*RNG.integers(1, 7, size=3))
        assert diagnose(exact, numeric) is None
    x = RNG.normal(size=(5, 4))
    logits = lambda z: np.sum(np.log(np.sum(np.exp(z), axis=0)))  # noqa: E731
    soft = np.exp(x) / np.exp(x).sum(axis=0)
    assert diagnose(soft, numerical_gradient(logits, x)) is None


def test_correct_gradients_of_relu_networks_pass_away_from_kinks() -> None:
    """No false alarm on kinked functions at random points (the tests keep 1e-3 away from kinks)."""
    checked = 0
    for _ in range(50):
        W, x, v = RNG.normal(size=(6, 3)), RNG.normal(size=(3, 8)), RNG.normal(size=(1, 6))
        z = W @ x
        loss = lambda W_, x=x, v=v: float(np.mean(v @ np.maximum(W_ @ x, 0)))  # noqa: E731
        exact = ((v.T * (z > 0)) @ x.T) / x.shape[1]
        if np.min(np.abs(z)) < 1e-3:
            continue
        assert diagnose(exact, numerical_gradient(loss, W)) is None
        checked += 1
    assert checked >= 10


def test_diagnoses_wrong_shape_and_transpose() -> None:
    _, numeric, exact = layer_problem(3, 4)
    assert "transposed" in failure(exact.T, numeric)
    assert "wrong shape (12,)" in failure(exact.ravel(), numeric)
    assert "same 12 numbers" in failure(exact.ravel(), numeric)
    _, numeric_sq, exact_sq = layer_problem(4, 4)
    msg = failure(exact_sq.T, numeric_sq)
    assert "transposed" in msg and "wrong shape" not in msg


def test_diagnoses_accidental_broadcast_of_a_bias() -> None:
    db = RNG.normal(size=(4, 1))
    assert "broadcast into a square matrix" in failure(db + db.ravel(), db)


def test_diagnoses_nan_and_inf() -> None:
    _, numeric, exact = layer_problem()
    bad = exact.copy()
    bad[1, 2] = np.nan
    bad[0, 0] = np.inf
    msg = failure(bad, numeric)
    assert "NaN or inf" in msg and "2 of 12 entries" in msg


def test_diagnoses_sign_flip_all_zeros_and_none() -> None:
    _, numeric, exact = layer_problem()
    assert "sign flipped" in failure(-exact, numeric)
    assert "all zeros" in failure(np.zeros_like(exact), numeric)
    assert "is None" in failure(None, numeric)
    assert "not a numeric array" in failure("dW", numeric)


def test_diagnoses_constant_factors_by_name() -> None:
    _, numeric, exact = layer_problem(batch=5)
    assert "the batch size 5" in failure(exact * 5, numeric, batch_size=5)
    assert "1/5" in failure(exact / 5, numeric, batch_size=5)
    assert "factor 2" in failure(exact * 2, numeric, batch_size=5)
    assert "factor 0.5" in failure(exact / 2, numeric, batch_size=5)
    assert "0.37" in failure(exact * 0.37, numeric)
    assert "the number of outputs" in failure(exact * 3, numeric, factors={"3, the number of outputs": 3})


def test_diagnoses_wrong_rows_and_columns() -> None:
    _, numeric, exact = layer_problem(4, 5)
    rows = exact.copy()
    rows[[1, 3]] += 1.0
    assert "exactly rows [1, 3]" in failure(rows, numeric)
    cols = exact.copy()
    cols[:, 2] *= -3
    assert "exactly columns [2]" in failure(cols, numeric)
    scattered = exact.copy()
    scattered[0, 1] += 1
    scattered[2, 4] += 1
    assert "2 of 20 entries" in failure(scattered, numeric)


def test_likely_bugs_are_named_only_when_they_match() -> None:
    _, numeric, exact = layer_problem()
    wrong = exact + 1
    assert "forgot the activation" in failure(wrong, numeric, likely_bugs={"forgot the activation": wrong})
    assert "forgot the activation" not in failure(wrong * 3, numeric, likely_bugs={"forgot the activation": wrong})


def test_imprecise_is_not_reported_as_a_bug() -> None:
    _, numeric, exact = layer_problem()
    assert "imprecise" in failure(exact * (1 + 1e-3 * RNG.normal(size=exact.shape)), numeric)


def test_failure_message_gives_name_worst_error_and_threshold() -> None:
    _, numeric, exact = layer_problem()
    msg = failure(exact * 5, numeric, batch_size=5)
    assert msg.startswith("Gradient check failed for dW:")
    assert "Worst relative error" in msg and "pass: <= 1e-04" in msg


def test_assert_untampered_detects_monkeypatched_numpy_and_checker(monkeypatch: pytest.MonkeyPatch) -> None:
    gradcheck.assert_untampered()
    monkeypatch.setattr(np, "allclose", lambda *a, **k: True)
    with pytest.raises(AssertionError, match=r"numpy\.allclose"):
        gradcheck.assert_untampered()
    monkeypatch.undo()
    monkeypatch.setattr(gradcheck, "check_gradient", lambda *a, **k: None)
    with pytest.raises(AssertionError, match="check_gradient"):
        gradcheck.assert_untampered()
