# From an independent tester (round 74): Section 5b: W2_new = W2 is an alias; the in-place step on it changes W2, and the W1 gradient is then computed with the already updated W2.
# kind: bug
# fails: test_W1_update
# fails: test_output_after
# %% network_update_worked
W2_new = W2
W2_new -= 0.5 * backward(x_net, y_net, W1, b1, W2, b2)[2]
W1_new = W1 - 0.5 * backward(x_net, y_net, W1, b1, W2, b2)[0]
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
