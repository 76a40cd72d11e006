"""The database: the ledger of files, their pages and documents, cases, and the append-only event log.

SQLite by default; any SQLAlchemy URL works (PostgreSQL later). Nothing here is SQLite-only except the
pragmas set on SQLite connections so that two watchers can share one file.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    create_engine,
    event,
    func,
    select,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, sessionmaker

from .judging.loan import Loan, Payment
from .model import Document, Field, Outcome, Page, PageRef
from .privacy import redact


def _now() -> datetime:
    return datetime.now(UTC)


def actor() -> str:
    """Who wrote a row: host and process, so an audit can tell two watchers apart."""
    return f"{socket.gethostname()}:{os.getpid()}"


class Base(DeclarativeBase):
    pass


class FileRow(Base):
    """One file taken from the inbox, with its single outcome."""

    __tablename__ = "files"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_token: Mapped[str] = mapped_column(String(64), unique=True)
    relative_path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    received_on: Mapped[date] = mapped_column(Date)
    taken_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    outcome: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(String(32))
    detail: Mapped[str | None] = mapped_column(Text)
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("files.id"))
    loan_number: Mapped[str | None] = mapped_column(String(15), index=True)
    assigned_by: Mapped[str | None] = mapped_column(String(32))

    pages: Mapped[list[PageRow]] = relationship(back_populates="file", order_by="PageRow.number")


class ContentRow(Base):
    """First file seen with given bytes: the primary key is what makes a duplicate a duplicate."""

    __tablename__ = "contents"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("files.id"))


class PageRow(Base):
    __tablename__ = "pages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("files.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(16))
    confidence: Mapped[float] = mapped_column(Float)
    rotation: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)
    barcodes: Mapped[list[str]] = mapped_column(JSON, default=list)

    file: Mapped[FileRow] = relationship(back_populates="pages")


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("files.id"), index=True)
    loan_number: Mapped[str | None] = mapped_column(String(15), index=True)
    doc_id: Mapped[str] = mapped_column(String(32))
    type: Mapped[str] = mapped_column(String(48))
    type_confidence: Mapped[float] = mapped_column(Float)
    scanned: Mapped[bool] = mapped_column(default=False)
    received_on: Mapped[date] = mapped_column(Date)
    document_date: Mapped[date | None] = mapped_column(Date)
    pages: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    text: Mapped[str] = mapped_column(Text, default="")

    fields: Mapped[list[FieldRow]] = relationship(cascade="all, delete-orphan", lazy="selectin")


class FieldRow(Base):
    __tablename__ = "fields"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    value: Mapped[Any] = mapped_column(JSON)
    confidence: Mapped[float] = mapped_column(Float)
    page: Mapped[int | None] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(16))


class CaseRow(Base):
    __tablename__ = "cases"

    loan_number: Mapped[str] = mapped_column(String(15), primary_key=True)
    borrower_name: Mapped[str | None] = mapped_column(Text)
    co_borrower_name: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="incomplete")
    received_on: Mapped[date] = mapped_column(Date)
    acknowledgment_due: Mapped[date | None] = mapped_column(Date)
    missing_count: Mapped[int] = mapped_column(Integer, default=0)
    review_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now)


class EventRow(Base):
    """The audit trail: rows are only ever added."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    actor: Mapped[str] = mapped_column(String(128), default=actor)
    kind: Mapped[str] = mapped_column(String(32))
    file_id: Mapped[int | None] = mapped_column(ForeignKey("files.id"))
    sha256: Mapped[str | None] = mapped_column(String(64))
    loan_number: Mapped[str | None] = mapped_column(String(15))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class LoanRow(Base):
    """A loan as last imported: every column of the row, exact (money as text), so `Loan` comes back equal."""

    __tablename__ = "loans"

    loan_number: Mapped[str] = mapped_column(String(15), primary_key=True)
    investor: Mapped[str] = mapped_column(String(16))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)  # `encode_value` of each column
    source: Mapped[str] = mapped_column(Text)  # the file it came from
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now)


