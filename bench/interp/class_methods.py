# class_methods: method calls on a class instance with stored properties.
class Accumulator:
    def __init__(self):
        self.total = 0
        self.count = 0
        self.largest = 0

    def add(self, value):
        self.total += value
        self.count += 1
        if value > self.largest:
            self.largest = value

    def mean(self):
        return 0 if self.count == 0 else self.total // self.count

    def reset(self):
        self.total = 0
        self.count = 0


def main():
    acc = Accumulator()
    checksum = 0
    for i in range(8_000_000):
        acc.add(i % 1_000)
        if i % 1_000 == 999:
            checksum += acc.mean()
            acc.reset()
    print(checksum * 1_000 + acc.largest)

main()
