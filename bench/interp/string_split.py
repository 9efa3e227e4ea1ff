# string_split: split a long text into words and count them in a dict.
seed = 9

def next_rand():
    global seed
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed

def main():
    syllables = ["ka", "lo", "mi", "tren", "sa", "du", "pe", "rox"]
    vocabulary = []
    for i in range(600):
        word = syllables[i % 8]
        word += syllables[(i // 8) % 8]
        if i >= 64:
            word += syllables[(i // 64) % 8]
        vocabulary.append(word + f"{i % 7}")
    words = []
    for _ in range(200_000):
        words.append(vocabulary[next_rand() % len(vocabulary)])
    text = " ".join(words)

    checksum = 0
    for round_ in range(25):
        counts = {}
        for word in text.split(" "):
            counts[word] = counts.get(word, 0) + 1
        most = 0
        for c in counts.values():
            if c > most:
                most = c
        checksum += len(counts) * 1_000 + most + round_
    print(checksum)

main()
