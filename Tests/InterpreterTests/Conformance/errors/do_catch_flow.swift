enum E: Error { case stop(Int) }
func find(_ xs: [Int]) -> Int {
    do {
        for x in xs where x > 10 { throw E.stop(x) }
        return 0
    } catch E.stop(let v) {
        return v
    } catch {
        return -1
    }
}
print(find([1, 20, 30]), find([1, 2])) // expect: 20 0
