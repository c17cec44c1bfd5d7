"""The console's texts in Bahasa Indonesia and English, in the project's one catalogue
(kiosk.i18n); templates show them with ``t("console....")``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from kiosk.domain.eligibility import EDUCATION_TEXT, EMPLOYMENT_TEXT
from kiosk.i18n import define

define("console.title", id="Konsol Kios3in1", en="Kios3in1 console")
define("console.skip", id="Langsung ke isi", en="Skip to content")
define("console.nav.label", id="Menu utama", en="Main menu")
define("console.nav.attention", id="Perlu perhatian", en="Needs attention")
define("console.nav.kiosks", id="Kios", en="Kiosks")
define("console.nav.programme", id="Program", en="Programme")
define("console.nav.applicants", id="Pendaftar", en="Applicants")
define("console.nav.classes", id="Kelas", en="Classes")
define("console.nav.attendance", id="Kehadiran", en="Attendance")
define("console.nav.users", id="Pengguna", en="Users")
define("console.nav.docs", id="API", en="API")
define("console.lang.label", id="Bahasa", en="Language")
define(
    "console.signed_in_as", id="Masuk sebagai {name} ({role})", en="Signed in as {name} ({role})"
)
define("console.logout", id="Keluar", en="Sign out")
define("console.role.admin", id="admin nasional", en="national admin")
define("console.role.manager", id="pengelola lokasi", en="site manager")
define("console.role.viewer", id="pemantau", en="viewer")
define("console.yes", id="Ya", en="Yes")
define("console.no", id="Tidak", en="No")
define("console.none", id="—", en="—")
define("console.days", id="{n} hari", en="{n} days")

define("console.login.title", id="Masuk ke konsol", en="Sign in to the console")
define("console.login.name", id="Nama pengguna", en="User name")
define("console.login.password", id="Kata sandi", en="Password")
define("console.login.submit", id="Masuk", en="Sign in")
define(
    "console.login.failed",
    id="Nama pengguna atau kata sandi salah.",
    en="Wrong user name or password.",
)
define(
    "console.login.locked",
    id="Akun ini dikunci sementara karena terlalu banyak percobaan. Coba lagi dalam {minutes} menit.",
    en="This account is locked for now after too many attempts. Try again in {minutes} minutes.",
)
define(
    "console.login.rate_limited",
    id="Terlalu banyak percobaan masuk. Coba lagi dalam {minutes} menit.",
    en="Too many sign-in attempts. Try again in {minutes} minutes.",
)

define("console.attention.title", id="Perlu perhatian", en="Needs attention")
define(
    "console.attention.intro",
    id="Hal-hal yang membutuhkan tindakan seseorang, dari lokasi Anda.",
    en="What needs a person to act, at your sites.",
)
define(
    "console.attention.none",
    id="Tidak ada yang perlu perhatian. Bagus!",
    en="Nothing needs attention. Good!",
)
define(
    "console.attention.silent_days",
    id="Kios dianggap diam setelah (hari)",
    en="Kiosk counts as silent after (days)",
)
define("console.attention.kind.silent", id="Kios diam", en="Silent kiosks")
define("console.attention.kind.backlog", id="Data belum terkirim", en="Records not sent")
define(
    "console.attention.kind.set_aside",
    id="Data yang disisihkan sinkronisasi",
    en="Records set aside by sync",
)
define("console.attention.kind.drift", id="Jam kios meleset", en="Kiosk clock off")
define(
    "console.attention.kind.revoked_trying",
    id="Kios dicabut masih mencoba",
    en="Revoked kiosks still trying",
)
define(
    "console.attention.kind.attendance_drop",
    id="Kehadiran kelas turun",
    en="Class attendance dropped",
)
define(
    "console.attention.silent",
    id="{label}: tidak sinkron selama {days} hari",
    en="{label}: no sync for {days} days",
)
define(
    "console.attention.backlog",
    id="{label}: data tertua yang belum terkirim berumur {days} hari",
    en="{label}: its oldest unsent record is {days} days old",
)
define(
    "console.attention.set_aside",
    id="{label}: {count} data disisihkan atau ditolak",
    en="{label}: {count} records set aside or refused",
)
define(
    "console.attention.drift",
    id="{label}: jam kios meleset {minutes} menit",
    en="{label}: the kiosk's clock is off by {minutes} minutes",
)
define(
    "console.attention.revoked_trying",
    id="{label}: sudah dicabut, terakhir mencoba {at}",
    en="{label}: revoked, last tried {at}",
)
define(
    "console.attention.attendance_drop",
    id="{title}: kehadiran turun dari {before}% ke {after}% minggu ini",
    en="{title}: attendance fell from {before}% to {after}% this week",
)
define("console.attention.open", id="Buka", en="Open")

define("console.kiosks.title", id="Kios", en="Kiosks")
define("console.kiosks.status", id="Status", en="Status")
define("console.kiosks.status_any", id="Semua", en="All")
define("console.kiosks.status_active", id="Aktif", en="Active")
define("console.kiosks.status_revoked", id="Dicabut", en="Revoked")
define("console.kiosks.label", id="Nama kios", en="Kiosk")
define("console.kiosks.version", id="Versi aplikasi", en="App version")
define("console.kiosks.last_sync", id="Sinkron terakhir", en="Last sync")
define("console.kiosks.oldest_pending", id="Data tertua belum terkirim", en="Oldest unsent record")
define("console.kiosks.clock_offset", id="Selisih jam", en="Clock offset")
define("console.kiosks.enrolled_at", id="Didaftarkan", en="Enrolled")
define("console.kiosks.seconds", id="{n} dtk", en="{n} s")
define("console.kiosks.never", id="belum pernah", en="never")
define("console.kiosks.unknown", id="tidak dilaporkan", en="not reported")
define("console.kiosks.nothing_pending", id="tidak ada", en="none")
define("console.kiosks.revoked_at", id="dicabut {at}", en="revoked {at}")
define("console.kiosks.none", id="Belum ada kios.", en="No kiosks yet.")
define(
    "console.kiosks.issue_title",
    id="Kode pendaftaran kios baru",
    en="Enrolment code for a new kiosk",
)
define(
    "console.kiosks.issue_help",
    id="Kode sekali pakai, berlaku 24 jam, untuk satu kios di lokasi ini.",
    en="A one-time code, valid for 24 hours, for one kiosk of this site.",
)
define("console.kiosks.issue_site", id="Kode lokasi", en="Site code")
define("console.kiosks.issue_submit", id="Buat kode", en="Issue code")
define("console.kiosks.code_title", id="Kode pendaftaran", en="Enrolment code")
define(
    "console.kiosks.code_once",
    id="Kode untuk lokasi {site}. Catat sekarang: kode ini tidak ditampilkan lagi.",
    en="Code for site {site}. Write it down now: it is not shown again.",
)
define(
    "console.kiosks.bad_site",
    id="Kode lokasi terdiri dari 1–40 huruf, angka, titik, tanda hubung atau garis bawah.",
    en="A site code has 1–40 letters, digits, dots, dashes or underscores.",
)
define("console.kiosks.back", id="Kembali ke daftar kios", en="Back to the kiosks")
define("console.kiosks.detail", id="Kios {label}", en="Kiosk {label}")
define("console.kiosks.device_id", id="ID perangkat", en="Device id")
define("console.kiosks.site", id="Lokasi", en="Site")
define("console.kiosks.revoke_title", id="Cabut kios ini", en="Revoke this kiosk")
define(
    "console.kiosks.revoke_help",
    id="Kios ini tidak akan diterima lagi dan kunci tanda tangan kartunya tidak dipercaya lagi.",
    en="This kiosk is refused from now on and its card-signing key is no longer trusted.",
)
define("console.kiosks.revoke_confirm", id="Ya, saya yakin", en="Yes, I am sure")
define("console.kiosks.revoke_submit", id="Cabut kios", en="Revoke kiosk")
define(
    "console.kiosks.confirm_needed",
    id="Centang kotak konfirmasi untuk mencabut kios.",
    en="Tick the confirmation box to revoke the kiosk.",
)
define("console.kiosks.revoked_done", id="Kios telah dicabut.", en="The kiosk has been revoked.")
define(
    "console.kiosks.problems_title",
    id="Data yang disisihkan atau ditolak",
    en="Records set aside or refused",
)
define("console.kiosks.no_problems", id="Tidak ada.", en="None.")
define("console.kiosks.source_kiosk", id="disisihkan oleh kios", en="set aside by the kiosk")
define("console.kiosks.source_server", id="ditolak server", en="refused by the server")
define("console.kiosks.when", id="Waktu", en="When")
define("console.kiosks.what", id="Data", en="Record")
define("console.kiosks.reason", id="Alasan", en="Reason")

define("console.filter.title", id="Saring", en="Filter")
define("console.filter.site", id="Lokasi", en="Site")
define("console.filter.any_site", id="Semua lokasi", en="All sites")
define("console.filter.since", id="Dari tanggal", en="From")
define("console.filter.until", id="Sampai tanggal", en="Until")
define("console.filter.eligible", id="Memenuhi syarat", en="Eligible")
define("console.filter.any", id="Semua", en="All")
define("console.filter.class", id="ID kelas", en="Class id")
define("console.filter.apply", id="Terapkan", en="Apply")
define("console.filter.reset", id="Hapus saringan", en="Clear filter")
define("console.page.prev", id="‹ Sebelumnya", en="‹ Previous")
define("console.page.next", id="Berikutnya ›", en="Next ›")
define("console.page.number", id="Halaman {n}", en="Page {n}")
define("console.page.empty", id="Tidak ada data yang cocok.", en="Nothing matches.")
define("console.export.label", id="Unduh tampilan ini", en="Download this view")
define("console.export.csv", id="CSV", en="CSV")
define("console.export.xlsx", id="Excel (XLSX)", en="Excel (XLSX)")
define(
    "console.export.note",
    id="Berisi semua baris yang cocok dengan saringan (paling banyak {limit}).",
    en="Holds every row that matches the filter (at most {limit}).",
)
define(
    "console.export.too_many",
    id="Terlalu banyak baris untuk diunduh. Persempit saringan (lokasi atau tanggal) dulu.",
    en="Too many rows to download. Narrow the filter (site or dates) first.",
)

define("console.col.nik", id="NIK", en="NIK")
define("console.col.registered_at", id="Terdaftar", en="Registered")
define("console.col.site", id="Lokasi", en="Site")
define("console.col.region", id="Wilayah", en="Region")
define("console.col.education", id="Pendidikan", en="Education")
define("console.col.employment", id="Pekerjaan", en="Employment")
define("console.col.eligible", id="Memenuhi syarat", en="Eligible")
define("console.col.reasons", id="Alasan", en="Reasons")
define("console.col.class", id="Kelas", en="Class")
define("console.col.dates", id="Tanggal", en="Dates")
define("console.col.capacity", id="Kapasitas", en="Capacity")
define("console.col.enrolled", id="Peserta", en="Enrolled")
define("console.col.enrolled_at", id="Didaftarkan", en="Enrolled at")
define("console.col.days_present", id="Hari hadir", en="Days present")
define("console.col.meetings", id="Pertemuan", en="Meetings")
define("console.col.rate", id="Kehadiran", en="Attendance")
define("console.col.day", id="Hari", en="Day")
define("console.col.kind", id="Jenis", en="Kind")
define("console.col.card", id="Kartu", en="Card")
define("console.col.recorded_at", id="Dicatat", en="Recorded")
define("console.kind.check_in", id="masuk", en="check-in")
define("console.kind.check_out", id="pulang", en="check-out")

define("console.programme.title", id="Program sekilas", en="The programme at a glance")
define(
    "console.programme.funnel_title",
    id="Per lokasi dan bulan pendaftaran",
    en="Per site and month of registration",
)
define("console.programme.month", id="Bulan", en="Month")
define("console.programme.registered", id="Terdaftar", en="Registered")
define("console.programme.eligible", id="Memenuhi syarat", en="Eligible")
define("console.programme.ineligible", id="Tidak memenuhi syarat", en="Not eligible")
define("console.programme.enrolled", id="Ikut kelas", en="Enrolled")
define("console.programme.attended", id="Hadir ≥ 80%", en="Attended ≥ 80%")
define("console.programme.certified", id="Bersertifikat", en="Certified")
define("console.programme.placed", id="Bekerja", en="Placed")
define("console.programme.later", id="segera", en="to come")
define(
    "console.programme.per_day_title",
    id="Pendaftaran per hari (60 hari terakhir)",
    en="Registrations per day (last 60 days)",
)
define("console.programme.eligibility_title", id="Hasil kelayakan", en="Eligibility outcomes")
define(
    "console.programme.reasons_title",
    id="Alasan tidak memenuhi syarat",
    en="Reasons for not being eligible",
)
define(
    "console.programme.classes_title",
    id="Kehadiran per kelas per minggu",
    en="Attendance per class and week",
)
define("console.programme.week", id="Minggu", en="Week")
define("console.programme.count", id="Jumlah", en="Count")
define("console.programme.day", id="Hari", en="Day")
define("console.programme.no_data", id="Belum ada data.", en="No data yet.")

define("console.applicant.reveal", id="Tampilkan data pribadi", en="Show personal data")
define(
    "console.applicant.revealed_title",
    id="Data pribadi pendaftar",
    en="An applicant's personal data",
)
define(
    "console.applicant.revealed_note",
    id="Pembukaan data ini dicatat di log audit. Jangan salin atau simpan di luar sistem.",
    en="Opening this data is recorded in the audit log. Do not copy or keep it outside the system.",
)
define("console.applicant.field", id="Kolom", en="Field")
define("console.applicant.value", id="Isi", en="Value")
define("console.applicant.back", id="Kembali ke daftar pendaftar", en="Back to the applicants")
define("console.class.roster_title", id="Daftar peserta", en="Roster")
define("console.class.back", id="Kembali ke daftar kelas", en="Back to the classes")
define("console.class.attendance_link", id="Kehadiran kelas ini", en="This class's attendance")

define("console.users.title", id="Pengguna konsol", en="Console users")
define("console.users.add_title", id="Tambah pengguna", en="Add a user")
define("console.users.name", id="Nama pengguna", en="User name")
define("console.users.role", id="Peran", en="Role")
define("console.users.sites", id="Lokasi (pisahkan dengan spasi)", en="Sites (separated by spaces)")
define("console.users.sites_col", id="Lokasi", en="Sites")
define(
    "console.users.password",
    id="Kata sandi (minimal 10 karakter)",
    en="Password (at least 10 characters)",
)
define("console.users.add", id="Tambah", en="Add")
define("console.users.disable", id="Nonaktifkan", en="Disable")
define("console.users.disabled", id="nonaktif", en="disabled")
define("console.users.active", id="aktif", en="active")
define("console.users.set_password", id="Ganti kata sandi", en="Set password")
define("console.users.all_sites", id="semua lokasi", en="every site")
define(
    "console.users.bad_name",
    id="Nama pengguna: 2–64 huruf, angka, titik, @, - atau _.",
    en="User name: 2–64 letters, digits, dots, @, - or _.",
)
define(
    "console.users.bad_role",
    id="Pilih peran admin, manager atau viewer.",
    en="Choose the role admin, manager or viewer.",
)
define("console.users.bad_site", id="Kode lokasi tidak sah.", en="A site code is not valid.")
define(
    "console.users.manager_needs_site",
    id="Pengelola lokasi memerlukan minimal satu lokasi.",
    en="A site manager needs at least one site.",
)
define(
    "console.users.admin_all_sites",
    id="Admin melihat semua lokasi; jangan isi lokasi.",
    en="An admin sees every site; leave the sites empty.",
)
define(
    "console.users.bad_password",
    id="Kata sandi harus 10–200 karakter.",
    en="A password has 10–200 characters.",
)
define("console.users.exists", id="Nama pengguna ini sudah dipakai.", en="This user name is taken.")

define("console.error.title", id="Tidak dapat ditampilkan", en="Cannot be shown")
define(
    "console.error.forbidden",
    id="Anda tidak berhak melihat atau mengubah ini.",
    en="You may not see or change this.",
)
define(
    "console.error.not_found",
    id="Halaman atau data ini tidak ada.",
    en="This page or record does not exist.",
)
define("console.error.home", id="Ke halaman utama konsol", en="To the console's start page")

# A value shown in a template -> its message code, written out so grep finds each one; the
# templates look them up as ``codes.role[viewer.role]`` (web.page passes CODES).
CODES: Final[Mapping[str, Mapping[str, str]]] = {
    "role": {
        "admin": "console.role.admin",
        "manager": "console.role.manager",
        "viewer": "console.role.viewer",
    },
    "attention": {
        "silent": "console.attention.kind.silent",
        "backlog": "console.attention.kind.backlog",
        "drift": "console.attention.kind.drift",
        "set_aside": "console.attention.kind.set_aside",
        "revoked_trying": "console.attention.kind.revoked_trying",
        "attendance_drop": "console.attention.kind.attendance_drop",
        "outcome_due": "console.attention.kind.outcome_due",
    },
    "source": {
        "kiosk": "console.kiosks.source_kiosk",
        "server": "console.kiosks.source_server",
    },
    "kind": {
        "check_in": "console.kind.check_in",
        "check_out": "console.kind.check_out",
    },
    "education": EDUCATION_TEXT,
    "employment": EMPLOYMENT_TEXT,
}
