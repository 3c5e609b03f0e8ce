var values = [1, 2, 3]
func at(_ i: Int) -> Int {
    return values[i]
}
print(at(2)) // expect: 3
print(at(3)) // expect runtime error: 3:12: Index out of range
