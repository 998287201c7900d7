"""Every mistake in a strategy file, in plain words naming the item (goal, channel, ...) and the field."""

from __future__ import annotations

import datetime as dt
import difflib
from collections import Counter
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from metrics.errors import Message, StrategyError
from metrics.ids import normalised_id
from metrics.semantics import BUILTIN_METRICS, KNOWN_METRICS, RATIO_METRICS
from metrics.strategy import (
    EARLIEST_GOAL_START,
    MAX_ITEMS,
    MAX_STRATEGY_BYTES,
    MAX_YAML_DEPTH,
    MAX_YEARS_AHEAD,
    SECTIONS,
    Audience,
    Channel,
    Goal,
    MetricDeclaration,
    Recognise,
    Strategy,
    Tactic,
    _metrics_as_list,
)

MODELS: dict[str, type[BaseModel]] = {
    "channels": Channel,
    "audiences": Audience,
    "metrics": MetricDeclaration,
    "goals": Goal,
    "tactics": Tactic,
}
MISSING_HINTS = {
    "organisation": Message(
        "strategy.hint_organisation", "Write the organisation's name, like “organisation: Fjordline Coffee”."
    ),
    "id": Message("strategy.hint_id", "Give it a short id without spaces, like “grow-linkedin”."),
    "title": Message("strategy.hint_title", "Say in a few words what the goal is."),
    "kind": Message(
        "strategy.hint_kind",
        "Write communication (people see and react) or effect (people act: follow, click, ask).",
    ),
    "metric": Message(
        "strategy.hint_metric", "Name the metric the goal is measured by, like followers or support_time."
    ),
    "start": Message("strategy.hint_start", "Write the date the goal starts, like 2025-01-01."),
    "deadline": Message(
        "strategy.hint_deadline", "Write the date the goal should be reached by, like 2025-12-31."
    ),
    "owner": Message("strategy.hint_owner", "Name the person or role responsible for the goal."),
    "aggregation": Message(
        "strategy.hint_aggregation",
        "Write sum, last, mean or median: how a month's observations become one value.",
    ),
    "better": Message("strategy.hint_better", "Write higher or lower: which direction is good news."),
    "present_in": Message(
        "strategy.hint_present_in", "List the channels the tactic uses, like [linkedin, blog]."
    ),
    "to_do": Message("strategy.hint_to_do", "Say what the team does, like “two customer stories a month”."),
    "to_achieve": Message("strategy.hint_to_achieve", "List the ids of the goals the tactic serves."),
}

