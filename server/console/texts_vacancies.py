"""The console's texts for vacancies and applications (Bahasa Indonesia, English)."""

from __future__ import annotations

from kiosk.i18n import define

define("console.nav.vacancies", id="Lowongan", en="Vacancies")
define("console.vacancies.title", id="Lowongan kerja", en="Vacancies")
define("console.vacancies.note", id="Lowongan yang diterima kios di provinsi lokasi Anda, dan lowongan yang dimasukkan lokasi Anda. Tutup = habis masa berlaku atau semua formasi terisi.", en="The vacancies your sites' kiosks receive (their provinces), and those your sites entered. Closed = past the last day or every opening filled.")  # fmt: skip
define("console.vacancy.filter.region", id="Provinsi / kab. (kode)", en="Province / regency (code)")  # fmt: skip
define("console.vacancy.filter.employer", id="Pemberi kerja", en="Employer")
define("console.vacancy.filter.status", id="Status", en="Status")
define("console.vacancy.filter.source", id="Sumber", en="Source")
define("console.vacancy.filter.checked", id="Diperiksa", en="Checked")
define("console.vacancy.col.employer", id="Pemberi kerja", en="Employer")
define("console.vacancy.col.title", id="Jabatan (ISCO)", en="Job (ISCO)")
define("console.vacancy.col.regency", id="Kab./kota", en="Regency")
define("console.vacancy.col.openings", id="Formasi", en="Openings")
define("console.vacancy.col.filled", id="Terisi", en="Filled")
define("console.vacancy.col.valid", id="Berlaku", en="Valid")
define("console.vacancy.col.status", id="Status", en="Status")
define("console.vacancy.col.source", id="Sumber", en="Source")
define("console.vacancy.col.checked", id="Diperiksa", en="Checked")
define("console.vacancy.col.owner", id="Lokasi pemilik", en="Owning site")
define("console.vacancy.col.applications", id="Lamaran", en="Applications")
define("console.vacancy.open", id="Buka", en="Open")
define("console.vacancy.closed", id="Tutup", en="Closed")
define("console.vacancy.source.site", id="Dimasukkan lokasi", en="Entered by a site")
define("console.vacancy.source.employer", id="Dari pemberi kerja", en="From the employer")
define("console.vacancy.source.imported", id="Daftar impor", en="Imported list")

define("console.vacancy.new.title", id="Masukkan lowongan", en="Enter a vacancy")
define("console.vacancy.new.site", id="Untuk lokasi", en="For site")
define("console.vacancy.new.note", id="Kabupaten/kota harus di provinsi lokasi. Keterampilan dipisah dengan titik koma (;). Kode ISCO-08 empat angka.", en="The regency must be in the site's province. Skills separated by semicolons (;). Four-digit ISCO-08 code.")  # fmt: skip
define("console.vacancy.new.submit", id="Terbitkan lowongan", en="Publish the vacancy")
define("console.vacancy.new.problem", id="Lowongan belum disimpan: {problem}", en="The vacancy was not saved: {problem}")  # fmt: skip
define("console.vacancy.not_province", id="kabupaten/kota tidak di provinsi {province} lokasi ini", en="the regency is not in this site's province {province}")  # fmt: skip
define("console.vacancy.no_sites", id="Belum ada lokasi Anda yang punya provinsi (kiosk-server site-region).", en="None of your sites has a province yet (kiosk-server site-region).")  # fmt: skip
define("console.vacancy.field.employer", id="Pemberi kerja", en="Employer")
define("console.vacancy.field.title", id="Jabatan", en="Job title")
define("console.vacancy.field.isco_code", id="Kode ISCO-08", en="ISCO-08 code")
define("console.vacancy.field.openings", id="Formasi", en="Openings")
define("console.vacancy.field.valid_from", id="Berlaku dari", en="Valid from")
define("console.vacancy.field.valid_until", id="Berlaku sampai", en="Valid until")
define("console.vacancy.field.regency_code", id="Kode kab./kota (mis. 32.73)", en="Regency code (e.g. 32.73)")  # fmt: skip
define("console.vacancy.field.education_min", id="Pendidikan minimal", en="Minimum education")
define("console.vacancy.field.age_min", id="Usia minimal", en="Minimum age")
define("console.vacancy.field.age_max", id="Usia maksimal", en="Maximum age")
define("console.vacancy.field.sex", id="Jenis kelamin (jika disyaratkan)", en="Sex (if required)")  # fmt: skip
define("console.vacancy.field.skills", id="Keterampilan", en="Skills")
define("console.vacancy.field.experience_years", id="Pengalaman (tahun)", en="Experience (years)")
define("console.vacancy.field.wage_min", id="Upah minimal (Rp)", en="Minimum wage (Rp)")
define("console.vacancy.field.wage_max", id="Upah maksimal (Rp)", en="Maximum wage (Rp)")
define("console.vacancy.field.checked", id="Sudah diperiksa staf", en="Checked by staff")
define("console.vacancy.sex.any", id="Tidak disyaratkan", en="Not required")

