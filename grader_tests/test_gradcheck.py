"""The gradient checker: exact numerical gradients, one test per diagnosis, no false alarms."""

from __future__ import annotations

import collections
from fractions import Fraction

import numpy as np
import pytest

from backprop_course import gradcheck, testing
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


def test_names_a_gradient_summed_into_one_number_or_over_the_wrong_axis() -> None:
    db = RNG.normal(size=3)
    assert "a single number, where 3 entries are expected" in failure(np.float64(db.sum()), db)
    assert "batch axis" not in failure(np.float64(db.sum()), db), "no batch here: none is named"
    assert "reduce over the batch axis only" in failure(np.float64(db.sum()), db, batch_size=5)
    # one sample's dy of shape (3,) reduced with keepdims=True: shape (1,) (round 64)
    msg = failure(db.sum(axis=0, keepdims=True), db)
    assert "a single number, where 3 entries are expected" in msg and "keepdims=True" in msg, msg
    # (5,) for a (2,) bias gradient, batch of 5: one entry per sample
    msg = failure(RNG.normal(size=5), RNG.normal(size=2), batch_size=5)
    assert "one entry per sample" in msg
    assert "one entry per sample" not in failure(RNG.normal(size=4), RNG.normal(size=2), batch_size=5)
    # a column bias (2, 1) reduced over the units instead: (1, 5) or (5,) (round 35)
    assert "one entry per sample" in failure(RNG.normal(size=(1, 5)), RNG.normal(size=(2, 1)), batch_size=5)
    assert "one entry per sample" not in failure(RNG.normal(size=(1, 5)), RNG.normal(size=(2, 3)), batch_size=5)


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
    # round 35: where the right gradient is a sum over the batch, a factor N is no "sum instead of mean"
    assert "summed over the batch instead of averaged" in failure(exact * 5, numeric, batch_size=5)
    msg = failure(exact * 5, numeric, batch_size=5, batch_reduction="sum")
    assert "multiplied by the batch size" in msg and "instead of averaged" not in msg
    assert "averaged over the batch where the sum is asked" in failure(
        exact / 5, numeric, batch_size=5, batch_reduction="sum"
    )
    # a batch of 2: the factor 2 may be the batch size or a stray 2, and the message says both
    _, numeric2, exact2 = layer_problem(batch=2)
    assert "or a stray factor 2" in failure(exact2 * 2, numeric2, batch_size=2, batch_reduction="sum").lower()


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


def test_likely_bugs_that_the_data_cannot_tell_apart_are_all_named() -> None:
    numeric = np.array([[1.0, -2.0], [0.5, 3.0]])
    wrong = np.zeros((2, 2))
    one = failure(wrong, numeric, likely_bugs={"mask on the gradient": wrong, "reversed mask": wrong + 1.0})
    assert "mask on the gradient" in one and "reversed mask" not in one and "cannot tell" not in one
    both = failure(wrong, numeric, likely_bugs={"mask on the gradient": wrong, "reversed mask": wrong.copy()})
    assert "mask on the gradient" in both and "reversed mask" in both and "cannot tell them apart" in both


def test_likely_bugs_given_as_a_function_are_built_only_for_a_wrong_answer() -> None:
    _, numeric, exact = layer_problem()
    wrong = exact + 1
    built = []

    def stories() -> dict:
        built.append(1)
        return {"forgot the activation": wrong}

    check_gradient("dW", exact, numeric, likely_bugs=stories)
    check_gradient("dW", exact, lambda: numeric, exact=exact, likely_bugs=stories)
    assert built == []
    assert "forgot the activation" in failure(wrong, numeric, likely_bugs=stories)
    assert built == [1]


def test_imprecise_is_not_reported_as_a_bug() -> None:
    _, numeric, exact = layer_problem()
    assert "imprecise" in failure(exact * (1 + 1e-3 * RNG.normal(size=exact.shape)), numeric)


def test_failure_message_gives_name_worst_error_and_threshold() -> None:
    _, numeric, exact = layer_problem()
    msg = failure(exact * 5, numeric, batch_size=5)
    assert msg.startswith("Gradient check failed for dW:")
    assert "Worst relative error" in msg and "pass: <= 1e-04" in msg


def test_a_tiny_worst_entry_says_what_its_relative_error_is_measured_against() -> None:
    numeric = np.array([1.0, 2.0, 2e-8])
    msg = failure(np.array([1.0, 2.0, 5e-6]), numeric)
    # |5e-6 - 2e-8| / 2e-3 (a thousandth of the largest entry), not / 5e-6: the message says so
    assert "Worst relative error 2.49e-03 at index (2,)" in msg
    assert "relative to 0.002 (a thousandth of the largest expected entry" in msg
    assert "relative to" not in failure(np.array([1.0, 2.5, 2e-8]), numeric)


def test_gradients_with_the_same_slip_are_named_with_the_first() -> None:
    _, numeric, exact = layer_problem()
    with pytest.raises(gradcheck.GradientCheckError) as info:
        check_gradient("dW", exact * 5, numeric, batch_size=5)
    others = {
        "db (same slip)": lambda: diagnose(exact[:, :1] * 5, numeric[:, :1], batch_size=5),
        "dx (another slip)": lambda: diagnose(-exact[:, :1], numeric[:, :1], batch_size=5),
        "dv (right)": lambda: diagnose(exact[:, :1], numeric[:, :1], batch_size=5),
        "dc (raises)": lambda: 1 / 0,
    }
    named = gradcheck.naming_same_slip(info.value, others)
    assert str(named).startswith(str(info.value).split(" Worst")[0])
    assert "db (same slip) has the same slip." in str(named) and "dx" not in str(named) and "dv" not in str(named)
    assert gradcheck.naming_same_slip(info.value, {"dx": others["dx (another slip)"]}) is info.value


# -- diagnoses of the audit's patterns (issue 17): derivative point, named sizes, messages that do not mislead


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def activation_problem(kind: str, n_out: int = 3, n_in: int = 4, batch: int = 5):
    """A layer a = f(W x) with an upstream gradient G, batch-averaged: (numeric dW, site, x, G, z)."""
    f = {"sigmoid": sigmoid, "tanh": np.tanh, "relu": lambda z: np.maximum(z, 0)}[kind]
    while True:  # away from the ReLU's kink, as the tests' data are
        W, x, G = RNG.normal(size=(n_out, n_in)), RNG.normal(size=(n_in, batch)), RNG.normal(size=(n_out, batch))
        z = W @ x
        if np.min(np.abs(z)) > 1e-2:
            break
    numeric = numerical_gradient(lambda W_: np.sum(f(W_ @ x) * G) / batch, W)
    site = gradcheck.Activation("the hidden layer's " + kind, kind, z, lambda d: (G * d) @ x.T / batch)
    return numeric, site, x, G, z


def test_true_gradient_is_gradient_of_the_true_derivative_at_every_site() -> None:
    for kind in gradcheck.ACTIVATION_KINDS:
        numeric, site, *_ = activation_problem(kind)
        assert diagnose(site.gradient(site.derivative(site.z)), numeric, activations=[site]) is None


def test_diagnoses_derivative_taken_at_the_activation() -> None:
    for kind in ("sigmoid", "tanh"):
        numeric, site, x, G, z = activation_problem(kind)
        a = site.value(z)
        wrong = site.gradient(site.derivative(a))  # sigma'(a) / tanh'(a)
        msg = failure(wrong, numeric, activations=[site])
        assert f"the {kind} derivative at the hidden layer's {kind} is taken at the activation" in msg
        assert "instead of at the pre-activation z" in msg


def test_diagnoses_output_formula_applied_to_the_pre_activation() -> None:
    numeric, site, x, G, z = activation_problem("tanh")
    msg = failure((G * (1 - z**2)) @ x.T / 5, numeric, activations=[site])
    assert "computed from z with the formula for the output: 1 - z**2" in msg
    numeric, site, x, G, z = activation_problem("sigmoid")
    assert "z(1 - z)" in failure((G * z * (1 - z)) @ x.T / 5, numeric, activations=[site])


def test_diagnoses_a_dropped_activation_derivative() -> None:
    numeric, site, x, G, z = activation_problem("relu")
    msg = failure(G @ x.T / 5, numeric, activations=[site])  # the ReLU mask forgotten
    assert "the relu derivative at the hidden layer's relu is missing" in msg
    numeric, site, x, G, z = activation_problem("sigmoid")
    assert "sigmoid derivative at the hidden layer's sigmoid is missing" in failure(
        G @ x.T / 5, numeric, activations=[site]
    )


def test_diagnoses_the_output_derivative_of_a_quadratic_cost() -> None:
    """C = sum (a - t)^2 / 2 with a = sigma(z): delta = (a - t) sigma'(z); (a - t) alone is the cross-entropy delta."""
    W, x, t = RNG.normal(size=(2, 3)), RNG.normal(size=(3, 4)), RNG.uniform(size=(2, 4))
    z = W @ x
    numeric = numerical_gradient(lambda W_: np.sum((sigmoid(W_ @ x) - t) ** 2) / 2, W)
    site = gradcheck.Activation("the output", "sigmoid", z, lambda d: ((sigmoid(z) - t) * d) @ x.T)
    msg = failure((sigmoid(z) - t) @ x.T, numeric, activations=[site])
    assert "the sigmoid derivative at the output is missing" in msg


def test_diagnoses_an_extra_sigmoid_factor() -> None:
    numeric, site, x, G, z = activation_problem("sigmoid")
    d = site.derivative(z)
    assert "applied twice (an extra a(1 - a))" in failure((G * d * d) @ x.T / 5, numeric, activations=[site])


