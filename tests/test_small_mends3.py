"""Small mends: the sandbox's range-limited options and dates refused in one line."""

from __future__ import annotations

import gc
import socket
import warnings

import pytest
from typer.testing import CliRunner

from importer.cli import app
from importer.sandbox.server import bind_socket


@pytest.mark.parametrize(("given", "line"), [
    (["--page-size", "0"], "--page-size: expected a whole number of 1 or more (results per "
     "list page), got 0; change it, or leave it out for the default (50)."),
    (["--faults", "2"], "--faults: expected a probability from 0 to 1 (0.05: one request in "
     "twenty), got 2; change it, or leave it out for the default (0)."),
    (["--rate", "0"], "--rate: expected a number above 0 (requests per second per key), got 0; "
     "change it."),
    (["--latency", "-1"], "--latency: expected a number of 0 or more (seconds), got -1; change "
     "it, or leave it out for the default (0)."),
    (["--guide-start-date", "2027-13-01"], "--guide-start-date: expected a date written "
     "YYYY-MM-DD (2027-05-11), got 2027-13-01; change it."),
])
def test_a_sandbox_option_out_of_range_is_refused_in_the_one_error_line(
        given: list[str], line: str) -> None:
    """'--page-size 0' showed typer's boxed 'Error' panel, and a month 13 pydantic's 'Input
    should be a valid date or datetime, month value is outside expected range of 1-12'."""
    result = CliRunner().invoke(app, ["sandbox", "--port", "0", *given])
    assert (result.exit_code, result.stderr) == (2, f"error: command-line option {line}\n")


def test_fault_probabilities_over_one_in_all_name_the_options_to_lower() -> None:
    result = CliRunner().invoke(app, ["sandbox", "--port", "0", "--fault-slow", "0.8",
                                      "--fault-drop-after", "0.5"])
    assert (result.exit_code, result.stderr) == (2, (
        "error: command-line options: the fault probabilities add up to 1.300, more than 1: "
        "lower --faults or the --fault-* options to 1 at most in all\n"))


def test_a_port_that_cannot_be_bound_leaves_no_socket_open() -> None:
    """A port in use stopped the sandbox with its socket left open (a ResourceWarning)."""
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        with pytest.raises(OSError, match="in use"):
            bind_socket("127.0.0.1", taken.getsockname()[1])
        gc.collect()
    taken.close()
    assert [str(w.message) for w in warned if w.category is ResourceWarning] == []