ALIAS_PROBLEM = "found an alias"
DEPTH_PROBLEM = "nested too deep"
YAML_PROBLEMS = {
    DEPTH_PROBLEM: Message(
        "strategy.yaml_too_deep",
        "lists or groups nested more than {limit} levels deep, more than a strategy file may have (a strategy "
        "needs four); check the indentation and the brackets",
        limit=MAX_YAML_DEPTH,
    ),
    ALIAS_PROBLEM: Message(
        "strategy.yaml_alias",
        "a reference to another part of the file (*name), which a strategy file cannot use; "
        "write the value out in full, and put text that starts with * or & in quotes",
    ),
    "mapping values are not allowed here": Message(
        "strategy.yaml_colon",
        "a colon (:) where none was expected; put text that contains a colon in quotes, and check the indentation",
    ),
    "could not find expected ':'": Message(
        "strategy.yaml_not_key_value", "a line that is not in the form “key: value”; check the indentation"
    ),
    "found character '\\t' that cannot start any token": Message(
        "strategy.yaml_tab", "a tab; indent with spaces only"
    ),
    "found character that cannot start any token": Message(
        "strategy.yaml_bad_character",
        "a character that cannot start a value (a tab, @ or `); indent with spaces and put such text in quotes",
    ),
    "did not find expected key": Message(
        "strategy.yaml_indentation", "the indentation does not line up with the lines above"
    ),
    "found undefined alias": Message(
        "strategy.yaml_undefined_alias", "an * that YAML reads as a reference; put the text in quotes"
    ),
}


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that notes keys written twice in one block (plain YAML keeps only the last silently)."""

    def __init__(self, stream: str):
        super().__init__(stream)
        self.duplicate_keys: list[Message] = []

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        first_lines: dict[Any, int] = {}
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                line = key_node.start_mark.line + 1
                if key_node.value in first_lines:
                    self.duplicate_keys.append(
                        Message(
                            "strategy.duplicate_key",
                            "Line {line}: the field “{field}” is written twice in the same block "
                            "(first on line {first}). Keep one of them.",
                            line=line,
                            field=str(key_node.value),
                            first=first_lines[key_node.value],
                        )
                    )
                else:
                    first_lines[key_node.value] = line
        return super().construct_mapping(node, deep=deep)

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        # Aliases (*name) let a few lines expand into millions of values; a strategy never needs them.
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(None, None, ALIAS_PROBLEM, self.peek_event().start_mark)
        # Each level of nesting is a level of recursion here: 100,000 levels would end in a RecursionError.
        self.depth = getattr(self, "depth", 0) + 1
        try:
            if self.depth > MAX_YAML_DEPTH:
                raise yaml.composer.ComposerError(None, None, DEPTH_PROBLEM, self.peek_event().start_mark)
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        # 2025-13-01 looks like a date to YAML; keep it as text so the message can name goal and field.
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _StrictLoader.construct_yaml_timestamp)


def parse_yaml(text: str, source: str) -> tuple[dict[str, Any], list[Message]]:
    """Return the YAML text as a dict and the keys written twice; raise StrategyError if it is not YAML."""
    try:
        # The reader refuses control characters already when it is made: inside the try, so they get a message.
        loader = _StrictLoader(text.lstrip("\ufeff"))
    except yaml.YAMLError as err:
        raise StrategyError(
            [
                Message(
                    "strategy.yaml_invalid",
                    "{where}: the file is not valid YAML: {problem}.",
                    where=Message("strategy.where_somewhere", "Somewhere"),
                    problem=Message("strategy.yaml_detail", "{detail}", detail=str(err).splitlines()[0]),
                )
            ],
            source,
        ) from None
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        where = (
            Message(
                "strategy.where_line_column",
                "Line {line}, column {column}",
                line=mark.line + 1,
                column=mark.column + 1,
            )
            if mark
            else Message("strategy.where_somewhere", "Somewhere")
        )
        problem = (err.problem or "").strip()
        if problem in YAML_PROBLEMS:
            plain = YAML_PROBLEMS[problem]
        elif problem:
            # PyYAML's own words (English only): the translations say what it is and quote them.
            plain = Message("strategy.yaml_detail", "{detail}", detail=problem)
        else:
            plain = Message("strategy.yaml_unreadable", "something YAML cannot read")
        raise StrategyError(
            [
                Message(
                    "strategy.yaml_invalid",
                    "{where}: the file is not valid YAML: {problem}.",
                    where=where,
                    problem=plain,
                )
            ],
            source,
        ) from None
    except yaml.YAMLError:
        raise StrategyError(
            [Message("strategy.yaml_not_text", "The file is not valid YAML text.")], source
        ) from None
    except RecursionError:  # a last guard: the composer's depth limit should come first
        raise StrategyError([YAML_PROBLEMS[DEPTH_PROBLEM]], source) from None
    finally:
        loader.dispose()
    if data is None:
        raise StrategyError(
            [
                Message(
                    "strategy.empty",
                    "The strategy file is empty. Start with “organisation:” and your goals "
                    "(the README has an example).",
                )
            ],
            source,
        )
    if not isinstance(data, dict):
        raise StrategyError(
            [
                Message(
                    "strategy.not_fields",
                    "The strategy file should be made of fields such as “organisation:”, “channels:” and "
                    "“goals:”, but it is {value}.",
                    value=_describe(data),
                )
            ],
            source,
        )
    return data, loader.duplicate_keys


def check_strategy_text(text: str, source: str) -> Strategy:
    """Return the validated strategy in the text; raise StrategyError listing every problem found."""
    size = len(text.encode("utf-8", errors="replace"))
    if size > MAX_STRATEGY_BYTES:
        raise StrategyError(
            [
                Message(
                    "strategy.too_large",
                    "The strategy file is {size} kB, more than the {limit} kB Goalpost reads. A strategy of "
                    "{goals} goals fits in far less: check that this is the strategy file.",
                    size=f"{size / 1000:,.0f}",
                    limit=f"{MAX_STRATEGY_BYTES / 1000:,.0f}",
                    goals=MAX_ITEMS["goals"],
                )
            ],
            source,
        )
    _check_shape(text, source)
    data, problems = parse_yaml(text, source)
    _check_item_counts(data, source)
    data = _normalised(data)
    try:
        strategy = Strategy.model_validate(data)
    except ValidationError as err:
        strategy = None
        found = validation_problems(err, data) + strategy_problems(lenient_items(data), data)
    else:
        items = {section: list(enumerate(getattr(strategy, section))) for section in SECTIONS}
        found = strategy_problems(items, data)
    problems = problems + [message for _, message in sorted(found, key=lambda item: item[0])]
    problems = list(dict.fromkeys(problems))
    if problems or strategy is None:
        raise StrategyError(problems, source)
    return strategy


_NODE_STARTS = (yaml.ScalarEvent, yaml.AliasEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)
_COLLECTION_ENDS = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


def _check_shape(text: str, source: str) -> None:
    """Raise for nesting deeper than MAX_YAML_DEPTH or a section with more items than MAX_ITEMS.

    Reads only the YAML events, with libyaml's C parser where it is installed: the full parse below is
    pure Python and recursive, so a hostile file is refused here in a fraction of the time it would take.
    Text that is not valid YAML passes here; the full parse names its line and what is wrong.
    """
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    frames: list[list] = []  # per open collection: [is_mapping, section, unused, next_is_key, last key]
    counts: dict[str, int] = {}
    try:
        for event in yaml.parse(text.lstrip("\ufeff"), Loader=loader):
            if isinstance(event, _NODE_STARTS) and frames:
                parent = frames[-1]
                is_key = parent[0] and parent[3]
                if parent[0]:
                    parent[3] = not parent[3]
                if not is_key and parent[1] is not None:
                    counts[parent[1]] = counts.get(parent[1], 0) + 1
                if is_key and len(frames) == 1 and isinstance(event, yaml.ScalarEvent):
                    parent[4] = event.value  # the top-level field whose value comes next
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                if len(frames) >= MAX_YAML_DEPTH:
                    raise StrategyError([YAML_PROBLEMS[DEPTH_PROBLEM]], source)
                section = frames[0][4] if len(frames) == 1 and frames[0][4] in MAX_ITEMS else None
                frames.append([isinstance(event, yaml.MappingStartEvent), section, 0, True, None])
            elif isinstance(event, _COLLECTION_ENDS):
                frames.pop()
    except yaml.YAMLError:
        return
    too_many = [
        _too_many(section, f"{count:,}") for section, count in counts.items() if count > MAX_ITEMS[section]
    ]
    if too_many:
        raise StrategyError(too_many, source)


def _too_many(section: str, count: str) -> Message:
    return Message(
        "strategy.too_many_items",
        "“{section}” lists {count} items, more than the {limit} Goalpost reads. Keep the strategy to what "
        "the team works on; split it by team if it is really this large.",
        section=section,
        count=count,
        limit=f"{MAX_ITEMS[section]:,}",
    )


def _check_item_counts(data: dict[str, Any], source: str) -> None:
    """Raise when a section lists more items than a strategy may (before each item is checked)."""
    too_many = [
        _too_many(section, f"{len(data[section]):,}")
        for section, limit in MAX_ITEMS.items()
        if isinstance(data.get(section), list | dict) and len(data[section]) > limit
    ]
    if too_many:
        raise StrategyError(too_many, source)


def _normalised(value: Any) -> Any:
    """Return the parsed YAML with every text in Unicode NFC, so ids and the references to them agree."""
    if isinstance(value, str):
        return normalised_id(value)
    if isinstance(value, dict):
        return {_normalised(k): _normalised(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalised(v) for v in value]
    return value


def lenient_items(data: dict[str, Any]) -> dict[str, list[tuple[int, Any]]]:
    """Return each section's items with the fields that are valid on their own, so cross-checks still run.

    An item with a bad date keeps its other fields: its unknown channel is reported in the same pass.
    """
    result: dict[str, list[tuple[int, Any]]] = {}
    for section, model in MODELS.items():
        result[section] = []
        for index, raw in enumerate(_raw_items(data, section)):
            if not isinstance(raw, dict):
                continue
            item = model.model_construct()
            for name, value in raw.items():
                if name in model.model_fields:
                    try:
                        model.__pydantic_validator__.validate_assignment(item, name, value)
                    except ValidationError:
                        continue
            result[section].append((index, item))
    return result


Problem = tuple[tuple[int, int, int], Message]
"""A message with its sort key (section, item position, order found) so each item's problems stay together."""


