"""User-visible texts of the admin menu and the "My card" screen (see kiosk.i18n)."""

from kiosk.i18n import define

define("admin.menu.pairing", id="Hubungkan ke server pusat", en="Pair with the central server")
define("admin.menu.sync", id="Status sinkronisasi", en="Sync health")
define("admin.menu.rejected", id="Data yang ditolak server", en="Records the server refused")
define("admin.menu.export", id="Ekspor ke flashdisk (USB)", en="Export to a USB drive")
define("admin.menu.settings", id="Pengaturan kios", en="Kiosk settings")

define(
    "admin.pair.intro",
    id="Masukkan alamat server dan kode pendaftaran sekali pakai dari operator pusat.",
    en="Enter the server address and the one-time enrolment code from the central operator.",
)
define("admin.pair.url", id="Alamat server", en="Server address")
define("admin.pair.code", id="Kode pendaftaran", en="Enrolment code")
define("admin.pair.submit", id="Hubungkan", en="Pair")
define("admin.pair.working", id="Menghubungi server…", en="Contacting the server…")
define(
    "admin.pair.done",
    id="Berhasil: kios ini terhubung ke server untuk lokasi {site}.",
    en="Done: this kiosk is paired with the server for site {site}.",
)
define("admin.pair.current", id="Saat ini terhubung ke {server}.", en="Now paired with {server}.")
define(
    "admin.pair.none",
    id="Kios ini belum terhubung ke server pusat.",
    en="This kiosk is not paired with a central server yet.",
)

define(
    "admin.export.intro",
    id="Data yang belum diterima server ditulis ke satu berkas bertanda tangan. "
    "Bawa ke kantor pusat untuk diimpor.",
    en="Records the server has not acknowledged are written to one signed file. "
    "Take it to the central office to be imported.",
)
define("admin.export.drive", id="{label} — {free} MB kosong", en="{label} — {free} MB free")
define(
    "admin.export.none",
    id="Tidak ada flashdisk yang terpasang. Pasang flashdisk lalu tekan Muat ulang, "
    "atau pilih folder.",
    en="No USB drive found. Plug one in and tap Refresh, or choose a folder.",
)
define("admin.export.refresh", id="Muat ulang", en="Refresh")
define("admin.export.folder", id="Pilih folder…", en="Choose a folder…")
define("admin.export.write", id="Tulis ke flashdisk", en="Write to the drive")
define("admin.export.working", id="Menulis ke {path}…", en="Writing to {path}…")
define(
    "admin.export.done",
    id="Selesai: {events} data ditulis ke {path} ({kb} KB). Lepaskan flashdisk dengan aman.",
    en="Done: {events:# record|# records} written to {path} ({kb} KB). Eject the drive safely.",
)
define(
    "admin.export.failed",
    id="Gagal menulis ke {path}: {error}. Periksa flashdisk (penuh atau terkunci?) lalu coba lagi.",
    en="Could not write to {path}: {error}. Check the drive (full or locked?) and try again.",
)

define("admin.sync.server", id="Server", en="Server")
define("admin.sync.not_paired", id="belum terhubung", en="not paired")
define("admin.sync.pending", id="Menunggu unggah", en="Waiting for upload")
define("admin.sync.oldest", id="Data tertua yang menunggu", en="Oldest waiting record")
define("admin.sync.rejected", id="Ditolak server", en="Refused by the server")
define("admin.sync.last_ok", id="Terakhir berhasil", en="Last success")
define("admin.sync.last_attempt", id="Percobaan terakhir", en="Last attempt")
define("admin.sync.last_error", id="Kesalahan terakhir", en="Last error")
define("admin.sync.ago", id="{age} yang lalu", en="{age} ago")
define("admin.sync.none", id="tidak ada", en="none")
define(
    "admin.sync.finished",
    id="Sinkronisasi selesai: {accepted} diterima, {rejected} ditolak, {pending} menunggu.",
    en="Sync finished: {accepted} accepted, {rejected} refused, {pending} waiting.",
)

define(
    "admin.rejected.intro",
    id="Data ini tetap tersimpan di kios dan tidak pernah dihapus. "
    "Laporkan ke operator pusat beserta alasannya.",
    en="These records stay on the kiosk and are never deleted. "
    "Report them with their reason to the central operator.",
)
define("admin.rejected.none", id="Tidak ada data yang ditolak.", en="No records were refused.")
define(
    "admin.rejected.more",
    id="Menampilkan {shown} dari {total} data yang ditolak.",
    en="Showing {shown} of {total} refused records.",
)

define("admin.settings.saved", id="Tersimpan.", en="Saved.")
define("admin.settings.less", id="Kurangi", en="Less")
define("admin.settings.more", id="Tambah", en="More")
define("admin.settings.seconds", id="{n} detik", en="{n:# second|# seconds}")
define("admin.settings.days", id="{n} hari", en="{n:# day|# days}")
define(
    "admin.settings.idle_timeout_s",
    id="Kembali ke layar awal bila tidak disentuh selama",
    en="Return to the home screen when untouched for",
)
define(
    "admin.settings.stale_pending_days",
    id="Peringatan bila data menunggu unggah lebih dari",
    en="Warn when records wait for upload longer than",
)
define(
    "admin.settings.retention_days",
    id="Hapus data pribadi pendaftar setelah",
    en="Remove applicants' personal data after",
)
define(
    "admin.settings.retention_days.hint",
    id="Hanya bila server sudah menerima datanya dan tidak ada pelatihan yang berjalan. "
    "Kartu dan absensi tetap ada.",
    en="Only once the server has the record and no training is running. Cards and attendance stay.",
)

define(
    "mycard.prompt",
    id="Pindai kode QR kartu Anda, atau ketik nomor kartu di bawah.",
    en="Scan the QR code on your card, or type the card number below.",
)
define("mycard.number", id="Nomor kartu", en="Card number")
define("mycard.check", id="Periksa", en="Check")
define("mycard.checking", id="Memeriksa kartu…", en="Checking the card…")
define("mycard.hello", id="Halo, {name}!", en="Hello, {name}!")
define("mycard.sessions", id="Pelatihan Anda", en="Your trainings")
define(
    "mycard.no_sessions",
    id="Anda belum terdaftar di pelatihan. Lihat menu Pelatihan atau tanyakan petugas.",
    en="You are not enrolled in a training yet. See Trainings or ask the staff.",
)
define(
    "mycard.holder_unknown",
    id="Data pemilik kartu ini tidak tersimpan di kios ini.",
    en="The holder of this card is not registered on this kiosk.",
)
define("mycard.again", id="Periksa kartu lain", en="Check another card")
define("mycard.done", id="Selesai", en="Done")
