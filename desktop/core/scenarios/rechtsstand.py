"""How current a scenario's legal content is: the `rechtsstand` check of `lint`.

The check is not part of parsing: its result depends on today's date, while parse results are
cached for as long as a file is unchanged. A scenario without `rechtsstand` is not flagged here
(a trainer's own file may carry no legal content); the bundled library's test requires the key.
"""

from __future__ import annotations

import calendar
from datetime import date

from desktop.core.scenarios.model import Exercise, Finding, Scenario, Severity
from desktop.core.scenarios.parser import ParseResult

SETTING = "rechtsstand_months"  # settings and policy key (default 18); 0: no age limit


def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier (clamped to the month's last day)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def check(results: list[ParseResult], today: date, months: int) -> list[Finding]:
    """A warning for every scenario whose `rechtsstand` is older than `months` months before
    `today`, or later than today. `months` 0 checks only for dates in the future."""
    oldest = months_before(today, months) if months > 0 else None
    found: list[Finding] = []
    for result in results:
        doc = result.document
        if not isinstance(doc, Scenario | Exercise) or doc.rechtsstand is None:
            continue
        line = result.key_lines.get("rechtsstand", 1)
        shown = f"{doc.rechtsstand:%d.%m.%Y}"
        if doc.rechtsstand > today:
            found.append(Finding(result.path, line, Severity.WARNING,
                                 f"Der Rechtsstand {shown} liegt in der Zukunft. Tragen Sie den "
                                 "Tag ein, an dem die rechtlichen Aussagen geprüft wurden."))
        elif oldest is not None and doc.rechtsstand < oldest:
            found.append(Finding(result.path, line, Severity.WARNING,
                                 f"Der Rechtsstand {shown} ist älter als {months} Monate. Prüfen "
                                 "Sie die rechtlichen Aussagen und Quellen gegen die geltende "
                                 "Rechtslage und setzen Sie „rechtsstand“ auf den Tag der "
                                 "Prüfung."))
    return found
