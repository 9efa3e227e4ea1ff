let value = 10
if value > 5 {
    print("big")
    break
}
print("done")
