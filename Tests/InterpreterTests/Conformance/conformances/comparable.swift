struct Version: Comparable {
    var major: Int
    var minor: Int
    static func < (a: Version, b: Version) -> Bool {
        a.major != b.major ? a.major < b.major : a.minor < b.minor
    }
}
let a = Version(major: 1, minor: 2), b = Version(major: 1, minor: 10)
print(a < b, a > b, a <= b, a >= b, a == b) // expect: true false true false false
let versions = [Version(major: 2, minor: 0), b, a]
print(versions.sorted().map { "\($0.major).\($0.minor)" }) // expect: ["1.2", "1.10", "2.0"]
print(versions.min()!.minor, versions.max()!.major) // expect: 2 2
