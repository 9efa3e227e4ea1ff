func log(_ message: String) {
    print("[log] " + message)
    return message.count
}

log("start")
