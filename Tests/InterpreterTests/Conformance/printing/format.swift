import Foundation
print(String(format: "%.4f", 3.14159265)) // expect: 3.1416
print(String(format: "%d items", 42)) // expect: 42 items
print(String(format: "%5d|%-5d|%05d", 42, 42, 42)) // expect:    42|42   |00042
print(String(format: "%i %x %X %o", 255, 255, 255, 8)) // expect: 255 ff FF 10
print(String(format: "%e", 12345.678)) // expect: 1.234568e+04
print(String(format: "%g %g %g", 0.0001, 123456789.0, 2.5)) // expect: 0.0001 1.23457e+08 2.5
print(String(format: "%@ is %d years", "Ann", 30)) // expect: Ann is 30 years
print(String(format: "100%%")) // expect: 100%
print(String(format: "%8.3f|%-8.2f|%+.1f", 3.14159, 2.5, 1.0)) // expect:    3.142|2.50    |+1.0
let x: Float = 0.5
print(String(format: "%.2f", x)) // expect: 0.50
print(String(format: "%3d%%", 7)) // expect:   7%
