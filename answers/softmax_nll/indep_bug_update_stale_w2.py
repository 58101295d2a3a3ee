# From an independent tester (round 92): Seed student's order in 5b: W2 updated first, then W1's gradient computed with the UPDATED W2 (backward called again with W2_new).
# kind: bug
# fails: test_W1_update
# fails: test_output_after
# %% network_update_worked
_dW1, _db1, _dW2, _db2 = backward(x_net, y_net, W1, b1, W2, b2)
W2_new = W2 - 0.5 * _dW2
_dW1 = backward(x_net, y_net, W1, b1, W2_new, b2)[0]
W1_new = W1 - 0.5 * _dW1
print(W2_new, W1_new)
