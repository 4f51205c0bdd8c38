"""The `signpost` command: small tools for the people who keep the registry and the catalogs."""
from __future__ import annotations

import argparse
import sys
from typing import Optional

from signpost.conversation import evaluation
from signpost.geography import cli as geography_cli
from signpost.i18n import catalogs
from signpost.registry import cli as registry_cli


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="signpost", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    registry_cli.register(commands)
    geography_cli.register(commands)
    catalogs.register(commands)
    evaluation.register(commands)
    return parser


def main(argv: Optional[list] = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
