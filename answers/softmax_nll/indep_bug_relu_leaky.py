# From an independent tester (round 7): hidden_out's visible assert said 'not z1' when the student's relu was wrong.
# relu written as a leaky ReLU, max(z, 0.01 z): negative inputs give small negative outputs.
# fails: test_relu
# fails: test_hidden_outputs: your relu
# fails: test_W2_update: relu
# fails: test_output_after
# %% relu
def relu(z):
    z = np.asarray(z, dtype=float)
    return np.maximum(z, 0.01 * z)
