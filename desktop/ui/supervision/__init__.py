"""The supervisor's side: imported reflections, comments, the team view."""
