let values = [1, 2, 3]
for v in values {
    v += 1
    print(v)
}
