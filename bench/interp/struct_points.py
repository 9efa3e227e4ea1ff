# struct_points: a list of Point objects with a method; sum of distances along a path.
import math


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def distance(self, other):
        dx = self.x - other.x
        dy = self.y - other.y
        return math.sqrt(dx * dx + dy * dy)


seed = 11

def next_rand():
    global seed
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed

def main():
    points = []
    for _ in range(100_000):
        x = float(next_rand() % 1_000)
        y = float(next_rand() % 1_000)
        points.append(Point(x, y))
    total = 0.0
    for round_ in range(50):
        for i in range(1, len(points)):
            total += points[i].distance(points[i - 1])
        points[round_].x += 1.0
    print(int(total))

main()
