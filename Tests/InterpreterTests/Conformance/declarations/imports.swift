// nbrun-deviation: the Autodiff and Plotting modules exist only inside nbrun.
import Foundation
import Autodiff
import Plotting
print("ok") // expect: ok