def test_diagnoses_an_extra_factor_where_the_derivative_cancels_not_a_constant_factor() -> None:
    """nll_gradient for one sample of a sigmoid unit: x (a - y); an extra a(1 - a) is a constant factor there."""
    w, x, y = RNG.normal(size=(3, 1)), RNG.normal(size=(3, 1)), np.array([[1.0]])
    nll = lambda w_: float(-(y * np.log(sigmoid(w_.T @ x)) + (1 - y) * np.log(1 - sigmoid(w_.T @ x))).sum())  # noqa: E731
    numeric = numerical_gradient(nll, w)
    z = w.T @ x
    a = sigmoid(z)
    site = gradcheck.Activation("the sigmoid unit", "sigmoid", z, lambda d: x @ ((a - y) * d).T, cancels=True)
    msg = failure(x @ ((a - y) * a * (1 - a)).T, numeric, activations=[site])
    assert "an extra sigma'(z) = a(1 - a) at the sigmoid unit" in msg and "cancels" in msg
    assert "constant factor" not in msg
    assert diagnose(x @ (a - y).T, numeric, activations=[site]) is None


def test_diagnoses_an_inverted_relu_mask_and_the_activation_used_as_its_derivative() -> None:
    numeric, site, x, G, z = activation_problem("relu")
    assert "inverted" in failure((G * (z < 0)) @ x.T / 5, numeric, activations=[site])
    numeric, site, x, G, z = activation_problem("sigmoid")
    msg = failure((G * sigmoid(z)) @ x.T / 5, numeric, activations=[site])
    assert "uses the activation a = sigmoid(z) itself where its derivative a(1 - a) is meant" in msg


def test_diagnoses_another_activations_derivative() -> None:
    """Round 77: sigmoid_prime(z) where relu_prime(z) belongs was told only "wrong in all 6 entries"."""
    numeric, site, x, G, z = activation_problem("relu")
    msg = failure((G * sigmoid(z) * (1 - sigmoid(z))) @ x.T / 5, numeric, activations=[site])
    assert "is the sigmoid's (a(1 - a) with a = sigmoid(z)); the relu's derivative there is the mask (z > 0)" in msg
    numeric, site, x, G, z = activation_problem("sigmoid")
    msg = failure((G * (1 - np.tanh(z) ** 2)) @ x.T / 5, numeric, activations=[site])
    assert "is the tanh's (1 - a**2 with a = tanh(z)); the sigmoid's derivative there is a(1 - a)" in msg


def test_an_activation_pattern_equal_to_the_true_gradient_is_never_reported() -> None:
    """Every ReLU unit active: dropping the mask changes nothing, so the site must not explain another bug."""
    W, x, G = np.abs(RNG.normal(size=(3, 2))) + 0.5, np.abs(RNG.normal(size=(2, 4))) + 0.5, RNG.normal(size=(3, 4))
    z = W @ x
    numeric = numerical_gradient(lambda W_: np.sum(np.maximum(W_ @ x, 0) * G), W)
    site = gradcheck.Activation("the ReLU", "relu", z, lambda d: (G * d) @ x.T)
    exact = G @ x.T
    assert diagnose(exact, numeric, activations=[site]) is None
    msg = failure(-exact, numeric, activations=[site])
    assert "sign flipped" in msg and "ReLU" not in msg


def test_no_false_diagnosis_with_sites_and_sizes_on_correct_gradients() -> None:
    for _ in range(20):
        kind = str(RNG.choice(["sigmoid", "tanh"]))
        n_out, n_in, batch = (int(v) for v in RNG.integers(2, 7, size=3))
        numeric, site, x, G, z = activation_problem(kind, n_out, n_in, batch)
        exact = site.gradient(site.derivative(z))
        dims = {"batch size": batch, "fan-in": n_in, "fan-out": n_out}
        assert diagnose(exact, numeric, activations=[site], dims=dims, visible_dims={"batch size": 4}) is None


def test_names_a_hard_coded_size_of_the_visible_test() -> None:
    _, numeric, exact = layer_problem(batch=7)
    msg = failure(exact * 7 / 4, numeric, dims={"batch size": 7}, visible_dims={"batch size": 4})
    assert "the batch size 4 of the visible test is hard-coded" in msg and "here it is 7" in msg
    msg = failure(exact / 4, numeric, dims={"batch size": 7}, visible_dims={"batch size": 4})
    assert "1/4, 1/the batch size of the visible test" in msg


def test_names_a_ratio_of_dimensions() -> None:
    _, numeric, exact = layer_problem(n_out=2, n_in=3, batch=5)
    msg = failure(exact * 5 / 3, numeric, dims={"batch size": 5, "fan-in": 3})
    assert "5/3, the batch size / the fan-in" in msg
    assert "divided by the fan-in (3) where the batch size (5) belongs" in msg


def test_names_a_sum_where_the_mean_is_asked_and_back() -> None:
    _, numeric, exact = layer_problem(n_out=2, n_in=3, batch=5)
    dims = {"number of samples N": 5}
    assert "the sum over the number of samples N where the mean is asked" in failure(exact * 5, numeric, dims=dims)
    assert "the mean over the number of samples N where the sum is asked" in failure(exact / 5, numeric, dims=dims)


def test_an_unnamed_factor_is_not_printed_as_equal_to_itself() -> None:
    _, numeric, exact = layer_problem()
    msg = failure(exact * 2 / 3, numeric)
    assert "0.6667 (= 2/3), none of the sizes this check knows" in msg
    assert "0.6667 = 0.6667" not in msg
    assert "normalisation" not in msg  # not a guess about the cost
    import re

    assert not re.search(r"(\d+(?:\.\d+)?) = \1\b", failure(exact * 0.37, numeric))


def test_every_other_row_only_when_literally_every_other_row() -> None:
    _, numeric, exact = layer_problem(6, 5)
    alternate = exact.copy()
    alternate[[1, 3, 5]] += 1.0
    msg = failure(alternate, numeric)
    assert "exactly rows [1, 3, 5] (every other row); the other rows are right" in msg
    adjacent = exact.copy()
    adjacent[[1, 2]] += 1.0
    msg = failure(adjacent, numeric)
    assert "exactly rows [1, 2]; the other rows are right" in msg and "every other" not in msg
    two_of_six = exact.copy()
    two_of_six[[0, 2]] += 1.0  # 0 and 2 of six rows: not every other row (4 is right)
    assert "every other" not in failure(two_of_six, numeric)


def test_imprecise_names_float32_only_for_float32() -> None:
    _, numeric, exact = layer_problem()
    noisy = exact * (1 + 1e-3 * RNG.normal(size=exact.shape))
    msg64 = failure(noisy, numeric)
    assert "imprecise" in msg64 and "float32" not in msg64 and "ReLU" not in msg64
    msg32 = failure(noisy.astype(np.float32), numeric)
    assert "float32" in msg32


def test_check_gradient_keeps_its_signature_with_the_new_options() -> None:
    numeric, site, x, G, z = activation_problem("sigmoid")
    exact = site.gradient(site.derivative(z))
    check_gradient("dW", exact, numeric, batch_size=5, exact=exact, activations=[site], dims={"batch size": 5})
    check_backward("tanh", np.tanh, x, x * 0 + 1, 1 - np.tanh(x) ** 2, dims={"n": 4})
    with pytest.raises(ValueError, match="kind"):
        gradcheck.Activation("x", "softplus", z, lambda d: d)


def test_names_a_size_squared_multiplied_where_it_divides() -> None:
    _, numeric, exact = layer_problem(batch=5)
    assert "the batch size squared" in failure(exact * 25, numeric, batch_size=5)
    msg = failure(exact * 9, numeric, dims={"number of outputs n": 3})
    assert "9 = 3**2, the number of outputs n squared: multiplied by the number of outputs n where it divides" in msg
    assert "divided by the number of outputs n twice" in failure(exact / 9, numeric, dims={"number of outputs n": 3})


def test_names_a_hard_coded_learning_rate() -> None:
    _, numeric, exact = layer_problem()
    msg = failure(exact * 0.5 / 0.3, numeric, dims={"learning rate": 0.3}, visible_dims={"learning rate": 0.5})
    assert "the learning rate 0.5 of the visible test is hard-coded; use the argument (here it is 0.3)" in msg
    assert "normalisation" not in msg and "factor 2" not in msg


def test_diagnoses_typos_in_the_derivative_formula() -> None:
    numeric, site, x, G, z = activation_problem("tanh")
    a = np.tanh(z)
    assert "misses the square" in failure((G * (1 - a)) @ x.T / 5, numeric, activations=[site])
    assert "the sign inside 1 - a**2 is flipped" in failure((G * (1 + a**2)) @ x.T / 5, numeric, activations=[site])
    assert "the 1 of 1 - a**2 is missing" in failure((G * -(a**2)) @ x.T / 5, numeric, activations=[site])
    numeric, site, x, G, z = activation_problem("sigmoid")
    a = sigmoid(z)
    assert "the sign inside a(1 - a) is flipped" in failure((G * a * (1 + a)) @ x.T / 5, numeric, activations=[site])
    assert "the factor a of a(1 - a) is missing" in failure((G * (1 - a)) @ x.T / 5, numeric, activations=[site])


