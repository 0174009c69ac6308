#!/usr/bin/env bash
# The Python SDK: installed with pip from sdk/python into the pinned virtual environment,
# type-checked with mypy (generated stubs included), then its layer tests (against a scripted
# in-process server) and its end-to-end test against the server (tests/sdk/env.sh).
source "$(dirname "$0")/../sdk/env.sh" "$1" python
eb_sdk_setup_python
py="$EB_SDK_PY/bin/python"
"$py" -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation --no-index \
  "$EB_ROOT/sdk/python" >/dev/null
(cd "$EB_ROOT/sdk/python" && "$py" -m mypy --no-incremental)
(cd "$EB_ROOT/sdk/python/tests" && "$py" -m unittest -v test_layer test_e2e)
echo "sdk_python_test: passed"
