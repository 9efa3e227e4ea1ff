enum TicketError: Error {
    case soldOut
    case unknownShow(String)
    case tooManySeats(max: Int)
}

var seatsLeft = ["opera": 3, "ballet": 0, "jazz": 10]

func book(_ show: String, seats: Int) throws -> Int {
    guard let left = seatsLeft[show] else {
        throw TicketError.unknownShow(show)
    }
    if left == 0 {
        throw TicketError.soldOut
    }
    if seats > left {
        throw TicketError.tooManySeats(max: left)
    }
    seatsLeft[show] = left - seats
    return left - seats
}

let orders = [("opera", 2), ("ballet", 1), ("opera", 2), ("circus", 4), ("jazz", 10)]
for (show, seats) in orders {
    do {
        let remaining = try book(show, seats: seats)
        print("booked \(seats) for \(show), \(remaining) left")
    } catch TicketError.soldOut {
        print("\(show) is sold out")
    } catch TicketError.unknownShow(let name) {
        print("no show called \(name)")
    } catch TicketError.tooManySeats(let max) {
        print("only \(max) seats left for \(show)")
    } catch {
        print("unexpected: \(error)")
    }
}
