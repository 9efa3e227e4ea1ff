let initial: Character = "A"
let grade: Character = "AB"
print(initial, grade)
