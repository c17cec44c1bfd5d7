"""User-visible texts of the registration wizard, card screens and kiosk shell (see kiosk.i18n).

Qt-free, so that the catalogue check (scripts/check_translations.py) reads it without a display.
"""

from typing import Final

from kiosk.i18n import define

define("wizard.title", id="Pendaftaran", en="Registration")
define("wizard.step.consent", id="Persetujuan", en="Consent")
define("wizard.step.identity", id="Identitas", en="Identity")
define("wizard.step.address", id="Alamat", en="Address")
define("wizard.step.contact", id="Kontak", en="Contact")
define("wizard.step.status", id="Pendidikan & pekerjaan", en="Education & work")
define("wizard.step.verdict", id="Kelayakan", en="Eligibility")
define("wizard.step.training", id="Pelatihan", en="Training")
define("wizard.step.review", id="Periksa & konfirmasi", en="Review & confirm")
define("wizard.progress", id="Langkah {step} dari {total}", en="Step {step} of {total}")
define("wizard.next", id="Lanjut ›", en="Next ›")
define("wizard.back", id="‹ Kembali", en="‹ Back")
define("wizard.cancel", id="Batal", en="Cancel")
define("wizard.busy", id="Mohon tunggu…", en="Please wait…")
define(
    "wizard.fix_errors",
    id="Ada isian yang perlu diperbaiki (ditandai merah).",
    en="Some fields need fixing (marked in red).",
)

define(
    "consent.title",
    id="Persetujuan pemrosesan data pribadi",
    en="Consent to personal data processing",
)
define(
    "consent.body",
    id="Sesuai Undang-Undang Pelindungan Data Pribadi (UU PDP) No. 27 Tahun 2022:\n\n"
    "• Data yang dikumpulkan: NIK, nama, tempat dan tanggal lahir, jenis kelamin, alamat, "
    "nomor HP, email (bila diisi), pendidikan, pekerjaan dan nomor Kartu Keluarga.\n"
    "• Tujuan: memeriksa kelayakan Kartu Prakerja, mendaftarkan Anda ke pelatihan, "
    "mencatat kehadiran dan membantu penempatan kerja.\n"
    "• Lama penyimpanan: selama Anda terdaftar dan paling lama 5 tahun setelah pelatihan "
    "terakhir, lalu dihapus.\n"
    "• Penerima: Kementerian Ketenagakerjaan (Kemnaker), Dinas Tenaga Kerja setempat dan "
    "lembaga pelatihan yang Anda pilih. Data tidak dijual dan tidak diberikan untuk iklan.\n"
    "• Hak Anda: melihat, memperbaiki, dan meminta penghapusan data, atau menarik persetujuan, "
    "melalui petugas BLK/LPK.\n\n"
    "Versi naskah persetujuan: {version}",
    en="Under the Personal Data Protection Law (UU PDP) No. 27 of 2022:\n\n"
    "• What we collect: NIK, name, place and date of birth, sex, address, mobile number, "
    "email (if given), education, occupation and family card number.\n"
    "• Why: to check Kartu Prakerja eligibility, enrol you in training, record attendance "
    "and help with job placement.\n"
    "• How long: while you are registered and at most 5 years after your last training, "
    "then it is deleted.\n"
    "• Who receives it: the Ministry of Manpower (Kemnaker), the local manpower office and "
    "the training provider you choose. It is never sold or used for advertising.\n"
    "• Your rights: see, correct and ask to delete your data, or withdraw consent, through "
    "the BLK/LPK staff.\n\n"
    "Consent text version: {version}",
)
define(
    "consent.agree",
    id="Saya telah membaca dan menyetujui pemrosesan data pribadi saya",
    en="I have read this and agree to the processing of my personal data",
)

define("field.nik", id="NIK (16 angka pada KTP)", en="NIK (16 digits on the KTP)")
define("field.full_name", id="Nama lengkap sesuai KTP", en="Full name as on the KTP")
define("field.birth_place", id="Tempat lahir", en="Place of birth")
define("field.birth_date", id="Tanggal lahir (HH-BB-TTTT)", en="Date of birth (DD-MM-YYYY)")
define("field.sex", id="Jenis kelamin", en="Sex")
define(
    "field.address",
    id="Alamat (jalan, nomor, RT/RW, desa/kelurahan)",
    en="Address (street, number, RT/RW, village)",
)
define("field.province", id="Provinsi", en="Province")
define("field.regency", id="Kabupaten / kota", en="Regency / city")
define("field.region_search", id="Cari…", en="Search…")
define(
    "field.phone", id="Nomor HP (misalnya 0812 3456 7890)", en="Mobile number (e.g. 0812 3456 7890)"
)
define("field.email", id="Email (boleh dikosongkan)", en="Email (optional)")
define("field.education_level", id="Pendidikan terakhir", en="Highest education")
define(
    "field.in_formal_education",
    id="Saya sedang sekolah atau kuliah",
    en="I am currently in school or university",
)
define("field.employment_status", id="Status pekerjaan", en="Employment status")
define("field.occupation", id="Pekerjaan", en="Occupation")
define("field.kk_number", id="Nomor KK (16 angka)", en="Family card (KK), 16 digits")
define("field.choose", id="Pilih…", en="Choose…")

