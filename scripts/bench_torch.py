"""PyTorch CPU, single-threaded, on the same training steps as Sources/bench (make bench).

Prints process CPU microseconds per step as JSON: {"EmbeddingDotBias": us, "EmbeddingNet": us}.
Workloads: see the header of Sources/bench/main.swift.
Usage: python bench_torch.py [--steps N] [--out results.json]
"""
import argparse
import json
import time
import warnings

# torch warns on import when NumPy is absent; the benchmark does not use NumPy.
warnings.filterwarnings("ignore", message="Failed to initialize NumPy")

import torch
import torch.nn as nn
import torch.nn.functional as F

N_USERS, N_ITEMS, FACTORS, BS, BATCHES = 943, 1682, 50, 64, 50


def emb(n, d):
    e = nn.Embedding(n, d)
    e.weight.data.uniform_(-0.01, 0.01)
    return e


class EmbeddingDotBias(nn.Module):
    def __init__(self):
        super().__init__()
        self.u, self.i = emb(N_USERS, FACTORS), emb(N_ITEMS, FACTORS)
        self.ub, self.ib = emb(N_USERS, 1), emb(N_ITEMS, 1)

    def forward(self, users, items):
        dot = (self.u(users) * self.i(items)).sum(1) + self.ub(users).squeeze(1) + self.ib(items).squeeze(1)
        return torch.sigmoid(dot) * 4.5 + 0.5


class EmbeddingNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.u, self.m = emb(N_USERS, FACTORS), emb(N_ITEMS, FACTORS)
        self.lin1, self.lin2 = nn.Linear(100, 10), nn.Linear(10, 1)
        self.drop1, self.drop2 = nn.Dropout(0.05), nn.Dropout(0.5)

    def forward(self, users, items):
        x = self.drop1(torch.cat([self.u(users), self.m(items)], dim=1))
        x = self.drop2(F.relu(self.lin1(x)))
        return torch.sigmoid(self.lin2(x)) * 5.5


def bench(model, steps):
    g = torch.Generator().manual_seed(1)
    users = [torch.randint(0, N_USERS, (BS,), generator=g) for _ in range(BATCHES)]
    items = [torch.randint(0, N_ITEMS, (BS,), generator=g) for _ in range(BATCHES)]
    ratings = [torch.randint(1, 10, (BS,), generator=g).float() * 0.5 for _ in range(BATCHES)]
    opt = torch.optim.Adam(model.parameters(), lr=1e-3, weight_decay=1e-5)

    def step(s):
        b = s % BATCHES
        loss = F.mse_loss(model(users[b], items[b]).view(-1), ratings[b])
        opt.zero_grad()
        loss.backward()
        opt.step()

    for s in range(50):
        step(s)
    # Process CPU time, as Sources/bench measures: steadier than wall time on a shared machine.
    start = time.process_time()
    for s in range(steps):
        step(s)
    return (time.process_time() - start) / steps * 1e6


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=2000)
    parser.add_argument("--out")
    args = parser.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(0)
    results = {
        "EmbeddingDotBias": bench(EmbeddingDotBias(), args.steps),
        "EmbeddingNet": bench(EmbeddingNet(), args.steps),
    }
    text = json.dumps(results)
    print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} thread: {text}")
    if args.out:
        with open(args.out, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
