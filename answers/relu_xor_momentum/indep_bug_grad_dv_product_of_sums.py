# From an independent tester (round 69): grad_f computes dv = a.sum(axis=0, keepdims=True).T * delta.sum(), the sum of
# the hidden units times the sum of delta where the gradient sums a_i * delta_i example by example: right only for a
# batch of one. It was told only "wrong in 2 of 3 entries".
# kind: bug
# fails: test_grad_f: equals that product only for a batch of one
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    delta = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)
    dz = (delta @ v.T) * relu_prime(z)
    dv = a.sum(axis=0, keepdims=True).T * delta.sum()
    return [x.T @ dz, np.sum(dz, axis=0, keepdims=True), dv, float(np.sum(delta))]
