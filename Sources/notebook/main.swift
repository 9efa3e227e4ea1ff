print("notebook")
