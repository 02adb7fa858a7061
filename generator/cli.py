"""Command line: ``python -m generator spec|lint|generate|check|mock``."""

from __future__ import annotations

import argparse
import json
import sys
import threading

from generator.load import Precedence, load_spec
from generator.output import check_output, render_tree, write_output
from generator.render.package import DEFAULT_PACKAGE
from generator.problems import ERROR, has_errors
from generator.spec.spec import Spec

DEFAULT_INPUT = "docs_input"
DEFAULT_OUTPUT = "generated"
DEFAULT_MOCK_PORT = 8126


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text)
        sub.add_argument("paths", nargs="*", default=[DEFAULT_INPUT], help="pages or directories of pages")
        sub.add_argument(
            "--prefer",
            choices=[p.value for p in Precedence],
            default=Precedence.SINGLE_ENDPOINT_PAGE.value,
            help="which page wins when an endpoint is documented differently twice",
        )
        return sub

    spec = command("spec", "write the intermediate spec")
    spec.add_argument("--format", choices=["json", "openapi"], default="json")
    spec.add_argument("-o", "--output", help="file to write (default: standard output)")
    lint = command("lint", "list every problem of the pages as file:line: message")
    lint.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    for name, help_text in (
        ("generate", "regenerate the output tree (the SDK, the spec and its OpenAPI export) from the pages"),
        ("check", "exit 1 when the output tree is not what the pages generate"),
    ):
        sub = command(name, help_text)
        sub.add_argument("-o", "--output", default=DEFAULT_OUTPUT)
        sub.add_argument("--package", default=DEFAULT_PACKAGE, help="name of the SDK package (default: %(default)s)")
    mock = command("mock", "serve a mock of the documented API on 127.0.0.1 until interrupted")
    mock.add_argument("--port", type=_port, default=DEFAULT_MOCK_PORT, help="0 picks a free port")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    spec = load_spec(args.paths, Precedence(args.prefer))
    errors = has_errors(spec.problems)
    if args.command == "lint":
        for problem in spec.problems:
            print(problem)
        warnings = len(spec.problems) - sum(p.severity == ERROR for p in spec.problems)
        print(f"{len(spec.problems) - warnings} errors, {warnings} warnings", file=sys.stderr)
        return 1 if errors or (args.strict and warnings) else 0
    for problem in spec.problems:
        if problem.severity == ERROR:
            print(problem, file=sys.stderr)
    if errors:
        print("the pages have errors (see above); run `python -m generator lint` for every finding", file=sys.stderr)
    if args.command == "spec":
        text = spec.to_json() if args.format == "json" else json.dumps(spec.to_openapi(), indent=2) + "\n"
        if args.output:
            with open(args.output, "w", encoding="utf-8") as handle:
                handle.write(text)
        else:
            sys.stdout.write(text)
        return 1 if errors else 0
    if errors:
        return 1  # never generate from pages that could not be read whole
    if args.command == "mock":
        return _serve_mock(spec, args.port)
    tree, problems = render_tree(spec, args.package)
    for problem in problems:
        print(problem, file=sys.stderr)
    if args.command == "generate":
        written = write_output(tree, args.output)
        print(f"{args.output}: {written} files changed", file=sys.stderr)
        return 0
    report = check_output(tree, args.output)
    if report:
        print(report, file=sys.stderr)
        return 1
    print(f"{args.output} is up to date", file=sys.stderr)
    return 0


def _port(text: str) -> int:
    if not (text.isdigit() and int(text) <= 65535):
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}")
    return int(text)


def _serve_mock(spec: Spec, port: int) -> int:
    from generator.mock import MockServer

    try:
        server = MockServer(spec, port=port).start()
    except OSError as error:
        print(f"cannot serve on 127.0.0.1:{port}: {error.strerror or error}", file=sys.stderr)
        return 1
    try:
        print(f"serving {len(spec.operations)} operations on {server.url}", file=sys.stderr, flush=True)
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0
