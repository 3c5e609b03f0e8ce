// nbrun-deviation: Swift's message also shows each type's metadata address, which changes between runs
class Animal {}
class Dog: Animal {}
class Cat: Animal {}
let pet: Animal = Cat()
print("before") // expect: before
let dog = pet as! Dog // expect runtime error: 7:11: Could not cast value of type 'main.Cat' to 'main.Dog'.
print("after")
