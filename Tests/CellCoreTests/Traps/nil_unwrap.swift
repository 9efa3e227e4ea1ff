let o: Int? = nil
print("before")
print(o!)