def test_names_a_region_the_test_names_when_exactly_it_is_wrong() -> None:
    """Binary cross-entropy derivative with a sign error in the (1 - y) term: wrong exactly where y = 0."""
    y = np.array([[1.0], [0.0], [1.0], [0.0]])
    p = np.array([[0.7], [0.2], [0.4], [0.9]])
    numeric = numerical_gradient(lambda q: float(-np.sum(y * np.log(q) + (1 - y) * np.log(1 - q))), p.copy())
    regions = {"where y = 0": y == 0, "where y = 1": y == 1}
    wrong = -y / p - (1 - y) / (1 - p)
    msg = failure(wrong, numeric, regions=regions)
    assert "wrong exactly where y = 0 (right everywhere else): the sign is flipped there" in msg
    assert "wrong exactly where y = 1 (right everywhere else): it is 0 there" in failure(
        (1 - y) / (1 - p), numeric, regions=regions
    )
    assert diagnose(-y / p + (1 - y) / (1 - p), numeric, regions=regions) is None
    assert "wrong in all 4 entries" in failure(-2 * y / p + 3 * (1 - y) / (1 - p), numeric, regions=regions)


# -- estimated numerically (the course's rule: gradients are derived, never finite differences)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def _exact_vjp(z: np.ndarray, da: np.ndarray) -> np.ndarray:
    s = _sigmoid(z)
    return da * s * (1 - s)


@pytest.mark.parametrize("eps", [1e-4, 1e-5, 1e-6])
def test_central_differences_in_float64_are_refused(eps: float) -> None:
    from backprop_course.gradcheck import estimated_numerically

    rng = np.random.default_rng(0)
    for _ in range(200):
        z, da = rng.normal(size=(3, 4)) * 2, rng.normal(size=(3, 4))
        fd = da * (_sigmoid(z + eps) - _sigmoid(z - eps)) / (2 * eps)
        assert estimated_numerically(fd, _exact_vjp(z, da)) is not None, eps


def test_a_float32_sum_that_cancels_is_judged_by_its_terms_rounding() -> None:
    """Session 33's CI: relu's dc, a float32 sum of terms of order 1 that cancelled to 8.2e-5, was off by 1.0e-7 (its
    terms' rounding) and failed at 1.25e-3. Entries below FLOAT32_ABS_FLOOR (3e-4) are judged against it; an entry off
    by a bug's amount (10 %) still fails, and a float64 answer keeps its own floor."""
    exact = np.array([8.18e-5])
    rounded = (exact + 1.02e-7).astype(np.float32)
    check_gradient("dc", rounded, exact)  # passes
    with pytest.raises(AssertionError):
        check_gradient("dc", (exact * 1.1).astype(np.float32), exact)
    with pytest.raises(AssertionError):
        check_gradient("dc", exact + 1.02e-7, exact)  # the same error in float64: 1.25e-3, refused


def test_a_rounded_gradient_is_named_rounded_not_estimated() -> None:
    """Round 106: MSELoss.backward rounded to 6 decimals was told "looks estimated numerically". A gradient that is
    the true one rounded to d decimals is named so; the exact gradient, one off by a finite difference's error, and
    one whose rounding changed nothing are not."""
    from backprop_course.gradcheck import estimated_numerically, rounded_to

    exact = np.random.default_rng(5).normal(size=(4, 3))
    scale = float(np.max(np.abs(exact)))
    for d in (2, 6, 9):
        assert rounded_to(np.round(exact, d), exact, scale) == d
    for d in (6, 7):  # refused as estimates (1e-9 to 1e-5 off, in float64 and no float32 computed): named rounded
        assert f"rounded to {d} decimals" in estimated_numerically(np.round(exact, d), exact, lambda: False)
    # the story decides nothing: where float32 was computed the same error is accepted, rounded or not
    assert estimated_numerically(np.round(exact, 6), exact, lambda: True) is None
    assert rounded_to(exact, exact, scale) is None
    assert rounded_to(exact + 3e-10 * scale, exact, scale) is None  # a central difference's error, not a rounding
    assert "rounded" not in (estimated_numerically(exact + 3e-10 * scale, exact, lambda: False) or "")
    halves = np.array([0.5, -1.25, 2.0, 0.75])  # np.round(halves, 2) changes nothing: no story to tell
    assert rounded_to(halves, halves, 2.0) is None


def test_a_derivative_zeroed_where_tiny_is_named_a_guard_not_an_estimate() -> None:
    """Round 72: sigma' set to 0 beyond |z| = 25 left a gradient exact but for entries of 1e-11, an error of a finite
    difference's size. Named a guard; not when everything is 0 (float32 underflow far out: a correct answer) or when
    the code computed in float32, and an entry zeroed that matters is no guard story."""
    from backprop_course.gradcheck import estimated_numerically

    exact = np.array([[0.3, -0.2, 4e-12], [0.1, 7e-13, -0.25], [0.05, 0.2, -0.15]])
    guarded = np.where(np.abs(exact) < 1e-11, 0.0, exact)
    assert "a guard that sets a derivative to 0" in estimated_numerically(guarded, exact, lambda: False)
    assert "a guard" not in (estimated_numerically(guarded, exact, lambda: True) or "")
    tiny = np.full((3, 3), 1e-279)
    assert estimated_numerically(np.zeros((3, 3)), tiny, lambda: False) is None
    zeroed_large = np.where(np.abs(exact) < 0.12, 0.0, exact)
    assert "a guard" not in (estimated_numerically(zeroed_large, exact, lambda: False) or "")


def test_derived_gradients_are_accepted_in_float64_float32_and_mixed() -> None:
    """No false alarm in 4,000 draws per kind, sizes 1 to 12: float64, float32, and float64 results
    computed with float32 intermediates (accepted at float32 precision, whatever the returned dtype)."""
    from backprop_course.gradcheck import estimated_numerically

    rng = np.random.default_rng(1)
    for k in range(4000):
        shape = [(1,), (2,), (3, 1), (2, 3), (4, 2), (4, 3)][k % 6]
        z, da = rng.normal(size=shape) * 2, rng.normal(size=shape)
        exact = _exact_vjp(z, da)
        s32 = _sigmoid(z.astype(np.float32))
        answers = {
            "float64": _exact_vjp(z, da),
            "float32": _exact_vjp(z.astype(np.float32), da.astype(np.float32)),
            "mixed": da * s32 * (1 - s32),  # float64 da times a float32 factor: float64, float32-precise
        }
        for kind, answer in answers.items():
            assert estimated_numerically(answer, exact) is None, (kind, shape, k)


def test_float32_level_error_in_float64_is_refused_when_no_float32_was_computed() -> None:
    """A whole network's cross-entropy, differenced with a step of 1e-6 in float64, is off by 2e-9..2e-7: the
    error float32 intermediates give. It passes when the code computed float32 numbers or that is not known, and is
    refused, at any size, when the grader saw none; a derived float64 answer passes either way."""
    from backprop_course.gradcheck import estimated_numerically

    rng = np.random.default_rng(4)
    for shape in [(1,), (2, 2), (4, 3)]:
        z, da = rng.normal(size=shape) * 2, rng.normal(size=shape)
        exact = _exact_vjp(z, da)
        off = exact + 3e-8 * np.max(np.abs(exact)) * rng.choice([-1.0, 1.0], size=shape)
        asked: list[int] = []

        def no_float32(asked: list[int] = asked) -> bool:
            asked.append(1)
            return False

        assert "your code neither computed nor named float32 numbers" in estimated_numerically(
            off, exact, no_float32
        ), shape
        assert estimated_numerically(off, exact, lambda: True) is None
        assert estimated_numerically(off, exact, lambda: None) is None
        assert estimated_numerically(off, exact) is None
        assert estimated_numerically(exact * (1 + 1e-15), exact, no_float32) is None  # derived: not asked
        assert estimated_numerically(exact * 1.001, exact, no_float32) is None  # too far: the numerical check's
        assert len(asked) == 1
        small = exact + 5e-10 * np.max(np.abs(exact))  # below float32 level: only 6 entries or more are judged
        assert (estimated_numerically(small, exact, no_float32) is None) == (exact.size < 6)


def test_finite_differences_in_float32_are_refused() -> None:
    from backprop_course.gradcheck import estimated_numerically

    rng = np.random.default_rng(2)
    z, da = rng.normal(size=(3, 4)).astype(np.float32), rng.normal(size=(3, 4)).astype(np.float32)
    eps = np.float32(1e-3)
    fd = da * (_sigmoid(z + eps) - _sigmoid(z - eps)) / (2 * eps)
    assert fd.dtype == np.float32
    assert "estimated numerically" in estimated_numerically(fd, _exact_vjp(z.astype(float), da.astype(float)))


def test_a_lazy_estimate_is_made_only_to_diagnose_a_wrong_answer() -> None:
    """With ``exact``, a right answer needs no finite differences; a wrong one gets the full diagnosis."""
    W, numeric, exact = layer_problem()
    calls = []

    def estimate() -> np.ndarray:
        calls.append(1)
        return numeric

    check_gradient("dW", exact.copy(), estimate, exact=exact)
    assert calls == []
    with pytest.raises(AssertionError, match="sign flipped"):
        check_gradient("dW", -exact, estimate, exact=exact)
    assert calls == [1]
    with pytest.raises(AssertionError, match="estimated numerically"):
        check_gradient("dW", exact * (1 + 1e-10), estimate, exact=exact)  # lazy or not, an estimate is refused


