var message: String
let ready = true
if ready {
    message = "go"
}
print(message)
