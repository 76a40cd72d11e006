"""Who a paper is from and for: a firm's name in its heading or address block, a person's name by
its label, over an address or initialled, as payroll layouts print them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import pairwise

from lossmit_docs.model import TextMethod
from lossmit_docs.reading.document_text import HEADING_LINES, DocumentText, has_word, labels_of, stub_words
from lossmit_docs.reading.page_text import CLOCK, FAX_ROW, before_gap, fax_header_row, line_top
from lossmit_docs.reading.values import MONTHS, clean_name, first_date, squash

NAME_JOINERS = {"and", "of", "the", "&"}
NAME_PARTICLES = {"de", "da", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "bin", "al", "y"}
_NEXT_LABEL = re.compile(r"\s(?=\S+\s?#|\S+:|[A-Z][a-z]+\s:\s|[A-Z]\w+\s+(?:No\.?|#):"
                         r"|[A-Z]\w+\s+(?i:no\.|number)\s+[A-Z]?-?\d"  # "Registration no. B-290318"
                         r"|(?i:emp|empl|employee|badge|clock|file)\.?\s+(?i:no\.?|#|id)\b"
                         r"|(?i:dept|department)\.?\s"  # "Imani W. Moreau  Dept  Nursing - 2 West"
                         r"|N[uú]m\.\s)")  # a Spanish stub's "Núm. de trabajador" (número)


def person_name(text: str) -> str | None:
    """A person's name, or nothing when the text is another label ("EMPLOYEE ID PAY PERIOD"). The name
    ends where the next label on its line begins ("Advice #:", "ID:", "Driver No.:", "EMP NO 437"): no name has a
    colon or a "#"."""
    if re.match(r"\s*[A-Za-z][\w.]*:", text):  # the next label's line ("Agency: Water Resources")
        return None
    # "Driver No.:", and without its colon before its figure ("EMP NO 437")
    text = _date_labels().split(re.split(_NEXT_LABEL, text)[0])[0]
    text = _NAME_CAPTION.sub("", text)  # its caption without a colon, in a column of captions ("Name  Hannah ...")
    name = clean_name(re.sub(r"\*", "", text))
    if not name:
        return None
    words = _name_words(_less_next_label(surname_last(name).replace(",", " ").split()))
    legal = stub_words("legal_suffixes")
    if re.fullmatch(r"[A-Za-z]\.?", words[-1] if words else ""):
        return None  # a given name and an initial, the surname cut off by the next column ("Marcus T")
    if not 2 <= len(words) <= 5 or any(squash(w) in stub_words("not_name_words") or squash(w) in legal for w in words):
        return None  # another label, or a firm ("Brightfield Contact Solutions, LLC")
    return " ".join(words)


_NAME_CAPTION = re.compile(r"^\s*(?:employee\s+)?name\s+(?=[A-Z])", re.IGNORECASE)


def surname_last(name: str) -> str:
    """A payroll system's "OCAMPO, MARISELA T" in the order people write it: "MARISELA T OCAMPO". A
    suffix after the comma ("Lee Park, Jr.") is no given name."""
    match = _SURNAME_FIRST.fullmatch(name)
    if match is None:
        return name
    given = _name_words([match.group("surname").split()[0], *match.group("given").split()])[1:]
    if not 1 <= len(given) <= 3 or squash(given[0]) in _SUFFIXES:
        return name
    return f"{' '.join(given)} {match.group('surname')}"


_SURNAME_FIRST = re.compile(r"(?P<surname>[^\s,]+(?: [^\s,]+)?),\s*(?P<given>[^\s,]+(?: [^\s,]+)*)")
_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))


def _name_words(words: list[str]) -> list[str]:
    """A name's words up to where OCR's specks run on after it ("Noor Nakagawa. Mee ies es"): a full stop
    after a word of three letters or more ends it ("Jr." and initials are shorter), and so does a word in
    lower case that is no name particle ("van", "de"), or in a name in capitals any word with small letters."""
    capitals = bool(words) and len(re.sub(r"[^A-Za-z]", "", words[0])) >= 2 and words[0].isupper()
    for index, word in enumerate(words):
        if capitals and index and re.search(r"[a-z]", word) and word.lower() not in NAME_PARTICLES:
            return words[:index]  # a name in capitals ends at the next label's word ("OCAMPO, MARISELA T Payroll")
        if word.endswith(".") and len(re.sub(r"[^A-Za-z]", "", word)) >= 3:
            return [*words[:index], word.rstrip(".")]
        if word[:1].islower() and word.lower() not in NAME_PARTICLES:
            return words[:index]
    return words


@cache
def _date_labels() -> re.Pattern[str]:
    """The stub's date labels, where a name sharing their row ends ("Desmond Quillen  Advice Date")."""
    labels = labels_of("pay_stub")
    texts = {v.rstrip(":").lower() for key in ("pay_date", "period_start", "period_end", "period") for v in labels[key]}
    # a tile's bare caption before its figures ("Loretta V. Hale  Week 05/09/2038 to ..."), no surname "Week"
    captions = "|".join(re.escape(t.lower()) for t in labels["period_caption"])
    return re.compile(r"\s(?:" + "|".join(re.escape(t) for t in sorted(texts, key=len, reverse=True))
                      + rf")\b|\s(?:{captions})\s+(?=\d)", re.IGNORECASE)


