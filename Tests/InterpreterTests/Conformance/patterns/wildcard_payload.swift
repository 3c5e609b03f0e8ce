enum Pair { case both(Int, Int) }
switch Pair.both(1, 2) {
case .both(_, let second): print(second) // expect: 2
}
