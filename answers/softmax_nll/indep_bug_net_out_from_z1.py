# From an independent tester (round 107): worked forward by hand: hidden_out is relu(z1), but net_out is computed from z1 instead of the ReLU outputs.
# kind: bug
# fails: test_network_output: it is computed from z1
# %% network_forward_worked
_z1 = W1.T @ x_net + b1
hidden_out = relu(_z1)
net_out = softmax(W2.T @ _z1 + b2)
