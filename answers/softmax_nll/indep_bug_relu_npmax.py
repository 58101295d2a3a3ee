# From an independent tester (round 35).
# relu written with np.max(z, 0) (a reduction over axis 0) instead of np.maximum(z, 0).
# Worked answers of section 5 use relu through forward/backward, so they fail too.
# fails: test_relu: np.max(z, 0) where the entry-by-entry np.maximum(z, 0) is meant
# fails: test_hidden_outputs
# fails: test_network_output
# fails: test_W2_update
# fails: test_W1_update
# fails: test_output_after
# %% relu
def relu(z):
    return np.max(z, 0)
