struct Garden {
    var plants: [String] = []
}

let g = Garden()
let tool: Shovel? = nil
print(g.plants.count)
