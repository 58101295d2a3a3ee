# From an independent tester (round 101): Task 5a: hidden_out stores |z1| (the absolute pre-activations) instead of relu(z1).
# kind: bug
# fails: test_hidden_outputs: absolute values |z1|
# %% network_forward_worked
_z1, _a1, _z2, _a2 = forward(x_net, W1, b1, W2, b2)
hidden_out = np.abs(_z1)
net_out = _a2
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