def _less_next_label(words: list[str]) -> list[str]:
    """A name's words less those that begin the next cell's label on its row ("Pay period:")."""
    while words and squash(words[-1]) in stub_words("not_name_words"):
        words = words[:-1]
    return words


def firm_name(text: str) -> str | None:
    """A firm's name cut from a heading line: before "Page 1 of 2", a rule or a wide gap, less OCR specks."""
    text = re.sub(r"^\s*\(\w{1,2}\)\s+", "", text)  # a logo's letter in a circle, read "(w)"
    text = re.sub(r"^\s*([A-Z])\s+(?=\1[a-zA-Z])", "", text)  # or a monogram, the name's initial: "C Castlegate"
    speck = re.match(r"\s*([a-z|!]{1,2})\s+(?=[A-Z])", text)  # or a speck of it: "il Commonwealth Keystone"
    if speck and speck.group(1) not in NAME_PARTICLES:  # not "de Vries Plumbing"
        text = text[speck.end() :]
    while (junk := re.match(r"\s*(\S{1,2})\s+(?=\S)", text)) and junk.group(1) not in NAME_PARTICLES \
            and (junk.group(1).islower() or not junk.group(1).isalnum()):
        text = text[junk.end() :]  # a seal's specks before the name: "E> c COUNTY OF WEXCOMBE"
    text = re.split(r"\bpage\s*\d|\||\s{3,}|\$|\d", text, flags=re.IGNORECASE)[0]
    for word in sorted(labels_of("pay_stub")["title_words"], key=len, reverse=True):  # the whole title first
        text = re.sub(re.escape(word), " ", text, flags=re.IGNORECASE)
    words = (clean_name(text) or "").split()
    capitalised = bool(words) and words[0][:1].isupper()
    popped = 0
    while capitalised and len(words) > 1 and words[-1].islower() and words[-1] not in NAME_JOINERS:
        words.pop()
        popped += 1
    if popped and len(words) == 1:  # a sentence ("Keep this slip for your records"), not a name
        return None
    formed = next((i for i, word in enumerate(words) if i and squash(word) in stub_words("legal_forms")
                   and squash(words[i + 1] if i + 1 < len(words) else "") not in _NAME_GOES_ON_AFTER_FORM), None)
    if formed is not None:  # the name ends with its legal form: "CIMARRON CROSSING TRANSPORT, INC." of a title
        words = words[: formed + 1]  # "... INC. DRIVER EARNINGS STATEMENT"
    name = " ".join(words).strip(" ,&-")
    return name if len(re.sub(r"[^A-Za-z]", "", name)) >= 3 else None


