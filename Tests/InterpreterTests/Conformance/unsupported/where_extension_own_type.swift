protocol Shape { func area() -> Double }
struct Box<T> { var item: T }
extension Box where T: Shape { // expect error: 3:21: a 'where' requirement naming the notebook's own type is not supported in notebooks
    func area() -> Double { item.area() }
}
