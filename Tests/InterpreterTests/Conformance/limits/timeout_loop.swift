print("start") // expect: start
while true {} // expect timeout
