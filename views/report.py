"""The monthly review as one document (pure: facts in, HTML text and chart figures out; no Streamlit, no I/O).

The HTML is self-contained: plotly.js is inlined, so the file opens offline and draws every chart; the same
HTML is what Chromium prints to the PDF (connectors/report_render.py).
"""

from __future__ import annotations

import copy
import datetime as dt
import html
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd
import plotly.graph_objects as go
from plotly.offline import get_plotlyjs
from plotly.utils import PlotlyJSONEncoder

from metrics.monthly import channels_reported
from metrics.observations import ALL_AUDIENCES
from metrics.semantics import metric_spec
from views.figures import STATUS_COLOURS, STATUS_ICONS, goal_path_figure, pace_figure, status_grid_figure
from views.figures.common import plotly_literal, short_label
from views.goal_text import (
    basis_text,
    counts,
    level_text,
    no_data_text,
    outlook_text,
    pace_text,
    scope_text,
    target_text,
)
from views.i18n import format_date, format_month, format_signed, format_value, t
from views.labels import audience_names, channel_names, metric_label, status_word, unit_label
from views.overview_model import grid_axes, grid_cells, ordered_goals, status_counts, summary_parts

CHART_WIDTH = 700
"""Layout pixels of every chart: the printable width of A4 with 12 mm margins at 96 dpi."""
GOAL_CHART_HEIGHT = 290
"""Two goals, each with its facts and chart, fit one A4 page."""
BEHIND = ("off_track", "at_risk")
CHART_CONFIG = {
    "displaylogo": False,
    "responsive": False,
    "scrollZoom": False,
    "modeBarButtonsToRemove": [
        "zoom2d",
        "pan2d",
        "select2d",
        "lasso2d",
        "zoomIn2d",
        "zoomOut2d",
        "autoScale2d",
        "resetScale2d",
    ],
}
"""Plotly's options: hover and the "download as PNG" button stay; a document is read, not zoomed."""


@dataclass(frozen=True)
class ReportChart:
    """One chart of the report: a file name stem, its title (plain text) and the Plotly figure as a dict."""

    name: str
    title: str
    figure: dict[str, Any]


@dataclass(frozen=True)
class ReportDocument:
    """The report: its title and file stem, the self-contained HTML, its charts, a footer and a mail summary."""

    title: str
    file_stem: str
    html: str
    charts: list[ReportChart]
    footer: str
    summary: str
    """Plain text for a mail body: goals off track and at risk, what changed, in the report's language."""


def build_report(
    inputs: Any,
    lang: str = "en",
    decisions: Sequence[Mapping[str, Any]] | None = None,
    made_on: dt.date | None = None,
) -> ReportDocument:
    """Return the monthly review of connectors.report_data.ReportInputs in a language.

    `decisions` are the month's decisions (date, goal, text, decided_by); an empty list says none were recorded,
    None leaves the inputs' own decisions (if any) in place.
    """
    strategy, month = inputs.strategy, inputs.as_of_month
    decisions = list(decisions if decisions is not None else (inputs.decisions or []))
    goals = ordered_goals(inputs.goals)
    organisation = str(strategy.organisation)
    month_text = format_month(month, lang)
    title = t("report.title", lang, organisation=organisation, month=month_text)
    charts = _charts(inputs, goals, lang)
    by_name = {c.name: c for c in charts}
    changes = status_changes(goals, lang)
    body = [
        '<header class="cover">',
        f"<p class='kicker'>{_e(t('report.kicker', lang))}</p>",
        f"<h1>{_e(organisation)}</h1>",
        f"<p class='month'>{_e(t('report.month', lang, month=month_text))}</p>",
        f"<p class='made'>{_e(t('report.made', lang, date=format_date(made_on or dt.date.today(), lang)))}</p>",
        "</header>",
        _section(t("report.whats_in", lang), _coverage(inputs, lang)),
        _section(t("report.summary", lang), _summary(goals, lang)),
        _section(
            t("report.changed_title", lang, month=format_month(_before(month), lang)), _changes(changes, lang)
        ),
        _section(t("report.table_title", lang), _goal_table(goals, lang, inputs), css="table-section"),
    ]
    for name in ("pace", "grid"):
        if name in by_name:
            body.append(_section(by_name[name].title, _chart_html(by_name[name]), css="chart-section"))
    body.append(f"<h2 class='goals-title'>{_e(t('report.goals_title', lang))}</h2>")
    for goal in goals:
        body.append(_goal_section(inputs, goal, by_name.get(f"goal-{goal['id']}"), lang))
    body.append(
        _section(t("report.decisions_title", lang), _decisions(decisions, month_text, lang), css="decisions")
    )
    document = _page(title, lang, "\n".join(body))
    footer = f"{organisation} · {t('report.kicker', lang)} · {month_text}"
    return ReportDocument(
        title=title,
        file_stem=f"goalpost-report-{month}",
        html=document,
        charts=charts,
        footer=footer,
        summary=mail_summary(organisation, month, goals, changes, lang),
    )


