"""Texts of the certificate screens: checking a certificate, reviewing a class's certificates."""

from typing import Final

from kiosk.i18n import define

define("certverify.title", id="Periksa sertifikat", en="Check a certificate")
define(
    "certverify.hint",
    id="Pindai kode QR pada sertifikat dengan pemindai.",
    en="Scan the QR code on the certificate with the scanner.",
)
define("certverify.check", id="Periksa", en="Check")
define(
    "certverify.placeholder", id="atau tempel teks kode QR di sini", en="or paste the QR text here"
)
define(
    "certverify.lists",
    id="Daftar penerbit: {trust}. Daftar pencabutan: {revocations} ({count} sertifikat dicabut).",
    en="Issuer list: {trust}. Revocation list: {revocations} ({count:# certificate|# certificates} revoked).",
)
define("certverify.age", id="{days} hari lalu", en="{days:# day|# days} ago")
define("certverify.never", id="belum ada", en="none yet")
define("certreview.title", id="Sertifikat: {programme}", en="Certificates: {programme}")
define(
    "certreview.counts",
    id="Memenuhi syarat {eligible} · ditahan {withheld} · sudah terbit {issued} · kurang {short}"
    " · batas kehadiran {rule}%",
    en="Meet the rule {eligible} · withheld {withheld} · issued {issued} · too low {short}"
    " · attendance minimum {rule}%",
)
define("certreview.pick", id="Pilih kelas:", en="Choose a class:")
COLUMN_TEXT: Final = {
    "name": "certreview.col.name",
    "share": "certreview.col.share",
    "meetings": "certreview.col.meetings",
    "status": "certreview.col.status",
    "note": "certreview.col.note",
}
define("certreview.col.name", id="Nama", en="Name")
define("certreview.col.share", id="Kehadiran", en="Attendance")
define("certreview.col.meetings", id="Hadir / dihitung", en="Attended / counted")
define("certreview.col.status", id="Status", en="Status")
define("certreview.col.note", id="Catatan", en="Note")
define("certreview.reason", id="Alasan menahan sertifikat", en="Reason for withholding")
define("certreview.withhold", id="Tahan sertifikat", en="Withhold certificate")
define("certreview.release", id="Batalkan penahanan", en="Release")
define(
    "certreview.issue",
    id="Terbitkan {count} sertifikat",
    en="Issue {count:# certificate|# certificates}",
)
define("certreview.print", id="Cetak PDF", en="Print PDF")
define(
    "certreview.issued",
    id="{count} sertifikat diterbitkan.",
    en="{count:# certificate|# certificates} issued.",
)
define(
    "certreview.nobody_ready",
    id="Tidak ada sertifikat diterbitkan: setiap peserta yang memenuhi syarat kehadiran sudah"
    " memiliki sertifikat atau sertifikatnya ditahan.",
    en="No certificate issued: every trainee who meets the attendance rule has one already"
    " or is withheld.",
)
define(
    "certreview.printed",
    id="{count} sertifikat disimpan sebagai PDF (satu per halaman, dan satu berkas gabungan).",
    en="{count:# certificate|# certificates} saved as PDF (one page each, and one file with"
    " them all).",
)
define("certreview.not_ended", id="Kelas belum selesai.", en="The class has not ended.")
define("staff.home.certificates", id="Sertifikat kelas", en="Class certificates")
define("staff.home.assessments", id="Asesmen kompetensi", en="Competency assessment")
define("staff.home.verify_certificate", id="Periksa sertifikat", en="Check a certificate")
