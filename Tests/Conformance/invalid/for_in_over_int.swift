let limit = 5
var sum = 0
for i in limit {
    sum += i
}
print(sum)
