"""Toponym resolution: one gazetteer entry per mention, chosen from the article's context.

Each candidate gets a prior (feature kind, population, prominence — how many alternate names GeoNames
lists for it —, how well the name matched, capital city) plus context: the share of the article's
*other* place names that lie in the candidate's country, in its first-level subdivision and (for a
town or county) in its second-level one ("Riverdale" in an article on Morris County); for a
subdivision, the share of other names that are subdivisions of the same country ("Georgia" among
Florida and Alaska is the state); the same entry named another way elsewhere ("Wash." makes
"Washington" the state); a hint from the words around the mention ("the town of X", "X province",
"central X"); and a large bonus (or penalty) when a qualifier follows ("Alexandria, La.").
Mentions with the same text are resolved together (one sense per discourse). Three rounds: priors
only, then twice with the context the previous round chose. A mention nothing fits keeps the
country its qualifier names or, failing that, the country that holds most of the article (over 40 %
of its other names, and more than any other country).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from facta.geo.gazetteer import Entry
from facta.geo.names import norm
from facta.geo.recognize import Mention


@dataclass(frozen=True, slots=True)
class Weights:
    """Scoring weights (tuned on the GeoWebNews dev split, see docs/places.md)."""

    country: float = 8.0
    continent: float = 6.5
    region: float = 6.0
    admin1: float = 3.0
    admin2: float = 1.0
    admin1_pop: float = 0.3
    admin2_pop: float = 0.4
    city_pop: float = 0.8
    prominence: float = 1.0
    alt_vs_main: float = 1.5
    alt_context: float = 0.5
    capital: float = 1.5
    seat: float = 0.75  # a state or province capital ("Charleston" is West Virginia's)
    q_alt: float = 1.5
    q_alias: float = 0.5
    q_abbr: float = 0.5
    ctx_country: float = 4.0
    ctx_admin1: float = 3.0
    ctx_admin2: float = 3.0
    contain: float = 2.0  # not scaled by the town's size: a county named as such is local news
    neighbours: float = 2.0
    state_towns: float = 3.0
    state_support: float = 0.3
    area_focus: float = 3.0  # most other names can lie in this town's state, one of them chosen there
    area_focus_share: float = 0.5
    area_focus_min: int = 2
    qualifier_match: float = 10.0
    qualifier_miss: float = 4.0
    dateline_weight: float = 2.0
    kind_hint: float = 3.0
    ctx_sibling: float = 3.0
    same_entity: float = 3.0
    infer_share: float = 0.4
    embedded_context: float = 0.5
    rounds: int = 3
    veto_population: int = 100_000
    veto_context: float = 3.0
    feature_veto_context: float = 2.0
    veto_names: int = 40  # a town GeoNames names in this many ways is known abroad: never vetoed


_KIND_BASE = {"directional": "region", "sea": "region"}


def prior(
    c: Entry,
    w: Weights,
    capitals: frozenset[int],
    seats: frozenset[int] = frozenset(),
    nations: frozenset[int] = frozenset(),
) -> float:
    pop = math.log10(c.pop + 10)
    kind = "country" if c.gid in nations else _KIND_BASE.get(c.kind, c.kind)
    if kind == "city":
        score = w.city_pop * pop + (w.capital if c.gid in capitals else 0.0)
        score += w.seat if c.gid in seats else 0.0
    elif kind == "admin2":
        score = w.admin2 + w.admin2_pop * pop
    elif kind == "admin1":
        score = w.admin1 + w.admin1_pop * pop
    else:
        score = {"country": w.country, "continent": w.continent, "region": w.region}.get(kind, 0.0)
    score -= {0: 0.0, 1: w.q_alt, 2: w.q_alias, 3: w.q_abbr}.get(c.q, w.q_alt)
    return score


# words that join a town's name to the river or region that tells it from its namesakes
# ("Frankfurt am Main", "Newcastle upon Tyne", "Halle (Saale)")
_SITE_WORDS = frozenset({"am", "an", "im", "ob", "bei", "upon", "on"})


def _own_name(text: str, c: Entry) -> bool:
    """Whether a town bears the name as its own: its main name, or its main name without the
    "City" or the river or region that follows it ("New York" for New York City)."""
    if c.q == 0:
        return True
    if c.q != 1:
        return False
    key, name = norm(text), norm(c.name)
    if not name.startswith(key + " "):
        return False
    rest = name[len(key) + 1 :].split()
    if rest == ["city"]:
        return True
    paren = c.name[len(text) :].lstrip().startswith("(") and c.name.lower().startswith(text.lower())
    return (len(rest) >= 2 and rest[0] in _SITE_WORDS) or paren


def _within(c: Entry, q: Entry) -> bool:
    if q.kind == "country":
        return c.cc == q.cc and c.gid != q.gid
    return c.cc == q.cc and c.a1 == q.a1 and c.gid != q.gid


def _key(m: Mention) -> str:
    """Mentions with the same key are resolved together. A qualified mention ("Washington, D.C.")
    is its own group: the bare name elsewhere may be another place, and follows it only through
    the context (same entity, same country and subdivision)."""
    key = ("adj:" if m.role in {"adjectival"} else "") + norm(m.text)
    if m.qualifier:
        key += "|" + ",".join(str(q.gid) for q in m.qualifier)
    return key


class _LeaveOut:
    """The article's context weights without one mention group's own contribution."""

    __slots__ = ("left", "total", "weight")

    def __init__(self, total: dict[str, float], left: str | None, weight: float) -> None:
        self.total, self.left, self.weight = total, left, weight

    def __getitem__(self, item: str) -> float:
        value = self.total.get(item, 0.0)
        return value - self.weight if item == self.left else value


def _kind_bonus(hint: str | None, c: Entry) -> bool:
    """Whether the words around a mention ask for this kind of entry."""
    if hint is None:
        return False
    if hint == "area":  # "central X", "eastern X": a country, subdivision or region, not a town
        return c.kind in {"country", "admin1", "region", "directional"}
    return hint == ("admin" if c.kind in {"admin1", "admin2"} else c.kind)


@dataclass
class _Context:
    """What the previous round chose, summed over mention groups (weights per group)."""

    cc: dict[str, float]
    a1: dict[str, float]
    sib: dict[str, float]  # country -> weight of groups resolved to one of its subdivisions
    gids: dict[int, set[str]]  # entry -> keys of the groups that chose it
    own: dict[str, tuple[str | None, str | None, bool, float]]  # key -> (cc, a1, is_subdivision, w)
    sum_cc: float
    sum_a1: float
    a2: dict[str, float] = field(default_factory=lambda: defaultdict(float))  # second-level subdivision
    own_a2: dict[str, str] = field(default_factory=dict)  # key -> its entry's a2 (towns and counties)
    # country -> weight of groups resolved to a place inside it other than its capital
    local: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    own_local: set[str] = field(default_factory=set)  # keys counted in ``local``
    # first-level subdivision -> weight of groups resolved to a small place in it (town < 100k, county)
    small: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    own_small: set[str] = field(default_factory=set)  # keys counted in ``small``
    # second-level codes some reading of each group offers, whatever was chosen: its counties', its towns'
    offers: _Offers | None = None


def _context(
    groups: dict[str, list[Mention]],
    chosen: dict[str, Entry | None],
    w: Weights,
    capitals: frozenset[int] = frozenset(),
) -> _Context:
    ctx = _Context(defaultdict(float), defaultdict(float), defaultdict(float), defaultdict(set), {}, 0.0, 0.0)
    for key, entry in chosen.items():
        if entry is None:
            continue
        ms = groups[key]
        weight = math.log2(1 + len(ms))
        if any(m.role == "dateline" for m in ms):
            weight *= w.dateline_weight
        if all(m.role == "embedded" for m in ms):
            weight *= 0.5
        a1 = entry.a1 if entry.kind != "country" else None
        sub = entry.kind in {"admin1", "admin2"}
        ctx.own[key] = (entry.cc, a1, sub, weight)
        ctx.gids[entry.gid].add(key)
        if entry.cc:
            ctx.cc[entry.cc] += weight
            if sub:
                ctx.sib[entry.cc] += weight
            if sub or (entry.kind == "city" and entry.gid not in capitals):
                ctx.local[entry.cc] += weight
                ctx.own_local.add(key)
        if a1:
            ctx.a1[a1] += weight
            if entry.kind == "admin2" or (entry.kind == "city" and entry.pop < w.veto_population):
                ctx.small[a1] += weight
                ctx.own_small.add(key)
        if entry.a2 and entry.kind in {"city", "admin2"}:
            ctx.a2[entry.a2] += weight
            ctx.own_a2[key] = entry.a2
    ctx.sum_cc, ctx.sum_a1 = sum(ctx.cc.values()), sum(ctx.a1.values())
    return ctx


class _Offers:
    """Second-level codes some reading of each mention group offers, whatever the rounds chose:
    counties named as counties ("Greene County", not a bare "Shelby"); towns by their own name and,
    after a qualifier ("Helena, Mont."), only in the place it names. Counted once per article."""

    __slots__ = (
        "areas",
        "counties",
        "n_areas",
        "n_counties",
        "n_state_towns",
        "n_towns",
        "state_towns",
        "towns",
    )

    def __init__(self, groups: dict[str, list[Mention]]) -> None:
        self.counties: dict[str, frozenset[str]] = {}
        self.towns: dict[str, frozenset[str]] = {}
        self.state_towns: dict[str, frozenset[str]] = {}  # first-level codes of each group's towns
        # first-level codes each group can lie in: its towns', its counties', the state it names
        self.areas: dict[str, frozenset[str]] = {}
        for key, ms in groups.items():
            quals = [q for m in ms for q in m.qualifier]
            cands = [
                c
                for c in ms[0].candidates
                if c.q == 0 and c.a2 and (not quals or any(_within(c, q) for q in quals))
            ]
            self.counties[key] = frozenset(str(c.a2) for c in cands if c.kind == "admin2")
            self.towns[key] = frozenset(str(c.a2) for c in cands if c.kind == "city")
            self.state_towns[key] = frozenset(
                str(c.a1)
                for c in ms[0].candidates
                if c.kind == "city" and c.q == 0 and c.a1 and (not quals or any(_within(c, q) for q in quals))
            )
            self.areas[key] = self.state_towns[key] | frozenset(
                str(c.a1)
                for c in ms[0].candidates
                if c.a1
                and ((c.kind == "admin2" and c.q == 0) or (c.kind == "admin1" and c.q in {0, 2, 3}))
                and (not quals or any(_within(c, q) for q in quals))
            )
        self.n_counties = Counter(code for codes in self.counties.values() for code in codes)
        self.n_towns = Counter(code for codes in self.towns.values() for code in codes)
        self.n_state_towns = Counter(code for codes in self.state_towns.values() for code in codes)
        self.n_areas = Counter(code for codes in self.areas.values() for code in codes)

    def county_elsewhere(self, code: str, key: str) -> bool:
        return self.n_counties[code] > (code in self.counties.get(key, frozenset()))

    def town_elsewhere(self, code: str, key: str) -> bool:
        return self.n_towns[code] > (code in self.towns.get(key, frozenset()))

    def towns_in_state(self, code: str, key: str) -> int:
        """How many other groups can be read as a town in this first-level subdivision."""
        return self.n_state_towns[code] - (code in self.state_towns.get(key, frozenset()))

    def area_share(self, code: str, key: str) -> tuple[int, float]:
        """How many other groups can lie in this first-level subdivision (a town or county of it,
        or the state itself), and their share of the other groups."""
        n = self.n_areas[code] - (code in self.areas.get(key, frozenset()))
        return n, n / max(1, len(self.areas) - 1)


def _neighbours(c: Entry, key: str, ctx: _Context) -> bool:
    """Whether another name of the article can be read as a town in this town's county ("Paris"
    beside "Reno": Lamar County, Texas, has both) — a local paper's neighbourhood."""
    if not c.a2 or c.q != 0 or c.kind != "city":
        return False
    return ctx.offers is not None and ctx.offers.town_elsewhere(c.a2, key)


