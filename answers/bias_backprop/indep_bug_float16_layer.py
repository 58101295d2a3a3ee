# Precision loss: the student stores dz in float16 "to save memory" before calling dense_backward, so dW and db
# come back as float16 with relative errors around 1e-3, far above float32 accuracy (the notebook accepts
# float32, not half precision).
# fails: test_sigmoid_layer: float16
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = sigmoid_backward(da, z).astype(np.float16)
    return dense_backward(dz, a_prev.astype(np.float16))