def validation_problems(err: ValidationError, data: dict[str, Any]) -> list[Problem]:
    """Return pydantic's errors rewritten in plain words naming the item and the field."""
    problems: list[Problem] = []
    for order, error in enumerate(err.errors(include_url=False)):
        loc = list(error["loc"])
        model: type[BaseModel] = Strategy
        where: Message | None = None
        section: str | None = None
        key = (0, 0, order)
        if len(loc) >= 2 and loc[0] in MODELS and isinstance(loc[1], int):
            section, index = str(loc[0]), int(loc[1])
            items = _raw_items(data, section)
            item = items[index] if index < len(items) else None
            where = _item_label(section, index, item)
            model = MODELS[section]
            key = (SECTIONS.index(section) + 1, index, order)
            loc = loc[2:]
            if section == "audiences" and len(loc) >= 2 and loc[0] == "recognise":
                # An audience's rules are a group of lists: name the list ("recognise → hashtags").
                model = Recognise
                if isinstance(loc[1], str) and error["type"] != "extra_forbidden":
                    loc = [f"recognise → {loc[1]}", *loc[2:]]
        problems.append((key, _plain_error(error, where, loc, model, section)))
    return problems


def _plain_error(
    error: dict[str, Any], where: Message | None, loc: list[Any], model: type[BaseModel], section: str | None
) -> Message:
    kind = error["type"]
    value = error.get("input")
    if kind == "extra_forbidden":
        unknown = str(loc[-1])
        valid = list(model.model_fields)
        close = difflib.get_close_matches(unknown, valid, n=1, cutoff=0.5)
        hint = (
            _did_you_mean(close[0])
            if close
            else Message(
                "strategy.fields_it_can_have",
                "The fields it can have are: {fields}.",
                fields=", ".join(valid),
            )
        )
        return Message(
            "strategy.unknown_field",
            "{where}: {noun} has no field of this name. {hint}",
            where=_where_field(where, unknown),
            noun=_a_noun(section),
            hint=hint,
        )
    if not loc:
        whole = where or Message("strategy.where_file", "The strategy file")
        if kind in ("model_type", "model_attributes_type", "dict_type"):
            return _not_a_group(whole, value)
        return _not_valid_here(whole, value)
    field = str(loc[0])
    entry = loc[1] + 1 if len(loc) > 1 and isinstance(loc[1], int) else None
    at = _where_field(where, field, entry)
    if kind == "missing":
        hint = MISSING_HINTS.get(field) or Message("strategy.hint_add", "Add it.")
        return Message("strategy.missing", "{where}: this field is missing. {hint}", where=at, hint=hint)
    if value is None or (isinstance(value, str) and not value.strip()):
        hint = MISSING_HINTS.get(field) or Message("strategy.hint_fill_in", "Fill it in or remove the line.")
        return Message("strategy.no_value", "{where}: no value is given. {hint}", where=at, hint=hint)
    shown = _describe(value)
    if kind == "value_error":
        raised = error["ctx"]["error"]
        said = raised.args[0] if isinstance(raised, Exception) and raised.args else raised
        detail = said if isinstance(said, Message) else str(raised)
        return Message("strategy.field_problem", "{where}: {problem}", where=at, problem=detail)
    if kind == "literal_error":
        choices = [part.strip("'") for part in error["ctx"]["expected"].replace(" or ", ", ").split(", ")]
        close = difflib.get_close_matches(str(value), choices, n=1, cutoff=0.5)
        if close:
            return Message(
                "strategy.not_a_choice_close",
                "{where}: {value} is not one of the choices. Write {choices}. Did you mean “{close}”?",
                where=at,
                value=shown,
                choices=_either(choices),
                close=close[0],
            )
        return Message(
            "strategy.not_a_choice",
            "{where}: {value} is not one of the choices. Write {choices}.",
            where=at,
            value=shown,
            choices=_either(choices),
        )
    if kind.startswith("date"):
        return Message(
            "strategy.not_a_date",
            "{where}: {value} is not a date. Write dates as YYYY-MM-DD, for example 2025-06-01.",
            where=at,
            value=shown,
        )
    if kind.startswith(("float", "int", "decimal")):
        return Message(
            "strategy.not_a_number",
            "{where}: {value} is not a number. Write a plain number such as 1200 or 12.5, "
            "without units, spaces or thousands separators.",
            where=at,
            value=shown,
        )
    if kind == "greater_than_equal":
        return Message(
            "strategy.below_zero", "{where}: {value} is below zero. Write 0 or more.", where=at, value=shown
        )
    if kind.startswith("bool"):
        return Message(
            "strategy.not_yes_or_no",
            "{where}: {value} is not yes or no. Write true or false.",
            where=at,
            value=shown,
        )
    if kind == "too_short":
        hint = MISSING_HINTS.get(field) or Message("strategy.hint_one_entry", "Give at least one entry.")
        return Message("strategy.empty_list", "{where}: the list is empty. {hint}", where=at, hint=hint)
    if kind == "list_type":
        if field in MODELS:
            return Message(
                "strategy.not_a_list_of_items",
                "{where}: should be a list of items, each starting with “- id:”, but it is {value}.",
                where=at,
                value=shown,
            )
        return Message(
            "strategy.not_a_list",
            "{where}: should be a list, like [a, b], but it is {value}.",
            where=at,
            value=shown,
        )
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return _not_a_group(at, value)
    if kind.startswith("string"):
        return Message(
            "strategy.not_text", "{where}: should be text, but it is {value}.", where=at, value=shown
        )
    return _not_valid_here(at, value)


