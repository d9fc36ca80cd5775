"""Excel import of a campaign's target firms: `manage.py import_firms` and the admin page.

Built on the catalogue import's machinery (file checks, header matching, cell parsers, the error
log): every row is checked first, nothing is written unless the whole file is valid, and then
everything is written in one transaction. A firm is found again by tax code, its contact by
name, so importing the same file twice changes nothing. An enterprise missing from the
catalogue is created from the row (name, tax code, ward, former district); one already there is
left as the catalogue has it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext

from cms.catalogue.importing.cells import (
    PARSERS,
    CellError,
    Lookups,
    as_text,
    name_key,
    parse_tax_code,
)
from cms.catalogue.importing.layout import sheet_key
from cms.catalogue.importing.planning import in_batches
from cms.catalogue.importing.results import (
    CREATED,
    UNCHANGED,
    UPDATED,
    ErrorLog,
    ImportFileError,
    RowError,
    Tally,
    file_error,
)
from cms.catalogue.importing.sheets import RowReader, read_table
from cms.catalogue.importing.workbook import read_source, read_workbook
from cms.catalogue.models import Enterprise
from portal.users.models import User

from ..models import Campaign, Contact, IntroducerKind, TargetFirm
from ..phones import normalize_phone
from ..pipeline import record_entry
from .layout import FIRM_MESSAGES, FIRMS, INTRODUCER, SHEETS

__all__ = ["FirmImportResult", "import_firms"]

_ASSOCIATION_PREFIXES = ("hiep hoi ", "hoi ", "cau lac bo ", "clb ")
_WARD_PREFIXES = ("ubnd ", "uy ban nhan dan ")


def parse_phone(raw: Any, column, lookups: Lookups) -> str:
    text = as_text(raw)
    if isinstance(raw, int | float) and not isinstance(raw, bool) and not text.startswith("0"):
        text = f"0{text}"  # typed as a number, the leading 0 was lost
    try:
        return normalize_phone(text)
    except ValidationError as error:
        raise CellError("bad_phone") from error


def parse_introducer(raw: Any, column, lookups: Lookups) -> tuple[str, Any, str]:
    """(kind, ward, name): a ward or commune when the text names one, an association by its
    usual words, otherwise a department or agency."""
    text = " ".join(as_text(raw).split())
    if len(text) > column.max_length:
        raise CellError("too_long", limit=column.max_length, length=len(text))
    key = name_key(text)
    for prefix in _WARD_PREFIXES:
        key = key.removeprefix(prefix)
    try:
        return IntroducerKind.WARD, lookups.ward(key), ""
    except CellError:
        pass
    if any(name_key(text).startswith(prefix) for prefix in _ASSOCIATION_PREFIXES):
        return IntroducerKind.ASSOCIATION, None, text
    return IntroducerKind.DEPARTMENT, None, text


FIRM_PARSERS = {**PARSERS, "phone": parse_phone, INTRODUCER: parse_introducer}


@dataclass
class FirmImportResult:
    """What an import did (or, in a dry run, would do), and every error found."""

    dry_run: bool
    errors: list[RowError] = field(default_factory=list)
    enterprises: Tally = field(default_factory=Tally)
    firms: Tally = field(default_factory=Tally)
    contacts: Tally = field(default_factory=Tally)
    #: The catalogue's report template lists created rounds; this import creates none.
    rounds_created: tuple = ()

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def tallies(self) -> list[tuple[Any, Tally]]:
        return [
            (Enterprise._meta.verbose_name_plural, self.enterprises),
            (TargetFirm._meta.verbose_name_plural, self.firms),
            (Contact._meta.verbose_name_plural, self.contacts),
        ]


@dataclass
class Change:
    row: int
    instance: models.Model
    status: str


@dataclass
class Plan:
    enterprises: list[Change] = field(default_factory=list)
    firms: list[Change] = field(default_factory=list)
    contacts: list[Change] = field(default_factory=list)


class Planner:
    def __init__(self, book: dict, campaign: Campaign, log: ErrorLog) -> None:
        self.book, self.campaign, self.log = book, campaign, log
        self.lookups = Lookups()
        self.plan = Plan()

    def run(self) -> Plan:
        table = read_table(FIRMS, self.book.get(sheet_key(FIRMS.title)), self.log)
        self._load(table)
        first: dict[str, int] = {}
        for number, cells in table.records:
            row = RowReader(table, number, cells, self.log, self.lookups, FIRM_PARSERS)
            values = {column.key: row.get(column.key) for column in FIRMS.columns}
            tax_code = values["tax_code"]
            if tax_code is not None:
                if tax_code in first:
                    row.fail("tax_code", "duplicate", value=tax_code, first=first[tax_code])
                    continue
                first[tax_code] = number
            if values["contact_name"] is None and (
                values["contact_phone"] or values["contact_email"]
            ):
                row.fail("contact_name", "contact_without_name")
            if row.ok:
                self._plan_row(row, values)
        return self.plan

    def _load(self, table) -> None:
        """The enterprises, firms and contacts of every tax code in the file, in a few queries."""
        codes = set()
        for _number, cells in table.records:
            try:
                codes.add(parse_tax_code(cells.get("tax_code")))
            except CellError:
                continue
        self.enterprises = {
            e.tax_code: e
            for e in in_batches(codes, lambda part: Enterprise.objects.filter(tax_code__in=part))
        }
        ids = [e.pk for e in self.enterprises.values()]
        self.firms = {
            f.enterprise_id: f
            for f in in_batches(
                ids,
                lambda part: TargetFirm.objects.filter(campaign=self.campaign, enterprise__in=part),
            )
        }
        self.contacts: dict[tuple[int, str], Contact] = {}
        firm_ids = [f.pk for f in self.firms.values()]
        for contact in in_batches(firm_ids, lambda part: Contact.objects.filter(firm__in=part)):
            self.contacts.setdefault((contact.firm_id, name_key(contact.name)), contact)

    def _plan_row(self, row: RowReader, values: dict) -> None:
        enterprise = self.enterprises.get(values["tax_code"])
        if enterprise is None:
            ward = values["ward"]
            district = values["former_district"] or (ward.former_district if ward else None)
            enterprise = Enterprise(
                name=values["name"],
                tax_code=values["tax_code"],
                ward=ward,
                former_district=district,
            )
            if not self._checked(row, enterprise):
                return
            self.plan.enterprises.append(Change(row.number, enterprise, CREATED))
        else:
            self.plan.enterprises.append(Change(row.number, enterprise, UNCHANGED))
        firm_values = {}
        if values["sector"] is not None:
            firm_values["sector"] = values["sector"]
        if values["introducer"] is not None:
            kind, ward, name = values["introducer"]
            firm_values.update(
                introduced_by_kind=kind, introduced_by_ward=ward, introduced_by_name=name
            )
        firm = self.firms.get(enterprise.pk) if enterprise.pk else None
        if firm is None:
            firm = TargetFirm(campaign=self.campaign, enterprise=enterprise, **firm_values)
            firm_change = Change(row.number, firm, CREATED)
        else:
            firm_change = _apply(row.number, firm, firm_values)
        self.plan.firms.append(firm_change)
        if values["contact_name"] is None:
            return
        contact_values = {
            key: values[f"contact_{key}"]
            for key in ("role", "phone", "email")
            if values[f"contact_{key}"] is not None
        }
        contact = (
            self.contacts.get((firm.pk, name_key(values["contact_name"]))) if firm.pk else None
        )
        if contact is None:
            contact = Contact(firm=firm, name=values["contact_name"], **contact_values)
            if self._checked(row, contact):
                self.plan.contacts.append(Change(row.number, contact, CREATED))
        else:
            self.plan.contacts.append(_apply(row.number, contact, contact_values))

    def _checked(self, row: RowReader, instance: models.Model) -> bool:
        """The model's own validation, so nothing the admin would refuse gets in."""
        relations = [f.name for f in instance._meta.concrete_fields if f.is_relation]
        try:
            instance.full_clean(
                exclude=relations, validate_unique=False, validate_constraints=False
            )
        except ValidationError as error:
            for name, reasons in error.message_dict.items():
                for reason in reasons:
                    row.fail_row("invalid", value=name, reason=reason)
            return False
        return True


