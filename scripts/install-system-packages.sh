#!/usr/bin/env bash
# Installs the Debian packages nbrun builds and runs with, when any is missing.
# Used by both set-up commands (scripts/run.sh and scripts/test.sh); safe to run again.
set -euo pipefail

packages=(libcmark-dev libcairo2-dev libopenblas-dev fonts-dejavu-core pkg-config chromium libzmq3-dev)
# SHA-256 and HMAC-SHA256 (Sources/Digests) from OpenSSL's libcrypto.
packages+=(libssl-dev)
# The tests' Python environment (scripts/test-venv.sh: nbformat validation).
packages+=(python3-venv)
# Charts: PNG through libpng and zlib, text through FreeType with the font found by fontconfig.
packages+=(libpng-dev zlib1g-dev libfreetype-dev libfontconfig-dev)
# nbrun links Foundation statically (Package.swift); its FoundationNetworking part needs libcurl.so.4.
packages+=(libcurl4)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "nbrun: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${missing[@]}"
