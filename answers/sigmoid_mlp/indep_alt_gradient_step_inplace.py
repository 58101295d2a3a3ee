# From an independent tester (round 86): gradient_step updates the given weight and bias arrays in place with np.subtract(..., out=w) on eta*dw (a fresh product) and returns the same lists (the text allows it). Falls back to a new array for integer parameters.
# kind: alt
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    for params, grads in ((weights, dw_layer), (biases, db_layer)):
        for j, (p, g) in enumerate(zip(params, grads)):
            step = eta * g
            if np.issubdtype(p.dtype, np.floating) and np.can_cast(step.dtype, p.dtype, "same_kind"):
                np.subtract(p, step, out=p)
            else:
                params[j] = p - step
    return weights, biases
