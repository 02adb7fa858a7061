"""Command line: ``python -m generator spec|lint|generate|check|mock``."""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time

from generator.cache import DEFAULT_CACHE_DIR, Cache
from generator.load import Precedence, load_spec, parse_keys
from generator.output import check_output, record_run, render_tree, unchanged_since_last_run, write_output
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
        sub.add_argument(
            "--cache-dir",
            default=str(DEFAULT_CACHE_DIR),
            help="where parsed pages, rendered models and formatted files are kept between runs (default: %(default)s)",
        )
        sub.add_argument("--no-cache", action="store_true", help="compute everything, read and write no cache")
    mock = command("mock", "serve a mock of the documented API on 127.0.0.1 until interrupted")
    mock.add_argument("--port", type=_port, default=DEFAULT_MOCK_PORT, help="0 picks a free port")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    precedence = Precedence(args.prefer)
    cache = _cache(args)
    if args.command == "generate" and _unchanged(args, cache):
        return 0
    spec = load_spec(args.paths, precedence, cache)
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
    tree, problems = render_tree(spec, args.package, cache)
    messages = [str(problem) for problem in problems]
    for message in messages:
        print(message, file=sys.stderr)
    if has_errors(problems):
        print("the SDK cannot be generated from these pages (see above); nothing was written", file=sys.stderr)
        return 1
    print(cache.summary(), file=sys.stderr)
    if args.command == "generate":
        started_ns = time.time_ns()
        written = write_output(tree, args.output)
        if cache.enabled:
            run_key = _run_key(cache, cache.keys.get("parse", []), args)
            record_run(cache, args.output, run_key, tree, messages, started_ns)
        _save(cache)
        print(f"{args.output}: {written} files changed", file=sys.stderr)
        return 0
    _save(cache)
    report = check_output(tree, args.output)
    if report:
        print(report, file=sys.stderr)
        return 1
    print(f"{args.output} is up to date", file=sys.stderr)
    return 0


def _cache(args: argparse.Namespace) -> Cache:
    """The cache of ``generate`` and ``check``; the other commands run without one (it stores nothing)."""
    if args.command not in ("generate", "check") or args.no_cache:
        return Cache(None)
    return Cache(args.cache_dir)


def _unchanged(args: argparse.Namespace, cache: Cache) -> bool:
    """Whether the last generate into the output had the same pages, options and tool, and its files are
    still there as it wrote them: then there is nothing to do (its messages are repeated)."""
    keys = parse_keys(args.paths, cache) if cache.enabled else None
    messages = unchanged_since_last_run(cache, args.output, _run_key(cache, keys, args)) if keys else None
    if messages is None:
        return False
    cache.save()  # the record, when its files were checked by content (nothing else is new)
    for message in messages:
        print(message, file=sys.stderr)
    print(f"{args.output}: 0 files changed (same pages, options and tool as its last generate)", file=sys.stderr)
    return True


def _run_key(cache: Cache, parse_keys: list[str], args: argparse.Namespace) -> str:
    """What a generate depends on: the pages (through their parse keys, salted with the tool) and options."""
    return cache.key("run", *parse_keys, args.package, args.prefer)


def _save(cache: Cache) -> None:
    """Keep what this run computed (only now: a run stopped by bad pages leaves no cache behind)."""
    cache.save()
    cache.prune()


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
