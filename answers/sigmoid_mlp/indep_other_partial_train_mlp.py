# From an independent tester (round 71): partial: only train_mlp answered; SigmoidMLP and Part 2 as released: test_xor keeps full marks (graded with the instructor's SigmoidMLP).
# kind: other
# base: blank
# fails: test_gradients
# fails: test_train
# fails: test_net_f_df
# fails: test_forward_step
# fails: test_apply_net
# fails: test_backward_step
# fails: test_backprop
# fails: test_gradient_step
# fails: test_train_net
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
