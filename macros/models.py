"""Schemas of the bilingual data files (pydantic models).

Every text is a `Text` with both languages; a missing language is an error.
Ids are stable, language-free keys: stored answers are keyed by them.
"""
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

LANGUAGES = ("fi", "sv")

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=60)]
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
# A docs-relative page path with an optional anchor, e.g. "rules/goals.md#actions".
PageLink = Annotated[str, StringConstraints(pattern=r"^[a-z0-9/_-]+\.md(#[a-z0-9-]+)?$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Strict):
    fi: NonEmpty
    sv: NonEmpty

    def __getitem__(self, lang: str) -> str:
        return getattr(self, lang)


class ScaleLevel(Strict):
    value: int = Field(ge=1, le=10)
    label: Text


class Scale(Strict):
    id: Id
    levels: list[ScaleLevel] = Field(min_length=2)
    unknown: Text  # the "cannot say" option, not scored


class Item(Strict):
    id: Id
    text: Text


class Section(Strict):
    id: Id
    title: Text
    read_more: PageLink
    advice: Text
    items: list[Item] = Field(min_length=1)


class SelfAssessment(Strict):
    id: Id
    version: int = Field(ge=1)
    scale: Id
    title: Text
    description: Text
    sections: list[Section] = Field(min_length=1)

    def items(self):
        for section in self.sections:
            yield from section.items
