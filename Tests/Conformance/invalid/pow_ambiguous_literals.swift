import Foundation

let principal = 1000.0
let years = 10
let growth = pow(1 + 0.05, years)
print(principal * growth)
