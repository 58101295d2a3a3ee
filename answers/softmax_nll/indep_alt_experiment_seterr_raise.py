# Notebook life: an experiment cell right after the imports changes global state: np.seterr(all="raise"),
# warnings.filterwarnings("error"), np.set_printoptions(precision=3), np.random.seed(0), a global constant.
# All answers are the model answers except a stable sigmoid (no overflow at all). The notebook says the
# experiment cells change nothing in the tests' own code. Should keep full marks.
# plain nbgrader: the tests run in the student's kernel there, under its np.seterr(all="raise") and warnings filter
# kind: alt
# %% after imports
import warnings
np.seterr(all="raise")
warnings.filterwarnings("error")
np.set_printoptions(precision=3, suppress=True)
np.random.seed(0)
LEARNING_RATE = 0.5
print(np.random.randn(3))
# %% sigmoid
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
