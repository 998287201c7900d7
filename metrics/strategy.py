"""The strategy file: channels, audiences, metrics, goals and tactics as validated data (YAML in and out)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

import yaml
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, field_validator

from metrics.errors import Message
from metrics.ids import invisible_character, normalised_id
from metrics.semantics import (
    BUILTIN_METRICS,
    KNOWN_METRICS,
    RATIO_METRICS,
    DeclaredAggregation,
    Direction,
    MetricSpec,
)

SECTIONS = ("channels", "audiences", "metrics", "goals", "tactics")
"""The strategy's lists of items that each carry an `id`."""

TARGET_CHANGE_PATTERN = re.compile(r"^([+-])\s*(\d+(?:[.,]\d+)?)\s*%$")

# Limits far above any real strategy: a strategy file is written by people, read on every page view.
MAX_STRATEGY_BYTES = 1_000_000
"""Largest strategy file read (1 MB); a strategy of 500 goals is about 150 kB."""
MAX_ITEMS = {"channels": 200, "audiences": 200, "metrics": 200, "goals": 500, "tactics": 500}
"""Most items a strategy may list in each section."""
MAX_YAML_DEPTH = 20
"""Most levels lists and groups may be nested in a strategy file (a strategy uses four)."""
EARLIEST_GOAL_START = dt.date(1990, 1, 1)
"""A goal starting before this is taken for a typing mistake (a lost century, 1970 from a zero date)."""
MAX_YEARS_AHEAD = 20
"""A goal deadline more than this many years ahead is taken for a typing mistake (9999)."""


def _checked_id(value: str) -> str:
    """Return an id in Unicode NFC; raise ValueError for one holding a control or invisible character."""
    value = normalised_id(value)
    character = invisible_character(value)
    if character is not None:
        raise ValueError(
            Message(
                "strategy.invisible_in_id",
                "“{value}” holds an invisible or control character ({character}), so it would look like another "
                "id but be a different one. Delete it and type it again.",
                value=value.encode("unicode_escape").decode("ascii"),
                character=character,
            )
        )
    return value


def _as_list(value: Any) -> Any:
    """Accept a single id where a list is expected, and `all` alone as 'every one' (the empty list)."""
    if value is None:
        return []
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        value = [value]
    if isinstance(value, list) and [str(v).strip().lower() for v in value] == ["all"]:
        return []
    return value


def _text_list(value: Any) -> Any:
    if value is None:
        return []
    return [value] if isinstance(value, str) else value


def _rule_list(value: Any) -> Any:
    """Accept one rule where a list is expected, a number too (a post id written without quotes)."""
    if value is None:
        return []
    return [value] if isinstance(value, str | int | float) and not isinstance(value, bool) else value


Id = Annotated[str, Field(min_length=1), AfterValidator(_checked_id)]
IdList = Annotated[list[Id], BeforeValidator(_as_list)]
Text = Annotated[str, Field(min_length=1)]


class _Item(BaseModel):
    # Unknown keys are mistakes (a typo silently ignored would change what a goal means).
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, coerce_numbers_to_str=True)


class Channel(_Item):
    """A place the organisation is (or deliberately is not): `presence` active, planned or absent."""

    id: Id
    name: str | None = None
    presence: Literal["active", "planned", "absent"] = "active"
    reason: str | None = None

    @property
    def label(self) -> str:
        """Return the display name, or the id when no name is given."""
        return self.name or self.id


def _hashtag(value: str) -> str:
    """Return a hashtag with its leading #; raise ValueError for one that is not a single word."""
    tag = value.strip()
    tag = tag if tag.startswith("#") else f"#{tag}"
    if not HASHTAG_PATTERN.fullmatch(tag):
        raise ValueError(
            Message(
                "strategy.not_a_hashtag",
                "“{value}” is not a hashtag. Write one word after #, without spaces or punctuation, like "
                "#klubbpris.",
                value=value,
            )
        )
    return tag


def _rule_text(value: str) -> str:
    """Return a label, word, campaign or post written in a rule; raise ValueError when it holds no letter or digit."""
    if not any(character.isalnum() for character in value):
        raise ValueError(
            Message(
                "strategy.rule_without_letters",
                "“{value}” has no letter or digit, so it would never match a post. Write the word, label, "
                "campaign or post link itself.",
                value=value,
            )
        )
    return value.strip()


HASHTAG_PATTERN = re.compile(r"#\w+")
RuleText = Annotated[str, Field(min_length=1), AfterValidator(_rule_text)]
Hashtag = Annotated[str, Field(min_length=1), AfterValidator(_hashtag)]


class Recognise(_Item):
    """How an audience's posts and videos are recognised in per-item exports: any one rule catches a post."""

    labels: Annotated[list[RuleText], BeforeValidator(_rule_list)] = []  # Meta's "Custom labels"
    hashtags: Annotated[list[Hashtag], BeforeValidator(_rule_list)] = []  # whole: #a does not match #ab
    words: Annotated[list[RuleText], BeforeValidator(_rule_list)] = []  # whole words or phrases in the text
    campaigns: Annotated[list[RuleText], BeforeValidator(_rule_list)] = []  # utm_campaign or utm_content
    posts: Annotated[list[RuleText], BeforeValidator(_rule_list)] = []  # a post's permalink or id

    @property
    def empty(self) -> bool:
        """Return True when no rule is given (the audience's posts are not recognised)."""
        return not (self.labels or self.hashtags or self.words or self.campaigns or self.posts)


