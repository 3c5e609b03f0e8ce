let xs = [] // expect error: 1:5: empty collection literal requires an explicit type
