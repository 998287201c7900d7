"""The documentation is true to the code: every command, option, preset and metric is documented, and every link
between the README and docs/ leads to a file and heading that exist.

The Markdown is read with markdown-it (CommonMark plus tables, as GitHub reads it), so a `[link](x)` inside a
code block is not a link and a heading's anchor is the slug GitHub gives it.
"""

from __future__ import annotations

import argparse
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from cli import build_parser
from connectors.readers import registered_presets
from metrics.semantics import BUILTIN_METRICS

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = ROOT / "docs"
PAGES = [README, *sorted(DOCS.glob("*.md"))]
COMMAND_LINE = DOCS / "command-line.md"
PRESETS_PAGE = DOCS / "reading-exports.md"
NUMBERS_PAGE = DOCS / "numbers.md"
PENDING: dict[str, str] = {}
"""Pages another branch adds: a link to one is not checked while it is missing (drop the entry once merged)."""
MARKDOWN = MarkdownIt("commonmark").enable("table")


def name(page: Path, root: Path = ROOT) -> str:
    """Return a page's path relative to the project, with forward slashes."""
    return page.relative_to(root).as_posix()


@cache
def tokens(page: Path) -> list[Token]:
    """Return the page's Markdown tokens."""
    return MARKDOWN.parse(page.read_text(encoding="utf-8"))


def inline_text(inline: Token) -> str:
    """Return the plain text of an inline token (code spans keep their text, markup is dropped)."""
    return "".join(c.content for c in inline.children or [] if c.type in ("text", "code_inline"))


def github_slug(text: str) -> str:
    """Return the anchor GitHub gives a heading: lower case, punctuation dropped, spaces become hyphens."""
    kept = "".join(
        c for c in text.strip().lower() if c in " -" or unicodedata.category(c)[0] in "LMN" or c == "_"
    )
    return kept.replace(" ", "-")


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    slug: str
    line: int


def headings(page: Path) -> list[Heading]:
    """Return the page's headings with their GitHub anchors (a repeated heading gets -1, -2, ...)."""
    found, seen = [], {}
    stream = tokens(page)
    for i, token in enumerate(stream):
        if token.type == "heading_open":
            text = inline_text(stream[i + 1])
            slug = github_slug(text)
            count = seen.get(slug, 0)
            seen[slug] = count + 1
            found.append(
                Heading(int(token.tag[1]), text, f"{slug}-{count}" if count else slug, token.map[0] + 1)
            )
    return found


def links(page: Path) -> list[tuple[str, int]]:
    """Return every link and image target on the page, with its line number."""
    found = []
    for token in tokens(page):
        if token.type != "inline":
            continue
        for child in token.children or []:
            target = child.attrGet("href") if child.type == "link_open" else child.attrGet("src")
            if child.type in ("link_open", "image") and target:
                found.append((str(target), token.map[0] + 1))
    return found


def broken_links(page: Path, root: Path = ROOT) -> list[str]:
    """Return the page's relative links whose file, or #anchor in it, does not exist."""
    broken = []
    for target, line in links(page):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, flags=re.I):
            continue  # https:, mailto:: outside the project
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        where = f"{name(page, root)}:{line}: {target}"
        if not file.is_relative_to(root):
            broken.append(f"{where}: leads outside the project")
        elif name(file, root) in PENDING and not file.exists():
            continue
        elif not file.exists():
            broken.append(f"{where}: no file {name(file, root)}")
        elif anchor and file.suffix != ".md":
            broken.append(f"{where}: an anchor into a file that is not Markdown")
        elif anchor and anchor not in {h.slug for h in headings(file)}:
            broken.append(f"{where}: {name(file, root)} has no heading #{anchor}")
    return broken


def sections(page: Path, level: int = 2) -> dict[str, str]:
    """Return the text of each section at a heading level, by its anchor (to the next heading as high)."""
    lines = page.read_text(encoding="utf-8").splitlines()
    found = [h for h in headings(page) if h.level <= level]
    return {
        h.slug: "\n".join(lines[h.line - 1 : (found[i + 1].line - 1 if i + 1 < len(found) else len(lines))])
        for i, h in enumerate(found)
        if h.level == level
    }


