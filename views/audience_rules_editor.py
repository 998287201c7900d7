"""Editing how each audience's posts are recognised, with a preview on last month's posts before saving."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from metrics.audience_posts import rule_preview
from metrics.errors import GoalpostError, StrategyError
from metrics.strategy import load_strategy
from views import labels
from views.audience_posts import last_month_posts, post_table
from views.context import AppContext
from views.i18n import t, tn
from views.messages import error_text, localized
from views.strategy_editor import document_to_yaml, unneutralised
from views.tables import literal, safe_table

RULES_KEY = "strategy.rules_editor"
RULE_LISTS = ("labels", "hashtags", "words", "campaigns", "posts")


def rules_table(document: dict[str, Any]) -> pd.DataFrame:
    """Return one row per audience: its id and each rule list as comma-separated text."""
    rows = []
    for audience in document.get("audiences") or []:
        if not isinstance(audience, dict):
            continue
        recognise = audience.get("recognise") or {}
        row = {"audience": str(audience.get("id", ""))}
        for name in RULE_LISTS:
            values = recognise.get(name) if isinstance(recognise, dict) else None
            values = [values] if isinstance(values, str | int | float) else values or []
            row[name] = ", ".join(str(v) for v in values)
        rows.append(row)
    return pd.DataFrame(rows, columns=["audience", *RULE_LISTS])


def apply_rules(document: dict[str, Any], table: pd.DataFrame) -> dict[str, Any]:
    """Return a copy of the document with each audience's `recognise` taken from the edited table."""
    result = copy.deepcopy(document)
    by_id = {str(row["audience"]): row for row in table.to_dict("records")}
    for audience in result.get("audiences") or []:
        if not isinstance(audience, dict) or str(audience.get("id")) not in by_id:
            continue
        row = by_id[str(audience.get("id"))]
        recognise = {}
        for name in RULE_LISTS:
            cell = row.get(name)
            text = "" if cell is None or cell != cell else unneutralised(str(cell))
            values = [part.strip() for part in text.split(",") if part.strip()]
            if values:
                recognise[name] = values
        if recognise:
            audience["recognise"] = recognise
        else:
            audience.pop("recognise", None)
    return result


def render_rules_editor(
    ctx: AppContext, document: dict[str, Any], save: Callable[[AppContext, str], None]
) -> None:
    """Show the audiences' rules as a table; after an edit, preview them on last month's posts and offer to save."""
    lang = ctx.language
    st.subheader(t("attribution.rules_title", lang), anchor=False)
    st.caption(t("attribution.rules_help", lang))
    table = rules_table(document)
    if table.empty:
        st.caption(t("attribution.rules_no_audiences", lang))
        return
    # Audiences by name; the rows are fixed (no adding or deleting), so each row keeps its audience's id.
    names = labels.audience_names(ctx.strategy, lang)
    shown = table.assign(audience=[names.get(a, a) for a in table["audience"]])
    edited = st.data_editor(
        safe_table(shown),
        key=RULES_KEY,
        hide_index=True,
        disabled=["audience"],
        column_config={
            "audience": st.column_config.TextColumn(t("attribution.col_audience", lang)),
            **{name: st.column_config.TextColumn(t(f"attribution.list_{name}", lang)) for name in RULE_LISTS},
        },
        width="stretch",
    ).assign(audience=table["audience"].to_numpy())
    state = st.session_state.get(RULES_KEY)
    if not (isinstance(state, dict) and state.get("edited_rows")):
        return
    text = document_to_yaml(apply_rules(document, edited))
    try:
        strategy = load_strategy(text, source="strategy")
    except StrategyError as error:
        problems = [localized(problem, lang) for problem in error.problems] or [error_text(error, lang)]
        st.error("\n".join("- " + literal(p) for p in problems), icon=":material/error:")
        return
    except GoalpostError as error:
        st.error(literal(error_text(error, lang)), icon=":material/error:")
        return
    render_preview(ctx, strategy)
    if st.button(t("attribution.rules_save", lang), key="strategy.rules_save", type="primary"):
        save(ctx, text)


def render_preview(ctx: AppContext, strategy) -> None:
    """Show which of last month's posts each rule catches, which none catches, which several audiences catch."""
    lang = ctx.language
    month, posts = last_month_posts(ctx)
    with st.container(border=True, key="strategy.rules_preview"):
        if month is None or posts.empty:
            st.caption(t("attribution.preview_no_posts", lang))
            return
        st.markdown(
            "**" + literal(t("attribution.preview_title", lang, month=month, count=len(posts))) + "**"
        )
        caught, none, several = rule_preview(posts, strategy)
        names = {a.id: a.label for a in strategy.audiences}
        if len(caught):
            st.caption(tn("attribution.preview_caught", caught["item"].nunique(), lang))
            st.dataframe(
                post_table(
                    caught,
                    strategy,
                    lang,
                    {
                        t("attribution.col_audience", lang): [names.get(a, a) for a in caught["audience"]],
                        t("attribution.col_rule", lang): [
                            f"{t(f'attribution.list_{k}', lang)}: {r}"
                            for k, r in zip(caught["kind"], caught["rule"], strict=True)
                        ],
                    },
                ),
                hide_index=True,
                key="strategy.preview_caught",
            )
        st.caption(tn("attribution.preview_none", len(none), lang))
        if len(none):
            st.dataframe(post_table(none, strategy, lang), hide_index=True, key="strategy.preview_none")
        st.caption(tn("attribution.preview_several", len(several), lang))
        if len(several):
            st.dataframe(
                post_table(
                    several,
                    strategy,
                    lang,
                    {
                        t("attribution.col_audiences", lang): [
                            ", ".join(names.get(a, a) for a in value.split(", "))
                            for value in several["audiences"]
                        ]
                    },
                ),
                hide_index=True,
                key="strategy.preview_several",
            )
