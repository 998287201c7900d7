"""Helpdesk ticket exports (Zendesk, Freshdesk, Intercom): one support time per ticket, in minutes.

The month's median is taken later by the goal engine, so every ticket stays one observation, dated by the
day the ticket was created. Business-hours figures are kept apart from calendar-hours ones.
"""

from __future__ import annotations

from connectors.readers.presets.base import ColumnPreset, MetricColumn, words
from connectors.readers.table import Table
from metrics.errors import Message


class ZendeskPreset(ColumnPreset):
    """Zendesk ticket export: reply and resolution times in minutes, also within business hours."""

    name = "zendesk"
    label = "Zendesk ticket export"
    description = (
        "One row per ticket (Id, Created at, First reply time in minutes, ... within business hours, Full "
        "resolution time in minutes). Read as support_time, support_time_business, resolution_time and tickets."
    )
    channel = "helpdesk"
    languages = ("en", "nb", "sv", "da", "de")
    date_aliases = words(en="created at", nb="opprettet", sv="skapad", da="oprettet", de="erstellt am")
    # Recognised by its ticket columns, not by one exact time column: an export that carries only the
    # business-hours first reply time (or no time at all) is still Zendesk and still gives `tickets`.
    required = (words(en=("id", "ticket id"), nb="id", sv="id", da="id", de="id"),)
    ticket_columns = words(
        en=(
            "requester",
            "requester id",
            "assignee",
            "status",
            "solved at",
            "group",
            "subject",
            "priority",
            "via",
        ),
        nb=("forespørrer", "tildelt", "status", "løst", "gruppe", "emne", "prioritet"),
        sv=("beställare", "tilldelad", "status", "löst", "grupp", "ämne", "prioritet"),
        da=("anmoder", "tildelt", "status", "løst", "gruppe", "emne", "prioritet"),
        de=("anfragender", "bearbeiter", "status", "gelöst am", "gruppe", "betreff", "priorität"),
    )
    per_item = True
    count_metric = "tickets"
    metric_columns = (
        MetricColumn(
            "support_time",
            words(
                en="first reply time in minutes",
                nb="første svartid i minutter",
                sv="första svarstid i minuter",
                da="første svartid i minutter",
                de="erste antwortzeit in minuten",
            ),
            unit="minutes",
        ),
        MetricColumn(
            "support_time_business",
            words(
                en="first reply time in minutes within business hours",
                nb="første svartid i minutter innenfor arbeidstid",
                sv="första svarstid i minuter inom kontorstid",
                da="første svartid i minutter inden for åbningstid",
                de="erste antwortzeit in minuten innerhalb der geschäftszeiten",
            ),
            unit="minutes",
        ),
        MetricColumn(
            "resolution_time",
            words(
                en="full resolution time in minutes",
                nb="full løsningstid i minutter",
                sv="full lösningstid i minuter",
                da="fuld løsningstid i minutter",
                de="vollständige lösungszeit in minuten",
            ),
            unit="minutes",
        ),
    )
    notes = (
        Message(
            "readers.note_ticket_median",
            "Support time is kept per ticket (by the day it was created); the month value is the median.",
        ),
    )

    def matches(self, table: Table) -> float | None:
        """Return a score for Id, Created at and at least two more of Zendesk's ticket columns."""
        if sum(1 for key in table.keys if key in self.ticket_columns) < 2:
            return None
        return super().matches(table)


class FreshdeskPreset(ColumnPreset):
    """Freshdesk ticket export: response and resolution times as HH:MM:SS strings, often empty."""

    name = "freshdesk"
    label = "Freshdesk ticket export"
    description = (
        "One row per ticket (Ticket ID, Created time, First response time (in hrs), Resolution time (in hrs) "
        "as HH:MM:SS). Read as support_time and resolution_time in minutes, and tickets."
    )
    channel = "helpdesk"
    languages = ("en", "nb", "sv", "da", "de")
    date_aliases = words(
        en="created time",
        nb="opprettet tidspunkt",
        sv="skapad tid",
        da="oprettet tidspunkt",
        de="erstellungszeit",
    )
    required = (words(en="ticket id", nb="sak-id", sv="ärende-id", da="sags-id", de="ticket-id"),)
    per_item = True
    count_metric = "tickets"
    metric_columns = (
        MetricColumn(
            "support_time",
            words(
                en="first response time (in hrs)",
                nb="første svartid (i timer)",
                sv="första svarstid (i timmar)",
                da="første svartid (i timer)",
                de="erste antwortzeit (in std.)",
            ),
            unit="clock",
        ),
        MetricColumn(
            "resolution_time",
            words(
                en="resolution time (in hrs)",
                nb="løsningstid (i timer)",
                sv="lösningstid (i timmar)",
                da="løsningstid (i timer)",
                de="lösungszeit (in std.)",
            ),
            unit="clock",
        ),
    )
    notes = (
        Message(
            "readers.note_ticket_median",
            "Support time is kept per ticket (by the day it was created); the month value is the median.",
        ),
    )


class IntercomPreset(ColumnPreset):
    """Intercom conversation export: times in seconds, the time zone written in the date header."""

    name = "intercom"
    label = "Intercom conversation export"
    description = (
        "One row per conversation (Conversation ID, Conversation started at (time zone), First response time "
        "(seconds), Time to close (seconds)). Read as support_time and resolution_time in minutes, and tickets."
    )
    channel = "helpdesk"
    languages = ("en",)
    date_aliases = words(en="conversation started at")
    date_prefixes = ("conversation started at",)
    required = (words(en="conversation id"),)
    per_item = True
    count_metric = "tickets"
    metric_columns = (
        MetricColumn(
            "support_time",
            words(en=("first response time (seconds)", "time to first response (seconds)")),
            unit="seconds",
        ),
        MetricColumn(
            "support_time_business",
            words(
                en=(
                    "first response time in office hours (seconds)",
                    "first response time (seconds, office hours)",
                )
            ),
            unit="seconds",
        ),
        MetricColumn(
            "resolution_time",
            words(en=("time to close (seconds)", "time to resolve (seconds)")),
            unit="seconds",
        ),
    )
    notes = (
        Message(
            "readers.note_conversation_median",
            "Support time is kept per conversation (by the day it started); the month value is the median.",
        ),
    )


def register_presets(registry) -> None:
    """Register the helpdesk presets."""
    registry.register(ZendeskPreset())
    registry.register(FreshdeskPreset())
    registry.register(IntercomPreset())
