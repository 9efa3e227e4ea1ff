struct Size { var width: Double; var height: Double }
enum Status { case active, suspended(reason: String), banned(days: Int, appeal: Bool) }
final class Account {
    var owner = "kim"
}
struct Wrapper<T> { let value: T }
struct Empty {}
print(Size(width: 2, height: 3.5))
print(Status.active)
print(Status.suspended(reason: "spam"))
print(Status.banned(days: 3, appeal: false))
print(Account())
print(Wrapper(value: [1, 2]))
print(Wrapper(value: "s"))
print(Empty())
print([Status.active, .suspended(reason: "x")])
print((Size(width: 1, height: 1), Status.active))
print(Optional(Size(width: 0, height: 0)) as Any)
print(type(of: Size(width: 1, height: 2)), Size.self, Status.self)
