plot(series: [("train", [1, 2, 3, 4], [0.9, 0.7, 0.6, 0.55]), ("valid", [1, 2, 3, 4], [0.85, 0.8, 0.78, 0.79]), ("baseline", [1, 4], [0.8, 0.8])],
     title: "series: tuples", width: 560, height: 320)
