"""The command's first second: the package imports nothing heavy, and Ctrl-C while the
command's own modules load ends like Ctrl-C anywhere else."""

from __future__ import annotations

import subprocess
import sys

import pytest

import importer
from importer import draft, runner, validate


def python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)


def test_importing_the_package_loads_no_pandas_or_httpx() -> None:
    """What the command imports before its Ctrl-C guard is in place must load quickly."""
    done = python("import sys, importer.__main__; "
                  "print(sorted({'pandas', 'httpx', 'importer.cli'} & set(sys.modules)))")
    assert (done.returncode, done.stdout, done.stderr) == (0, "[]\n", "")


def test_ctrl_c_while_the_command_loads_is_one_line_and_exit_130() -> None:
    """Pandas and httpx take a second or two to import: a Ctrl-C then printed a traceback."""
    done = python(
        "import sys\n"
        "class Interrupt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'importer.cli':\n"
        "            raise KeyboardInterrupt\n"
        "sys.meta_path.insert(0, Interrupt())\n"
        "sys.argv = ['gbimport', '--help']\n"
        "from importer.__main__ import main\n"
        "main()\n"
    )
    assert (done.returncode, done.stdout, done.stderr) == (130, "", "interrupted\n")


def test_the_library_names_are_the_modules_own() -> None:
    names = {name: getattr(importer, name) for name in importer.__all__}
    assert (names["run_import"], names["validate_file"], names["draft_mapping"]) == (
        runner.run_import, validate.validate_file, draft.draft_mapping)
    assert set(importer.__all__) <= set(dir(importer))
    with pytest.raises(AttributeError, match=r"^module 'importer' has no attribute 'load_sheets'$"):
        importer.load_sheets  # noqa: B018 - public in importer.load, not in the package


def test_commands_other_than_sandbox_load_no_web_server() -> None:
    """Every command registers `gbimport sandbox`; only that one needs FastAPI and uvicorn."""
    done = python("import sys, importer.cli; "
                  "print(sorted({'fastapi', 'uvicorn', 'starlette'} & set(sys.modules)))")
    assert (done.returncode, done.stdout, done.stderr) == (0, "[]\n", "")


def test_the_sandbox_names_are_the_modules_own() -> None:
    import importer.sandbox as sandbox
    from importer.sandbox import app, config, server

    names = {name: getattr(sandbox, name) for name in sandbox.__all__}
    assert (names["create_app"], names["SandboxConfig"], names["running_sandbox"]) == (
        app.create_app, config.SandboxConfig, server.running_sandbox)
    assert set(sandbox.__all__) <= set(dir(sandbox))
    with pytest.raises(AttributeError,
                       match=r"^module 'importer.sandbox' has no attribute 'Store'$"):
        sandbox.Store  # noqa: B018 - importer.sandbox.store's, not the package's
