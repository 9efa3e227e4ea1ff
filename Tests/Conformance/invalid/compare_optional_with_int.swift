let ages = ["ana": 31, "bo": 17]
if ages["bo"] > 18 {
    print("adult")
}
