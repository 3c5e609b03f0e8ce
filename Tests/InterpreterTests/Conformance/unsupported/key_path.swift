let k = \String.count // expect error: 1:9: a key path is not supported in notebooks