def _contains(c: Entry, key: str, ctx: _Context) -> bool:
    """Whether another name of the article can be read as the county this town lies in, or as a
    town in this county ("Springfield" and "Greene County": Missouri's pair, whatever the rounds
    chose) — a pairing that does not depend on any choice, so the two never swap together."""
    if not c.a2 or c.q != 0 or c.kind not in {"city", "admin2"}:
        return False
    if ctx.offers is None:
        return False
    if c.kind == "city":
        return ctx.offers.county_elsewhere(c.a2, key)
    return ctx.offers.town_elsewhere(c.a2, key)


def resolve(
    mentions: list[Mention],
    weights: Weights | None = None,
    capitals: frozenset[int] = frozenset(),
    seats: frozenset[int] = frozenset(),
    nations: frozenset[int] = frozenset(),
) -> None:
    """Set ``entry``, ``score`` and ``cc`` on every mention (``entry`` None when nothing fits)."""
    w = weights or Weights()
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        m.key = _key(m)
        groups[m.key].append(m)
    chosen: dict[str, Entry | None] = {}
    offers = _Offers(groups)
    for round_ in range(w.rounds):
        last = round_ == w.rounds - 1
        ctx = _context(groups, chosen, w, capitals)
        ctx.offers = offers
        new: dict[str, Entry | None] = {}
        for key, ms in groups.items():
            best, best_score = _best(key, ms, ctx, w, capitals, seats, nations, last=last)
            new[key] = best
            for m in ms:
                m.entry, m.score = best, best_score if best else 0.0
        chosen = new
    _list_kinds(mentions)
    _qualifier_areas(mentions)
    ctx = _context(groups, chosen, w)
    for key, ms in groups.items():
        cc, a1 = _shared_area(ms)
        if cc is None:
            cc = _infer_country(key, ms, ctx, w)
            a1 = _infer_state(key, ms, ctx, w) if cc is not None else None
            a1 = a1 if a1 is not None and a1.startswith(f"{cc}.") else None
        for m in ms:
            m.cc = m.entry.cc if m.entry is not None else cc
            m.a1 = (m.entry.a1 if m.entry.kind != "country" else None) if m.entry is not None else a1