def _not_a_group(where: Message, value: Any) -> Message:
    return Message(
        "strategy.not_a_group",
        "{where}: should be a group of fields (“key: value” lines), but it is {value}.",
        where=where,
        value=_describe(value),
    )


def _not_valid_here(where: Message, value: Any) -> Message:
    return Message(
        "strategy.not_valid_here", "{where}: {value} is not valid here.", where=where, value=_describe(value)
    )


def strategy_problems(items: dict[str, list[tuple[int, Any]]], data: dict[str, Any]) -> list[Problem]:
    """Return the mistakes between fields and items: ids, references, dates, targets and directions.

    `items` holds each section's (position in the file, item) pairs; fields an item lacks are skipped.
    """
    declared = {section: [item_id for _, item_id in _raw_ids(data, section)] for section in SECTIONS}
    problems: list[Problem] = []

    def add(section: str, index: int, message: Message) -> None:
        problems.append(((SECTIONS.index(section) + 1, index, 1000 + len(problems)), message))

    for section in SECTIONS:
        counts = Counter(item_id for item_id in declared[section] if item_id)
        reported: set[str] = set()
        for index, item_id in _raw_ids(data, section):
            if counts[item_id] > 1 and item_id not in reported:
                reported.add(item_id)
                add(section, index, _duplicate_id(section, item_id, counts[item_id]))

    channels = _known_ids(data, "channels")
    absent = {_get(c, "id") for _, c in items["channels"] if _get(c, "presence") == "absent"}
    audiences = _known_ids(data, "audiences")
    goal_ids = _known_ids(data, "goals")
    specs = _metric_specs(items["metrics"])
    declared_metrics = _known_ids(data, "metrics")
    metric_ids = None if declared_metrics is None else set(specs) | declared_metrics
    raw = {section: _raw_items(data, section) for section in SECTIONS}

    def label(section: str, index: int) -> Message:
        return _item_label(section, index, raw[section][index])

    for index, channel in items["channels"]:
        if _get(channel, "presence") == "absent" and not _get(channel, "reason"):
            add(
                "channels",
                index,
                Message(
                    "strategy.absent_without_reason",
                    "{where}: the channel is marked absent but no reason is given. "
                    "Say why you chose not to be there: that choice is part of the strategy.",
                    where=_where_field(label("channels", index), "reason"),
                ),
            )
    for index, audience in items["audiences"]:
        where = label("audiences", index)
        if str(_get(audience, "id", "")).lower() == "all":
            add(
                "audiences",
                index,
                Message(
                    "strategy.audience_all_reserved",
                    "{where}: “all” is reserved for rows that cover every audience. Choose another id.",
                    where=_where_field(where, "id"),
                ),
            )
        for bad in _unknown(_get(audience, "assumed_channels", []), channels):
            add("audiences", index, _unknown_reference(where, "assumed_channels", bad, channels, "channels"))
    for index, goal in items["goals"]:
        where = label("goals", index)
        written = set(raw["goals"][index])
        for message in _goal_problems(goal, where, specs, metric_ids, channels, absent, audiences, written):
            add("goals", index, message)
    for index, tactic in items["tactics"]:
        where = label("tactics", index)
        present_in = _get(tactic, "present_in", [])
        for bad in _unknown(present_in, channels):
            add("tactics", index, _unknown_reference(where, "present_in", bad, channels, "channels"))
        for name in present_in:
            if name in absent:
                add(
                    "tactics",
                    index,
                    Message(
                        "strategy.tactic_absent_channel",
                        "{where}: channel “{channel}” is marked absent in the strategy. "
                        "Remove it from the tactic, or change the channel's presence to active or planned.",
                        where=_where_field(where, "present_in"),
                        channel=name,
                    ),
                )
        for bad in _unknown(_get(tactic, "to_achieve", []), goal_ids):
            add("tactics", index, _unknown_reference(where, "to_achieve", bad, goal_ids, "goals"))
        for bad in _unknown(_get(tactic, "for_audiences", []), audiences):
            add("tactics", index, _unknown_reference(where, "for_audiences", bad, audiences, "audiences"))
    return problems


