let secret = 37
var lo = 1, hi = 100
var guesses: [Int] = []
while true {
    let guess = (lo + hi) / 2
    guesses.append(guess)
    if guess == secret {
        print("found \(secret) in \(guesses.count) guesses")
        break
    } else if guess < secret {
        print("\(guess) is too low")
        lo = guess + 1
    } else {
        print("\(guess) is too high")
        hi = guess - 1
    }
}
print(guesses)
