class Fruit {}
class Apple: Fruit {}
class Banana: Fruit {}
class GreenApple: Apple {}

let basket: [Fruit] = [Apple(), Banana(), GreenApple(), Fruit(), GreenApple()]
print(basket.filter { $0 is Apple }.count)
print(basket.filter { $0 is GreenApple }.count)
print(basket.filter { $0 is Banana }.count)
print(basket.filter { !($0 is Apple) && !($0 is Banana) }.count)
for f in basket {
    switch f {
    case is GreenApple: print("green apple")
    case is Apple: print("apple")
    case is Banana: print("banana")
    default: print("fruit")
    }
}
