# Round 40. Bug: the gradient computed once at the start and reused every step
# fails: test_gradient_descent: uses the gradient at the start
# fails: test_training
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    g = grad_f(starting_params, x, y)
    T = [list(starting_params)]
    for _ in range(iterations):
        T.append([p - lr * gi for p, gi in zip(T[-1], g)])
    return T, [total_loss(p, x, y) for p in T]
