"""The validator's modules stand without the drafter's: `validate` and `run` read a sheet with
a mapping, and drafting one is a step of its own. The words headers are written with live in
a module both import at the top."""

import subprocess
import sys

VALIDATE_A_REPEAT = """
import sys
import importer.validate
from importer._checks import rows_written_per
print(rows_written_per(["Affiliation"]))
print(sorted(sys.modules))
"""


def test_validate_reads_headers_without_the_drafter() -> None:
    said, listed = subprocess.run(
        [sys.executable, "-c", VALIDATE_A_REPEAT],
        capture_output=True, text=True, check=True).stdout.splitlines()
    assert said == "as an export with a row per speaker writes them"
    assert "'importer.validate'" in listed
    assert "'importer.draft'" not in listed
