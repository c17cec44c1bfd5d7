"""Staff accounts: PINs hashed with argon2id, log-in with lockout after repeated wrong PINs."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import itertools
import logging
import re
from dataclasses import dataclass
from enum import StrEnum

from argon2 import PasswordHasher
from argon2 import exceptions as argon2_errors
from argon2.low_level import Type
from sqlalchemy import select

from kiosk.domain.ids import new_id
from kiosk.i18n import UserError, define, msg
from kiosk.services.audit import AuditAction, audit
from kiosk.services.context import ServiceContext, row_payload
from kiosk.store.models import StaffAccount

log = logging.getLogger(__name__)

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = dt.timedelta(minutes=5)
# A PIN has only 10^6..10^8 values, so each guess must be expensive: argon2id with 64 MiB and
# 3 passes on one lane. Measured on the 2-core development VM: ~160 ms per hash when idle (the
# scrypt it replaces, N=2^14 r=8, took ~38 ms there), 375 ms with other jobs running
# (bench/pin_kdf.py: 375 ms vs 79 ms for scrypt); a cheap kiosk PC is slower still. One guess per ~160 ms per core and 64 MiB each: every 6-digit PIN takes
# ~44 core-hours instead of ~13, and a GPU gains little against the memory cost.
PIN_HASHER = PasswordHasher(
    time_cost=3, memory_cost=64 * 1024, parallelism=1, hash_len=32, salt_len=16, type=Type.ID
)
# Hashes written before argon2id (kiosks up to migration 0003) keep working and are replaced
# on the next correct log-in.
_SCRYPT_PREFIX = "scrypt$"

define(
    "staff.pin_format",
    id="PIN harus terdiri dari 6 sampai 8 angka.",
    en="The PIN must be 6 to 8 digits.",
)
define(
    "staff.pin_weak",
    id="PIN terlalu mudah ditebak (angka sama atau berurutan). Pilih PIN lain.",
    en="The PIN is too easy to guess (repeated or sequential digits). Choose another.",
)
define(
    "staff.username_invalid",
    id="Nama pengguna 3–40 huruf kecil, angka, titik atau garis bawah.",
    en="Usernames are 3–40 lower-case letters, digits, dots or underscores.",
)
define("staff.username_taken", id="Nama pengguna sudah dipakai.", en="That username is taken.")
define(
    "staff.role_invalid", id="Peran harus staf atau admin.", en="The role must be staff or admin."
)
define("staff.name_required", id="Nama wajib diisi.", en="A name is required.")
define("staff.login_failed", id="Nama pengguna atau PIN salah.", en="Wrong username or PIN.")
define(
    "staff.locked",
    id="Akun dikunci karena terlalu banyak PIN salah. Coba lagi pukul {until}.",
    en="The account is locked after too many wrong PINs. Try again at {until}.",
)
define("staff.disabled", id="Akun ini dinonaktifkan.", en="This account is disabled.")
define(
    "staff.forbidden",
    id="Hanya admin yang boleh melakukan ini.",
    en="Only an admin may do this.",
)
define("staff.unknown", id="Akun staf tidak ditemukan.", en="Staff account not found.")
define(
    "staff.last_admin",
    id="Admin aktif terakhir tidak dapat dinonaktifkan.",
    en="The last active admin cannot be disabled.",
)
define(
    "staff.pin_mismatch",
    id="Kedua PIN tidak sama. Ketik PIN yang sama dua kali.",
    en="The two PINs differ. Type the same PIN twice.",
)
define(
    "staff.not_self",
    id="Anda tidak dapat menonaktifkan akun Anda sendiri.",
    en="You cannot disable your own account.",
)


class Role(StrEnum):
    STAFF = "staff"
    ADMIN = "admin"
    # Records competency assessments (K/BK); an assessor is not an admin of the site.
    ASSESSOR = "assessor"


class StaffError(UserError):
    pass


@dataclass(frozen=True)
class StaffUser:
    id: str
    username: str
    display_name: str
    role: Role


@dataclass(frozen=True)
class StaffListing:
    id: str
    username: str
    display_name: str
    role: Role
    active: bool


class Action(StrEnum):
    """What the staff area lets people do; the roles gate below says who may."""

    TAKE_ATTENDANCE = "take_attendance"
    OPEN_TRAINING = "open_training"
    MANAGE_STAFF = "manage_staff"
    RUN_ASSESSMENT = "run_assessment"
    ASSESS = "assess"


PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.TAKE_ATTENDANCE: frozenset({Role.STAFF, Role.ADMIN}),
    Action.OPEN_TRAINING: frozenset({Role.STAFF, Role.ADMIN}),
    Action.MANAGE_STAFF: frozenset({Role.ADMIN}),
    # Plan an assessment, check candidates in, issue certificates, enter BNSP numbers.
    Action.RUN_ASSESSMENT: frozenset({Role.STAFF, Role.ADMIN, Role.ASSESSOR}),
    # K/BK judgements: only the certified assessor, never an admin on their behalf.
    Action.ASSESS: frozenset({Role.ASSESSOR}),
}


def may(user: StaffUser, action: Action) -> bool:
    return user.role in PERMISSIONS[action]


def authorize(user: StaffUser, action: Action) -> None:
    if not may(user, action):
        raise StaffError(msg("staff.forbidden"))


def hash_pin(pin: str) -> str:
    """An argon2id hash in the standard PHC form ($argon2id$v=19$m=...,t=...,p=...$salt$hash)."""
    return PIN_HASHER.hash(pin)


def pin_needs_rehash(stored: str) -> bool:
    """True for a hash made before argon2id or with weaker parameters than today's."""
    if stored.startswith(_SCRYPT_PREFIX):
        return True
    try:
        return PIN_HASHER.check_needs_rehash(stored)
    except (argon2_errors.InvalidHashError, ValueError):
        return False  # not a hash this kiosk wrote: it never matches, nothing to upgrade


