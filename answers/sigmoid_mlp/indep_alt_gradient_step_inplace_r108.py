# From an independent tester (round 108): gradient_step updating float parameters in place (np.subtract with out=) and building new arrays for any other dtype; returns tuples.
# kind: alt
# score: full
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    for params, grads in ((weights, dw_layer), (biases, db_layer)):
        for j in range(len(params)):
            p = params[j]
            step = eta * np.asarray(grads[j])
            if isinstance(p, np.ndarray) and np.issubdtype(p.dtype, np.floating) and np.can_cast(step.dtype, p.dtype, "same_kind") and p.flags.writeable:
                np.subtract(p, step, out=p)
            else:
                params[j] = p - step
    return tuple(weights), tuple(biases)
