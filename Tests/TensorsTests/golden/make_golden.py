"""Golden values for GoldenTests.swift, computed with PyTorch (CPU, float32).

Run:  python3 make_golden.py   (needs torch; tested with torch 2.13.0+cpu)
and paste the printed Swift literals into Tests/TensorsTests/GoldenTests.swift.

Fixed inputs are given here (and repeated in the Swift test):
  (a) EmbeddingDotBias forward/backward: 4 users, 5 items, 3 factors, 6 (user, item) pairs,
      sigmoid range (1, 5), MSE loss.
  (b) 5 Adam steps (lr 0.05, weight decay 0.01) on (a)'s model and batch, with PyTorch 0.3's
      Adam formula (docs/lesson5-semantics.md §11) written out below and checked against torch.optim.Adam.
  (c) 5 SGD steps (lr 0.1, momentum 0.9, weight decay 0.01) with torch.optim.SGD.
  (d) Linear(4, 3) + ReLU + Dropout(0.5) in eval mode, forward and input/weight gradients.
  (e) binary_cross_entropy_with_logits and cross_entropy values and gradients.
  (f) 5 AdamW steps (lr 0.05, weight decay 0.1) with torch.optim.AdamW.
"""
import math
import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float32)


def fixed(n, k):
    """n deterministic values in about (-0.5, 0.5): 0.5*sin(1.7*i + k), rounded to 4 decimals."""
    return [round(0.5 * math.sin(1.7 * i + k), 4) for i in range(n)]


def swift(name, t):
    vals = t.detach().reshape(-1).tolist()
    body = ", ".join(repr(float(v)) for v in vals)
    print(f"    static let {name}: [Double] = [{body}]")


U, I, NF = 4, 5, 3
users = torch.tensor([0, 1, 2, 0, 2, 1])      # user 3 is never in the batch
items = torch.tensor([1, 0, 3, 3, 2, 1])      # item 4 is never in the batch
ratings = torch.tensor([4.0, 3.5, 1.0, 5.0, 2.0, 4.5])


def make_params():
    return [torch.tensor(fixed(U * NF, 0.1)).reshape(U, NF).requires_grad_(),
            torch.tensor(fixed(I * NF, 0.7)).reshape(I, NF).requires_grad_(),
            torch.tensor(fixed(U, 1.3)).reshape(U, 1).requires_grad_(),
            torch.tensor(fixed(I, 2.9)).reshape(I, 1).requires_grad_()]


def dot_bias_loss(params):
    u, it, ub, ib = params
    s = (u[users] * it[items]).sum(1) + ub[users].squeeze(1) + ib[items].squeeze(1)
    pred = torch.sigmoid(s) * (5 - 1) + 1
    return pred, F.mse_loss(pred, ratings)


print("// (a) EmbeddingDotBias forward and backward")
params = make_params()
for name, p in zip(["u0", "i0", "ub0", "ib0"], params):
    swift(name, p)
pred, loss = dot_bias_loss(params)
loss.backward()
swift("pred", pred)
swift("loss", loss.reshape(1))
for name, p in zip(["du", "di", "dub", "dib"], params):
    swift(name, p.grad)


def adam03(params, steps, lr, wd, b1=0.9, b2=0.999, eps=1e-8):
    """PyTorch 0.3 Adam, written out (docs/lesson5-semantics.md §11)."""
    m = [torch.zeros_like(p) for p in params]
    v = [torch.zeros_like(p) for p in params]
    for t in range(1, steps + 1):
        for p in params:
            p.grad = None
        _, loss = dot_bias_loss(params)
        loss.backward()
        with torch.no_grad():
            for k, p in enumerate(params):
                g = p.grad + wd * p
                m[k].mul_(b1).add_((1 - b1) * g)
                v[k].mul_(b2).addcmul_(g, g, value=1 - b2)
                step_size = lr * math.sqrt(1 - b2 ** t) / (1 - b1 ** t)
                p.addcdiv_(m[k], v[k].sqrt().add_(eps), value=-step_size)
    return params


def trained(optimizer, steps=5, **options):
    """Fresh parameters after `steps` steps of a torch.optim optimizer on the dot-bias loss."""
    params = make_params()
    opt = optimizer(params, **options)
    for _ in range(steps):
        opt.zero_grad()
        dot_bias_loss(params)[1].backward()
        opt.step()
    return params


print("// (b) 5 Adam steps, lr 0.05, weight decay 0.01 (PyTorch 0.3 formula)")
params = adam03(make_params(), 5, 0.05, 0.01)
ref = trained(torch.optim.Adam, lr=0.05, weight_decay=0.01)
# torch.optim.Adam (2.x) adds eps to sqrt(v)/sqrt(1-b2^t) instead: the same up to that placement,
# which matters most for untouched rows whose only gradient is wd*p.
worst = max((a - b).abs().max().item() for a, b in zip(params, ref))
print(f"// max |PyTorch 0.3 formula - torch.optim.Adam| = {worst:.3g}")
assert worst < 1e-4
for name, p in zip(["adamU", "adamI", "adamUB", "adamIB"], params):
    swift(name, p)

print("// (c) 5 SGD steps, lr 0.1, momentum 0.9, weight decay 0.01")
params = trained(torch.optim.SGD, lr=0.1, momentum=0.9, weight_decay=0.01)
for name, p in zip(["sgdU", "sgdI", "sgdUB", "sgdIB"], params):
    swift(name, p)

print("// (f) 5 AdamW steps, lr 0.05, weight decay 0.1")
params = trained(torch.optim.AdamW, lr=0.05, weight_decay=0.1)
for name, p in zip(["adamwU", "adamwI", "adamwUB", "adamwIB"], params):
    swift(name, p)

print("// (d) Linear(4, 3) + ReLU + Dropout(0.5) in eval mode")
lin = torch.nn.Linear(4, 3)
with torch.no_grad():
    lin.weight.copy_(torch.tensor(fixed(12, 0.3)).reshape(3, 4))
    lin.bias.copy_(torch.tensor(fixed(3, 1.1)))
model = torch.nn.Sequential(lin, torch.nn.ReLU(), torch.nn.Dropout(0.5)).eval()
x = (torch.tensor(fixed(8, 5.0)).reshape(2, 4) * 4).requires_grad_()
out = model(x)
assert (out == 0).any() and (out > 0).any()  # ReLU clips some entries
(out * torch.arange(1.0, 7.0).reshape(2, 3)).sum().backward()
swift("linW", lin.weight)
swift("linB", lin.bias)
swift("linX", x)
swift("linOut", out)
swift("linDW", lin.weight.grad)
swift("linDB", lin.bias.grad)
swift("linDX", x.grad)

print("// (e) losses")
logits = (torch.tensor(fixed(6, 0.2)) * 10).reshape(2, 3).requires_grad_()
targets = torch.tensor([1.0, 0.0, 1.0, 0.0, 0.5, 1.0]).reshape(2, 3)
bce = F.binary_cross_entropy_with_logits(logits, targets)
bce.backward()
swift("bceLogits", logits)
swift("bce", bce.reshape(1))
swift("dbce", logits.grad)
logits.grad = None
classes = torch.tensor([2, 0])
ce = F.cross_entropy(logits, classes)
ce.backward()
swift("ce", ce.reshape(1))
swift("dce", logits.grad)
