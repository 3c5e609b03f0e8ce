var heap: [Int] = []
var seed = 7
for _ in 0..<40_000 {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    heap.append(seed % 100_000)
}
let count = heap.count
var start = count / 2 - 1
while start >= 0 {
    var root = start
    while 2 * root + 1 < count {
        var child = 2 * root + 1
        if child + 1 < count && heap[child] < heap[child + 1] {
            child += 1
        }
        if heap[root] < heap[child] {
            let t = heap[root]
            heap[root] = heap[child]
            heap[child] = t
            root = child
        } else {
            break
        }
    }
    start -= 1
}
var end = count - 1
while end > 0 {
    let t = heap[0]
    heap[0] = heap[end]
    heap[end] = t
    var root = 0
    while 2 * root + 1 < end {
        var child = 2 * root + 1
        if child + 1 < end && heap[child] < heap[child + 1] {
            child += 1
        }
        if heap[root] < heap[child] {
            let s = heap[root]
            heap[root] = heap[child]
            heap[child] = s
            root = child
        } else {
            break
        }
    }
    end -= 1
}
var sorted = true
for i in 1..<count {
    if heap[i - 1] > heap[i] {
        sorted = false
    }
}
print(sorted, heap[0], heap[count / 2], heap[count - 1])
