"""Check digits and structure of German identifiers: IBAN (ISO 13616, mod 97), the ICAO
9303 check digit of document numbers, AZR numbers (YYMMDD + 6 digits), the Steuer-ID (ISO
7064, MOD 11,10), the pension insurance number (Versicherungsnummer der Rentenversicherung)."""

from __future__ import annotations


def iban_is_valid(compact: str) -> bool:
    """ISO 13616 check digits (mod 97)."""
    if not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    moved = compact[4:] + compact[:4]
    if not moved.isalnum():
        return False  # (int() below would take "_", "+" or spaces)
    try:
        # each letter as its number (A = 10 … Z = 35), in one translation: a digit at a time
        # through int(ch, 36) cost 1 µs a short note
        return int(moved.translate(_BASE36)) % 97 == 1
    except ValueError:
        return False


_BASE36 = {ord(ch): str(int(ch, 36)) for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}


def icao_check_digit(chars: str) -> str:
    """Check digit of ICAO 9303 (weights 7, 3, 1; A = 10 … Z = 35; "<" = 0)."""
    total = 0
    for i, ch in enumerate(chars):
        value = int(ch) if ch.isdigit() else 0 if ch == "<" else ord(ch.upper()) - 55
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def document_number_is_valid(number: str) -> bool:
    """A German Personalausweis, Reisepass or eAT number with its check digit: nine
    characters of the alphabet C F G H J K L M N P R T V W X Y Z 0–9 (four for the issuing
    authority, five serial), the first a letter, then the ICAO check digit."""
    return (len(number) == 10 and number[0] in "CFGHJKLMNPRTVWXYZ"
            and all(ch in "CFGHJKLMNPRTVWXYZ0123456789" for ch in number[:9])
            and number[9] == icao_check_digit(number[:9]))


def azr_is_valid(digits: str) -> bool:
    """AZR number: twelve digits, the first six the date of first registration (YYMMDD)."""
    if len(digits) != 12 or not digits.isdigit():
        return False
    month, day = int(digits[2:4]), int(digits[4:6])
    return 1 <= month <= 12 and 1 <= day <= 31


def tax_id_is_valid(digits: str) -> bool:
    """German Steuer-ID: eleven digits, no leading 0; among the first ten exactly one digit
    occurs twice or three times and the others at most once; the last is the check digit
    (ISO 7064, MOD 11,10)."""
    if len(digits) != 11 or not digits.isdigit() or digits[0] == "0":
        return False
    counts = sorted((digits[:10].count(d) for d in set(digits[:10])), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] != 1):
        return False
    product = 10
    for ch in digits[:10]:
        total = (int(ch) + product) % 10 or 10
        product = (total * 2) % 11
    check = 11 - product
    return (0 if check == 10 else check) == int(digits[10])


def pension_number_is_valid(compact: str) -> bool:
    """Versicherungsnummer (Rentenversicherung, also the Sozialversicherungsnummer): the area
    number (two digits), the date of birth (DDMMYY), the first letter of the birth name, a
    serial of two digits, the check digit: the letter as its place in the alphabet (two
    digits), the eleven digits weighted 2 1 2 5 7 1 2 1 2 1 2 1, the sum of the products'
    digit sums mod 10 ("12 010190 M 446")."""
    if len(compact) != 12 or not (compact[:8].isdigit() and compact[8].isalpha()
                                  and compact[8].isascii() and compact[9:].isdigit()):
        return False
    day, month = int(compact[2:4]), int(compact[4:6])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    digits = compact[:8] + f"{ord(compact[8].upper()) - 64:02d}" + compact[9:11]
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, weights, strict=True))
    return total % 10 == int(compact[11])
