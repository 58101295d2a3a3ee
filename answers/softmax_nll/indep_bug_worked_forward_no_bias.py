# From an independent tester (round 93): Worked 5a: forward called with zero biases (b1, b2 forgotten): hidden outputs wrong; net_out moves only ~4e-11 (both ~[1, 0]), within the documented 1e-6 tolerance.
# kind: bug
# fails: test_hidden_outputs: these are the hidden outputs without the biases
# %% network_forward_worked
_z1, hidden_out, _z2, net_out = forward(x_net, W1, np.zeros_like(b1), W2, np.zeros_like(b2))
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
