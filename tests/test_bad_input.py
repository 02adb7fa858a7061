"""Bad pages: every one is reported as ``file:line: error: ...`` at the right place, nothing crashes, and
the other pages of the same run are still read.

Each bad page is a copy of a seed page with one targeted edit (so the rest of it stays valid), written
next to a valid page (the other seed) in a temporary directory; the CLI runs in a subprocess from there.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "docs_input/seeds/patch-a-deployment-event.md"
GOOD = ROOT / "docs_input/seeds/update-deployment-rule.md"
GOOD_ID = "UpdateDeploymentRule"
TAG_PAGE = ROOT / "docs_input/pages/dora-metrics.md"
NOT_API_REFERENCE = Path(__file__).resolve().parent / "fixtures/not-api-reference/apm-metrics.md"

BAD = "pages/bad.md"  # as the CLI names it, run from the temporary directory
PROBLEM_RE = re.compile(r"^(?P<file>.+?):(?P<line>\d+): (?P<severity>error|warning): (?P<message>.*)$")


@dataclass
class Finding:
    file: str
    line: int
    severity: str
    message: str


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def findings(output: str) -> list[Finding]:
    found = []
    for line in output.splitlines():
        match = PROBLEM_RE.match(line)
        if match:
            found.append(Finding(match["file"], int(match["line"]), match["severity"], match["message"]))
    return found


def line_of(text: str, snippet: str) -> int:
    """The 1-based line on which ``snippet`` (which must occur exactly once) starts."""
    assert text.count(snippet) == 1, f"{snippet!r} occurs {text.count(snippet)} times"
    return text[: text.index(snippet)].count("\n") + 1


def edit(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


def seed() -> str:
    return SEED.read_text(encoding="utf-8")


def write_pages(tmp_path: Path, bad: str | bytes | None) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copyfile(GOOD, pages / "good.md")
    if isinstance(bad, bytes):
        (pages / "bad.md").write_bytes(bad)
    elif bad is not None:
        (pages / "bad.md").write_text(bad, encoding="utf-8")
    return pages


def assert_reported(tmp_path: Path, file: str, lines: set[int], message: str = "", paths=("pages",)) -> list[Finding]:
    """lint exits 1 without a traceback, with an error of ``file`` at one of ``lines``; spec still reads
    the valid page."""
    lint = run(tmp_path, "lint", *paths)
    assert "Traceback" not in lint.stdout + lint.stderr, lint.stderr
    assert lint.returncode == 1, lint.stdout + lint.stderr
    found = findings(lint.stdout)
    errors = [f for f in found if f.severity == "error"]
    assert errors, lint.stdout
    assert all(f.file == file for f in errors), f"errors outside {file}:\n{lint.stdout}"
    assert any(f.line in lines and message in f.message for f in errors), (
        f"no error of {file} at line {sorted(lines)} mentioning {message!r}:\n{lint.stdout}"
    )
    spec = run(tmp_path, "spec", *paths)
    assert "Traceback" not in spec.stdout + spec.stderr, spec.stderr
    assert spec.returncode == 1, spec.stderr
    assert file in spec.stderr  # spec prints the errors too
    ids = [op["operation_id"] for op in json.loads(spec.stdout)["operations"]]
    assert GOOD_ID in ids, "the valid page next to the bad one was not read"
    return errors


# -- broken tables ---------------------------------------------------------------------------------------


def test_model_table_whose_header_is_replaced_by_a_row(tmp_path):
    text = seed()
    header = "| Parent field | Field                        | Type    | Description"
    row = "|              | data [*required*]       | object  | The JSON:API data for patching a deployment."
    bad = edit(text, header, row + " " * (len(header) - len(row)))
    write_pages(tmp_path, bad)
    assert_reported(tmp_path, BAD, {line_of(text, header)}, "model table")


def test_model_table_without_its_header_row(tmp_path):
    """Without the header the rows are not a table at all: the Model tab (or the rows) is the place."""
    text = seed()
    header = "| Parent field | Field                        | Type    | Description"
    start = text.index(header)
    bad = text[:start] + text[text.index("\n", start) + 1 :]
    model_tab = text[:start].rindex('{% tab title="Model" %}')
    write_pages(tmp_path, bad)
    assert_reported(tmp_path, BAD, {text[:model_tab].count("\n") + 1, line_of(text, header)})


def test_site_table_row_without_a_method(tmp_path):
    text = seed()
    row = "| app.datadoghq.eu  | PATCH https://api.datadoghq.eu/"
    bad = edit(text, row, row.replace("PATCH ", ""))
    write_pages(tmp_path, bad)
    assert_reported(tmp_path, BAD, {line_of(text, row)}, "site table row")


def test_site_table_row_with_one_cell(tmp_path):
    text = seed()
    row = "| ap2.datadoghq.com | PATCH https://api.ap2.datadoghq.com/api/v2/dora/deployments/{deployment_id} |"
    bad = edit(text, row, "| ap2.datadoghq.com |")
    write_pages(tmp_path, bad)
    assert_reported(tmp_path, BAD, {line_of(text, row)}, "site table row")


def test_site_table_without_rows_on_a_single_endpoint_page(tmp_path):
    text = seed()
    first = text.index("| ap1.datadoghq.com |")
    last = text.index("| us5.datadoghq.com |")
    bad = text[:first] + text[text.index("\n", last) + 1 :]
    write_pages(tmp_path, bad)
    assert_reported(tmp_path, BAD, {line_of(text, "| Datadog site      |")})


def test_site_table_without_rows_on_a_tag_page(tmp_path):
    text = TAG_PAGE.read_text(encoding="utf-8")
    lines = text.split("\n")
    header = next(i for i, line in enumerate(lines) if line.startswith("| Datadog site"))
    end = header + 2
    while lines[end].startswith("|"):
        end += 1
    bad = "\n".join(lines[: header + 2] + lines[end:])
    write_pages(tmp_path, bad)
    assert_reported(tmp_path, BAD, {header + 1})


# -- Markdoc tags ----------------------------------------------------------------------------------------


def test_unclosed_version_tab(tmp_path):
    text = seed()
    assert text.endswith("{% /tab %}\n")
    bad = text[: -len("{% /tab %}\n")]
    write_pages(tmp_path, bad)
    assert_reported(tmp_path, BAD, {line_of(text, '{% tab title="v2" %}')}, "never closed")


def test_unclosed_model_tab(tmp_path):
    """The error is at the Model tab or right where its closing tag is missing (the Example tab)."""
    text = seed()
    model = '{% tab title="Model" %}\n\n| Parent field | Field                        |'
    close = "{% /tab %}\n\n{% tab title=\"Example\" %}\n\n```json\n{\n  \"data\""
    bad = edit(text, close, close[len("{% /tab %}\n") :])
    example_line = line_of(bad, '{% tab title="Example" %}\n\n```json\n{\n  "data"')
    write_pages(tmp_path, bad)
    assert_reported(tmp_path, BAD, {line_of(text, model), example_line})


def test_stray_closing_tab_before_any_tab(tmp_path):
    text = seed()
    anchor = "# Patch a deployment event{% #patch-a-deployment-event %}\n"
    bad = edit(text, anchor, anchor + "{% /tab %}\n")
    write_pages(tmp_path, bad)
    assert_reported(tmp_path, BAD, {line_of(text, anchor) + 1}, "never opened")


def test_stray_closing_tab_at_the_end(tmp_path):
    text = seed()
    bad = text + "{% /tab %}\n"
    write_pages(tmp_path, bad)
    assert_reported(tmp_path, BAD, {text.count("\n") + 1}, "never opened")


def test_closing_tag_of_another_name(tmp_path):
    text = seed()
    overview = "### Arguments\n"
    bad = edit(text, overview, "{% /callout %}\n\n" + overview)
    write_pages(tmp_path, bad)
    assert_reported(tmp_path, BAD, {line_of(text, overview)}, "/callout")


def test_unknown_markdoc_tag(tmp_path):
    text = seed()
    arguments = "### Arguments\n"
    bad = edit(text, arguments, "{% foo %}\nSomething.\n{% /foo %}\n\n" + arguments)
    write_pages(tmp_path, bad)
    assert_reported(tmp_path, BAD, {line_of(text, arguments)}, '"foo"')


def test_unknown_markdoc_tag_never_closed(tmp_path):
    text = seed()
    arguments = "### Arguments\n"
    bad = edit(text, arguments, "{% foo %}\n\n" + arguments)
    write_pages(tmp_path, bad)
    assert_reported(tmp_path, BAD, {line_of(text, arguments)}, '"foo"')


def test_unknown_self_closing_markdoc_tag_does_not_unbalance_the_page(tmp_path):
    text = seed()
    arguments = "### Arguments\n"
    bad = edit(text, arguments, "{% foo /%}\n\n" + arguments)
    write_pages(tmp_path, bad)
    tag_line = line_of(text, arguments)
    errors = assert_reported(tmp_path, BAD, {tag_line}, '"foo"')
    assert [e.line for e in errors] == [tag_line], errors


# -- contents --------------------------------------------------------------------------------------------


def test_invalid_json_in_a_request_example(tmp_path):
    text = seed()
    before = '```json\n{\n  "data": {\n    "attributes": {\n'  # the curl example has the same body
    value = before + '      "change_failure": true,'
    bad = edit(text, value, value.replace("true", "tru"))
    write_pages(tmp_path, bad)
    assert_reported(tmp_path, BAD, {line_of(text, value) + before.count("\n")}, "invalid JSON")


def test_invalid_json_in_a_response_example(tmp_path):
    text = seed()
    value = '      "detail": "Missing required attribute in body",\n      "meta": {},'
    bad = edit(text, value, value.replace('body",', 'body"', 1))
    write_pages(tmp_path, bad)
    # the missing comma is found at the next line, where the next member starts
    assert_reported(tmp_path, BAD, {line_of(text, value) + 1}, "invalid JSON")


def test_unterminated_json_points_into_the_fence(tmp_path):
    text = seed()
    end = '    "type": "dora_deployment_patch_request"\n  }\n}\n```\n'
    bad = edit(text, end, end.replace("  }\n}\n", ""))
    fence_open = line_of(text, '```json\n{\n  "data": {\n    "attributes": {\n      "change_failure"')
    fence_close = line_of(bad, '    "type": "dora_deployment_patch_request"\n```') + 1
    write_pages(tmp_path, bad)
    errors = assert_reported(tmp_path, BAD, set(range(fence_open + 1, fence_close + 1)), "invalid JSON")
    assert all(fence_open < e.line <= fence_close for e in errors if "invalid JSON" in e.message)


def test_unknown_type_in_a_model_table(tmp_path):
    text = seed()
    row = "| attributes   | change_failure               | boolean |"
    bad = edit(text, row, row.replace("boolean", "frobnicate"))
    write_pages(tmp_path, bad)
    assert_reported(tmp_path, BAD, {line_of(text, row)}, "frobnicate")


def test_unknown_type_in_a_parameter_table(tmp_path):
    text = seed()
    row = "| deployment_id [*required*] | string |"
    bad = edit(text, row, row.replace("string", "frobnicate"))
    write_pages(tmp_path, bad)
    assert_reported(tmp_path, BAD, {line_of(text, row)}, "frobnicate")


def test_unknown_section(tmp_path):
    text = seed()
    arguments = "### Arguments\n"
    bad = edit(text, arguments, "### Rate Limits\n\nA hundred an hour.\n\n" + arguments)
    write_pages(tmp_path, bad)
    assert_reported(tmp_path, BAD, {line_of(text, arguments)}, "Rate Limits")


def test_renamed_section(tmp_path):
    text = seed()
    arguments = "### Arguments\n"
    bad = edit(text, arguments, "### Parameters\n")
    write_pages(tmp_path, bad)
    assert_reported(tmp_path, BAD, {line_of(text, arguments)}, "Parameters")


# -- files that are not pages ----------------------------------------------------------------------------


def test_empty_file(tmp_path):
    write_pages(tmp_path, "")
    assert_reported(tmp_path, BAD, {1}, "empty")


def test_whitespace_only_file(tmp_path):
    write_pages(tmp_path, "   \n\t\n\n  \n")
    assert_reported(tmp_path, BAD, {1})


def test_binary_file(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
    write_pages(tmp_path, png + bytes(range(256)))
    assert_reported(tmp_path, BAD, {1}, "binary")


def test_page_with_a_nul_byte(tmp_path):
    text = seed()
    write_pages(tmp_path, edit(text, "### Overview", "### Over\0view").encode("utf-8"))
    assert_reported(tmp_path, BAD, {1, line_of(text, "### Overview")})


def test_non_utf8_file(tmp_path):
    text = seed()
    phrase = "Update a deployment's change failure status."
    data = edit(text, phrase, phrase.replace("deployment's", "d\xe9ployment's")).encode("latin-1")
    write_pages(tmp_path, data)
    assert_reported(tmp_path, BAD, {line_of(text, phrase)}, "UTF-8")


def test_page_with_a_byte_order_mark_is_read_or_refused(tmp_path):
    write_pages(tmp_path, "\ufeff" + seed())
    lint = run(tmp_path, "lint", "pages")
    assert "Traceback" not in lint.stdout + lint.stderr
    if lint.returncode == 1:
        assert any(f.file == BAD and f.line == 1 and f.severity == "error" for f in findings(lint.stdout))
    else:
        spec = json.loads(run(tmp_path, "spec", "pages").stdout)
        tags = {op["operation_id"]: op["tag"] for op in spec["operations"]}
        assert tags.get("PatchDORADeployment") == "DORA Metrics", tags


def test_page_that_is_not_api_reference(tmp_path):
    pages = write_pages(tmp_path, None)
    shutil.copyfile(NOT_API_REFERENCE, pages / "apm-metrics.md")
    text = NOT_API_REFERENCE.read_text(encoding="utf-8")
    # the verdict is about the whole page: its first line, or the breadcrumbs that give it away
    assert_reported(tmp_path, "pages/apm-metrics.md", {1, line_of(text, "breadcrumbs:")}, "not an API reference")


def test_path_that_does_not_exist(tmp_path):
    write_pages(tmp_path, None)
    # no line to point at: 0 or 1 are both read as "the file itself"
    assert_reported(tmp_path, "pages/missing.md", {0, 1}, paths=("pages", "pages/missing.md"))


def test_directory_that_does_not_exist(tmp_path):
    write_pages(tmp_path, None)
    assert_reported(tmp_path, "nowhere", {0, 1}, paths=("pages", "nowhere"))


# -- generate never writes from pages with errors --------------------------------------------------------


def test_generate_with_an_error_leaves_the_output_untouched(tmp_path):
    text = seed()
    row = "| attributes   | change_failure               | boolean |"
    write_pages(tmp_path, edit(text, row, row.replace("boolean", "frobnicate")))
    out = tmp_path / "out"
    out.mkdir()
    (out / "marker.txt").write_text("keep me\n", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())

    result = run(tmp_path, "generate", "pages", "-o", "out")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert f"{BAD}:{line_of(text, row)}: error:" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["marker.txt"]
    assert (out / "marker.txt").read_text(encoding="utf-8") == "keep me\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no staging directory left behind

    fresh = run(tmp_path, "generate", "pages", "-o", "fresh")
    assert fresh.returncode == 1
    assert not (tmp_path / "fresh").exists()


# -- pages that read well but cannot make one SDK -------------------------------------------------------


def test_two_operations_that_would_be_the_same_method_stop_generate(tmp_path):
    """Each page is fine; together the second endpoint would replace the first in DORAMetricsApi."""
    heading = "# Patch a deployment event{% #patch-a-deployment-event %}"
    again = edit(seed(), heading, "# Patch a deployment event again{% #patch-a-deployment-event-again %}")
    again = again.replace("/api/v2/dora/deployments/{deployment_id}", "/api/v2/dora/deployments2/{deployment_id}")
    pages = write_pages(tmp_path, again)
    shutil.copyfile(SEED, pages / "first.md")
    assert run(tmp_path, "lint", "pages").returncode == 0  # no page is wrong by itself
    result = run(tmp_path, "generate", "pages", "-o", "out", "--no-cache")
    assert "Traceback" not in result.stderr
    assert result.returncode == 1
    errors = [f for f in findings(result.stderr) if f.severity == "error"]
    assert [(f.file, f.line) for f in errors] == [(BAD, line_of(again, "{% tab title=\"v2\" %}"))]  # its version tab
    assert "DORAMetricsApi.patch_dora_deployment()" in errors[0].message and "pages/first.md:" in errors[0].message
    assert not (tmp_path / "out").exists()