def labelled_firm(text: str) -> str | None:
    """A firm's name after its label, not the prose a label's words may open ("... paid by employer to the
    trust funds", "Paid by direct deposit"): a name does not begin with a label's word, nor speaks to the
    reader, nor says how the pay was paid."""
    if _PAYMENT_METHOD.match(text):
        return None
    name = firm_name(text)
    if name and _PROSE_WORD.search(name):  # "CONTRIBUTIONS PAID BY THE EMPLOYERS - NOT PART OF YOUR GROSS PAY"
        return None
    return name if name and squash(name.split()[0]) not in stub_words("not_name_words") else None


_PAYMENT_METHOD = re.compile(r"\s*(?:direct\s+deposit|check|cheque|cash|ach|wire)\b", re.IGNORECASE)
_PROSE_WORD = re.compile(r"\b(?:you|your|not|are|is|above|below)\b", re.IGNORECASE)  # a sentence's, no firm's name
_STREET_WORDS = (r"st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|way|ct|court|cir|circle|pkwy|parkway|"
                 r"hwy|highway|pl|place|ter|terrace|trail|trl|causeway|square|pike|turnpike|loop|plaza|expressway")
_STREET = re.compile(rf"^\s*\d{{1,6}}\s+[A-Za-z][\w .'-]*\b(?:{_STREET_WORDS})\b", re.IGNORECASE)


def firm_over_address(reader: DocumentText, person: str | None) -> tuple[str | None, int | None]:
    """A name printed over a street address that is not the employee's: the employer's own block."""
    filled = [i for i, line in enumerate(reader.lines) if line.strip()]  # OCR leaves blank lines between
    for above_index, index in pairwise(filled):
        above = _before_label(reader.lines[above_index])
        if _STREET.match(reader.lines[index]) and not re.search(r"\d", above):
            name = " ".join(_less_next_label((firm_name(above) or "").split())) or None
            if name and (person is None or squash(name) != squash(person)):
                return name, above_index
    return None, None


_ZIP_AT_END = re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")


def person_over_address(reader: DocumentText, employer: str | None) -> tuple[str | None, int | None]:
    """An employee named by no label, as a mailing window shows them: a person's name over a street and a
    city, state and ZIP code ("Evander R. Ashby-Kwan" / "4711 Cobblestone Ct" / "Flagstaff, AZ 86013"); not
    the employer's block over its own address: its heading's name, a firm's word, or, when the heading named
    no employer, the first such block (a firm's name in capitals reads like a person's)."""
    firm_words = stub_words("firm_words")
    filled = [i for i, line in enumerate(reader.lines) if line.strip()]
    blocks = []
    for above_index, index, after_index in zip(filled, filled[1:], filled[2:], strict=False):
        street, city = reader.lines[index], reader.lines[after_index]
        if _STREET.match(street) and (_ZIP_AT_END.search(street) or _ZIP_AT_END.search(city)):
            blocks.append((person_name(_before_label(reader.lines[above_index])), above_index))
    firm_block = any(squash(w) in firm_words for _, index in blocks for w in reader.lines[index].split())
    # (a block whose name has a firm's word is the employer's; a lone block named with a middle initial is a
    # person's, as no firm's name is)
    lone_person = len(blocks) == 1 and blocks[0][0] is not None and _INITIALLED.fullmatch(blocks[0][0])
    if employer is None and not firm_block and not lone_person:
        blocks = blocks[1:]
    for name, index in blocks:
        if name and not any(squash(w) in firm_words for w in name.split()) and not (
                employer and squash(name) in squash(employer)):
            return name, index
    return None, None