def _apply(number: int, instance: models.Model, values: dict) -> Change:
    """The existing record with the row's differing values set; relations may be None."""
    changed = False
    for name, value in values.items():
        attname = instance._meta.get_field(name).attname
        target = value.pk if isinstance(value, models.Model) else value
        if getattr(instance, attname) != target:
            setattr(instance, name, value)
            changed = True
    return Change(number, instance, UPDATED if changed else UNCHANGED)


def write(plan: Plan, by: User | None) -> None:
    source = "staff" if by is not None else "system"
    for change in plan.enterprises:
        if change.status == CREATED:
            change.instance.save()
    for change in plan.firms:
        if change.status != UNCHANGED:
            firm = change.instance
            created = firm.pk is None
            firm.save()
            if created:
                record_entry(firm, by=by, source=source, note=gettext("Imported from Excel"))
    for change in plan.contacts:
        if change.status != UNCHANGED:
            change.instance.save()


def import_firms(
    source: bytes | BinaryIO | str | Path,
    campaign: Campaign,
    *,
    dry_run: bool = False,
    by: User | None = None,
) -> FirmImportResult:
    """Check the workbook and, when it has no error and this is no dry run, write it.

    Never raises for bad input: every problem comes back in `errors`, and then nothing is
    written."""
    result = FirmImportResult(dry_run=dry_run)
    limit = settings.CAMPAIGN_IMPORT_MAX_BYTES
    try:
        book = read_workbook(read_source(source, limit), limit)
    except ImportFileError as error:
        result.errors.append(error.error)
        return result
    log = ErrorLog(FIRM_MESSAGES, SHEETS)
    try:
        with transaction.atomic():
            plan = Planner(book, campaign, log).run()
            if not log.errors and not dry_run:
                write(plan, by)
    except IntegrityError:
        result.errors.append(file_error("conflict"))
        return result
    result.errors = log.sorted()
    for changes, tally in (
        (plan.enterprises, result.enterprises),
        (plan.firms, result.firms),
        (plan.contacts, result.contacts),
    ):
        for change in changes:
            tally.count(change.status)
    return result
