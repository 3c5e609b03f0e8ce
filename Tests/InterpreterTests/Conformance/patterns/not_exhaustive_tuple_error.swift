enum Move { case rock, paper }
switch (Move.rock, Move.paper) { // expect error: 2:1: switch must be exhaustive
case (.rock, _): print(1)
case (.paper, .paper): print(2)
}
