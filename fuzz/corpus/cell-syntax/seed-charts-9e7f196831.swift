let empty: [Double] = []
plot(empty, title: "An empty series")
