"""Country codes as the map needs them: the store keeps ISO alpha-3, the bundled outlines
(world-atlas, Natural Earth) are keyed by ISO numeric codes."""

from __future__ import annotations

from functools import cache
from typing import Any

import pycountry


@cache
def country_info(alpha_3: str) -> dict[str, Any]:
    """Alpha-3 code, numeric code and English name; unknown codes keep only the code."""
    found = pycountry.countries.get(alpha_3=alpha_3.upper())
    if found is None:
        return {"country": alpha_3, "numeric": None, "name": alpha_3}
    return {"country": alpha_3, "numeric": found.numeric, "name": found.name}
