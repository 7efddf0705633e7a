"""The parse cache's file format: plain JSON rebuilt into the model's dataclasses.

The cache lies in the user's data folder, which others may be able to write (one `data_folder`
for all users, portable use on a share). It used to be a pickle, and unpickling a planted file
runs code. JSON holds only strings, numbers, lists and objects; every value is checked against
the type the model declares for it while it is rebuilt, so a planted or damaged file is at
worst ignored (and the library parsed again), never run.

The codec is derived from the dataclasses' type hints, and so is the cache's *shape*: a text
naming every class, field name and field type reachable from `ParseResult` (a few kB, stored
whole rather than hashed: exact, and hashlib would load OpenSSL at every start). A change to
the model changes the shape, and a cache written for another shape is ignored; nobody has to
remember to bump a version.

Encoding: a dataclass is the list of its field values in declaration order, a tuple or list a
list, an enum its value, a path its string, a date its ISO form, a union of dataclasses
`[class name, value]`.
Objects are rebuilt without calling `__init__` (as pickle did): the values were checked here.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import types
import typing
from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from desktop.core.scenarios.parser import ParseResult

CODEC_VERSION = 1  # the encoding rules above; the model's shape is hashed separately

Encode = Callable[[Any], Any]
Decode = Callable[[Any], Any]


class BadCache(Exception):
    """The cache file does not fit the model (damaged, planted or from another version)."""


def _expect(kind: type) -> Decode:
    def check(value: Any) -> Any:
        if value.__class__ is not kind:
            raise BadCache(f"{kind.__name__} expected")
        return value
    return check


def _identity(value: Any) -> Any:
    return value


def _decode_date(value: Any) -> date:
    try:
        return date.fromisoformat(_expect(str)(value))
    except ValueError:
        raise BadCache("date expected") from None


def _plain_kinds(tp: Any) -> tuple[type, ...] | None:
    """The exact classes a plain field may hold (str, int, bool, maybe None), else None."""
    args = typing.get_args(tp) if typing.get_origin(tp) in (types.UnionType, typing.Union) \
        else (tp,)
    if all(a in (str, int, bool, type(None)) for a in args):
        return tuple(args)
    return None


class _Builder:
    """Builds encoders and decoders per type once, and the shape string on the way."""

    def __init__(self) -> None:
        self.codecs: dict[Any, tuple[Encode, Decode, str]] = {}

    def codec(self, tp: Any) -> tuple[Encode, Decode, str]:
        key = tp
        if key not in self.codecs:
            self.codecs[key] = self._make(tp)
        return self.codecs[key]

    def _make(self, tp: Any) -> tuple[Encode, Decode, str]:
        origin, args = typing.get_origin(tp), typing.get_args(tp)
        if tp in (str, int, bool):
            return _identity, _expect(tp), tp.__name__
        if tp is Path:
            return str, lambda v: Path(_expect(str)(v)), "Path"
        if tp is date:
            return date.isoformat, _decode_date, "date"
        if origin in (types.UnionType, typing.Union):
            return self._union(args)
        if origin in (tuple, list) and (origin is list or (len(args) == 2 and
                                                          args[1] is Ellipsis)):
            return self._sequence(origin, args[0])
        if origin is dict and args[0] is str:
            return self._mapping(args[1])
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            members = {m.value: m for m in tp}

            def decode_enum(value: Any) -> Any:
                try:
                    return members[value]
                except (KeyError, TypeError):
                    raise BadCache(f"not a {tp.__name__}") from None
            shape = f"{tp.__name__}{{{','.join(map(str, members))}}}"
            return (lambda m: m.value), decode_enum, shape
        if isinstance(tp, type) and dataclasses.is_dataclass(tp):
            return self._dataclass(tp)
        raise TypeError(f"the scenario cache cannot store {tp!r}")

    def _union(self, args: tuple[Any, ...]) -> tuple[Encode, Decode, str]:
        optional = type(None) in args
        rest = [a for a in args if a is not type(None)]
        if len(rest) == 1:
            enc, dec, shape = self.codec(rest[0])
        else:  # several dataclasses: tagged with the class name
            parts = {a.__name__: self.codec(a) for a in rest}

            def enc(value: Any) -> Any:
                return [type(value).__name__, parts[type(value).__name__][0](value)]

            def dec(value: Any) -> Any:
                if value.__class__ is not list or len(value) != 2 or value[0] not in parts:
                    raise BadCache("tagged value expected")
                return parts[value[0]][1](value[1])
            shape = "|".join(f"{name}:{part[2]}" for name, part in sorted(parts.items()))
        if not optional:
            return enc, dec, shape
        return ((lambda v: None if v is None else enc(v)),
                (lambda v: None if v is None else dec(v)), f"{shape}?")

    def _sequence(self, origin: type, item: Any) -> tuple[Encode, Decode, str]:
        enc, dec, shape = self.codec(item)
        kinds = _plain_kinds(item)

        def decode(value: Any) -> Any:
            if value.__class__ is not list:
                raise BadCache("list expected")
            if kinds is None:
                return origin(map(dec, value))
            for element in value:  # plain items: checked in place, no call per item
                if element.__class__ not in kinds:
                    raise BadCache(f"{shape} expected")
            return origin(value)

        def encode(value: Any) -> Any:
            return list(value) if kinds is not None else [enc(x) for x in value]
        return encode, decode, f"{origin.__name__}[{shape}]"

    def _mapping(self, item: Any) -> tuple[Encode, Decode, str]:
        enc, dec, shape = self.codec(item)

        def decode(value: Any) -> Any:
            if value.__class__ is not dict:
                raise BadCache("object expected")
            return {k: dec(v) for k, v in value.items()}
        return (lambda v: {k: enc(x) for k, x in v.items()}), decode, f"dict[{shape}]"

    def _dataclass(self, cls: type) -> tuple[Encode, Decode, str]:
        hints = typing.get_type_hints(cls)
        names = [f.name for f in dataclasses.fields(cls)]
        # Placeholder first: the model has no recursive types, but a cycle must not loop.
        self.codecs[cls] = (_identity, _identity, cls.__name__)
        parts = [self.codec(hints[name]) for name in names]
        encoders = [p[0] for p in parts]
        decoders = [p[1] for p in parts]
        count = len(names)
        new = object.__new__

        # Plain fields (str, int, bool, and their optional forms) are copied and checked in
        # place; only the others cost a call: most of a scenario's values are plain strings.
        plain: list[tuple[int, tuple[type, ...]]] = []
        nested: list[tuple[int, Decode]] = []
        nested_out: list[tuple[int, Encode]] = []
        for index, name in enumerate(names):
            kinds = _plain_kinds(hints[name])
            if kinds is not None:
                plain.append((index, kinds))
            else:
                nested.append((index, decoders[index]))
                nested_out.append((index, encoders[index]))

        def encode(obj: Any) -> Any:
            fields = obj.__dict__
            values = [fields[n] for n in names]
            for index, enc in nested_out:
                values[index] = enc(values[index])
            return values

        def decode(value: Any) -> Any:
            if value.__class__ is not list or len(value) != count:
                raise BadCache(f"{cls.__name__} expected")
            for index, kinds in plain:
                if value[index].__class__ not in kinds:
                    raise BadCache(f"{cls.__name__}.{names[index]}")
            for index, dec in nested:
                value[index] = dec(value[index])
            obj: Any = new(cls)
            obj.__dict__.update(zip(names, value, strict=True))
            return obj
        shape = f"{cls.__module__}.{cls.__qualname__}(" + ",".join(
            f"{n}:{p[2]}" for n, p in zip(names, parts, strict=True)) + ")"
        return encode, decode, shape


@cache
def _result_codec() -> tuple[Encode, Decode, str]:
    encode, decode, shape = _Builder().codec(ParseResult)
    return encode, decode, f"{CODEC_VERSION}:{shape}"


def shape() -> str:
    """The model as the cache stores it: changes whenever a dataclass changes."""
    return _result_codec()[2]


Entries = dict[str, tuple[int, int, ParseResult]]


def dumps(entries: Entries) -> bytes:
    """The cache file's bytes."""
    encode = _result_codec()[0]
    body = {key: [size, mtime, encode(result)] for key, (size, mtime, result) in entries.items()}
    return json.dumps({"shape": shape(), "entries": body}, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def loads(raw: bytes) -> Entries:
    """Entries from a cache file's bytes; raises BadCache for anything that does not fit."""
    decode = _result_codec()[1]
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise BadCache(f"not JSON: {exc}") from None
    if data.__class__ is not dict or data.get("shape") != shape():
        raise BadCache("another shape")
    body = data.get("entries")
    if body.__class__ is not dict:
        raise BadCache("no entries")
    entries: Entries = {}
    try:
        for key, value in body.items():
            if value.__class__ is not list or len(value) != 3 or \
                    value[0].__class__ is not int or value[1].__class__ is not int:
                raise BadCache("entry expected")
            entries[key] = (value[0], value[1], decode(value[2]))
    except (RecursionError, TypeError, ValueError, KeyError) as exc:  # e.g. a list as a tag
        raise BadCache(f"does not fit: {exc!r}") from None
    return entries
