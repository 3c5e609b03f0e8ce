enum Direction {
    case north
    case south, east, west
}
let d = Direction.east
print(d) // expect: east
print(Direction.north) // expect: north
var e: Direction = .west
print(e) // expect: west
e = .south
print(e) // expect: south
print(d == .east, d != Direction.east) // expect: true false