def test_the_exact_gradient_decides_over_a_coarse_estimate(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stop 67's CI: relu's confident batch (a loss of about 9) on a draw whose dW entries were 1e-5 at most; the
    estimate's round-off (8e-11) was 8e-3 of the comparison floor there and failed a right answer. Given ``exact``,
    an answer within the tolerance of it passes, whether the estimate is an array or lazy; a wrong one still fails,
    and an answer that agrees with the coarse estimate but not with the exact gradient is refused."""
    monkeypatch.setattr(gradcheck, "computed_in_float32", lambda: False)  # as in a grading kernel
    exact = np.array([[-1.06581e-09, 3.2e-6], [1.0e-5, -7.7e-7]])
    coarse = exact + np.array([[8e-11, 0.0], [0.0, 0.0]])  # eps |f| / h on the smallest entry
    assert failure(exact.copy(), coarse)  # the estimate alone fails the right answer
    check_gradient("dW", exact.copy(), coarse, exact=exact)
    check_gradient("dW", exact.copy(), lambda: coarse, exact=exact)
    with pytest.raises(AssertionError, match="sign flipped"):
        check_gradient("dW", -exact, coarse, exact=exact)
    with pytest.raises(AssertionError, match="estimated numerically"):
        check_gradient("dW", coarse.copy(), coarse, exact=exact)


def test_a_wrong_answer_is_diagnosed_against_the_exact_gradient_when_the_estimate_is_coarse() -> None:
    """Round 49's CI: a loss of 1e7 puts the estimate 1e-3 off on a small entry. A gradient clipped to [-5, 5],
    right on that entry, read as wrong everywhere against the estimate and its message missed "capped". Against the
    exact gradient it names the clip and quotes the exact value; the known bugs are still built once."""
    exact = np.array([0.43, 156.2, -4.6, 40.0])
    coarse = exact + np.array([8e-4, 0.0, -1.5e-3, 0.0])  # an estimate with round-off of eps |f| / h
    clipped = np.clip(exact, -5, 5)
    built = []

    def stories() -> dict:
        built.append(1)
        return {"forgot the activation": exact + 1}

    assert "capped" not in failure(clipped, coarse)  # the estimate alone cannot tell
    message = failure(clipped, lambda: coarse, exact=exact, likely_bugs=stories)
    assert "it is capped: wrong in 2 of 4 entries" in message
    assert "expected 156.2 " in message
    assert built == [1]


def _two_layer_gradients(dy: np.ndarray, W1: np.ndarray, W2: np.ndarray, x: np.ndarray) -> dict[str, np.ndarray]:
    """y = W2 tanh(W1 x) + b2: the gradients of sum(y * dy) (db2, dW2, dW1), computed with dy as given."""
    h = np.tanh(W1 @ x)
    dz = (W2.T @ dy) * (1 - h**2)  # dL/dz1 = W2^T dy * tanh'(z1)
    return {"db2": np.array(dy, dtype=float), "dW2": np.outer(dy, h), "dW1": np.outer(dz, x)}


def test_a_passing_gradient_that_a_known_bug_gives_is_named_as_that_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    """Round 46: sigma clipped to [1e-7, 1 - 1e-7] before sigma'(z) = s (1 - s) is off by 1e-7 of the largest entry
    where |z| > 16, within the gradient tolerance but not a derived formula's precision (the code computed no
    float32, as the grader's kernel watch reports). Given that bug among the likely ones, the check names it;
    without it, the answer is still refused as estimated; an exact answer passes."""
    from backprop_course.gradcheck import GradientCheckError

    monkeypatch.setattr(gradcheck, "computed_in_float32", lambda: False)

    z = np.array([[-20.0, -1.5, 0.5, 2.0, 18.0, 25.0], [0.3, -0.7, 1.1, -2.2, 3.3, -19.0]])
    da = np.linspace(-1.0, 1.0, z.size).reshape(z.shape)
    s = 1.0 / (1.0 + np.exp(-z))
    exact = da * s * (1 - s)
    c = np.clip(s, 1e-7, 1 - 1e-7)
    clipped = da * c * (1 - c)
    bugs = {"sigma(z) is clipped before sigma'(z)": clipped, "the derivative is missing": da}
    numeric = numerical_vjp(lambda x: 1.0 / (1.0 + np.exp(-x)), z, da)
    with pytest.raises(GradientCheckError, match="is clipped before"):
        check_gradient("dz", clipped, numeric, exact=exact, likely_bugs=bugs)
    with pytest.raises(GradientCheckError, match="is clipped before"):  # the exact-first path (numeric not computed)
        check_gradient("dz", clipped, lambda: numeric, exact=exact, likely_bugs=lambda: bugs)
    with pytest.raises(GradientCheckError, match="estimated numerically"):
        check_gradient("dz", clipped, numeric, exact=exact)
    check_gradient("dz", exact.copy(), numeric, exact=exact, likely_bugs=bugs)


def test_one_answer_accepts_float32_rounding_passed_on_and_still_refuses_estimates() -> None:
    """A backward pass that casts dy (two entries) to float32 passes the rounding on to every gradient; when both
    entries round by little, dW1 and dW2 are off by ~3e-10, an estimate's error. Checked alone they are refused;
    checked as one answer they are not, because db2 holds float32 numbers. Estimates are refused either way."""
    from backprop_course.gradcheck import GradientCheckError, one_answer

    rng = np.random.default_rng(5)
    W1, W2, x = rng.normal(size=(5, 3)), rng.normal(size=(2, 5)), rng.normal(size=3)
    dy = rng.normal(size=2).astype(np.float32).astype(np.float64) * (1 + 3e-10)  # float32 rounds it by 3e-10
    exact = _two_layer_gradients(dy, W1, W2, x)
    rounded = _two_layer_gradients(dy.astype(np.float32), W1, W2, x)
    with pytest.raises(GradientCheckError, match="estimated numerically"):
        check_gradient("dW1", rounded["dW1"], exact["dW1"], exact=exact["dW1"])
    with one_answer():
        for name in ("db2", "dW2", "dW1"):
            check_gradient(name, rounded[name], exact[name], exact=exact[name])
    noisy = {k: v + 3e-10 * np.max(np.abs(v)) * rng.normal(size=v.shape) for k, v in exact.items()}
    noisy["db2"] = exact["db2"] * (1 + np.array([5e-9, -4e-9]))  # a few entries: an estimate can be off by more
    with pytest.raises(GradientCheckError, match="estimated numerically") as e, one_answer():
        for name in ("db2", "dW2", "dW1"):
            check_gradient(name, noisy[name], exact[name], exact=exact[name])
    assert e.value.subject == "dW2"  # the first array that looked estimated (db2 has too few entries to tell)
    with pytest.raises(GradientCheckError, match="sign flipped"), one_answer():  # a wrong one is named first
        check_gradient("dW2", noisy["dW2"], exact["dW2"], exact=exact["dW2"])
        check_gradient("dW1", -exact["dW1"], exact["dW1"], exact=exact["dW1"])


def _significant_bits(v: float) -> int:
    """The number of significant bits of a finite float (0 for 0): its odd part's length."""
    p = abs(Fraction(v).numerator)
    while p and p % 2 == 0:
        p //= 2
    return p.bit_length()


def _float32_like_one(value) -> bool:
    """The float32 rule for one value, written out plainly (the oracle of the vectorised version)."""
    arr = np.asarray(value)
    if arr.dtype in (np.float32, np.float16):
        return True
    if arr.dtype != np.float64:
        return False
    finite = arr[np.isfinite(arr)]
    with np.errstate(all="ignore"):
        simple = np.array([_significant_bits(float(v)) <= 11 and (v * 1024).is_integer() for v in finite], dtype=bool)
        exact = finite.astype(np.float32).astype(np.float64) == finite
    return bool(finite.size and not simple.all() and exact.all())


def test_holds_float32_of_many_values_is_any_of_each() -> None:
    """The relu training check decides float32 tolerances for 1,200 arrays with one vectorised call: same answer."""
    from backprop_course.gradcheck import holds_float32

    rng = np.random.default_rng(3)
    pieces = {
        "float64": rng.normal(size=(2, 3)),
        "float32 values": rng.normal(size=4).astype(np.float32).astype(np.float64),
        "float32 dtype": rng.normal(size=3).astype(np.float32),
        "float16 scalar": np.float16(0.1),
        "simple": np.array([0.0, 0.5, -2.25, 1024.0, 1083.0, 2.0**-20]),
        "a float32 sum of 400 losses on a multiple of 1/1024": np.array([np.float64(np.float32(1083.361328125))]),
        "a float32 sum after cancellation, few significant bits": np.array([np.ldexp(1234.0, -20)]),
        "empty": np.zeros(0),
        "inf and nan with float32 values": np.array([np.inf, np.nan, np.float64(np.float32(0.1))]),
        "inf and nan only": np.array([np.inf, -np.inf, np.nan]),
        "huge": np.array([1e300, np.float64(np.float32(0.3))]),
        "python float": 0.1,
        "float32 python-float": float(np.float32(0.1)),
        "ints": np.arange(5),
        "bools": np.array([True, False]),
    }
    names = list(pieces)
    for _ in range(300):
        chosen = [pieces[names[i]] for i in rng.integers(len(names), size=rng.integers(0, 5))]
        assert holds_float32(*chosen) == any(_float32_like_one(v) for v in chosen), [type(v) for v in chosen]
    for name, value in pieces.items():
        assert holds_float32(value) == _float32_like_one(value), name


def test_diagnoses_a_transpose_done_with_reshape() -> None:
    """``np.outer(x, dy).reshape(W.shape)``: the transposed gradient's entries, read into W's shape in order."""
    W, numeric, exact = layer_problem(n_out=3, n_in=2)
    scrambled = exact.T.reshape(exact.shape)
    assert "reshape keeps the order of the entries; to transpose, use .T" in failure(scrambled, numeric)
    assert diagnose(exact, numeric) is None
    assert "reshape" not in failure(2 * exact, numeric)  # another bug is not called a reshape


def test_float32_rounding_in_a_float64_answer_gets_the_float32_tolerance() -> None:
    """Float32 arithmetic with a float64 result is off by float32 rounding (<= 1e-6 of the largest entry), which on
    an entry made small by cancellation exceeds 1e-4 of it: judged at the float32 tolerance. Anything off by more
    than float32 rounding is still judged at 1e-4."""
    exact = np.array([1.0, -0.8, 2e-3, 0.5, 0.3, -0.1])
    for numeric in (exact, lambda: exact):
        rounded = exact + np.array([0, 0, 5e-7, 0, 0, 0])  # 2.5e-4 of that entry, 5e-7 of the largest
        check_gradient("dW", rounded, numeric, exact=exact)
        with pytest.raises(AssertionError, match="imprecise but close"):
            check_gradient("dW", exact + np.array([0, 0, 3e-6, 0, 0, 0]), numeric, exact=exact)


def test_the_float_policy_tolerance_counts_float32_values_stored_as_float64() -> None:
    """A loss computed in float32 and returned as a Python float (round 7: nllm's float(-(y * log a).sum())) is
    judged at float32's tolerance, like the same number as an np.float32; a float64 result at float64's."""
    from backprop_course import testing

    loss32 = np.float32(-np.log(np.float32(0.1)))
    assert testing.rtol_for(loss32) == testing.rtol_for(float(loss32)) == testing.RTOL[np.dtype(np.float32)]
    assert testing.rtol_for(-np.log(0.1)) == testing.RTOL[np.dtype(np.float64)]
    assert testing.rtol_for(np.array([0.5, 1.0])) == testing.RTOL[np.dtype(np.float64)]  # simple values: any dtype
    assert testing.rtol_for(np.ones(2), float(loss32)) == testing.RTOL[np.dtype(np.float32)]  # the loosest


def _check_doubles(f, x) -> None:
    """A check of a function that must return 2 x."""
    got = np.asarray(f(x.copy()))
    assert np.array_equal(got, 2 * x), f"wrong result for an input of shape {x.shape}"


def test_a_function_that_keeps_something_between_calls_is_named() -> None:
    """testing.CallLog and check_later_calls: a pure function passes; a cache keyed on the shape, an accumulator and
    a velocity fail, each with the reason; a failure that is only the data's keeps its own message."""
    from backprop_course import testing

    rng = np.random.default_rng(0)
    first, later = rng.normal(size=(3, 2)), rng.normal(size=(3, 2))

    def run(f, later_x=later) -> str:
        with testing.CallLog("f", f) as log:
            _check_doubles(log, first)
            testing.check_later_calls(log, lambda: _check_doubles(log, later_x))
        return ""

    assert run(lambda x: 2 * x) == ""
    pair = collections.namedtuple("pair", "dW db")  # outside the grader a namedtuple stays one: the same data
    with testing.CallLog("g", lambda x: pair(2 * x, x.sum())) as log:
        log(first)
        testing.check_later_calls(log, lambda: log(later))

    def long_double(x):  # its results' padding bytes differ from call to call, their values do not
        s = 1 / (1 + np.exp(-np.asarray(x, dtype=np.longdouble)))
        return np.asarray(x, dtype=np.longdouble) * s * (1 - s)

    with testing.CallLog("h", long_double) as log:
        for shape in ((4, 1), (3, 6), (5, 7), (1, 2)):
            log(rng.normal(size=shape))
        testing.check_later_calls(log, lambda: log(later))
    cache: dict = {}
    with pytest.raises(AssertionError, match="returned exactly what an earlier call with other values"):
        run(lambda x: cache.setdefault(x.shape, 2 * x))
    total = [np.zeros((3, 2))]

    def accumulates(x):
        total[0] = total[0] + 2 * x
        return total[0]

    with pytest.raises(AssertionError, match="called again with the same arguments") as e:
        run(accumulates)
    assert str(e.value).count("called again") == 1, "explained once, not again by the CallLog around it"
    calls = [0]

    def changes_on_its_third_call(x):  # the later check passes; replaying the first call shows it
        calls[0] += 1
        return 2 * x if calls[0] <= 2 else 3 * x

    with pytest.raises(AssertionError, match="called again with the same arguments"):
        run(changes_on_its_third_call)
    with pytest.raises(AssertionError, match="wrong result for an input of shape") as e:
        run(lambda x: 2 * x if x.shape != (4, 1) else x, later_x=rng.normal(size=(4, 1)))  # an unseen shape's bug
    assert "keep" not in str(e.value)

    def step(w, lr):  # a learning rate ignored (a global in its place): the check's own message, not a cache story
        return w - 0.1 * w

    with pytest.raises(AssertionError, match="ignores the learning rate") as e:
        with testing.CallLog("step", step) as log:
            w = rng.normal(size=(3, 2))
            for lr in (0.3, 0.6):
                if lr == 0.6 and np.array_equal(log(w, lr), log.calls[0][2]):
                    raise AssertionError("step ignores the learning rate")
                log(w, lr)
    assert "earlier call with other values" not in str(e.value)


def test_a_single_entry_gets_a_factor_story_only_when_the_factor_has_a_name() -> None:
    """Any wrong scalar is some multiple of the right one: "off by 0.58" or "sign flipped and off by 1.9" would be
    made up (a round-12 answer used the first example's dc). A factor the test names (1/batch size) still is."""
    for wrong in (0.5836, -1.892):
        msg = diagnose(np.array([[wrong]]), np.array([[1.0]]))
        assert "factor" not in msg and "sign" not in msg and msg == "wrong in its only entry.", msg
    assert "batch size" in diagnose(np.array([[0.2]]), np.array([[1.0]]), batch_size=5)
    assert diagnose(np.array([[-1.0]]), np.array([[1.0]])).startswith("sign flipped")


def test_whole_numbers_where_the_gradient_has_fractions_are_named() -> None:
    """Floor division (2 * diff // n) or an integer buffer: every entry rounded to a whole number."""
    true = np.array([1 / 3, -1.5, 0.4, 2.25])
    for wrong in (np.floor(true), np.trunc(true), np.trunc(true).astype(np.int64)):
        assert "whole number" in diagnose(wrong, true)
    assert "whole number" not in (diagnose(np.array([1.0, 2.0, 4.0]), np.array([1.0, 2.0, 3.0])) or "")
    assert "whole number" not in (diagnose(np.array([0.0, 5.0, 0.0, 2.0]), true) or "")  # not within 1


def test_values_rounded_to_decimal_places_are_named() -> None:
    """Round 75: a decorator returning np.round(result, 6) was told "imprecise but close"."""
    true = np.array([[1.23456789e-1, -2.5e-7], [3.0e-3 / 7, 0.9876543210]])
    for d in (3, 6):
        said = diagnose(np.round(true, d), true) or ""
        assert f"rounded to {d} decimal places" in said, said
    assert "decimal places" not in (diagnose(np.round(true, 3) + 1e-4, true) or "")  # not a rounding of it
    assert "decimal places" not in (diagnose(np.round(true * 1.01, 6), true) or "")  # another value, rounded
    with pytest.raises(AssertionError, match="Every entry is rounded to 4 decimal places"):
        testing.assert_close("softmax(z)", np.round(true, 4), true)


def test_imprecise_float16_is_named() -> None:
    true = np.array([1.0, -2.0, 3.0])
    msg = diagnose((true * 1.001).astype(np.float16), true)
    assert "float16" in msg, msg


def test_float32_input_rounding_below_float32_level_passes_when_float32_was_computed() -> None:
    """A round-13 MLP converted x to float32 and kept float64 weights: its gradients carry float32 rounding of one
    input only, 4e-10..2e-9 of the largest entry, below the float32 level. With the kernel's evidence that the code
    computed float32 numbers it is accepted; without it (none seen, or not known) that band is refused."""
    from backprop_course.gradcheck import estimated_numerically

    rng = np.random.default_rng(13)
    exact = rng.normal(size=(4, 3))
    for rel in (4e-10, 2e-9 * 0.9):
        off = exact + rel * np.max(np.abs(exact)) * rng.choice([-1.0, 1.0], size=exact.shape)
        assert estimated_numerically(off, exact, lambda: True) is None
        assert "estimated numerically" in estimated_numerically(off, exact, lambda: False)
        assert "estimated numerically" in estimated_numerically(off, exact, lambda: None)


def test_an_error_raised_by_a_block_of_another_object_is_told_apart() -> None:
    """testing.raised_by_another (outside the grader: the traceback): an MLP that keeps its blocks on the class runs
    the blocks of an MLP made before it; the error one of them raises is named as another object's, not this one's."""
    from backprop_course import testing

    class Block:
        def __init__(self, n: int) -> None:
            self.W = np.ones((n, n))

        def forward(self, x: np.ndarray) -> np.ndarray:
            return self.W @ x

    class SharedBlocks:
        blocks: list = []  # noqa: RUF012  (the student's bug under test)

        def __init__(self, n: int) -> None:
            self.fc1 = Block(n)
            self.blocks.append(self.fc1)

        def forward(self, x: np.ndarray) -> np.ndarray:
            for block in self.blocks:
                x = block.forward(x)
            return x

    SharedBlocks(2)
    net = SharedBlocks(3)
    with pytest.raises(ValueError) as e:
        net.forward(np.ones(3))
    assert testing.raised_by_another(e.value, {"fc1": net.fc1}) == "Block"
    first = SharedBlocks.blocks[0]
    assert testing.raised_by_another(e.value, {"fc1": first}) is None, "raised by one of the objects: not another's"


def test_a_float32_answer_whose_entries_cancel_to_near_zero_passes() -> None:
    """CI, session 13: a float32 db whose two entries are batch means that cancel to about 1e-6 was off by 3e-3 of
    them (float32 rounds each term of order 0.1 by about 1e-8) and failed as "imprecise but close". Float32 answers
    get an absolute floor of 1e-5; an entry wrong by more than rounding still fails."""
    expected = np.array([[-1.11462e-06], [4.2e-07]])
    rounded = (expected + np.array([[-3.8e-09], [2.5e-09]])).astype(np.float32)
    check_gradient("db", rounded, expected, exact=expected)
    with pytest.raises(AssertionError):
        check_gradient("db", (expected + np.array([[-2e-6], [0.0]])).astype(np.float32), expected)
    with pytest.raises(AssertionError):  # a float64 answer keeps the float64 floor
        check_gradient("db", expected + np.array([[-3.8e-08], [0.0]]), expected)


def test_a_shape_message_names_the_usual_slip() -> None:
    """testing.as_array says what usually turns the expected shape into the one returned (round 25: a (20, 1) output
    returned 1-D said only "has shape (20,), expected (20, 1)")."""
    from backprop_course import testing

    cases = {
        ((20,), (20, 1)): "squeeze(), ravel(), flatten() or [:, 0] dropped an axis",
        ((5,), (1, 5)): "squeeze(), ravel(), flatten() or [:, 0] dropped an axis",
        ((3, 1), (3,)): "keepdims=True, or a reshape",
        ((4, 4), (4, 1)): "broadcast to (n, n)",
        ((4, 4), (4,)): "broadcast to (n, n)",
        ((2, 3), (3, 2)): "(transposed?)",
        ((6,), (6, 2)): "an axis is gone",  # round 35: np.max(z, 0) for np.maximum(z, 0), a sum over an axis
        ((1,), (4, 1)): "an axis is gone",
        ((), (4, 1)): "an axis is gone",
        ((), (1,)): "a squeeze(), [0] or .item() dropped the axis",  # round 69: np.squeeze of a (1,) array
        ((), (1, 1)): "a squeeze(), [0] or .item() dropped the axis",
    }
    for (got, expected), hint in cases.items():
        with pytest.raises(AssertionError) as e:
            testing.as_array("y", np.zeros(got), expected)
        assert str(e.value).startswith(f"y has shape {got}, expected {expected} (") and hint in str(e.value), e.value
    for got, expected in (((3, 3), (3, 2)), ((1, 1), (1,)), ((1,), (1, 1))):
        with pytest.raises(AssertionError) as e:
            testing.as_array("y", np.zeros(got), expected)
        assert str(e.value) == f"y has shape {got}, expected {expected}", e.value


def test_an_integer_gradient_array_is_named_before_all_zeros() -> None:
    """Round 38: dW = np.zeros(shape, dtype=int) filled in a loop truncates every entry below 1 to 0; the message
    said "all zeros: not computed", pointing away from the dtype."""
    true = np.array([[0.3, -0.7], [0.05, 0.9]])
    msg = diagnose(np.trunc(true).astype(np.int64), true)
    assert msg.startswith("it is an array of integers (dtype int64)"), msg
    assert "all zeros" in diagnose(np.zeros((2, 2)), true)  # a float array of zeros keeps its story
    assert diagnose(np.array([1, 2, 3]), np.array([1.0, 2.0, 3.0])) is None  # whole-number gradients in ints pass


def test_a_function_that_is_not_finite_far_from_zero_is_named() -> None:
    """testing.check_finite_far_out: nan from a ratio of overflowed exponentials, OverflowError from math.exp."""
    import math

    from backprop_course import testing

    rng = np.random.default_rng(0)
    z = testing.far_out_inputs(rng, (2, 4))
    assert sorted(np.abs(z).ravel())[-6:] == sorted(abs(v) for v in testing.FAR_OUT)
    with np.errstate(all="ignore"):
        assert testing.check_finite_far_out("sigmoid", lambda z: 1 / (1 + np.exp(-z)), [z]).shape == z.shape
        with pytest.raises(AssertionError, match=r"sigmoid for z .* is nan at z = 710, 745, 1000: "):
            testing.check_finite_far_out("sigmoid", lambda z: np.exp(z) / (1 + np.exp(z)), [z])
        with pytest.raises(AssertionError, match=r"df of net_f_df .* is nan at z = -1000, -745, -710"):
            testing.check_finite_far_out(
                "net_f_df",
                lambda z: (1 / (1 + np.exp(-z)), np.exp(-z) / (1 + np.exp(-z)) ** 2),
                [z],
                outputs=("f", "df"),
            )
    with pytest.raises(AssertionError, match="raised OverflowError"):
        testing.check_finite_far_out("sigmoid", np.vectorize(lambda v: 1 / (1 + math.exp(-v))), [z])


def test_a_finite_but_wrong_overflow_fallback_far_from_zero_is_named() -> None:
    """testing.check_finite_far_out(expected=...): an except-FloatingPointError fallback that returns another formula
    for the whole array is finite everywhere but wrong at the entries near 0 (round 49); a right function passes, and
    a float32 one too (the float policy's tolerance)."""
    from backprop_course import testing

    z = testing.far_out_inputs(np.random.default_rng(1), (3, 4))
    da = np.random.default_rng(2).normal(size=z.shape)

    def reference(da: np.ndarray, z: np.ndarray) -> np.ndarray:
        s = 1 / (1 + np.exp(-z))
        return da * s * (1 - s)

    def with_fallback(da: np.ndarray, z: np.ndarray) -> np.ndarray:
        try:
            with np.errstate(over="raise"):
                e = np.exp(-z)
                return da * e / (1 + e) ** 2
        except FloatingPointError:
            s = 1 / (1 + np.exp(-z))
            return s * (1 - s)  # da forgotten, for the whole array

    def stable(da: np.ndarray, z: np.ndarray) -> np.ndarray:
        e = np.exp(-np.abs(z))
        return da * e / (1 + e) ** 2

    testing.check_finite_far_out("sigmoid_backward", stable, [da, z], far=1, expected=reference)
    as_float32 = lambda da, z: stable(da, z).astype(np.float32)  # noqa: E731
    testing.check_finite_far_out("sigmoid_backward", as_float32, [da, z], far=1, expected=reference)
    with pytest.raises(AssertionError, match=r"and others near 0 is finite but wrong: .*\(an except clause"):
        testing.check_finite_far_out("sigmoid_backward", with_fallback, [da, z], far=1, expected=reference)
    with np.errstate(all="ignore"):  # without expected=, only finiteness: the fallback passes, as before round 49
        testing.check_finite_far_out("sigmoid_backward", with_fallback, [da, z], far=1)


def test_sigmoid_gradients_that_agree_with_the_exact_ones_need_no_finite_differences(monkeypatch) -> None:
    """With the reference's gradients (hidden tests), a right SigmoidMLP.gradients passes without the network's
    finite differences; a wrong one is still diagnosed against them, and one estimated by finite differences is still
    refused as estimated."""
    from backprop_course.checks import sigmoid_mlp

    class Layer:
        def __init__(self, n_in: int, n_out: int) -> None:
            self.weights, self.biases = np.zeros((n_out, n_in)), np.zeros((n_out, 1))

    class Right:
        scale = 1.0

        def __init__(self, widths) -> None:  # noqa: ANN001
            self.layers = [Layer(i, o) for i, o in zip(widths[:-1], widths[1:], strict=True)]

        def gradients(self, x, t):  # noqa: ANN001, ANN202
            acts = [x]
            for layer in self.layers:
                acts.append(1 / (1 + np.exp(-(layer.weights @ acts[-1] + layer.biases))))
            delta, dws, dbs = acts[-1] - t, [], []
            for m in reversed(range(len(self.layers))):
                dws.insert(0, self.scale * delta @ acts[m].T / x.shape[1])
                dbs.insert(0, delta.mean(axis=1, keepdims=True))
                if m > 0:
                    delta = (self.layers[m].weights.T @ delta) * acts[m] * (1 - acts[m])
            return dws, dbs

    class Doubled(Right):
        scale = 2.0

    numeric_calls = []
    original = sigmoid_mlp._Net.numeric

    def counted(self):  # noqa: ANN001, ANN202
        numeric_calls.append(1)
        return original(self)

    monkeypatch.setattr(sigmoid_mlp._Net, "numeric", counted)
    sigmoid_mlp.check_gradients(Right, (3, 4, 2), 5, rng=1, exact=Right)
    assert numeric_calls == []
    sigmoid_mlp.check_gradients(Right, (3, 4, 2), 5, rng=1)  # without the exact gradients: estimated
    assert numeric_calls
    with pytest.raises(AssertionError, match="constant factor 2"):
        sigmoid_mlp.check_gradients(Doubled, (3, 4, 2), 5, rng=1, exact=Right)

    class Estimated(Right):
        def gradients(self, x, t):  # noqa: ANN001, ANN202
            net = sigmoid_mlp._Net(
                [la.weights.T for la in self.layers], [la.biases.T for la in self.layers], x.T, t.T, "cross_entropy"
            )
            gw, gb = original(net)
            return [g.T for g in gw], [g.T for g in gb]

    with pytest.raises(AssertionError, match="estimated numerically"):
        sigmoid_mlp.check_gradients(Estimated, (3, 4, 2), 5, rng=1, exact=Right)


def _relu_net_gradient(params, x, y, clip=0.0):  # noqa: ANN001, ANN202
    """[dW, db, dv, dc] of relu_xor_momentum's summed cross-entropy; ``clip``: y_hat clipped to [clip, 1 - clip]
    before the loss derivative (a guard against log(0) wider than the notebook allows)."""
    W, b, v, c = params
    z = x @ W + b
    a = np.maximum(z, 0.0)
    s = a @ v + c
    y_hat = 1.0 / (1.0 + np.exp(-s))
    p = np.clip(y_hat, clip, 1 - clip) if clip else y_hat
    delta = (-(y / p) + (1 - y) / (1 - p)) * y_hat * (1 - y_hat)  # dL/ds
    dz = (delta @ v.T) * (z > 0)
    return [x.T @ dz, dz.sum(axis=0, keepdims=True), a.T @ delta, float(delta.sum())]


def test_confident_params_with_labels_make_a_clipped_output_fail_the_gradient_check_in_every_draw() -> None:
    from backprop_course.checks import relu_xor_momentum as checks

    missed = []
    for seed in range(150):
        rng = np.random.default_rng(seed)
        params = checks.random_params(rng)
        try:
            x, y = checks.kink_free_batch(rng, 8, params)
        except checks.NoKinkFreeBatch:
            continue
        params = checks.confident_params(params, x, y=y)
        W, b, v, c = params
        s = np.maximum(x @ W + b, 0.0) @ v + c
        top = int(np.argmax(np.abs(s)))
        assert abs(s[top, 0]) == pytest.approx(9.0)
        assert (s[top, 0] > 0) != (y[top, 0] > 0.5)  # the most confident output is the wrong one
        true, clipped = _relu_net_gradient(params, x, y), _relu_net_gradient(params, x, y, clip=0.01)
        try:
            for got, want in zip(clipped, true, strict=True):
                check_gradient("d", np.asarray(got, dtype=float), np.asarray(want, dtype=float))
            missed.append(seed)
        except AssertionError:
            pass
    assert missed == []  # without y, about 6% of draws let the clip pass (CI, session 31)


def test_kept_objects_check_blames_identity_only_when_new_copies_give_the_right_gradient() -> None:
    from backprop_course.checks import relu_xor_momentum as checks

    rng = np.random.default_rng(3)
    params, (x, y) = checks.random_params(rng), (rng.normal(size=(6, 2)), (rng.random((6, 1)) > 0.5) * 1.0)
    params2 = checks.random_params(rng)
    expected = _relu_net_gradient(params2, x, y)
    cache = {}

    def cached_by_id(p, x, y):  # noqa: ANN001, ANN202
        key = id(x)  # the forward pass kept by the identity of x
        if key not in cache:
            cache[key] = _relu_net_gradient(p, x, y)
        return cache[key]

    def always_clipped(p, x, y):  # noqa: ANN001, ANN202
        return _relu_net_gradient(p, x, y, clip=0.49)  # wrong for these values, whatever the objects

    args = ((params, x, y), (params2, x, y), (params2, x.copy(), y.copy()), expected, "the same x and y objects")
    with pytest.raises(AssertionError, match="identity of its arguments"):
        checks.check_grad_f_on_kept_objects(cached_by_id, *args)
    with pytest.raises(AssertionError) as failure:
        checks.check_grad_f_on_kept_objects(always_clipped, *args)
    assert "identity" not in str(failure.value) and "dW" in str(failure.value)
    checks.check_grad_f_on_kept_objects(lambda p, x, y: _relu_net_gradient(p, x, y), *args)


def test_a_tighter_derived_precision_refuses_a_high_order_finite_difference() -> None:
    """Round 66: Richardson-extrapolated central differences, 1e-13..4e-13 off, passed the 1e-12 threshold; inside
    ``derived_to_within(5e-14)`` (softmax_nll's nll_gradient) they are refused, and a derived answer is not."""
    exact = RNG.normal(size=(4, 3))
    richardson = exact + 2e-13 * np.max(np.abs(exact)) * RNG.choice([-1.0, 1.0], size=exact.shape)
    derived = exact * (1 + 1e-15)
    assert gradcheck.estimated_numerically(richardson, exact, lambda: False) is None
    with gradcheck.derived_to_within(5e-14):
        assert "estimated numerically" in gradcheck.estimated_numerically(richardson, exact, lambda: False)
        assert gradcheck.estimated_numerically(derived, exact, lambda: False) is None
    assert gradcheck.estimated_numerically(richardson, exact, lambda: False) is None  # the block ended


def test_a_float64_answer_from_code_that_computed_in_float32_gets_the_float32_tolerance() -> None:
    """Float32 rounding upstream can exceed 1e-6 of a small gradient's own largest entry (a SigmoidMLP with float32
    activations: 1.4e-4 relative on layers[0], one draw in sixty). When the student's kernel saw float32 arithmetic,
    the answer is judged at FLOAT32_REL_ERROR; when it saw none, at the float64 tolerance."""
    exact = np.array([[3.04733e-05, -1.2e-05], [2.0e-05, 8.0e-06]])
    answer = exact * (1 + np.array([[1.4e-4, -3e-5], [5e-5, -2e-4]]))  # off by more than 1e-6 of the largest entry
    saved = gradcheck.computed_in_float32
    try:
        gradcheck.computed_in_float32 = lambda: True
        check_gradient("dW of layers[0]", answer, exact)
        gradcheck.computed_in_float32 = lambda: False
        with pytest.raises(gradcheck.GradientCheckError):
            check_gradient("dW of layers[0]", answer, exact)
    finally:
        gradcheck.computed_in_float32 = saved


def test_how_an_argument_changed_in_place_is_told() -> None:
    """testing.how_changed (round 74: "changed its argument dz in place" did not say how): an argument returned as
    itself, a scale or a shift of every entry, a column written through a view, negatives set to 0, a list reversed
    or grown, a reshape; and nothing for a change without a simple story."""
    x = np.arange(1.0, 13.0).reshape(3, 4)
    t = np.arange(12.0).reshape(3, 4)
    how = testing.how_changed
    assert "x holds what the function returned now" in how(x, x - 1, "x", (x * 9, x - 1))
    assert "multiplied by 0.25" in how(x, x / 4, "dz")
    assert "the same -3 is added to every entry" in how(x, x - 3, "x")
    column = x.copy()
    column[:, 1] += 5
    assert "only its column 1 changed: a slice such as dz[:, 1:2] is a view" in how(x, column, "dz")
    row = x.copy()
    row[2] *= 3
    assert "only its row 2 changed" in how(x, row, "W")
    signed = np.array([[-1.0, 2.0], [3.0, -4.0]])
    assert "negative entries are 0 now" in how(signed, np.maximum(signed, 0), "z", np.maximum(signed, 0))
    assert "reverse order now: weights.reverse()" in how([x, t], [t, x], "weights")
    assert "had 2 entries and has 3 now" in how([x, t], [x, t, t], "acts")
    assert "weights[1] changed: every entry is multiplied by 2" in how([x, t + 1], [x, 2 * (t + 1)], "weights")
    assert "its shape (3, 4) became (4, 3), the same values" in how(x, x.reshape(4, 3), "x")
    some = x.copy()
    some[1, :2] = 0
    assert "2 of its 12 entries are 0 now: an assignment such as da[mask] = 0" in how(x, some, "da")
    scattered = x.copy()
    scattered[0, 0], scattered[2, 3] = 7.5, -2.0
    assert how(x, scattered, "x") == ""
    part = x.copy()
    part[1, :2] += 1  # part of a row: no view story
    assert how(x, part, "x") == ""
    assert how(x, x * 1, "x", x * 1) == ""  # unchanged: no story (callers ask only after a change)


def test_a_hidden_layer_slip_is_not_blamed_on_the_output_when_dv_and_dc_are_right() -> None:
    """Round 78: grad_f taking the ReLU's slope at the output's pre-activation s (zero where s < 0) gave dW = 0, what
    the sigmoid's derivative replaced by the ReLU's at the output gives too; the message blamed the output sigmoid
    although dv and dc were right. With dv and dc right, the output's activation is not among the candidates."""
    from backprop_course.checks import relu_xor_momentum as checks

    rng = np.random.default_rng(78)
    W, b, v, _ = checks.random_params(rng)
    params = [W, b, v, -20.0]  # s < 0 for every example: relu'(s) is all zeros
    x = rng.normal(size=(5, 2))
    y = rng.integers(0, 2, size=(5, 1)).astype(float)
    z = x @ W + b
    a = np.maximum(z, 0.0)
    s = a @ v - 20.0
    assert np.all(s < 0)
    y_hat = 1.0 / (1.0 + np.exp(-s))
    dl = -(y / y_hat) + (1 - y) / (1 - y_hat)

    def gradients(delta, slope):  # noqa: ANN001, ANN202
        dz = (delta @ v.T) * slope
        return {"W": x.T @ dz, "b": dz.sum(axis=0, keepdims=True), "v": a.T @ delta, "c": float(np.sum(delta))}

    out = gradcheck.Activation("the output sigmoid", "sigmoid", s, lambda d: gradients(dl * d, z > 0)["W"])
    hidden = gradcheck.Activation("the hidden ReLU", "relu", z, lambda d: gradients(y_hat - y, d)["W"])
    activations = {"W": [out, hidden], "v": [out]}

    def slope_at_s(p, x, y):  # noqa: ANN001, ANN202
        grads = _relu_net_gradient(p, x, y)
        delta = y_hat - y
        dz = (delta @ v.T) * (s > 0)  # relu_prime(s), (n, 1) broadcast over the hidden units
        return [x.T @ dz, dz.sum(axis=0, keepdims=True), grads[2], grads[3]]

    expected = _relu_net_gradient(params, x, y)
    with pytest.raises(gradcheck.GradientCheckError) as failure:
        checks.check_grad_f(slope_at_s, params, x, y, expected, activations=activations)
    assert "dW" in str(failure.value) and "output sigmoid" not in str(failure.value), failure.value
    # the same dW with a wrong dv: the output's derivative is a candidate again
    with pytest.raises(gradcheck.GradientCheckError) as failure:
        wrong_dv = lambda *a: [*slope_at_s(*a)[:2], 0 * v, 0.0]  # noqa: E731
        checks.check_grad_f(wrong_dv, params, x, y, expected, activations=activations)
    assert "output sigmoid" in str(failure.value), failure.value


def test_an_all_zero_linear_backward_is_not_asked_about_a_cache() -> None:
    """Round 78: linear_backward returning zeros was asked "It gives the same dx for twice W: does it keep something
    from one call to the next?": zeros are the same for every W without anything kept. A cache keyed on the shapes
    still is asked."""
    from backprop_course.checks import tanh_mlp as checks

    x, W, b, dy = RNG.normal(size=2), RNG.normal(size=(3, 2)), RNG.normal(size=3), RNG.normal(size=3)

    def zeros(dy, x, W, b):  # noqa: ANN001, ANN202
        return np.zeros(x.shape), np.zeros(W.shape), np.zeros(b.shape)

    memo: dict = {}

    def cached(dy, x, W, b):  # noqa: ANN001, ANN202
        key = W.shape
        memo.setdefault(key, W.T.copy())
        return memo[key] @ dy, np.outer(dy, x), dy.copy()

    with pytest.raises(AssertionError) as failure:
        checks.check_linear_backward(zeros, "dx", x, W, b, dy)
    assert "zeros" in str(failure.value) and testing.KEEPS_STATE_QUESTION not in str(failure.value), failure.value
    cached(dy, x, RNG.normal(size=(3, 2)), b)  # an earlier call with other weights of the same shape
    with pytest.raises(AssertionError) as failure:
        checks.check_linear_backward(cached, "dx", x, W, b, dy)
    assert testing.KEEPS_STATE_QUESTION in str(failure.value), failure.value


def test_a_right_saturated_layer_gradient_is_judged_against_the_exact_one(monkeypatch) -> None:
    """Session 38's CI: bias_backprop's model sigmoid_layer_backward lost test_sigmoid_layer on a 1x7 layer with a
    batch of one whose only pre-activation was about 9. Every entry of dW was then about 5e-7 (sigma'(z) is 1.4e-4
    there), and the finite-difference estimate of a cost of about 0.4, off by eps * cost / h, about 5e-11, decided
    the grade: 1.4e-4 relative, above 1e-4 (and read as "the factor sigma(z) is missing", 1 - 1.4e-4 away). With
    the exact gradient known, a right answer is judged against it; the estimate is made only to diagnose."""
    from backprop_course.checks import bias_backprop as course_checks

    def layer(da, z, a_prev):  # the model answer's formula, and the reference's
        s = 1.0 / (1.0 + np.exp(-z))
        dz = da * s * (1.0 - s)
        return dz @ a_prev.T / z.shape[1], dz.mean(axis=1, keepdims=True)

    drawn = course_checks.layer_case

    def saturated(n_in, n_out, batch, rng):
        W, b, a_prev, t = drawn(n_in, n_out, batch, rng)
        return W, 9.0 - W @ a_prev + rng.uniform(-0.5, 0.5, size=b.shape), a_prev, t  # z = 8.5 to 9.5

    monkeypatch.setattr(course_checks, "layer_case", saturated)
    for seed in range(200):  # judged by the estimate, several of them failed
        course_checks.check_sigmoid_layer(layer, 7, 1, 1, np.random.default_rng(seed), exact=layer)
    wrong = lambda da, z, a_prev: tuple(1.001 * g for g in layer(da, z, a_prev))  # noqa: E731
    with pytest.raises(AssertionError):  # still judged: 1e-3 off is wrong, however small the entries
        course_checks.check_sigmoid_layer(wrong, 7, 1, 1, np.random.default_rng(0), exact=layer)


def test_a_division_by_the_one_nonzero_input_column_is_named_beside_a_sum_over_the_batch() -> None:
    """Round 115: a dense_backward dividing by the columns of a 0/1 a_prev that hold a nonzero entry was told only
    "summed over the batch instead of averaged?" when one column did (its factor is then the batch size)."""
    from backprop_course.checks import bias_backprop as course_checks

    story = gradcheck._factor_story(5.0, 5, course_checks.size_factors(3, 4, 5, 1), {}, {})
    assert story is not None and "summed over the batch" in story and "the 1 column of a_prev" in story, story
    story = gradcheck._factor_story(5.0, 5, course_checks.size_factors(3, 4, 5, 3), {}, {})
    assert story is not None and "column of a_prev" not in story, story  # three nonzero columns: factor 5/3, not 5


def _xor_grad(params, x, y):  # the network of relu_xor_momentum: s = relu(x W + b) v + c, summed cross-entropy
    W, b, v, c = (np.asarray(p, dtype=float) for p in params)
    z = x @ W + b
    a = np.maximum(z, 0.0)
    delta = 1.0 / (1.0 + np.exp(-(a @ v + c))) - y
    dz = (delta @ v.T) * (z > 0)
    return [x.T @ dz, dz.sum(axis=0, keepdims=True), a.T @ delta, float(delta.sum())]


def _xor_loss(params, x, y):
    W, b, v, c = (np.asarray(p, dtype=float) for p in params)
    p = 1.0 / (1.0 + np.exp(-(np.maximum(x @ W + b, 0.0) @ v + c)))
    return float(-np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)))


