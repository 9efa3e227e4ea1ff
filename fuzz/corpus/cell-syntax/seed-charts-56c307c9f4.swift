scatter(x: [3], y: [7], labels: ["only one"], title: "A single point")
