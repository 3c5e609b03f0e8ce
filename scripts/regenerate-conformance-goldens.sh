#!/usr/bin/env bash
# Regenerates (or, with --check, verifies) the `// expect:` lines of the interpreter conformance
# scripts from what the real Swift compiler prints.
#
# Usage: scripts/regenerate-conformance-goldens.sh [--check] [--changed] [SCRIPT.swift ...]
#
# The goldens' manifest, Tests/InterpreterTests/Conformance/swiftc-manifest.json, records the
# swiftc version they were taken with and each script's SHA-256 as it was when its expectations
# were last written or checked. Regenerating updates it. `--changed` (for CI) compiles only the
# scripts whose content is not in the manifest, or all of them when swiftc's version differs;
# the others are exactly what swiftc was shown.
#
# For every script under Tests/InterpreterTests/Conformance (or the ones named), it compiles the
# script with swiftc (SWIFTC, default /opt/swift/usr/bin/swiftc), runs it, and rewrites the k-th
# `// expect: ...` comment with the k-th line of real output. A script that expects a run-time
# error must make the real program trap with MESSAGE on stderr (or, for Int overflow, with SIGILL).
#
# Skipped (not pure Swift programs, or deliberate deviations from swiftc):
#   - scripts with `// expect error:` (our own diagnostics, positions asserted by the tests),
#   - scripts with `// expect timeout` or `// cell` (REPL sessions: re-declaration across cells),
#   - scripts marked `// nbrun-deviation: REASON`, e.g. dictionary iteration order: ours is
#     insertion order (deterministic), Swift's is unspecified and changes from run to run.
# Scripts that use `**` get the operator's definition appended (swiftc does not know it).
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFTC="${SWIFTC:-/opt/swift/usr/bin/swiftc}"
export SWIFTC
exec python3 - "$@" <<'PY'
import hashlib, json, os, re, subprocess, sys, tempfile, pathlib

check = "--check" in sys.argv[1:]
only_changed = "--changed" in sys.argv[1:]
names = [a for a in sys.argv[1:] if a not in ("--check", "--changed")]
root = pathlib.Path("Tests/InterpreterTests/Conformance")
scripts = [pathlib.Path(n) for n in names] or sorted(root.rglob("*.swift"))
manifest_path = root / "swiftc-manifest.json"
manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {"swiftc": "", "scripts": {}}
swiftc_version = subprocess.run([os.environ["SWIFTC"], "--version"], capture_output=True, text=True).stdout.split("\n")[0]

def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()

def key(path):
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()

if only_changed:
    if manifest["swiftc"] != swiftc_version:
        print(f"manifest made with '{manifest['swiftc']}', this is '{swiftc_version}': checking every script")
    else:
        unchanged = [p for p in scripts if manifest["scripts"].get(key(p)) == digest(p)]
        print(f"{len(unchanged)} scripts unchanged since swiftc checked them (swiftc-manifest.json)")
        scripts = [p for p in scripts if p not in unchanged]
passed = []
prelude = """
precedencegroup ExponentiationPrecedence { associativity: right higherThan: MultiplicationPrecedence }
infix operator ** : ExponentiationPrecedence
func ** (a: Double, b: Double) -> Double { Foundation.pow(a, b) }
func ** (a: Float, b: Float) -> Float { Foundation.powf(a, b) }
func ** (a: Int, b: Int) -> Int { var r = 1; for _ in 0..<b { r *= a }; return r }
"""
expect_re = re.compile(r"// expect: ?(.*)$")
failures = 0
changed = 0
for path in scripts:
    text = path.read_text()
    if ("// expect error:" in text or "// expect timeout" in text or "// nbrun-deviation:" in text
            or re.search(r"^\s*// cell\s*$", text, re.M)):
        print(f"skip   {path}")
        passed.append(path)
        continue
    source = text
    if "**" in text:
        source = ("import Foundation\n" if "import Foundation" not in text else "") + text + "\n" + prelude
    with tempfile.TemporaryDirectory() as tmp:
        main = os.path.join(tmp, "main.swift")
        with open(main, "w") as f:
            f.write(source)
        exe = os.path.join(tmp, "prog")
        build = subprocess.run([os.environ["SWIFTC"], "-Onone", "-module-name", "main", main, "-o", exe], capture_output=True, text=True)
        if build.returncode != 0:
            print(f"FAIL   {path}: swiftc rejected it:\n{build.stderr}")
            failures += 1
            continue
        # Line-buffered stdout, so the output before a trap is not lost with the crashing process.
        run = subprocess.run(["stdbuf", "-oL", exe], capture_output=True, text=True, timeout=60)
    out = run.stdout.split("\n")
    if out and out[-1] == "":
        out.pop()
    lines = text.split("\n")
    slots = [i for i, l in enumerate(lines) if expect_re.search(l)]
    m = re.search(r"// expect runtime error: \d+:\d+: (.*)$", text, re.M)
    if m:
        message = m.group(1)
        # Compiled Swift traps on Int overflow with a bare illegal instruction (SIGILL) and no text;
        # "Arithmetic operation resulted in an overflow" is the message Swift's debugger shows.
        silent = message == "Arithmetic operation resulted in an overflow" and run.returncode in (-4, 132)
        if not silent and (run.returncode == 0 or message not in run.stderr):
            print(f"FAIL   {path}: expected the trap '{message}', got exit {run.returncode}: {run.stderr.strip()[:300]}")
            failures += 1
            continue
    elif run.returncode != 0:
        print(f"FAIL   {path}: exit {run.returncode}: {run.stderr.strip()[:300]}")
        failures += 1
        continue
    if len(slots) != len(out):
        print(f"FAIL   {path}: {len(slots)} expect lines but swiftc printed {len(out)} lines:")
        print("       " + "\n       ".join(out))
        failures += 1
        continue
    new_lines = list(lines)
    for i, actual in zip(slots, out):
        new_lines[i] = lines[i][:expect_re.search(lines[i]).start()] + "// expect: " + actual
    if new_lines != lines:
        if check:
            print(f"DIFF   {path}")
            for a, b in zip(lines, new_lines):
                if a != b:
                    print(f"   - {a}\n   + {b}")
            failures += 1
            continue
        path.write_text("\n".join(new_lines))
        changed += 1
        passed.append(path)
        print(f"update {path}")
    else:
        passed.append(path)
        print(f"ok     {path}")
if not check:
    # A new compiler invalidates every earlier entry; otherwise only the scripts run here change.
    entries = manifest["scripts"] if manifest["swiftc"] == swiftc_version else {}
    entries.update({key(p): digest(p) for p in passed})
    present = {key(p) for p in root.rglob("*.swift")}
    manifest = {"swiftc": swiftc_version, "scripts": {k: v for k, v in sorted(entries.items()) if k in present}}
    tmp = manifest_path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(manifest, indent=1) + "\n")
    tmp.replace(manifest_path)
print(f"{len(scripts)} scripts, {changed} updated, {failures} failed")
sys.exit(1 if failures else 0)
PY
