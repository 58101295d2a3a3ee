# From an independent tester (round 5): 5b steps the biases b1, b2 too (the text says to leave them), so 5c's
# output is computed with changed biases; the message used to say only that net_out_new is not right.
# fails: test_output_after: the biases stepped too
# %% network_update_worked
dW1, db1, dW2, db2 = backward(x_net, y_net, W1, b1, W2, b2)
W2_new = W2 - 0.5 * dW2
W1_new = W1 - 0.5 * dW1
b1 = b1 - 0.5 * db1
b2 = b2 - 0.5 * db2
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
