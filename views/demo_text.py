"""The demo organisation's strategy in the reader's language: its words shown translated, the stored strategy one.

The demo's strategy is stored once, in English (sample_data/strategy.yaml). Its words in Norwegian, Swedish and
Danish live beside it (sample_data/strategy_text/<lang>.yaml, keyed by section and id) and replace a text only
while that text is still the demo's own: a title an editor changed is shown as the editor wrote it.
"""

from __future__ import annotations

from typing import Any

from metrics.strategy import Strategy

ITEM_FIELDS = {
    "channels": ("name", "reason"),
    "audiences": ("name", "needs"),
    "metrics": ("label", "unit"),
    "goals": ("title", "owner", "description"),
    "tactics": ("to_do",),
}
"""The words of each section that the demo's translations may replace (ids, numbers and dates never)."""
TOP_FIELDS = ("mission", "purpose")


def _replaced(current: Any, original: Any, translated: Any) -> Any:
    # Only a text still as the demo wrote it is translated: an edit of the team's own stays as written.
    if translated is None or original is None or current != original:
        return current
    if isinstance(original, list) != isinstance(translated, list):
        return current
    return translated


def _originals(original: Strategy, section: str) -> dict[str, Any]:
    return {item.id: item for item in getattr(original, section)}


def translated_strategy(strategy: Strategy, original: Strategy, words: dict[str, Any]) -> Strategy:
    """Return the strategy with the demo's texts in another language where they are still the demo's own.

    `original` is the demo strategy as shipped (English), `words` its translation keyed by section and id
    (connectors.sample.sample_strategy_words); a strategy of another organisation comes back unchanged.
    """
    if not words or strategy.organisation != original.organisation:
        return strategy
    top = {
        name: _replaced(getattr(strategy, name), getattr(original, name), words.get(name))
        for name in TOP_FIELDS
    }
    for section, fields in ITEM_FIELDS.items():
        section_words = words.get(section) or {}
        originals = _originals(original, section)
        items = []
        for item in getattr(strategy, section):
            item_words = section_words.get(item.id) or {}
            shipped = originals.get(item.id)
            update = {
                name: _replaced(getattr(item, name), getattr(shipped, name, None), item_words.get(name))
                for name in fields
                if shipped is not None and name in item_words
            }
            items.append(item.model_copy(update=update) if update else item)
        top[section] = items
    return strategy.model_copy(update=top)


def tactic_names(strategy: Strategy, original: Strategy, words: dict[str, Any]) -> dict[str, str]:
    """Return tactic id -> its name in the language for the demo's own tactics ({} for any other strategy)."""
    if not words or strategy.organisation != original.organisation:
        return {}
    shipped = {t.id for t in original.tactics}
    return {
        tactic_id: str(entry["name"])
        for tactic_id, entry in (words.get("tactics") or {}).items()
        if tactic_id in shipped and isinstance(entry, dict) and entry.get("name")
    }
