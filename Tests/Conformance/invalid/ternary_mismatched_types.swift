let isMember = true
let discount: Double = isMember ? 0.1 : "none"
print(discount)
