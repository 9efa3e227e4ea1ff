let sample = "Hi 5, Ünïcode! ok?"
var letters = 0, digits = 0, spaces = 0, punctuation = 0, upper = 0
for ch in sample {
    if ch.isLetter { letters += 1 }
    if ch.isNumber { digits += 1 }
    if ch.isWhitespace { spaces += 1 }
    if ch.isPunctuation { punctuation += 1 }
    if ch.isUppercase { upper += 1 }
}
print("letters:", letters)
print("digits:", digits)
print("spaces:", spaces)
print("punctuation:", punctuation)
print("uppercase:", upper)
print(sample.filter { $0.isASCII }.count)