def initialled_name(reader: DocumentText, employer: str | None) -> tuple[str | None, int | None]:
    """An employee named by no label on a line of the stub's head, before the labels that share its row
    ("Bethany A. Okafor   Check Date: 02/06/2031"): a name with a middle initial, as no firm's is, and
    not the employer's own (a sole proprietor's heading, "Gerald T. Whitfield")."""
    for index, line in enumerate(reader.lines[: min(reader.first_page_lines, HEAD_LINES)]):
        name = person_name(_before_label(line))
        firm = name is not None and any(squash(w) in stub_words("firm_words") for w in name.split())
        if name and _INITIALLED.fullmatch(name) and not firm and not (employer and squash(name) in squash(employer)):
            return name, index
    return None, None


HEAD_LINES = 8  # lines of a stub's head an unlabelled employee's name may stand on
_INITIALLED = re.compile(r"[A-Z][A-Za-z'-]+ [A-Z]\.? [A-Z][A-Za-z'-]+(?: (?:Jr|Sr|II|III|IV)\.?)?")


def _before_label(line: str) -> str:
    """A line up to the label that starts its next cell ("Pinecrest Auto Group ... Check No:"): a header's
    firm name shares its row with the stub's own labels; a line that starts with a label has none."""
    cut = re.search(r"\S+\s?[:#]", line)
    return line[: cut.start()] if cut else line


HEADING_PARTS = re.compile(r"\s+[·•|]\s+")
DOTTED_HEADING_LINES = 10  # top lines a portal's "Employer · Employee · Title · ID" line may stand on


def dotted_heading(reader: DocumentText) -> tuple[str | None, str | None, int | None]:
    """An HR portal's heading line of parts set off by dots or bars ("Halsey Drug Stores, Inc. · Ines M.
    Blaylock · Pharmacy Technician II · Employee ID E979601"): the employer is the part a firm's word ends,
    the employee the first part after it that is a person's name. Both, or neither."""
    firm_words = stub_words("firm_words")
    for index, line in enumerate(reader.lines[:DOTTED_HEADING_LINES]):
        parts = [part.strip() for part in HEADING_PARTS.split(line)]
        if len(parts) < 3:
            continue
        firm = next((i for i, part in enumerate(parts) if squash((part.split() or [""])[-1]) in firm_words), None)
        if firm is None:
            continue
        for part in parts[firm + 1 :]:
            person = person_name(part)
            if person and not any(squash(word) in firm_words for word in person.split()):
                return parts[firm].strip(" ,"), person, index
    return None, None, None


# one figure before a line of words with no other figure, no street's ("5 Industrial Way" is an address)
_LOGO_FIGURE = re.compile(rf"^\s*\d\s+(?=[A-Z][^\d]*$)(?!.*\b(?:{_STREET_WORDS})\b)", re.IGNORECASE)


