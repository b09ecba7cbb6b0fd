"""`python -m importer` is the `gbimport` command."""

from importer.cli import main

main()
