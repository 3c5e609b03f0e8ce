// Arrays and optionals of hashable values are dictionary keys, alone or as fields of a Hashable struct.
var paths: [[Int]: String] = [[0, 1]: "right", [1, 0]: "down"]
paths[[1, 1]] = "diagonal"
print(paths[[0, 1]] ?? "?", paths[[1, 1]] ?? "?", paths[[2]] ?? "none") // expect: right diagonal none
var seen: [Int?: Int] = [:]
for x in [1, nil, 1, 3, nil, nil] { seen[x, default: 0] += 1 }
print(seen[1] ?? 0, seen[nil] ?? 0, seen[3] ?? 0) // expect: 2 3 1
struct Cell: Hashable {
    var position: [Int]
    var label: String?
}
var visits: [Cell: Int] = [:]
visits[Cell(position: [0, 0], label: nil)] = 1
visits[Cell(position: [0, 0], label: "start")] = 2
visits[Cell(position: [0, 0], label: nil), default: 0] += 10
print(visits[Cell(position: [0, 0], label: nil)] ?? 0, visits.count) // expect: 11 2
