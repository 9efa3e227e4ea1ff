let poem = """
    Roses are red,
      violets are blue,
    Swift is typed,
    and so are you.
    """
print(poem)
print(poem.split(separator: "\n").count)
let joined = """
    one \
    two \
    three
    """
print(joined)
let withQuotes = """
    She said "hi" and left.
    Tab:\tend
    """
print(withQuotes)
let empty = """
    """
print(empty.isEmpty)
