enum Phase {
    case train, validate, test
    var isTraining: Bool { self == .train }
    var label: String {
        switch self {
        case .train: return "training"
        case .validate: return "validation"
        case .test: return "testing"
        }
    }
}
print(Phase.train.isTraining, Phase.test.isTraining) // expect: true false
print(Phase.validate.label) // expect: validation
