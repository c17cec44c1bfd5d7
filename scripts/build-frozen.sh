#!/usr/bin/env bash
# Build the frozen kiosk (dist/kiosk) from build.spec, run its self-test offscreen in a fresh
# data folder, and print the size of the bundle as the last line: {"frozen_size_mb": N}
#
#   scripts/build-frozen.sh                          # python -m PyInstaller from the active env
#   scripts/build-frozen.sh --python /work/venv/bin/python
#   scripts/build-frozen.sh --pyinstaller /work/venv/bin/pyinstaller
#   PYTHON=python3.11 scripts/build-frozen.sh        # (PYINSTALLER="..." works the same way)
#
# Exits non-zero if the build or the self-test fails. Build logs go to stderr.
set -euo pipefail

usage() {
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

python="${PYTHON:-python}"
pyinstaller="${PYINSTALLER:-}"
while (($#)); do
    case "$1" in
        --python) python="${2:?--python needs a value}"; shift 2 ;;
        --pyinstaller) pyinstaller="${2:?--pyinstaller needs a value}"; shift 2 ;;
        -h | --help) usage ;;
        *) echo "build-frozen.sh: unknown argument: $1" >&2; usage ;;
    esac
done

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

if [[ -n "$pyinstaller" ]]; then
    # May be a command with arguments, e.g. "uv run pyinstaller".
    read -r -a build_cmd <<<"$pyinstaller"
else
    build_cmd=("$python" -m PyInstaller)
fi

echo "build-frozen: ${build_cmd[*]} --noconfirm --clean build.spec" >&2
"${build_cmd[@]}" --noconfirm --clean --distpath "$repo/dist" --workpath "$repo/build" build.spec >&2

exe="$repo/dist/kiosk/kiosk"
if [[ ! -x "$exe" ]]; then
    echo "build-frozen: $exe was not built" >&2
    exit 1
fi

data_dir="$(mktemp -d "${TMPDIR:-/tmp}/kiosk-frozen-selftest.XXXXXX")"
trap 'rm -rf "$data_dir"' EXIT

echo "build-frozen: self-test in $data_dir" >&2
set +e
output="$(QT_QPA_PLATFORM=offscreen "$exe" --data-dir "$data_dir" --self-test 2>&1)"
status=$?
set -e
echo "$output" >&2
if ((status != 0)) || [[ "$output" != *"self-test ok"* ]]; then
    echo "build-frozen: frozen self-test FAILED (exit $status)" >&2
    if [[ -f "$data_dir/logs/kiosk.log" ]]; then
        tail -n 40 "$data_dir/logs/kiosk.log" >&2
    fi
    exit 1
fi

size_mb="$(du -sm "$repo/dist/kiosk" | cut -f1)"
echo "{\"frozen_size_mb\": $size_mb}"
