# From an independent tester (round 106): sigmoid_der written as 1 / (4 cosh(z/2)^2), an equivalent closed form, with errstate to silence overflow; type hints.
# kind: alt
# score: full
# %% sigmoid
def sigmoid(z: np.ndarray) -> np.ndarray:
    z = np.asarray(z, dtype=float)
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))
# %% sigmoid_der
def sigmoid_der(z: np.ndarray) -> np.ndarray:
    z = np.asarray(z, dtype=float)
    with np.errstate(over="ignore"):
        c = np.cosh(0.5 * z)
        return 0.25 / (c * c)
