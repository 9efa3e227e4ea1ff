//| seed: 7
let nUsers = 60
let nItems = 80
let rank = 3
let userTruth = normal([nUsers, rank], 0, 0.7)
let itemTruth = normal([nItems, rank], 0, 0.7)
let nRatings = 3000
let users = randint(0, nUsers, [nRatings])
let items = randint(0, nItems, [nRatings])
let ratings = (userTruth[users] * itemTruth[items]).sum(1) + 3.0
expect(ratings.shape == [nRatings])
ratings.mean()