class Audience(_Item):
    """A group defined by interests and needs, and the channels where the team believes it is."""

    id: Id
    name: str | None = None
    needs: IdList = []
    assumed_channels: IdList = []
    recognise: Recognise | None = None

    @property
    def label(self) -> str:
        """Return the display name, or the id when no name is given."""
        return self.name or self.id


class MetricDeclaration(_Item):
    """A custom metric: how a month is aggregated, which direction is better, its unit."""

    id: Id
    label: str | None = None
    aggregation: DeclaredAggregation
    better: Direction
    unit: str = ""
    description: str | None = None

    def to_spec(self) -> MetricSpec:
        """Return the declaration as the MetricSpec the engine uses."""
        label = self.label or self.id.replace("_", " ").capitalize()
        return MetricSpec(self.id, label, self.aggregation, self.better, self.unit, builtin=False)


class Goal(_Item):
    """One goal: a metric on some channels and audiences, from a baseline to a target by a deadline."""

    id: Id
    title: Text
    kind: Literal["communication", "effect"]
    metric: Id
    channels: IdList = []
    audiences: IdList = []
    start: dt.date
    deadline: dt.date
    baseline: float | None = None
    target: float | None = None
    target_change: str | None = None
    type: Literal["reach", "stay_above", "stay_below"] = "reach"
    owner: Text
    description: str | None = None

    @field_validator("target_change", mode="before")
    @classmethod
    def _canonical_change(cls, value: Any) -> Any:
        if value is None:
            return None
        match = TARGET_CHANGE_PATTERN.match(str(value).strip())
        if not match:
            raise ValueError(
                Message(
                    "strategy.not_a_percent_change",
                    "“{value}” is not a change in percent. Write it with a sign and a percent sign, "
                    "like +25% or -10%.",
                    value=str(value),
                )
            )
        sign, number = match.groups()
        number = number.replace(",", ".")
        return f"{sign}{float(number):g}%"

    @property
    def target_change_fraction(self) -> float | None:
        """Return target_change as a fraction (+25% -> 0.25), or None when the target is absolute."""
        if self.target_change is None:
            return None
        return float(self.target_change.rstrip("%")) / 100.0

    def target_for(self, baseline: float | None) -> float | None:
        """Return the target in the metric's unit: absolute, or the baseline moved by target_change."""
        if self.target is not None:
            return self.target
        fraction = self.target_change_fraction
        if fraction is None or baseline is None:
            return None
        return baseline * (1.0 + fraction)


class Tactic(_Item):
    """We will be present in `present_in`, to do `to_do`, to achieve `to_achieve`, for `for_audiences`."""

    id: Id
    present_in: Annotated[IdList, Field(min_length=1)]
    to_do: Text
    to_achieve: Annotated[IdList, Field(min_length=1)]
    for_audiences: IdList = []
    hours_per_month: Annotated[float, Field(ge=0)] | None = None
    core: bool = False


def _metrics_as_list(value: Any) -> Any:
    """Accept `metrics:` written as a mapping keyed by id as well as a list."""
    if isinstance(value, dict):
        return [
            {"id": key, **item} if isinstance(item, dict) else {"id": key} if item is None else item
            for key, item in value.items()
        ]
    return [] if value is None else value


def _empty_list(value: Any) -> Any:
    return [] if value is None else value


class Strategy(_Item):
    """The whole strategy: who we are, where we are, for whom, what we want to achieve and how."""

    organisation: Text
    mission: str | None = None
    purpose: Annotated[list[Text], BeforeValidator(_text_list)] = []
    channels: Annotated[list[Channel], BeforeValidator(_empty_list)] = []
    audiences: Annotated[list[Audience], BeforeValidator(_empty_list)] = []
    metrics: Annotated[list[MetricDeclaration], BeforeValidator(_metrics_as_list)] = []
    goals: Annotated[list[Goal], BeforeValidator(_empty_list)] = []
    tactics: Annotated[list[Tactic], BeforeValidator(_empty_list)] = []

    def metric_specs(self) -> dict[str, MetricSpec]:
        """Return every metric a goal may use: built-in, known, then declared (a declaration wins)."""
        specs = {**BUILTIN_METRICS, **KNOWN_METRICS, **RATIO_METRICS}
        specs.update({declared.id: declared.to_spec() for declared in self.metrics})
        return specs

    def goal(self, goal_id: str) -> Goal:
        """Return the goal with this id (KeyError when there is none)."""
        for goal in self.goals:
            if goal.id == goal_id:
                return goal
        raise KeyError(goal_id)

    def channel(self, channel_id: str) -> Channel:
        """Return the channel with this id (KeyError when there is none)."""
        for channel in self.channels:
            if channel.id == channel_id:
                return channel
        raise KeyError(channel_id)

    def goal_channels(self, goal: Goal) -> list[str]:
        """Return the channel ids a goal covers: its own list, else every declared channel not absent.

        An empty result (no channels declared at all) means every channel found in the data.
        """
        if goal.channels:
            return list(goal.channels)
        return [c.id for c in self.channels if c.presence != "absent"]


def load_strategy(text: str, source: str = "strategy.yaml") -> Strategy:
    """Return the strategy in the YAML text; raise StrategyError listing every mistake in plain words."""
    # Imported here because the checks module builds on the models defined above.
    from metrics.strategy_checks import check_strategy_text

    return check_strategy_text(text, source)


def strategy_to_yaml(strategy: Strategy) -> str:
    """Return the strategy as YAML text that load_strategy reads back to an equal strategy."""
    document = _plain(strategy.model_dump(mode="python", exclude_none=True))
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100)


def _plain(value: Any) -> Any:
    """Drop empty lists (they mean 'all') and write whole numbers without '.0'."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if not (isinstance(v, list) and not v)}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
