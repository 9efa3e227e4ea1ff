let c = bar(["a", "b", "c"], [3, -1, 2])
c.title = "Changed after it was made"
c.width = 420
c.height = 260
display(c)
print("shown above:", c)
