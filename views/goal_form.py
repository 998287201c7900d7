"""Goal editing for managers: one form per goal with plain labels, saved as a new strategy version.

The forms edit the stored strategy document (views.strategy_page gives it and saves through the library with
the acting user). What a manager reads (a demo goal's title in their language) is shown; only what they change
is written back, so a translated title is never stored by saving a new target.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import streamlit as st

from metrics.errors import GoalpostError, Message, StrategyError
from metrics.strategy import EARLIEST_GOAL_START, MAX_YEARS_AHEAD, Goal, load_strategy
from views import labels
from views.i18n import format_date, format_value, t
from views.messages import error_text, localized
from views.strategy_editor import document_to_yaml, percent_number
from views.tables import literal

if TYPE_CHECKING:
    from views.context import AppContext

KINDS = ("communication", "effect")
TYPES = ("reach", "stay_above", "stay_below")
NEW = "new"
"""The form key of the goal being added."""
FORM_PREFIX = "goal_form"
FIELDS = (
    "title",
    "kind",
    "metric",
    "channels",
    "audiences",
    "start",
    "deadline",
    "type",
    "baseline",
    "target",
    "target_change",
    "owner",
)
"""The goal's fields the form edits, in the order they are written back (the description is kept as is)."""
DATE_FORMAT = {"en": "YYYY-MM-DD", "sv": "YYYY-MM-DD", "nb": "DD.MM.YYYY", "da": "DD.MM.YYYY"}


# ---------------------------------------------------------------- pure helpers


def field_label(field: str, lang: str) -> str:
    """Return the form's label of a goal field ("Deadline", "Frist"), without a unit."""
    return t(f"goal_form.label_{field}", lang)


def widget_key(version: int | None, goal_id: str, field: str) -> str:
    """Return the session key of one form field; the strategy version is in it, so a saved change starts fresh."""
    return f"{FORM_PREFIX}.v{version}.{goal_id}.{field}"


def open_key(goal_id: str) -> str:
    """Return the session key that says whether a goal's form is open (True) or folded (False)."""
    return f"{FORM_PREFIX}.open.{goal_id}"


def new_goal_id(title: str, taken: set[str]) -> str:
    """Return a short id made from a goal's title ("Økt rekkevidde!" -> "økt_rekkevidde"), unique among `taken`."""
    # Letters of any language stay (ids may hold "ø"); punctuation and spaces become one underscore.
    words = re.findall(r"[^\W_]+", unicodedata.normalize("NFC", title).lower())
    base = "_".join(words)[:40].strip("_") or "goal"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}_{number}", number + 1
    return candidate


def _number(value: Any) -> int | float | None:
    if value is None:
        return None
    number = float(value)
    return int(number) if number.is_integer() else number


def goal_from_form(
    values: dict[str, Any], stored: dict[str, Any] | None, shown: dict[str, str] | None = None
) -> dict[str, Any]:
    """Return the goal as the strategy file writes it, from the form's values and the stored goal.

    `shown` holds texts shown in place of the stored ones (a demo title in the reader's language): one left
    as shown keeps the stored text. Fields the form does not edit (the description) are kept.
    """
    stored = dict(stored or {})
    shown = shown or {}
    goal: dict[str, Any] = {"id": stored.get("id") or values.get("id")}
    for name in ("title", "owner"):
        typed = str(values.get(name) or "").strip()
        goal[name] = (
            stored.get(name) if name in stored and typed == shown.get(name, stored.get(name)) else typed
        )
    goal["kind"] = values.get("kind")
    goal["metric"] = values.get("metric")
    if values.get("channels"):
        goal["channels"] = list(values["channels"])
    if values.get("audiences"):
        goal["audiences"] = list(values["audiences"])
    goal["start"] = values.get("start")
    goal["deadline"] = values.get("deadline")
    if values.get("baseline") is not None:
        goal["baseline"] = _number(values["baseline"])
    if values.get("target") is not None:
        goal["target"] = _number(values["target"])
    if values.get("target_change") is not None:
        goal["target_change"] = f"{float(values['target_change']):+g}%"
    if values.get("type") and (values["type"] != "reach" or "type" in stored):
        goal["type"] = values["type"]
    for name, value in stored.items():  # the description and anything else the form does not show
        if name not in goal and name not in FIELDS:
            goal[name] = value
    kept = {
        name: value for name, value in goal.items() if value not in (None, "") or name in ("title", "owner")
    }
    # Written in the order the strategy file uses, so a saved version differs from the last only where edited.
    order = list(stored)
    model_order = list(Goal.model_fields)
    for position, name in enumerate(model_order):
        if name not in order:  # a field set for the first time goes after the field before it in the model
            earlier = [f for f in model_order[:position] if f in order]
            order.insert(order.index(earlier[-1]) + 1 if earlier else 0, name)
    return dict(
        sorted(kept.items(), key=lambda item: order.index(item[0]) if item[0] in order else len(order))
    )


