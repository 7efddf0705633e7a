"""A complete, warning-free scenario and technique card that the lint tests mutate."""

from __future__ import annotations

VALID_SCENARIO = """+++
format = 1
id = "testfall"
title = "Ein Testfall"
summary = "Frau Amiri braucht eine Fiktionsbescheinigung."
minutes = 6
level = 1
setting = "schalter"
topics = ["fiktionsbescheinigung"]
techniques = ["aktives-zuhoeren"]

[[people]]
key = "kundin"
name = "Frau Amiri"
role = "Kundin"
description = "34 Jahre, Pflegehelferin."
+++

## Situation

Frau Amiri steht am Schalter. Ihre Erlaubnis läuft morgen ab.

## Deuten

**Frau Amiri:** „Morgen ist mein Titel weg. Was soll ich tun?“

### Auswahl: Was hören Sie?

- [x] Sorge um die Arbeit.
  > Die Frist ist sehr nah.
- [ ] Einen Vorwurf.
  > Eher nicht: Sie fragt nach Hilfe.

### Hinweise

Zuerst die Sorge benennen.

## Beeinflussen

### Fragen

- Wie eröffnen Sie das Gespräch?
- Was sagen Sie zum Ablauf?

### Hinweise

Transparenz hilft.

## Reagieren

### @start Die Frage am Schalter

**Frau Amiri:** „Bin ich morgen illegal?“

> Gedanke: Dann verliere ich die Stelle.

- (hilfreich) „Nein. Sie bekommen heute eine Fiktionsbescheinigung.“ -> @plan
  > Die größte Sorge zuerst.
- (ungünstig) „Das hätten Sie früher merken müssen.“ -> @aerger
  > Ein Vorwurf hilft nicht weiter.

### @aerger Der Ärger

**Frau Amiri:** „Ich habe seit Wochen keinen Termin bekommen!“

- (hilfreich) „Das stimmt. Lassen Sie uns jetzt eine Lösung finden.“ -> @plan
  > Anerkennen, dann zur Sache.
- (teils) „Die Termine sind knapp.“ -> @ende-schlecht
  > Richtig, aber ohne nächsten Schritt.

### @plan Der nächste Schritt

**Frau Amiri:** „Und was brauche ich dafür?“

- (hilfreich) „Ich schreibe Ihnen alles auf.“ -> @ende-gut
  > Schriftlich hält länger.
- (teils) „Das steht auf der Website.“ -> @ende-schlecht
  > Verweis ohne Hilfe.

### @ende-gut Ein Plan

*Frau Amiri geht mit einer Liste.*

### @ende-schlecht Ohne Plan

*Frau Amiri geht ratlos.*

### Hinweise

Vom Gefühl zur Sache.

## Verarbeiten

### Fragen

- Was hat Sie Kraft gekostet?

### Hinweise

Sprechen Sie mit einer Kollegin.
"""

VALID_CARD = """+++
format = 1
kind = "technik"
id = "aktives-zuhoeren"
title = "Aktives Zuhören"
summary = "Inhalt und Gefühl spiegeln."
stages = ["deuten", "reagieren"]
tags = ["aerger", "zuhoeren"]
+++

## Worum es geht

Zuhören, damit sich jemand verstanden fühlt.

## So geht's

1. Zuhören.
2. Spiegeln.

## Formulierungen

- „Sie meinen also …“
"""


def line_of(text: str, marker: str, occurrence: int = 0) -> int:
    """1-based line of the n-th line containing `marker`."""
    seen = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if marker in line:
            if seen == occurrence:
                return number
            seen += 1
    raise AssertionError(f"marker {marker!r} not in text")
