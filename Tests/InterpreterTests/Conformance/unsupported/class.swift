class Point { var x = 0 } // expect error: 1:1: 'class' is not supported in notebooks
