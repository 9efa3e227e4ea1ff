let maximumAttempts = 3
var attempts = 0
while attempts < maximumAttempts {
    attempts += 1
}
maximumAttempts = 5
print(attempts)
