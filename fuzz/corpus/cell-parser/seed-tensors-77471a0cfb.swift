let a = Tensor([[1.0, 2], [3, 4]])
let b = Tensor([[2.0, 2], [10, 10]])
a * b
