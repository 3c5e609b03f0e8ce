import UIKit // expect error: 1:8: no such module 'UIKit'
