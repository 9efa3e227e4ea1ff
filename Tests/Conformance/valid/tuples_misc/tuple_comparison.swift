print((1, "zebra") < (2, "apple"))
print((3, "apple") < (3, "bird"))
print((4, "dog") == (4, "dog"))
print((1, 2, 3) < (1, 2, 4))
print((2.5, true) == (2.5, true))
print(("b", 1) > ("a", 99))
print((1, 1) <= (1, 1))
print((0, "x") != (0, "y"))

let people = [("Smith", "Anna"), ("Jones", "Zed"), ("Smith", "Bob"), ("Jones", "Amy")]
let sorted = people.sorted { $0 < $1 }
for (last, first) in sorted {
    print(last, first)
}
