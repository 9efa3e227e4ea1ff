var stack = [1, 2, 3]
print(stack.removeLast())
print(stack.removeLast())
print(stack.removeLast())
print("stack is empty:", stack.isEmpty)
print(stack.removeLast())
