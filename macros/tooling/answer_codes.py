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


def sender_tag(number: int) -> str:
    """A sender tag of its own for each participant number (the page draws them at random)."""
    return _base62(number % 62**4).rjust(4, "0")


def encode(tool, values: list[int], answers: dict, sender: str) -> str:
    """The code of `answers` ({statement id: value or "unknown"}) to `tool`
    (a loaded self-assessment) on a scale of `values`, sent by `sender`
    (4 letters or digits: answers of one sender replace their earlier ones)."""
    assert len(sender) == 4 and all(char in ALPHABET for char in sender), sender
    items = [item.id for item in tool.items()]
    radix = len(values) + 2
    number = 0
    for item in reversed(items):
        value = answers.get(item)
        digit = 1 if value == "unknown" else values.index(value) + 2 if value in values else 0
        number = number * radix + digit
    head = f"vj{CODE_FORMAT}-{tool.code}{tool.version}-{sender}-{_base62(number)}"
    return f"{head}-{_checksum(head, items)}"
