bar(["Drama", "Comedy", "Action & Adventure", "<Sci-Fi>", "Film-Noir"], [725, 505, 251, 101, 24],
    title: "Movies per genre", yLabel: "movies")
