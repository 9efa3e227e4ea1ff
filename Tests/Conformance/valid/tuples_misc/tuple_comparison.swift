print((2, "pear") < (3, "apple"))
print((5, "kiwi") < (5, "lime"))
print((7, "fig") == (7, "fig"))
print((0, 0, 1) < (0, 0, 2))
print((1.5, false) == (1.5, false))
print(("m", 0) > ("l", 50))
print((9, 9) <= (9, 9))
print((3, "a") != (3, "b"))

let runners = [("Okafor", "Tara"), ("Berg", "Nils"), ("Okafor", "Ada"), ("Berg", "Ida")]
for (family, given) in runners.sorted(by: <) {
    print(family, given)
}
