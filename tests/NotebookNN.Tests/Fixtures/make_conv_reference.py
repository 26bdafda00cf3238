#!/usr/bin/python3
"""PyTorch's reference values for Conv2D, MaxPool2D and Flatten (float64).

    /usr/bin/python3 tests/NotebookNN.Tests/Fixtures/make_conv_reference.py > tests/NotebookNN.Tests/Fixtures/conv_reference.json

Every batch is written as the library stores it: one row per example, C*H*W values channel-major
then row-major (torch's x.reshape(N, -1)); conv weights as [F x C*k*k] (weight.reshape(F, -1)).
Gradients come from autograd for loss = sum(output * G) with a random G, so dLoss/dOutput = G.
"""
import json

import torch
import torch.nn.functional as F

torch.manual_seed(15)
torch.set_default_dtype(torch.float64)


def rows(t):
    return t.detach().reshape(t.shape[0], -1).tolist()


def conv_case(name, n, c, h, w, filters, k, stride, padding, activation="identity"):
    x = torch.randn(n, c, h, w, requires_grad=True)
    weight = torch.randn(filters, c, k, k, requires_grad=True)
    bias = torch.randn(filters, requires_grad=True)
    z = F.conv2d(x, weight, bias, stride=stride, padding=padding)
    out = torch.relu(z) if activation == "relu" else z
    g = torch.randn_like(out)
    (out * g).sum().backward()
    return {"name": name, "batch": n, "input_shape": [c, h, w], "filters": filters, "kernel": k,
            "stride": stride, "padding": padding, "activation": activation,
            "output_shape": list(out.shape[1:]),
            "input": rows(x), "weights": rows(weight), "bias": bias.tolist(),
            "output": rows(out), "output_gradient": rows(g),
            "input_gradient": rows(x.grad), "weights_gradient": rows(weight.grad), "bias_gradient": bias.grad.tolist()}


def pool_case(name, n, c, h, w, size, stride, ties=False):
    if ties:  # small integers: many windows hold equal maxima, so the tie rule matters
        x = torch.randint(0, 3, (n, c, h, w)).double().requires_grad_(True)
    else:
        x = torch.randn(n, c, h, w, requires_grad=True)
    out = F.max_pool2d(x, size, stride)
    g = torch.randn_like(out)
    (out * g).sum().backward()
    return {"name": name, "batch": n, "input_shape": [c, h, w], "size": size, "stride": stride,
            "output_shape": list(out.shape[1:]),
            "input": rows(x), "output": rows(out), "output_gradient": rows(g), "input_gradient": rows(x.grad)}


conv = [
    conv_case("1 channel 5x5, 2 filters 3x3", 2, 1, 5, 5, 2, 3, 1, 0),
    conv_case("2 channels 6x5 (non-square), 3 filters, stride 2, padding 1", 3, 2, 6, 5, 3, 3, 2, 1),
    conv_case("3 channels 7x4, 2 filters 2x2, padding 1", 2, 3, 7, 4, 2, 2, 1, 1),
    conv_case("digit-sized 1x8x8, 4 filters 3x3, padding 1, batch 5", 5, 1, 8, 8, 4, 3, 1, 1),
    conv_case("2 channels 5x6, 3 filters 3x3, stride 3, padding 2, relu", 4, 2, 5, 6, 3, 3, 3, 2, "relu"),
    conv_case("4 channels 4x4, 5 filters 4x4 (one output pixel)", 3, 4, 4, 4, 5, 4, 1, 0),
]
pool = [
    pool_case("1 channel 4x4, 2x2 stride 2", 2, 1, 4, 4, 2, 2),
    pool_case("2 channels 5x7 (non-square, rows left over), 2x2", 3, 2, 5, 7, 2, 2),
    pool_case("3 channels 6x5, 3x3 stride 2 (overlapping)", 2, 3, 6, 5, 3, 2),
    pool_case("2 channels 4x4, 2x2 stride 1, tied integer values", 5, 2, 4, 4, 2, 1, ties=True),
]
print(json.dumps({"generator": "make_conv_reference.py", "torch": torch.__version__, "dtype": "float64",
                  "conv2d": conv, "max_pool2d": pool}))
