func describe(_ n: Int) -> String {
    var text = "\(n) is"
    switch n {
    case 2, 3, 5, 7:
        text += " a prime number, and also"
        fallthrough
    default:
        text += " an integer."
    }
    return text
}
print(describe(5))
print(describe(8))
var log: [String] = []
switch 1 {
case 1:
    log.append("one")
    fallthrough
case 2:
    log.append("two")
    fallthrough
case 3:
    log.append("three")
case 4:
    log.append("four")
default:
    log.append("other")
}
print(log)
