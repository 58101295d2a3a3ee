# From an independent tester (round 126): forward inlines softmax as exp(z2 - m - log(sum(exp(z2 - m)))) with m the column's MIN (a "log-sum-exp" slip):
# overflows when a column's logits spread over more than 709.
# kind: bug
# fails: test_forward: not 1, where z2 reaches
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = W1.T @ x + b1
    a1 = relu(z1)
    z2 = W2.T @ a1 + b2
    m = z2.min(axis=0, keepdims=True)
    a2 = np.exp(z2 - m - np.log(np.sum(np.exp(z2 - m), axis=0, keepdims=True)))
    return z1, a1, z2, a2
