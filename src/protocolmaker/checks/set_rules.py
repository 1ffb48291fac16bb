"""Level 2: the documents of one set must agree with each other (digest E1-E41)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from protocolmaker.checks.engine import Context, Hit, rule
from protocolmaker.checks.text import article_text, full_text, party_lines, places, signatures
from protocolmaker.model.document import Document, Paragraph, plain
from protocolmaker.model.typography import long_date, quantity, smarten
from protocolmaker.model.view import View


def _docs(ctx: Context, kind: str) -> list[tuple[str, Document]]:
    assert ctx.documents is not None
    return [(s.filename, d) for s, d in ctx.documents if s.kind == kind]


def _one(ctx: Context, kind: str) -> tuple[str, Document] | None:
    found = _docs(ctx, kind)
    return found[0] if found else None


@rule("SET-01", "De partijen van ieder protocol zijn partijen bij het convenant", "fout",
      "004:11450-11456; digest E1; issue 10", 2)
def same_parties(ctx: Context) -> Iterator[Hit]:
    """Ieder privacyprotocol noemt de partijen van zijn werkproces, in dezelfde bewoordingen als
    het convenant; een werkproces kan minder partijen hebben, nooit andere."""
    conv = _one(ctx, "convenant")
    assert conv
    in_convenant = {line.rstrip(",;") for line in party_lines(conv[1])}
    protocols = {p.filename: p for p in View(ctx.cfg).protocols}
    for name, doc in _docs(ctx, "privacyprotocol"):
        lines = party_lines(doc)
        if len(lines) != len(protocols[name].partners):
            yield Hit(f"{len(lines)} partijen in de aanhef, {len(protocols[name].partners)} in "
                      "het werkproces.", document=name, where="De ondergetekenden")
        several = sum(p.kind == "gemeente" for p in protocols[name].partners) > 1
        for line in (x.rstrip(",;") for x in lines):
            if line not in in_convenant and (several or not line.startswith("Het college")):
                yield Hit(f"‘{line[:60]}…’ staat niet zo in het convenant.", document=name,
                          where="De ondergetekenden")


@rule("SET-02", "Ondertekenaars van de Artikel 20-beslissing", "fout",
      "004:12093-12095; 4696-4702; digest E11", 2)
def a20_signatories(ctx: Context) -> Iterator[Hit]:
    """De beslissing wordt getekend door de politiechef, iedere burgemeester van een deelnemende
    gemeente en de officier van justitie: niet meer en niet minder."""
    found = _one(ctx, "artikel20")
    if not found:
        return
    name, doc = found
    sigs = signatures(doc)
    wanted = 2 + len(ctx.cfg.municipalities)
    if len(sigs) != wanted:
        yield Hit(f"{len(sigs)} ondertekeningsblokken, verwacht {wanted} (politiechef, "
                  f"{len(ctx.cfg.municipalities)} burgemeester(s), officier van justitie).",
                  document=name, where="ondertekening")
    parties = " ".join(p for p, _ in sigs)
    for g in ctx.cfg.municipalities:
        if f"De burgemeester van {smarten(g.name or '')}" not in parties:
            yield Hit(f"de burgemeester van {g.name} tekent niet.", document=name,
                      where="ondertekening")


@rule("SET-03", "Ontvangers van politiegegevens zijn partijen bij het convenant", "fout",
      "004:4712-4714; digest E13", 2)
def a20_recipients_are_parties(ctx: Context) -> Iterator[Hit]:
    """Iedere ontvanger in de beslissing is (onder dezelfde naam) partij bij het convenant."""
    found = _one(ctx, "artikel20")
    if not found:
        return
    name, doc = found
    v = View(ctx.cfg)
    text = article_text(doc, "ontvangers")
    for pr in v.protocols:
        for recipient in v.recipient_names(pr.a20_recipients):
            if smarten(recipient) not in text:
                yield Hit(f"‘{recipient}’ ontvangt volgens werkproces ‘{pr.name}’ "
                          "politiegegevens maar staat niet bij de ontvangers.", document=name,
                          where="Ontvangers")
    art = next(a for a in doc.articles if a.key == "ontvangers")
    first = f"artikel {art.leden[0].number}" if art.leden else ""
    # the list is the first lid (with its onderdelen); a later lid may name who does not receive
    listed = " ".join(t for w, t in places(doc) if w == first or w.startswith(first + ","))
    for p in v.non_recipients:
        for recipient in v.recipient_names([p]):
            if smarten(recipient) in listed:
                yield Hit(f"‘{recipient}’ is geen ontvanger maar staat bij de ontvangers.",
                          document=name, where="Ontvangers")


@rule("SET-04", "Politie als partij: de set bevat een Artikel 20-beslissing", "fout",
      "004:12023-12025; 12089-12096; digest E10", 2)
def a20_exists(ctx: Context) -> Iterator[Hit]:
    """Als de politie gegevens deelt, hoort bij de set een Artikel 20 Wpg Beslissing."""
    if View(ctx.cfg).needs_a20_decision and not _one(ctx, "artikel20"):
        yield Hit("de set heeft geen Artikel 20 Wpg Beslissing.", ("partijen",))


@rule("SET-05", "Het protocol noemt het convenant bij titel en datum", "fout",
      "004:11568-11571; digest E22", 2)
def protocol_cites_convenant(ctx: Context) -> Iterator[Hit]:
    """De overwegingen van het protocol citeren de exacte titel van het convenant en de datum
    van ondertekening."""
    conv = _one(ctx, "convenant")
    assert conv
    title = conv[1].title
    date = ctx.cfg.choices.signing_date
    for name, doc in _docs(ctx, "privacyprotocol"):
        text = full_text(doc)
        if f"‘{title}’" not in text:
            yield Hit(f"het protocol citeert niet ‘{title}’.", document=name,
                      where="Overwegingen")
        if date and long_date(date) not in text:
            yield Hit("de ondertekeningsdatum van het convenant ontbreekt.", document=name,
                      where="Overwegingen")


@rule("SET-06", "Het convenant noemt elk privacyprotocol bij zijn titel", "fout",
      "004:10197-10199; 10834-10839; digest E21", 2)
def convenant_cites_protocols(ctx: Context) -> Iterator[Hit]:
    """De titel van ieder privacyprotocol staat letterlijk in het convenant (overwegingen en
    art. 15)."""
    conv = _one(ctx, "convenant")
    assert conv
    text = full_text(conv[1])
    assert ctx.documents is not None
    for spec, _ in ctx.documents:
        if spec.kind == "privacyprotocol" and smarten(spec.label) not in text:
            yield Hit(f"het convenant noemt ‘{spec.label}’ niet.", document=conv[0])


@rule("SET-07", "Bewaartermijnen gelijk in protocol, privacyverklaring en register", "fout",
      "004:12399-12416; 12646-12687; 12918-12934; digest E36, E41", 2)
def retention_everywhere(ctx: Context) -> Iterator[Hit]:
    """Art. 11 van het protocol, de privacyverklaring en het verwerkingsregister noemen dezelfde
    termijnen, die van de configuratie."""
    from protocolmaker.render.register import COLUMNS, register_rows

    protocols = {p.filename: p for p in View(ctx.cfg).protocols}
    for name, doc in _docs(ctx, "privacyprotocol"):
        r = protocols[name].retention
        text = article_text(doc, "bewaren")
        for n, what in ((r.destruction_months, "uiterlijk binnen {} maanden"),
                        (r.restricted_access_months, "tot {} maanden na het besluit")):
            if what.format(n) not in text:
                yield Hit(f"art. 11 noemt niet ‘{what.format(n)}’.", document=name,
                          where="Bewaren en Vernietigen")
    found = _one(ctx, "privacyverklaring")
    column = [name for _, name in COLUMNS].index("vernietiging uiterlijk (maanden na afschaling)")
    for pr, row in zip(protocols.values(), register_rows(ctx.cfg), strict=True):
        r = pr.retention
        months = quantity(r.destruction_months, "maand", "maanden")  # in words up to twenty
        if found and f"uiterlijk {months}" not in full_text(found[1]):
            yield Hit(f"de vernietigingstermijn van ‘{pr.name}’ in de privacyverklaring wijkt "
                      "af.", document=found[0])
        if row[column] != r.destruction_months:
            yield Hit(f"de vernietigingstermijn van ‘{pr.name}’ in het verwerkingsregister "
                      "wijkt af.", document="verwerkingsregister")


@rule("SET-08", "Duur van protocol en beslissing volgt het convenant", "fout",
      "004:13054-13057; 4739-4753; digest E23", 2)
def durations(ctx: Context) -> Iterator[Hit]:
    """Het protocol geldt zolang het convenant; de beslissing ten hoogste zolang het convenant."""
    conv = _one(ctx, "convenant")
    assert conv
    looptijd = conv[1].targets.get("looptijd", "")
    cited = f"{looptijd} van het Convenant"
    for kind, key in (("privacyprotocol", "duur"), ("artikel20", "duur")):
        for name, doc in _docs(ctx, kind):
            if cited not in article_text(doc, key):
                yield Hit(f"de duur verwijst niet naar {cited}.", document=name, where="Duur")


@rule("SET-09", "Politiegegevens: dezelfde Wpg-artikelen in beslissing en protocol", "fout",
      "004:13452; 13489; digest E15", 2)
def police_categories(ctx: Context) -> Iterator[Hit]:
    """De categorieën politiegegevens in Bijvoegsel 4 van het protocol zijn die van de
    beslissing."""
    a20 = _one(ctx, "artikel20")
    if not a20:
        return
    m = re.search(r"op grond van (?:de artikelen|artikel) ([\d, en]+) Wpg",
                  article_text(a20[1], "categorieen"))
    in_a20 = m.group(1) if m else "?"
    protocols = {p.filename: p for p in View(ctx.cfg).protocols}
    for name, doc in _docs(ctx, "privacyprotocol"):
        if not any(p.kind == "politie" for p in protocols[name].partners):
            continue
        found = set(re.findall(r"politiegegevens als bedoeld in (?:de artikelen|artikel) "
                               r"([\d, en]+) Wpg", full_text(doc)))
        if found != {in_a20}:
            yield Hit(f"Bijvoegsel 4 noemt {sorted(found)}, de beslissing ‘{in_a20}’.",
                      document=name, where="Bijvoegsel 4")


@rule("SET-10", "Dezelfde partij voor informatiebeveiliging in convenant en protocol", "fout",
      "004:10901-10904; 12432-12434; 12521-12524; digest E34", 2)
def info_security_party(ctx: Context) -> Iterator[Hit]:
    """Convenant art. 17 en protocol art. 12.3/14.2 noemen dezelfde partij."""
    party = ctx.cfg.gremia.info_security.party
    if not party:
        return
    who = smarten(View(ctx.cfg).name(party))
    conv = _one(ctx, "convenant")
    assert conv
    checks = [(conv[0], article_text(conv[1], "geheimhouding"))]
    checks += [(n, article_text(d, "beveiliging")) for n, d in _docs(ctx, "privacyprotocol")]
    for name, text in checks:
        if who.lower() not in text.lower():
            yield Hit(f"{who} staat niet als verantwoordelijke voor informatiebeveiliging.",
                      document=name)


@rule("SET-11", "Dezelfde naam van het zorg- en veiligheidshuis in alle documenten", "fout",
      "004:4706-4712; digest E12", 2)
def same_zvh_name(ctx: Context) -> Iterator[Hit]:
    """Elk document noemt het zorg- en veiligheidshuis bij dezelfde naam."""
    zvh = smarten(ctx.cfg.zvh.name)
    assert ctx.documents is not None
    for spec, doc in ctx.documents:
        if zvh not in full_text(doc) and zvh not in doc.title:
            yield Hit(f"‘{zvh}’ komt niet voor.", document=spec.filename)


@rule("SET-12", "De privacyverklaring noemt precies de partijen", "fout",
      "004:12646-12687; digest E41", 2)
def statement_parties(ctx: Context) -> Iterator[Hit]:
    """Onderdeel b van de privacyverklaring (protocol 16.5) noemt iedere partij, en geen andere."""
    found = _one(ctx, "privacyverklaring")
    if not found:
        return
    name, doc = found
    section = next(s for s in doc.sections if s.key == "wie")
    listed = [plain(b.content, doc) for b in section.blocks
              if isinstance(b, Paragraph) and b.kind == "bullet"]
    if len(listed) != len(ctx.cfg.partners):
        yield Hit(f"{len(listed)} partijen genoemd, {len(ctx.cfg.partners)} in het convenant.",
                  document=name, where="Wie zijn wij")
