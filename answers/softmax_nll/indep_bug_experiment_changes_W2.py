# From an independent tester (round 55).
# An experiment cell after the network data does one step in place (`W2 -= ...`) thinking it works on a copy,
# so the given W2 has changed before tasks 5a-5c run. hidden_out does not use W2.
# kind: bug
# fails: test_network_output: the notebook's W2 is no longer the array
# fails: test_W2_update: no longer the array the cell network_data gives
# fails: test_W1_update
# fails: test_output_after
# %% after network_data
_W2 = W2
_g = backward(x_net, y_net, W1, b1, _W2, b2)
_W2 -= 0.1 * _g[2]
print("one small step:", np.ravel(forward(x_net, W1, b1, _W2, b2)[3]))
