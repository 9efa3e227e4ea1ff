#!/usr/bin/env python3
"""PyTorch reference for `make bench-collab`: fastai 0.7's cell-14 recipe on MovieLens 100K.

Re-implements, without fastai, exactly what the Swift learner does (docs/lesson5-semantics.md):
- split: np.random.seed(42); np.random.permutation(n)[:int(0.2*n)] (get_cv_idxs), both parts in
  file order (split_by_idx); index maps in order of first appearance (pandas unique);
- model: fastai's library EmbeddingDotBias, four nn.Embedding tables re-initialised U(-0.05, 0.05),
  sigmoid scaled to the data's (min, max); dense embeddings (sparse=False);
- optimizer: torch.optim.Adam(lr, weight_decay=2e-4) (coupled L2), one param group, new per fit.
  PyTorch 2 adds eps to sqrt(v)/sqrt(1-beta2^t) where PyTorch 0.3 (and our engine) add it to
  sqrt(v); `--adam03` trains with 0.3's formula instead (a plain per-parameter loop, so use it to
  compare losses, not speed);
- schedule: fastai's CosAnneal with the warm-up at lr/100 while t < nb/20, cycle_len 1, cycle_mult 2,
  n_cycle 2 -> 3 epochs; training batches of 64 reshuffled each epoch (RandomSampler), validation
  batches of 128 in order; trn_loss = debiased 0.98 EMA, val_loss = unweighted mean of batch MSEs.
CPU, torch.set_num_threads(1). Prints one line per epoch and a summary line `torch-summary: ...`.
"""
import argparse
import csv
import math
import resource
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


def load(path):
    users, items, ratings = [], [], []
    u2i, i2i = {}, {}
    with open(path, newline="") as f:
        r = csv.DictReader(f)
        for row in r:
            u, i = int(row["userId"]), int(row["movieId"])
            users.append(u2i.setdefault(u, len(u2i)))
            items.append(i2i.setdefault(i, len(i2i)))
            ratings.append(float(row["rating"]))
    return (np.array(users, dtype=np.int64), np.array(items, dtype=np.int64),
            np.array(ratings, dtype=np.float32), len(u2i), len(i2i))


class EmbeddingDotBias(nn.Module):
    def __init__(self, n_factors, n_users, n_items, min_score, max_score):
        super().__init__()
        self.min_score, self.max_score = float(min_score), float(max_score)
        def get_emb(ni, nf):
            e = nn.Embedding(ni, nf)
            e.weight.data.uniform_(-0.05, 0.05)
            return e
        self.u, self.i, self.ub, self.ib = [get_emb(*o) for o in [
            (n_users, n_factors), (n_items, n_factors), (n_users, 1), (n_items, 1)]]

    def forward(self, users, items):
        um = self.u(users) * self.i(items)
        res = um.sum(1) + self.ub(users).squeeze(1) + self.ib(items).squeeze(1)
        return torch.sigmoid(res) * (self.max_score - self.min_score) + self.min_score


class Adam03(torch.optim.Optimizer):
    """torch/optim/adam.py of PyTorch 0.3.1 (amsgrad off), in today's tensor API."""

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0):
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay))

    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            beta1, beta2 = group["betas"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                state = self.state[p]
                if len(state) == 0:
                    state["step"] = 0
                    state["exp_avg"] = torch.zeros_like(p)
                    state["exp_avg_sq"] = torch.zeros_like(p)
                state["step"] += 1
                grad = p.grad.add(p, alpha=group["weight_decay"])
                state["exp_avg"].mul_(beta1).add_(grad, alpha=1 - beta1)
                state["exp_avg_sq"].mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
                denom = state["exp_avg_sq"].sqrt().add_(group["eps"])
                step_size = group["lr"] * math.sqrt(1 - beta2 ** state["step"]) / (1 - beta1 ** state["step"])
                p.addcdiv_(state["exp_avg"], denom, value=-step_size)


def sgdr_lr(t, lr, batches_per_epoch, cycle_len, cycle_mult):
    start, nb = 0, batches_per_epoch * cycle_len
    while t - start >= nb:
        start += nb
        nb *= cycle_mult
    if t < nb / 20:
        return lr / 100
    return lr / 2 * (math.cos(math.pi * (t - start) / nb) + 1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("path", nargs="?", default="data/ml-100k/ratings.csv")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--adam03", action="store_true", help="PyTorch 0.3's Adam formula")
    args = parser.parse_args()
    path, seed = args.path, args.seed
    torch.set_num_threads(1)
    torch.manual_seed(seed)
    users, items, ratings, n_users, n_items = load(path)
    n = len(ratings)
    np.random.seed(42)
    val_idxs = np.random.permutation(n)[: int(0.2 * n)]
    mask = np.zeros(n, dtype=bool)
    mask[val_idxs] = True
    tu, ti, ty = (torch.from_numpy(a[~mask]) for a in (users, items, ratings))
    vu, vi, vy = (torch.from_numpy(a[mask]) for a in (users, items, ratings))
    bs, lr, wd, n_cycle, cycle_len, cycle_mult = 64, 1e-2, 2e-4, 2, 1, 2
    model = EmbeddingDotBias(50, n_users, n_items, ratings.min(), ratings.max())
    opt = (Adam03 if args.adam03 else torch.optim.Adam)(model.parameters(), lr=lr, weight_decay=wd)
    n_train = len(ty)
    batches_per_epoch = (n_train + bs - 1) // bs
    epochs = sum(cycle_len * cycle_mult ** k for k in range(n_cycle))
    avg, batch_num, t = 0.0, 0, 0
    times, rows = [], []
    for epoch in range(epochs):
        start = time.perf_counter()
        model.train()
        perm = torch.randperm(n_train)
        for b in range(batches_per_epoch):
            idx = perm[b * bs:(b + 1) * bs]
            for g in opt.param_groups:
                g["lr"] = sgdr_lr(t, lr, batches_per_epoch, cycle_len, cycle_mult)
            out = model(tu[idx], ti[idx])
            opt.zero_grad()
            loss = F.mse_loss(out, ty[idx])
            loss.backward()
            opt.step()
            batch_num += 1
            t += 1
            avg = avg * 0.98 + loss.item() * 0.02
            debiased = avg / (1 - 0.98 ** batch_num)
        model.eval()
        losses = []
        with torch.no_grad():
            for s in range(0, len(vy), 2 * bs):
                losses.append(F.mse_loss(model(vu[s:s + 2 * bs], vi[s:s + 2 * bs]), vy[s:s + 2 * bs]).item())
        val = float(np.mean(losses))
        secs = time.perf_counter() - start
        times.append(secs)
        rows.append((epoch, debiased, val))
        print(f"torch epoch {epoch}: trn_loss {debiased:.5f} val_loss {val:.5f} seconds {secs:.3f}", flush=True)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"torch-summary: seconds_per_epoch {sum(times) / len(times):.4f} val_loss {rows[-1][2]:.5f} "
          f"peak_mb {peak_mb:.1f} threads {torch.get_num_threads()} version {torch.__version__}"
          f"{' adam03' if args.adam03 else ''}")


if __name__ == "__main__":
    main()
