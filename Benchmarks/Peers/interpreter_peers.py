"""CPython peers of the interpreter benchmarks: the programs in Peers/interpreter/, each the same
algorithm as Sources/InterpreterPrograms/<name>.swift, timed in-process (best of N).

Prints one JSON object: each program's best time in seconds, the Python version, and under
"outputs" the text each program printed, which the suite compares with nbrun's output."""
import contextlib
import importlib
import io
import json
import pathlib
import sys
from timing import best_of

here = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(here / "interpreter"))


def run_captured(main):
    """Runs `main()` with its printing captured; returns the printed text."""
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        main()
    return buffer.getvalue()


if __name__ == "__main__":
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    report = {"python": sys.version.split()[0], "outputs": {}}
    for path in sorted((here / "interpreter").glob("*.py")):
        main = importlib.import_module(path.stem).main
        report["outputs"][path.stem] = run_captured(main)
        report[path.stem] = best_of(runs, lambda: run_captured(main))
    print(json.dumps(report))
