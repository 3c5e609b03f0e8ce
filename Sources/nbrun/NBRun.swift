import Foundation
import NBRunCommands

/// The `nbrun` executable: everything else lives in NBRunCommands.
@main
enum NBRun {
    static func main() {
        exit(NBRunCommand.exitStatus(arguments: Array(CommandLine.arguments.dropFirst())))
    }
}
