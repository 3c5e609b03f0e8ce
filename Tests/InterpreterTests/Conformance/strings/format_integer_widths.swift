import Foundation
print(String(format: "%d", 5000000000), String(format: "%x", -1), String(format: "%ld %lx", 5000000000, -1))
print(String(format: "%c%c", 72, 105), String(format: "%5d|%-5d|%05d", 42, 42, 42), String(format: "%X %o %u", 255, 8, 7))
print(String(format: "%d items, %i left", 12, -3))
// expect: 705032704 ffffffff 5000000000 ffffffffffffffff
// expect: Hi    42|42   |00042 FF 10 7
// expect: 12 items, -3 left