class PaymentRow(Base):
    """A payment received; `dedupe_key` is unique so no payment is ever counted twice."""

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    loan_number: Mapped[str] = mapped_column(String(15), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[str] = mapped_column(String(24))  # exact decimal text, never a float
    reference: Mapped[str | None] = mapped_column(Text)
    dedupe_key: Mapped[str] = mapped_column(Text, unique=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class EvaluationRow(Base):
    """One evaluation as offered (its JSON exactly as written out) and where its trial stands."""

    __tablename__ = "evaluations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    loan_number: Mapped[str] = mapped_column(String(15), index=True)
    evaluated_on: Mapped[date] = mapped_column(Date)
    offer_date: Mapped[date] = mapped_column(Date)
    modification_effective_date: Mapped[date | None] = mapped_column(Date)
    program: Mapped[str] = mapped_column(String(64))
    eligible: Mapped[bool] = mapped_column()
    evaluation_json: Mapped[str] = mapped_column(Text)
    trial_status: Mapped[str] = mapped_column(String(32))  # denied | in_progress | permanent_modification | ...
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class PacketRow(Base):
    """A packet written to the outbox, with the case state it answered (so a notice is not sent twice)."""

    __tablename__ = "packets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    loan_number: Mapped[str] = mapped_column(String(15), index=True)
    document: Mapped[str] = mapped_column(String(48))
    path: Mapped[str] = mapped_column(Text)
    packet_date: Mapped[date] = mapped_column(Date)
    case_status: Mapped[str | None] = mapped_column(String(16))
    missing: Mapped[list[str]] = mapped_column(JSON, default=list)  # missing item codes at the time
    generated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _create_tables(engine: Engine, attempts: int = 5) -> None:
    """Two services starting together on one new database race to create it; the loser sees tables that
    did not exist a moment ago. Checking again after the winner committed settles it."""
    for attempt in range(attempts):
        try:
            Base.metadata.create_all(engine)
            return
        except OperationalError as exc:
            if "already exists" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.1 * (attempt + 1))


def make_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        db_path = engine.url.database
        if db_path:
            Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    _create_tables(engine)
    if engine.dialect.name == "sqlite" and engine.url.database:
        for suffix in ("", "-wal", "-shm"):
            path = Path(engine.url.database + suffix)
            if path.exists():
                path.chmod(0o600)
    return engine


class Store:
    """The ledger's operations, each one transaction, named for what the service needs."""

    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    def event(self, kind: str, *, file_id: int | None = None, sha256: str | None = None,
              loan_number: str | None = None, **detail: Any) -> None:
        with self.session() as s:
            s.add(EventRow(kind=kind, file_id=file_id, sha256=sha256, loan_number=loan_number,
                           detail=json.loads(json.dumps(detail, default=str))))

    def file_for_claim(self, claim_token: str) -> FileRow | None:
        with self.session() as s:
            return s.scalar(select(FileRow).where(FileRow.claim_token == claim_token))

    def first_with_content(self, sha256: str) -> FileRow | None:
        with self.session() as s:
            content = s.get(ContentRow, sha256)
            return s.get(FileRow, content.file_id) if content else None

    def record_file(self, row: FileRow, pages: list[Page] = (), documents: list[DocumentRow] = ()) -> FileRow:
        """Record a file's one outcome with its pages; a second file with the same bytes becomes a duplicate.

        Two watchers racing on identical bytes both reach here; the contents table's primary key lets
        exactly one of them win and turns the other into a duplicate, in the same transaction.
        """
        first = None
        if row.outcome != Outcome.DUPLICATE:
            try:
                with self.session() as s:
                    s.add(row)
                    s.flush()
                    s.add(ContentRow(sha256=row.sha256, file_id=row.id))
                    s.add_all(_page_rows(row.id, pages))
                    for doc in documents:
                        doc.file_id = row.id
                        s.add(doc)
                    s.add(_outcome_event(row))
                return row
            except IntegrityError:
                first = self.first_with_content(row.sha256)
                if first is None:  # the claim token itself was taken: recorded already
                    raise
        duplicate = FileRow(
            claim_token=row.claim_token, relative_path=row.relative_path, sha256=row.sha256,
            size=row.size, received_on=row.received_on, outcome=Outcome.DUPLICATE,
            duplicate_of=row.duplicate_of or (first.id if first else None),
        )
        with self.session() as s:
            s.add(duplicate)
            s.flush()
            s.add(_outcome_event(duplicate))
        return duplicate

    def files(self) -> list[FileRow]:
        with self.session() as s:
            return list(s.scalars(select(FileRow).order_by(FileRow.id)))

    def pages(self, file_id: int) -> list[PageRow]:
        with self.session() as s:
            return list(s.scalars(select(PageRow).where(PageRow.file_id == file_id).order_by(PageRow.number)))

    def files_for_loan(self, loan_number: str) -> list[FileRow]:
        with self.session() as s:
            return list(s.scalars(select(FileRow).where(FileRow.loan_number == loan_number).order_by(FileRow.id)))

    def events(self) -> list[EventRow]:
        with self.session() as s:
            return list(s.scalars(select(EventRow).order_by(EventRow.id)))


    def documents_for_loan(self, loan_number: str) -> list[Document]:
        with self.session() as s:
            rows = s.scalars(select(DocumentRow).where(DocumentRow.loan_number == loan_number).order_by(DocumentRow.id))
            return [document_from_row(r) for r in rows]

    def unassigned_documents(self) -> list[tuple[int, int, Document]]:
        """(row id, file id, document) of every document no case holds, in file order."""
        with self.session() as s:
            rows = s.scalars(select(DocumentRow).where(DocumentRow.loan_number.is_(None)).order_by(DocumentRow.id))
            return [(r.id, r.file_id, document_from_row(r)) for r in rows]

    def files_with_placed_documents(self, file_ids: set[int]) -> set[int]:
        """Of `file_ids`, the files a case holds a document of."""
        with self.session() as s:
            return set(s.scalars(select(DocumentRow.file_id).where(DocumentRow.file_id.in_(file_ids),
                                                                   DocumentRow.loan_number.is_not(None))))

    def assign_document(self, row_id: int, loan_number: str, how: str) -> None:
        with self.session() as s:
            row = s.get(DocumentRow, row_id)
            row.loan_number = loan_number
            s.add(EventRow(kind="assigned", file_id=row.file_id, loan_number=loan_number,
                           detail={"document": row.doc_id, "how": how}))

    def open_cases(self) -> dict[str, list[str]]:
        """Borrower names by loan, for placing a document that names no loan (a pay stub)."""
        with self.session() as s:
            return {c.loan_number: [n for n in (c.borrower_name, c.co_borrower_name) if n]
                    for c in s.scalars(select(CaseRow))}

    def save_case(self, case: CaseRow) -> None:
        case.updated_at = _now()  # judged now, even when nothing it counts has changed (see cases_behind)
        with self.session() as s:
            s.merge(case)
            s.add(EventRow(kind="case_judged", loan_number=case.loan_number,
                           detail={"status": case.status, "missing": case.missing_count}))

    def cases_behind(self) -> set[str]:
        """Loans with a document recorded after their case was last judged (or never judged)."""
        with self.session() as s:
            newest = (
                select(DocumentRow.loan_number, func.max(FileRow.taken_at).label("taken"))
                .join(FileRow, FileRow.id == DocumentRow.file_id)
                .where(DocumentRow.loan_number.is_not(None))
                .group_by(DocumentRow.loan_number)
                .subquery()
            )
            rows = s.execute(
                select(newest.c.loan_number)
                .outerjoin(CaseRow, CaseRow.loan_number == newest.c.loan_number)
                .where((CaseRow.loan_number.is_(None)) | (CaseRow.updated_at < newest.c.taken))
            )
            return {loan for (loan,) in rows}

    def cases(self) -> list[CaseRow]:
        with self.session() as s:
            return list(s.scalars(select(CaseRow)))

    def case(self, loan_number: str) -> CaseRow | None:
        with self.session() as s:
            return s.get(CaseRow, loan_number)

    def save_loans(self, loans: Collection[Loan], source: str) -> tuple[int, int]:
        """Insert or update loans by number; returns (added, updated)."""
        added = updated = 0
        with self.session() as s:
            for loan in loans:
                data = {name: encode_value(value) for name, value in asdict(loan).items()}
                row = s.get(LoanRow, loan.loan_number)
                if row is None:
                    s.add(LoanRow(loan_number=loan.loan_number, investor=loan.investor, data=data, source=source))
                    added += 1
                else:
                    row.investor, row.data, row.source = loan.investor, data, source
                    updated += 1
                s.add(EventRow(kind="loan_imported", loan_number=loan.loan_number,
                               detail={"source": source, "update": row is not None}))
        return added, updated

    def loan(self, loan_number: str) -> Loan | None:
        with self.session() as s:
            row = s.get(LoanRow, loan_number)
            return Loan(**{k: decode_value(v) for k, v in row.data.items()}) if row else None

    def record_payments(self, payments: Collection[Payment], source: str) -> list[Payment]:
        """Record the payments not seen before (by reference, else by loan, date and amount); return those."""
        recorded: list[Payment] = []
        with self.session() as s:
            for payment in payments:
                key = payment_key(payment)
                if s.scalar(select(PaymentRow.id).where(PaymentRow.dedupe_key == key)) is not None:
                    continue
                s.add(PaymentRow(loan_number=payment.loan_number, received_on=payment.received_on,
                                 amount=str(payment.amount), reference=payment.reference, dedupe_key=key))
                s.flush()
                s.add(EventRow(kind="payment_recorded", loan_number=payment.loan_number,
                               detail={"source": source, "received_on": payment.received_on.isoformat(),
                                       "amount": str(payment.amount), "reference": payment.reference}))
                recorded.append(payment)
        return recorded

    def payments_for(self, loan_number: str) -> list[Payment]:
        with self.session() as s:
            rows = s.scalars(select(PaymentRow).where(PaymentRow.loan_number == loan_number)
                             .order_by(PaymentRow.received_on, PaymentRow.id))
            return [Payment(r.loan_number, r.received_on, Decimal(r.amount), r.reference) for r in rows]

    def save_evaluation(self, row: EvaluationRow) -> EvaluationRow:
        with self.session() as s:
            s.add(row)
            s.flush()
            s.add(EventRow(kind="evaluated", loan_number=row.loan_number,
                           detail={"evaluation": row.id, "eligible": row.eligible, "program": row.program,
                                   "evaluated_on": row.evaluated_on.isoformat()}))
        return row

    def latest_evaluation(self, loan_number: str) -> EvaluationRow | None:
        with self.session() as s:
            return s.scalar(select(EvaluationRow).where(EvaluationRow.loan_number == loan_number)
                            .order_by(EvaluationRow.id.desc()).limit(1))

    def set_trial_status(self, evaluation_id: int, status: str, **detail: Any) -> None:
        with self.session() as s:
            row = s.get(EvaluationRow, evaluation_id)
            if row.trial_status == status:
                return
            s.add(EventRow(kind="trial_status", loan_number=row.loan_number,
                           detail={"evaluation": evaluation_id, "from": row.trial_status, "to": status,
                                   **json.loads(json.dumps(detail, default=str))}))
            row.trial_status = status

    def loans_in_trial(self) -> list[str]:
        with self.session() as s:
            return sorted(set(s.scalars(select(EvaluationRow.loan_number)
                                        .where(EvaluationRow.trial_status == "in_progress"))))

    def record_packet(self, row: PacketRow) -> None:
        with self.session() as s:
            s.add(row)
            s.add(EventRow(kind="packet_generated", loan_number=row.loan_number,
                           detail={"document": row.document, "path": row.path, "case_status": row.case_status,
                                   "missing": row.missing}))

    def last_packet(self, loan_number: str, documents: Collection[str] = ()) -> PacketRow | None:
        """The loan's latest packet, of the given documents if any are named."""
        query = select(PacketRow).where(PacketRow.loan_number == loan_number)
        if documents:
            query = query.where(PacketRow.document.in_(list(documents)))
        with self.session() as s:
            return s.scalar(query.order_by(PacketRow.id.desc()).limit(1))

    def packets_for(self, loan_number: str) -> list[PacketRow]:
        with self.session() as s:
            return list(s.scalars(select(PacketRow).where(PacketRow.loan_number == loan_number)
                                  .order_by(PacketRow.id)))


def payment_key(payment: Payment) -> str:
    """What makes two payment rows the same payment: the servicer's reference, else loan, day and amount."""
    if payment.reference:
        return f"ref:{payment.reference}"
    return f"row:{payment.loan_number}|{payment.received_on.isoformat()}|{payment.amount}"


def encode_value(value: Any) -> Any:
    """Field values keep their Python type through JSON: Decimal and date are tagged, never floats."""
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, list | tuple):
        return [encode_value(v) for v in value]
    return value


