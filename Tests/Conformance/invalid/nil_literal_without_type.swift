let ready = false
var result = nil
print(ready)
