# From an independent tester (round 63): test_network_output said 'net_out is None: did the function return its result?',
# not that the None comes from softmax (forward itself is right).
# softmax computes the right values but PRINTS them instead of returning (returns None); the worked answers built on softmax then break.
# kind: bug
# fails: test_softmax
# fails: test_softmax_batch
# fails: test_nllm_grad_worked
# fails: test_prob_before
# fails: test_W_step
# fails: test_prob_after
# fails: test_W2_update
# fails: test_W1_update
# fails: test_output_after
# fails: test_network_output: net_out is None: did the function return its result? (it builds on your softmax (forward calls it), which does not work yet
# %% softmax
def softmax(z):
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    print(e / np.sum(e, axis=0, keepdims=True))
