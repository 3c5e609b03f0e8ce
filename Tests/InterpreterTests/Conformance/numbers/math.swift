import Foundation
print(sqrt(16.0), sqrt(2.0)) // expect: 4.0 1.4142135623730951
print(sin(0.0), cos(0.0), tan(0.0)) // expect: 0.0 1.0 0.0
print(exp(1.0), log(1.0)) // expect: 2.718281828459045 0.0
print(pow(2.0, 10.0), pow(2, 0.5)) // expect: 1024.0 1.4142135623730951
let x = 0.5
print(sin(x), exp(x)) // expect: 0.479425538604203 1.6487212707001282
print(floor(2.7), ceil(2.1), round(2.5)) // expect: 2.0 3.0 3.0
print(sqrt(2)) // expect: 1.4142135623730951
let f: Float = 4
print(sqrt(f)) // expect: 2.0
