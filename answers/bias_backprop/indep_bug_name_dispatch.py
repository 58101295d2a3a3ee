# From an independent tester (round 114): dense_forward special-cases an activation named "sigmoid" with its own exp(z)/(1+exp(z)), which gives nan for large z.
# It kept its point: a lent function had no __name__ in the kernel, and no check gave dense_forward a z beyond 709.
# kind: bug
# fails: test_dense_forward: does dense_forward compute the activation itself
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W @ a_prev + b
    if getattr(activation, "__name__", "") == "sigmoid":
        e = np.exp(z)
        a = e / (1 + e)
    else:
        a = activation(z)
    return z, a
