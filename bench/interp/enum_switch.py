# enum_switch: a program of (kind, argument) tuples, interpreted by an if/elif chain.
seed = 5

def next_rand():
    global seed
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed

def main():
    program = []
    for _ in range(1_000):
        r = next_rand()
        kind = r % 5
        if kind == 0:
            program.append(("add", r % 1_000))
        elif kind == 1:
            program.append(("multiply", r % 97 + 1))
        elif kind == 2:
            program.append(("modulo", r % 10_000 + 1_000))
        elif kind == 3:
            program.append(("negate", 0))
        else:
            program.append(("square", 0))

    bound = 1_000_003
    value = 1
    checksum = 0
    for _ in range(15_000):
        for kind, arg in program:
            if kind == "add":
                value = (value + arg) % bound
            elif kind == "multiply":
                value = value * arg % bound
            elif kind == "modulo":
                value = value % arg
            elif kind == "negate":
                value = bound - 1 - value
            else:
                value = value * value % bound
        checksum = (checksum + value) % bound
    print(checksum)

main()
