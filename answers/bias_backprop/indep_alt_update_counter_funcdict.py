# From an independent tester (round 74): update_layer that counts its calls in a function attribute through update_layer.__dict__ (for the student's own logging; the maths uses only the arguments).
# kind: alt
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    update_layer.__dict__["calls"] = update_layer.__dict__.get("calls", 0) + 1
    dW, db = dense_backward(dz, a_prev)
    return W - learning_rate * dW, b - learning_rate * db
# %% after update_layer
update_layer(np.eye(2), np.zeros((2, 1)), np.ones((2, 3)), np.ones((2, 3)), 0.1)
print("update_layer was called", update_layer.calls, "times")
