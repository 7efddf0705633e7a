"""The scenario studio for trainers: editor, map, packs, test play."""
