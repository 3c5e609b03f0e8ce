let n = 3
print(if n > 2 { "a" } else { "b" }) // expect error: 2:7: 'if' may only be used as expression in return, throw, or as the source of an assignment
