// nbrun-deviation: a real Swift program crashes (segmentation fault); we report a located error.
func forever(_ n: Int) -> Int {
    return forever(n + 1) + 1 // expect runtime error: 3:12: stack overflow
}
print(forever(0))
