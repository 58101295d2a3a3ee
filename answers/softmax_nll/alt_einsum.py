# Correct answers with np.einsum and a log-sum-exp softmax: the sums over samples written as index
# contractions.
# kind: alt
# %% nll_gradient
def nll_gradient(x, a, y):
    return np.einsum("kt,jt->kj", x, a - y)  # sum over samples t of x_k (a_j - y_j)
# %% softmax
def softmax(z):
    m = np.max(z, axis=0, keepdims=True)
    log_norm = m + np.log(np.sum(np.exp(z - m), axis=0, keepdims=True))
    return np.exp(z - log_norm)
# %% nllm
def nllm(a, y):
    return -np.einsum("ij,ij->", np.atleast_2d(y), np.log(np.atleast_2d(a)))
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = np.einsum("kh,kt->ht", W1, x) + b1
    a1 = relu(z1)
    z2 = np.einsum("hn,ht->nt", W2, a1) + b2
    return z1, a1, z2, softmax(z2)
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    d2 = a2 - y
    d1 = np.einsum("hn,nt->ht", W2, d2) * (z1 > 0)
    return (np.einsum("kt,ht->kh", x, d1), np.einsum("ht->h", d1)[:, None],
            np.einsum("ht,nt->hn", a1, d2), np.einsum("nt->n", d2)[:, None])
