# Partial notebook: only sigmoid and sigmoid_der answered (correctly); everything else left unanswered.
# base: blank
# fails: test_nll_gradient
# fails: test_softmax
# fails: test_softmax_batch
# fails: test_nllm
# fails: test_nllm_grad_worked: the cell softmax_layer_step is not answered yet
# fails: test_prob_before: the cell softmax_layer_step is not answered yet
# fails: test_W_step: the cell softmax_layer_step is not answered yet
# fails: test_prob_after: the cell softmax_layer_step is not answered yet
# fails: test_relu
# fails: test_forward
# fails: test_backward
# fails: test_hidden_outputs: the cell network_forward_worked is not answered yet
# fails: test_network_output: the cell network_forward_worked is not answered yet
# fails: test_W2_update
# fails: test_W1_update
# fails: test_output_after
# %% sigmoid
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))
# %% sigmoid_der
def sigmoid_der(z):
    s = sigmoid(z)
    return s * (1 - s)
