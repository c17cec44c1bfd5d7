"""Texts of the follow-up survey screens (applicant after a card scan, field officer's list)."""

from kiosk.i18n import define

define("followup.title", id="Apa kabar, {name}?", en="How are you, {name}?")
define("followup.title_anonymous", id="Apa kabar?", en="How are you?")
define(
    "followup.intro",
    id="Sudah {month} bulan sejak pelatihan {training}. Apa kegiatan Anda sekarang?",
    en="Survey {month:# month|# months} after the {training} training. What do you do now?",
)
define("followup.working.hint", id="Bekerja pada orang lain atau perusahaan", en="Employed by a person or a company")  # fmt: skip
define("followup.self_employed.hint", id="Punya usaha atau bekerja sendiri", en="Own business or freelance")  # fmt: skip
define("followup.studying.hint", id="Sekolah, kuliah atau kursus lagi", en="At school, college or another course")  # fmt: skip
define("followup.looking.hint", id="Belum bekerja, sedang mencari", en="Not working yet, looking")  # fmt: skip
define("followup.employer", id="Nama tempat kerja", en="Employer's name")
define("followup.sector_question", id="Bidang usahanya?", en="Which sector?")
define("followup.wage_question", id="Penghasilan per bulan?", en="Income per month?")
define(
    "followup.related_question",
    id="Apakah pekerjaan ini sesuai dengan pelatihan?",
    en="Is this work related to the training?",
)
define("followup.yes", id="Ya, sesuai", en="Yes, related")
define("followup.no", id="Tidak", en="No")
define("followup.next", id="Lanjut ›", en="Next ›")
define("followup.save", id="Simpan", en="Save")
define("followup.saving", id="Menyimpan…", en="Saving…")
define("followup.skip", id="Lewati", en="Skip")
define("followup.back", id="‹ Kembali", en="‹ Back")
define("followup.thanks", id="Terima kasih!", en="Thank you!")
define(
    "followup.thanks_note",
    id="Jawaban Anda membantu kami memperbaiki pelatihan.",
    en="Your answer helps us make the training better.",
)
define("followup.done", id="Selesai", en="Done")
define("followup.staff_title", id="Survei lanjutan", en="Follow-up surveys")
define(
    "followup.staff_pick",
    id="Kelas yang sudah selesai — pilih kelas, lalu peserta yang surveinya dibuka:",
    en="Finished classes — choose a class, then a trainee whose survey is open:",
)
define(
    "followup.staff_class",
    id="{training} · selesai {end} · {due} survei terbuka",
    en="{training} · ended {end} · {due:# survey|# surveys} open",
)
define("followup.staff_person", id="{name} · survei {month} bulan", en="{name} · {month}-month survey")  # fmt: skip
define("followup.staff_none", id="Tidak ada survei yang terbuka.", en="No survey is open.")
define("followup.staff_ask", id="Tanyakan", en="Ask")
