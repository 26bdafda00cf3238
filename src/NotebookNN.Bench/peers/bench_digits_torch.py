#!/usr/bin/python3
"""The digits benchmark's peer: the same MLP, data split and optimizer in PyTorch.

    /usr/bin/python3 bench_digits_torch.py [path/to/digits.csv.gz] [threads]

Config (NotebookNN's benchmark must use the same):
  data   digits.csv.gz (1797 8x8 images, pixel values 0..16 scaled to 0..1)
  split  row index % 5 == 0 -> test (360 rows), the rest -> train (1437 rows)
  model  64 -> 64 ReLU -> 10, softmax + mean cross-entropy
  train  Adam lr 0.01, betas (0.9, 0.999), batch 32, 30 epochs, fixed shuffle seed
Prints one JSON line: seconds for the training loop alone, test accuracy.
"""
import gzip
import json
import sys
import time

import torch

path = sys.argv[1] if len(sys.argv) > 1 else "data/digits.csv.gz"
threads = int(sys.argv[2]) if len(sys.argv) > 2 else 1
torch.set_num_threads(threads)
torch.manual_seed(0)

rows = [list(map(float, line.split(","))) for line in gzip.open(path, "rt") if line.strip()]
X = torch.tensor([r[:64] for r in rows], dtype=torch.float32) / 16.0
y = torch.tensor([int(r[64]) for r in rows])
test = torch.arange(len(rows)) % 5 == 0
Xtr, ytr, Xte, yte = X[~test], y[~test], X[test], y[test]

model = torch.nn.Sequential(torch.nn.Linear(64, 64), torch.nn.ReLU(), torch.nn.Linear(64, 10))
opt = torch.optim.Adam(model.parameters(), lr=0.01)
lossf = torch.nn.CrossEntropyLoss()

start = time.perf_counter()
for epoch in range(30):
    perm = torch.randperm(len(Xtr))
    for i in range(0, len(Xtr), 32):
        idx = perm[i:i + 32]
        opt.zero_grad()
        loss = lossf(model(Xtr[idx]), ytr[idx])
        loss.backward()
        opt.step()
seconds = time.perf_counter() - start

with torch.no_grad():
    acc = (model(Xte).argmax(1) == yte).float().mean().item()
print(json.dumps({"peer": "pytorch " + torch.__version__, "threads": threads,
                  "train_seconds": round(seconds, 4), "test_accuracy": round(acc, 4)}))
