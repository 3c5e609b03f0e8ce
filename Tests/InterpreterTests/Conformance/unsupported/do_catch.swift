do {
    print(1)
} catch { // expect error: 3:3: 'catch' is not supported in notebooks
}
