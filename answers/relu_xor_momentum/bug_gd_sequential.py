# gradient_descent recomputes the gradient after each parameter moved (grad_f called inside the loop
# over W, b, v, c): W moves with the right gradient, b, v and c with gradients taken at a point that has
# partly moved. test_training builds on gradient_descent and fails the same way.
# fails: test_gradient_descent: each parameter moves with a gradient computed after
# fails: test_training: each parameter moves with a gradient computed after
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = list(starting_params)
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        params = list(params)
        for i in range(4):
            params[i] = params[i] - lr * grad_f(params, x, y)[i]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
