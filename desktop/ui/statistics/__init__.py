"""The caseworker's own statistics page (never a ranking of people)."""
