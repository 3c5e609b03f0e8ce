// Stores into fields of array elements (`bodies[i].velocity = v`, `grid[r][c].count += 1`):
// Swift evaluates the indices before the value, changes the element in place, and keeps copies
// made earlier apart.
struct Vec { var x: Double; var y: Double }
struct Body { var position: Vec; var mass: Double; var hits: Int }
var order: [String] = []
func index(_ i: Int) -> Int { order.append("index \(i)"); return i }
func value(_ v: Double) -> Double { order.append("value \(v)"); return v }
var bodies = [Body(position: Vec(x: 0, y: 0), mass: 1, hits: 0), Body(position: Vec(x: 1, y: 1), mass: 2, hits: 0)]
let before = bodies
bodies[index(1)].position.x = value(5)
bodies[index(0)].mass += value(0.5)
bodies[index(1)].hits += 2
print(order) // expect: ["index 1", "value 5.0", "index 0", "value 0.5", "index 1"]
print(bodies[1].position.x, bodies[0].mass, bodies[1].hits) // expect: 5.0 1.5 2
print(before[1].position.x, before[0].mass) // expect: 1.0 1.0
for i in 0..<bodies.count { bodies[i].position = Vec(x: Double(i) * 10, y: -1) }
print(bodies.map { $0.position.x }) // expect: [0.0, 10.0]
struct Cell { var count = 0 }
var grid = [[Cell(), Cell()], [Cell(), Cell()]]
grid[1][0].count += 3
grid[0][1].count = 7
print(grid.map { $0.map { $0.count } }) // expect: [[0, 7], [3, 0]]
final class Counter { var n = 0 }
let counters = [Counter(), Counter()]
var holders = [counters]
holders[0][1].n += 4
print(counters[1].n) // expect: 4
struct Team { var members: [Body] }
var team = Team(members: bodies)
team.members[0].hits -= 1
print(team.members[0].hits, bodies[0].hits) // expect: -1 0
