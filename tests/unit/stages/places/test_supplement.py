from __future__ import annotations

import pycountry

from accord.model import PlacePrecision
from accord.stages.places.supplement import read_supplement

_USER_ASSIGNED = {"XKX"}  # Kosovo, as GeoNames codes it


def _known(iso3: str) -> bool:
    return iso3 in _USER_ASSIGNED or pycountry.countries.get(alpha_3=iso3) is not None


def test_identifiers_are_unique() -> None:
    places = read_supplement().places
    assert len({place.identifier for place in places}) == len(places)


def test_coordinates_are_on_the_globe() -> None:
    supplement = read_supplement()
    points = [(p.latitude, p.longitude) for p in supplement.places]
    points += [(c.latitude, c.longitude) for c in supplement.countries]
    assert all(-90 <= lat <= 90 and -180 <= lon <= 180 for lat, lon in points)


def test_countries_are_iso3_codes() -> None:
    supplement = read_supplement()
    codes = [place.country for place in supplement.places if place.country is not None]
    codes += [country.iso3 for country in supplement.countries]
    codes += [group.iso3 for group in supplement.demonyms if group.iso3 is not None]
    assert [code for code in codes if not _known(code)] == []


def test_only_regions_and_border_points_lack_a_country() -> None:
    stateless = [place for place in read_supplement().places if place.country is None]
    assert {place.precision for place in stateless} <= {
        PlacePrecision.REGION,
        PlacePrecision.POINT,
    }


def test_sahel_places_lie_in_their_country_box() -> None:
    # Loose bounding boxes: a typo in a coordinate would land a place outside its country.
    boxes = {
        "NGA": (4.0, 14.0, 2.5, 15.0),
        "NER": (11.5, 23.5, 0.0, 16.0),
        "MLI": (10.0, 25.0, -12.5, 4.5),
        "BFA": (9.0, 15.2, -5.6, 2.5),
    }
    for place in read_supplement().places:
        if place.country in boxes:
            south, north, west, east = boxes[place.country]
            assert south <= place.latitude <= north, place.name
            assert west <= place.longitude <= east, place.name
