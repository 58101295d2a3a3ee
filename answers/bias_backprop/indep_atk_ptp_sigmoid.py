# From an independent tester (round 122): sigmoid' estimated by a central difference spelled without subtraction or step names: np.ptp over a stacked pair
# sigmoid(w -/+ r) (sigmoid is increasing, so the peak-to-peak is the difference), scaled by 2**16 = 1/(2r); taken at
# -|z| (sigma' is even) so large z keep their tiny values.
# kind: bug
# fails: test_sigmoid_backward: not the exact derivative
# flagged: sigmoid_backward evaluates sigmoid at nearby points
# %% sigmoid_backward
def sigmoid_backward(da, z):
    w = -np.abs(np.asarray(z, dtype=float))
    r = np.float64(2.0) ** np.float64(-17)
    pair = np.stack([w + r, w - r])
    return da * (np.ptp(sigmoid(pair), axis=0) * (np.float64(2.0) ** np.float64(16)))