def sub_commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """Return a parser's sub-commands by name (empty when it has none)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def options(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    """Return a parser's own options (flags), without --help."""
    return [a for a in parser._actions if a.option_strings and not isinstance(a, argparse._HelpAction)]


def command_tree(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Return every command and sub-command as (names from the top, its parser), depth first."""
    found = []
    for command, sub in sub_commands(parser).items():
        found.append(((*path, command), sub))
        found.extend(command_tree(sub, (*path, command)))
    return found


COMMANDS = command_tree(build_parser())


def mentions(text: str, word: str) -> bool:
    """Return True when the text holds the word whole (`--as` is not found in `--as-of`)."""
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


def documentation_gaps(path: tuple[str, ...], parser: argparse.ArgumentParser) -> list[str]:
    """Return what the command-line page leaves out about one command: its section, name, options, choices."""
    section = sections(COMMAND_LINE).get(path[0])
    if section is None:
        return [f"no section `## `{path[0]}`` in {name(COMMAND_LINE)}"]
    gaps = [] if mentions(section, " ".join(path)) else [f"`{' '.join(path)}` is not shown"]
    for action in options(parser):
        flag = max(action.option_strings, key=len)
        if not mentions(section, flag):
            gaps.append(f"option {flag} is not documented")
        gaps += [
            f"{flag} {choice} is not documented"
            for choice in action.choices or []
            if not mentions(section, str(choice))
        ]
    return gaps


@pytest.mark.parametrize("path,parser", COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_every_command_and_option_is_documented(path, parser):
    assert documentation_gaps(path, parser) == []


def test_the_options_before_the_command_are_documented():
    section = sections(COMMAND_LINE)["options-before-the-command"]
    for action in options(build_parser()):
        assert mentions(section, max(action.option_strings, key=len))


def test_the_command_check_notices_an_undocumented_command_option_and_choice():
    parser = build_parser()
    commands = sub_commands(parser)
    commands["undo"].add_argument("--dry-run")
    commands["uploads"]._option_string_actions["--format"].choices = ("table", "json", "xml")
    commands["users"]._actions[-1].add_parser("rename").add_argument("--to")
    tree = dict(command_tree(parser))
    assert documentation_gaps(("undo",), tree[("undo",)]) == ["option --dry-run is not documented"]
    assert documentation_gaps(("uploads",), tree[("uploads",)]) == ["--format xml is not documented"]
    assert documentation_gaps(("users", "rename"), tree[("users", "rename")]) == [
        "`users rename` is not shown",
        "option --to is not documented",
    ]


def presets_table() -> list[str]:
    """Return the first column of the table under the Presets heading, as written (code spans unquoted)."""
    stream = tokens(PRESETS_PAGE)
    heading = next(i for i, t in enumerate(stream) if t.type == "inline" and t.content == "Presets")
    table = next(i for i in range(heading, len(stream)) if stream[i].type == "table_open")
    column, cell = [], -1
    for token in stream[table:]:
        if token.type == "table_close":
            break
        cell = -1 if token.type == "tr_open" else cell + (token.type == "td_open")
        if token.type == "inline" and cell == 0:
            column.append(inline_text(token))
    return column


@pytest.mark.parametrize("preset", [p.name for p in registered_presets()])
def test_every_preset_is_in_the_presets_table(preset):
    assert preset in presets_table()


def test_the_presets_table_names_no_preset_that_is_gone():
    assert set(presets_table()) <= {p.name for p in registered_presets()}


@pytest.mark.parametrize("metric", sorted(BUILTIN_METRICS))
def test_every_builtin_metric_is_documented(metric):
    assert f"`{metric}`" in NUMBERS_PAGE.read_text(encoding="utf-8")


@pytest.mark.parametrize("page", PAGES, ids=name)
def test_every_link_leads_to_a_file_and_heading_that_exist(page):
    assert broken_links(page) == []


def other_markdown() -> list[Path]:
    """Return the project's other Markdown files (the packages' and folders' READMEs), hidden folders skipped."""
    found = []
    for folder, subfolders, files in os.walk(ROOT):
        subfolders[:] = [s for s in subfolders if not s.startswith(".")]
        found += [Path(folder) / f for f in files if f.endswith(".md")]
    return sorted(set(found) - set(PAGES))


@pytest.mark.parametrize("page", other_markdown(), ids=name)
def test_links_in_the_other_markdown_files_lead_somewhere(page):
    assert broken_links(page) == []


def test_the_link_check_notices_a_missing_file_and_a_missing_heading(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("# A\n\n## `serve`: for a team\n\n## Ratios × months\n", "utf-8")
    page = tmp_path / "README.md"
    page.write_text(
        "# R\n\n[ok](docs/a.md#serve-for-a-team) [ok](docs/a.md#ratios--months) [ok](#r) [ok](https://x.org/#y)\n"
        "[no](docs/b.md) [no](docs/a.md#serve) [no](#nowhere) ![no](docs/pic.png)\n\n"
        "```md\n[code, not a link](nowhere.md)\n```\n",
        "utf-8",
    )
    assert broken_links(page, tmp_path) == [
        "README.md:3: docs/b.md: no file docs/b.md",
        "README.md:3: docs/a.md#serve: docs/a.md has no heading #serve",
        "README.md:3: #nowhere: README.md has no heading #nowhere",
        "README.md:3: docs/pic.png: no file docs/pic.png",
    ]


@pytest.mark.parametrize("page", [p for p in PAGES if p != DOCS / "README.md"], ids=name)
def test_every_page_is_in_the_index(page):
    index = DOCS / "README.md"
    linked = {(index.parent / t.partition("#")[0]).resolve() for t, _ in links(index) if t.partition("#")[0]}
    assert page.resolve() in linked


@pytest.mark.parametrize("page", PAGES, ids=name)
def test_pages_render_sensibly(page):
    found = headings(page)
    assert [h.level for h in found].count(1) == 1 and found[0].level == 1, "one title, first"
    skips = [h.text for before, h in zip(found, found[1:], strict=False) if h.level > before.level + 1]
    assert skips == [], "a heading level is skipped"
    unnamed = [t.map[0] + 1 for t in tokens(page) if t.type == "fence" and not t.info.strip()]
    assert unnamed == [], "every code block names its language"
    assert not [t for t in tokens(page) if t.type == "html_block" and not t.content.startswith("<!--")]


def readme_first_part() -> list[Token]:
    """Return the README's tokens before its first section heading: what a reader sees first."""
    stream = tokens(README)
    return stream[: next(i for i, t in enumerate(stream) if t.type == "heading_open" and t.tag == "h2")]


def test_readme_opens_with_the_overview_picture_and_exactly_the_two_commands():
    first = readme_first_part()
    images = [
        c.attrGet("src") for t in first if t.type == "inline" for c in t.children or [] if c.type == "image"
    ]
    assert images == ["docs/overview.png"]
    assert (ROOT / "docs" / "overview.png").stat().st_size > 10_000
    fences = [t.content for t in first if t.type == "fence"]
    assert len(fences) == 1
    assert [line.split("#")[0].strip() for line in fences[0].splitlines()] == ["make run", "make test"]


def test_readme_first_screen_gives_the_routine_sharing_and_where_next():
    titled = {h.slug: h for h in headings(README) if h.level == 2}
    assert list(titled)[:3] == ["every-month-in-five-steps", "share-it-with-your-team", "where-to-go-next"]
    routine = sections(README)["every-month-in-five-steps"]
    assert re.findall(r"^(\d)\. ", routine, flags=re.M) == ["1", "2", "3", "4", "5"]
    assert "docs/hosting.md" in sections(README)["share-it-with-your-team"]
    assert "docs/README.md" in sections(README)["where-to-go-next"]
    assert titled["where-to-go-next"].line < 60, "the first screen ends with where to go next"


def test_readme_says_what_the_first_run_meets():
    first_run = sections(README)["your-first-run"]
    for promise in ("Ctrl+C", "make run PORT=8600", "mv data", "minutes", "seconds"):
        assert promise in first_run


def test_ci_runs_the_readme_test_command():
    readme_test = next(
        line.split("#")[0].strip()
        for t in readme_first_part()
        if t.type == "fence"
        for line in t.content.splitlines()
        if line.startswith("make test")
    )
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == readme_test
