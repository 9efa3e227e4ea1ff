let reading = (sensor: "north", celsius: 14.5)
print(reading.sensor)
print(reading.celsius)
print(reading.0, reading.1)
print(reading)

let pair = (6, 7)
print(pair.0 * pair.1)
print(pair)

var box = (length: 2.0, depth: 3.0)
box.length += 1
box.depth = 0.5
print(box)
print(box.length * box.depth)

let row: (Int, String, Bool) = (9, "nine", false)
print(row)
