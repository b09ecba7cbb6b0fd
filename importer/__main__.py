"""The `gbimport` command, and `python -m importer`."""

import sys


def main() -> None:
    # The command's modules (pandas, httpx, ...) take a second or two to import. Ctrl-C in
    # that time must end as it does anywhere else: one line and exit 130, no traceback.
    try:
        from importer.cli import main as command
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        raise SystemExit(130) from None  # the cli's EXIT_INTERRUPTED
    command()


if __name__ == "__main__":
    main()
