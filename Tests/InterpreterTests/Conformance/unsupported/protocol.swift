protocol Shape { func scaled<T>(by factor: T) -> Self } // expect error: 1:29: a generic method is not supported in notebooks
