let http404 = (statusCode: 404, description: "Not Found")
print(http404.statusCode)
print(http404.description)
print(http404.0, http404.1)
print(http404)

let point = (3, 4)
print(point.0 * point.1)
print(point)

var size = (width: 10.0, height: 2.5)
size.width *= 2
size.height = 1
print(size)
print(size.width * size.height)

let unlabeled: (Int, String, Bool) = (1, "one", true)
print(unlabeled)
