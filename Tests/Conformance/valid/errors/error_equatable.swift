enum LoginError: Error, Equatable {
    case wrongPassword
    case locked(minutes: Int)
}

func login(_ attempts: Int) throws {
    if attempts > 3 { throw LoginError.locked(minutes: attempts * 5) }
    if attempts > 0 { throw LoginError.wrongPassword }
}

for a in [0, 2, 5] {
    do {
        try login(a)
        print("welcome")
    } catch let e as LoginError where e == .wrongPassword {
        print("try again")
    } catch let e as LoginError {
        print(e == .locked(minutes: 25) ? "locked 25" : "locked other")
    } catch {
        print("?")
    }
}
