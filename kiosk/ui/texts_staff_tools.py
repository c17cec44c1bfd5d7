"""Texts of the staff tools: opening trainings, enrolment, staff accounts, personal data."""

from typing import Final

from kiosk.i18n import define

# Buka pelatihan
define("open.title", id="Buka pelatihan", en="Open a training")
define("open.title_more", id="Kelas baru untuk: {title}", en="New session of: {title}")
define("open.provider", id="Lembaga pelatihan", en="Training provider")
define("open.provider_search", id="Cari lembaga…", en="Search providers…")
define("open.new_provider", id="+ Lembaga baru", en="+ New provider")
define("open.new_provider_name", id="Nama lembaga baru", en="New provider's name")
define("open.kind", id="Jenis lembaga", en="Kind of provider")
define("open.regency", id="Kabupaten/kota lembaga", en="Provider's regency/city")
define("open.regency_search", id="Cari kabupaten/kota…", en="Search regencies/cities…")
define("open.program", id="Program pelatihan", en="Training program")
define("open.program_title", id="Judul pelatihan", en="Training title")
define("open.category", id="Kategori (boleh kosong)", en="Category (optional)")
define("open.hours", id="Jumlah jam pelatihan", en="Training hours")
define("open.prakerja", id="Dibiayai Kartu Prakerja", en="Funded by Kartu Prakerja")
define("open.session", id="Kelas", en="Session")
define("open.location", id="Lokasi (ruang, gedung)", en="Location (room, building)")
define("open.start_date", id="Tanggal mulai (HH-BB-TTTT)", en="Start date (DD-MM-YYYY)")
define("open.end_date", id="Tanggal selesai (HH-BB-TTTT)", en="End date (DD-MM-YYYY)")
define("open.days", id="Hari pelatihan", en="Training days")
define("open.start_time", id="Jam mulai (JJ:MM)", en="Start time (HH:MM)")
define("open.end_time", id="Jam selesai (JJ:MM)", en="End time (HH:MM)")
define("open.capacity", id="Kapasitas (peserta)", en="Capacity (trainees)")
define("open.checkout", id="Peserta juga absen pulang", en="Trainees also check out")
define("open.save", id="Simpan pelatihan", en="Save the training")
define("open.save_session", id="Simpan kelas", en="Save the session")
define(
    "open.saved",
    id="Tersimpan: {title}, {location}, mulai {start}.",
    en="Saved: {title}, {location}, starting {start}.",
)
define("open.another", id="Tambah kelas lain", en="Add another session")
define("open.enrol", id="Daftarkan peserta", en="Enrol trainees")
define("open.new", id="Pelatihan baru", en="New training")
# Monday (0) to Sunday (6), as the weekday numbers of a class's schedule.
DAY_TEXT: Final = (
    define("open.day.0", id="Sen", en="Mon"),
    define("open.day.1", id="Sel", en="Tue"),
    define("open.day.2", id="Rab", en="Wed"),
    define("open.day.3", id="Kam", en="Thu"),
    define("open.day.4", id="Jum", en="Fri"),
    define("open.day.5", id="Sab", en="Sat"),
    define("open.day.6", id="Min", en="Sun"),
)

# Enrolment
define("enrol.title", id="Daftarkan peserta", en="Enrol trainees")
define("enrol.sessions", id="Kelas", en="Session")
define("enrol.session_search", id="Cari kelas…", en="Search sessions…")
define(
    "enrol.search",
    id="Cari nama, nomor kartu, atau NIK (4 awal + 4 akhir)",
    en="Search a name, card number or NIK (first 4 + last 4)",
)
define("enrol.submit", id="Daftarkan ke kelas", en="Enrol in session")
define("enrol.done", id="{name} terdaftar di kelas ini.", en="{name} is enrolled in this session.")
define(
    "enrol.seats",
    id="{enrolled} dari {capacity} kursi terisi",
    en="{enrolled} of {capacity:# seat|# seats} taken",
)
define("enrol.none", id="Tidak ada yang cocok.", en="Nobody matches.")

# Staff accounts
define("accounts.title", id="Akun staf", en="Staff accounts")
define("accounts.row", id="{name} ({username}) · {role}", en="{name} ({username}) · {role}")
define("accounts.inactive", id="nonaktif", en="disabled")
ROLE_TEXT: Final = {
    "staff": "accounts.role.staff",
    "admin": "accounts.role.admin",
    "assessor": "accounts.role.assessor",
}
define("accounts.role.staff", id="Staf", en="Staff")
define("accounts.role.admin", id="Admin", en="Admin")
define("accounts.role.assessor", id="Asesor", en="Assessor")
define("accounts.disable", id="Nonaktifkan", en="Disable")
define("accounts.disabled", id="Akun {username} dinonaktifkan.", en="Account {username} disabled.")
define("accounts.new", id="Akun baru", en="New account")
define("accounts.username", id="Nama pengguna", en="Username")
define("accounts.name", id="Nama lengkap", en="Full name")
define("accounts.role", id="Peran", en="Role")
define("accounts.pin", id="PIN (6–8 angka)", en="PIN (6–8 digits)")
define("accounts.pin_again", id="Ulangi PIN", en="PIN again")
define("accounts.create", id="Buat akun", en="Create account")
define("accounts.created", id="Akun {username} dibuat.", en="Account {username} created.")

# Personal data of one person (look-up, reveal, export, erase)
define("person.title", id="Data peserta", en="Trainee data")
define("person.show_nik", id="Tampilkan NIK", en="Show NIK")
define("person.hide_nik", id="Sembunyikan NIK", en="Hide NIK")
define("person.export", id="Ekspor data (JSON)", en="Export data (JSON)")
define("person.erase", id="Hapus data pribadi…", en="Erase personal data…")
define("person.exported", id="Disimpan: {path}", en="Saved: {path}")
define(
    "person.erase_title",
    id="Hapus data pribadi {name}?",
    en="Erase the personal data of {name}?",
)
define(
    "person.erase_body",
    id="Nama, NIK, alamat, telepon, email dan nomor KK dihapus dan kartunya dicabut. "
    "Kehadiran tetap tersimpan tanpa nama. Ini tidak dapat dibatalkan. Admin harus "
    "menyetujui dengan nama pengguna dan PIN.",
    en="Name, NIK, address, phone, email and family card number are removed and the card is "
    "revoked. Attendance stays, without a name. This cannot be undone. An admin approves "
    "with their username and PIN.",
)
define("person.erase_confirm", id="Hapus data", en="Erase data")
define("person.erased", id="Data pribadi sudah dihapus.", en="The personal data was erased.")
define("person.pick", id="Pilih satu orang dari daftar.", en="Choose one person from the list.")
define("staff.home.enrol", id="Daftarkan peserta", en="Enrol trainees")
define("staff.home.people", id="Data peserta", en="Trainee data")
