"""Names a manager reads for ids: channels and audiences as the strategy names them, metrics, units, statuses."""

from __future__ import annotations

from collections.abc import Mapping

from metrics.observations import ALL_AUDIENCES
from metrics.semantics import MetricSpec
from metrics.strategy import Strategy
from views.i18n import has_text, t


def channel_names(strategy: Strategy | None, extra: list[str] | tuple[str, ...] = ()) -> dict[str, str]:
    """Return channel id -> name (the strategy's own words, shown literally), strategy order, then extra ids."""
    names = {c.id: c.label for c in (strategy.channels if strategy else [])}
    for channel in extra:
        names.setdefault(str(channel), str(channel))
    return names


def audience_names(
    strategy: Strategy | None, lang: str, extra: list[str] | tuple[str, ...] = (), include_all: bool = False
) -> dict[str, str]:
    """Return audience id -> name in strategy order, then extra ids; 'all' (the whole channel) first if asked."""
    names = {ALL_AUDIENCES: t("common.all_audiences", lang)} if include_all else {}
    names.update({a.id: a.label for a in (strategy.audiences if strategy else [])})
    for audience in extra:
        if audience == ALL_AUDIENCES:
            names.setdefault(ALL_AUDIENCES, t("common.all_audiences", lang))
        names.setdefault(str(audience), str(audience))
    return names


def metric_label(spec: MetricSpec, lang: str) -> str:
    """Return a metric's name in the language for built-in and known metrics, else the strategy's label."""
    key = f"metric.{spec.id}"
    return t(key, lang) if spec.builtin and has_text(key) else spec.label


def unit_label(spec: MetricSpec, lang: str) -> str:
    """Return a metric's unit in the language for built-in units, else the strategy's unit as written."""
    key = f"unit.{spec.unit}"
    return t(key, lang) if spec.builtin and has_text(key) else spec.unit


def status_word(status: str, lang: str) -> str:
    """Return the status word in the language ("On track", "I rute")."""
    return t(f"status.{status}", lang)


def id_as_words(value: str) -> str:
    """Return an id as words a manager reads: "wide_tracker" -> "Wide tracker", "zendesk" -> "Zendesk"."""
    words = " ".join(str(value).replace("_", " ").replace("-", " ").split())
    return words[:1].upper() + words[1:]


def tactic_name(tactic_id: str, names: Mapping[str, str] | None = None) -> str:
    """Return a tactic's name: from `names` (the demo's, in the language), else its id as words ("Trip guides")."""
    if names and names.get(tactic_id):
        return names[tactic_id]
    return id_as_words(tactic_id)
