var temperatures = [21.5, 19.0]
temperatures.append(22.5)
temperatures.append("hot")
print(temperatures)
