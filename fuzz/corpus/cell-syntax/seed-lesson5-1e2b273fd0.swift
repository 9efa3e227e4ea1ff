//| parameters: true
let path = "../data/ml-100k/"
let nFactors = 50
let wd = 2e-4
