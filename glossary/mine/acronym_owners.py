"""An owner written before an acronym's long form ("the GVN General Statistic Office (GSO)", "USAF
Strategic Air Command (SAC)", "the French-backed Vietnamese National Army (VNA)"): not part of the
body's name (gold rules §10.14), so the name with it is no longer form of the acronym."""

from __future__ import annotations

import re

from . import gazetteer

# Another body's short form ("GVN", "USAF", "USAID"), or a backer written as one hyphenated
# adjective ("French-backed", "US-funded").
_OWNER = re.compile(r"[A-Z][A-Z0-9]{1,7}|[A-Z][\w.]*-(?:backed|funded|led|sponsored|supported)")


def owner_before(head: str) -> bool:
    """Whether the words before an acronym's long form (head, stripped) name its owner: another
    body's short form, a backer, or a country ("Taiwan International ... Fund (ICDF)")."""
    if _OWNER.fullmatch(head):
        return True
    return head[:1].isupper() and any(place.unit == "country" for place in gazetteer.lookup(head))
