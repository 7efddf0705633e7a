"""The caseworker's own journal: list, detail, export, data rights, sharing and feedback import."""
