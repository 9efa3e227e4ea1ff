"""Reference values for LearnerGoldenTests (PyTorch 2.13 CPU when pasted; run with the bench venv:
.venv-bench/bin/python Tests/CollabTests/golden/embedding_dot_bias_torch.py).

fastai 0.7's library EmbeddingDotBias (u, i, ub, ib; sigmoid scaled to (1, 5)) with fixed
weights, trained 3 steps on fixed batches with F.mse_loss (element-wise, shapes (B,)) and
  - Adam(lr 0.01, weight_decay 2e-4) (coupled L2) as PyTorch 0.3 wrote it (`Adam03` below, the
    0.3 source line by line): PyTorch 2's torch.optim.Adam adds eps to sqrt(v)/sqrt(bc2) instead
    of to sqrt(v), which matters for rows whose only gradient is wd·p (tiny), so it is not used;
  - torch.optim.SGD(lr 0.1, momentum 0.9, weight_decay 2e-4) (unchanged since 0.3).
Prints the losses of the three steps and the four tables after them.
"""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.set_printoptions(precision=8)

U, I, NF = 3, 4, 2


def weights():
    u = [[((r * 3 + c * 5) % 7 - 3) / 50 for c in range(NF)] for r in range(U)]
    i = [[((r * 5 + c * 3) % 7 - 3) / 40 for c in range(NF)] for r in range(I)]
    ub = [[(r - 1) / 30] for r in range(U)]
    ib = [[(2 - r) / 25] for r in range(I)]
    return u, i, ub, ib


class EmbeddingDotBias(nn.Module):
    def __init__(self):
        super().__init__()
        self.u, self.i, self.ub, self.ib = [nn.Embedding(*s) for s in [(U, NF), (I, NF), (U, 1), (I, 1)]]
        for e, w in zip([self.u, self.i, self.ub, self.ib], weights()):
            e.weight.data = torch.tensor(w, dtype=torch.float32)
        self.min_score, self.max_score = 1.0, 5.0

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
            for p in group["params"]:
                if p.grad is None:
                    continue
                grad = p.grad
                state = self.state[p]
                if len(state) == 0:
                    state["step"] = 0
                    state["exp_avg"] = torch.zeros_like(p)
                    state["exp_avg_sq"] = torch.zeros_like(p)
                exp_avg, exp_avg_sq = state["exp_avg"], state["exp_avg_sq"]
                beta1, beta2 = group["betas"]
                state["step"] += 1
                if group["weight_decay"] != 0:
                    grad = grad.add(p, alpha=group["weight_decay"])
                exp_avg.mul_(beta1).add_(grad, alpha=1 - beta1)
                exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
                denom = exp_avg_sq.sqrt().add_(group["eps"])
                bias_correction1 = 1 - beta1 ** state["step"]
                bias_correction2 = 1 - beta2 ** state["step"]
                step_size = group["lr"] * math.sqrt(bias_correction2) / bias_correction1
                p.addcdiv_(exp_avg, denom, value=-step_size)


BATCHES = [([0, 1, 2, 0], [0, 1, 3, 2], [5.0, 1.0, 3.0, 4.0]),
           ([2, 2, 1], [0, 1, 0], [2.0, 5.0, 4.0]),
           ([1, 0], [3, 3], [1.0, 2.0])]

for name, make in [("adam", lambda p: Adam03(p, lr=0.01, weight_decay=2e-4)),
                   ("sgd", lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9, weight_decay=2e-4))]:
    model = EmbeddingDotBias()
    opt = make(model.parameters())
    losses = []
    for users, items, y in BATCHES:
        out = model(torch.tensor(users), torch.tensor(items))
        opt.zero_grad()
        loss = F.mse_loss(out, torch.tensor(y))
        loss.backward()
        opt.step()
        losses.append(loss.item())
    print(name, "losses", repr(losses))
    for t in ["u", "i", "ub", "ib"]:
        print(name, t, repr([round(float(v), 9) for v in getattr(model, t).weight.data.flatten()]))
