//| echo: false
print("slope \(String(format: "%.3f", slope)), intercept \(String(format: "%.3f", intercept))")