def heading_firm(reader: DocumentText, person: str | None = None) -> tuple[str | None, int | None]:
    """The firm heading a page: the first top line that is a name, not a label, an address or a number, nor
    the `person` the paper is about."""
    column_words = stub_words("heading_columns")
    # the top lines that are printed, less a fax machine's header line over them (a date and a time of day)
    header = fax_header_row(reader.pages[0])  # (OCR may part its sender's name from its date and time)
    printed = [i for i, line in enumerate(reader.lines[: reader.first_page_lines])
               if line.strip() and not (CLOCK.search(line) and first_date(line))
               and not (header is not None and (top := line_top(reader.pages[0], line)) is not None
                        and abs(top - header) < FAX_ROW)]
    top = _top_down(reader, printed[:TOP_DOWN_LINES])[:HEADING_LINES]
    headings = [sum(squash(w) in column_words for w in reader.lines[i].split()) >= 2 for i in top]
    for place, index in enumerate(top):
        line = _LOGO_FIGURE.sub("", reader.lines[index])  # a round logo OCR read as a figure ("6 Jefferson Bay ...")
        if re.search(r"[:#]", line) or re.match(r"\s*\d", line) or headings[place] or (place and headings[place - 1]):
            continue  # a row of column headings ("CO. FILE DEPT. CLOCK") and the codes under it
        if _imprint(line):
            continue
        name = firm_name(before_gap(reader.line_page[index], line))
        if name and len(name.split()) == 1 and (has_word(line, labels_of("pay_stub")["title_words"])
                                                or squash(name) in stub_words("not_name_words")
                                                or squash(name) in column_words):
            continue  # a title's word left from "DRIVER PAYROLL STATEMENT" or "PayrollDepartment", or a column's
            # heading OCR set on a line of its own ("PAGE"), not a firm
        if name and all(squash(word) in stub_words("not_name_words") for word in name.split()):
            continue  # a title in a heading's words ("EARNINGS REMITTANCE"), not a firm
        if name and squash(name) in MONTHS:
            continue  # a date's month ("November 13, 2026" under the heading's "Pay Date"), no firm
        if name and name[0].islower():  # a payroll service's lower-case brand ("brightpath Erie Canal
            # Distribution | My Pay", the brand's logo a gap apart): the employer after it, if any
            name = _after_brand(firm_name(line) or "")
            if name:
                return name, index
        if has_word(line, labels_of("pay_stub")["portal_words"]):
            continue  # the portal's own line it was printed from ("PayHarbor Employee Self-Service")
        if has_word(line, labels_of("pay_stub")["voucher_words"]):
            continue  # a deposit voucher's notice ("DIRECT DEPOSIT - NON-NEGOTIABLE"), no firm
        if name and person and squash(name) == squash(person):
            continue  # the employee's row under its captions
        if name:
            return name, index
    return None, None


def _after_brand(name: str) -> str | None:
    """The capitalised name after a lower-case brand word: two words at least."""
    words = name.split()[1:]
    return " ".join(words) if len(words) >= 2 and all(w[:1].isupper() or w in NAME_JOINERS for w in words) else None


def provider_heading(reader: DocumentText, index: int | None) -> bool:
    """Whether the firm heading the stub is a payroll service's brand: its line names the paper ("TALLY BRIDGE
    HR pay slip"), or the line under it the service ("LEDGERLINE" over "Payroll Services"); an employer's
    name over the paper's title ("Halvorsen Electric Co." over "WEEKLY PAY STUB") is none."""
    if index is None:
        return False
    labels = labels_of("pay_stub")
    printed = [i for i in range(index + 1, min(len(reader.lines), index + PROVIDER_LINES)) if reader.lines[i].strip()]
    return has_word(reader.lines[index], labels["title_words"]) \
        or any(has_word(reader.lines[i], labels["provider_words"]) for i in printed[:1])


PROVIDER_LINES = 4  # lines under a heading (OCR's blank ones among them) where the service's words may stand


def _imprint(line: str) -> bool:
    """Whether a line is a scanner's endorser imprint ("BRHL DMR  ENV 0173  IMG 004"): short codes and two
    numbers or more, no word."""
    tokens = line.split()
    return sum(t.isdigit() for t in tokens) >= 2 and all(len(t) <= IMPRINT_CODE and not t.islower() for t in tokens)


IMPRINT_CODE = 4  # letters of an imprint's longest code


