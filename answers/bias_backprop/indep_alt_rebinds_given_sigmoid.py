# From an independent tester (round 63): an experiment cell binds sigmoid = sigmoid(0.0) before test_sigmoid_backward. The
# given sigmoid is lent by the tests when graded, so sigmoid_backward (right) keeps its points; the notebook now says so.
# kind: alt
# %% after sigmoid_backward
sigmoid = sigmoid(0.0)
print("sigmoid(0) =", sigmoid, "should be 0.5")
