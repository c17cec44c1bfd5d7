"""Texts of the job screens (job seekers, vacancies, applications, job-fair mode)."""

from collections.abc import Mapping
from typing import Final

from kiosk.i18n import define

define("home.jobs", id="Cari kerja", en="Jobs")
define("home.jobs.hint", id="Cari kerja dan lamar dengan kartu Anda.", en="Find work and apply with your card.")  # fmt: skip
define("jobs.title", id="Lowongan kerja", en="Jobs")
define("jobs.prompt", id="Tunjukkan kartu Anda ke pemindai, atau ketik nomor kartu.", en="Show your card to the scanner, or type the card number.")  # fmt: skip
define("jobs.hello", id="Halo, {name}!", en="Hello, {name}!")
define("jobs.not_registered", id="Anda belum terdaftar sebagai pencari kerja (kartu AK/1). Daftar dulu agar lowongan diurutkan untuk Anda.", en="You are not registered as a job seeker (AK/1 card) yet. Register first so vacancies are ranked for you.")  # fmt: skip
define("jobs.registered", id="Terdaftar sebagai pencari kerja sampai {until}. Lapor berikutnya: {next}.", en="Registered as a job seeker until {until}. Next report: {next}.")  # fmt: skip
define("jobs.reported", id="Terima kasih — pindaian kartu ini dicatat sebagai laporan enam bulanan Anda.", en="Thank you — this card scan counts as your six-monthly report.")  # fmt: skip
define("jobs.menu.register", id="Daftar pencari kerja", en="Register as a job seeker")
define("jobs.menu.update", id="Ubah data pencari kerja", en="Update my job-seeker data")
define("jobs.menu.browse", id="Cari lowongan", en="Browse vacancies")
define("jobs.menu.applications", id="Lamaran saya", en="My applications")
define("jobs.done", id="Selesai", en="Done")
define("jobs.filter.region", id="Wilayah", en="Region")
define("jobs.filter.mine", id="Wilayah saya", en="My region")
define("jobs.filter.everywhere", id="Semua wilayah", en="Everywhere")
define("jobs.filter.education", id="Pendidikan", en="Education")
define("jobs.filter.my_education", id="Sesuai pendidikan saya", en="For my education")
define("jobs.filter.any_education", id="Semua", en="Any")
define("jobs.filter.occupation", id="Jabatan (ketik beberapa huruf)", en="Occupation (type a few letters)")  # fmt: skip
define("jobs.filter.any_occupation", id="Semua jabatan", en="All occupations")
define("jobs.results", id="Lowongan: {count}", en="Vacancies: {count}")
define("jobs.none", id="Tidak ada lowongan terbuka untuk pilihan ini.", en="No open vacancy for these choices.")  # fmt: skip
define("jobs.row", id="{title} — {employer}\n{place} · sampai {until} · {fit}", en="{title} — {employer}\n{place} · until {until} · {fit}")  # fmt: skip
define("jobs.fit.yes", id="✓ cocok, skor {score}", en="✓ fits, score {score}")
define("jobs.fit.no", id="✗ tidak cocok, skor {score}", en="✗ does not fit, score {score}")
define("jobs.fit.applied", id="✓ sudah dilamar", en="✓ applied")
define("jobs.detail.meta", id="{employer} · {place}\n{openings} lowongan · berlaku sampai {until}{wage}", en="{employer} · {place}\n{openings:# opening|# openings} · valid until {until}{wage}")  # fmt: skip
define("jobs.detail.wage", id="upah Rp{low}–Rp{high}", en="wage Rp{low}–Rp{high}")
define("jobs.detail.why", id="Mengapa cocok atau tidak", en="Why it fits or not")
define("jobs.apply", id="Lamar dengan kartu saya", en="Apply with my card")
define("jobs.applied", id="Lamaran terkirim. Nomor lamaran: {number}. Hasilnya muncul di \u201cLamaran saya\u201d.", en="Application sent. Application number: {number}. The outcome appears under \u201cMy applications\u201d.")  # fmt: skip
define("jobs.applied_before", id="Anda sudah melamar lowongan ini (nomor {number}).", en="You have applied for this vacancy already (number {number}).")  # fmt: skip
define("jobs.applications.none", id="Anda belum pernah melamar dari kios ini.", en="You have not applied from this kiosk yet.")  # fmt: skip
define("jobs.applications.row", id="{title} — {employer}\n{stage} · {when} · nomor {number}", en="{title} — {employer}\n{stage} · {when} · number {number}")  # fmt: skip
define("jobs.wizard.title", id="Kartu pencari kerja (AK/1)", en="Job-seeker card (AK/1)")
define("jobs.wizard.step", id="Langkah {n} dari {total}", en="Step {n} of {total}")
define("jobs.wizard.education", id="Pendidikan terakhir", en="Highest education")
define("jobs.wizard.major", id="Jurusan (boleh kosong)", en="Major (may be empty)")
define("jobs.wizard.year", id="Tahun lulus (boleh kosong)", en="Year finished (may be empty)")
define("jobs.wizard.course", id="Kursus atau pelatihan lain (boleh kosong)", en="Other course or training (may be empty)")  # fmt: skip
define("jobs.wizard.wanted", id="Pekerjaan yang Anda cari (ketik beberapa huruf, lalu ketuk)", en="The work you are looking for (type a few letters, then tap)")  # fmt: skip
define("jobs.wizard.worked", id="Pekerjaan terakhir Anda (boleh kosong)", en="Your last job (may be empty)")  # fmt: skip
define("jobs.wizard.years", id="Lama bekerja (tahun)", en="Years worked")
define("jobs.wizard.employer", id="Nama tempat kerja (boleh kosong)", en="Employer name (may be empty)")  # fmt: skip
define("jobs.wizard.skills", id="Keterampilan Anda: ketik satu, lalu \u201cTambah\u201d. Ketuk untuk menghapus.", en="Your skills: type one, then \u201cAdd\u201d. Tap one to remove it.")  # fmt: skip
define("jobs.wizard.add", id="Tambah", en="Add")
define("jobs.wizard.regions", id="Di mana Anda mau bekerja?", en="Where do you want to work?")
define("jobs.wizard.region.regency", id="Kabupaten/kota saya", en="My regency/city")
define("jobs.wizard.region.province", id="Provinsi saya", en="My province")
define("jobs.wizard.wage", id="Upah per bulan yang Anda harapkan", en="Monthly wage you expect")
define("jobs.wage.lt2jt", id="< Rp2 juta", en="< Rp2 million")
define("jobs.wage.2-4jt", id="Rp2–4 juta", en="Rp2–4 million")
define("jobs.wage.4-6jt", id="Rp4–6 juta", en="Rp4–6 million")
define("jobs.wage.6-10jt", id="Rp6–10 juta", en="Rp6–10 million")
define("jobs.wage.ge10jt", id="≥ Rp10 juta", en="≥ Rp10 million")
define("jobs.wizard.disability", id="Disabilitas (hanya jika Anda ingin memberi tahu)", en="Disability (only if you wish to tell)")  # fmt: skip
define("jobs.disability.none", id="Tidak ingin mengisi", en="Prefer not to say")
define("jobs.disability.physical", id="Fisik", en="Physical")
define("jobs.disability.visual", id="Penglihatan", en="Sight")
define("jobs.disability.hearing", id="Pendengaran", en="Hearing")
define("jobs.disability.speech", id="Wicara", en="Speech")
define("jobs.disability.intellectual", id="Intelektual", en="Intellectual")
define("jobs.disability.mental", id="Mental", en="Mental")
define("jobs.disability.other", id="Lainnya", en="Other")
define("jobs.occupation.hint", id="mis. jahit, kasir, pramusaji, pengemudi", en="e.g. sewing, cashier, waiter, driver")  # fmt: skip
define("jobs.occupation.nothing", id="Tidak ada jabatan dengan kata ini. Coba kata lain atau lebih pendek.", en="No occupation has this word. Try another or a shorter word.")  # fmt: skip
define("jobs.wizard.next", id="Lanjut ›", en="Next ›")
define("jobs.wizard.save", id="Simpan", en="Save")
define("jobs.wizard.saved", id="Data pencari kerja Anda tersimpan.", en="Your job-seeker data is saved.")  # fmt: skip
define("jobfair.title", id="Pameran kerja: {employer}", en="Job fair: {employer}")
define("jobfair.prompt", id="Tunjukkan kartu Anda ke pemindai untuk melamar.", en="Show your card to the scanner to apply.")  # fmt: skip
define("jobfair.choose", id="Halo, {name}! Ketuk lowongan yang ingin Anda lamar.", en="Hello, {name}! Tap the vacancy you want to apply for.")  # fmt: skip
define("jobfair.receipt", id="TANDA TERIMA LAMARAN\n{employer}\n{title}\nAtas nama: {name}\nNomor: {number}\nWaktu: {when}", en="APPLICATION RECEIPT\n{employer}\n{title}\nName: {name}\nNumber: {number}\nTime: {when}")  # fmt: skip
define("jobfair.receipt_again", id="(sudah dilamar sebelumnya)", en="(applied before)")
define("jobfair.print", id="Cetak", en="Print")
define("jobfair.next", id="Pelamar berikutnya", en="Next applicant")
define("jobfair.leave", id="Staf: keluar", en="Staff: leave")
define("jobfair.leave_title", id="Akhiri pameran kerja: masuk staf", en="End the job fair: staff log-in")  # fmt: skip
define("jobfair.printed", id="Tanda terima dicetak.", en="Receipt printed.")
define("jobfair.setup", id="Pilih pemberi kerja untuk mode pameran kerja. Kios lalu hanya menerima lamaran untuk lowongannya; hanya PIN staf yang bisa mengakhirinya.", en="Choose the employer for job-fair mode. The kiosk then only takes applications for its vacancies; only a staff PIN ends it.")  # fmt: skip
define("jobfair.start", id="Mulai pameran kerja", en="Start job fair")
define("admin.menu.job_fair", id="Mode pameran kerja", en="Job-fair mode")

# Value -> text code, spelled out so grep finds every code (no codes built at run time).
REGION_TEXT: Final[Mapping[str, str]] = {
    "regency": "jobs.wizard.region.regency",
    "province": "jobs.wizard.region.province",
}
WAGE_TEXT: Final[Mapping[str, str]] = {
    "lt2jt": "jobs.wage.lt2jt",
    "2-4jt": "jobs.wage.2-4jt",
    "4-6jt": "jobs.wage.4-6jt",
    "6-10jt": "jobs.wage.6-10jt",
    "ge10jt": "jobs.wage.ge10jt",
}
DISABILITY_TEXT: Final[Mapping[str, str]] = {
    "none": "jobs.disability.none",
    "physical": "jobs.disability.physical",
    "visual": "jobs.disability.visual",
    "hearing": "jobs.disability.hearing",
    "speech": "jobs.disability.speech",
    "intellectual": "jobs.disability.intellectual",
    "mental": "jobs.disability.mental",
    "other": "jobs.disability.other",
}
