"""Plain language: the offline checker for the "Verständlich erklären" exercises (Qt-free)."""
