actor Counter {} // expect error: 1:1: 'actor' is not supported in notebooks
