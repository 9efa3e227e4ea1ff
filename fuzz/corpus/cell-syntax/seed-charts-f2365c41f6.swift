plot([1.0, 2.0, log(-1.0), 3.0, 2.0], title: "A NaN breaks the line")
