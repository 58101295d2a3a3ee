# From an independent tester (round 91): Slip: forward caches the hidden layer in a module-level variable on the first call and reuses it.
# kind: bug
# fails: test_forward: it keeps something from one call to the next
# fails: test_hidden_outputs
# fails: test_network_output
# fails: test_W2_update
# fails: test_W1_update
# fails: test_output_after
# %% forward
_hid = {}
def forward(x, W1, b1, W2, b2):
    if "z1" not in _hid or _hid["z1"].shape != (W1.shape[1], x.shape[1]):
        _hid["z1"] = W1.T @ x + b1
    z1 = _hid["z1"]
    a1 = relu(z1)
    z2 = W2.T @ a1 + b2
    return z1, a1, z2, softmax(z2)
