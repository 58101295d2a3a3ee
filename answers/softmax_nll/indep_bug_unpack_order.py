# From an independent tester (round 104): Task 5b unpacks backward's tuple as (dW1, dW2, db1, db2), so W2 is stepped with what is really db1 (which broadcasts to W2's shape).
# kind: bug
# fails: test_W2_update: stepped with db1
# %% network_update_worked
dW1, dW2, db1, db2 = backward(x_net, y_net, W1, b1, W2, b2)
W2_new = W2 - 0.5 * dW2
W1_new = W1 - 0.5 * dW1
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
