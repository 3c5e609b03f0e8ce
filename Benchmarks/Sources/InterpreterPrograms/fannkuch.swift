func fannkuch(_ n: Int) -> (Int, Int) {
    var perm1 = Array(0..<n)
    var count = [Int](repeating: 0, count: n)
    var perm = [Int](repeating: 0, count: n)
    var maxFlips = 0
    var checksum = 0
    var permCount = 0
    var r = n
    while true {
        while r != 1 {
            count[r - 1] = r
            r -= 1
        }
        for i in 0..<n {
            perm[i] = perm1[i]
        }
        var flips = 0
        var k = perm[0]
        while k != 0 {
            var lo = 0
            var hi = k
            while lo < hi {
                let t = perm[lo]
                perm[lo] = perm[hi]
                perm[hi] = t
                lo += 1
                hi -= 1
            }
            flips += 1
            k = perm[0]
        }
        if flips > maxFlips {
            maxFlips = flips
        }
        checksum += permCount % 2 == 0 ? flips : -flips
        permCount += 1
        while true {
            if r == n {
                return (checksum, maxFlips)
            }
            let first = perm1[0]
            for i in 0..<r {
                perm1[i] = perm1[i + 1]
            }
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0 {
                break
            }
            r += 1
        }
    }
}
let (checksum, flips) = fannkuch(8)
print(checksum)
print(flips)