def decode_value(value: Any) -> Any:
    if isinstance(value, dict) and len(value) == 1:
        if "decimal" in value:
            return Decimal(value["decimal"])
        if "date" in value:
            return date.fromisoformat(value["date"])
    if isinstance(value, list):
        return [decode_value(v) for v in value]
    return value


def document_row(doc: Document, loan_number: str | None) -> DocumentRow:
    return DocumentRow(
        loan_number=loan_number, doc_id=doc.id, type=doc.type, type_confidence=doc.type_confidence,
        scanned=doc.scanned, received_on=doc.received_on, document_date=doc.document_date, text=redact(doc.text),
        pages=[{"file": p.file, "page": p.page, "sha256": p.sha256} for p in doc.pages],
        fields=[
            FieldRow(name=name, value=encode_value(f.value), confidence=f.confidence,
                     page=f.source.page if f.source else None, method=str(f.method))
            for name, f in doc.fields.items()
        ],
    )


def document_from_row(row: DocumentRow) -> Document:
    pages = [PageRef(**p) for p in row.pages]
    by_page = {p.page: p for p in pages}
    return Document(
        id=row.doc_id, type=row.type, type_confidence=row.type_confidence, pages=pages,
        received_on=row.received_on, scanned=row.scanned, document_date=row.document_date, text=row.text,
        loan_number=row.loan_number,
        fields={
            f.name: Field(decode_value(f.value), f.confidence, by_page.get(f.page), f.method) for f in row.fields
        },
    )


def _page_rows(file_id: int, pages: list[Page]) -> list[PageRow]:
    return [
        PageRow(file_id=file_id, number=p.number, method=p.method.value, confidence=p.confidence,
                rotation=p.rotation, text=redact(p.text), error=p.error, barcodes=list(p.barcodes))
        for p in pages
    ]


def _outcome_event(row: FileRow) -> EventRow:
    return EventRow(kind=row.outcome, file_id=row.id, sha256=row.sha256, loan_number=row.loan_number,
                    detail={"file": row.relative_path, "reason": row.reason, "duplicate_of": row.duplicate_of})