PROGRESS_COLUMNS = (
    "goal",
    "title",
    "status",
    "current",
    "current_month",
    "baseline",
    "target",
    "unit",
    "progress",
    "expected",
    "forecast",
    "deadline",
    "owner",
)


def goal_progress_frame(inputs: Any, lang: str = "en") -> pd.DataFrame:
    """Return one row per goal, most urgent first: status in words, numbers in the metric's unit, shares 0–1."""
    rows = [
        {
            "goal": goal["id"],
            "title": goal["title"],
            "status": status_word(str(goal["status"]), lang),
            "current": goal.get("current"),
            "current_month": goal.get("current_month"),
            "baseline": goal.get("baseline"),
            "target": goal.get("target"),
            "unit": _unit(inputs, goal, lang),
            "progress": goal.get("progress"),
            "expected": goal.get("expected"),
            "forecast": goal.get("forecast"),
            "deadline": goal.get("deadline"),
            "owner": goal.get("owner"),
        }
        for goal in ordered_goals(inputs.goals)
    ]
    return pd.DataFrame(rows, columns=list(PROGRESS_COLUMNS))


PNG_TITLE_SPACE = 66
"""Layout pixels added above a chart exported alone, for its title."""


def titled_figure(chart: ReportChart) -> dict[str, Any]:
    """Return the chart's figure with its title above it: a PNG on a slide must say what it shows."""
    figure = copy.deepcopy(chart.figure)
    layout = figure.setdefault("layout", {})
    margin = dict(layout.get("margin") or {})
    margin["t"] = int(margin.get("t", 100)) + PNG_TITLE_SPACE  # Plotly's own default is 100
    layout["margin"] = margin
    layout["height"] = int(layout.get("height") or 450) + PNG_TITLE_SPACE
    layout["title"] = {
        "text": plotly_literal(short_label(chart.title, 90)),
        "x": 0.01,
        "xanchor": "left",
        "y": 1,
        "yref": "container",
        "pad": {"t": 12},
        "yanchor": "top",
        "font": {"size": 17},
    }
    return figure


def status_changes(goals: Sequence[Mapping[str, Any]], lang: str) -> list[str]:
    """Return "“Title”: At risk → Off track" for each goal whose status differs from the month before."""
    lines = []
    for goal in goals:
        before, now = goal.get("status_before"), goal.get("status")
        if before and now and before != now:
            lines.append(
                t(
                    "report.changed_status",
                    lang,
                    goal=t("common.quoted", lang, text=goal["title"]),
                    before=status_word(str(before), lang),
                    now=status_word(str(now), lang),
                )
            )
    return lines


def mail_summary(
    organisation: str, month: str, goals: Sequence[Mapping[str, Any]], changes: Sequence[str], lang: str
) -> str:
    """Return the mail body: the summary line, the goals off track and at risk, what changed (plain text)."""
    lines = [t("report.title", lang, organisation=organisation, month=format_month(month, lang)), ""]
    lines.append("; ".join(summary_parts(goals, lang)) + ".")
    behind = [g for g in goals if g.get("status") in BEHIND]
    lines.append("")
    if behind:
        for goal in behind:
            lines.append(
                f"- {status_word(str(goal['status']), lang)}: {goal['title']} ({_now_text(goal, lang)})"
            )
    else:
        lines.append(t("report.mail_none_behind", lang))
    lines += ["", t("report.changed_title", lang, month=format_month(_before(month), lang)) + ":"]
    lines += [f"- {line}" for line in changes] or [t("report.changed_none", lang)]
    lines += ["", t("report.mail_attached", lang)]
    return "\n".join(lines) + "\n"


def _before(month: str) -> str:
    first = dt.date(int(month[:4]), int(month[5:7]), 1)
    return (first - dt.timedelta(days=1)).strftime("%Y-%m")


def _e(text: object) -> str:
    """Return text escaped for HTML: strategy texts are user input and always shown literally."""
    return html.escape(str(text), quote=True)


def _unit(inputs: Any, goal: Mapping[str, Any], lang: str) -> str:
    return unit_label(metric_spec(str(goal["metric"]), inputs.strategy.metric_specs()), lang)


