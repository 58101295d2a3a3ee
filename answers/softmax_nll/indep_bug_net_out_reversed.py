# From an independent tester (round 95): Task 5a: net_out stored in reverse order (a2[::-1]); still two probabilities that sum to one.
# kind: bug
# fails: test_network_output: the right numbers in reverse order
# %% network_forward_worked
_z1, _a1, _z2, _a2 = forward(x_net, W1, b1, W2, b2)
hidden_out = _a1
net_out = _a2[::-1]
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