def _best(
    key: str,
    ms: list[Mention],
    ctx: _Context,
    w: Weights,
    capitals: frozenset[int],
    seats: frozenset[int],
    nations: frozenset[int] = frozenset(),
    *,
    last: bool,
) -> tuple[Entry | None, float]:
    cands = ms[0].candidates
    qualifiers = [q for m in ms for q in m.qualifier]
    own_cc, own_a1, own_sub, own_w = ctx.own.get(key, (None, None, False, 0.0))
    ccs = _LeaveOut(ctx.cc, own_cc, own_w)
    a1s = _LeaveOut(ctx.a1, own_a1, own_w)
    sibs = _LeaveOut(ctx.sib, own_cc if own_sub else None, own_w)
    locals_ = _LeaveOut(ctx.local, own_cc if key in ctx.own_local else None, own_w)
    n_cc = ctx.sum_cc - (own_w if own_cc else 0.0)
    n_a1 = ctx.sum_a1 - (own_w if own_a1 else 0.0)
    a2s = _LeaveOut(ctx.a2, ctx.own_a2.get(key), own_w)
    smalls = _LeaveOut(ctx.small, own_a1 if key in ctx.own_small else None, own_w)
    # a country's own name is the country's, not that of its "X City" ("Mexico" beside "Mexico City")
    country_name = any(c.kind == "country" and c.q in {0, 2} for c in cands)
    own = {
        c.gid for c in cands if c.kind == "city" and _own_name(ms[0].text, c) and not (country_name and c.q)
    }
    # a name inside an institution's name ("Venice Commission") owes less to the article's places
    hints = Counter(m.kind_hint for m in ms if m.kind_hint)
    hint = hints.most_common(1)[0][0] if hints else None
    # ... unless the institution is a town's own ("Vienna Town Council", "Peru Police Department")
    local = hint == "city"
    embedded_scale = w.embedded_context if all(m.role == "embedded" for m in ms) and not local else 1.0
    # prominence among namesake towns: GeoNames lists many names in many languages for famous places
    top_alt = max((c.nalt for c in cands if c.gid in own), default=0)
    has_main = bool(own)
    # countries with a city of this name: there the subdivision reading gets no sibling bonus
    twin_ccs = {c.cc for c in cands if c.kind == "city" and c.pop >= w.veto_population}
    # a county named without its type word when a town of that name lies in it ("Victoria police"
    # beside "Victoria County"): the bare name is the town's, "X County" elsewhere is no support
    seat_a2 = {c.a2 for c in cands if c.kind == "city" and c.q == 0 and c.a2} & {
        c.a2 for c in cands if c.kind == "admin2" and c.q == 1
    }
    best: Entry | None = None
    best_score = -math.inf
    for c in cands:
        score = prior(c, w, capitals, seats, nations)
        if c.gid in own:
            if c.q == 1:  # "New York" names "New York City", "Frankfurt" "Frankfurt am Main"
                score += w.q_alt
            score -= w.prominence * math.log10((1 + top_alt) / (1 + c.nalt))
        elif c.kind == "city" and c.q == 1 and has_main:
            score -= w.alt_vs_main  # another town's old or local name, when towns bear this name
        # small towns need more than a shared country to win over a famous namesake
        scale = min(1.0, math.log10(c.pop + 10) / 5.0) if c.kind == "city" else 1.0
        scale *= embedded_scale
        if c.kind == "city" and c.q == 1 and has_main and c.gid not in own:
            scale *= w.alt_context  # a foreign or old name of a town is weak evidence for it
        if n_cc and c.cc:
            score += scale * w.ctx_country * ccs[c.cc] / n_cc
            if c.kind == "admin1" and c.cc not in twin_ccs:
                score += w.ctx_sibling * sibs[c.cc] / n_cc
            if (
                c.kind == "admin1"
                and c.a1
                and c.cc not in twin_ccs
                and ctx.offers is not None
                and locals_[c.cc] / n_cc >= w.state_support
            ):
                # towns of this state named elsewhere ("Georgia" beside "Athens" and "Rome"), when
                # other names of the article lie inside its country ("Florida", "Jacksonville"; its
                # capital or the country itself are national news, not local)
                offered = ctx.offers.towns_in_state(c.a1, key) / max(1.0, len(ctx.offers.towns) - 1)
                score += w.state_towns * offered
        if n_a1 and c.a1 and c.kind != "country":
            score += scale * w.ctx_admin1 * a1s[c.a1] / n_a1
            if c.a2 and c.kind in {"city", "admin2"}:  # "Riverdale" in an article on Morris County
                score += scale * w.ctx_admin2 * a2s[c.a2] / n_a1
        if c.kind in {"city", "admin2"} and c.q <= 1 and c.a1 and ctx.offers is not None and smalls[c.a1] > 0:
            # local news: most of the article's other names can be read as places of this town's
            # state, and a small place of it (a town under 100k, a county) was chosen ("Versailles",
            # "Paris", "Georgetown" beside "Frankfort"; not "Portland" beside Dallas and Houston)
            n_area, share = ctx.offers.area_share(c.a1, key)
            if n_area >= w.area_focus_min and share >= w.area_focus_share:
                score += w.area_focus * share
        if _contains(c, key, ctx):
            score += w.contain
        if _neighbours(c, key, ctx):
            score += scale * w.neighbours
        if ctx.gids.get(c.gid, set()) - {key} and c.a2 not in seat_a2 and not (country_name and c.q):
            score += w.same_entity  # the same place named another way elsewhere in the article
        if _kind_bonus(hint, c):
            score += w.kind_hint
        if qualifiers:
            score += w.qualifier_match if any(_within(c, q) for q in qualifiers) else -w.qualifier_miss
        if score > best_score:
            best, best_score = c, score
    if (
        best is not None
        and last
        and best.kind in {"city", "admin1", "admin2"}
        and best.pop < w.veto_population
        and best.nalt < w.veto_names
        and n_cc >= w.veto_context
        and not ccs[best.cc or ""]
        and not qualifiers
    ):
        best = None  # a small place abroad that nothing else in the article points to
    if (
        best is not None
        and last
        and best.kind in {"city", "admin2"}
        and best.pop < w.veto_population
        and n_a1 >= w.feature_veto_context
        and not a1s[best.a1 or ""]
        and not qualifiers
        and all(m.evidence == "feature" for m in ms)
    ):
        best = None  # "Lake Mead" in a Nevada story does not lie by Mead, Wash.
    if best is not None and last and best.q == 3 and embedded_scale < 1.0 and not ccs[best.cc or ""]:
        best = (
            None  # "NC Dinos", "(Metropolitan Police/PA)": an abbreviation in a name, foreign to the article
        )
    return best, best_score


