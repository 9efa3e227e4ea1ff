let dots = (a * b).sum(1)
expect(dots.tolist(), equals: [6, 70])
dots