# A wizard page's step and a field's name -> its message code, written out for grep.
STEP_TEXT: Final = {
    "consent": "wizard.step.consent",
    "identity": "wizard.step.identity",
    "address": "wizard.step.address",
    "contact": "wizard.step.contact",
    "status": "wizard.step.status",
    "verdict": "wizard.step.verdict",
    "training": "wizard.step.training",
    "review": "wizard.step.review",
}
FIELD_TEXT: Final = {
    "consent": "consent.agree",  # the caption is hidden; the check box's accessible name
    "nik": "field.nik",
    "full_name": "field.full_name",
    "birth_place": "field.birth_place",
    "birth_date": "field.birth_date",
    "sex": "field.sex",
    "address": "field.address",
    "province_code": "field.province",
    "regency_code": "field.regency",
    "phone": "field.phone",
    "email": "field.email",
    "education_level": "field.education_level",
    "kk_number": "field.kk_number",
    "employment_status": "field.employment_status",
    "occupation": "field.occupation",
}

define("warnings.title", id="Mohon periksa kembali", en="Please check again")
define(
    "warnings.accept",
    id="Data yang saya isi sudah benar sesuai KTP",
    en="What I entered is correct, as on my KTP",
)

define(
    "verdict.eligible",
    id="Anda memenuhi syarat Kartu Prakerja.",
    en="You are eligible for Kartu Prakerja.",
)
define(
    "verdict.not_eligible",
    id="Anda belum memenuhi syarat Kartu Prakerja karena:",
    en="You are not eligible for Kartu Prakerja, because:",
)
define(
    "verdict.job_seeker",
    id="Anda tetap dapat didaftarkan sebagai pencari kerja dan memilih pelatihan yang tidak "
    "dibiayai Kartu Prakerja.",
    en="You can still register as a job seeker and choose training that is not funded by "
    "Kartu Prakerja.",
)

define("training.title", id="Pilih pelatihan (boleh dilewati)", en="Choose a training (optional)")
define("training.all", id="Semua", en="All")
define(
    "training.search", id="Cari judul, lembaga atau lokasi…", en="Search title, provider or place…"
)
define("training.none", id="Tanpa pelatihan", en="No training")
define("training.chosen", id="Pilihan Anda: {title}", en="Your choice: {title}")
define("training.not_chosen", id="Belum memilih pelatihan.", en="No training chosen.")
define("training.choose", id="Pilih", en="Choose")
define("training.nothing_found", id="Tidak ada pelatihan yang cocok.", en="No matching training.")

define(
    "review.title",
    id="Periksa data Anda sebelum mendaftar",
    en="Check your details before registering",
)
define("review.confirm", id="Konfirmasi dan daftar", en="Confirm and register")
define("review.eligible", id="Kelayakan Prakerja", en="Prakerja eligibility")
define("review.yes", id="Memenuhi syarat", en="Eligible")
define("review.no", id="Belum memenuhi syarat", en="Not eligible")

define("done.title", id="Pendaftaran berhasil", en="Registration complete")
define("done.enrolled", id="Terdaftar di pelatihan: {title}", en="Enrolled in: {title}")
define(
    "done.enrol_failed",
    id="Belum terdaftar di pelatihan: {reason}",
    en="Not enrolled in the training: {reason}",
)
define(
    "done.reprinted",
    id="Kartu baru dibuat; kartu lama tidak berlaku lagi.",
    en="A new card was made; the old card no longer works.",
)

