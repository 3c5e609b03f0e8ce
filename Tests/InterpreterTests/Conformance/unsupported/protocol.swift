protocol Shape {} // expect error: 1:1: 'protocol' is not supported in notebooks
