let y = 1 as? Int // expect error: 1:9: 'as?' is not supported in notebooks
