jointplot([1, 1, 1], [5, 5, 5], kind: .hex, title: "All-equal pairs")
