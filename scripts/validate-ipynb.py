"""Validates .ipynb files against Jupyter's notebook schema (nbformat 4), for scripts/test.sh.

Usage: python validate-ipynb.py FILE_OR_FOLDER...  (folders are searched recursively)
Exits 1 naming each file that does not validate, 2 when no .ipynb file was found at all.
"""
import pathlib
import sys

import nbformat

paths = []
for argument in sys.argv[1:]:
    path = pathlib.Path(argument)
    paths += sorted(path.rglob("*.ipynb")) if path.is_dir() else [path]
if not paths:
    print("validate-ipynb: no .ipynb files in " + " ".join(sys.argv[1:]), file=sys.stderr)
    sys.exit(2)
failed = 0
for path in paths:
    try:
        notebook = nbformat.read(path, as_version=nbformat.NO_CONVERT)
        nbformat.validate(notebook)
    except Exception as error:  # nbformat raises several types; each is a failure to report
        failed += 1
        print(f"{path}: not a valid notebook: {str(error).splitlines()[0]}", file=sys.stderr)
print(f"validate-ipynb: {len(paths)} notebooks, {failed} invalid")
sys.exit(1 if failed else 0)
