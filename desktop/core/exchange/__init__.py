"""Exchange files between caseworker and supervisor, Qt-free: share packages out, feedback back.

API in brief (details in the module docstrings):

- Sharing: `build_share(session_dicts, pseudonym, today, scenarios) -> ShareBuild` anonymises
  every free text (and re-checks it with `detect()`), refuses entries kept with personal data
  (`NothingToShare`), seals the package with its SHA-256 and checks it as the importer would;
  `ShareBuild.marks` says where placeholders stand in each text, for the preview.
  `write_share(build, folder)`, `default_folder(settings)`, `check_pseudonym(text)`,
  `entry_id(uid)` (the stable, unlinkable id an entry carries outside the PC).
- Reading: `read_share(bytes)`, `read_feedback(bytes)`, `read_bytes(path)` (size checked first);
  every refusal is a `PackageRefused` with a German reason (strict.py lists the checks).
- Feedback: `build_feedback(pseudonym, sender, comments, today)`,
  `import_feedback(journal, bytes)` / `import_feedback_file(journal, path) -> FeedbackImport`
  (stored with `journal.feedback.add`, all or nothing, duplicates skipped).

Formats: share.py (`gespraechskompass-freigabe` v1) and feedback.py
(`gespraechskompass-rueckmeldung` v1); limits: `MAX_FILE_BYTES` (20 MB), the depth each spec
allows, lengths per field.
"""

from __future__ import annotations

from desktop.core.exchange.errors import ExchangeError, NothingToShare, PackageRefused
from desktop.core.exchange.feedback import (
    FEEDBACK,
    FeedbackBuild,
    FeedbackImport,
    OutgoingComment,
    build_feedback,
    import_feedback,
    import_feedback_file,
    read_feedback,
)
from desktop.core.exchange.share import (
    SHARE,
    ShareBuild,
    build_share,
    check_pseudonym,
    day_of,
    default_folder,
    entry_id,
    read_share,
    write_file,
    write_share,
)
from desktop.core.exchange.strict import MAX_FILE_BYTES, read_bytes

__all__ = [
    "FEEDBACK", "MAX_FILE_BYTES", "SHARE", "ExchangeError", "FeedbackBuild", "FeedbackImport",
    "NothingToShare", "OutgoingComment", "PackageRefused", "ShareBuild", "build_feedback",
    "build_share", "check_pseudonym", "day_of", "default_folder", "entry_id",
    "import_feedback", "import_feedback_file", "read_bytes", "read_feedback", "read_share",
    "write_file", "write_share",
]
