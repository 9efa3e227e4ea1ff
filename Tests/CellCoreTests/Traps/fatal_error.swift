print("start")
fatalError("stop here")
