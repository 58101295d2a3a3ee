# From an independent tester (round 106): net_out_new is computed with the updated W2 but the original W1.
# kind: bug
# fails: test_output_after
# %% network_after_worked
_, _, _, net_out_new = forward(x_net, W1, b1, W2_new, b2)
print("output after the step:", np.ravel(net_out_new))