define("card.print", id="Cetak kartu", en="Print card")
define("card.save_pdf", id="Simpan sebagai PDF", en="Save as PDF")
define("card.done", id="Selesai", en="Done")
define("card.saved", id="Kartu disimpan sebagai PDF: {path}", en="Card saved as PDF: {path}")
define(
    "card.printed",
    id="Kartu dikirim ke printer {printer}.",
    en="Card sent to the printer {printer}.",
)
define(
    "card.no_printer",
    id="Printer belum tersedia. Kartu Anda disimpan dan dicetak petugas; sebutkan nomor "
    "kartu {number}.",
    en="No printer is ready. Your card is kept for staff to print; give them the card "
    "number {number}.",
)
define("card.preview", id="Pratinjau kartu {number}", en="Card preview {number}")
define(
    "cardprint.subtitle",
    id="Kartu Peserta Pelatihan · Kartu Prakerja",
    en="Trainee card · Kartu Prakerja",
)
define("cardprint.name", id="NAMA", en="NAME")
define("cardprint.number", id="NOMOR KARTU", en="CARD NUMBER")
define("cardprint.issued", id="Terbit {date}", en="Issued {date}")
define("cardprint.valid", id="Berlaku s.d. {date}", en="Valid until {date}")
define(
    "cardprint.footer",
    id="Pindai QR di kios atau LPK mana pun. QR tidak berisi data pribadi.",
    en="Scan the QR at any kiosk or LPK. The QR holds no personal data.",
)

define("dup.title", id="NIK ini sudah terdaftar", en="This NIK is already registered")
define(
    "dup.body",
    id="Anda tidak perlu mendaftar lagi. Bila kartu Anda hilang atau rusak, petugas dapat "
    "mencetak kartu baru; kartu lama otomatis tidak berlaku.",
    en="You do not need to register again. If your card is lost or damaged, a staff member "
    "can print a new one; the old card then stops working.",
)
define("dup.reprint", id="Cetak ulang kartu (petugas)", en="Reprint card (staff)")
define("dup.home", id="Kembali ke layar awal", en="Back to the home screen")

define("pin.title", id="Masuk staf", en="Staff log-in")
define("pin.username", id="Nama pengguna", en="Username")
define("pin.pin", id="PIN", en="PIN")
define("pin.ok", id="Masuk", en="Log in")
define(
    "pin.need_admin", id="Hanya admin yang dapat melakukan ini.", en="Only an admin can do this."
)

define("admin.button", id="Admin", en="Admin")
define("admin.title", id="Menu admin", en="Admin menu")
define("admin.windowed", id="Keluar dari layar penuh", en="Leave full screen")
define("admin.quit", id="Tutup aplikasi", en="Quit the application")

define("idle.title", id="Masih di sana?", en="Are you still there?")
define(
    "idle.body",
    id="Kios kembali ke layar awal dalam {seconds} detik dan menghapus semua isian.",
    en="The kiosk returns to the home screen in {seconds:# second|# seconds} and clears every field.",
)
define("idle.stay", id="Saya masih di sini", en="I am still here")

define("check.title", id="Periksa kartu", en="Check a card")
define(
    "check.hint",
    id="Pindai QR kartu Anda, atau ketik kodenya lalu tekan Periksa.",
    en="Scan your card's QR code, or type its code and press Check.",
)
define("check.verify", id="Periksa", en="Check")
define("check.number", id="Nomor kartu: {number}", en="Card number: {number}")

define("keypad.backspace", id="Hapus satu angka", en="Delete one digit")
define("keypad.clear", id="Kosongkan", en="Clear")
define("keypad.backspace_letter", id="Hapus satu huruf", en="Delete one letter")
define("keyboard.shift", id="Huruf besar (satu huruf)", en="Shift (one capital letter)")
define("keyboard.caps", id="Huruf besar terus", en="Caps lock")
define("keyboard.hide", id="Tutup papan ketik", en="Close the keyboard")
define("keyboard.space", id="spasi", en="space")
define("review.birth_date", id="Tanggal lahir", en="Date of birth")
define("review.in_school", id="Sedang sekolah atau kuliah", en="In school or university")
define("review.kk", id="Nomor KK", en="Family card (KK)")
define("review.training", id="Pelatihan yang dipilih", en="Chosen training")
define(
    "verdict.next_eligible",
    id="Langkah berikutnya:\n1. Pilih pelatihan (boleh dilewati).\n2. Periksa data Anda, lalu "
    "tekan Konfirmasi.\n3. Ambil kartu peserta Anda; tunjukkan kartu itu di LPK saat "
    "pelatihan dimulai.",
    en="What happens next:\n1. Choose a training (you may skip this).\n2. Check your details "
    "and press Confirm.\n3. Take your trainee card; show it at the LPK when the training "
    "starts.",
)
define("common.yes", id="Ya", en="Yes")
define("common.no", id="Tidak", en="No")
