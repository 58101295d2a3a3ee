# Round 38. Tanh.forward written from the definition, (e^x - e^-x) / (e^x + e^-x): right for moderate x, but
# inf / inf = nan beyond |x| = 709, where np.exp overflows (the notebook asks for finite values at every x).
# fails: test_tanh_forward: is nan at x = 
# %% tanh
class Tanh:
    def forward(self, x):
        ep, em = np.exp(x), np.exp(-x)
        self.y = (ep - em) / (ep + em)
        return self.y

    def backward(self, dy):
        return dy * (1 - self.y ** 2)
