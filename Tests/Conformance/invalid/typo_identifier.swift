let movies = ["Alien", "Heat", "Up"]
var count = 0
for m in movies where m.count > 2 {
    count += 1
}
print(count)
print(moveis.count)
