func tak(_ x: Int, _ y: Int, _ z: Int) -> Int {
    if y >= x {
        return z
    }
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
}
print(tak(18, 12, 6))