def document_with_goal(document: dict[str, Any], goal: dict[str, Any], goal_id: str | None) -> dict[str, Any]:
    """Return a copy of the strategy document with one goal replaced (by id), or added at the end (None)."""
    result = dict(document)
    goals = [dict(g) if isinstance(g, dict) else g for g in document.get("goals") or []]
    if goal_id is None:
        goals.append(goal)
    else:
        goals = [goal if isinstance(g, dict) and str(g.get("id")) == goal_id else g for g in goals]
    result["goals"] = goals
    return result


def _relabelled(message: Any, field_labels: dict[str, str], goal_titles: dict[str, str]) -> Any:
    """Return a message whose field names are the form's labels and whose goal is named by its title."""
    if not isinstance(message, Message):
        return message
    params = {name: _relabelled(value, field_labels, goal_titles) for name, value in message.params.items()}
    if message.key.startswith("strategy.where_") and str(params.get("field")) in field_labels:
        params["field"] = field_labels[str(params["field"])]
    if message.key == "strategy.goal_named" and str(params.get("id")) in goal_titles:
        params["id"] = goal_titles[str(params["id"])]
    relabelled = copy.copy(message)
    relabelled.params = params
    return relabelled


def form_problems(text: str, lang: str, goal_titles: dict[str, str]) -> list[str]:
    """Return the strategy's mistakes in the language, fields named as the form labels them ([] when none)."""
    try:
        load_strategy(text, source="strategy")
    except StrategyError as error:
        field_labels = {name: field_label(name, lang) for name in FIELDS}
        return [localized(_relabelled(p, field_labels, goal_titles), lang) for p in error.problems] or [
            error_text(error, lang)
        ]
    except GoalpostError as error:
        return [error_text(error, lang)]
    return []


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _ids(value: Any) -> list[str]:
    """Return a goal's channels or audiences as a list of ids (a single id may be written without a list)."""
    if value is None or value == "":
        return []
    ids = [str(v) for v in value] if isinstance(value, list) else [str(value)]
    return [] if [i.lower() for i in ids] == ["all"] else ids


def _as_float(value: Any) -> float | None:
    try:
        return None if value in (None, "") else float(value)
    except (TypeError, ValueError):
        return None


def summary_line(goal: Goal, lang: str, unit: str) -> str:
    """Return a goal's target, deadline and owner in one line ("Target 38,500 followers · by … · Ingrid")."""
    if goal.target is not None:
        target = format_value(goal.target, lang, unit)
    elif goal.target_change:
        target = t("strategy.target_relative", lang, change=goal.target_change)
    else:
        target = "–"
    if goal.type == "reach":
        target = t("goal_form.target_is", lang, target=target)
    else:  # "Stay above 250 comments": the level to hold is the target
        target = t(f"strategy.type_{goal.type}", lang, target=target)
        target = target[:1].upper() + target[1:]
    return t(
        "goal_form.summary",
        lang,
        target=target,
        deadline=format_date(goal.deadline, lang),
        owner=goal.owner,
    )