def _shared_area(ms: list[Mention]) -> tuple[str | None, str | None]:
    """The country (and first-level subdivision) of a mention no entry was chosen for, when its
    qualifier names it or every reading of the name lies there, one of them an entry's own name
    ("Reston": no entry fits the article, but Reston is American whatever the article's other
    places): the place at a coarser precision rather than the article's country."""
    for m in ms:
        for q in m.qualifier:
            if q.cc:
                return q.cc, q.a1 if q.kind == "admin1" else None
    readings = ms[0].candidates
    if not any(c.q == 0 for c in readings):
        # only alternate spellings ("Awinat" for Libya's Al Awaynat), which the article rejected:
        # they say nothing about where the place the text means lies
        return None, None
    ccs = {c.cc for c in readings}
    if len(ccs) != 1 or None in ccs:  # none, several, or a region of several countries
        return None, None
    a1s = {c.a1 if c.kind != "country" else None for c in readings}
    return ccs.pop(), a1s.pop() if len(a1s) == 1 else None


def _infer_country(key: str, ms: list[Mention], ctx: _Context, w: Weights) -> str | None:
    """The country of a mention nothing in the gazetteer fits: its qualifier's ("Rathmore, Ireland"),
    else the country holding more than ``infer_share`` of the article's other resolved names, when no
    other country holds as many (a tie is no guess)."""
    for m in ms:
        for q in m.qualifier:
            if q.cc:
                return q.cc
    if ms[0].role not in {"literal", "dateline"}:
        return None
    own_cc, _, _, own_w = ctx.own.get(key, (None, None, False, 0.0))
    return _leading(ctx.cc, ctx.sum_cc, own_cc, own_w, w.infer_share)