def _get(item: Any, name: str, default: Any = None) -> Any:
    """Return a field an item may lack (a field that failed validation is left out)."""
    return getattr(item, name, default)


def _metric_specs(declarations: list[tuple[int, Any]]) -> dict[str, Any]:
    specs: dict[str, Any] = {**BUILTIN_METRICS, **KNOWN_METRICS, **RATIO_METRICS}
    for _, declaration in declarations:
        if all(_get(declaration, name) is not None for name in ("id", "aggregation", "better")):
            specs[declaration.id] = declaration.to_spec()
    return specs


def _goal_problems(
    goal: Any,
    where: Message,
    specs: dict[str, Any],
    metric_ids: set[str] | None,
    channels: set[str] | None,
    absent: set[str],
    audiences: set[str] | None,
    written: set[str],
) -> list[Message]:
    found: list[Message] = []
    metric = _get(goal, "metric")
    if metric is not None and metric_ids is not None and metric not in metric_ids:
        close = difflib.get_close_matches(metric, sorted(metric_ids), n=1, cutoff=0.6)
        at = _where_field(where, "metric")
        if close:
            found.append(
                Message(
                    "strategy.unknown_metric_close",
                    "{where}: “{metric}” is not a metric Goalpost knows. Did you mean “{close}”? "
                    "Use a built-in metric (followers, followers_gained, comments, links, support_time) "
                    "or declare your own under “metrics:”.",
                    where=at,
                    metric=str(metric),
                    close=close[0],
                )
            )
        else:
            found.append(
                Message(
                    "strategy.unknown_metric",
                    "{where}: “{metric}” is not a metric Goalpost knows. "
                    "Use a built-in metric (followers, followers_gained, comments, links, support_time) "
                    "or declare your own under “metrics:”.",
                    where=at,
                    metric=str(metric),
                )
            )
    goal_channels = _get(goal, "channels", [])
    for bad in _unknown(goal_channels, channels):
        found.append(_unknown_reference(where, "channels", bad, channels, "channels"))
    for name in dict.fromkeys(goal_channels):
        if name in absent:
            found.append(
                Message(
                    "strategy.goal_absent_channel",
                    "{where}: channel “{channel}” is marked absent in the strategy. "
                    "Remove it from the goal, or change the channel's presence to active or planned.",
                    where=_where_field(where, "channels"),
                    channel=name,
                )
            )
    for bad in _unknown(_get(goal, "audiences", []), audiences):
        found.append(_unknown_reference(where, "audiences", bad, audiences, "audiences"))
    start, deadline = _get(goal, "start"), _get(goal, "deadline")
    found.extend(_unlikely_dates(start, deadline, where))
    if start is not None and deadline is not None and deadline <= start:
        at = _where_field(where, "deadline")
        if deadline < start:
            found.append(
                Message(
                    "strategy.deadline_before_start",
                    "{where}: the deadline {deadline} is before the start {start}. Put the deadline after the start.",
                    where=at,
                    deadline=str(deadline),
                    start=str(start),
                )
            )
        else:
            found.append(
                Message(
                    "strategy.deadline_on_start",
                    "{where}: the deadline {deadline} is the same day as the start {start}. "
                    "Put the deadline after the start.",
                    where=at,
                    deadline=str(deadline),
                    start=str(start),
                )
            )
    goal_type = _get(goal, "type", "reach")
    target, target_change = _get(goal, "target"), _get(goal, "target_change")
    if goal_type == "reach":
        found.extend(_reach_target_problems(goal, where, specs.get(metric), written))
    elif target is None and "target" not in written:
        found.append(_stay_needs_target(goal_type, where, changed=target_change is not None))
    elif target_change is not None:
        found.append(
            Message(
                "strategy.stay_only_target",
                "{where}: a {type} goal uses only “target” (the level to hold). Remove target_change.",
                where=_where_field(where, "target_change"),
                type=str(goal_type),
            )
        )
    return found


