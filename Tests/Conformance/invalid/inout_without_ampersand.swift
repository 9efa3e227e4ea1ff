func double(_ value: inout Int) {
    value *= 2
}

var n = 21
double(n)
print(n)
