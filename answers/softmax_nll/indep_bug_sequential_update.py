# Worked step done layer by layer: the student updates W2 first, then calls backward AGAIN with W2_new to get
# the gradient for W1 (exactly what the notebook warns against). With W2_new the output is already ~(0, 1), so
# that gradient is ~0 and W1_new ~= W1. W2_new is right, W1_new is wrong. net_out_new is computed correctly
# from the student's W1_new, but the notebook says 5c builds on W1_new, and the grader checks the true value
# (no error carried forward), so it fails too and names W1_new as the thing to fix.
# fails: test_W1_update: its gradient was computed after W2 was updated
# fails: test_output_after: it builds on W1_new
# %% network_update_worked
dW1, db1, dW2, db2 = backward(x_net, y_net, W1, b1, W2, b2)
W2_new = W2 - 0.5 * dW2
dW1_b, _, _, _ = backward(x_net, y_net, W1, b1, W2_new, b2)
W1_new = W1 - 0.5 * dW1_b
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
