let tags: Set<String> = ["swift", "code"]
print(tags.count)
print(tags[0])