# ---------------------------------------------------------------- the forms


def render_goal_forms(
    ctx: AppContext, document: dict[str, Any], save: Callable[[str, str | None], None]
) -> None:
    """Draw one form per goal (its target, deadline and owner in the title) and one to add a goal.

    `save(text, note)` stores the new strategy text as a version for ctx.actor (the library checks the role).
    """
    lang = ctx.language
    strategy = ctx.strategy
    stored = {str(g.get("id")): g for g in document.get("goals") or [] if isinstance(g, dict)}
    specs = strategy.metric_specs()
    titles = {g.id: g.title for g in strategy.goals}
    for goal in strategy.goals:
        spec = specs.get(goal.metric)
        unit = labels.unit_label(spec, lang) if spec is not None else ""
        label = f"**{literal(goal.title)}** · {literal(summary_line(goal, lang, unit))}"
        # Lazy: a goal's form is drawn only while it is open (thirteen forms of widgets cost half a second).
        goal_line = st.expander(label, icon=":material/flag:", key=open_key(goal.id), on_change="rerun")
        with goal_line:
            if goal_line.open:
                _goal_form(ctx, document, goal.id, stored.get(goal.id), goal, titles, save)
    adding = st.expander(
        t("goal_form.add", lang), icon=":material/add:", key=open_key(NEW), on_change="rerun"
    )
    with adding:
        if adding.open:
            _goal_form(ctx, document, None, None, None, titles, save)


