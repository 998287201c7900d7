"""Every mistake in a strategy file, in plain words naming the item (goal, channel, ...) and the field."""

from __future__ import annotations

import difflib
from collections import Counter
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from metrics.errors import StrategyError
from metrics.semantics import BUILTIN_METRICS, KNOWN_METRICS
from metrics.strategy import (
    SECTIONS,
    Audience,
    Channel,
    Goal,
    MetricDeclaration,
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
NOUNS = {
    "channels": "Channel",
    "audiences": "Audience",
    "metrics": "Metric",
    "goals": "Goal",
    "tactics": "Tactic",
}

MISSING_HINTS = {
    "organisation": "Write the organisation's name, like “organisation: Fjordline Coffee”.",
    "id": "Give it a short id without spaces, like “grow-linkedin”.",
    "title": "Say in a few words what the goal is.",
    "kind": "Write communication (people see and react) or effect (people act: follow, click, ask).",
    "metric": "Name the metric the goal is measured by, like followers or support_time.",
    "start": "Write the date the goal starts, like 2025-01-01.",
    "deadline": "Write the date the goal should be reached by, like 2025-12-31.",
    "owner": "Name the person or role responsible for the goal.",
    "aggregation": "Write sum, last, mean or median: how a month's observations become one value.",
    "better": "Write higher or lower: which direction is good news.",
    "present_in": "List the channels the tactic uses, like [linkedin, blog].",
    "to_do": "Say what the team does, like “two customer stories a month”.",
    "to_achieve": "List the ids of the goals the tactic serves.",
}

ALIAS_PROBLEM = "found an alias"
YAML_PROBLEMS = {
    ALIAS_PROBLEM: "a reference to another part of the file (*name), which a strategy file cannot use; "
    "write the value out in full, and put text that starts with * or & in quotes",
    "mapping values are not allowed here": "a colon (:) where none was expected; put text that contains a "
    "colon in quotes, and check the indentation",
    "could not find expected ':'": "a line that is not in the form “key: value”; check the indentation",
    "found character '\\t' that cannot start any token": "a tab; indent with spaces only",
    "found character that cannot start any token": "a character that cannot start a value (a tab, @ or `); "
    "indent with spaces and put such text in quotes",
    "did not find expected key": "the indentation does not line up with the lines above",
    "found undefined alias": "an * that YAML reads as a reference; put the text in quotes",
}


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that notes keys written twice in one block (plain YAML keeps only the last silently)."""

    def __init__(self, stream: str):
        super().__init__(stream)
        self.duplicate_keys: list[str] = []

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        first_lines: dict[str, int] = {}
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                line = key_node.start_mark.line + 1
                if key_node.value in first_lines:
                    self.duplicate_keys.append(
                        f"Line {line}: the field “{key_node.value}” is written twice in the same block "
                        f"(first on line {first_lines[key_node.value]}). Keep one of them."
                    )
                else:
                    first_lines[key_node.value] = line
        return super().construct_mapping(node, deep=deep)

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        # Aliases (*name) let a few lines expand into millions of values; a strategy never needs them.
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(None, None, ALIAS_PROBLEM, self.peek_event().start_mark)
        return super().compose_node(parent, index)

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        # 2025-13-01 looks like a date to YAML; keep it as text so the message can name goal and field.
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _StrictLoader.construct_yaml_timestamp)


def parse_yaml(text: str, source: str) -> tuple[dict[str, Any], list[str]]:
    """Return the YAML text as a dict and the keys written twice; raise StrategyError if it is not YAML."""
    loader = _StrictLoader(text.lstrip("\ufeff"))
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        where = f"Line {mark.line + 1}, column {mark.column + 1}" if mark else "Somewhere"
        problem = (err.problem or "").strip()
        plain = YAML_PROBLEMS.get(problem, problem or "something YAML cannot read")
        raise StrategyError([f"{where}: the file is not valid YAML: {plain}."], source) from None
    except yaml.YAMLError:
        raise StrategyError(["The file is not valid YAML text."], source) from None
    finally:
        loader.dispose()
    if data is None:
        raise StrategyError(
            [
                "The strategy file is empty. Start with “organisation:” and your goals "
                "(the README has an example)."
            ],
            source,
        )
    if not isinstance(data, dict):
        raise StrategyError(
            [
                "The strategy file should be made of fields such as “organisation:”, “channels:” and "
                "“goals:”, "
                f"but it is {_describe(data)}."
            ],
            source,
        )
    return data, loader.duplicate_keys


def check_strategy_text(text: str, source: str) -> Strategy:
    """Return the validated strategy in the text; raise StrategyError listing every problem found."""
    data, problems = parse_yaml(text, source)
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


Problem = tuple[tuple[int, int, int], str]
"""A message with its sort key (section, item position, order found) so each item's problems stay together."""


def validation_problems(err: ValidationError, data: dict[str, Any]) -> list[Problem]:
    """Return pydantic's errors rewritten in plain words naming the item and the field."""
    problems: list[Problem] = []
    for order, error in enumerate(err.errors(include_url=False)):
        loc = list(error["loc"])
        model: type[BaseModel] = Strategy
        where = ""
        key = (0, 0, order)
        if len(loc) >= 2 and loc[0] in MODELS and isinstance(loc[1], int):
            section, index = str(loc[0]), int(loc[1])
            items = _raw_items(data, section)
            item = items[index] if index < len(items) else None
            where = _item_label(section, index, item)
            model = MODELS[section]
            key = (SECTIONS.index(section) + 1, index, order)
            loc = loc[2:]
        problems.append((key, _plain_error(error, where, loc, model)))
    return problems


def _plain_error(error: dict[str, Any], where: str, loc: list[Any], model: type[BaseModel]) -> str:
    kind = error["type"]
    value = error.get("input")
    noun = where.split(" ")[0].lower() if where else "strategy file"
    if kind == "extra_forbidden":
        unknown = str(loc[-1])
        valid = list(model.model_fields)
        close = difflib.get_close_matches(unknown, valid, n=1, cutoff=0.5)
        hint = (
            f"Did you mean “{close[0]}”?"
            if close
            else "The fields it can have are: " + ", ".join(valid) + "."
        )
        prefix = f"{where}, field “{unknown}”" if where else f"Field “{unknown}”"
        return f"{prefix}: a {noun} has no field of this name. {hint}"
    if not loc:
        prefix = where or "The strategy file"
        if kind in ("model_type", "model_attributes_type", "dict_type"):
            return (
                f"{prefix}: should be a group of fields (“key: value” lines), but it is {_describe(value)}."
            )
        return f"{prefix}: {_describe(value)} is not valid here."
    field = str(loc[0])
    entry = f" (entry {loc[1] + 1})" if len(loc) > 1 and isinstance(loc[1], int) else ""
    prefix = f"{where}, field “{field}”{entry}" if where else f"Field “{field}”{entry}"
    if kind == "missing":
        return f"{prefix}: this field is missing. {MISSING_HINTS.get(field, 'Add it.')}"
    if value is None or (isinstance(value, str) and not value.strip()):
        return f"{prefix}: no value is given. {MISSING_HINTS.get(field, 'Fill it in or remove the line.')}"
    shown = _describe(value)
    if kind == "value_error":
        return f"{prefix}: {error['ctx']['error']}"
    if kind == "literal_error":
        choices = [part.strip("'") for part in error["ctx"]["expected"].replace(" or ", ", ").split(", ")]
        close = difflib.get_close_matches(str(value), choices, n=1, cutoff=0.5)
        hint = f" Did you mean “{close[0]}”?" if close else ""
        return f"{prefix}: {shown} is not one of the choices. Write {_either(choices)}.{hint}"
    if kind.startswith("date"):
        return f"{prefix}: {shown} is not a date. Write dates as YYYY-MM-DD, for example 2025-06-01."
    if kind.startswith(("float", "int", "decimal")):
        return (
            f"{prefix}: {shown} is not a number. Write a plain number such as 1200 or 12.5, "
            "without units, spaces or thousands separators."
        )
    if kind == "greater_than_equal":
        return f"{prefix}: {shown} is below zero. Write 0 or more."
    if kind.startswith("bool"):
        return f"{prefix}: {shown} is not yes or no. Write true or false."
    if kind == "too_short":
        return f"{prefix}: the list is empty. {MISSING_HINTS.get(field, 'Give at least one entry.')}"
    if kind == "list_type":
        example = "a list of items, each starting with “- id:”" if field in MODELS else "a list, like [a, b]"
        return f"{prefix}: should be {example}, but it is {shown}."
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"{prefix}: should be a group of fields (“key: value” lines), but it is {shown}."
    if kind.startswith("string"):
        return f"{prefix}: should be text, but it is {shown}."
    return f"{prefix}: {shown} is not valid here."


def strategy_problems(items: dict[str, list[tuple[int, Any]]], data: dict[str, Any]) -> list[Problem]:
    """Return the mistakes between fields and items: ids, references, dates, targets and directions.

    `items` holds each section's (position in the file, item) pairs; fields an item lacks are skipped.
    """
    declared = {section: [item_id for _, item_id in _raw_ids(data, section)] for section in SECTIONS}
    problems: list[Problem] = []

    def add(section: str, index: int, message: str) -> None:
        problems.append(((SECTIONS.index(section) + 1, index, 1000 + len(problems)), message))

    for section in SECTIONS:
        counts = Counter(item_id for item_id in declared[section] if item_id)
        reported: set[str] = set()
        for index, item_id in _raw_ids(data, section):
            if counts[item_id] > 1 and item_id not in reported:
                reported.add(item_id)
                add(
                    section,
                    index,
                    f"{NOUNS[section]} “{item_id}”, field “id”: {counts[item_id]} {section} use this id. "
                    f"Give each {NOUNS[section].lower()} its own id.",
                )

    channels = _known_ids(data, "channels")
    absent = {_get(c, "id") for _, c in items["channels"] if _get(c, "presence") == "absent"}
    audiences = _known_ids(data, "audiences")
    goal_ids = _known_ids(data, "goals")
    specs = _metric_specs(items["metrics"])
    declared_metrics = _known_ids(data, "metrics")
    metric_ids = None if declared_metrics is None else set(specs) | declared_metrics
    raw = {section: _raw_items(data, section) for section in SECTIONS}

    def label(section: str, index: int) -> str:
        return _item_label(section, index, raw[section][index])

    for index, channel in items["channels"]:
        if _get(channel, "presence") == "absent" and not _get(channel, "reason"):
            add(
                "channels",
                index,
                f"{label('channels', index)}, field “reason”: the channel is marked absent but no reason is "
                "given. Say why you chose not to be there: that choice is part of the strategy.",
            )
    for index, audience in items["audiences"]:
        where = label("audiences", index)
        if str(_get(audience, "id", "")).lower() == "all":
            add(
                "audiences",
                index,
                f"{where}, field “id”: “all” is reserved for rows that cover every audience. "
                "Choose another id.",
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
                    f"{where}, field “present_in”: channel “{name}” is marked absent in the strategy. "
                    "Remove it from the tactic, or change the channel's presence to active or planned.",
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
    specs: dict[str, Any] = {**BUILTIN_METRICS, **KNOWN_METRICS}
    for _, declaration in declarations:
        if all(_get(declaration, name) is not None for name in ("id", "aggregation", "better")):
            specs[declaration.id] = declaration.to_spec()
    return specs


def _goal_problems(
    goal: Any,
    where: str,
    specs: dict[str, Any],
    metric_ids: set[str] | None,
    channels: set[str] | None,
    absent: set[str],
    audiences: set[str] | None,
    written: set[str],
) -> list[str]:
    found: list[str] = []
    metric = _get(goal, "metric")
    if metric is not None and metric_ids is not None and metric not in metric_ids:
        close = difflib.get_close_matches(metric, sorted(metric_ids), n=1, cutoff=0.6)
        hint = f"Did you mean “{close[0]}”? " if close else ""
        found.append(
            f"{where}, field “metric”: “{metric}” is not a metric Goalpost knows. {hint}"
            "Use a built-in metric (followers, followers_gained, comments, links, support_time) "
            "or declare your own under “metrics:”."
        )
    goal_channels = _get(goal, "channels", [])
    for bad in _unknown(goal_channels, channels):
        found.append(_unknown_reference(where, "channels", bad, channels, "channels"))
    for name in dict.fromkeys(goal_channels):
        if name in absent:
            found.append(
                f"{where}, field “channels”: channel “{name}” is marked absent in the strategy. "
                "Remove it from the goal, or change the channel's presence to active or planned."
            )
    for bad in _unknown(_get(goal, "audiences", []), audiences):
        found.append(_unknown_reference(where, "audiences", bad, audiences, "audiences"))
    start, deadline = _get(goal, "start"), _get(goal, "deadline")
    if start is not None and deadline is not None and deadline <= start:
        relation = "is before" if deadline < start else "is the same day as"
        found.append(
            f"{where}, field “deadline”: the deadline {deadline} {relation} the start {start}. "
            "Put the deadline after the start."
        )
    goal_type = _get(goal, "type", "reach")
    target, target_change = _get(goal, "target"), _get(goal, "target_change")
    if goal_type == "reach":
        found.extend(_reach_target_problems(goal, where, specs.get(metric), written))
    elif target is None and "target" not in written:
        level = "above" if goal_type == "stay_above" else "below"
        if target_change is not None:
            found.append(
                f"{where}, field “target_change”: a {goal_type} goal needs an absolute “target”: the level "
                f"to stay {level}, not a change. Replace target_change with target."
            )
        else:
            found.append(
                f"{where}, field “target”: a {goal_type} goal needs a “target”: the level to stay {level}. "
                "Add it."
            )
    elif target_change is not None:
        found.append(
            f"{where}, field “target_change”: a {goal_type} goal uses only “target” (the level to hold). "
            "Remove target_change."
        )
    return found


def _reach_target_problems(goal: Any, where: str, spec: Any, written: set[str]) -> list[str]:
    target, baseline, change = _get(goal, "target"), _get(goal, "baseline"), _get(goal, "target_change")
    if target is not None and change is not None:
        return [
            f"{where}, field “target_change”: the goal has both a target ({_number(target)}) and a "
            f"target_change ({change}). Keep one: target for a number to reach, target_change "
            "for a change from the baseline."
        ]
    if not written & {"target", "target_change"}:
        return [
            f"{where}, field “target”: the goal has no target. Add “target” (the number to reach) or "
            "“target_change” (a change from the baseline, like +25%)."
        ]
    better = spec.better if spec is not None else None
    metric = f"“{_get(goal, 'metric')}”"
    if target is not None and baseline is not None:
        shown = f"the target {_number(target)}"
        if target == baseline:
            return [
                f"{where}, field “target”: {shown} equals the baseline {_number(baseline)}, so there is "
                "nothing to achieve. Set a different target, or use type: stay_above / stay_below for "
                "a level to hold."
            ]
        if better == "higher" and target < baseline:
            return [
                f"{where}, field “target”: {shown} is below the baseline {_number(baseline)}, but for "
                f"{metric} higher is better. Set a target above the baseline, or use type: stay_above "
                "for a level to hold."
            ]
        if better == "lower" and target > baseline:
            return [
                f"{where}, field “target”: {shown} is above the baseline {_number(baseline)}, but for "
                f"{metric} lower is better. Set a target below the baseline, or use type: stay_below "
                "for a level to hold."
            ]
    if change is not None:
        fraction = float(change.rstrip("%"))
        if fraction == 0:
            return [
                f"{where}, field “target_change”: {change} keeps the baseline as it is, so there is "
                "nothing to achieve. Give a change such as +10%, or use type: stay_above / stay_below."
            ]
        if better == "higher" and fraction < 0:
            return [
                f"{where}, field “target_change”: {change} is a fall, but for {metric} higher is "
                "better. Write a rise, like +10%."
            ]
        if better == "lower" and fraction > 0:
            return [
                f"{where}, field “target_change”: {change} is a rise, but for {metric} lower is "
                "better. Write a fall, like -10%."
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


def _unknown_reference(where: str, field: str, name: str, known: set[str] | None, section: str) -> str:
    known = known or set()
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
    listed = ", ".join(sorted(known)) if known else f"none are declared under “{section}:”"
    hint = f" Did you mean “{close[0]}”?" if close else f" Add it under “{section}:” or correct the id."
    return f"{where}, field “{field}”: “{name}” is not one of the strategy's {section} ({listed}).{hint}"


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


def _item_label(section: str, index: int, item: Any) -> str:
    noun = NOUNS[section]
    if isinstance(item, dict) and isinstance(item.get("id"), str | int | float) and str(item["id"]).strip():
        return f"{noun} “{str(item['id']).strip()}”"
    return f"{noun} number {index + 1} (it has no id)"


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return "a group of fields"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "empty"
    text = str(value)
    return f"“{text[:57]}...”" if len(text) > 60 else f"“{text}”"


def _either(choices: list[str]) -> str:
    return choices[0] if len(choices) == 1 else ", ".join(choices[:-1]) + " or " + choices[-1]


def _number(value: float) -> str:
    return f"{value:.15g}"
