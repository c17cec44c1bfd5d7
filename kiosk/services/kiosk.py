"""Opening a kiosk: the store of one data folder and every use-case wired to it."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.clock import Clock, system_clock
from kiosk.services.assessments import AssessmentService
from kiosk.services.attendance import AttendanceService
from kiosk.services.audit import AuditService
from kiosk.services.cards import CardService
from kiosk.services.catalogue import CatalogueService
from kiosk.services.certificate_verify import CertificateVerifier
from kiosk.services.certificates import CompletionService
from kiosk.services.context import ServiceContext
from kiosk.services.device import open_context
from kiosk.services.followup import FollowupService
from kiosk.services.job_applications import ApplicationService
from kiosk.services.job_fair import JobFairService
from kiosk.services.job_seekers import JobSeekerService
from kiosk.services.maintenance import MaintenanceService
from kiosk.services.my_card import MyCardService
from kiosk.services.opening import OpeningService
from kiosk.services.people import PeopleService
from kiosk.services.privacy import PrivacyService
from kiosk.services.registration import RegistrationService
from kiosk.services.roster import RosterService
from kiosk.services.settings import SettingsService
from kiosk.services.staff import StaffService
from kiosk.services.status import StatusService
from kiosk.services.sync import SyncService
from kiosk.store.db import Store
from kiosk.store.lock import DataDirLock
from kiosk.store.paths import DataPaths


@dataclass
class KioskServices:
    ctx: ServiceContext
    registration: RegistrationService
    cards: CardService
    catalogue: CatalogueService
    staff: StaffService
    people: PeopleService
    privacy: PrivacyService
    audit: AuditService
    maintenance: MaintenanceService
    status: StatusService
    sync: SyncService
    settings: SettingsService
    attendance: AttendanceService
    roster: RosterService
    my_card: MyCardService
    opening: OpeningService
    completion: CompletionService
    certificates: CertificateVerifier
    assessments: AssessmentService
    followup: FollowupService
    # Placement (issue 14): job seekers, applications, job-fair mode.
    job_seekers: JobSeekerService
    job_applications: ApplicationService
    job_fair: JobFairService

    @property
    def store(self) -> Store:
        return self.ctx.store

    def close(self) -> None:
        self.ctx.store.close()

    def __enter__(self) -> KioskServices:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_kiosk(
    paths: DataPaths,
    *,
    clock: Clock = system_clock,
    lock: bool | DataDirLock = True,
    shared: bool = False,
) -> KioskServices:
    """``shared``: when the GUI (another process) holds the data folder, open it for reading
    only beside it (kiosk.store.db.Store.open) instead of refusing."""
    store = Store.open(paths, lock=lock, shared=shared)
    try:
        ctx = open_context(store, clock=clock)
    except BaseException:
        store.close()
        raise
    staff = StaffService(ctx)
    privacy = PrivacyService(ctx, staff)
    people = PeopleService(ctx)
    cards = CardService(ctx)
    catalogue = CatalogueService(ctx)
    settings = SettingsService(ctx)
    job_seekers = JobSeekerService(ctx, cards)
    job_applications = ApplicationService(ctx, job_seekers)
    return KioskServices(
        ctx=ctx,
        registration=RegistrationService(ctx),
        cards=cards,
        catalogue=catalogue,
        staff=staff,
        people=people,
        privacy=privacy,
        audit=AuditService(ctx),
        maintenance=MaintenanceService(ctx, privacy),
        status=StatusService(ctx),
        sync=SyncService(ctx),
        settings=settings,
        attendance=AttendanceService(ctx),
        roster=RosterService(ctx, people),
        my_card=MyCardService(cards, people),
        opening=OpeningService(ctx, catalogue),
        completion=CompletionService(ctx),
        certificates=CertificateVerifier(ctx),
        assessments=AssessmentService(ctx),
        followup=FollowupService(ctx),
        job_seekers=job_seekers,
        job_applications=job_applications,
        job_fair=JobFairService(ctx, settings, job_seekers, job_applications),
    )
