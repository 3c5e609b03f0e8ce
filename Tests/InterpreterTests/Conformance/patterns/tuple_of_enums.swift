enum Move { case rock, paper, scissors }
func winner(_ a: Move, _ b: Move) -> String {
    switch (a, b) {
    case (.rock, .scissors), (.paper, .rock), (.scissors, .paper): return "first"
    case (.rock, .rock), (.paper, .paper), (.scissors, .scissors): return "draw"
    case (_, _): return "second"
    }
}
print(winner(.rock, .scissors), winner(.paper, .paper), winner(.rock, .paper)) // expect: first draw second
