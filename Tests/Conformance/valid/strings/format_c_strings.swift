import Foundation

let names = ["Ann", "Bartholomew", "Cy"]
for name in names {
    let line = name.withCString { String(format: "%-8s|%3d", $0, name.count) }
    print(line)
}
let right = "right".withCString { String(format: "[%10s]", $0) }
print(right)
let nsName = ("Dee" as NSString).utf8String!
print(String(format: "%s!", nsName))
