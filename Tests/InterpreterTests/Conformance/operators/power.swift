print(2.0 ** 3) // expect: 8.0
print(2.0 ** 3 ** 2) // expect: 512.0
print(2 * 3.0 ** 2) // expect: 18.0
let x = 3.0
print(x ** 2 + 1) // expect: 10.0
print(-x ** 2) // expect: 9.0
print(2 ** 10) // expect: 1024
