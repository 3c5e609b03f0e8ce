print("never runs")
print(undefinedThing) // expect error: 2:7: cannot find 'undefinedThing' in scope
