import sys, json, nbformat
for path in sys.argv[1:]:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    text = open(path, encoding="utf-8").read()
    again = json.dumps(json.loads(text), sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    print(path, "valid;", "byte-identical to Jupyter's json.dumps" if again == text else "DIFFERS from Jupyter's json.dumps")
