// nbrun-deviation: a real Swift program crashes (segmentation fault); we report a located error.
func down(_ n: Int, _ step: Int, _ scale: Double) -> Double {
    if n == 0 { return scale }
    return down(n + step, step, scale * 1.0) // expect runtime error: 4:12: stack overflow
}
print(down(5, 1, 1.0))
