"""The console's texts for placement figures and follow-up answers (Bahasa Indonesia, English)."""

from __future__ import annotations

from kiosk.i18n import define

define("console.nav.placement", id="Penempatan", en="Placement")
define("console.placement.title", id="Penempatan per lokasi dan bulan", en="Placement per site and month")  # fmt: skip
define(
    "console.placement.note",
    id="Diverifikasi = dikonfirmasi pemberi kerja; dilaporkan sendiri = jawaban survei yang belum "
    "dikonfirmasi. Keduanya tidak pernah dijumlahkan. Definisi: docs/placement.md.",
    en="Verified = confirmed by the employer; self-reported = survey answers nobody confirmed "
    "yet. The two are never added up. Definitions: docs/placement.md.",
)
define("console.placement.col.site", id="Lokasi", en="Site")
define("console.placement.col.month", id="Bulan", en="Month")
define("console.placement.col.job_seekers", id="Pencari kerja", en="Job seekers")
define("console.placement.col.applications", id="Lamaran", en="Applications")
define("console.placement.col.interviews", id="Wawancara", en="Interviews")
define("console.placement.col.hired_verified", id="Bekerja (diverifikasi)", en="Hired (verified)")  # fmt: skip
define("console.placement.col.hired_self_reported", id="Bekerja (dilaporkan sendiri)", en="Hired (self-reported)")  # fmt: skip
define("console.placement.col.employed_6m_verified", id="Masih bekerja 6 bulan (diverifikasi)", en="Still employed at 6 months (verified)")  # fmt: skip
define("console.placement.col.employed_6m_self_reported", id="Masih bekerja 6 bulan (dilaporkan sendiri)", en="Still employed at 6 months (self-reported)")  # fmt: skip
define("console.placement.verified", id="Jawaban survei sudah ditandai terverifikasi.", en="The survey answer is marked verified.")  # fmt: skip
define("console.followup.title", id="Survei lanjutan", en="Follow-up surveys")
define("console.followup.month", id="Bulan ke-", en="Month")
define("console.followup.status", id="Kegiatan", en="Status")
define("console.followup.employer", id="Tempat kerja", en="Employer")
define("console.followup.answered", id="Dijawab", en="Answered")
define("console.followup.verified", id="Verifikasi", en="Verification")
define("console.followup.verify", id="Dikonfirmasi pemberi kerja", en="Employer confirmed")
define("console.followup.verified_by", id="oleh {name}, {when}", en="by {name}, {when}")
define("console.followup.not_verified", id="belum", en="not yet")
