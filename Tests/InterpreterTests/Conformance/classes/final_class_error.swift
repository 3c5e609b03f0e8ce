final class A {}
class B: A {} // expect error: 2:7: inheritance from a final class 'A'
