"""Texts of the assessment desk: planning an event, checking candidates in, issuing and printing
competency certificates, entering BNSP numbers."""

from kiosk.i18n import define

define("staff.home.assessment_desk", id="Kelola asesmen", en="Run assessments")
define("desk.title", id="Kelola asesmen kompetensi", en="Run competency assessments")
define(
    "desk.pick",
    id="Pilih asesmen, atau rencanakan yang baru.",
    en="Choose an assessment, or plan a new one.",
)
define(
    "desk.none",
    id="Belum ada asesmen. Rencanakan yang pertama.",
    en="No assessments yet. Plan the first one.",
)
define("desk.new", id="+ Rencanakan asesmen", en="+ Plan an assessment")
define("desk.check_in", id="Kehadiran peserta", en="Check candidates in")
define("desk.certificates", id="Sertifikat dan nomor BNSP", en="Certificates and BNSP numbers")
define("desk.export", id="Ekspor untuk BNSP", en="Export for BNSP")
define(
    "desk.exported",
    id="Daftar peserta untuk BNSP disimpan sebagai XLSX dan CSV: {count} peserta.",
    en="The candidate list for BNSP is saved as XLSX and CSV: {count:# candidate|# candidates}.",
)
define(
    "desk.event_line",
    id="{scheme} · {day} · asesor {assessor}",
    en="{scheme} · {day} · assessor {assessor}",
)
define("desk.plan.title", id="Rencanakan asesmen", en="Plan an assessment")
define("desk.plan.scheme", id="Skema sertifikasi", en="Certification scheme")
define("desk.plan.day", id="Tanggal uji (HH-BB-TTTT)", en="Assessment date (DD-MM-YYYY)")
define("desk.plan.tuk", id="TUK (tempat uji kompetensi)", en="TUK (assessment site)")
define("desk.plan.assessor", id="Asesor", en="Assessor")
define("desk.plan.save", id="Simpan rencana", en="Save the plan")
define(
    "desk.plan.no_schemes",
    id="Belum ada skema di kios ini: skema datang dari server pusat saat sinkronisasi.",
    en="No schemes on this kiosk yet: schemes come from the central server when it syncs.",
)
define(
    "desk.plan.no_assessors",
    id="Belum ada akun asesor: admin membuatnya di Akun petugas.",
    en="No assessor accounts yet: an admin makes one under Staff accounts.",
)
define("desk.plan.need_scheme", id="Pilih skema.", en="Choose a scheme.")
define("desk.plan.need_assessor", id="Pilih asesor.", en="Choose an assessor.")
define(
    "desk.plan.bad_day",
    id="Tulis tanggal sebagai HH-BB-TTTT, misalnya 16-03-2026.",
    en="Write the date as DD-MM-YYYY, for example 16-03-2026.",
)
define("desk.plan.saved", id="Asesmen direncanakan.", en="Assessment planned.")
define("checkin.title", id="Kehadiran: {scheme} · {day}", en="Check-in: {scheme} · {day}")
define("checkin.idle", id="Pindai kartu peserta", en="Scan the candidate's card")
define(
    "checkin.idle_hint",
    id="Dengan pemindai, atau kamera. Nomor kartu juga bisa diketik.",
    en="With the scanner, or the camera. A card number can be typed too.",
)
define("checkin.done", id="Hadir untuk asesmen ini.", en="Checked in for this assessment.")
define("checkin.refused", id="Tidak dapat hadir", en="Cannot check in")
define(
    "checkin.count", id="{count} peserta hadir", en="{count:# candidate|# candidates} checked in"
)
define("checkin.camera", id="Kamera", en="Camera")
define("checkin.typed", id="Nomor kartu", en="Card number")
define("checkin.submit", id="Hadirkan", en="Check in")
define(
    "compcert.title", id="Sertifikat kompetensi: {scheme}", en="Competency certificates: {scheme}"
)
define(
    "compcert.counts",
    id="{to_issue} siap terbit · {issued} sudah terbit · {total} peserta hadir",
    en="{to_issue} ready to issue · {issued} issued · {total:# candidate|# candidates} checked in",
)
define("compcert.col.name", id="Nama", en="Name")
define("compcert.col.result", id="Hasil", en="Result")
define("compcert.col.certificate", id="Sertifikat", en="Certificate")
define("compcert.col.bnsp", id="Nomor BNSP", en="BNSP number")
define("compcert.not_judged", id="belum dinilai", en="not judged yet")
define("compcert.will_issue", id="akan terbit", en="will be issued")
define("compcert.none", id="—", en="—")
define(
    "compcert.issue",
    id="Terbitkan {count} sertifikat",
    en="Issue {count:# certificate|# certificates}",
)
define("compcert.print", id="Cetak PDF", en="Print PDF")
define(
    "compcert.issued",
    id="{count} sertifikat diterbitkan.",
    en="{count:# certificate|# certificates} issued.",
)
define(
    "compcert.nobody_ready",
    id="Tidak ada sertifikat diterbitkan: tidak ada peserta kompeten (K) yang belum"
    " memiliki sertifikat.",
    en="No certificate issued: no candidate judged competent (K) is without a certificate.",
)
define(
    "compcert.printed",
    id="{count} sertifikat disimpan sebagai PDF (satu per halaman, dan satu berkas gabungan).",
    en="{count:# certificate|# certificates} saved as PDF (one page each, and one file with them all).",
)
define("compcert.bnsp_field", id="Nomor sertifikat BNSP", en="BNSP certificate number")
define("compcert.bnsp_save", id="Simpan nomor", en="Save number")
define(
    "compcert.bnsp_pick",
    id="Pilih sertifikat dalam daftar, atau pindai kode QR-nya, lalu ketik nomor BNSP.",
    en="Choose a certificate in the list, or scan its QR code, then type the BNSP number.",
)
define("compcert.bnsp_for", id="Nomor BNSP untuk {name}:", en="BNSP number for {name}:")
define(
    "compcert.bnsp_saved", id="Nomor BNSP {name} tersimpan.", en="{name}'s BNSP number is saved."
)
