# Equivalent formulas a student may find in a textbook or derive differently: sigmoid as
# exp(-log(1 + e^-z)), its derivative as e^-|z| / (1 + e^-|z|)^2 (sigma' is even; e^-|z| never overflows), ReLU as z * (z > 0), the gradient as
# ((a - y) x^T)^T, NLLM as minus the log of the true class's probability.
# kind: alt
# %% sigmoid
def sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))
# %% sigmoid_der
def sigmoid_der(z):
    e = np.exp(-np.abs(z))  # sigma'(z) = sigma'(|z|)
    return e / (1.0 + e) ** 2
# %% nll_gradient
def nll_gradient(x, a, y):
    return ((a - y) @ x.T).T
# %% softmax
def softmax(z):
    shifted = z - z.max(axis=0)
    return np.exp(shifted) / np.exp(shifted).sum(axis=0)
# %% nllm
def nllm(a, y):
    return -np.sum(np.log(np.sum(a * y, axis=0)))
# %% relu
def relu(z):
    return z * (z > 0)
