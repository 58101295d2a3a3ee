# From independent testers (round 17, four of five assignments): a function that ends the kernel's process
# (os._exit, an out-of-memory kill, a segfault) cost every later test its points: no later cell ran. A new kernel
# now runs the code cells before the failing one again, and the later tests are graded.
# plain nbgrader: it stops at the kernel's death, so every later test scores 0 there
# FORGERY / crash: sigmoid_backward (the FIRST graded function) kills the process that calls it with
# os._exit(0) (exit code 0, "success", no exception), hoping the grader reads a clean exit as a pass or
# stops grading. Only test_sigmoid_backward may lose points; every later test (dense_forward,
# dense_backward, update_layer, and sigmoid_layer_backward, which calls sigmoid_backward but is graded with
# the reference) must keep full marks and the grading must finish.
# fails: test_sigmoid_backward: kernel ended while your sigmoid_backward ran
# %% sigmoid_backward
import os


def sigmoid_backward(da, z):
    os._exit(0)
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    return dense_backward(sigmoid_backward(da, z), a_prev)
