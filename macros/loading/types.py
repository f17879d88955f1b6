"""Types shared by every data file's schema (pydantic).

Every text is a `Text` with both languages; a missing language is an error.
Ids are stable, language-free keys: stored answers are keyed by them.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=60)]
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
# A docs-relative page path with an optional anchor, e.g. "rules/goals.md#actions".
PAGE_LINK_PATTERN = r"^[a-z0-9/_-]+\.md(#[a-z0-9-]+)?$"
PAGE_LINK = re.compile(PAGE_LINK_PATTERN)
PageLink = Annotated[str, StringConstraints(pattern=PAGE_LINK_PATTERN)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Strict):
    fi: NonEmpty
    sv: NonEmpty

    def __getitem__(self, lang: str) -> str:
        return getattr(self, lang)
