""""As a scenario draft" on a finished own-case entry: opens the studio with a skeleton made
from the entry (anonymised again; checked once more before it can be saved)."""

from __future__ import annotations

from typing import Any

from desktop.ui.common.context import AppContext


def install_draft_action(detail: Any, ctx: AppContext, window: Any) -> None:
    """Offer the action on `detail` (a SessionDetail) while authoring is switched on."""
    def enabled() -> bool:
        return bool(ctx.settings.get("authoring")) and window is not None

    detail.drafts_enabled = enabled
    detail.draft_requested.connect(lambda data: open_draft(ctx, window, data))


def open_draft(ctx: AppContext, window: Any, data: dict[str, Any]) -> None:
    from desktop.core.scenarios.draft import answers_from_entry

    if not window.has_page("studio"):
        return
    title, answers = answers_from_entry(data)
    page = window.show_page("studio")
    page.new_draft(title, answers)
