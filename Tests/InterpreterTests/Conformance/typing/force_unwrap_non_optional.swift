let x = 1
print(x!) // expect error: 2:8: cannot force unwrap value of non-optional type 'Int'
