let values = [2.5, 3.5, -2.5, 2.4, -2.6, 0.5]
for v in values {
    print(v, v.rounded(), v.rounded(.down), v.rounded(.up), v.rounded(.towardZero), v.rounded(.toNearestOrEven))
}
var x = 7.75
x.round()
print(x)
print((1.005 * 100).rounded() / 100)
print((3.14159 * 1000).rounded() / 1000)
