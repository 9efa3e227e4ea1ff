var title: String! = "Draft"
print(title.count)
let upper: String = title.uppercased()
print(upper)
title = title + " v2"
print(title!)
print(title as Any)
title = nil
print(title == nil)
let maybeCount: Int? = title?.count
print(maybeCount as Any)