def _goal_form(
    ctx: AppContext,
    document: dict[str, Any],
    goal_id: str | None,
    stored: dict[str, Any] | None,
    shown: Goal | None,
    titles: dict[str, str],
    save: Callable[[str, str | None], None],
) -> None:
    lang = ctx.language
    strategy = ctx.strategy
    stored = stored or {}
    form_id = goal_id or NEW

    def key(field: str) -> str:
        return widget_key(ctx.strategy_version, form_id, field)

    specs = strategy.metric_specs()
    channel_names = labels.channel_names(strategy)
    audience_names = labels.audience_names(strategy, lang)
    metric_names = {m: labels.metric_label(spec, lang) for m, spec in specs.items()}
    metric = str(stored.get("metric") or "followers")
    metrics = sorted(metric_names, key=lambda m: metric_names[m].lower())
    if metric not in metrics:
        metrics.insert(0, metric)
    spec = specs.get(metric)
    unit = labels.unit_label(spec, lang) if spec is not None else ""
    today = dt.date.today()
    latest = today.replace(year=today.year + MAX_YEARS_AHEAD, day=min(today.day, 28))
    start = _as_date(stored.get("start")) or today.replace(day=1)
    deadline = _as_date(stored.get("deadline")) or dt.date(today.year, 12, 31)
    date_format = DATE_FORMAT.get(lang, "YYYY-MM-DD")
    with st.form(key=f"{FORM_PREFIX}.form.{form_id}", border=False):
        title = st.text_input(
            field_label("title", lang),
            value=shown.title if shown is not None else "",
            key=key("title"),
            placeholder=t("goal_form.title_hint", lang),
        )
        left, right = st.columns(2)
        kind = left.selectbox(
            field_label("kind", lang),
            KINDS,
            index=KINDS.index(stored.get("kind")) if stored.get("kind") in KINDS else 0,
            format_func=lambda k: t(f"goal.kind_{k}", lang),
            key=key("kind"),
            help=t("goal_form.kind_help", lang),
        )
        chosen_metric = right.selectbox(
            field_label("metric", lang),
            metrics,
            index=metrics.index(metric),
            format_func=lambda m: metric_names.get(m, m),
            key=key("metric"),
        )
        left, right = st.columns(2)
        channels = left.multiselect(
            field_label("channels", lang),
            list(dict.fromkeys([*channel_names, *_ids(stored.get("channels"))])),
            default=_ids(stored.get("channels")),
            format_func=lambda c: channel_names.get(c, c),
            key=key("channels"),
            placeholder=t("goal_form.all_channels", lang),
            help=t("goal_form.channels_help", lang),
        )
        audiences = right.multiselect(
            field_label("audiences", lang),
            list(dict.fromkeys([*audience_names, *_ids(stored.get("audiences"))])),
            default=_ids(stored.get("audiences")),
            format_func=lambda a: audience_names.get(a, a),
            key=key("audiences"),
            placeholder=t("goal_form.everyone", lang),
            help=t("goal_form.audiences_help", lang),
        )
        left, right = st.columns(2)
        start_day = left.date_input(
            field_label("start", lang),
            value=start,
            min_value=EARLIEST_GOAL_START,
            max_value=latest,
            format=date_format,
            key=key("start"),
        )
        deadline_day = right.date_input(
            field_label("deadline", lang),
            value=deadline,
            min_value=EARLIEST_GOAL_START,
            max_value=latest,
            format=date_format,
            key=key("deadline"),
        )
        goal_type = st.radio(
            field_label("type", lang),
            TYPES,
            index=TYPES.index(stored.get("type")) if stored.get("type") in TYPES else 0,
            format_func=lambda k: t(f"goal_form.type_{k}", lang),
            key=key("type"),
            horizontal=True,
        )
        with_unit = (lambda text: f"{text} ({unit})") if unit else (lambda text: text)
        left, middle, right = st.columns(3)
        baseline = left.number_input(
            with_unit(field_label("baseline", lang)),
            value=_as_float(stored.get("baseline")),
            step=1.0,
            format="%.12g",
            key=key("baseline"),
            placeholder=t("goal_form.from_data", lang),
            help=t("goal_form.baseline_help", lang),
        )
        target = middle.number_input(
            with_unit(field_label("target", lang)),
            value=_as_float(stored.get("target")),
            step=1.0,
            format="%.12g",
            key=key("target"),
        )
        target_change = right.number_input(
            field_label("target_change", lang),
            value=percent_number(stored.get("target_change")),
            step=1.0,
            format="%.12g",
            key=key("target_change"),
            help=t("goal_form.target_change_help", lang),
        )
        owner = st.text_input(
            field_label("owner", lang),
            value=shown.owner if shown is not None else "",
            key=key("owner"),
            placeholder=t("goal_form.owner_hint", lang),
        )
        note = st.text_input(
            t("strategy.note", lang), key=key("note"), placeholder=t("strategy.note_hint", lang)
        )
        submitted = st.form_submit_button(
            t("goal_form.save", lang) if goal_id else t("goal_form.save_new", lang),
            type="primary",
            key=key("save"),
        )
    if not submitted:
        return
    values = {
        "title": title,
        "kind": kind,
        "metric": chosen_metric,
        "channels": channels,
        "audiences": audiences,
        "start": start_day,
        "deadline": deadline_day,
        "type": goal_type,
        "baseline": baseline,
        "target": target,
        "target_change": target_change,
        "owner": owner,
    }
    taken = {str(g.get("id")) for g in document.get("goals") or [] if isinstance(g, dict)}
    if goal_id is None:
        values["id"] = new_goal_id(title, taken)
    shown_texts = {"title": shown.title, "owner": shown.owner} if shown is not None else {}
    goal = goal_from_form(values, stored if goal_id else None, shown_texts)
    text = document_to_yaml(document_with_goal(document, goal, goal_id))
    problems = form_problems(text, lang, {**titles, **({goal["id"]: title} if goal_id is None else {})})
    if problems:
        st.error(
            literal(t("goal_form.not_saved", lang, count=len(problems)))
            + "\n\n"
            + "\n".join("- " + literal(problem) for problem in problems),
            icon=":material/error:",
        )
        return
    if goal_id is not None and goal == stored:
        st.info(t("goal_form.unchanged", lang), icon=":material/info:")
        return
    save(text, note.strip() or None)
