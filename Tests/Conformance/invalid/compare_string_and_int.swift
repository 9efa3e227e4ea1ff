let age = 30
let input = "30"
if age == input {
    print("same")
}
