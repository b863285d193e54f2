"""Command line: `python -m extractor eval GOLD_DIR [--show]`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .evaluate import GoldError, report


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and run a command; the exit code is 0 on success, 1 on unreadable input, 2 on bad usage."""
    parser = argparse.ArgumentParser(prog="extractor", description="Extract claims about AI benchmark results.")
    commands = parser.add_subparsers(dest="command", required=True)
    evaluate = commands.add_parser("eval", help="score the extractor on NAME.txt + NAME.gold.json files")
    evaluate.add_argument("gold_dir", type=Path, help="folder of documents with NAME.gold.json beside each")
    evaluate.add_argument("--show", action="store_true", help="list the missed and extra claims of each document")
    arguments = parser.parse_args(argv)
    if not arguments.gold_dir.is_dir():
        parser.error(f"{arguments.gold_dir}: not a folder")
    try:
        print(report(arguments.gold_dir, arguments.show))
    except (GoldError, FileNotFoundError, UnicodeDecodeError) as error:
        print(f"extractor eval: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
