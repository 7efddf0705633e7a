"""What every room shares: widgets, text views, charts, labels and translation, the theme,
the one background helper (`tasks`), the application context and the journal service.
Imports nothing from the feature rooms."""
