let movies = readCSV(path + "movies.csv")
movies.head()
