"""Answer codes written from Python, for the browser tests and the benchmark.

A second, independent writing of the format that
overrides/assets/javascripts/lib/answer-code.js describes: codes made here
must be read by the page's script, so the two cannot drift apart unnoticed.
"""

from __future__ import annotations

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
CODE_FORMAT = 1
CHECK_LENGTH = 4


def _base62(number: int) -> str:
    out = ""
    while True:
        number, digit = divmod(number, 62)
        out = ALPHABET[digit] + out
        if number == 0:
            return out


def _checksum(head: str, items: list[str]) -> str:
    value = 0x811C9DC5
    for char in f"{head}|{','.join(items)}":
        value ^= ord(char)
        value = (value * 0x01000193) & 0xFFFFFFFF
    return _base62(value % 62**CHECK_LENGTH).rjust(CHECK_LENGTH, "0")


def encode(tool, values: list[int], answers: dict) -> str:
    """The code of `answers` ({statement id: value or "unknown"}) to `tool`
    (a loaded self-assessment) on a scale of `values`."""
    items = [item.id for item in tool.items()]
    radix = len(values) + 2
    number = 0
    for item in reversed(items):
        value = answers.get(item)
        digit = 1 if value == "unknown" else values.index(value) + 2 if value in values else 0
        number = number * radix + digit
    head = f"vj{CODE_FORMAT}-{tool.code}{tool.version}-{_base62(number)}"
    return f"{head}-{_checksum(head, items)}"
