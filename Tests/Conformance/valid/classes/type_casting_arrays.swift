class MediaItem {
    var name: String
    init(name: String) { self.name = name }
}

class Movie: MediaItem {
    var director: String
    init(name: String, director: String) {
        self.director = director
        super.init(name: name)
    }
}

class Song: MediaItem {
    var artist: String
    init(name: String, artist: String) {
        self.artist = artist
        super.init(name: name)
    }
}

let library: [MediaItem] = [
    Movie(name: "Arrival", director: "Villeneuve"),
    Song(name: "Hey", artist: "Pixies"),
    Movie(name: "Heat", director: "Mann"),
    Song(name: "Jolene", artist: "Parton"),
    Song(name: "Toxic", artist: "Spears"),
]

var movieCount = 0, songCount = 0
for item in library {
    if item is Movie { movieCount += 1 } else if item is Song { songCount += 1 }
}
print(movieCount, songCount)
for item in library {
    if let movie = item as? Movie {
        print("Movie: \(movie.name), dir. \(movie.director)")
    } else if let song = item as? Song {
        print("Song: \(song.name), by \(song.artist)")
    }
}
let firstSong = library[1] as! Song
print(firstSong.artist)
print(library.compactMap { $0 as? Movie }.map(\.director))
