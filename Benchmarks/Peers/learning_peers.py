"""PyTorch eager peers of the learning benchmarks (issue 12), timed in-process (best of N)."""
import json
import sys
from timing import best_of

import torch


def results(runs):
    torch.set_num_threads(1)
    torch.manual_seed(0)
    x = torch.randn(32, 64)
    y = torch.randint(0, 10, (32,))
    model = torch.nn.Sequential(torch.nn.Linear(64, 128), torch.nn.ReLU(), torch.nn.Linear(128, 10))
    adam = torch.optim.Adam(model.parameters(), lr=0.001)
    loss_fn = torch.nn.CrossEntropyLoss()
    steps = 200

    def mlp():
        for _ in range(steps):
            adam.zero_grad()
            loss_fn(model(x), y).backward()
            adam.step()

    xs = torch.randn(569, 30)
    ys = torch.randint(0, 2, (569, 1)).float()
    w = torch.zeros(30, 1, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    sgd = torch.optim.SGD([w, b], lr=0.1)
    bce = torch.nn.BCEWithLogitsLoss()

    def logistic():
        for _ in range(500):
            sgd.zero_grad()
            bce(xs @ w + b, ys).backward()
            sgd.step()

    return {"torch_mlp_adam_step": best_of(runs, mlp) / steps, "torch_logistic_sgd": best_of(runs, logistic),
            "torch": torch.__version__}


if __name__ == "__main__":
    print(json.dumps(results(int(sys.argv[1]) if len(sys.argv) > 1 else 5)))
