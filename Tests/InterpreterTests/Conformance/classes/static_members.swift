class IDMaker {
    static var next = 0
    static let prefix = "id"
    static func make() -> String {
        next += 1
        return "\(prefix)\(next)"
    }
    class func reset() { next = 0 }
}
print(IDMaker.make(), IDMaker.make()) // expect: id1 id2
IDMaker.reset()
print(IDMaker.make()) // expect: id1
print(IDMaker.next) // expect: 1
