struct Address { var street: String; var zip: String? }
struct Person { var name: String; var address: Address? }
let alice = Person(name: "Alice", address: Address(street: "Main St", zip: "12345"))
let bob = Person(name: "Bob", address: nil)
let carl = Person(name: "Carl", address: Address(street: "Elm", zip: nil))
for p in [alice, bob, carl] {
    print(p.name, p.address?.street as Any, p.address?.zip as Any)
}
print(alice.address?.zip?.count as Any)
print(bob.address?.zip?.count as Any)
print(carl.address?.street.uppercased() as Any)
let zipLength = alice.address?.zip?.count ?? 0
print(zipLength)
