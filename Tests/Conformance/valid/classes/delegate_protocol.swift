protocol DownloadDelegate: AnyObject {
    func progress(_ percent: Int)
    func finished(bytes: Int)
}

final class Downloader {
    weak var delegate: DownloadDelegate?
    let chunks: [Int]
    init(chunks: [Int]) { self.chunks = chunks }

    func start() {
        let total = chunks.reduce(0, +)
        var received = 0
        for c in chunks {
            received += c
            delegate?.progress(received * 100 / total)
        }
        delegate?.finished(bytes: total)
    }
}

final class ProgressPrinter: DownloadDelegate {
    var updates = 0
    func progress(_ percent: Int) {
        updates += 1
        print("progress \(percent)%")
    }
    func finished(bytes: Int) {
        print("done: \(bytes) bytes after \(updates) updates")
    }
}

let printer = ProgressPrinter()
let d = Downloader(chunks: [100, 300, 250, 350])
d.delegate = printer
d.start()
let silent = Downloader(chunks: [1, 2])
silent.start()
print(printer.updates)
