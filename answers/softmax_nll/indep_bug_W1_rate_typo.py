# From an independent tester (round 106): The worked network step uses rate 0.5 for W2 but 0.05 for W1 (a typo); the hidden units die either way, so net_out_new is unaffected.
# kind: bug
# fails: test_W1_update
# %% network_update_worked
dW1, db1_, dW2, db2_ = backward(x_net, y_net, W1, b1, W2, b2)
W2_new = W2 - 0.5 * dW2
W1_new = W1 - 0.05 * dW1
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
