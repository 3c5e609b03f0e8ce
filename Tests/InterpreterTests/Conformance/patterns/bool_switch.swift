let flag = 3 > 2
switch flag {
case true: print("yes") // expect: yes
case false: print("no")
}
