"""`python -m extractor`: the command line."""

from extractor.cli import console

console()
