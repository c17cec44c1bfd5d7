"""User-visible texts of the GUI, in Bahasa Indonesia and English (see kiosk.i18n)."""

from typing import Final

from kiosk.i18n import define

define("app.title", id="Kios3in1", en="Kios3in1")
define(
    "app.tagline",
    id="Pelatihan · Sertifikasi · Penempatan Kerja",
    en="Training · Certification · Job Placement",
)
define(
    "home.welcome",
    id="Selamat datang! Apa yang ingin Anda lakukan?",
    en="Welcome! What would you like to do?",
)
# Each home tile -> the message codes of its title and its one-sentence hint.
HOME_TILES: Final = {
    "register": ("home.register", "home.register.hint"),
    "trainings": ("home.trainings", "home.trainings.hint"),
    "jobs": ("home.jobs", "home.jobs.hint"),  # defined in texts_jobs
    "card": ("home.card", "home.card.hint"),
    "staff": ("home.staff", "home.staff.hint"),
}
define("home.register", id="Daftar", en="Register")
define(
    "home.register.hint",
    id="Daftar pelatihan dan dapatkan kartu peserta.",
    en="Sign up for training and get your card.",
)
define("home.trainings", id="Pelatihan", en="Trainings")
define(
    "home.trainings.hint",
    id="Lihat pelatihan dan jadwalnya.",
    en="See the trainings and when they run.",
)
define("home.card", id="Kartu saya", en="My card")
define(
    "home.card.hint",
    id="Tunjukkan kartu Anda ke pemindai.",
    en="Show your card to the scanner.",
)
define("home.staff", id="Staf", en="Staff")
define(
    "home.staff.hint",
    id="Khusus petugas, dengan PIN.",
    en="For staff only, with a PIN.",
)
define(
    "home.coming_soon",
    id="Layanan ini segera tersedia di kios ini.",
    en="This service is coming soon to this kiosk.",
)
define("lang.switch", id="Bahasa", en="Language")
define(
    "status.offline",
    id="Luring — data disimpan di kios ini",
    en="Offline — data is kept on this kiosk",
)
define("status.online", id="Terhubung ke server", en="Connected to the server")
define("top.online", id="Daring", en="Online")
define("top.offline", id="Luring", en="Offline")
define("status.pending", id="Menunggu unggah: {count}", en="Waiting for upload: {count}")
define(
    "status.disk_low",
    id="⚠ Ruang disk tinggal {mb} MB — segera kosongkan",
    en="⚠ Only {mb} MB of disk left — free some space soon",
)
define("status.loading", id="Membuka data kios…", en="Opening kiosk data…")
define(
    "status.counts",
    id="{applicants} pendaftar · {sessions} kelas",
    en="{applicants:# applicant|# applicants} · {sessions:# session|# sessions}",
)
define("status.device", id="Perangkat {device}", en="Device {device}")
define("common.back", id="Kembali", en="Back")
define("trainings.title", id="Pelatihan yang tersedia", en="Available trainings")
define(
    "trainings.seats",
    id="{left} dari {capacity} kursi tersisa",
    en="{left} of {capacity:# seat|# seats} left",
)
define("trainings.full", id="Penuh", en="Full")
define("trainings.empty", id="Belum ada pelatihan.", en="No trainings yet.")
define("trainings.dates", id="{start} s.d. {end}", en="{start} to {end}")
define("error.title", id="Maaf, terjadi kesalahan", en="Sorry, something went wrong")
define(
    "error.body",
    id="Kios akan kembali ke layar awal. Data yang sudah dikonfirmasi tetap aman.",
    en="The kiosk will return to the home screen. Confirmed data is safe.",
)
define(
    "gui.no_display",
    id="Tidak ada layar untuk menampilkan kios (DISPLAY kosong). Jalankan di desktop, "
    "atau pakai --self-test / perintah baris perintah.",
    en="There is no screen to show the kiosk on (DISPLAY is empty). Run it on a desktop, "
    "or use --self-test / a command-line subcommand.",
)
from kiosk.ui import texts_register  # noqa: E402, F401 - the wizard and shell texts