def _now_text(goal: Mapping[str, Any], lang: str) -> str:
    value = format_value(goal.get("current"), lang, whole=counts(goal))
    month = goal.get("current_month")
    return f"{value} ({format_month(str(month), lang)})" if month else value


def _charts(inputs: Any, goals: list[Mapping[str, Any]], lang: str) -> list[ReportChart]:
    charts = []
    if any(g.get("progress") is not None for g in goals):
        pace = pace_figure(goals, lang)
        charts.append(_chart("pace", t("overview.pace_title", lang), pace))
    cells = grid_cells(inputs.strategy, goals)
    if not cells.empty:
        rows, columns = grid_axes(
            inputs.strategy,
            cells,
            channel_names(inputs.strategy),
            {ALL_AUDIENCES: t("overview.grid_all", lang), **audience_names(inputs.strategy, lang)},
        )
        charts.append(
            _chart("grid", t("overview.grid_title", lang), status_grid_figure(cells, rows, columns, lang))
        )
    for goal in goals:
        values = inputs.series.get(str(goal["id"]))
        if values is None or values.dropna().empty:
            continue
        figure = goal_path_figure(
            goal, values, lang, unit=_unit(inputs, goal, lang), height=GOAL_CHART_HEIGHT
        )
        charts.append(_chart(f"goal-{goal['id']}", str(goal["title"]), figure))
    return charts


def _chart(name: str, title: str, figure: go.Figure) -> ReportChart:
    # A fixed size: the same chart on screen, in print and as a PNG; no drag or zoom state to lose on a page.
    figure.update_layout(width=CHART_WIDTH, autosize=False, dragmode=False)
    return ReportChart(name=name, title=title, figure=figure.to_plotly_json())


def _chart_html(chart: ReportChart) -> str:
    """Return the chart's div and the script drawing it (the figure already checked when it was built)."""
    # Plotly's own to_html builds and checks the figure again (a quarter second a chart); this is the same
    # call it writes. "<", ">" and "&" are written as JSON escapes, so no text can close the script element.
    data = json.dumps(chart.figure.get("data", []), cls=PlotlyJSONEncoder)
    layout = json.dumps(chart.figure.get("layout", {}), cls=PlotlyJSONEncoder)
    height = int((chart.figure.get("layout") or {}).get("height") or 450)
    div_id = f"chart-{chart.name}"
    return (
        f"<div class='chart'><div id='{_e(div_id)}' class='plotly-graph-div' "
        f"style='height:{height}px; width:{CHART_WIDTH}px;'></div>"
        f"<script>Plotly.newPlot({_script_json(div_id)}, {_script_text(data)}, {_script_text(layout)}, "
        f"{_script_json(CHART_CONFIG)});</script></div>"
    )


def _script_json(value: object) -> str:
    return _script_text(json.dumps(value))


def _script_text(json_text: str) -> str:
    return json_text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _section(title: str, content: str, css: str = "") -> str:
    return f"<section class='{css}'><h2>{_e(title)}</h2>{content}</section>"


def _coverage(inputs: Any, lang: str) -> str:
    strategy, month = inputs.strategy, inputs.as_of_month
    channels = [c.id for c in strategy.channels if c.presence != "absent"]
    names = channel_names(strategy)
    if not channels:
        return f"<p>{_e(t('report.no_channels', lang))}</p>"
    reported, waiting = channels_reported(inputs.channel_months, month, channels)
    month_text = format_month(month, lang)
    if waiting:
        line = t(
            "overview.coverage_partial",
            lang,
            month=month_text,
            count=len(reported),
            total=len(channels),
            channels_in=", ".join(names.get(c, c) for c in reported) or "–",
            waiting=", ".join(names.get(c, c) for c in waiting),
        )
    else:
        line = t("overview.coverage_all", lang, month=month_text, total=len(channels))
    items = "".join(
        f"<li class='{'in' if c in reported else 'missing'}'>"
        f"{'✓' if c in reported else '✗'} {_e(names.get(c, c))}"
        f" <span class='muted'>{_e(t('report.channel_in' if c in reported else 'report.channel_missing', lang))}"
        "</span></li>"
        for c in channels
    )
    return f"<p>{_e(line)}</p><ul class='channels'>{items}</ul>"


def _summary(goals: list[Mapping[str, Any]], lang: str) -> str:
    if not goals:
        return f"<p>{_e(t('overview.summary_no_goals', lang))}.</p>"
    first, *rest = summary_parts(goals, lang)
    counts_by_status = status_counts(goals)
    tiles = "".join(
        f"<div class='tile' style='border-color:{STATUS_COLOURS[s]}'>"
        f"<span class='count'>{counts_by_status[s]}</span>"
        f"<span class='word'>{_e(STATUS_ICONS[s] + ' ' + status_word(s, lang))}</span></div>"
        for s in ("off_track", "at_risk", "on_track", "achieved", "no_data")
        if counts_by_status.get(s)
    )
    rest_html = f"<p>{_e('; '.join(rest))}.</p>" if rest else ""
    return f"<p class='lead'>{_e(first)}.</p>{rest_html}<div class='tiles'>{tiles}</div>"