def _infer_state(key: str, ms: list[Mention], ctx: _Context, w: Weights) -> str | None:
    """The first-level subdivision holding more than ``infer_share`` of the article's other names
    below national level, and more than any other ("Lower Merion Township" among Pennsylvania's
    towns), for a mention nothing in the gazetteer fits."""
    if ms[0].role not in {"literal", "dateline"}:
        return None
    _, own_a1, _, own_w = ctx.own.get(key, (None, None, False, 0.0))
    return _leading(ctx.a1, ctx.sum_a1, own_a1, own_w, w.infer_share)


def _leading(
    weights: dict[str, float], total: float, own: str | None, own_w: float, share: float
) -> str | None:
    """The area holding more than ``share`` of the article's weight with the mention's own reading
    (``own``, weighing ``own_w``) left out, and more than any other area (a tie is no guess)."""
    left = _LeaveOut(weights, own, own_w)
    rest = total - (own_w if own else 0.0)
    if not rest:
        return None
    shares = sorted(((left[area], area) for area in weights), reverse=True)
    (top_w, top), runner_up = shares[0], shares[1][0] if len(shares) > 1 else 0.0
    return top if top_w / rest > share and top_w > runner_up else None


def _qualifier_areas(mentions: list[Mention]) -> None:
    """The state or country right after a resolved town and its comma ("Athens, Georgia") is the
    area that holds the town, whatever the name's other mentions resolved to."""
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        after = by_start.get(m.end + 1)
        if after is None or m.entry is None or not m.qualifier:
            continue
        holding = [q for q in m.qualifier if _within(m.entry, q) and q in after.candidates]
        if holding and after.entry not in holding:
            after.entry = holding[0]


def _list_kinds(mentions: list[Mention]) -> None:
    """In a list of places, a name read as another kind than most of the list takes its reading of
    that kind ("Virginia, Washington, West Virginia and Wyoming": the state, not the capital; in a
    list of countries, "Georgia" the country), within the country the list's subdivisions share."""
    lists: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.in_list >= 0:
            lists[m.in_list].append(m)
    for members in lists.values():
        kinds = Counter(
            (m.entry.kind, m.entry.cc if m.entry.kind != "country" else None) for m in members if m.entry
        )
        (kind, cc), n = kinds.most_common(1)[0] if kinds else ((None, None), 0)
        if kind not in {"country", "admin1"} or n < 2 or 2 * n <= len(members):
            continue
        for m in members:
            if m.entry is None or m.entry.kind == kind or m.qualifier:
                continue  # "… Florida and Washington, D.C.": the qualifier has decided
            fits = [
                c for c in m.candidates if c.kind == kind and c.q in {0, 2} and (cc is None or c.cc == cc)
            ]
            if fits:
                m.entry = max(fits, key=lambda c: c.pop)
