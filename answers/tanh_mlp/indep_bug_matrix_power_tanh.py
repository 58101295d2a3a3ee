# From an independent tester (round 84): MATLAB habit: Tanh stores y as an np.matrix column and backward writes 1 - Y**2 meaning y.^2, but ** on np.matrix is the matrix power (fails for a non-square column).
# kind: bug
# Was told only "LinAlgError: raised by your Tanh.backward".
# fails: test_tanh_backward: ** the matrix power
# %% tanh
class Tanh:
    def forward(self, x):
        self.Y = np.tanh(np.asmatrix(x, dtype=float).T)
        return self.Y.A1

    def backward(self, dy):
        dY = np.asmatrix(dy, dtype=float).T
        return np.multiply(dY, 1 - self.Y ** 2).A1
