//| output: false
print("this line is computed but not shown")
