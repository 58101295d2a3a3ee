# ATTACK: enormous output (about 60 MB printed per call) from a wrong dense_backward, to slow or break the
# batch / feedback.
# fails: test_dense_backward_dW: summed over the batch
# fails: test_dense_backward_db: summed over the batch
# %% dense_backward
import sys
def dense_backward(dz, a_prev):
    sys.stdout.write(("x" * 1000 + "\n") * 60000)
    return dz @ a_prev.T, dz.sum(1, keepdims=True)
