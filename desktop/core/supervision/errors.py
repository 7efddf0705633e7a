"""The workspace's exceptions; messages are German."""

from __future__ import annotations


class WorkspaceError(Exception):
    """The supervisor's workspace cannot be used as asked (message in German)."""


class WorkspaceDamaged(WorkspaceError):
    """The workspace file is damaged or not a workspace; it was left untouched."""


class WorkspaceNewerSchema(WorkspaceError):
    """The workspace was written by a newer version of the app; it was left untouched."""