def fuller_firm(reader: DocumentText, name: str, index: int | None) -> tuple[str, int | None]:
    """The firm's whole name where the stub prints it, when its heading gave a brand or a seal's lettering
    ("BuildRight" over "HOME CENTERS, INC."; "WEXC OMBE" round a seal): the shortest run of a line's words
    that holds the heading's letters and ends in a firm's legal form ("BuildRight Home Centers, Inc.") or
    names a government ("COUNTY OF WEXCOMBE")."""
    letters = squash(name)
    parted = len(name.split()) > 1  # a seal's lettering parted ("WEXC OMBE"): one word where printed whole
    forms, governments = stub_words("legal_forms"), stub_words("government_words")
    banks = {squash(word) for word in labels_of("bank_statement")["bank_words"]}  # a bank's name is not the firm's
    for at, tokens, start, end in _name_runs(reader):
        run = tokens[start:end]
        spelt = squash(" ".join(run))
        formed = spelt.startswith(letters) and squash(run[-1]) in forms and not any(
            re.search(r"\d", token) or squash(token) in banks for token in tokens[start : end + 1])
        governed = squash(run[0]) in governments and squash(run[1]) == "of" and spelt.endswith(letters)
        if (formed or governed) and (not parted or any(letters in squash(token) for token in run)):
            return " ".join(run).strip(" ,-"), at  # ("Pelican Air" over "Pelican Air, Inc." is whole)
    return _name_over_rest(reader, name, index) or (name, index)


def _name_runs(reader: DocumentText) -> Iterator[tuple[int, list[str], int, int]]:
    """Each run of two to FIRM_WORDS words of every line, where a firm's whole name may stand: the line's
    index, its words, and the run's start and end among them."""
    for at, line in enumerate(reader.lines):
        tokens = line.split()
        for start in range(len(tokens)):
            for end in range(start + 2, min(len(tokens), start + FIRM_WORDS) + 1):
                yield at, tokens, start, end


def _name_over_rest(reader: DocumentText, name: str, index: int | None) -> tuple[str, int] | None:
    """A logo's word over the rest of the firm's name ("LAURELWOOD" over "REGIONAL MEDICAL CENTER"), either
    of them the heading found, where the stub prints the two together elsewhere ("Laurelwood Regional Medical
    Center - Payroll Services")."""
    if index is None:
        return None
    wholes = []
    page = reader.line_page[index]
    filled = [i for i, line in enumerate(reader.lines) if line.strip() and reader.line_page[i] is page]
    at = filled.index(index) if index in filled else None
    for other, first in ((filled[at - 1] if at else None, True),
                         (filled[at + 1] if at is not None and at + 1 < len(filled) else None, False)):
        if other is not None:  # (OCR leaves blank lines between)
            part = firm_name(before_gap(reader.line_page[other], reader.lines[other]))
            if part and not re.search(r"\d", part):
                wholes.append(squash(f"{part} {name}" if first else f"{name} {part}"))
    for at, tokens, start, end in _name_runs(reader):
        if squash(" ".join(tokens[start:end])) in wholes:
            return " ".join(tokens[start:end]).strip(" ,-"), at
    return None


FIRM_WORDS = 6  # words of a firm's whole name at the most
_NAME_GOES_ON_AFTER_FORM = {"of", "and"}  # "Consolidated Edison Company of New York, Inc."


def _top_down(reader: DocumentText, indices: list[int]) -> list[int]:
    """The first page's lines in the order they stand on it: OCR lists a page's blocks in an order of its own,
    and a letterhead set apart from a boxed body may come last. Lines of about one height (a firm's name
    beside the stub's title) keep OCR's order; a line no row of words spells stays after the one before it."""
    page = reader.pages[0]
    if page.method != TextMethod.OCR or not page.words:
        return indices
    tops: dict[int, float] = {}
    last = 0.0
    for index in indices:
        found = line_top(page, reader.lines[index])
        last = found if found is not None else last
        tops[index] = last
    ordered: list[list[int]] = []
    for index in sorted(indices, key=lambda index: tops[index]):
        if ordered and tops[index] - tops[ordered[-1][0]] < SAME_HEIGHT:
            ordered[-1].append(index)
        else:
            ordered.append([index])
    return [index for band in ordered for index in sorted(band)]


SAME_HEIGHT = 0.03  # page heights: lines whose tops are this close stand side by side
TOP_DOWN_LINES = 60  # lines of OCR's order a letterhead read after the body may be among (each is looked up)
