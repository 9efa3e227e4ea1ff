struct Recipe {
    enum Difficulty: String {
        case easy = "*", medium = "**", hard = "***"
    }

    struct Ingredient {
        let name: String
        let grams: Int
        var label: String { "\(grams)g \(name)" }
    }

    let title: String
    let difficulty: Difficulty
    var ingredients: [Ingredient]

    var totalGrams: Int { ingredients.reduce(0) { $0 + $1.grams } }
}

var bread = Recipe(title: "Bread", difficulty: .medium, ingredients: [
    Recipe.Ingredient(name: "flour", grams: 500),
    Recipe.Ingredient(name: "water", grams: 350),
    .init(name: "salt", grams: 10),
])
print(bread.title, bread.difficulty.rawValue)
for i in bread.ingredients {
    print(i.label)
}
bread.ingredients.append(Recipe.Ingredient(name: "yeast", grams: 7))
print(bread.totalGrams)
let level = Recipe.Difficulty.hard
print(level, level.rawValue)
