func fill(_ xs: inout [Double], with v: Double) {
    for i in xs.indices { xs[i] = v }
    xs.append(v)
}
var data = [0.0, 0.0]
fill(&data, with: 0.5)
print(data) // expect: [0.5, 0.5, 0.5]
