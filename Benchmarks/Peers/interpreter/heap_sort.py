def main():
    heap = []
    seed = 7
    for _ in range(40_000):
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
        heap.append(seed % 100_000)
    count = len(heap)
    start = count // 2 - 1
    while start >= 0:
        root = start
        while 2 * root + 1 < count:
            child = 2 * root + 1
            if child + 1 < count and heap[child] < heap[child + 1]:
                child += 1
            if heap[root] < heap[child]:
                t = heap[root]
                heap[root] = heap[child]
                heap[child] = t
                root = child
            else:
                break
        start -= 1
    end = count - 1
    while end > 0:
        t = heap[0]
        heap[0] = heap[end]
        heap[end] = t
        root = 0
        while 2 * root + 1 < end:
            child = 2 * root + 1
            if child + 1 < end and heap[child] < heap[child + 1]:
                child += 1
            if heap[root] < heap[child]:
                s = heap[root]
                heap[root] = heap[child]
                heap[child] = s
                root = child
            else:
                break
        end -= 1
    is_sorted = True
    for i in range(1, count):
        if heap[i - 1] > heap[i]:
            is_sorted = False
    print("true" if is_sorted else "false", heap[0], heap[count // 2], heap[count - 1])
