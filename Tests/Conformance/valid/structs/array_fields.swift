struct Playlist {
    var name: String
    var songs: [String] = []
    var durations: [Int] = []

    mutating func add(_ song: String, seconds: Int) {
        songs.append(song)
        durations.append(seconds)
    }

    var totalSeconds: Int {
        durations.reduce(0, +)
    }

    func longest() -> String? {
        guard let maxDuration = durations.max(),
              let i = durations.firstIndex(of: maxDuration) else { return nil }
        return songs[i]
    }
}

var list = Playlist(name: "Morning")
print(list.songs.isEmpty)
list.add("Sunrise", seconds: 210)
list.add("Coffee", seconds: 185)
list.add("Commute", seconds: 320)
print(list.songs)
print(list.totalSeconds)
print(list.longest() ?? "none")
var copy = list
copy.songs.removeFirst()
print(list.songs.count, copy.songs.count)
print(Playlist(name: "Empty").longest() ?? "none")