def _unlikely_dates(start: Any, deadline: Any, where: Message) -> list[Message]:
    """Return problems for dates nobody means: a start before 1990, a deadline more than 20 years ahead."""
    found = []
    if isinstance(start, dt.date) and start < EARLIEST_GOAL_START:
        found.append(
            Message(
                "strategy.start_too_early",
                "{where}: the start {start} is before {earliest}, the earliest start Goalpost accepts; it is "
                "probably a typing mistake. Write the year in full, like 2025-01-01.",
                where=_where_field(where, "start"),
                start=str(start),
                earliest=str(EARLIEST_GOAL_START),
            )
        )
    today = dt.date.today()
    latest = today.replace(year=today.year + MAX_YEARS_AHEAD, day=min(today.day, 28))
    if isinstance(deadline, dt.date) and deadline > latest:
        found.append(
            Message(
                "strategy.deadline_too_late",
                "{where}: the deadline {deadline} is more than {years} years ahead (after {latest}); it is "
                "probably a typing mistake. Write the year the goal should be reached, like 2026-12-31.",
                where=_where_field(where, "deadline"),
                deadline=str(deadline),
                years=MAX_YEARS_AHEAD,
                latest=str(latest),
            )
        )
    return found


def _stay_needs_target(goal_type: str, where: Message, *, changed: bool) -> Message:
    at = _where_field(where, "target_change" if changed else "target")
    if goal_type == "stay_above":
        if changed:
            return Message(
                "strategy.stay_above_not_a_change",
                "{where}: a stay_above goal needs an absolute “target”: the level to stay above, not a change. "
                "Replace target_change with target.",
                where=at,
            )
        return Message(
            "strategy.stay_above_needs_target",
            "{where}: a stay_above goal needs a “target”: the level to stay above. Add it.",
            where=at,
        )
    if changed:
        return Message(
            "strategy.stay_below_not_a_change",
            "{where}: a stay_below goal needs an absolute “target”: the level to stay below, not a change. "
            "Replace target_change with target.",
            where=at,
        )
    return Message(
        "strategy.stay_below_needs_target",
        "{where}: a stay_below goal needs a “target”: the level to stay below. Add it.",
        where=at,
    )


