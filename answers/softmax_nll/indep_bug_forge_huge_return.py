# Attack on the grader's memory: backward returns gradients of shape (3000, 3000) (70 MB each) instead of
# the parameters' shapes; must fail test_backward without hurting the batch.
# Round 32: the kernel, slowed at its memory limit, ran past the test's time limit and two later tests were lost;
# arrays are now refused as they are packed, once more than a message's bytes in all.
# fails: test_backward: could not cross
# fails: test_W2_update
# fails: test_W1_update
# fails: test_output_after
# %% backward
def backward(x, y, W1, b1, W2, b2):
    big = np.ones((3000, 3000))
    return big, big + 1, big + 2, big + 3