define("console.vacancy.import.title", id="Impor daftar lowongan", en="Import a vacancy list")
define("console.vacancy.import.note", id="CSV (UTF-8) atau XLSX (lembar pertama), kolom seperti docs/placement.md. Satu baris salah: seluruh berkas ditolak.", en="CSV (UTF-8) or XLSX (first sheet), columns as in docs/placement.md. One bad row refuses the whole file.")  # fmt: skip
define("console.vacancy.import.file", id="Berkas", en="File")
define("console.vacancy.import.submit", id="Impor", en="Import")
define("console.vacancy.import.done", id="{published} lowongan diterbitkan, {already} sudah pernah diimpor.", en="{published} vacancies published, {already} imported before.")  # fmt: skip
define("console.vacancy.import.no_site", id="Tidak ada lokasi di provinsi {provinces}: belum ada kios yang menerima lowongan itu.", en="No site is in province {provinces}: no kiosk receives those vacancies yet.")  # fmt: skip
define("console.vacancy.import.refused", id="Berkas ditolak, tidak ada yang diimpor:", en="The file was refused, nothing was imported:")  # fmt: skip

define("console.vacancy.title", id="Lowongan", en="Vacancy")
define("console.vacancy.check", id="Tandai sudah diperiksa", en="Mark as checked")
define("console.vacancy.close", id="Tutup lowongan sekarang", en="Close the vacancy now")
define("console.vacancy.applications", id="Lamaran", en="Applications")
define("console.vacancy.applications.none", id="Belum ada lamaran dari lokasi Anda.", en="No applications from your sites yet.")  # fmt: skip
define("console.vacancy.app.card", id="Kartu", en="Card")
define("console.vacancy.app.site", id="Lokasi", en="Site")
define("console.vacancy.app.applied", id="Melamar", en="Applied")
define("console.vacancy.app.stage", id="Tahap", en="Stage")
define("console.vacancy.app.since", id="Sejak", en="Since")
define("console.vacancy.app.move", id="Pindahkan ke", en="Move to")
define("console.vacancy.app.save", id="Simpan", en="Save")
define("console.vacancy.waiting", id="Lowongan ini sudah tutup; {n} lamaran belum punya hasil.", en="This vacancy has closed; {n} applications have no outcome yet.")  # fmt: skip
define("console.vacancy.end", id="Akhiri sebagai 'belum terpilih'", en="End them as 'not selected'")  # fmt: skip
define("console.vacancy.notice.created", id="Lowongan diterbitkan; kios di provinsinya menerimanya pada sinkronisasi berikutnya.", en="The vacancy is published; the kiosks of its province receive it at their next sync.")  # fmt: skip
define("console.vacancy.notice.checked", id="Lowongan ditandai sudah diperiksa.", en="The vacancy is marked checked.")  # fmt: skip
define("console.vacancy.notice.closed", id="Lowongan ditutup; kios menyembunyikannya setelah sinkronisasi berikutnya.", en="The vacancy is closed; kiosks hide it after their next sync.")  # fmt: skip
define("console.vacancy.notice.stage", id="Tahap lamaran disimpan dan dikirim ke kios lokasinya.", en="The application's stage is saved and sent to its site's kiosks.")  # fmt: skip
define("console.vacancy.notice.ended", id="Lamaran yang tersisa diakhiri sebagai 'belum terpilih'.", en="The remaining applications ended as 'not selected'.")  # fmt: skip
define("console.vacancy.refused.bad_stage", id="Tahap itu tidak bisa dipilih dari tahap sekarang (hanya maju; hasil akhir tidak berubah).", en="That stage cannot follow the current one (forward only; an outcome is final).")  # fmt: skip
define("console.vacancy.refused.already_hired", id="Orang ini sudah diterima untuk lowongan ini.", en="This person is already hired for this vacancy.")  # fmt: skip
define("console.vacancy.refused.vacancy_filled", id="Semua formasi lowongan ini sudah terisi.", en="Every opening of this vacancy is filled.")  # fmt: skip
define("console.vacancy.refused.unknown_vacancy", id="Lowongan ini tidak diterbitkan di server ini.", en="This vacancy is not published on this server.")  # fmt: skip
define("console.vacancy.refused.confirm_needed", id="Centang 'Ya, saya yakin' untuk menutup lowongan.", en="Tick 'Yes, I am sure' to close the vacancy.")  # fmt: skip
define("console.stage.applied", id="Melamar", en="Applied")
define("console.stage.shortlisted", id="Daftar pendek", en="Shortlisted")
define("console.stage.interview", id="Wawancara", en="Interview")
define("console.stage.hired", id="Diterima", en="Hired")
define("console.stage.not_selected", id="Belum terpilih", en="Not selected")
define("console.stage.withdrawn", id="Dibatalkan", en="Withdrawn")
define("console.attention.kind.outcome_due", id="Lamaran tanpa hasil", en="Applications without an outcome")  # fmt: skip
define("console.attention.outcome_due", id="{employer} – {title}: {n} lamaran belum punya hasil (lowongan tutup {closed})", en="{employer} – {title}: {n} applications without an outcome (vacancy closed {closed})")  # fmt: skip

