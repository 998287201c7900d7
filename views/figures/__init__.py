"""Pure figure builders: data in, a Plotly figure out, tested on their own; they never import Streamlit or connectors."""

from views.figures.common import STATUS_COLOURS, STATUS_ICONS, STATUS_ORDER, figure_from_spec, plotly_literal
from views.figures.goal import goal_path_figure, status_history_figure
from views.figures.notes import with_note_markers
from views.figures.overview import pace_figure, sparkline_svg, status_grid_figure, worst_status
from views.figures.trends import trend_figure

__all__ = [
    "STATUS_COLOURS",
    "STATUS_ICONS",
    "STATUS_ORDER",
    "figure_from_spec",
    "goal_path_figure",
    "pace_figure",
    "sparkline_svg",
    "plotly_literal",
    "status_grid_figure",
    "status_history_figure",
    "trend_figure",
    "with_note_markers",
    "worst_status",
]
