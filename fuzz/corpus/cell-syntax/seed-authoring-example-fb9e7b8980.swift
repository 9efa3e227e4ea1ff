//| parameters: true
let steps = 200
let learningRate = 0.05
let noise = 0.1
