let prices = [19.99, 5.49, 3.0, 12.5]
var subtotal = 0.0
var count = 0
for price in prices {
    subtotal += price
    count += 1
}
print(count, subtotal)
var product = 1
for n in 1...10 { product *= n }
print(product)
var evens: [Int] = [], odds: [Int] = []
for n in 1...9 {
    if n % 2 == 0 { evens.append(n) } else { odds.append(n) }
}
print(evens, odds)
var longest = ""
for w in ["hi", "hello", "hey", "greetings", "yo"] where w.count > longest.count {
    longest = w
}
print(longest)
