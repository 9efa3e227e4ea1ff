struct Config {
    var retries: Int
    var verbose = false
}

var c = Config(retries: 3)
c.retries += "1"
print(c.retries)
