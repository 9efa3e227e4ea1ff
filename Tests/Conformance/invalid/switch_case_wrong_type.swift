let grade = "B"
switch grade {
case "A":
    print("top")
case 2:
    print("two")
default:
    print("other")
}
