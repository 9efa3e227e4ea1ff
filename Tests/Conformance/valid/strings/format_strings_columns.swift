import Foundation

let people = [("Ann", 34, 61.5), ("Bartholomew", 7, 23.25), ("Cy", 101, 70.0)]
for (name, age, weight) in people {
    let padded = name.padding(toLength: 8, withPad: " ", startingAt: 0)
    print(String(format: "%@|%4d|%7.2f", padded, age, weight))
}
print(String(format: "%@ has %d items", "cart", 3))
print(String(format: "%@ / %@", "a", "b"))
print(String(format: "%d apples and %d pears make %d fruits", 3, 4, 7))
print(String(format: "%2$@ before %1$@", "second", "first"))
