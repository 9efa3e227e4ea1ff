hist([1.0, log(-1.0), 2.0, exp(1000.0), 2.5, -exp(1000.0), 3.0], bins: 4, title: "NaN and infinities left out")