@pytest.mark.parametrize("alpha", [None, 0.7])
def test_the_relu_optimiser_checks_give_the_same_verdicts_with_and_without_their_fast_path(alpha, monkeypatch) -> None:
    """Session 47: relu's _check_run checks the steps from the reference run's points all at once
    (_first_step_to_check), with the loop's own arithmetic. On correct runs and on runs wrong at one step (by a
    little, by a lot, in one parameter, with NaN), it must pass or fail exactly as the loop alone does, message
    included."""
    from backprop_course.checks import relu_xor_momentum as checks

    lent = {"grad_f": _xor_grad, "total_loss": _xor_loss}
    monkeypatch.setattr(testing, "lent", lambda name: lent.get(name))  # the reference run, as when graded
    rng = np.random.default_rng(3)
    start = checks.random_params(rng)
    x, y = checks.kink_free_batch(rng, 7, start)
    lr, steps = 0.05, 12

    def run_of(slip):
        def optimiser(x, y, starting_params, iterations, lr, alpha=None):
            params, u = [np.array(p, dtype=float) for p in starting_params[:3]] + [starting_params[3]], None
            traj, losses = [params], [_xor_loss(params, x, y)]
            for k in range(iterations):
                g = _xor_grad(params, x, y)
                if alpha is None or u is None:  # the first step of momentum too: u = 0 before it
                    u = [-lr * d for d in g]
                else:
                    u = [alpha * w - lr * d for w, d in zip(u, g, strict=True)]
                params = [p + w for p, w in zip(params, u, strict=True)]
                params = slip(k, params)
                traj.append(params)
                losses.append(_xor_loss(params, x, y))
            return traj, losses

        return optimiser

    def nudged(at, which, by):
        def slip(k, params):
            if k == at:
                params = list(params)
                params[which] = params[which] + by
            return params

        return slip

    slips = {
        "right": lambda k, p: p,
        "tiny": nudged(4, 0, 1e-9),  # within the rule's tolerance: passes both ways
        "small": nudged(4, 1, 1e-4),
        "large": nudged(0, 2, 0.5),
        "late": nudged(steps - 1, 3, 1e-3),
        "nan": nudged(6, 0, np.nan),
    }
    real = checks._first_step_to_check
    skipped: list[int] = []

    def recorded(*args):
        skipped.append(real(*args))
        return skipped[-1]

    for name, slip in slips.items():
        outcomes = []
        for fast in (True, False):
            monkeypatch.setattr(checks, "_first_step_to_check", recorded if fast else (lambda *a: 0))
            name_of = "gradient_descent" if alpha is None else "gradient_descent_momentum"
            run = checks._Run(name_of, run_of(slip), _xor_grad, _xor_loss, x, y, start, lr, alpha)
            run.lend_reference_run(steps)
            assert run.known, "the reference run was computed"
            try:
                checks._check_run(run, steps)
                outcomes.append("passed")
            except AssertionError as e:
                outcomes.append(str(e))
        assert outcomes[0] == outcomes[1], (name, outcomes)
        assert (outcomes[0] == "passed") == (name in ("right", "tiny")), (name, outcomes[0])
        if name == "right":
            assert skipped[-1] == steps, skipped  # every step checked at once
