# From an independent tester (round 106): softmax, relu and forward compute in float32 throughout (the prose accepts float32).
# kind: alt
# score: full
# %% softmax
def softmax(z):
    z32 = np.asarray(z, dtype=np.float32)
    e = np.exp(z32 - z32.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)
# %% relu
def relu(z):
    return np.maximum(np.asarray(z, dtype=np.float32), np.float32(0))
# %% forward
def forward(x, W1, b1, W2, b2):
    f = np.float32
    z1 = W1.astype(f).T @ x.astype(f) + b1.astype(f)
    a1 = relu(z1)
    z2 = W2.astype(f).T @ a1 + b2.astype(f)
    a2 = softmax(z2)
    return z1, a1, z2, a2
