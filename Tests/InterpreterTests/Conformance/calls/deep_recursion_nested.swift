// nbrun-deviation: a real Swift program crashes (segmentation fault); we report a located error.
func outer(_ start: Int) -> Int {
    func walk(_ n: Int, _ flag: Bool) -> Int {
        return walk(n + 1, !flag) + 1 // expect runtime error: 4:16: stack overflow
    }
    return walk(start, true)
}
print(outer(0))
