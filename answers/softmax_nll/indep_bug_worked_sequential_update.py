# From an independent tester (round 56): passed its own visible cells.
# 5b: updates W2 first, then computes W1's gradient with W2_new (what the task warns against). W2_new is right.
# kind: bug
# fails: test_W1_update: computed after W2 was updated
# self-check: test_W1_update: computed after W2 was updated
# fails: test_output_after
# %% network_update_worked
# Store your answers in: W2_new, W1_new
dW1, db1_, dW2, db2_ = backward(x_net, y_net, W1, b1, W2, b2)
W2_new = W2 - 0.5 * dW2
dW1, _, _, _ = backward(x_net, y_net, W1, b1, W2_new, b2)
W1_new = W1 - 0.5 * dW1
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
