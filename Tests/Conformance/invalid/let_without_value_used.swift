let limit: Int
print("limit is set later")
print(limit)
