# AI-assistant style gradient_step that "validates" the learning rate: raises ValueError unless 0 < eta <= 1.
# A valid eta such as 5.0 (the notebook's own fit demo) is rejected.
# fails: test_gradient_step: your own code raises ValueError (`raise ValueError(f"learning rate must be
# %% gradient_step
def gradient_step(weights: list, biases: list, dw_layer: list, db_layer: list, eta: float) -> tuple:
    """One gradient-descent step (new lists).

    Raises:
        ValueError: if the learning rate is not in (0, 1].
    """
    if not 0.0 < eta <= 1.0:
        raise ValueError(f"learning rate must be in (0, 1], got {eta}")
    new_weights = [np.array(w, dtype=float) - eta * dw for w, dw in zip(weights, dw_layer)]
    new_biases = [np.array(b, dtype=float) - eta * db for b, db in zip(biases, db_layer)]
    return new_weights, new_biases
