print(Double.leastNormalMagnitude, Double.leastNonzeroMagnitude, Float.ulpOfOne, Double.ulpOfOne)
print((-0.0).sign == .minus, 2.5.sign, (-1.5).sign == .plus)
let c: Character = "f"
print(c.hexDigitValue as Any, Character("z").hexDigitValue as Any)
print("a\"b".debugDescription, ["x", "y"].debugDescription, 1.5.debugDescription)
// expect: 2.2250738585072014e-308 5e-324 1.1920929e-07 2.220446049250313e-16
// expect: true plus false
// expect: Optional(15) nil
// expect: "a\"b" ["x", "y"] 1.5