def _changes(changes: list[str], lang: str) -> str:
    if not changes:
        return f"<p>{_e(t('report.changed_none', lang))}</p>"
    return "<ul>" + "".join(f"<li>{_e(line)}</li>" for line in changes) + "</ul>"


def _badge(status: str, lang: str) -> str:
    colour = STATUS_COLOURS.get(status, STATUS_COLOURS["no_data"])
    return (
        f"<span class='badge' style='background:{colour}'>"
        f"{_e(STATUS_ICONS.get(status, '?') + ' ' + status_word(status, lang))}</span>"
    )


def _goal_table(goals: list[Mapping[str, Any]], lang: str, inputs: Any) -> str:
    head = "".join(
        f"<th>{_e(t(key, lang))}</th>"
        for key in (
            "report.col_goal",
            "report.col_status",
            "report.col_now",
            "report.col_target",
            "report.col_forecast",
        )
    )
    rows = []
    for goal in goals:
        unit = _unit(inputs, goal, lang)
        whole = counts(goal)
        forecast = goal.get("forecast") if (goal.get("type") or "reach") == "reach" else None
        rows.append(
            f"<tr data-goal='{_e(goal['id'])}'><td>{_e(goal['title'])}</td>"
            f"<td>{_badge(str(goal['status']), lang)}</td>"
            f"<td class='num'>{_e(format_value(goal.get('current'), lang, unit, whole=whole))}"
            f"{_stale(goal, inputs.as_of_month, lang)}</td>"
            f"<td class='num'>{_e(format_value(goal.get('target'), lang, unit, whole=whole))}</td>"
            f"<td class='num'>{_e(format_value(forecast, lang, unit, whole=whole) if forecast is not None else '–')}"
            "</td></tr>"
        )
    return f"<table class='goals'><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _stale(goal: Mapping[str, Any], month: str, lang: str) -> str:
    """Return a small "(Sep 2026)" when the goal's latest value is from before the report's month."""
    current = goal.get("current_month")
    if not current or str(current) >= month:
        return ""
    return f"<br><span class='muted'>({_e(format_month(str(current), lang, short=True))})</span>"


def _change_text(goal: Mapping[str, Any], lang: str) -> str:
    current, previous, months = goal.get("current"), goal.get("previous"), goal.get("recent_months") or []
    if current is None or previous is None or len(months) < 2:
        return ""
    change = float(current) - float(previous)
    decimals = 0 if counts(goal) or abs(change) >= 10 or change == 0 else 1
    month = format_month(str(months[-2]), lang, short=True)
    return t("overview.card_change", lang, change=format_signed(change, lang, decimals), month=month)


def _goal_section(inputs: Any, goal: Mapping[str, Any], chart: ReportChart | None, lang: str) -> str:
    strategy = inputs.strategy
    spec = metric_spec(str(goal["metric"]), strategy.metric_specs())
    unit = unit_label(spec, lang)
    status = str(goal["status"])
    as_of = (
        dt.date.fromisoformat(str(goal.get("measured_at") or "")[:10])
        if goal.get("measured_at")
        else dt.date.today()
    )
    facts = [
        _joined(
            t(
                "report.now_line",
                lang,
                month=format_month(str(goal.get("current_month")), lang),
                value=format_value(goal.get("current"), lang, unit, whole=counts(goal)),
            )
            if goal.get("current") is not None
            else "",
            _change_text(goal, lang),
            target_text(goal, lang, unit),
        ),
        _joined(level_text(goal, lang, unit), pace_text(goal, lang), basis_text(goal, lang)),
        outlook_text(goal, lang, unit),
        no_data_text(goal, as_of, lang),
    ]
    facts_html = "".join(f"<li>{_e(line)}</li>" for line in facts if line)
    meta = f"{metric_label(spec, lang)} · {scope_text(strategy, goal, lang)} · {t('overview.card_owner', lang, owner=goal['owner'])}"
    chart_html = _chart_html(chart) if chart else f"<p class='muted'>{_e(t('report.no_chart', lang))}</p>"
    return (
        f"<section class='goal' id='goal-{_e(goal['id'])}'>"
        f"<h3>{_badge(status, lang)} {_e(goal['title'])}</h3>"
        f"<p class='muted'>{_e(meta)}</p><ul class='facts'>{facts_html}</ul>{chart_html}</section>"
    )


