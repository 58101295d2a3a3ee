# Round 39 attack (plain nbgrader fails it too since round 122: .view(np.float64) of a Fortran-ordered z raises). sigmoid_backward by complex step, the imaginary unit taken from np.fft.fft of [0,0,0,1] (no 1j, no emath), all
# complex values only inside one expression (no complex local or return), read back by .view. Must score 0.
# fails: test_sigmoid_backward: computed with complex numbers
# %% sigmoid_backward
_U = np.fft.fft(np.array([0.0, 0.0, 0.0, 1.0]))[1] * 1e-30
def sigmoid_backward(da, z):
    zc = np.clip(np.asarray(z, dtype=np.float64), -700.0, 700.0)
    return da * np.ascontiguousarray((np.conjugate(1.0 / (1.0 + np.exp(-(zc + _U)))) - 1.0 / (1.0 + np.exp(-(zc + _U)))).view(np.float64)[..., 1::2]) * -0.5e30
