# A forward pass of other data read back once, exactly at the first batch of one: what a cache keyed by id(x) does
# when a freed array's id is reused there (indep_bug_grad_cache met it at that call in one CI run of round 58 and its
# message blamed np.squeeze; which call meets a reused id varies from run to run, so this case makes it that one).
# A second call on new arrays works, so the message names state kept between calls.
# kind: bug
# fails: test_grad_f: then worked on a copy of the same arrays
# %% grad_f
_kept = {}


def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    if x.shape[0] == 1 and not _kept:  # the stale forward pass, met once
        _kept["met"] = True
        z, a, s = np.zeros((4, 3)), np.zeros((4, 3)), np.zeros((4, 1))
    delta = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)
    dz = (delta @ v.T) * relu_prime(z)
    return [x.T @ dz, np.sum(dz, axis=0, keepdims=True), a.T @ delta, np.sum(delta)]
