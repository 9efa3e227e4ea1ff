let temps = [12, 18, 25, 31, 22, 9]
print(temps.contains(25))
print(temps.contains { $0 > 30 })
print(temps.first { $0 > 20 } as Any)
print(temps.first(where: { $0 > 40 }) as Any)
print(temps.firstIndex(of: 31) as Any)
print(temps.firstIndex { $0 < 10 } as Any)
print(temps.last { $0 > 20 } as Any)
print(temps.lastIndex(of: 12) as Any)
print(temps.allSatisfy { $0 > 0 })
print(temps.allSatisfy { $0 > 10 })
print(temps.filter { $0 > 20 }.count)
if let i = temps.firstIndex(where: { $0 >= 25 }) {
    print("first hot day:", i, temps[i])
}
