"""Bank statement fields: the bank, the account's last four, the period and its opening and closing
balances, on statements of one account or several."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from lossmit_docs.model import Field, Page, Word
from lossmit_docs.reading.document_text import (
    HEADING_LINES,
    DocumentText,
    Ref,
    beside_label,
    has_word,
    labelled_money,
    labels_of,
)
from lossmit_docs.reading.page_text import locate, row_right_of
from lossmit_docs.reading.paper_names import HEADING_PARTS, NAME_JOINERS, NAME_PARTICLES, firm_name
from lossmit_docs.reading.values import (
    amounts_in,
    before_another_row,
    date_range,
    dates_in,
    find_label,
    first_date,
    label_matches,
    squash,
    values_after,
)

NAME_GOES_ON = NAME_JOINERS | {"n.a.", "na", "company", "co.", "association"}  # words that carry a bank's
# name on past its bank word ("... Savings and Trust Company")
_NAME_ENDS = {"n.a", "na", "company", "co", "association"}  # ... and end it there


def extract_bank_statement(pages: list[Page], ref: Ref) -> dict[str, Field]:
    labels = labels_of("bank_statement")
    reader = DocumentText(pages, ref)
    fields: dict[str, Field] = {}
    bank = next(((_bank_name(line, labels["bank_words"]), i) for i, line in enumerate(reader.lines[:8])
                 if has_word(line, labels["bank_words"]) and firm_name(line)), (None, None))
    sure = 0.85
    if bank[0] is None:  # a logo's words heading the page, the bank's whole name in the footer's legal line
        bank, sure = _footer_bank(reader, labels["bank_words"]), 0.8
    name = _logo_over(reader.line_page[bank[1]], bank[0], labels["bank_words"]) if bank[1] is not None else None
    name = name or _fuller_name(bank[0], bank[1], reader.lines, labels["bank_words"])
    fields["bank_name"] = reader.field(name, bank[1], sure if bank[0] else 0.2)
    fields["account_last4"] = _account_last4(reader, labels["account"])
    if fields["account_last4"].value is None:
        fields["account_last4"] = _account_last4(reader, labels["member"])
    period = reader.after(labels["period"])
    found = dates_in(period[0]) if period else []
    line_of_period = period[1] if period else None
    if period and not found:  # "Statement period" heading a row of column headings: its dates under it
        line_of_period = next((i for i in range(period[1] + 1, min(period[1] + 3, len(reader.lines)))
                               if reader.lines[i].strip()), period[1])
        found = dates_in(reader.lines[line_of_period])
    if period and len(found) == 1:  # "Sep 1, 2027 –" closing its line, "Sep 30, 2027" opening the next
        found += _range_end(reader.lines, line_of_period, found[0])
    if len(found) < 2:  # "for March 1, 2025 to March 31, 2025" under the account's name, unlabelled (on the
        # first page: OCR may read a heading's right-hand column after the page's activity)
        heading = reader.lines[:max(15, reader.first_page_lines)]
        line_of_period, found = next(((i, dates) for i, dates in enumerate(_heading_dates(t) for t in heading)
                                      if _one_period(dates)), (None, []))
    if len(found) >= 2:
        fields["period_start"] = reader.field(found[0], line_of_period)
        fields["period_end"] = reader.field(found[1], line_of_period)
    else:  # "Statement from Jun 20, 2025" and "Statement to Jul 19, 2025" on lines of their own
        for name in ("period_start", "period_end"):
            day, line = reader.first(labels[name], first_date, same_line_only=True)
            fields[name] = reader.field(day, line)
    balances = ("beginning_balance", "ending_balance")
    run_on = {name: _runs_into_another_row(reader, labels[name]) for name in balances}
    if _several_accounts(reader, labels["beginning_balance"], run_on["beginning_balance"]):
        fields.update(_transaction_account(reader, labels))
        return fields
    for name in balances:
        value, line = labelled_money(reader, labels[name], not_after=labels["other_balances"], same_line_first=True)
        on_its_line = value is not None and find_label([reader.lines[line or 0]], labels[name]) is not None
        # OCR read the figures as another block; but not when the label's row runs into another column's rows
        row = None if on_its_line or run_on[name] or _captions_a_figure(reader, labels[name]) \
            else beside_label(reader, labels[name])  # (nor a sidebar's caption over its own figure)
        if row is not None and row.current is not None:
            fields[name] = reader.field(row.current, None, 0.95, page=row.page, base=row.read)
        else:
            fields[name] = reader.field(value, line, 0.95 if value is not None else 0.3)
    _balances_in_sentences(reader, fields)
    return fields


def _balances_in_sentences(reader: DocumentText, fields: dict[str, Field]) -> None:
    """Balances a statement writes out ("On June 1, 2028 your balance was $974.79.") or labels by their day
    ("Balance on 08/01/2027  3,629.03"), where no label found them: the one on the period's first day opens
    it, the one on its last day closes it."""
    said = [(when, amounts_in(match.group("amount"))[0], index) for index, line in enumerate(reader.lines)
            for pattern in (_BALANCE_SENTENCE, _BALANCE_ON) for match in pattern.finditer(line)
            if (when := first_date(match.group("when")))]
    days = {"beginning_balance": fields["period_start"].value, "ending_balance": fields["period_end"].value}
    for name, day in days.items():
        found = next(((amount, index) for when, amount, index in said if when == day), None)
        if found is not None and fields[name].value is None:
            fields[name] = reader.field(found[0], found[1], 0.95)


_BALANCE_SENTENCE = re.compile(
    r"\b(?:on|as of)\s+(?P<when>[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}),?"
    r"\s+(?:your|the)\s+(?:account\s+)?balance\s+(?:was|is|of)\s+(?P<amount>\$?[\d,]+\.\d\d)", re.IGNORECASE)


_BALANCE_ON = re.compile(r"\bbalance\s+(?:on|as of)\s+"
                         r"(?P<when>[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
                         r"\s*:?\s+(?P<amount>\$?[\d,]+\.\d\d)\b", re.IGNORECASE)


def _runs_into_another_row(reader: DocumentText, labels: list[str]) -> bool:
    """Whether a label's line goes on into a dated row of another column: the figures right of the label on
    its row of words are that row's, and the label's own stand under it (a statement's sidebar)."""
    return any(before_another_row(rest := reader.lines[index][end:]) != rest
               for index, _, end in label_matches(reader.lines, labels))


_RANGE_JOINER = r"[–—]|\s-(?:\s|$)|\bto\b|\bthrough\b"


def _range_end(lines: list[str], index: int, start: date) -> list[date]:
    """The period's last day when its range breaks after the dash: the date opening the next line, no more
    than two months after the first."""
    parts = re.split(_RANGE_JOINER, lines[index], maxsplit=1)
    following = _next_filled(lines, index)
    if len(parts) < 2:  # or before it: "06/01/2038" over "to 06/30/2038" (a sidebar's narrow column)
        joined = re.match(rf"\s*(?:{_RANGE_JOINER})", following)
        parts, following = ([lines[index], ""], following[joined.end() :]) if joined else (parts, "")
    if len(parts) < 2 or dates_in(parts[1]) or not dates_in(parts[0]):
        return []
    ends = dates_in(following[:20])
    return ends[:1] if ends and 0 < (ends[0] - start).days <= 62 else []


def _next_filled(lines: list[str], index: int) -> str:
    """The first line of the two after `index` that holds anything: OCR leaves blank lines between."""
    return next((line for line in lines[index + 1 : index + 3] if line.strip()), "")


def _several_accounts(reader: DocumentText, labels: list[str], run_on: bool) -> bool:
    """Whether the statement opens more than one balance: a credit union's savings and checking. `run_on`:
    a label's line runs on into another column's dated row (`_runs_into_another_row`)."""
    opening = {amounts[0] for text, _ in values_after(reader.lines, labels, same_line_only=True)
               if (amounts := amounts_in(before_another_row(text), cents_required=True))}
    carried = _carried_forward(reader.lines, labels)
    if _summary_rows(reader.lines, labels) >= 2:
        return True
    if run_on:  # the figures on the label's row of words are another column's
        return len(opening - carried) >= 2
    for page in reader.pages:  # a scan read column by column: the figures on each label's row of words
        for label in labels:
            start = 0
            while (found := locate(page, label, start)) is not None:
                box, start = found
                own = _figure_under(page, box)  # a sidebar's caption over its figure: what is right of it
                row = [a for w in row_right_of(page, box) for a in amounts_in(w.text, cents_required=True)]
                opening.update(own or row[:1])  # on its row is the ledger's beside it
    return len(opening - carried) >= 2


def _captions_a_figure(reader: DocumentText, labels: list[str]) -> bool:
    """Whether a label stands over its own figure, in a sidebar beside the ledger, on any page."""
    for page in reader.pages:
        for label in labels:
            found = locate(page, label)
            if found is not None and _figure_under(page, found[0]):
                return True
    return False


def _figure_under(page: Page, box: tuple[float, float, float, float]) -> list[Decimal]:
    """The amount standing alone right under a caption, flush with it: a sidebar's "Opening balance" over
    "$1,322.08"."""
    line = box[3] - box[1]
    under = [w for w in page.words if box[3] < w.box[1] <= box[3] + UNDER_CAPTION * line
             and abs(w.box[0] - box[0]) < FLUSH * line]
    return amounts_in(under[0].text, cents_required=True) if len(under) == 1 else []


UNDER_CAPTION = 1.5  # caption heights under a caption its own figure starts at the most
FLUSH = 1.0  # caption heights a figure under a caption stands off its left edge at the most


def _summary_rows(lines: list[str], labels: list[str]) -> int:
    """The rows of figures under the label as a column's heading with no figure of its own ("Account  Account
    number  Beginning balance  Ending balance" over a row per account): the most under any such heading."""
    most = 0
    for index, _, _ in label_matches(lines, labels):
        if amounts_in(lines[index], cents_required=True):
            continue
        rows = 0
        for line in lines[index + 1 :]:
            if len(amounts_in(line, cents_required=True)) < 2 or not re.search(r"[A-Za-z]{3}", line):
                break  # (a row names its account; the figures alone under a heading are one account's)
            rows += 1
        most = max(most, rows)
    return most


def _carried_forward(lines: list[str], labels: list[str]) -> set[Decimal]:
    """Opening balances that only carry a ledger over a page ("BALANCE FORWARD 1,096.76" on page 2, the
    running balance the page before ended on): one account's, not a second account's opening."""
    carried: set[Decimal] = set()
    last: Decimal | None = None  # the last figure of the last line that printed one
    for line in lines:
        amounts = amounts_in(line, cents_required=True)
        if amounts and last is not None and amounts[0] == last and find_label([line], labels) is not None:
            carried.add(amounts[0])
        if amounts:
            last = amounts[-1]
    return carried


def _transaction_account(reader: DocumentText, labels: dict[str, Any]) -> dict[str, Field]:
    """The balances of the account money comes in and goes out of (checking), from its row of the account
    summary ("Free Checking  10  1,284.79  1,492.94": opening, then closing), else from its own part of the
    statement; when neither is read, the balances are left for a person to pick, never taken from whichever
    account comes first."""
    wanted = {squash(word) for word in labels["transaction_accounts"]}
    for page in reader.pages:
        for word in page.words:
            if squash(word.text) not in wanted:
                continue
            amounts = [a for w in row_right_of(page, word.box) for a in amounts_in(w.text, cents_required=True)]
            if len(amounts) >= 2:
                opening, closing = _opening_and_closing(amounts)
                return {"beginning_balance": reader.field(abs(opening), None, 0.85, page=page),
                        "ending_balance": reader.field(abs(closing), None, 0.85, page=page)}
    return _account_part(reader, labels, wanted) or \
        {name: reader.field(None, None, 0.3) for name in ("beginning_balance", "ending_balance")}


def _account_part(reader: DocumentText, labels: dict[str, Any], wanted: set[str]) -> dict[str, Field] | None:
    """A statement that heads each account's part ("CHECKING - Account ...7869") and prints its balances
    on lines of their own under the heading ("Balance Forward 1,897.92" ... "Ending Balance 2,711.76"): the
    first of each after the transaction account's heading, both or neither."""
    start = next((i for i, line in enumerate(reader.lines) if _account_heading(line, wanted)), None)
    if start is None:
        return None
    others = {squash(word) for word in labels["other_accounts"]}
    end = next((i for i in range(start + 1, len(reader.lines)) if _account_heading(reader.lines[i], others)),
               len(reader.lines))
    found: dict[str, Field] = {}
    for name in ("beginning_balance", "ending_balance"):
        for text, line in values_after(reader.lines[start:end], labels[name], same_line_only=True):
            if amounts := amounts_in(before_another_row(text), cents_required=True):
                found[name] = reader.field(abs(amounts[0]), start + line, 0.85)
                break
    return found if len(found) == 2 else None


def _account_heading(line: str, accounts: set[str]) -> bool:
    """Whether the line heads an account's part: it opens with the account's kind, or names it after a
    product's one word in a line of no figure ("Everyday Checking summary", not a wrapped purchase's "SAM'S
    CLUB #8123"), and prints no amount."""
    after_product = squash(" ".join(line.split()[1:])) if not re.search(r"\d", line) else ""
    return any(squash(line).startswith(word) or after_product.startswith(word) for word in accounts) \
        and not amounts_in(line, cents_required=True)


def _opening_and_closing(amounts: list[Decimal]) -> tuple[Decimal, Decimal]:
    """An account's opening and closing balances from its summary row: the four figures that add up
    (opening + deposits - withdrawals = closing, "518.00  2,613.17  2,522.56  608.61") where the row has
    them, else its last two."""
    for i in range(len(amounts) - 3):
        opening, deposits, withdrawals, closing = (abs(a) for a in amounts[i : i + 4])
        if opening + deposits - withdrawals == closing:
            return opening, closing
    return amounts[-2], amounts[-1]


def _heading_dates(line: str) -> list[date]:
    """A heading line's dates, a range printing its year once ("June 1 - June 30, 2030") as two."""
    dates = dates_in(line)
    written = date_range(line) if len(dates) < 2 else None
    return list(written) if written else dates


def _one_period(dates: list[date]) -> bool:
    """Two dates a statement's month apart, in order: its period."""
    return len(dates) == 2 and 20 <= (dates[1] - dates[0]).days <= 40


_MEMBER_FDIC = re.compile(r"member\s+fdic", re.IGNORECASE)


def _footer_bank(reader: DocumentText, bank_words: list[str]) -> tuple[str | None, int | None]:
    """The bank named in a footer's legal line ("Commonwealth Crest Bank, N.A. · Member FDIC · Equal Housing
    Lender"): the part before "Member FDIC" that has a bank's word."""
    for index, line in enumerate(reader.lines):
        found = _MEMBER_FDIC.search(line)
        before = HEADING_PARTS.split(line[: found.start()].strip(" ·|•,"))[0] if found else ""
        if before and has_word(before, bank_words):
            return _bank_name(before, bank_words), index
    return None, None


def _bank_name(line: str, bank_words: list[str]) -> str | None:
    """The bank's name from its heading line, ending at its last bank word unless the name goes on from
    it ("Bank of ..."): a title or a web page's menu runs on after it ("... Credit Union Member Statement",
    "Lumen Direct Bank  Accounts Transfers Log out")."""
    name = firm_name(line)
    if not name:
        return name
    ends = [m.end() for w in bank_words for m in re.finditer(rf"\b{re.escape(w)}\b", name, re.IGNORECASE)]
    if ends:
        rest = name[max(ends):].replace(",", " ").split()  # "Lumio Bank, N.A."
        first = rest[0].lower().rstrip(".") if rest else ""
        if rest and first not in {word.rstrip(".") for word in NAME_GOES_ON}:
            name = name[: max(ends)].strip(" ,")
        elif first in _NAME_ENDS:  # "Continental Summit Bank, N.A. Statement": the name ends with it
            name = name[: name.index(rest[0], max(ends)) + len(rest[0])]
    return name


def _fuller_name(name: str | None, line: int | None, lines: list[str], bank_words: list[str]) -> str | None:
    """The bank's name in full when its logo's first word stands on the line above the rest ("Lumen" over
    "Direct Bank") and the small print joins them ("Issued by Lumen Direct Bank, N.A."), or when the line
    read is a bank's words alone ("Sawtooth Valley  Member number XXXX7725" over "CREDIT UNION")."""
    if not name or not line:
        return name
    own = {squash(word) for word in name.split()}
    logo = [word for word in lines[line - 1].split() if squash(word)]
    if squash(name) in {squash(word) for word in bank_words} and len(logo) == 1:
        # a lower-case logo's word over its bank word ("fernleaf" over "bank"): the name as the page prints it
        # elsewhere ("Statement - August 2036 | Fernleaf Bank")
        printed = re.search(rf"\b{re.escape(logo[0])}\s+{re.escape(name)}\b", " ".join(lines), re.IGNORECASE)
        if printed is not None and printed.group()[:1].isupper():
            return printed.group()
    if any(squash(word) in own for word in logo):  # the line above repeats the name's own word: an account's
        # product name, no logo; the small print may give the name its charter ("Pinnacle National Bank, N.A.")
        chartered = re.search(rf"\b{re.escape(name)},?\s+N\.\s?A\.", " ".join(lines), re.IGNORECASE)
        return f"{name}, N.A." if chartered else name
    above = set(lines[line - 1].split()) - set(name.split())
    titles = {squash(word) for word in labels_of("bank_statement")["statement_titles"]}
    for fuller in re.finditer(rf"((?:[A-Z][A-Za-z&'.-]*\s+){{1,3}}){re.escape(name)}\b", " ".join(lines)):
        words = fuller.group(1).split()
        while words and words[0] not in above:
            words.pop(0)
        if words and not any(squash(word) in titles for word in words):
            return f"{' '.join(words)} {name}"  # (an app's title bar over the name, "Statements", is no part of it)
    if _only_bank_words(name, bank_words):
        # the logo's line, up to the page's title beside it ("HARBORSTONE  Account Statement" over "BANK"), past
        # a line between them that names no bank: a title's other language ("ESTADO DE CUENTA" over "Account
        # statement"), the statement's period ("IRONWOOD  Combined Statement" / "Statement period ..." / "NATIONAL")
        for above in lines[max(0, line - LOGO_LINES) : line][::-1]:
            logo = _leading_name(above.split())
            logo = logo[: next((i for i, word in enumerate(logo) if squash(word) in titles), len(logo))]
            if logo:
                return f"{' '.join(logo)} {name}"
    return name


def _logo_over(page: Page, name: str | None, bank_words: list[str]) -> str | None:
    """A logo's name set over the bank's kind on the page itself ("Brightwater" over "FEDERAL CREDIT UNION"),
    where the text's lines put the title beside the logo between them: the words right above the kind's first
    word, flush with it."""
    if not name or not page.words or not _only_bank_words(name, bank_words):
        return None
    found = locate(page, name)
    if found is None:
        return None
    kind = found[0]
    line = kind[3] - kind[1]
    above = sorted((w for w in page.words if -0.2 * line <= kind[1] - w.box[3] < line), key=lambda w: w.box[0])
    kept: list[Word] = []
    for word in above:  # from the word over the kind's first, up to the gap before a title beside the logo
        if not kept and not kind[0] - line <= word.box[0] < kind[2]:
            continue
        if kept and word.box[0] - kept[-1].box[2] > LOGO_GAP * line:
            break
        kept.append(word)
    words = _leading_name([w.text for w in kept])
    return f"{' '.join(words)} {name}" if words else None


LOGO_GAP = 1.5  # line heights between a logo's words at the most


LOGO_LINES = 2  # lines over a bank's kind ("NATIONAL BANK") its logo's name may stand


def _only_bank_words(name: str, bank_words: list[str]) -> bool:
    """Whether a name is a bank's kind alone ("Bank", "Federal Credit Union", "Direct Bank"), its own words
    in the logo."""
    rest = name.lower()
    for word in sorted([*bank_words, *labels_of("bank_statement")["bank_kinds"]], key=len, reverse=True):
        rest = re.sub(rf"\b{re.escape(word)}\b", " ", rest)
    return not rest.strip(" ,.")


def _leading_name(words: list[str]) -> list[str]:
    """A line's first capitalised words, up to a caption that follows them ("Sawtooth Valley  Member number");
    none when the line opens with a caption ("Page 1 of 2")."""
    kept: list[str] = []
    joiners = {"of", "and"} | NAME_PARTICLES  # "Puerta del Sol"
    for word, after in zip(words, [*words[1:], ""][: len(words)], strict=True):  # (a blank line has none)
        joined = kept and word in joiners and after[:1].isupper()
        if not (re.fullmatch(r"[A-Z][A-Za-z&'.-]*", word) or joined) or (after[:1].islower() and after not in joiners):
            break
        if after[:1].isdigit():  # "Page 1", "Account 5520": a caption and its figure
            return []
        kept.append(word)
    return kept


_ACCOUNT_NAME = re.compile(r"\b(?:checking|savings|share|draft|account|acct)\b", re.IGNORECASE)
# a masked number: its hidden digits as marks, or "Account" and one bullet (printed, or a glyph the font
# left unmapped, "(cid:127)"), then the last four
_MASKED = re.compile(r"(?:[*xX•#+.…«]{2,}|(?:(?<=account )|(?<=acct ))(?:•|\(cid:\d+\))+(?=\d)|ending\s+in)"
                     r"[\s-]*(\d{4})\b", re.IGNORECASE)


# a statement's activity line: its date first, its amount last
_TRANSACTION_ROW = re.compile(r"\s*\d{1,2}/\d{1,2}\b.*\d\.\d\d\s*-?\s*$")
_ENDING_IN = re.compile(r"\bending(?:\s+in)?\W{0,3}(\d{4})\b", re.IGNORECASE)


def _account_last4(reader: DocumentText, labels: list[str]) -> Field:
    """Last four of the account: a masked number ("******5259") is trusted over digits OCR may have split."""
    masked: list[tuple[str, int]] = []
    loose: list[tuple[str, int]] = []
    for text, line in values_after(reader.lines, labels, same_line_only=True):
        if _TRANSACTION_ROW.match(reader.lines[line]):  # "09/15 Transfer to bank account ****9059": another's
            continue
        if not text.strip():  # a sidebar's label over its masked number ("Account number" / "«.7329")
            below = _next_filled(reader.lines, line).strip()
            text = below if _MASKED.fullmatch(below) or re.fullmatch(r"\d{4}", below) else text
        hit = _MASKED.search(text) or _ENDING_IN.search(reader.lines[line])  # "ending in 8316" says last four too
        if hit:
            masked.append((hit.group(1), line))
            continue
        digits = re.sub(r"\D", "", re.split(r"\s{2,}|[A-Za-z]{3,}", text)[0][:30])
        if len(digits) >= 4:
            loose.append((digits[-4:], line))
    chosen = masked or loose
    if not chosen:  # no label: a masked number printed by the account's name ("SHARE DRAFT CHECKING ****5771")
        unlabelled = [(hit.group(1), i) for i, line in enumerate(reader.lines[:HEADING_LINES * 3])
                      if (hit := _MASKED.search(line)) and not re.search(r"\bssn\b|social", line, re.IGNORECASE)]
        if not unlabelled:  # or by the account's name anywhere on the first page ("Everyday Checking .... 0333",
            # read after the page's activity when OCR takes its columns one by one)
            unlabelled = [(hit.group(1), i) for i, line in enumerate(reader.lines[:reader.first_page_lines])
                          if (hit := _MASKED.search(line)) and _ACCOUNT_NAME.search(line[: hit.start()])]
        if len({value for value, _ in unlabelled}) == 1:
            return reader.field(unlabelled[0][0], unlabelled[0][1], 0.85)
        return reader.field(None, None, 0.3)
    agree = len({value for value, _ in chosen}) == 1
    if not agree:  # a combined statement's accounts: the one it calls its primary account is the statement's
        primary = [(hit.group(1), line) for text, line in values_after(reader.lines, labels_of("bank_statement")
                                                                       ["primary_account"], same_line_only=True)
                   if (hit := _MASKED.search(text))]
        if len({value for value, _ in primary}) == 1:
            return reader.field(primary[0][0], primary[0][1], 0.9)
    return reader.field(chosen[0][0], chosen[0][1], (0.95 if masked else 0.7) if agree else 0.5)
