struct Bad {
    lazy let x = 1 // expect error: 2:5: 'lazy' cannot be used on a let
}
