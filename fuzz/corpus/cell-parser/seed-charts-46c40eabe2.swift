scatter(x: [1, 2, 3], y: [1, 2], title: "Lengths differ: <x> & \"y\"")
