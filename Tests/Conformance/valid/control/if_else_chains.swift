func classify(_ n: Int) -> String {
    if n < 0 {
        return "negative"
    } else if n == 0 {
        return "zero"
    } else if n < 10 {
        return "small"
    } else {
        return "large"
    }
}
for n in [-5, 0, 7, 10, 250] {
    print(n, classify(n))
}
let temperature = 23.5
if temperature > 30 { print("hot") } else if temperature > 20 { print("warm") } else { print("cool") }
let isWeekend = false, isHoliday = true
if isWeekend || isHoliday { print("day off") }
if !isWeekend && !isHoliday { print("work day") }
