func area(width: Int, height: Int) -> Int { width * height }
print(area(width: 2, 3)) // expect error: 2:22: missing argument label 'height:' in call