def pin_matches(pin: str, stored: str) -> bool:
    if stored.startswith(_SCRYPT_PREFIX):
        return _scrypt_matches(pin, stored)
    try:
        return PIN_HASHER.verify(stored, pin)
    except (argon2_errors.VerificationError, argon2_errors.InvalidHashError, ValueError):
        return False


def _scrypt_matches(pin: str, stored: str) -> bool:
    try:
        _scheme, n, r, p, salt, digest = stored.split("$")
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            pin.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def _matches(pin: str, stored: str, checked: dict[str, bool]) -> bool:
    """``pin_matches``, reusing the answer for a hash already checked outside the transaction
    (it is checked again only if the hash changed in between: a pull, another log-in)."""
    if stored not in checked:
        checked[stored] = pin_matches(pin, stored)
    return checked[stored]


def check_pin(pin: str) -> None:
    if not re.fullmatch(r"[0-9]{6,8}", pin):
        raise StaffError(msg("staff.pin_format"))
    steps = {int(b) - int(a) for a, b in itertools.pairwise(pin)}
    if steps in ({0}, {1}, {-1}):
        raise StaffError(msg("staff.pin_weak"))


def check_pin_repeated(pin: str, again: str) -> None:
    """A new PIN typed twice (nobody sees it as they type) must match before it is kept."""
    check_pin(pin)
    if not hmac.compare_digest(pin.encode(), again.encode()):
        raise StaffError(msg("staff.pin_mismatch"))


