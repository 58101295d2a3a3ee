# A correct answer that prints while it runs: the prints end up in the autograded notebook, but the
# feedback must not show what was printed while hidden tests ran.
# score: full
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        print("CHATTY-" + "RUNTIME", dy.size)
        return dy * (1 - self.y ** 2)
