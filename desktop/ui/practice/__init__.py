"""Practising: the start page, the scenario browser, technique cards, the session view with
its four stages, the dialogue player, the explain exercise and the practice controller."""