class StaffService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def create(
        self,
        username: str,
        display_name: str,
        pin: str,
        role: Role | str = Role.STAFF,
        *,
        created_by: str | None = None,
    ) -> StaffUser:
        username = username.strip().lower()
        if not re.fullmatch(r"[a-z0-9._]{3,40}", username):
            raise StaffError(msg("staff.username_invalid"))
        display_name = " ".join(display_name.split())
        if not display_name:
            raise StaffError(msg("staff.name_required"))
        try:
            role = Role(role)
        except ValueError:
            raise StaffError(msg("staff.role_invalid")) from None
        check_pin(pin)
        account = StaffAccount(
            id=new_id(),
            username=username,
            display_name=display_name,
            role=role.value,
            pin_hash=hash_pin(pin),
            active=True,
            failed_attempts=0,
            created_at=self._ctx.now(),
        )
        with self._ctx.store.transaction() as session:
            if session.scalar(select(StaffAccount.id).where(StaffAccount.username == username)):
                raise StaffError(msg("staff.username_taken"))
            session.add(account)
            payload = row_payload(account, exclude=("failed_attempts", "locked_until"))
            if created_by is not None:
                # The admin acting: the server accepts staff changes only for an active
                # admin of the kiosk's own site (or the site's very first admin).
                payload["by"] = created_by
            self._ctx.record(session, "staff_account", account.id, "create", payload)
            audit(
                self._ctx,
                session,
                AuditAction.STAFF_CREATED,
                staff_id=created_by,
                subject_type="staff_account",
                subject_id=account.id,
            )
        return StaffUser(account.id, username, display_name, role)

    def create_by(
        self,
        actor: StaffUser,
        username: str,
        display_name: str,
        pin: str,
        role: Role | str = Role.STAFF,
    ) -> StaffUser:
        """An admin creates an account on the kiosk."""
        authorize(actor, Action.MANAGE_STAFF)
        return self.create(username, display_name, pin, role, created_by=actor.id)

    def accounts(self) -> list[StaffListing]:
        with self._ctx.store.reading() as session:
            rows = session.scalars(select(StaffAccount).order_by(StaffAccount.username))
            return [
                StaffListing(r.id, r.username, r.display_name, Role(r.role), r.active) for r in rows
            ]

    def sign_in_names(self, role: Role | None = None) -> list[StaffListing]:
        """The active accounts of this kiosk's site (the pull brings only its own site's
        staff), by name: staff sign in by tapping their name, then typing their PIN.
        With ``role`` only accounts of that role (an admin-only action lists admins)."""
        query = select(StaffAccount).where(StaffAccount.active.is_(True))
        if role is not None:
            query = query.where(StaffAccount.role == role.value)
        with self._ctx.store.reading() as session:
            rows = session.scalars(query)
            listed = [
                StaffListing(r.id, r.username, r.display_name, Role(r.role), r.active) for r in rows
            ]
        return sorted(listed, key=lambda a: (a.display_name.casefold(), a.username))

    def find(self, username: str) -> StaffListing | None:
        with self._ctx.store.reading() as session:
            r = session.scalar(
                select(StaffAccount).where(StaffAccount.username == username.strip().lower())
            )
            if r is None:
                return None
            return StaffListing(r.id, r.username, r.display_name, Role(r.role), r.active)

    def disable(self, actor: StaffUser, staff_id: str) -> None:
        """Switch an account off (it can no longer log in); recorded for upload."""
        authorize(actor, Action.MANAGE_STAFF)
        if staff_id == actor.id:
            raise StaffError(msg("staff.not_self"))
        ctx = self._ctx
        now = ctx.now()
        with ctx.store.transaction() as session:
            account = session.get(StaffAccount, staff_id)
            if account is None:
                raise StaffError(msg("staff.unknown"))
            if not account.active:
                return
            if account.role == Role.ADMIN.value:
                admins = session.scalars(
                    select(StaffAccount.id).where(
                        StaffAccount.role == Role.ADMIN.value, StaffAccount.active.is_(True)
                    )
                ).all()
                if len(admins) <= 1:
                    raise StaffError(msg("staff.last_admin"))
            account.active = False
            ctx.record(
                session,
                "staff_account",
                account.id,
                "disable",
                {"id": account.id, "active": False, "by": actor.id},
                at=now,
            )

    def count(self) -> int:
        with self._ctx.store.reading() as session:
            return len(session.scalars(select(StaffAccount.id)).all())

    def login(self, username: str, pin: str) -> StaffUser:
        """The account for a correct PIN. Wrong PINs are counted durably before the error is
        raised, so that restarting the kiosk does not reset a lockout. A hash older than
        today's argon2id parameters is replaced by a new one of the same PIN."""
        ctx = self._ctx
        now = ctx.now()
        name = username.strip().lower()
        # The costly hash runs before the write transaction, so that scans on this kiosk
        # never wait ~160 ms for the store's write lock behind a log-in.
        with ctx.store.reading() as session:
            seen = session.execute(
                select(StaffAccount.pin_hash, StaffAccount.active, StaffAccount.locked_until).where(
                    StaffAccount.username == name
                )
            ).first()
        checked: dict[str, bool] = {}
        upgraded: tuple[str, str] | None = None  # (the hash it replaces, the new hash)
        if seen is not None and seen.active and not (seen.locked_until and seen.locked_until > now):
            checked[seen.pin_hash] = pin_matches(pin, seen.pin_hash)
            if checked[seen.pin_hash] and pin_needs_rehash(seen.pin_hash):
                upgraded = (seen.pin_hash, hash_pin(pin))
        failure: StaffError | None = None
        user: StaffUser | None = None
        newly_locked = False
        with ctx.store.transaction() as session:
            account = session.scalar(select(StaffAccount).where(StaffAccount.username == name))
            active_lock = bool(
                account and account.locked_until is not None and account.locked_until > now
            )
            if account is None:
                failure = StaffError(msg("staff.login_failed"))
            elif not account.active:
                failure = StaffError(msg("staff.disabled"))
            elif active_lock and account.locked_until is not None:
                until = account.locked_until.astimezone(now.tzinfo).strftime("%H:%M")
                failure = StaffError(msg("staff.locked", until=until))
            elif not _matches(pin, account.pin_hash, checked):
                account.failed_attempts += 1
                if account.failed_attempts >= MAX_FAILED_ATTEMPTS:
                    newly_locked = True
                    account.failed_attempts = 0
                    account.locked_until = now + LOCKOUT
                    until = account.locked_until.astimezone(now.tzinfo).strftime("%H:%M")
                    failure = StaffError(msg("staff.locked", until=until))
                else:
                    failure = StaffError(msg("staff.login_failed"))
            else:
                account.failed_attempts = 0
                account.locked_until = None
                if upgraded is not None and account.pin_hash == upgraded[0]:
                    # Kept on this kiosk only (no outbox event): the PIN did not change, and
                    # a staff member logging in does not act for the site's admin.
                    account.pin_hash = upgraded[1]
                    log.info("staff %s: PIN hash upgraded to argon2id", account.id)
                user = StaffUser(
                    account.id, account.username, account.display_name, Role(account.role)
                )
            if user is not None:
                action = AuditAction.STAFF_LOGIN
            elif newly_locked:
                action = AuditAction.STAFF_LOCKED
            else:
                action = AuditAction.STAFF_LOGIN_FAILED
            audit(
                ctx,
                session,
                action,
                staff_id=account.id if account else None,
                subject_type="staff_account",
                subject_id=account.id if account else None,
                at=now,
            )
        if failure is not None:
            raise failure
        assert user is not None
        return user
