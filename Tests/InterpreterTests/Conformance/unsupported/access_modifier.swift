private func p() {} // expect error: 1:1: modifier 'private' is not supported in notebooks
