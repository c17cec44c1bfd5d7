"""User-visible texts of the staff area (log-in, attendance, roster), in Indonesian and English."""

from kiosk.i18n import define

define("staff.login.title", id="Masuk staf", en="Staff log-in")
define("staff.home.hello", id="Halo, {name}", en="Hello, {name}")
define("staff.home.pick", id="Pilih kelas hari ini:", en="Choose today's session:")
define("staff.home.none", id="Tidak ada kelas yang berjalan.", en="No sessions are running.")
define("staff.home.scan", id="Mulai absensi", en="Take attendance")
define("staff.home.roster", id="Daftar hadir", en="Roster")
define("staff.home.open", id="Buka pelatihan", en="Open a training")
define("staff.home.accounts", id="Akun staf", en="Staff accounts")
define("staff.home.logout", id="Keluar", en="Log out")
define(
    "staff.logged_out_idle",
    id="Anda keluar otomatis karena tidak ada aktivitas.",
    en="You were logged out after inactivity.",
)
define(
    "scan.prompt",
    id="Pindai kartu peserta dengan pemindai atau kamera",
    en="Scan a trainee card with the scanner or the camera",
)
define("scan.ready", id="Siap memindai", en="Ready to scan")
define(
    "scan.lookup",
    id="Lupa kartu? Cari nama atau nomor kartu",
    en="Forgot the card? Search a name or card number",
)
define("scan.record", id="Catat hadir", en="Record attendance")
define("scan.admit", id="Izinkan masuk", en="Admit")
define(
    "scan.no_card",
    id="Orang ini belum punya kartu yang berlaku.",
    en="This person has no valid card.",
)
define("scan.camera", id="Kamera", en="Camera")
define("scan.counts", id="Hadir {present} dari {enrolled}", en="Present {present} of {enrolled}")
define("roster.title", id="Daftar hadir — {day}", en="Roster — {day}")
define(
    "roster.counts",
    id="Terdaftar {enrolled} · Hadir {present} · Terlambat {late} · Tidak hadir {absent}",
    en="Enrolled {enrolled} · Present {present} · Late {late} · Absent {absent}",
)
define("roster.export_csv", id="Ekspor CSV", en="Export CSV")
define("roster.export_xlsx", id="Ekspor XLSX", en="Export XLSX")
define("roster.print", id="Cetak", en="Print")
define("roster.refresh", id="Muat ulang", en="Refresh")
define("roster.exported", id="Disimpan: {path}", en="Saved: {path}")
define("scan.rejected_title", id="Kartu ditolak", en="Card rejected")
define("scan.unnamed_title", id="Kartu {card}", en="Card {card}")
define(
    "roster.walk_ins",
    id="Diizinkan tanpa terdaftar {count}",
    en="Admitted without enrolment {count}",
)
define(
    "roster.not_meeting",
    id="Kelas ini tidak dijadwalkan pada hari ini; yang hadir diizinkan staf.",
    en="The class does not meet on this day; those present were admitted by staff.",
)
define("signin.choose", id="Ketuk nama Anda:", en="Tap your name:")
define(
    "signin.nobody",
    id="Belum ada akun staf di kios ini. Admin membuatnya di menu Staf › Akun staf, "
    "atau akun datang dari server setelah kios dipasangkan.",
    en="There are no staff accounts on this kiosk yet. An admin creates them under "
    "Staff › Staff accounts, or they come from the server once the kiosk is paired.",
)
define("signin.hello", id="{name}, ketik PIN Anda", en="{name}, type your PIN")
define("signin.other", id="‹ Bukan saya", en="‹ Not me")
define(
    "scan.lookup_not_enrolled",
    id="(belum terdaftar di kelas ini)",
    en="(not enrolled in this class)",
)
define(
    "scan.confirm_question",
    id="Cocokkan dengan KTP orang ini sebelum mencatat:",
    en="Check against this person's KTP before recording:",
)
define("scan.confirm_details", id="NIK {nik} · lahir {born}", en="NIK {nik} · born {born}")
define("scan.confirm_cancel", id="Bukan orang ini", en="Not this person")
define(
    "staff.home.not_today",
    id="Tidak dijadwalkan hari ini — hanya dengan izin staf",
    en="Not scheduled today — only with staff admission",
)
define(
    "staff.home.show_all",
    id="Tampilkan juga kelas yang tidak dijadwalkan hari ini",
    en="Also show classes not scheduled today",
)
