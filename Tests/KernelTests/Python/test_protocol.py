"""jupyter_kernel_test's conformance suite against `nbrun kernel`, with every sample nbrun supports.

scripts/test.sh installs the kernelspec `nbrun` into the test venv before pytest runs this.
"""
import unittest

import jupyter_kernel_test


class NBRunKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "nbrun"
    language_name = "swift"
    file_extension = ".swift"

    code_hello_world = 'print("hello, world")'

    completion_samples = [
        {"text": "pri", "matches": {"print"}},
        {"text": "let learningRate = 0.1\nlearn", "matches": {"learningRate"}},
        {"text": "Tensor.li", "matches": {"linspace"}},
        {"text": "plt.ti", "matches": {"title", "tightLayout"}},
    ]

    complete_code_samples = ["1 + 1", "let x = 3", "func f() {\n    print(1)\n}", "for i in 0..<3 { print(i) }"]
    incomplete_code_samples = ["func f() {", "let xs = [1, 2,", "for i in 0..<3 {\n    if i > 1 {"]
    invalid_code_samples = ["let = 5", "print(1))", "func f() { ) }"]

    code_generate_error = "let xs = [1, 2]\nprint(xs[5])"

    code_execute_result = [
        {"code": "1 + 2 + 3", "result": "6"},
        {"code": "let t = Tensor([1.0, 2.0])\nt * 2", "result": "Tensor([2.0, 4.0], shape: [2], dtype: float32)"},
        {"code": '"nb" + "run"', "result": '"nbrun"'},
    ]
    code_history_pattern = "1 + 2*"
    supported_history_operations = ("tail", "range", "search")

    code_display_data = [
        {"code": "plt.plot([1.0, 3.0, 2.0])\nplt.show()", "mime": "image/png"},
        {"code": "plt.scatter([1.0, 2.0], [2.0, 1.0])", "mime": "image/png"},
    ]

    code_inspect_sample = "matmul"


if __name__ == "__main__":
    unittest.main()