STAGE_TEXT = {
    "applied": "console.stage.applied",
    "shortlisted": "console.stage.shortlisted",
    "interview": "console.stage.interview",
    "hired": "console.stage.hired",
    "not_selected": "console.stage.not_selected",
    "withdrawn": "console.stage.withdrawn",
}
FIELD_NAMES = (
    "employer", "title", "isco_code", "openings", "valid_from", "valid_until", "regency_code",
    "education_min", "age_min", "age_max", "sex", "skills", "experience_years", "wage_min",
    "wage_max",
)  # fmt: skip
# Every code written out, for the templates (a code is never built from pieces).
VTEXT = {
    "status": {"open": "console.vacancy.open", "closed": "console.vacancy.closed"},
    "source": {
        "site": "console.vacancy.source.site",
        "employer": "console.vacancy.source.employer",
        "imported": "console.vacancy.source.imported",
    },
    "field": {
        "employer": "console.vacancy.field.employer",
        "title": "console.vacancy.field.title",
        "isco_code": "console.vacancy.field.isco_code",
        "openings": "console.vacancy.field.openings",
        "valid_from": "console.vacancy.field.valid_from",
        "valid_until": "console.vacancy.field.valid_until",
        "regency_code": "console.vacancy.field.regency_code",
        "education_min": "console.vacancy.field.education_min",
        "age_min": "console.vacancy.field.age_min",
        "age_max": "console.vacancy.field.age_max",
        "sex": "console.vacancy.field.sex",
        "skills": "console.vacancy.field.skills",
        "experience_years": "console.vacancy.field.experience_years",
        "wage_min": "console.vacancy.field.wage_min",
        "wage_max": "console.vacancy.field.wage_max",
    },
    "app": {
        "card": "console.vacancy.app.card",
        "site": "console.vacancy.app.site",
        "applied": "console.vacancy.app.applied",
        "stage": "console.vacancy.app.stage",
        "since": "console.vacancy.app.since",
        "move": "console.vacancy.app.move",
    },
    "stage": STAGE_TEXT,
}
assert tuple(VTEXT["field"]) == FIELD_NAMES
