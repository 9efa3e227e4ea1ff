let ratings = readCSV(path + "ratings.csv")
ratings.head()
