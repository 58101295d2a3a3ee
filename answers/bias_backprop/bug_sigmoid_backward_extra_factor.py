# sigmoid_backward multiplies by a(1 - a)**2: one factor (1 - a) too many (round 78 found it in sigmoid_mlp's
# net_f_df, told only "wrong in all 6 entries"; gradcheck.Activation names it for every assignment).
# fails: test_sigmoid_backward: an extra factor (1 - a)
# %% sigmoid_backward
def sigmoid_backward(da, z):
    a = sigmoid(z)
    return da * a * (1 - a) ** 2
