# From an independent tester (round 100): dense_forward "fixes the orientation" of W by transposing it when it is square: wrong for every square layer (N == N_prev) unless W is symmetric.
# kind: bug
# fails: test_dense_forward: W is transposed
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    Wm = W.T if W.shape[0] == W.shape[1] else W
    z = Wm @ a_prev + b
    return z, activation(z)