def _reach_target_problems(goal: Any, where: Message, spec: Any, written: set[str]) -> list[Message]:
    target, baseline, change = _get(goal, "target"), _get(goal, "baseline"), _get(goal, "target_change")
    at_target, at_change = _where_field(where, "target"), _where_field(where, "target_change")
    if target is not None and change is not None:
        return [
            Message(
                "strategy.target_and_change",
                "{where}: the goal has both a target ({target}) and a target_change ({change}). Keep one: "
                "target for a number to reach, target_change for a change from the baseline.",
                where=at_change,
                target=_number(target),
                change=str(change),
            )
        ]
    if not written & {"target", "target_change"}:
        return [
            Message(
                "strategy.no_target",
                "{where}: the goal has no target. Add “target” (the number to reach) or "
                "“target_change” (a change from the baseline, like +25%).",
                where=at_target,
            )
        ]
    better = spec.better if spec is not None else None
    metric = str(_get(goal, "metric"))
    if target is not None and baseline is not None:
        if target == baseline:
            return [
                Message(
                    "strategy.target_equals_baseline",
                    "{where}: the target {target} equals the baseline {baseline}, so there is nothing to "
                    "achieve. Set a different target, or use type: stay_above / stay_below for a level to hold.",
                    where=at_target,
                    target=_number(target),
                    baseline=_number(baseline),
                )
            ]
        if better == "higher" and target < baseline:
            return [
                Message(
                    "strategy.target_below_baseline",
                    "{where}: the target {target} is below the baseline {baseline}, but for “{metric}” higher "
                    "is better. Set a target above the baseline, or use type: stay_above for a level to hold.",
                    where=at_target,
                    target=_number(target),
                    baseline=_number(baseline),
                    metric=metric,
                )
            ]
        if better == "lower" and target > baseline:
            return [
                Message(
                    "strategy.target_above_baseline",
                    "{where}: the target {target} is above the baseline {baseline}, but for “{metric}” lower "
                    "is better. Set a target below the baseline, or use type: stay_below for a level to hold.",
                    where=at_target,
                    target=_number(target),
                    baseline=_number(baseline),
                    metric=metric,
                )
            ]
    if change is not None:
        fraction = float(change.rstrip("%"))
        if fraction == 0:
            return [
                Message(
                    "strategy.change_is_zero",
                    "{where}: {change} keeps the baseline as it is, so there is nothing to achieve. "
                    "Give a change such as +10%, or use type: stay_above / stay_below.",
                    where=at_change,
                    change=change,
                )
            ]
        if better == "higher" and fraction < 0:
            return [
                Message(
                    "strategy.change_is_a_fall",
                    "{where}: {change} is a fall, but for “{metric}” higher is better. Write a rise, like +10%.",
                    where=at_change,
                    change=change,
                    metric=metric,
                )
            ]
        if better == "lower" and fraction > 0:
            return [
                Message(
                    "strategy.change_is_a_rise",
                    "{where}: {change} is a rise, but for “{metric}” lower is better. Write a fall, like -10%.",
                    where=at_change,
                    change=change,
                    metric=metric,
                )
            ]
    return []


def _unknown(names: list[str], known: set[str] | None) -> list[str]:
    if known is None:
        return []  # the section itself is broken (already reported): every reference would look unknown
    return [name for name in dict.fromkeys(names) if name not in known]


def _known_ids(data: dict[str, Any], section: str) -> set[str] | None:
    """Return the ids declared in a section, or None when the section is not a readable list."""
    raw = data.get(section)
    readable = raw is None or isinstance(raw, list) or (section == "metrics" and isinstance(raw, dict))
    return {item_id for _, item_id in _raw_ids(data, section)} if readable else None


def _unknown_reference(
    where: Message, field: str, name: str, known: set[str] | None, section: str
) -> Message:
    known = known or set()
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
    listed = (
        ", ".join(sorted(known))
        if known
        else Message("strategy.none_declared", "none are declared under “{section}:”", section=section)
    )
    hint = (
        _did_you_mean(close[0])
        if close
        else Message("strategy.add_under", "Add it under “{section}:” or correct the id.", section=section)
    )
    at = _where_field(where, field)
    if section == "channels":
        return Message(
            "strategy.unknown_channel",
            "{where}: “{name}” is not one of the strategy's channels ({listed}). {hint}",
            where=at,
            name=name,
            listed=listed,
            hint=hint,
        )
    if section == "audiences":
        return Message(
            "strategy.unknown_audience",
            "{where}: “{name}” is not one of the strategy's audiences ({listed}). {hint}",
            where=at,
            name=name,
            listed=listed,
            hint=hint,
        )
    return Message(
        "strategy.unknown_goal",
        "{where}: “{name}” is not one of the strategy's goals ({listed}). {hint}",
        where=at,
        name=name,
        listed=listed,
        hint=hint,
    )


def _raw_items(data: dict[str, Any], section: str) -> list[Any]:
    raw = data.get(section)
    if section == "metrics":
        raw = _metrics_as_list(raw)
    return raw if isinstance(raw, list) else []


def _raw_ids(data: dict[str, Any], section: str) -> list[tuple[int, str]]:
    """Return (position, id) of every item in the section that has an id, valid or not."""
    result = []
    for index, item in enumerate(_raw_items(data, section)):
        if (
            isinstance(item, dict)
            and item.get("id") is not None
            and not isinstance(item.get("id"), dict | list)
        ):
            result.append((index, str(item["id"]).strip()))
    return result


