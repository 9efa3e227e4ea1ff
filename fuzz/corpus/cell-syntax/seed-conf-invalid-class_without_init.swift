let teamName = "Owls"
print(teamName)

class Player {
    var name: String
    var score: Int = 0
}
