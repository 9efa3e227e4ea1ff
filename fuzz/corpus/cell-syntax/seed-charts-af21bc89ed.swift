hist([2, 2, 2, 2], title: "All-equal values")
