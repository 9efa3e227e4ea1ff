//| error: true
let prediction = slop * 0.5 + intercept
