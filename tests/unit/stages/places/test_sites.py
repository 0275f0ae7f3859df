"""An institution named by its building after "at" or "in" is where something happened."""

from __future__ import annotations

from accord.pipeline.document import Document
from accord.stages.actors import ActorDictionary
from accord.stages.adapters import PlacesStage
from accord.stages.mentions.actors import DictionaryMentions
from accord.stages.mentions.parse import SpacyParser
from accord.stages.places import Gazetteer
from tests.builders import article


def test_a_seat_after_at_is_a_place_but_not_when_it_speaks() -> None:
    dictionary, gazetteer = ActorDictionary(), Gazetteer()
    parser, mentions, places = (
        SpacyParser(dictionary, gazetteer),
        DictionaryMentions(dictionary),
        PlacesStage(gazetteer),
    )
    for stage in (parser, mentions, places):
        stage.load()
    text = (
        "The two presidents met at the White House on Monday. "
        "The White House said the talks had gone well."
    )
    document = Document(article(text))
    document = document.with_layer("parse", parser.predict([document])[0])
    document = document.with_layer("mentions", mentions.predict([document])[0])
    (found,) = places.predict([document])[0]
    assert found.span.text == "the White House" and found.span.start == text.index("the White")
    assert found.place.country == "USA" and found.place.name == "White House"