def _item_label(section: str, index: int, item: Any) -> Message:
    if isinstance(item, dict) and isinstance(item.get("id"), str | int | float) and str(item["id"]).strip():
        return _named(section, str(item["id"]).strip())
    return _numbered(section, index + 1)


def _named(section: str, item_id: str) -> Message:
    """Return “Goal “grow”” and the like: the item by the id written in the file."""
    if section == "channels":
        return Message("strategy.channel_named", "Channel “{id}”", id=item_id)
    if section == "audiences":
        return Message("strategy.audience_named", "Audience “{id}”", id=item_id)
    if section == "metrics":
        return Message("strategy.metric_named", "Metric “{id}”", id=item_id)
    if section == "goals":
        return Message("strategy.goal_named", "Goal “{id}”", id=item_id)
    return Message("strategy.tactic_named", "Tactic “{id}”", id=item_id)


def _numbered(section: str, number: int) -> Message:
    """Return “Goal number 3 (it has no id)” and the like: the item by its place in the section."""
    if section == "channels":
        return Message("strategy.channel_numbered", "Channel number {number} (it has no id)", number=number)
    if section == "audiences":
        return Message("strategy.audience_numbered", "Audience number {number} (it has no id)", number=number)
    if section == "metrics":
        return Message("strategy.metric_numbered", "Metric number {number} (it has no id)", number=number)
    if section == "goals":
        return Message("strategy.goal_numbered", "Goal number {number} (it has no id)", number=number)
    return Message("strategy.tactic_numbered", "Tactic number {number} (it has no id)", number=number)


def _a_noun(section: str | None) -> Message:
    """Return “a goal” and the like (“a strategy file” for the top level), for “... has no field of this name”."""
    if section == "channels":
        return Message("strategy.a_channel", "a channel")
    if section == "audiences":
        return Message("strategy.a_audience", "an audience")
    if section == "metrics":
        return Message("strategy.a_metric", "a metric")
    if section == "goals":
        return Message("strategy.a_goal", "a goal")
    if section == "tactics":
        return Message("strategy.a_tactic", "a tactic")
    return Message("strategy.a_strategy_file", "a strategy file")


def _duplicate_id(section: str, item_id: str, count: int) -> Message:
    where = _where_field(_named(section, item_id), "id")
    if section == "channels":
        return Message(
            "strategy.duplicate_channel_id",
            "{where}: {count} channels use this id. Give each channel its own id.",
            where=where,
            count=count,
        )
    if section == "audiences":
        return Message(
            "strategy.duplicate_audience_id",
            "{where}: {count} audiences use this id. Give each audience its own id.",
            where=where,
            count=count,
        )
    if section == "metrics":
        return Message(
            "strategy.duplicate_metric_id",
            "{where}: {count} metrics use this id. Give each metric its own id.",
            where=where,
            count=count,
        )
    if section == "goals":
        return Message(
            "strategy.duplicate_goal_id",
            "{where}: {count} goals use this id. Give each goal its own id.",
            where=where,
            count=count,
        )
    return Message(
        "strategy.duplicate_tactic_id",
        "{where}: {count} tactics use this id. Give each tactic its own id.",
        where=where,
        count=count,
    )


def _where_field(where: Message | None, field: str, entry: int | None = None) -> Message:
    """Return “Goal “grow”, field “target”” (with “(entry 2)” for a list's entry), or “Field ...” at the top."""
    if where is None:
        if entry is None:
            return Message("strategy.where_field", "Field “{field}”", field=field)
        return Message(
            "strategy.where_field_entry", "Field “{field}” (entry {entry})", field=field, entry=entry
        )
    if entry is None:
        return Message("strategy.where_item_field", "{item}, field “{field}”", item=where, field=field)
    return Message(
        "strategy.where_item_field_entry",
        "{item}, field “{field}” (entry {entry})",
        item=where,
        field=field,
        entry=entry,
    )


def _did_you_mean(name: str) -> Message:
    return Message("strategy.did_you_mean", "Did you mean “{name}”?", name=name)


def _describe(value: Any) -> Message:
    if isinstance(value, dict):
        return Message("strategy.value_group", "a group of fields")
    if isinstance(value, list):
        return Message("strategy.value_list", "a list")
    if value is None:
        return Message("strategy.value_empty", "empty")
    text = str(value)
    return Message("strategy.value_text", "“{text}”", text=f"{text[:57]}..." if len(text) > 60 else text)


def _either(choices: list[str]) -> str:
    if len(choices) == 1:
        return choices[0]
    return Message("strategy.either", "{first} or {last}", first=", ".join(choices[:-1]), last=choices[-1])


def _number(value: float) -> str:
    return f"{value:.15g}"