def _joined(*parts: str) -> str:
    return " · ".join(part for part in parts if part)


def _decisions(decisions: list[Mapping[str, Any]], month_text: str, lang: str) -> str:
    if not decisions:
        return f"<p>{_e(t('report.decisions_none', lang, month=month_text))}</p>"
    items = []
    for decision in decisions:
        goal = decision.get("goal_title") or decision.get("goal") or ""
        line = t(
            "report.decision_line",
            lang,
            date=format_date(decision.get("date"), lang) if decision.get("date") else "–",
            by=decision.get("decided_by") or "–",
            text=decision.get("text") or "",
        )
        goal_html = f" <span class='muted'>({_e(goal)})</span>" if goal else ""
        items.append(f"<li>{_e(line)}{goal_html}</li>")
    return "<ul>" + "".join(items) + "</ul>"


STYLE = """
@page { size: A4; margin: 14mm 12mm 16mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1f2328; margin: 0;
  font-size: 10.5pt; line-height: 1.4; background: #fff; }
main { max-width: 740px; margin: 0 auto; padding: 24px 20px 48px; }
h1 { font-size: 26pt; margin: 4px 0 2px; }
h2 { font-size: 15pt; margin: 26px 0 8px; border-bottom: 2px solid #e5e7eb; padding-bottom: 4px; }
h3 { font-size: 12.5pt; margin: 0 0 4px; }
.cover { border-bottom: 4px solid #0072B2; padding-bottom: 12px; }
.kicker { text-transform: uppercase; letter-spacing: .08em; color: #0072B2; font-weight: bold; margin: 0; }
.month { font-size: 15pt; margin: 0; }
.made, .muted { color: #5f6670; font-size: 9.5pt; }
.lead { font-size: 13pt; font-weight: bold; margin-bottom: 4px; }
.tiles { display: flex; gap: 10px; flex-wrap: wrap; margin-top: 8px; }
.tile { border: 2px solid; border-left-width: 8px; border-radius: 6px; padding: 6px 12px; min-width: 110px; }
.tile .count { display: block; font-size: 18pt; font-weight: bold; }
.channels { list-style: none; padding: 0; columns: 2; margin: 6px 0; }
.channels li.in { color: #1f2328; } .channels li.missing { color: #D55E00; font-weight: bold; }
table.goals { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
table.goals th { text-align: left; border-bottom: 2px solid #1f2328; padding: 4px 6px; }
table.goals td { border-bottom: 1px solid #e5e7eb; padding: 4px 6px; vertical-align: top; }
table.goals td.num { text-align: right; white-space: nowrap; }
table.goals tr { break-inside: avoid; }
.badge { display: inline-block; color: #fff; border-radius: 10px; padding: 1px 8px; font-size: 8.5pt;
  font-weight: bold; white-space: nowrap; vertical-align: middle; }
.goal { break-inside: avoid; page-break-inside: avoid; border-top: 1px solid #e5e7eb; padding-top: 12px; margin-top: 12px; }
.goal .facts { margin: 4px 0 6px; padding-left: 18px; font-size: 10pt; }
h2, h3 { break-after: avoid; }
.table-section { break-inside: avoid; }
.chart-section { break-inside: avoid; }
.decisions { break-inside: avoid; }
.modebar-container { display: none !important; }
@media screen { .modebar-container { display: block !important; } body { background: #f6f7f9; }
  main { background: #fff; box-shadow: 0 0 12px rgba(0,0,0,.08); margin: 20px auto; } }
"""
"""Fixed CSS (no user text): A4 pages, goals kept whole on a page, the status colours of the dashboard."""

READY = """
window.addEventListener("load", function () {
  var charts = Array.prototype.slice.call(document.querySelectorAll(".plotly-graph-div"));
  var check = function () {
    var drawn = charts.every(function (c) { return c._fullLayout && c.querySelector(".main-svg"); });
    if (drawn) { document.body.dataset.chartsDrawn = "yes"; } else { setTimeout(check, 50); }
  };
  check();
});
"""
"""Marks the body data-charts-drawn="yes" once every chart has its SVG: printing and tests wait for it."""


def _page(title: str, lang: str, body: str) -> str:
    return (
        f"<!DOCTYPE html>\n<html lang='{_e(lang)}'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width, initial-scale=1'><title>{_e(title)}</title>"
        f"<style>{STYLE}</style><script>{get_plotlyjs()}</script></head>"
        f"<body><main>{body}</main><script>{READY}</script></body></html>"
    )
