class ListNode {
    var value: Int
    var next: ListNode?
    init(_ value: Int, next: ListNode? = nil) {
        self.value = value
        self.next = next
    }
}
var head: ListNode? = nil
for v in [3, 2, 1] { head = ListNode(v, next: head) }
var node = head
var values: [Int] = []
while let n = node {
    values.append(n.value)
    node = n.next
}
print(values) // expect: [1, 2, 3]
head?.next?.value = 20
print(head!.next!.value) // expect: 20
