"""The example articles bundled with facta (written by the facta developers).

They are the golden corpus (each has an expected record under ``tests/data/golden``) and the input of
``facta demo``. The first line of each file is its title; the rest is the article text.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources as importlib_resources

from facta.pipeline import ArticleInput
from facta.resources import read_data_json


@dataclass(frozen=True, slots=True)
class Example:
    name: str
    title: str
    text: str
    published: str
    outlet: str | None
    url: str | None

    def as_input(self) -> ArticleInput:
        return ArticleInput(self.text, self.published, self.title, self.url, self.outlet, label=self.name)


def examples() -> list[Example]:
    folder = importlib_resources.files("facta") / "data" / "examples"
    out = []
    for item in read_data_json("examples/manifest.json"):
        raw = (folder / item["file"]).read_text(encoding="utf-8")
        title, _, body = raw.partition("\n")
        out.append(
            Example(
                item["file"].removesuffix(".txt"),
                title.strip(),
                body.strip(),
                item["published"],
                item.get("outlet"),
                item.get("url"),
            )
        )
    return out


def example_inputs() -> list[ArticleInput]:
    return [e.as_input() for e in examples()]
