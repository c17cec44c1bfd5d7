<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>kiosk</name>
    <message>
        <source>accounts.create</source>
        <comment>Create account</comment>
        <translation>Buat akun</translation>
    </message>
    <message>
        <source>accounts.created</source>
        <comment>Account {username} created.</comment>
        <translation>Akun {username} dibuat.</translation>
    </message>
    <message>
        <source>accounts.disable</source>
        <comment>Disable</comment>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>accounts.disabled</source>
        <comment>Account {username} disabled.</comment>
        <translation>Akun {username} dinonaktifkan.</translation>
    </message>
    <message>
        <source>accounts.inactive</source>
        <comment>disabled</comment>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>accounts.name</source>
        <comment>Full name</comment>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>accounts.new</source>
        <comment>New account</comment>
        <translation>Akun baru</translation>
    </message>
    <message>
        <source>accounts.pin</source>
        <comment>PIN (6–8 digits)</comment>
        <translation>PIN (6–8 angka)</translation>
    </message>
    <message>
        <source>accounts.pin_again</source>
        <comment>PIN again</comment>
        <translation>Ulangi PIN</translation>
    </message>
    <message>
        <source>accounts.role</source>
        <comment>Role</comment>
        <translation>Peran</translation>
    </message>
    <message>
        <source>accounts.role.admin</source>
        <comment>Admin</comment>
        <translation>Admin</translation>
    </message>
    <message>
        <source>accounts.role.assessor</source>
        <comment>Assessor</comment>
        <translation>Asesor</translation>
    </message>
    <message>
        <source>accounts.role.staff</source>
        <comment>Staff</comment>
        <translation>Staf</translation>
    </message>
    <message>
        <source>accounts.row</source>
        <comment>{name} ({username}) · {role}</comment>
        <translation>{name} ({username}) · {role}</translation>
    </message>
    <message>
        <source>accounts.title</source>
        <comment>Staff accounts</comment>
        <translation>Akun staf</translation>
    </message>
    <message>
        <source>accounts.username</source>
        <comment>Username</comment>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>admin.button</source>
        <comment>Admin</comment>
        <translation>Admin</translation>
    </message>
    <message>
        <source>admin.export.done</source>
        <comment>Done: {events} records written to {path} ({kb} KB). Eject the drive safely.</comment>
        <translation>Selesai: {events} data ditulis ke {path} ({kb} KB). Lepaskan flashdisk dengan aman.</translation>
    </message>
    <message>
        <source>admin.export.drive</source>
        <comment>{label} — {free} MB free</comment>
        <translation>{label} — {free} MB kosong</translation>
    </message>
    <message>
        <source>admin.export.failed</source>
        <comment>Could not write to {path}: {error}. Check the drive (full or locked?) and try again.</comment>
        <translation>Gagal menulis ke {path}: {error}. Periksa flashdisk (penuh atau terkunci?) lalu coba lagi.</translation>
    </message>
    <message>
        <source>admin.export.folder</source>
        <comment>Choose a folder…</comment>
        <translation>Pilih folder…</translation>
    </message>
    <message>
        <source>admin.export.intro</source>
        <comment>Records the server has not acknowledged are written to one signed file. Take it to the central office to be imported.</comment>
        <translation>Data yang belum diterima server ditulis ke satu berkas bertanda tangan. Bawa ke kantor pusat untuk diimpor.</translation>
    </message>
    <message>
        <source>admin.export.none</source>
        <comment>No USB drive found. Plug one in and tap Refresh, or choose a folder.</comment>
        <translation>Tidak ada flashdisk yang terpasang. Pasang flashdisk lalu tekan Muat ulang, atau pilih folder.</translation>
    </message>
    <message>
        <source>admin.export.refresh</source>
        <comment>Refresh</comment>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>admin.export.working</source>
        <comment>Writing to {path}…</comment>
        <translation>Menulis ke {path}…</translation>
    </message>
    <message>
        <source>admin.export.write</source>
        <comment>Write to the drive</comment>
        <translation>Tulis ke flashdisk</translation>
    </message>
    <message>
        <source>admin.menu.export</source>
        <comment>Export to a USB drive</comment>
        <translation>Ekspor ke flashdisk (USB)</translation>
    </message>
    <message>
        <source>admin.menu.pairing</source>
        <comment>Pair with the central server</comment>
        <translation>Hubungkan ke server pusat</translation>
    </message>
    <message>
        <source>admin.menu.rejected</source>
        <comment>Records the server refused</comment>
        <translation>Data yang ditolak server</translation>
    </message>
    <message>
        <source>admin.menu.settings</source>
        <comment>Kiosk settings</comment>
        <translation>Pengaturan kios</translation>
    </message>
    <message>
        <source>admin.menu.sync</source>
        <comment>Sync health</comment>
        <translation>Status sinkronisasi</translation>
    </message>
    <message>
        <source>admin.pair.code</source>
        <comment>Enrolment code</comment>
        <translation>Kode pendaftaran</translation>
    </message>
    <message>
        <source>admin.pair.current</source>
        <comment>Now paired with {server}.</comment>
        <translation>Saat ini terhubung ke {server}.</translation>
    </message>
    <message>
        <source>admin.pair.done</source>
        <comment>Done: this kiosk is paired with the server for site {site}.</comment>
        <translation>Berhasil: kios ini terhubung ke server untuk lokasi {site}.</translation>
    </message>
    <message>
        <source>admin.pair.intro</source>
        <comment>Enter the server address and the one-time enrolment code from the central operator.</comment>
        <translation>Masukkan alamat server dan kode pendaftaran sekali pakai dari operator pusat.</translation>
    </message>
    <message>
        <source>admin.pair.none</source>
        <comment>This kiosk is not paired with a central server yet.</comment>
        <translation>Kios ini belum terhubung ke server pusat.</translation>
    </message>
    <message>
        <source>admin.pair.submit</source>
        <comment>Pair</comment>
        <translation>Hubungkan</translation>
    </message>
    <message>
        <source>admin.pair.url</source>
        <comment>Server address</comment>
        <translation>Alamat server</translation>
    </message>
    <message>
        <source>admin.pair.working</source>
        <comment>Contacting the server…</comment>
        <translation>Menghubungi server…</translation>
    </message>
    <message>
        <source>admin.quit</source>
        <comment>Quit the application</comment>
        <translation>Tutup aplikasi</translation>
    </message>
    <message>
        <source>admin.rejected.intro</source>
        <comment>These records stay on the kiosk and are never deleted. Report them with their reason to the central operator.</comment>
        <translation>Data ini tetap tersimpan di kios dan tidak pernah dihapus. Laporkan ke operator pusat beserta alasannya.</translation>
    </message>
    <message>
        <source>admin.rejected.more</source>
        <comment>Showing {shown} of {total} refused records.</comment>
        <translation>Menampilkan {shown} dari {total} data yang ditolak.</translation>
    </message>
    <message>
        <source>admin.rejected.none</source>
        <comment>No records were refused.</comment>
        <translation>Tidak ada data yang ditolak.</translation>
    </message>
    <message>
        <source>admin.settings.days</source>
        <comment>{n} days</comment>
        <translation>{n} hari</translation>
    </message>
    <message>
        <source>admin.settings.idle_timeout_s</source>
        <comment>Return to the home screen when untouched for</comment>
        <translation>Kembali ke layar awal bila tidak disentuh selama</translation>
    </message>
    <message>
        <source>admin.settings.less</source>
        <comment>Less</comment>
        <translation>Kurangi</translation>
    </message>
    <message>
        <source>admin.settings.more</source>
        <comment>More</comment>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>admin.settings.retention_days</source>
        <comment>Remove applicants' personal data after</comment>
        <translation>Hapus data pribadi pendaftar setelah</translation>
    </message>
    <message>
        <source>admin.settings.retention_days.hint</source>
        <comment>Only once the server has the record and no training is running. Cards and attendance stay.</comment>
        <translation>Hanya bila server sudah menerima datanya dan tidak ada pelatihan yang berjalan. Kartu dan absensi tetap ada.</translation>
    </message>
    <message>
        <source>admin.settings.saved</source>
        <comment>Saved.</comment>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>admin.settings.seconds</source>
        <comment>{n} seconds</comment>
        <translation>{n} detik</translation>
    </message>
    <message>
        <source>admin.settings.stale_pending_days</source>
        <comment>Warn when records wait for upload longer than</comment>
        <translation>Peringatan bila data menunggu unggah lebih dari</translation>
    </message>
    <message>
        <source>admin.sync.ago</source>
        <comment>{age} ago</comment>
        <translation>{age} yang lalu</translation>
    </message>
    <message>
        <source>admin.sync.finished</source>
        <comment>Sync finished: {accepted} accepted, {rejected} refused, {pending} waiting.</comment>
        <translation>Sinkronisasi selesai: {accepted} diterima, {rejected} ditolak, {pending} menunggu.</translation>
    </message>
    <message>
        <source>admin.sync.last_attempt</source>
        <comment>Last attempt</comment>
        <translation>Percobaan terakhir</translation>
    </message>
    <message>
        <source>admin.sync.last_error</source>
        <comment>Last error</comment>
        <translation>Kesalahan terakhir</translation>
    </message>
    <message>
        <source>admin.sync.last_ok</source>
        <comment>Last success</comment>
        <translation>Terakhir berhasil</translation>
    </message>
    <message>
        <source>admin.sync.none</source>
        <comment>none</comment>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>admin.sync.not_paired</source>
        <comment>not paired</comment>
        <translation>belum terhubung</translation>
    </message>
    <message>
        <source>admin.sync.oldest</source>
        <comment>Oldest waiting record</comment>
        <translation>Data tertua yang menunggu</translation>
    </message>
    <message>
        <source>admin.sync.pending</source>
        <comment>Waiting for upload</comment>
        <translation>Menunggu unggah</translation>
    </message>
    <message>
        <source>admin.sync.rejected</source>
        <comment>Refused by the server</comment>
        <translation>Ditolak server</translation>
    </message>
    <message>
        <source>admin.sync.server</source>
        <comment>Server</comment>
        <translation>Server</translation>
    </message>
    <message>
        <source>admin.sync.set_aside</source>
        <comment>Changes set aside</comment>
        <translation>Perubahan disisihkan</translation>
    </message>
    <message>
        <source>admin.sync.set_aside_intro</source>
        <comment>These changes from the server could not be applied on this kiosk. They are kept and reported to the server; sync goes on.</comment>
        <translation>Perubahan dari server ini tidak dapat diterapkan di kios ini. Perubahan tetap disimpan dan dilaporkan ke server; sinkronisasi tetap berjalan.</translation>
    </message>
    <message>
        <source>admin.sync.set_aside_reported</source>
        <comment>reported</comment>
        <translation>sudah dilaporkan</translation>
    </message>
    <message>
        <source>admin.sync.set_aside_waiting</source>
        <comment>not yet reported</comment>
        <translation>belum dilaporkan</translation>
    </message>
    <message>
        <source>admin.title</source>
        <comment>Admin menu</comment>
        <translation>Menu admin</translation>
    </message>
    <message>
        <source>admin.windowed</source>
        <comment>Leave full screen</comment>
        <translation>Keluar dari layar penuh</translation>
    </message>
    <message>
        <source>app.tagline</source>
        <comment>Training · Certification · Job Placement</comment>
        <translation>Pelatihan · Sertifikasi · Penempatan Kerja</translation>
    </message>
    <message>
        <source>app.title</source>
        <comment>Kios3in1</comment>
        <translation>Kios3in1</translation>
    </message>
    <message>
        <source>argparse.ambiguous</source>
        <comment>ambiguous option: %(option)s could match %(matches)s</comment>
        <translation>opsi ambigu: %(option)s dapat berarti %(matches)s</translation>
    </message>
    <message>
        <source>argparse.argument</source>
        <comment>argument %(argument_name)s: %(message)s</comment>
        <translation>argumen %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>argparse.expected_at_least_one</source>
        <comment>expected at least one argument</comment>
        <translation>perlu sedikitnya satu nilai</translation>
    </message>
    <message>
        <source>argparse.expected_at_most_one</source>
        <comment>expected at most one argument</comment>
        <translation>paling banyak satu nilai</translation>
    </message>
    <message>
        <source>argparse.expected_n</source>
        <comment>expected %s argument</comment>
        <translation>perlu %s nilai</translation>
    </message>
    <message>
        <source>argparse.expected_n_plural</source>
        <comment>expected %s arguments</comment>
        <translation>perlu %s nilai</translation>
    </message>
    <message>
        <source>argparse.expected_one</source>
        <comment>expected one argument</comment>
        <translation>perlu satu nilai</translation>
    </message>
    <message>
        <source>argparse.help</source>
        <comment>show this help message and exit</comment>
        <translation>tampilkan bantuan ini lalu keluar</translation>
    </message>
    <message>
        <source>argparse.ignored</source>
        <comment>ignored explicit argument %r</comment>
        <translation>nilai %r diabaikan</translation>
    </message>
    <message>
        <source>argparse.invalid_choice</source>
        <comment>invalid choice: %(value)r (choose from %(choices)s)</comment>
        <translation>pilihan tidak valid: %(value)r (pilih dari %(choices)s)</translation>
    </message>
    <message>
        <source>argparse.invalid_value</source>
        <comment>invalid %(type)s value: %(value)r</comment>
        <translation>nilai %(type)s tidak valid: %(value)r</translation>
    </message>
    <message>
        <source>argparse.not_allowed</source>
        <comment>not allowed with argument %s</comment>
        <translation>tidak boleh bersama argumen %s</translation>
    </message>
    <message>
        <source>argparse.one_required</source>
        <comment>one of the arguments %s is required</comment>
        <translation>salah satu argumen %s wajib diberikan</translation>
    </message>
    <message>
        <source>argparse.options</source>
        <comment>options</comment>
        <translation>opsi</translation>
    </message>
    <message>
        <source>argparse.positionals</source>
        <comment>positional arguments</comment>
        <translation>argumen posisi</translation>
    </message>
    <message>
        <source>argparse.required</source>
        <comment>the following arguments are required: %s</comment>
        <translation>argumen berikut wajib diberikan: %s</translation>
    </message>
    <message>
        <source>argparse.unrecognized</source>
        <comment>unrecognized arguments: %s</comment>
        <translation>argumen tidak dikenal: %s</translation>
    </message>
    <message>
        <source>argparse.usage</source>
        <comment>usage:</comment>
        <translation>penggunaan:</translation>
    </message>
    <message>
        <source>argparse.version</source>
        <comment>show program's version number and exit</comment>
        <translation>tampilkan nomor versi program lalu keluar</translation>
    </message>
    <message>
        <source>assess.already_recorded</source>
        <comment>This candidate's result is recorded; correct it with a superseding record and a reason.</comment>
        <translation>Hasil peserta ini sudah tercatat; koreksi dengan catatan pengganti dan alasannya.</translation>
    </message>
    <message>
        <source>assess.bnsp_invalid</source>
        <comment>The BNSP certificate number is not valid (4–64 letters or digits).</comment>
        <translation>Nomor sertifikat BNSP tidak valid (4–64 huruf/angka).</translation>
    </message>
    <message>
        <source>assess.card_invalid</source>
        <comment>The card cannot be accepted: {reason}</comment>
        <translation>Kartu tidak dapat diterima: {reason}</translation>
    </message>
    <message>
        <source>assess.card_unknown</source>
        <comment>This card's holder is not registered on this kiosk.</comment>
        <translation>Pemegang kartu ini tidak terdaftar di kios ini.</translation>
    </message>
    <message>
        <source>assess.certificate_unknown</source>
        <comment>This competency certificate is not on this kiosk.</comment>
        <translation>Sertifikat kompetensi ini tidak ada di kios ini.</translation>
    </message>
    <message>
        <source>assess.event_unknown</source>
        <comment>This assessment was not found.</comment>
        <translation>Asesmen ini tidak ditemukan.</translation>
    </message>
    <message>
        <source>assess.not_assessor</source>
        <comment>This account is not an active assessor.</comment>
        <translation>Akun ini bukan asesor aktif.</translation>
    </message>
    <message>
        <source>assess.not_checked_in</source>
        <comment>This candidate has not checked in (scan their card first).</comment>
        <translation>Peserta ini belum hadir (pindai kartunya dulu).</translation>
    </message>
    <message>
        <source>assess.not_current</source>
        <comment>This record has already been superseded; correct the newest one.</comment>
        <translation>Catatan ini sudah digantikan; koreksi catatan yang terbaru.</translation>
    </message>
    <message>
        <source>assess.not_paired</source>
        <comment>This kiosk is not paired with the central server yet.</comment>
        <translation>Kios ini belum dipasangkan dengan server pusat.</translation>
    </message>
    <message>
        <source>assess.other_assessor</source>
        <comment>Only the assessor assigned to this assessment may record results.</comment>
        <translation>Hanya asesor yang ditugaskan pada asesmen ini yang dapat menilai.</translation>
    </message>
    <message>
        <source>assess.reason_required</source>
        <comment>Write the reason for the correction (3–200 characters).</comment>
        <translation>Tuliskan alasan koreksi (3–200 huruf).</translation>
    </message>
    <message>
        <source>assess.result_invalid</source>
        <comment>The result K (competent) needs every unit K.</comment>
        <translation>Hasil K (kompeten) hanya bila semua unit K.</translation>
    </message>
    <message>
        <source>assess.scheme_unknown</source>
        <comment>This scheme is not on this kiosk.</comment>
        <translation>Skema ini belum ada di kios ini.</translation>
    </message>
    <message>
        <source>assess.tuk_required</source>
        <comment>Enter the TUK (assessment site).</comment>
        <translation>Tuliskan TUK (tempat uji).</translation>
    </message>
    <message>
        <source>assess.units_mismatch</source>
        <comment>Give K or BK for every unit of the scheme, and no others.</comment>
        <translation>Isi K atau BK untuk setiap unit skema, tidak lebih.</translation>
    </message>
    <message>
        <source>assessui.BK</source>
        <comment>BK (not yet competent)</comment>
        <translation>BK (belum kompeten)</translation>
    </message>
    <message>
        <source>assessui.K</source>
        <comment>K (competent)</comment>
        <translation>K (kompeten)</translation>
    </message>
    <message>
        <source>assessui.none</source>
        <comment>No assessments on this kiosk yet.</comment>
        <translation>Belum ada asesmen di kios ini.</translation>
    </message>
    <message>
        <source>assessui.not_judged</source>
        <comment>not judged yet</comment>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <source>assessui.note</source>
        <comment>Assessor's note</comment>
        <translation>Catatan asesor</translation>
    </message>
    <message>
        <source>assessui.pick</source>
        <comment>Choose an assessment.</comment>
        <translation>Pilih asesmen.</translation>
    </message>
    <message>
        <source>assessui.pick_candidate</source>
        <comment>Choose a candidate who has checked in.</comment>
        <translation>Pilih peserta yang sudah hadir.</translation>
    </message>
    <message>
        <source>assessui.reason</source>
        <comment>Reason for the correction (needed to replace a result)</comment>
        <translation>Alasan koreksi (wajib untuk mengganti hasil)</translation>
    </message>
    <message>
        <source>assessui.result</source>
        <comment>Overall result</comment>
        <translation>Hasil akhir</translation>
    </message>
    <message>
        <source>assessui.save</source>
        <comment>Save and sign</comment>
        <translation>Simpan dan tandatangani</translation>
    </message>
    <message>
        <source>assessui.saved</source>
        <comment>{name}'s result is saved.</comment>
        <translation>Hasil {name} tersimpan.</translation>
    </message>
    <message>
        <source>assessui.title</source>
        <comment>Competency assessment</comment>
        <translation>Asesmen kompetensi</translation>
    </message>
    <message>
        <source>backup.corrupt</source>
        <comment>The kiosk database is damaged ({detail}). Restore a backup: kiosk restore FILE</comment>
        <translation>Basis data kios rusak ({detail}). Pulihkan dari cadangan: kiosk restore BERKAS</translation>
    </message>
    <message>
        <source>backup.not_a_backup</source>
        <comment>The file {path} is not an intact kiosk database backup.</comment>
        <translation>Berkas {path} bukan cadangan basis data kios yang utuh.</translation>
    </message>
    <message>
        <source>card.applicant_unknown</source>
        <comment>Applicant not found.</comment>
        <translation>Pendaftar tidak ditemukan.</translation>
    </message>
    <message>
        <source>card.done</source>
        <comment>Done</comment>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>card.no_printer</source>
        <comment>No printer is ready. Your card is kept for staff to print; give them the card number {number}.</comment>
        <translation>Printer belum tersedia. Kartu Anda disimpan dan dicetak petugas; sebutkan nomor kartu {number}.</translation>
    </message>
    <message>
        <source>card.number_invalid</source>
        <comment>A card number has 16 letters and digits, like ABCD-EFGH-IJKL-MNOP.</comment>
        <translation>Nomor kartu harus 16 huruf/angka seperti ABCD-EFGH-IJKL-MNOP.</translation>
    </message>
    <message>
        <source>card.number_unknown</source>
        <comment>This card number is not known on this kiosk. Scan the QR code on the card.</comment>
        <translation>Nomor kartu ini tidak dikenal di kios ini. Pindai kode QR pada kartu.</translation>
    </message>
    <message>
        <source>card.preview</source>
        <comment>Card preview {number}</comment>
        <translation>Pratinjau kartu {number}</translation>
    </message>
    <message>
        <source>card.print</source>
        <comment>Print card</comment>
        <translation>Cetak kartu</translation>
    </message>
    <message>
        <source>card.printed</source>
        <comment>Card sent to the printer {printer}.</comment>
        <translation>Kartu dikirim ke printer {printer}.</translation>
    </message>
    <message>
        <source>card.save_pdf</source>
        <comment>Save as PDF</comment>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>card.saved</source>
        <comment>Card saved as PDF: {path}</comment>
        <translation>Kartu disimpan sebagai PDF: {path}</translation>
    </message>
    <message>
        <source>card.status.bad_signature</source>
        <comment>The card's signature is invalid: the card is forged or damaged.</comment>
        <translation>Tanda tangan kartu tidak sah: kartu ini palsu atau rusak.</translation>
    </message>
    <message>
        <source>card.status.expired</source>
        <comment>The card expired on {valid_until}.</comment>
        <translation>Kartu sudah tidak berlaku sejak {valid_until}.</translation>
    </message>
    <message>
        <source>card.status.malformed</source>
        <comment>This code is not a Kios3in1 card or was read incompletely. Try scanning again.</comment>
        <translation>Kode ini bukan kartu Kios3in1 atau terbaca tidak lengkap. Coba pindai lagi.</translation>
    </message>
    <message>
        <source>card.status.not_yet_valid</source>
        <comment>The card is not valid before {issued}.</comment>
        <translation>Kartu baru berlaku mulai {issued}.</translation>
    </message>
    <message>
        <source>card.status.revoked_card</source>
        <comment>This card has been revoked.</comment>
        <translation>Kartu ini sudah dicabut.</translation>
    </message>
    <message>
        <source>card.status.revoked_key</source>
        <comment>The issuer key of this card has been revoked ({key_id}); the card cannot be accepted.</comment>
        <translation>Kunci penerbit kartu ini sudah dicabut ({key_id}); kartu tidak dapat diterima.</translation>
    </message>
    <message>
        <source>card.status.unknown_key</source>
        <comment>This kiosk does not know the card's issuer ({key_id}). Synchronise and try again.</comment>
        <translation>Penerbit kartu ini belum dikenal kios ini ({key_id}). Lakukan sinkronisasi lalu coba lagi.</translation>
    </message>
    <message>
        <source>card.status.valid</source>
        <comment>Valid card (valid until {valid_until}).</comment>
        <translation>Kartu sah (berlaku sampai {valid_until}).</translation>
    </message>
    <message>
        <source>card.status.wrong_issuer</source>
        <comment>This card was not issued by the kiosk that signed it ({key_id}): its number belongs to another issuer, so the card is forged. The card is refused; report it to an admin.</comment>
        <translation>Kartu ini tidak diterbitkan oleh kios yang menandatanganinya ({key_id}): nomor kartunya milik penerbit lain, jadi kartu ini palsu. Kartu ditolak; laporkan kepada admin.</translation>
    </message>
    <message>
        <source>cardprint.footer</source>
        <comment>Scan the QR at any kiosk or LPK. The QR holds no personal data.</comment>
        <translation>Pindai QR di kios atau LPK mana pun. QR tidak berisi data pribadi.</translation>
    </message>
    <message>
        <source>cardprint.issued</source>
        <comment>Issued {date}</comment>
        <translation>Terbit {date}</translation>
    </message>
    <message>
        <source>cardprint.name</source>
        <comment>NAME</comment>
        <translation>NAMA</translation>
    </message>
    <message>
        <source>cardprint.number</source>
        <comment>CARD NUMBER</comment>
        <translation>NOMOR KARTU</translation>
    </message>
    <message>
        <source>cardprint.subtitle</source>
        <comment>Trainee card · Kartu Prakerja</comment>
        <translation>Kartu Peserta Pelatihan · Kartu Prakerja</translation>
    </message>
    <message>
        <source>cardprint.valid</source>
        <comment>Valid until {date}</comment>
        <translation>Berlaku s.d. {date}</translation>
    </message>
    <message>
        <source>catalogue.already_enrolled</source>
        <comment>The trainee is already enrolled in this session.</comment>
        <translation>Peserta sudah terdaftar di kelas ini.</translation>
    </message>
    <message>
        <source>catalogue.applicant_unknown</source>
        <comment>Applicant not found.</comment>
        <translation>Pendaftar tidak ditemukan.</translation>
    </message>
    <message>
        <source>catalogue.capacity_invalid</source>
        <comment>Capacity must be between 1 and {max} trainees.</comment>
        <translation>Kapasitas harus antara 1 dan {max} peserta.</translation>
    </message>
    <message>
        <source>catalogue.dates_invalid</source>
        <comment>The end date cannot be before the start date.</comment>
        <translation>Tanggal selesai tidak boleh sebelum tanggal mulai.</translation>
    </message>
    <message>
        <source>catalogue.hours_invalid</source>
        <comment>Training hours must be between 1 and 2000.</comment>
        <translation>Jumlah jam pelatihan harus antara 1 dan 2000.</translation>
    </message>
    <message>
        <source>catalogue.kind_invalid</source>
        <comment>The kind must be LPK or BLK.</comment>
        <translation>Jenis lembaga harus LPK atau BLK.</translation>
    </message>
    <message>
        <source>catalogue.location_required</source>
        <comment>A location is required.</comment>
        <translation>Lokasi wajib diisi.</translation>
    </message>
    <message>
        <source>catalogue.name_required</source>
        <comment>A name is required.</comment>
        <translation>Nama wajib diisi.</translation>
    </message>
    <message>
        <source>catalogue.not_eligible</source>
        <comment>This training is funded by Kartu Prakerja; the applicant is not eligible.</comment>
        <translation>Pelatihan ini dibiayai Kartu Prakerja; pendaftar tidak memenuhi syarat.</translation>
    </message>
    <message>
        <source>catalogue.program_unknown</source>
        <comment>Training program not found.</comment>
        <translation>Program pelatihan tidak ditemukan.</translation>
    </message>
    <message>
        <source>catalogue.provider_unknown</source>
        <comment>Training provider not found.</comment>
        <translation>Lembaga pelatihan tidak ditemukan.</translation>
    </message>
    <message>
        <source>catalogue.regency_unknown</source>
        <comment>Unknown regency/city.</comment>
        <translation>Kabupaten/kota tidak dikenal.</translation>
    </message>
    <message>
        <source>catalogue.schedule_invalid</source>
        <comment>Invalid weekly schedule: choose days and a start time before the end time (HH:MM).</comment>
        <translation>Jadwal mingguan tidak valid: pilih hari dan jam mulai sebelum jam selesai (JJ:MM).</translation>
    </message>
    <message>
        <source>catalogue.session_ended</source>
        <comment>This session has ended.</comment>
        <translation>Kelas ini sudah selesai.</translation>
    </message>
    <message>
        <source>catalogue.session_full</source>
        <comment>The session is full.</comment>
        <translation>Kelas sudah penuh.</translation>
    </message>
    <message>
        <source>catalogue.session_unknown</source>
        <comment>Training session not found.</comment>
        <translation>Kelas pelatihan tidak ditemukan.</translation>
    </message>
    <message>
        <source>catalogue.title_required</source>
        <comment>A training title is required.</comment>
        <translation>Judul pelatihan wajib diisi.</translation>
    </message>
    <message>
        <source>certificate.code_invalid</source>
        <comment>A certificate code has 18 letters and digits, like ABCD-EFGH-IJKL-MNOP-QR.</comment>
        <translation>Kode sertifikat terdiri dari 18 huruf/angka seperti ABCD-EFGH-IJKL-MNOP-QR.</translation>
    </message>
    <message>
        <source>certificate.code_mistyped</source>
        <comment>This certificate code is mistyped (the last two characters do not match). Check it.</comment>
        <translation>Kode sertifikat ini salah ketik (dua huruf terakhir tidak cocok). Periksa lagi.</translation>
    </message>
    <message>
        <source>certificate.kind.competency</source>
        <comment>Competency certificate</comment>
        <translation>Sertifikat kompetensi</translation>
    </message>
    <message>
        <source>certificate.kind.completion</source>
        <comment>Training certificate</comment>
        <translation>Sertifikat pelatihan</translation>
    </message>
    <message>
        <source>certificate.outcome.cannot_tell</source>
        <comment>CANNOT TELL</comment>
        <translation>TIDAK DAPAT DIPASTIKAN</translation>
    </message>
    <message>
        <source>certificate.outcome.invalid</source>
        <comment>INVALID CERTIFICATE</comment>
        <translation>SERTIFIKAT TIDAK SAH</translation>
    </message>
    <message>
        <source>certificate.outcome.valid</source>
        <comment>VALID CERTIFICATE</comment>
        <translation>SERTIFIKAT SAH</translation>
    </message>
    <message>
        <source>certificate.reason.bad_signature</source>
        <comment>The signature does not match: the certificate was altered or forged.</comment>
        <translation>Tanda tangan tidak cocok: isi sertifikat telah diubah atau palsu.</translation>
    </message>
    <message>
        <source>certificate.reason.expired</source>
        <comment>This certificate expired on {valid_until}.</comment>
        <translation>Sertifikat ini sudah tidak berlaku sejak {valid_until}.</translation>
    </message>
    <message>
        <source>certificate.reason.issuer_revoked</source>
        <comment>The issuer's key has been revoked; ask the provider for a new certificate.</comment>
        <translation>Kunci penerbit sertifikat ini sudah dicabut; minta sertifikat baru dari penyelenggara.</translation>
    </message>
    <message>
        <source>certificate.reason.malformed</source>
        <comment>This code is not a Kios3in1 certificate or was read incompletely. Try scanning again.</comment>
        <translation>Kode ini bukan sertifikat Kios3in1 atau terbaca tidak lengkap. Coba pindai lagi.</translation>
    </message>
    <message>
        <source>certificate.reason.no_trust_list</source>
        <comment>This kiosk has not received the trusted issuer list yet. Synchronise and check again.</comment>
        <translation>Kios ini belum menerima daftar penerbit tepercaya. Sinkronkan kios lalu periksa lagi.</translation>
    </message>
    <message>
        <source>certificate.reason.revoked</source>
        <comment>This certificate has been revoked.</comment>
        <translation>Sertifikat ini sudah dicabut.</translation>
    </message>
    <message>
        <source>certificate.reason.stale</source>
        <comment>The issuer list is {trust_days} days old and the revocation list {revocation_days} days: too old to be sure. Synchronise the kiosk and check again.</comment>
        <translation>Daftar penerbit berumur {trust_days} hari dan daftar pencabutan {revocation_days} hari: terlalu lama untuk memastikan. Sinkronkan kios lalu periksa lagi.</translation>
    </message>
    <message>
        <source>certificate.reason.unknown_issuer</source>
        <comment>The certificate's issuer is not on the list of trusted issuers.</comment>
        <translation>Penerbit sertifikat ini tidak ada dalam daftar penerbit tepercaya.</translation>
    </message>
    <message>
        <source>certificate.reason.valid</source>
        <comment>Issued by a trusted issuer and not revoked.</comment>
        <translation>Diterbitkan oleh penerbit tepercaya dan tidak dicabut.</translation>
    </message>
    <message>
        <source>certificate.reason.wrong_issuer</source>
        <comment>This certificate was signed by a kiosk that did not issue it: forged.</comment>
        <translation>Sertifikat ini ditandatangani oleh kios yang tidak menerbitkannya: palsu.</translation>
    </message>
    <message>
        <source>certificate.summary.competency</source>
        <comment>{holder}: {result} in scheme {scheme} {scheme_title}; LSP {lsp}, TUK {tuk}.</comment>
        <translation>{holder}: {result} pada skema {scheme} {scheme_title}; LSP {lsp}, TUK {tuk}.</translation>
    </message>
    <message>
        <source>certificate.summary.completion</source>
        <comment>{holder} completed {programme} ({hours} hours) at {provider}, {start}–{end}; attendance {attendance_pct}%.</comment>
        <translation>{holder} telah menyelesaikan {programme} ({hours} jam) di {provider}, {start}–{end}; kehadiran {attendance_pct}%.</translation>
    </message>
    <message>
        <source>certificates.class_not_ended</source>
        <comment>This class ends on {end}; certificates are issued once it has ended.</comment>
        <translation>Kelas ini baru selesai pada {end}; sertifikat diterbitkan setelah kelas selesai.</translation>
    </message>
    <message>
        <source>certificates.cli.trust_imported</source>
        <comment>Trust file applied: {applied} of {changes} records; {revocations} revocations.</comment>
        <translation>Daftar kepercayaan diterapkan: {applied} dari {changes} data; {revocations} pencabutan.</translation>
    </message>
    <message>
        <source>certificates.day_not_meeting</source>
        <comment>That date is not a meeting day of this class.</comment>
        <translation>Tanggal itu bukan hari pertemuan kelas ini.</translation>
    </message>
    <message>
        <source>certificates.not_in_class</source>
        <comment>This trainee is not enrolled in this class.</comment>
        <translation>Peserta ini tidak terdaftar di kelas ini.</translation>
    </message>
    <message>
        <source>certificates.not_paired</source>
        <comment>This kiosk is not paired with the central server yet, so it cannot issue certificates.</comment>
        <translation>Kios ini belum dipasangkan dengan server pusat, jadi belum dapat menerbitkan sertifikat.</translation>
    </message>
    <message>
        <source>certificates.reason_required</source>
        <comment>Write a reason (3–200 characters).</comment>
        <translation>Tuliskan alasan (3–200 huruf).</translation>
    </message>
    <message>
        <source>certificates.rule_invalid</source>
        <comment>The attendance minimum must be 1–100%.</comment>
        <translation>Batas kehadiran harus 1–100%.</translation>
    </message>
    <message>
        <source>certificates.session_unknown</source>
        <comment>This class is not on this kiosk.</comment>
        <translation>Kelas ini tidak ditemukan di kios ini.</translation>
    </message>
    <message>
        <source>certificates.status.eligible</source>
        <comment>Meets the rule</comment>
        <translation>Memenuhi syarat</translation>
    </message>
    <message>
        <source>certificates.status.issued</source>
        <comment>Issued</comment>
        <translation>Sudah terbit</translation>
    </message>
    <message>
        <source>certificates.status.not_eligible</source>
        <comment>Attendance too low</comment>
        <translation>Kehadiran kurang</translation>
    </message>
    <message>
        <source>certificates.status.withheld</source>
        <comment>Withheld</comment>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>certificates.trust_file_unreadable</source>
        <comment>The trust file cannot be read: {detail}</comment>
        <translation>Berkas daftar kepercayaan tidak dapat dibaca: {detail}</translation>
    </message>
    <message>
        <source>certprint.awarded</source>
        <comment>Awarded to</comment>
        <translation>Diberikan kepada</translation>
    </message>
    <message>
        <source>certprint.check</source>
        <comment>Check it is genuine: scan the QR code at any Kios3in1 kiosk, or open {url} and type the code</comment>
        <translation>Periksa keaslian: pindai kode QR dengan kios Kios3in1 mana pun, atau buka {url} dan ketik kode</translation>
    </message>
    <message>
        <source>certprint.check_offline</source>
        <comment>Check it is genuine: scan the QR code at any Kios3in1 kiosk, or type the code</comment>
        <translation>Periksa keaslian: pindai kode QR dengan kios Kios3in1 mana pun, atau ketik kode</translation>
    </message>
    <message>
        <source>certprint.completed</source>
        <comment>who has completed the training</comment>
        <translation>yang telah menyelesaikan pelatihan</translation>
    </message>
    <message>
        <source>certprint.details</source>
        <comment>at {provider}, {start} to {end}, {hours} hours; attendance {attendance_pct}%.</comment>
        <translation>di {provider}, {start} s.d. {end}, {hours} jam pelajaran; kehadiran {attendance_pct}%.</translation>
    </message>
    <message>
        <source>certprint.issued</source>
        <comment>Issued {date} by {site}</comment>
        <translation>Diterbitkan {date} oleh {site}</translation>
    </message>
    <message>
        <source>certprint.number</source>
        <comment>Certificate number</comment>
        <translation>Nomor sertifikat</translation>
    </message>
    <message>
        <source>certprint.title</source>
        <comment>TRAINING CERTIFICATE</comment>
        <translation>SERTIFIKAT PELATIHAN</translation>
    </message>
    <message>
        <source>certreview.col.meetings</source>
        <comment>Attended / counted</comment>
        <translation>Hadir / dihitung</translation>
    </message>
    <message>
        <source>certreview.col.name</source>
        <comment>Name</comment>
        <translation>Nama</translation>
    </message>
    <message>
        <source>certreview.col.note</source>
        <comment>Note</comment>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>certreview.col.share</source>
        <comment>Attendance</comment>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>certreview.col.status</source>
        <comment>Status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>certreview.counts</source>
        <comment>Meet the rule {eligible} · withheld {withheld} · issued {issued} · too low {short} · attendance minimum {rule}%</comment>
        <translation>Memenuhi syarat {eligible} · ditahan {withheld} · sudah terbit {issued} · kurang {short} · batas kehadiran {rule}%</translation>
    </message>
    <message>
        <source>certreview.issue</source>
        <comment>Issue {count} certificates</comment>
        <translation>Terbitkan {count} sertifikat</translation>
    </message>
    <message>
        <source>certreview.issued</source>
        <comment>{count} certificates issued.</comment>
        <translation>{count} sertifikat diterbitkan.</translation>
    </message>
    <message>
        <source>certreview.not_ended</source>
        <comment>The class has not ended.</comment>
        <translation>Kelas belum selesai.</translation>
    </message>
    <message>
        <source>certreview.pick</source>
        <comment>Choose a class:</comment>
        <translation>Pilih kelas:</translation>
    </message>
    <message>
        <source>certreview.print</source>
        <comment>Print PDF</comment>
        <translation>Cetak PDF</translation>
    </message>
    <message>
        <source>certreview.printed</source>
        <comment>PDF saved in {path}.</comment>
        <translation>PDF disimpan di {path}.</translation>
    </message>
    <message>
        <source>certreview.reason</source>
        <comment>Reason for withholding</comment>
        <translation>Alasan menahan sertifikat</translation>
    </message>
    <message>
        <source>certreview.release</source>
        <comment>Release</comment>
        <translation>Batalkan penahanan</translation>
    </message>
    <message>
        <source>certreview.title</source>
        <comment>Certificates: {programme}</comment>
        <translation>Sertifikat: {programme}</translation>
    </message>
    <message>
        <source>certreview.withhold</source>
        <comment>Withhold certificate</comment>
        <translation>Tahan sertifikat</translation>
    </message>
    <message>
        <source>certverify.age</source>
        <comment>{days} days ago</comment>
        <translation>{days} hari lalu</translation>
    </message>
    <message>
        <source>certverify.check</source>
        <comment>Check</comment>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>certverify.hint</source>
        <comment>Scan the QR code on the certificate with the scanner.</comment>
        <translation>Pindai kode QR pada sertifikat dengan pemindai.</translation>
    </message>
    <message>
        <source>certverify.lists</source>
        <comment>Issuer list: {trust}. Revocation list: {revocations} ({count} certificates revoked).</comment>
        <translation>Daftar penerbit: {trust}. Daftar pencabutan: {revocations} ({count} sertifikat dicabut).</translation>
    </message>
    <message>
        <source>certverify.never</source>
        <comment>none yet</comment>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>certverify.placeholder</source>
        <comment>or paste the QR text here</comment>
        <translation>atau tempel teks kode QR di sini</translation>
    </message>
    <message>
        <source>certverify.title</source>
        <comment>Check a certificate</comment>
        <translation>Periksa sertifikat</translation>
    </message>
    <message>
        <source>check.hint</source>
        <comment>Scan your card's QR code, or type its code and press Check.</comment>
        <translation>Pindai QR kartu Anda, atau ketik kodenya lalu tekan Periksa.</translation>
    </message>
    <message>
        <source>check.number</source>
        <comment>Card number: {number}</comment>
        <translation>Nomor kartu: {number}</translation>
    </message>
    <message>
        <source>check.title</source>
        <comment>Check a card</comment>
        <translation>Periksa kartu</translation>
    </message>
    <message>
        <source>check.verify</source>
        <comment>Check</comment>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>cli.admit_needs_staff</source>
        <comment>--admit needs --staff USERNAME: the staff member who admits a person not enrolled.</comment>
        <translation>--admit perlu --staff NAMA_PENGGUNA: staf yang mengizinkan peserta yang tidak terdaftar.</translation>
    </message>
    <message>
        <source>cli.applicant_ambiguous</source>
        <comment>More than one applicant starts with {applicant}; give more of its id.</comment>
        <translation>Lebih dari satu pendaftar diawali {applicant}; tulis lebih banyak karakter ID-nya.</translation>
    </message>
    <message>
        <source>cli.applicant_unknown</source>
        <comment>There is no applicant {applicant} on this kiosk.</comment>
        <translation>Pendaftar {applicant} tidak ada di kios ini.</translation>
    </message>
    <message>
        <source>cli.backup_done</source>
        <comment>Backup written: {path}</comment>
        <translation>Cadangan ditulis: {path}</translation>
    </message>
    <message>
        <source>cli.backup_not_audited</source>
        <comment>(The kiosk is running: this backup is not recorded in the audit log.)</comment>
        <translation>(Kios sedang berjalan: cadangan ini tidak dicatat di log audit.)</translation>
    </message>
    <message>
        <source>cli.cancelled</source>
        <comment>Cancelled; nothing was changed.</comment>
        <translation>Dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>cli.card_invalid</source>
        <comment>Invalid card: {reason}</comment>
        <translation>Kartu tidak sah: {reason}</translation>
    </message>
    <message>
        <source>cli.card_valid</source>
        <comment>Valid card: {card_id}</comment>
        <translation>Kartu sah: {card_id}</translation>
    </message>
    <message>
        <source>cli.cards_written</source>
        <comment>{cards} cards written to {path} ({pages} pages).</comment>
        <translation>{cards} kartu ditulis ke {path} ({pages} halaman).</translation>
    </message>
    <message>
        <source>cli.check_ok</source>
        <comment>The database is intact.</comment>
        <translation>Basis data utuh.</translation>
    </message>
    <message>
        <source>cli.check_read_only</source>
        <comment>The database is intact, but the data folder is read-only: status, rosters and exports work, but the kiosk cannot save anything. Check the folder or drive permissions.</comment>
        <translation>Basis data utuh, tetapi folder data hanya-baca: status, daftar hadir dan ekspor dapat dipakai, tetapi kios tidak dapat menyimpan apa pun. Periksa izin folder atau diska.</translation>
    </message>
    <message>
        <source>cli.confirm_prompt</source>
        <comment>Type {word} to go ahead, or press Enter to cancel:</comment>
        <translation>Ketik {word} untuk melanjutkan, atau Enter untuk membatalkan:</translation>
    </message>
    <message>
        <source>cli.confirm_word</source>
        <comment>yes</comment>
        <translation>ya</translation>
    </message>
    <message>
        <source>cli.date_invalid</source>
        <comment>{value} is not a valid date: write YYYY-MM-DD, for example 2026-03-02.</comment>
        <translation>{value} bukan tanggal yang valid: tulis TTTT-BB-HH, misalnya 2026-03-02.</translation>
    </message>
    <message>
        <source>cli.days_invalid</source>
        <comment>{value} is not a valid number of days: give a whole number of 1 or more.</comment>
        <translation>{value} bukan jumlah hari yang valid: berikan bilangan bulat 1 atau lebih.</translation>
    </message>
    <message>
        <source>cli.db_none</source>
        <comment>none yet</comment>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>cli.db_summary</source>
        <comment>{applicants} applicants, {pending} records waiting for upload, changed {modified}</comment>
        <translation>{applicants} pendaftar, {pending} data menunggu unggahan, diubah {modified}</translation>
    </message>
    <message>
        <source>cli.db_unreadable</source>
        <comment>cannot be read</comment>
        <translation>tidak dapat dibaca</translation>
    </message>
    <message>
        <source>cli.demo_done</source>
        <comment>Demo data: {applicants} applicants, {sessions} sessions, {enrolments} enrolments, in {seconds} seconds. This kiosk is marked as a demo kiosk: a demo kiosk cannot be paired with a server.</comment>
        <translation>Data demo: {applicants} pendaftar, {sessions} kelas, {enrolments} peserta terdaftar, dalam {seconds} detik. Kios ini ditandai sebagai kios demo: kios demo tidak dapat dipasangkan dengan server.</translation>
    </message>
    <message>
        <source>cli.demo_scans</source>
        <comment>Demo scans: {scans} cards scanned through the attendance rules.</comment>
        <translation>Pindaian demo: {scans} kartu dipindai lewat aturan absensi.</translation>
    </message>
    <message>
        <source>cli.exported</source>
        <comment>{rows} rows written to {path}</comment>
        <translation>{rows} baris ditulis ke {path}</translation>
    </message>
    <message>
        <source>cli.file_missing</source>
        <comment>The file {path} does not exist. Nothing was changed.</comment>
        <translation>Berkas {path} tidak ada. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>cli.folder_missing</source>
        <comment>The folder {folder} does not exist. Create it first or choose a file in another folder; nothing was written.</comment>
        <translation>Folder {folder} tidak ada. Buat dulu foldernya atau pilih berkas di folder lain; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>cli.help.add_staff</source>
        <comment>create a staff or admin account</comment>
        <translation>buat akun staf atau admin</translation>
    </message>
    <message>
        <source>cli.help.admit</source>
        <comment>admit a card not enrolled in this session (needs --staff)</comment>
        <translation>izinkan kartu yang tidak terdaftar di kelas ini (perlu --staff)</translation>
    </message>
    <message>
        <source>cli.help.applicant_id</source>
        <comment>applicant id (or a unique start of it)</comment>
        <translation>ID pendaftar (atau awal ID yang unik)</translation>
    </message>
    <message>
        <source>cli.help.backup</source>
        <comment>write a consistent copy of the database (also while the kiosk runs)</comment>
        <translation>tulis salinan basis data yang konsisten (juga saat kios berjalan)</translation>
    </message>
    <message>
        <source>cli.help.backup_file</source>
        <comment>the backup file to write</comment>
        <translation>berkas cadangan yang ditulis</translation>
    </message>
    <message>
        <source>cli.help.bundle_file</source>
        <comment>the bundle file</comment>
        <translation>berkas bundel</translation>
    </message>
    <message>
        <source>cli.help.ca_file</source>
        <comment>trust the server certificate's CA from this PEM file (a private CA)</comment>
        <translation>percayai CA sertifikat server dari berkas PEM ini (CA privat)</translation>
    </message>
    <message>
        <source>cli.help.card_payload</source>
        <comment>print the QR payload of current cards (one a line), to try verify-card and scan</comment>
        <translation>tampilkan isi QR kartu yang berlaku (satu per baris), untuk mencoba verify-card dan scan</translation>
    </message>
    <message>
        <source>cli.help.certificate_text</source>
        <comment>the QR code's text, K3C1:...</comment>
        <translation>teks kode QR, K3C1:...</translation>
    </message>
    <message>
        <source>cli.help.check</source>
        <comment>integrity check of the database</comment>
        <translation>periksa keutuhan basis data</translation>
    </message>
    <message>
        <source>cli.help.code</source>
        <comment>one-time code from kiosk-server</comment>
        <translation>kode sekali pakai dari kiosk-server</translation>
    </message>
    <message>
        <source>cli.help.commands</source>
        <comment>COMMAND</comment>
        <translation>PERINTAH</translation>
    </message>
    <message>
        <source>cli.help.data_dir</source>
        <comment>data folder (default: $KIOSK_DATA_DIR or the user data folder)</comment>
        <translation>folder data (bawaan: $KIOSK_DATA_DIR atau folder data pengguna)</translation>
    </message>
    <message>
        <source>cli.help.day</source>
        <comment>day (default: today)</comment>
        <translation>hari (bawaan: hari ini)</translation>
    </message>
    <message>
        <source>cli.help.days</source>
        <comment>days (1 or more; default: the kiosk's retention setting)</comment>
        <translation>hari (1 atau lebih; bawaan: pengaturan retensi kios)</translation>
    </message>
    <message>
        <source>cli.help.demo</source>
        <comment>fill a new, empty store with synthetic demo data (a demo kiosk cannot be paired with a server)</comment>
        <translation>isi basis data baru yang kosong dengan data demo sintetis (kios demo tidak dapat dipasangkan dengan server)</translation>
    </message>
    <message>
        <source>cli.help.demo_applicants</source>
        <comment>number of applicants</comment>
        <translation>jumlah pendaftar</translation>
    </message>
    <message>
        <source>cli.help.demo_command</source>
        <comment>add synthetic demo data through the normal rules (a demo kiosk cannot be paired with a server)</comment>
        <translation>tambahkan data demo sintetis lewat aturan biasa (kios demo tidak dapat dipasangkan dengan server)</translation>
    </message>
    <message>
        <source>cli.help.demo_scans</source>
        <comment>number of card scans through the attendance rules</comment>
        <translation>jumlah pindaian kartu lewat aturan absensi</translation>
    </message>
    <message>
        <source>cli.help.demo_seed</source>
        <comment>random seed (same seed, same data)</comment>
        <translation>benih acak (hasil sama untuk benih sama)</translation>
    </message>
    <message>
        <source>cli.help.demo_sessions</source>
        <comment>number of training sessions</comment>
        <translation>jumlah kelas pelatihan</translation>
    </message>
    <message>
        <source>cli.help.demo_workers</source>
        <comment>processes that prepare applicants (default: one per CPU, up to 3, for large runs; 0: none)</comment>
        <translation>proses yang menyiapkan pendaftar (bawaan: satu per CPU, paling banyak 3, untuk jumlah besar; 0: tanpa)</translation>
    </message>
    <message>
        <source>cli.help.description</source>
        <comment>Kios3in1 — kiosk for BLK and LPK job centres. Without a command it starts the GUI.</comment>
        <translation>Kios3in1 — kios untuk BLK dan LPK. Tanpa perintah, antarmuka kios (GUI) dibuka.</translation>
    </message>
    <message>
        <source>cli.help.enroll</source>
        <comment>pair this kiosk with the central server (a one-time code from the central operator)</comment>
        <translation>pasangkan kios ini dengan server pusat (kode sekali pakai dari operator pusat)</translation>
    </message>
    <message>
        <source>cli.help.export_attendance</source>
        <comment>write a session's attendance to a .csv or .xlsx file</comment>
        <translation>tulis absensi sebuah kelas ke berkas .csv atau .xlsx</translation>
    </message>
    <message>
        <source>cli.help.export_bundle</source>
        <comment>write pending records to a bundle for a USB stick</comment>
        <translation>tulis data yang menunggu ke bundel untuk flashdisk</translation>
    </message>
    <message>
        <source>cli.help.full_name</source>
        <comment>full name</comment>
        <translation>nama lengkap</translation>
    </message>
    <message>
        <source>cli.help.import_trust</source>
        <comment>apply a certificate trust file written by kiosk-server export-trust</comment>
        <translation>terapkan berkas daftar kepercayaan sertifikat dari kiosk-server export-trust</translation>
    </message>
    <message>
        <source>cli.help.import_vacancies</source>
        <comment>apply a vacancy bundle written by kiosk-server export-vacancies (USB)</comment>
        <translation>terapkan berkas lowongan dari kiosk-server export-vacancies (USB)</translation>
    </message>
    <message>
        <source>cli.help.json</source>
        <comment>JSON output for scripts</comment>
        <translation>keluaran JSON untuk skrip</translation>
    </message>
    <message>
        <source>cli.help.key</source>
        <comment>move the personal-data key to or from a file (moving to a new PC)</comment>
        <translation>pindahkan kunci data pribadi ke atau dari sebuah berkas (pindah PC)</translation>
    </message>
    <message>
        <source>cli.help.key_action</source>
        <comment>export or import</comment>
        <translation>export atau import</translation>
    </message>
    <message>
        <source>cli.help.key_file</source>
        <comment>the key file</comment>
        <translation>berkas kunci</translation>
    </message>
    <message>
        <source>cli.help.label</source>
        <comment>a name for this kiosk on the server</comment>
        <translation>nama kios ini di server</translation>
    </message>
    <message>
        <source>cli.help.lang</source>
        <comment>language (id, en)</comment>
        <translation>bahasa (id, en)</translation>
    </message>
    <message>
        <source>cli.help.max_wait</source>
        <comment>give up after this many seconds in a row without an answer from the server (default: 60)</comment>
        <translation>menyerah setelah sekian detik berturut-turut tanpa jawaban server (bawaan: 60)</translation>
    </message>
    <message>
        <source>cli.help.no_demo</source>
        <comment>no demo data (the default; still accepted for old start scripts)</comment>
        <translation>tanpa data demo (bawaan; tetap diterima untuk skrip lama)</translation>
    </message>
    <message>
        <source>cli.help.out</source>
        <comment>a .csv or .xlsx file</comment>
        <translation>berkas .csv atau .xlsx</translation>
    </message>
    <message>
        <source>cli.help.payload</source>
        <comment>the card's QR payload (the text a scanner reads; see kiosk card-payload)</comment>
        <translation>isi QR kartu (teks yang dibaca pemindai; lihat kiosk card-payload)</translation>
    </message>
    <message>
        <source>cli.help.pdf</source>
        <comment>the PDF file to write</comment>
        <translation>berkas PDF yang ditulis</translation>
    </message>
    <message>
        <source>cli.help.pin</source>
        <comment>PIN of 6-8 digits (asked for at a terminal when omitted)</comment>
        <translation>PIN 6-8 angka (tanpa opsi ini ditanyakan di terminal)</translation>
    </message>
    <message>
        <source>cli.help.pin_server</source>
        <comment>the server key's pin (kiosk-server tls-pin); repeat for a backup key</comment>
        <translation>pin kunci server (kiosk-server tls-pin); ulangi untuk kunci cadangan</translation>
    </message>
    <message>
        <source>cli.help.pin_stdin</source>
        <comment>read the PIN from the first line of standard input (for scripts)</comment>
        <translation>baca PIN dari baris pertama masukan standar (untuk skrip)</translation>
    </message>
    <message>
        <source>cli.help.plain_http</source>
        <comment>DANGER: allow an unencrypted http:// server that is not this computer</comment>
        <translation>BAHAYA: izinkan server http:// tanpa enkripsi yang bukan komputer ini</translation>
    </message>
    <message>
        <source>cli.help.print_cards</source>
        <comment>write the current cards of a session or an applicant to a PDF</comment>
        <translation>tulis kartu yang berlaku dari satu kelas atau satu pendaftar ke PDF</translation>
    </message>
    <message>
        <source>cli.help.purge</source>
        <comment>apply the retention rule to personal data now (shows first what it removes)</comment>
        <translation>terapkan aturan retensi pada data pribadi sekarang (menampilkan dulu apa yang dihapus)</translation>
    </message>
    <message>
        <source>cli.help.restore</source>
        <comment>replace the database with a backup (the kiosk must be closed)</comment>
        <translation>ganti basis data dengan sebuah cadangan (kios harus ditutup)</translation>
    </message>
    <message>
        <source>cli.help.restore_file</source>
        <comment>the backup file</comment>
        <translation>berkas cadangan</translation>
    </message>
    <message>
        <source>cli.help.role</source>
        <comment>role (staff, admin)</comment>
        <translation>peran (staff, admin)</translation>
    </message>
    <message>
        <source>cli.help.roster</source>
        <comment>enrolled, present, late and absent trainees</comment>
        <translation>peserta terdaftar, hadir, terlambat dan tidak hadir</translation>
    </message>
    <message>
        <source>cli.help.rotate</source>
        <comment>renew this kiosk's token now (no code needed)</comment>
        <translation>perbarui token kios ini sekarang (tanpa kode)</translation>
    </message>
    <message>
        <source>cli.help.scan</source>
        <comment>record a card scan for a session (exit 0 recorded, 1 rejected or needs staff)</comment>
        <translation>catat pindaian kartu untuk sebuah kelas (kode keluar 0 tercatat, 1 ditolak atau perlu staf)</translation>
    </message>
    <message>
        <source>cli.help.self_test</source>
        <comment>open the store, build the main window offscreen, render it once and exit</comment>
        <translation>buka basis data, gambar jendela utama sekali di luar layar, lalu keluar</translation>
    </message>
    <message>
        <source>cli.help.server</source>
        <comment>server address, e.g. https://sync.example.go.id</comment>
        <translation>alamat server, mis. https://sync.example.go.id</translation>
    </message>
    <message>
        <source>cli.help.session_id</source>
        <comment>session id (or a unique start of it; see kiosk sessions)</comment>
        <translation>ID kelas (atau awal ID yang unik; lihat kiosk sessions)</translation>
    </message>
    <message>
        <source>cli.help.sessions</source>
        <comment>training sessions known to this kiosk</comment>
        <translation>kelas pelatihan yang dikenal kios ini</translation>
    </message>
    <message>
        <source>cli.help.sheet</source>
        <comment>A4 sheets of 10 cards with cut marks</comment>
        <translation>lembar A4 berisi 10 kartu dengan tanda potong</translation>
    </message>
    <message>
        <source>cli.help.staff</source>
        <comment>username of the staff member who scans (needed with --admit)</comment>
        <translation>nama pengguna staf yang memindai (wajib dengan --admit)</translation>
    </message>
    <message>
        <source>cli.help.status</source>
        <comment>counts and sync state of this kiosk</comment>
        <translation>isi dan keadaan sinkron kios ini</translation>
    </message>
    <message>
        <source>cli.help.sync</source>
        <comment>upload pending records and pull reference data (exit 0 only when nothing is pending)</comment>
        <translation>unggah data yang menunggu dan unduh data rujukan (kode keluar 0 hanya bila tidak ada yang menunggu)</translation>
    </message>
    <message>
        <source>cli.help.timeout</source>
        <comment>seconds to wait for each reply</comment>
        <translation>detik menunggu tiap jawaban</translation>
    </message>
    <message>
        <source>cli.help.username</source>
        <comment>user name to log in with</comment>
        <translation>nama pengguna untuk masuk</translation>
    </message>
    <message>
        <source>cli.help.vacancy_bundle</source>
        <comment>the vacancy bundle</comment>
        <translation>berkas lowongan</translation>
    </message>
    <message>
        <source>cli.help.verify_card</source>
        <comment>check a card's QR payload offline (exit 0 valid, 1 not)</comment>
        <translation>periksa isi QR sebuah kartu secara luring (kode keluar 0 sah, 1 tidak)</translation>
    </message>
    <message>
        <source>cli.help.verify_certificate</source>
        <comment>check a certificate's QR text offline (valid, invalid, cannot tell)</comment>
        <translation>periksa teks QR sertifikat tanpa jaringan (sah, tidak sah, tidak dapat dipastikan)</translation>
    </message>
    <message>
        <source>cli.help.windowed</source>
        <comment>run in a window, not full screen</comment>
        <translation>jalankan di jendela, bukan layar penuh</translation>
    </message>
    <message>
        <source>cli.help.yes</source>
        <comment>go ahead without asking (for scripts)</comment>
        <translation>lanjutkan tanpa bertanya (untuk skrip)</translation>
    </message>
    <message>
        <source>cli.internal_error</source>
        <comment>Internal error ({kind}). The details are in the log: {log}</comment>
        <translation>Terjadi kesalahan internal ({kind}). Rinciannya ada di log: {log}</translation>
    </message>
    <message>
        <source>cli.key_exported</source>
        <comment>Personal-data key copied to {path}. Keep it locked away: whoever holds it can read this kiosk's personal data.</comment>
        <translation>Kunci data pribadi disalin ke {path}. Simpan di tempat terkunci; siapa pun yang memegangnya dapat membaca data pribadi kios ini.</translation>
    </message>
    <message>
        <source>cli.key_imported</source>
        <comment>Personal-data key installed: {where}</comment>
        <translation>Kunci data pribadi dipasang: {where}</translation>
    </message>
    <message>
        <source>cli.needs_yes</source>
        <comment>Nothing was changed. Run it again with --yes to go ahead.</comment>
        <translation>Tidak ada yang diubah. Jalankan lagi dengan --yes untuk melanjutkan.</translation>
    </message>
    <message>
        <source>cli.no_cards_for</source>
        <comment>There is no valid card for {who}.</comment>
        <translation>Tidak ada kartu yang berlaku untuk {who}.</translation>
    </message>
    <message>
        <source>cli.not_a_count</source>
        <comment>{value} is not a whole number of 0 or more.</comment>
        <translation>{value} bukan bilangan bulat 0 atau lebih.</translation>
    </message>
    <message>
        <source>cli.os_error</source>
        <comment>A file or folder cannot be used: {reason} ({path})</comment>
        <translation>Berkas atau folder tidak dapat dipakai: {reason} ({path})</translation>
    </message>
    <message>
        <source>cli.pin_again</source>
        <comment>PIN again:</comment>
        <translation>Ulangi PIN:</translation>
    </message>
    <message>
        <source>cli.pin_differs</source>
        <comment>The two PINs differ; no account was made.</comment>
        <translation>Kedua PIN berbeda; akun tidak dibuat.</translation>
    </message>
    <message>
        <source>cli.pin_needed</source>
        <comment>No PIN was given and there is no terminal to ask for it. Pass --pin PIN, or --pin-stdin with the PIN on standard input.</comment>
        <translation>PIN tidak diberikan dan tidak ada terminal untuk menanyakannya. Berikan --pin PIN, atau --pin-stdin dengan PIN di masukan standar.</translation>
    </message>
    <message>
        <source>cli.pin_prompt</source>
        <comment>PIN (6-8 digits):</comment>
        <translation>PIN (6-8 angka):</translation>
    </message>
    <message>
        <source>cli.print_unavailable</source>
        <comment>Card printing is not available in this installation.</comment>
        <translation>Pencetakan kartu tidak tersedia dalam instalasi ini.</translation>
    </message>
    <message>
        <source>cli.purge_done</source>
        <comment>Personal data of {count} people purged.</comment>
        <translation>Data pribadi {count} orang dihapus.</translation>
    </message>
    <message>
        <source>cli.purge_plan</source>
        <comment>The personal data (NIK, name, address, phone, email, KK) of {count} people registered more than {days} days ago, acknowledged by the server and with no current or future session will be removed for good. Cards and attendance stay, without names.</comment>
        <translation>Data pribadi (NIK, nama, alamat, telepon, email, KK) {count} orang yang terdaftar lebih dari {days} hari lalu, sudah diterima server, dan tanpa kelas yang sedang atau akan berjalan akan dihapus untuk selamanya. Kartu dan absensi tetap ada tanpa nama.</translation>
    </message>
    <message>
        <source>cli.restore_done</source>
        <comment>Database restored from {source}. The replaced file was kept as {kept}.</comment>
        <translation>Basis data dipulihkan dari {source}. Berkas lama disimpan sebagai {kept}.</translation>
    </message>
    <message>
        <source>cli.restore_plan</source>
        <comment>Restoring replaces the kiosk database {database} ({current}) with the backup {source} ({backup}). The replaced file is kept beside it (kiosk.sqlite3.replaced-…).</comment>
        <translation>Pemulihan mengganti basis data kios {database} ({current}) dengan cadangan {source} ({backup}). Berkas yang diganti disimpan di sampingnya (kiosk.sqlite3.replaced-…).</translation>
    </message>
    <message>
        <source>cli.roster_counts</source>
        <comment>{day}: {enrolled} enrolled, {present} present ({late} late), {absent} absent</comment>
        <translation>{day}: {enrolled} terdaftar, {present} hadir ({late} terlambat), {absent} tidak hadir</translation>
    </message>
    <message>
        <source>cli.seconds_invalid</source>
        <comment>{value} is not a valid number of seconds: give a number of 0 or more.</comment>
        <translation>{value} bukan jumlah detik yang valid: berikan angka 0 atau lebih.</translation>
    </message>
    <message>
        <source>cli.session_ambiguous</source>
        <comment>More than one session starts with {session}; give more of its id.</comment>
        <translation>Lebih dari satu kelas diawali {session}; tulis lebih banyak karakter ID-nya.</translation>
    </message>
    <message>
        <source>cli.session_unknown</source>
        <comment>There is no session {session} on this kiosk. See the list: kiosk sessions</comment>
        <translation>Kelas {session} tidak ada di kios ini. Lihat daftarnya: kiosk sessions</translation>
    </message>
    <message>
        <source>cli.staff_created</source>
        <comment>{role} account {username} created (id {id}).</comment>
        <translation>Akun {role} {username} dibuat (id {id}).</translation>
    </message>
    <message>
        <source>cli.staff_unknown</source>
        <comment>No active staff account has that username.</comment>
        <translation>Staf aktif dengan nama pengguna itu tidak ada.</translation>
    </message>
    <message>
        <source>cli.status.disk_low</source>
        <comment>WARNING: the disk is almost full. Free some space so the kiosk can keep saving.</comment>
        <translation>PERINGATAN: ruang disk hampir habis. Kosongkan ruang agar kios tetap dapat menyimpan.</translation>
    </message>
    <message>
        <source>cli.status.in_use</source>
        <comment>The kiosk (GUI) is running on this folder; the figures above were read beside it.</comment>
        <translation>Kios (GUI) sedang berjalan di folder ini; angka di atas dibaca tanpa mengganggunya.</translation>
    </message>
    <message>
        <source>cli.status.label.applicants</source>
        <comment>Applicants</comment>
        <translation>Pendaftar</translation>
    </message>
    <message>
        <source>cli.status.label.attendance_events</source>
        <comment>Attendance records</comment>
        <translation>Catatan absensi</translation>
    </message>
    <message>
        <source>cli.status.label.cards</source>
        <comment>Cards</comment>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>cli.status.label.demo_data</source>
        <comment>Demo data</comment>
        <translation>Data demo</translation>
    </message>
    <message>
        <source>cli.status.label.device_id</source>
        <comment>Device id</comment>
        <translation>ID perangkat</translation>
    </message>
    <message>
        <source>cli.status.label.enrolments</source>
        <comment>Enrolments</comment>
        <translation>Peserta terdaftar</translation>
    </message>
    <message>
        <source>cli.status.label.free_disk_mb</source>
        <comment>Free disk space</comment>
        <translation>Ruang disk bebas</translation>
    </message>
    <message>
        <source>cli.status.label.last_backup_at</source>
        <comment>Last backup</comment>
        <translation>Cadangan terakhir</translation>
    </message>
    <message>
        <source>cli.status.label.last_sync_at</source>
        <comment>Last sync</comment>
        <translation>Sinkron terakhir</translation>
    </message>
    <message>
        <source>cli.status.label.oldest_pending_at</source>
        <comment>Oldest waiting since</comment>
        <translation>Tertua menunggu sejak</translation>
    </message>
    <message>
        <source>cli.status.label.outbox_pending</source>
        <comment>Waiting for upload</comment>
        <translation>Menunggu unggahan</translation>
    </message>
    <message>
        <source>cli.status.label.outbox_total</source>
        <comment>All records in the outbox</comment>
        <translation>Semua data di kotak keluar</translation>
    </message>
    <message>
        <source>cli.status.label.read_only</source>
        <comment>Read-only</comment>
        <translation>Hanya-baca</translation>
    </message>
    <message>
        <source>cli.status.label.sessions</source>
        <comment>Training sessions</comment>
        <translation>Kelas pelatihan</translation>
    </message>
    <message>
        <source>cli.status.label.sync_set_aside</source>
        <comment>Changes set aside</comment>
        <translation>Perubahan disisihkan</translation>
    </message>
    <message>
        <source>cli.status.megabytes</source>
        <comment>{mb} MB</comment>
        <translation>{mb} MB</translation>
    </message>
    <message>
        <source>cli.status.never</source>
        <comment>never</comment>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>cli.status.no</source>
        <comment>no</comment>
        <translation>tidak</translation>
    </message>
    <message>
        <source>cli.status.nothing</source>
        <comment>none</comment>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>cli.status.read_only_folder</source>
        <comment>The data folder is read-only: the kiosk cannot save anything.</comment>
        <translation>Folder data hanya-baca: kios tidak dapat menyimpan apa pun.</translation>
    </message>
    <message>
        <source>cli.status.yes</source>
        <comment>yes</comment>
        <translation>ya</translation>
    </message>
    <message>
        <source>common.back</source>
        <comment>Back</comment>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>common.no</source>
        <comment>No</comment>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>common.yes</source>
        <comment>Yes</comment>
        <translation>Ya</translation>
    </message>
    <message>
        <source>consent.agree</source>
        <comment>I have read this and agree to the processing of my personal data</comment>
        <translation>Saya telah membaca dan menyetujui pemrosesan data pribadi saya</translation>
    </message>
    <message>
        <source>consent.body</source>
        <comment>Under the Personal Data Protection Law (UU PDP) No. 27 of 2022:

• What we collect: NIK, name, place and date of birth, sex, address, mobile number, email (if given), education, occupation and family card number.
• Why: to check Kartu Prakerja eligibility, enrol you in training, record attendance and help with job placement.
• How long: while you are registered and at most 5 years after your last training, then it is deleted.
• Who receives it: the Ministry of Manpower (Kemnaker), the local manpower office and the training provider you choose. It is never sold or used for advertising.
• Your rights: see, correct and ask to delete your data, or withdraw consent, through the BLK/LPK staff.

Consent text version: {version}</comment>
        <translation>Sesuai Undang-Undang Pelindungan Data Pribadi (UU PDP) No. 27 Tahun 2022:

• Data yang dikumpulkan: NIK, nama, tempat dan tanggal lahir, jenis kelamin, alamat, nomor HP, email (bila diisi), pendidikan, pekerjaan dan nomor Kartu Keluarga.
• Tujuan: memeriksa kelayakan Kartu Prakerja, mendaftarkan Anda ke pelatihan, mencatat kehadiran dan membantu penempatan kerja.
• Lama penyimpanan: selama Anda terdaftar dan paling lama 5 tahun setelah pelatihan terakhir, lalu dihapus.
• Penerima: Kementerian Ketenagakerjaan (Kemnaker), Dinas Tenaga Kerja setempat dan lembaga pelatihan yang Anda pilih. Data tidak dijual dan tidak diberikan untuk iklan.
• Hak Anda: melihat, memperbaiki, dan meminta penghapusan data, atau menarik persetujuan, melalui petugas BLK/LPK.

Versi naskah persetujuan: {version}</translation>
    </message>
    <message>
        <source>consent.title</source>
        <comment>Consent to personal data processing</comment>
        <translation>Persetujuan pemrosesan data pribadi</translation>
    </message>
    <message>
        <source>console.applicant.back</source>
        <comment>Back to the applicants</comment>
        <translation>Kembali ke daftar pendaftar</translation>
    </message>
    <message>
        <source>console.applicant.field</source>
        <comment>Field</comment>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>console.applicant.reveal</source>
        <comment>Show personal data</comment>
        <translation>Tampilkan data pribadi</translation>
    </message>
    <message>
        <source>console.applicant.revealed_note</source>
        <comment>Opening this data is recorded in the audit log. Do not copy or keep it outside the system.</comment>
        <translation>Pembukaan data ini dicatat di log audit. Jangan salin atau simpan di luar sistem.</translation>
    </message>
    <message>
        <source>console.applicant.revealed_title</source>
        <comment>An applicant's personal data</comment>
        <translation>Data pribadi pendaftar</translation>
    </message>
    <message>
        <source>console.applicant.value</source>
        <comment>Value</comment>
        <translation>Isi</translation>
    </message>
    <message>
        <source>console.attention.attendance_drop</source>
        <comment>{title}: attendance fell from {before}% to {after}% this week</comment>
        <translation>{title}: kehadiran turun dari {before}% ke {after}% minggu ini</translation>
    </message>
    <message>
        <source>console.attention.backlog</source>
        <comment>{label}: its oldest unsent record is {days} days old</comment>
        <translation>{label}: data tertua yang belum terkirim berumur {days} hari</translation>
    </message>
    <message>
        <source>console.attention.drift</source>
        <comment>{label}: the kiosk's clock is off by {minutes} minutes</comment>
        <translation>{label}: jam kios meleset {minutes} menit</translation>
    </message>
    <message>
        <source>console.attention.intro</source>
        <comment>What needs a person to act, at your sites.</comment>
        <translation>Hal-hal yang membutuhkan tindakan seseorang, dari lokasi Anda.</translation>
    </message>
    <message>
        <source>console.attention.kind.attendance_drop</source>
        <comment>Class attendance dropped</comment>
        <translation>Kehadiran kelas turun</translation>
    </message>
    <message>
        <source>console.attention.kind.backlog</source>
        <comment>Records not sent</comment>
        <translation>Data belum terkirim</translation>
    </message>
    <message>
        <source>console.attention.kind.drift</source>
        <comment>Kiosk clock off</comment>
        <translation>Jam kios meleset</translation>
    </message>
    <message>
        <source>console.attention.kind.revoked_trying</source>
        <comment>Revoked kiosks still trying</comment>
        <translation>Kios dicabut masih mencoba</translation>
    </message>
    <message>
        <source>console.attention.kind.set_aside</source>
        <comment>Records set aside by sync</comment>
        <translation>Data yang disisihkan sinkronisasi</translation>
    </message>
    <message>
        <source>console.attention.kind.silent</source>
        <comment>Silent kiosks</comment>
        <translation>Kios diam</translation>
    </message>
    <message>
        <source>console.attention.none</source>
        <comment>Nothing needs attention. Good!</comment>
        <translation>Tidak ada yang perlu perhatian. Bagus!</translation>
    </message>
    <message>
        <source>console.attention.open</source>
        <comment>Open</comment>
        <translation>Buka</translation>
    </message>
    <message>
        <source>console.attention.revoked_trying</source>
        <comment>{label}: revoked, last tried {at}</comment>
        <translation>{label}: sudah dicabut, terakhir mencoba {at}</translation>
    </message>
    <message>
        <source>console.attention.set_aside</source>
        <comment>{label}: {count} records set aside or refused</comment>
        <translation>{label}: {count} data disisihkan atau ditolak</translation>
    </message>
    <message>
        <source>console.attention.silent</source>
        <comment>{label}: no sync for {days} days</comment>
        <translation>{label}: tidak sinkron selama {days} hari</translation>
    </message>
    <message>
        <source>console.attention.silent_days</source>
        <comment>Kiosk counts as silent after (days)</comment>
        <translation>Kios dianggap diam setelah (hari)</translation>
    </message>
    <message>
        <source>console.attention.title</source>
        <comment>Needs attention</comment>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>console.class.attendance_link</source>
        <comment>This class's attendance</comment>
        <translation>Kehadiran kelas ini</translation>
    </message>
    <message>
        <source>console.class.back</source>
        <comment>Back to the classes</comment>
        <translation>Kembali ke daftar kelas</translation>
    </message>
    <message>
        <source>console.class.roster_title</source>
        <comment>Roster</comment>
        <translation>Daftar peserta</translation>
    </message>
    <message>
        <source>console.col.capacity</source>
        <comment>Capacity</comment>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>console.col.card</source>
        <comment>Card</comment>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>console.col.class</source>
        <comment>Class</comment>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>console.col.dates</source>
        <comment>Dates</comment>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>console.col.day</source>
        <comment>Day</comment>
        <translation>Hari</translation>
    </message>
    <message>
        <source>console.col.days_present</source>
        <comment>Days present</comment>
        <translation>Hari hadir</translation>
    </message>
    <message>
        <source>console.col.education</source>
        <comment>Education</comment>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>console.col.eligible</source>
        <comment>Eligible</comment>
        <translation>Memenuhi syarat</translation>
    </message>
    <message>
        <source>console.col.employment</source>
        <comment>Employment</comment>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>console.col.enrolled</source>
        <comment>Enrolled</comment>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>console.col.enrolled_at</source>
        <comment>Enrolled at</comment>
        <translation>Didaftarkan</translation>
    </message>
    <message>
        <source>console.col.kind</source>
        <comment>Kind</comment>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>console.col.meetings</source>
        <comment>Meetings</comment>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <source>console.col.nik</source>
        <comment>NIK</comment>
        <translation>NIK</translation>
    </message>
    <message>
        <source>console.col.rate</source>
        <comment>Attendance</comment>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>console.col.reasons</source>
        <comment>Reasons</comment>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>console.col.recorded_at</source>
        <comment>Recorded</comment>
        <translation>Dicatat</translation>
    </message>
    <message>
        <source>console.col.region</source>
        <comment>Region</comment>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>console.col.registered_at</source>
        <comment>Registered</comment>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>console.col.site</source>
        <comment>Site</comment>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>console.days</source>
        <comment>{n} days</comment>
        <translation>{n} hari</translation>
    </message>
    <message>
        <source>console.error.forbidden</source>
        <comment>You may not see or change this.</comment>
        <translation>Anda tidak berhak melihat atau mengubah ini.</translation>
    </message>
    <message>
        <source>console.error.home</source>
        <comment>To the console's start page</comment>
        <translation>Ke halaman utama konsol</translation>
    </message>
    <message>
        <source>console.error.not_found</source>
        <comment>This page or record does not exist.</comment>
        <translation>Halaman atau data ini tidak ada.</translation>
    </message>
    <message>
        <source>console.error.title</source>
        <comment>Cannot be shown</comment>
        <translation>Tidak dapat ditampilkan</translation>
    </message>
    <message>
        <source>console.export.csv</source>
        <comment>CSV</comment>
        <translation>CSV</translation>
    </message>
    <message>
        <source>console.export.label</source>
        <comment>Download this view</comment>
        <translation>Unduh tampilan ini</translation>
    </message>
    <message>
        <source>console.export.note</source>
        <comment>Holds every row that matches the filter (at most {limit}).</comment>
        <translation>Berisi semua baris yang cocok dengan saringan (paling banyak {limit}).</translation>
    </message>
    <message>
        <source>console.export.too_many</source>
        <comment>Too many rows to download. Narrow the filter (site or dates) first.</comment>
        <translation>Terlalu banyak baris untuk diunduh. Persempit saringan (lokasi atau tanggal) dulu.</translation>
    </message>
    <message>
        <source>console.export.xlsx</source>
        <comment>Excel (XLSX)</comment>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <source>console.filter.any</source>
        <comment>All</comment>
        <translation>Semua</translation>
    </message>
    <message>
        <source>console.filter.any_site</source>
        <comment>All sites</comment>
        <translation>Semua lokasi</translation>
    </message>
    <message>
        <source>console.filter.apply</source>
        <comment>Apply</comment>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>console.filter.class</source>
        <comment>Class id</comment>
        <translation>ID kelas</translation>
    </message>
    <message>
        <source>console.filter.eligible</source>
        <comment>Eligible</comment>
        <translation>Memenuhi syarat</translation>
    </message>
    <message>
        <source>console.filter.reset</source>
        <comment>Clear filter</comment>
        <translation>Hapus saringan</translation>
    </message>
    <message>
        <source>console.filter.since</source>
        <comment>From</comment>
        <translation>Dari tanggal</translation>
    </message>
    <message>
        <source>console.filter.site</source>
        <comment>Site</comment>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>console.filter.title</source>
        <comment>Filter</comment>
        <translation>Saring</translation>
    </message>
    <message>
        <source>console.filter.until</source>
        <comment>Until</comment>
        <translation>Sampai tanggal</translation>
    </message>
    <message>
        <source>console.kind.check_in</source>
        <comment>check-in</comment>
        <translation>masuk</translation>
    </message>
    <message>
        <source>console.kind.check_out</source>
        <comment>check-out</comment>
        <translation>pulang</translation>
    </message>
    <message>
        <source>console.kiosks.back</source>
        <comment>Back to the kiosks</comment>
        <translation>Kembali ke daftar kios</translation>
    </message>
    <message>
        <source>console.kiosks.bad_site</source>
        <comment>A site code has 1–40 letters, digits, dots, dashes or underscores.</comment>
        <translation>Kode lokasi terdiri dari 1–40 huruf, angka, titik, tanda hubung atau garis bawah.</translation>
    </message>
    <message>
        <source>console.kiosks.clock_offset</source>
        <comment>Clock offset</comment>
        <translation>Selisih jam</translation>
    </message>
    <message>
        <source>console.kiosks.code_once</source>
        <comment>Code for site {site}. Write it down now: it is not shown again.</comment>
        <translation>Kode untuk lokasi {site}. Catat sekarang: kode ini tidak ditampilkan lagi.</translation>
    </message>
    <message>
        <source>console.kiosks.code_title</source>
        <comment>Enrolment code</comment>
        <translation>Kode pendaftaran</translation>
    </message>
    <message>
        <source>console.kiosks.confirm_needed</source>
        <comment>Tick the confirmation box to revoke the kiosk.</comment>
        <translation>Centang kotak konfirmasi untuk mencabut kios.</translation>
    </message>
    <message>
        <source>console.kiosks.detail</source>
        <comment>Kiosk {label}</comment>
        <translation>Kios {label}</translation>
    </message>
    <message>
        <source>console.kiosks.device_id</source>
        <comment>Device id</comment>
        <translation>ID perangkat</translation>
    </message>
    <message>
        <source>console.kiosks.enrolled_at</source>
        <comment>Enrolled</comment>
        <translation>Didaftarkan</translation>
    </message>
    <message>
        <source>console.kiosks.issue_help</source>
        <comment>A one-time code, valid for 24 hours, for one kiosk of this site.</comment>
        <translation>Kode sekali pakai, berlaku 24 jam, untuk satu kios di lokasi ini.</translation>
    </message>
    <message>
        <source>console.kiosks.issue_site</source>
        <comment>Site code</comment>
        <translation>Kode lokasi</translation>
    </message>
    <message>
        <source>console.kiosks.issue_submit</source>
        <comment>Issue code</comment>
        <translation>Buat kode</translation>
    </message>
    <message>
        <source>console.kiosks.issue_title</source>
        <comment>Enrolment code for a new kiosk</comment>
        <translation>Kode pendaftaran kios baru</translation>
    </message>
    <message>
        <source>console.kiosks.label</source>
        <comment>Kiosk</comment>
        <translation>Nama kios</translation>
    </message>
    <message>
        <source>console.kiosks.last_sync</source>
        <comment>Last sync</comment>
        <translation>Sinkron terakhir</translation>
    </message>
    <message>
        <source>console.kiosks.never</source>
        <comment>never</comment>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>console.kiosks.no_problems</source>
        <comment>None.</comment>
        <translation>Tidak ada.</translation>
    </message>
    <message>
        <source>console.kiosks.none</source>
        <comment>No kiosks yet.</comment>
        <translation>Belum ada kios.</translation>
    </message>
    <message>
        <source>console.kiosks.nothing_pending</source>
        <comment>none</comment>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>console.kiosks.oldest_pending</source>
        <comment>Oldest unsent record</comment>
        <translation>Data tertua belum terkirim</translation>
    </message>
    <message>
        <source>console.kiosks.problems_title</source>
        <comment>Records set aside or refused</comment>
        <translation>Data yang disisihkan atau ditolak</translation>
    </message>
    <message>
        <source>console.kiosks.reason</source>
        <comment>Reason</comment>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>console.kiosks.revoke_confirm</source>
        <comment>Yes, I am sure</comment>
        <translation>Ya, saya yakin</translation>
    </message>
    <message>
        <source>console.kiosks.revoke_help</source>
        <comment>This kiosk is refused from now on and its card-signing key is no longer trusted.</comment>
        <translation>Kios ini tidak akan diterima lagi dan kunci tanda tangan kartunya tidak dipercaya lagi.</translation>
    </message>
    <message>
        <source>console.kiosks.revoke_submit</source>
        <comment>Revoke kiosk</comment>
        <translation>Cabut kios</translation>
    </message>
    <message>
        <source>console.kiosks.revoke_title</source>
        <comment>Revoke this kiosk</comment>
        <translation>Cabut kios ini</translation>
    </message>
    <message>
        <source>console.kiosks.revoked_at</source>
        <comment>revoked {at}</comment>
        <translation>dicabut {at}</translation>
    </message>
    <message>
        <source>console.kiosks.revoked_done</source>
        <comment>The kiosk has been revoked.</comment>
        <translation>Kios telah dicabut.</translation>
    </message>
    <message>
        <source>console.kiosks.seconds</source>
        <comment>{n} s</comment>
        <translation>{n} dtk</translation>
    </message>
    <message>
        <source>console.kiosks.site</source>
        <comment>Site</comment>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>console.kiosks.source_kiosk</source>
        <comment>set aside by the kiosk</comment>
        <translation>disisihkan oleh kios</translation>
    </message>
    <message>
        <source>console.kiosks.source_server</source>
        <comment>refused by the server</comment>
        <translation>ditolak server</translation>
    </message>
    <message>
        <source>console.kiosks.status</source>
        <comment>Status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>console.kiosks.status_active</source>
        <comment>Active</comment>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>console.kiosks.status_any</source>
        <comment>All</comment>
        <translation>Semua</translation>
    </message>
    <message>
        <source>console.kiosks.status_revoked</source>
        <comment>Revoked</comment>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>console.kiosks.title</source>
        <comment>Kiosks</comment>
        <translation>Kios</translation>
    </message>
    <message>
        <source>console.kiosks.unknown</source>
        <comment>not reported</comment>
        <translation>tidak dilaporkan</translation>
    </message>
    <message>
        <source>console.kiosks.version</source>
        <comment>App version</comment>
        <translation>Versi aplikasi</translation>
    </message>
    <message>
        <source>console.kiosks.what</source>
        <comment>Record</comment>
        <translation>Data</translation>
    </message>
    <message>
        <source>console.kiosks.when</source>
        <comment>When</comment>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>console.lang.label</source>
        <comment>Language</comment>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>console.login.failed</source>
        <comment>Wrong user name or password.</comment>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>console.login.locked</source>
        <comment>This account is locked for now after too many attempts. Try again in {minutes} minutes.</comment>
        <translation>Akun ini dikunci sementara karena terlalu banyak percobaan. Coba lagi dalam {minutes} menit.</translation>
    </message>
    <message>
        <source>console.login.name</source>
        <comment>User name</comment>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>console.login.password</source>
        <comment>Password</comment>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>console.login.rate_limited</source>
        <comment>Too many sign-in attempts. Try again in {minutes} minutes.</comment>
        <translation>Terlalu banyak percobaan masuk. Coba lagi dalam {minutes} menit.</translation>
    </message>
    <message>
        <source>console.login.submit</source>
        <comment>Sign in</comment>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>console.login.title</source>
        <comment>Sign in to the console</comment>
        <translation>Masuk ke konsol</translation>
    </message>
    <message>
        <source>console.logout</source>
        <comment>Sign out</comment>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>console.nav.applicants</source>
        <comment>Applicants</comment>
        <translation>Pendaftar</translation>
    </message>
    <message>
        <source>console.nav.attendance</source>
        <comment>Attendance</comment>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>console.nav.attention</source>
        <comment>Needs attention</comment>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>console.nav.classes</source>
        <comment>Classes</comment>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>console.nav.docs</source>
        <comment>API</comment>
        <translation>API</translation>
    </message>
    <message>
        <source>console.nav.kiosks</source>
        <comment>Kiosks</comment>
        <translation>Kios</translation>
    </message>
    <message>
        <source>console.nav.label</source>
        <comment>Main menu</comment>
        <translation>Menu utama</translation>
    </message>
    <message>
        <source>console.nav.programme</source>
        <comment>Programme</comment>
        <translation>Program</translation>
    </message>
    <message>
        <source>console.nav.users</source>
        <comment>Users</comment>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>console.no</source>
        <comment>No</comment>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>console.none</source>
        <comment>—</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>console.page.empty</source>
        <comment>Nothing matches.</comment>
        <translation>Tidak ada data yang cocok.</translation>
    </message>
    <message>
        <source>console.page.next</source>
        <comment>Next ›</comment>
        <translation>Berikutnya ›</translation>
    </message>
    <message>
        <source>console.page.number</source>
        <comment>Page {n}</comment>
        <translation>Halaman {n}</translation>
    </message>
    <message>
        <source>console.page.prev</source>
        <comment>‹ Previous</comment>
        <translation>‹ Sebelumnya</translation>
    </message>
    <message>
        <source>console.programme.attended</source>
        <comment>Attended ≥ 80%</comment>
        <translation>Hadir ≥ 80%</translation>
    </message>
    <message>
        <source>console.programme.certified</source>
        <comment>Certified</comment>
        <translation>Bersertifikat</translation>
    </message>
    <message>
        <source>console.programme.classes_title</source>
        <comment>Attendance per class and week</comment>
        <translation>Kehadiran per kelas per minggu</translation>
    </message>
    <message>
        <source>console.programme.count</source>
        <comment>Count</comment>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>console.programme.day</source>
        <comment>Day</comment>
        <translation>Hari</translation>
    </message>
    <message>
        <source>console.programme.eligibility_title</source>
        <comment>Eligibility outcomes</comment>
        <translation>Hasil kelayakan</translation>
    </message>
    <message>
        <source>console.programme.eligible</source>
        <comment>Eligible</comment>
        <translation>Memenuhi syarat</translation>
    </message>
    <message>
        <source>console.programme.enrolled</source>
        <comment>Enrolled</comment>
        <translation>Ikut kelas</translation>
    </message>
    <message>
        <source>console.programme.funnel_title</source>
        <comment>Per site and month of registration</comment>
        <translation>Per lokasi dan bulan pendaftaran</translation>
    </message>
    <message>
        <source>console.programme.ineligible</source>
        <comment>Not eligible</comment>
        <translation>Tidak memenuhi syarat</translation>
    </message>
    <message>
        <source>console.programme.later</source>
        <comment>to come</comment>
        <translation>segera</translation>
    </message>
    <message>
        <source>console.programme.month</source>
        <comment>Month</comment>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>console.programme.no_data</source>
        <comment>No data yet.</comment>
        <translation>Belum ada data.</translation>
    </message>
    <message>
        <source>console.programme.per_day_title</source>
        <comment>Registrations per day (last 60 days)</comment>
        <translation>Pendaftaran per hari (60 hari terakhir)</translation>
    </message>
    <message>
        <source>console.programme.placed</source>
        <comment>Placed</comment>
        <translation>Bekerja</translation>
    </message>
    <message>
        <source>console.programme.reasons_title</source>
        <comment>Reasons for not being eligible</comment>
        <translation>Alasan tidak memenuhi syarat</translation>
    </message>
    <message>
        <source>console.programme.registered</source>
        <comment>Registered</comment>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>console.programme.title</source>
        <comment>The programme at a glance</comment>
        <translation>Program sekilas</translation>
    </message>
    <message>
        <source>console.programme.week</source>
        <comment>Week</comment>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>console.role.admin</source>
        <comment>national admin</comment>
        <translation>admin nasional</translation>
    </message>
    <message>
        <source>console.role.manager</source>
        <comment>site manager</comment>
        <translation>pengelola lokasi</translation>
    </message>
    <message>
        <source>console.role.viewer</source>
        <comment>viewer</comment>
        <translation>pemantau</translation>
    </message>
    <message>
        <source>console.signed_in_as</source>
        <comment>Signed in as {name} ({role})</comment>
        <translation>Masuk sebagai {name} ({role})</translation>
    </message>
    <message>
        <source>console.skip</source>
        <comment>Skip to content</comment>
        <translation>Langsung ke isi</translation>
    </message>
    <message>
        <source>console.title</source>
        <comment>Kios3in1 console</comment>
        <translation>Konsol Kios3in1</translation>
    </message>
    <message>
        <source>console.users.active</source>
        <comment>active</comment>
        <translation>aktif</translation>
    </message>
    <message>
        <source>console.users.add</source>
        <comment>Add</comment>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>console.users.add_title</source>
        <comment>Add a user</comment>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>console.users.admin_all_sites</source>
        <comment>An admin sees every site; leave the sites empty.</comment>
        <translation>Admin melihat semua lokasi; jangan isi lokasi.</translation>
    </message>
    <message>
        <source>console.users.all_sites</source>
        <comment>every site</comment>
        <translation>semua lokasi</translation>
    </message>
    <message>
        <source>console.users.bad_name</source>
        <comment>User name: 2–64 letters, digits, dots, @, - or _.</comment>
        <translation>Nama pengguna: 2–64 huruf, angka, titik, @, - atau _.</translation>
    </message>
    <message>
        <source>console.users.bad_password</source>
        <comment>A password has 10–200 characters.</comment>
        <translation>Kata sandi harus 10–200 karakter.</translation>
    </message>
    <message>
        <source>console.users.bad_role</source>
        <comment>Choose the role admin, manager or viewer.</comment>
        <translation>Pilih peran admin, manager atau viewer.</translation>
    </message>
    <message>
        <source>console.users.bad_site</source>
        <comment>A site code is not valid.</comment>
        <translation>Kode lokasi tidak sah.</translation>
    </message>
    <message>
        <source>console.users.disable</source>
        <comment>Disable</comment>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>console.users.disabled</source>
        <comment>disabled</comment>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>console.users.exists</source>
        <comment>This user name is taken.</comment>
        <translation>Nama pengguna ini sudah dipakai.</translation>
    </message>
    <message>
        <source>console.users.manager_needs_site</source>
        <comment>A site manager needs at least one site.</comment>
        <translation>Pengelola lokasi memerlukan minimal satu lokasi.</translation>
    </message>
    <message>
        <source>console.users.name</source>
        <comment>User name</comment>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>console.users.password</source>
        <comment>Password (at least 10 characters)</comment>
        <translation>Kata sandi (minimal 10 karakter)</translation>
    </message>
    <message>
        <source>console.users.role</source>
        <comment>Role</comment>
        <translation>Peran</translation>
    </message>
    <message>
        <source>console.users.set_password</source>
        <comment>Set password</comment>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <source>console.users.sites</source>
        <comment>Sites (separated by spaces)</comment>
        <translation>Lokasi (pisahkan dengan spasi)</translation>
    </message>
    <message>
        <source>console.users.sites_col</source>
        <comment>Sites</comment>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>console.users.title</source>
        <comment>Console users</comment>
        <translation>Pengguna konsol</translation>
    </message>
    <message>
        <source>console.yes</source>
        <comment>Yes</comment>
        <translation>Ya</translation>
    </message>
    <message>
        <source>crypto.cannot_open</source>
        <comment>Personal data cannot be opened with this kiosk's key.</comment>
        <translation>Data pribadi tidak dapat dibuka dengan kunci kios ini.</translation>
    </message>
    <message>
        <source>crypto.key_missing</source>
        <comment>The personal-data key is missing ({path}) but the database holds encrypted data. Restore the key file from a backup.</comment>
        <translation>Kunci data pribadi tidak ditemukan ({path}), padahal basis data berisi data terenkripsi. Pulihkan berkas kunci dari cadangan.</translation>
    </message>
    <message>
        <source>demo.cannot_pair</source>
        <comment>This kiosk holds demo data (synthetic people) and cannot be paired with a server: the demo people would mix with real ones. To start clean: close the kiosk, move the data folder {folder} elsewhere (or use --data-dir with a new, empty folder), start the kiosk without --demo, then create the first admin: kiosk add-staff NAME --name &quot;Full Name&quot; --role admin</comment>
        <translation>Kios ini berisi data demo (orang sintetis) dan tidak dapat dipasangkan dengan server: orang demo akan tercampur dengan data sungguhan. Untuk memulai bersih: tutup kios, pindahkan folder data {folder} ke tempat lain (atau pakai --data-dir dengan folder baru yang kosong), jalankan kios tanpa --demo, lalu buat admin pertama: kiosk add-staff NAMA --name &quot;Nama Lengkap&quot; --role admin</translation>
    </message>
    <message>
        <source>demo.paired</source>
        <comment>This kiosk is paired with the server {server}: demo data would be uploaded as real people. Nothing was written. Try the demo in another data folder (--data-dir).</comment>
        <translation>Kios ini sudah dipasangkan dengan server {server}: data demo akan diunggah sebagai orang sungguhan. Tidak ada yang ditulis. Coba demo di folder data lain (--data-dir).</translation>
    </message>
    <message>
        <source>done.enrol_failed</source>
        <comment>Not enrolled in the training: {reason}</comment>
        <translation>Belum terdaftar di pelatihan: {reason}</translation>
    </message>
    <message>
        <source>done.enrolled</source>
        <comment>Enrolled in: {title}</comment>
        <translation>Terdaftar di pelatihan: {title}</translation>
    </message>
    <message>
        <source>done.reprinted</source>
        <comment>A new card was made; the old card no longer works.</comment>
        <translation>Kartu baru dibuat; kartu lama tidak berlaku lagi.</translation>
    </message>
    <message>
        <source>done.title</source>
        <comment>Registration complete</comment>
        <translation>Pendaftaran berhasil</translation>
    </message>
    <message>
        <source>dup.body</source>
        <comment>You do not need to register again. If your card is lost or damaged, a staff member can print a new one; the old card then stops working.</comment>
        <translation>Anda tidak perlu mendaftar lagi. Bila kartu Anda hilang atau rusak, petugas dapat mencetak kartu baru; kartu lama otomatis tidak berlaku.</translation>
    </message>
    <message>
        <source>dup.home</source>
        <comment>Back to the home screen</comment>
        <translation>Kembali ke layar awal</translation>
    </message>
    <message>
        <source>dup.reprint</source>
        <comment>Reprint card (staff)</comment>
        <translation>Cetak ulang kartu (petugas)</translation>
    </message>
    <message>
        <source>dup.title</source>
        <comment>This NIK is already registered</comment>
        <translation>NIK ini sudah terdaftar</translation>
    </message>
    <message>
        <source>education.d1_d3</source>
        <comment>Diploma (D1–D3)</comment>
        <translation>Diploma (D1–D3)</translation>
    </message>
    <message>
        <source>education.d4_s1</source>
        <comment>Bachelor's degree (D4/S1)</comment>
        <translation>Sarjana (D4 / S1)</translation>
    </message>
    <message>
        <source>education.none</source>
        <comment>No schooling</comment>
        <translation>Tidak/belum sekolah</translation>
    </message>
    <message>
        <source>education.s2_s3</source>
        <comment>Postgraduate (S2/S3)</comment>
        <translation>Pascasarjana (S2 / S3)</translation>
    </message>
    <message>
        <source>education.sd</source>
        <comment>Primary school (SD)</comment>
        <translation>SD / sederajat</translation>
    </message>
    <message>
        <source>education.sma_smk</source>
        <comment>Senior secondary (SMA/SMK)</comment>
        <translation>SMA / SMK / sederajat</translation>
    </message>
    <message>
        <source>education.smp</source>
        <comment>Junior secondary (SMP)</comment>
        <translation>SMP / sederajat</translation>
    </message>
    <message>
        <source>employment.employed</source>
        <comment>Employed</comment>
        <translation>Bekerja</translation>
    </message>
    <message>
        <source>employment.laid_off</source>
        <comment>Laid off</comment>
        <translation>Terkena PHK</translation>
    </message>
    <message>
        <source>employment.self_employed</source>
        <comment>Self-employed</comment>
        <translation>Berwirausaha</translation>
    </message>
    <message>
        <source>employment.unemployed</source>
        <comment>Unemployed</comment>
        <translation>Belum/tidak bekerja</translation>
    </message>
    <message>
        <source>enrol.done</source>
        <comment>{name} is enrolled in this session.</comment>
        <translation>{name} terdaftar di kelas ini.</translation>
    </message>
    <message>
        <source>enrol.none</source>
        <comment>Nobody matches.</comment>
        <translation>Tidak ada yang cocok.</translation>
    </message>
    <message>
        <source>enrol.search</source>
        <comment>Search a name, card number or NIK (first 4 + last 4)</comment>
        <translation>Cari nama, nomor kartu, atau NIK (4 awal + 4 akhir)</translation>
    </message>
    <message>
        <source>enrol.seats</source>
        <comment>{enrolled} of {capacity} seats taken</comment>
        <translation>{enrolled} dari {capacity} kursi terisi</translation>
    </message>
    <message>
        <source>enrol.session_search</source>
        <comment>Search sessions…</comment>
        <translation>Cari kelas…</translation>
    </message>
    <message>
        <source>enrol.sessions</source>
        <comment>Session</comment>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>enrol.submit</source>
        <comment>Enrol in session</comment>
        <translation>Daftarkan ke kelas</translation>
    </message>
    <message>
        <source>enrol.title</source>
        <comment>Enrol trainees</comment>
        <translation>Daftarkan peserta</translation>
    </message>
    <message>
        <source>error.body</source>
        <comment>The kiosk will return to the home screen. Confirmed data is safe.</comment>
        <translation>Kios akan kembali ke layar awal. Data yang sudah dikonfirmasi tetap aman.</translation>
    </message>
    <message>
        <source>error.title</source>
        <comment>Sorry, something went wrong</comment>
        <translation>Maaf, terjadi kesalahan</translation>
    </message>
    <message>
        <source>field.address</source>
        <comment>Address (street, number, RT/RW, village)</comment>
        <translation>Alamat (jalan, nomor, RT/RW, desa/kelurahan)</translation>
    </message>
    <message>
        <source>field.birth_date</source>
        <comment>Date of birth (DD-MM-YYYY)</comment>
        <translation>Tanggal lahir (HH-BB-TTTT)</translation>
    </message>
    <message>
        <source>field.birth_place</source>
        <comment>Place of birth</comment>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>field.choose</source>
        <comment>Choose…</comment>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>field.education_level</source>
        <comment>Highest education</comment>
        <translation>Pendidikan terakhir</translation>
    </message>
    <message>
        <source>field.email</source>
        <comment>Email (optional)</comment>
        <translation>Email (boleh dikosongkan)</translation>
    </message>
    <message>
        <source>field.employment_status</source>
        <comment>Employment status</comment>
        <translation>Status pekerjaan</translation>
    </message>
    <message>
        <source>field.full_name</source>
        <comment>Full name as on the KTP</comment>
        <translation>Nama lengkap sesuai KTP</translation>
    </message>
    <message>
        <source>field.in_formal_education</source>
        <comment>I am currently in school or university</comment>
        <translation>Saya sedang sekolah atau kuliah</translation>
    </message>
    <message>
        <source>field.kk_number</source>
        <comment>Family card (KK), 16 digits</comment>
        <translation>Nomor KK (16 angka)</translation>
    </message>
    <message>
        <source>field.nik</source>
        <comment>NIK (16 digits on the KTP)</comment>
        <translation>NIK (16 angka pada KTP)</translation>
    </message>
    <message>
        <source>field.occupation</source>
        <comment>Occupation</comment>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>field.phone</source>
        <comment>Mobile number (e.g. 0812 3456 7890)</comment>
        <translation>Nomor HP (misalnya 0812 3456 7890)</translation>
    </message>
    <message>
        <source>field.province</source>
        <comment>Province</comment>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>field.regency</source>
        <comment>Regency / city</comment>
        <translation>Kabupaten / kota</translation>
    </message>
    <message>
        <source>field.region_search</source>
        <comment>Search…</comment>
        <translation>Cari…</translation>
    </message>
    <message>
        <source>field.sex</source>
        <comment>Sex</comment>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>form.choice_invalid</source>
        <comment>Choose one of the options.</comment>
        <translation>Pilih salah satu pilihan yang tersedia.</translation>
    </message>
    <message>
        <source>form.consent_missing</source>
        <comment>Consent to the processing of personal data is needed to register.</comment>
        <translation>Persetujuan pemrosesan data pribadi diperlukan untuk mendaftar.</translation>
    </message>
    <message>
        <source>form.date_future</source>
        <comment>The birth date cannot be in the future.</comment>
        <translation>Tanggal lahir tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>form.date_invalid</source>
        <comment>Not a valid date. Write it as DD-MM-YYYY, for example 17-08-1998.</comment>
        <translation>Tanggal tidak valid. Tulis sebagai HH-BB-TTTT, misalnya 17-08-1998.</translation>
    </message>
    <message>
        <source>form.email_invalid</source>
        <comment>Not a valid email address, for example name@example.id.</comment>
        <translation>Alamat email tidak valid, misalnya nama@contoh.id.</translation>
    </message>
    <message>
        <source>form.kk_invalid</source>
        <comment>The family card (KK) number must be 16 digits.</comment>
        <translation>Nomor Kartu Keluarga harus 16 angka.</translation>
    </message>
    <message>
        <source>form.name_invalid</source>
        <comment>Write the name exactly as on the KTP (letters, spaces, dots, apostrophes or hyphens).</comment>
        <translation>Tulis nama persis seperti di KTP (huruf, spasi, titik, tanda petik atau tanda hubung).</translation>
    </message>
    <message>
        <source>form.province_unknown</source>
        <comment>Unknown province.</comment>
        <translation>Provinsi tidak dikenal.</translation>
    </message>
    <message>
        <source>form.regency_mismatch</source>
        <comment>The regency/city is not in the chosen province.</comment>
        <translation>Kabupaten/kota tidak berada di provinsi yang dipilih.</translation>
    </message>
    <message>
        <source>form.required</source>
        <comment>Required.</comment>
        <translation>Wajib diisi.</translation>
    </message>
    <message>
        <source>form.sex_invalid</source>
        <comment>Choose male or female.</comment>
        <translation>Pilih laki-laki atau perempuan.</translation>
    </message>
    <message>
        <source>form.too_long</source>
        <comment>Too long (at most {max} characters).</comment>
        <translation>Terlalu panjang (paling banyak {max} karakter).</translation>
    </message>
    <message>
        <source>gui.no_display</source>
        <comment>There is no screen to show the kiosk on (DISPLAY is empty). Run it on a desktop, or use --self-test / a command-line subcommand.</comment>
        <translation>Tidak ada layar untuk menampilkan kios (DISPLAY kosong). Jalankan di desktop, atau pakai --self-test / perintah baris perintah.</translation>
    </message>
    <message>
        <source>home.card</source>
        <comment>My card</comment>
        <translation>Kartu saya</translation>
    </message>
    <message>
        <source>home.card.hint</source>
        <comment>Show your card to the scanner.</comment>
        <translation>Tunjukkan kartu Anda ke pemindai.</translation>
    </message>
    <message>
        <source>home.coming_soon</source>
        <comment>This service is coming soon to this kiosk.</comment>
        <translation>Layanan ini segera tersedia di kios ini.</translation>
    </message>
    <message>
        <source>home.register</source>
        <comment>Register</comment>
        <translation>Daftar</translation>
    </message>
    <message>
        <source>home.register.hint</source>
        <comment>Sign up for training and get your card.</comment>
        <translation>Daftar pelatihan dan dapatkan kartu peserta.</translation>
    </message>
    <message>
        <source>home.staff</source>
        <comment>Staff</comment>
        <translation>Staf</translation>
    </message>
    <message>
        <source>home.staff.hint</source>
        <comment>For staff only, with a PIN.</comment>
        <translation>Khusus petugas, dengan PIN.</translation>
    </message>
    <message>
        <source>home.trainings</source>
        <comment>Trainings</comment>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>home.trainings.hint</source>
        <comment>See the trainings and when they run.</comment>
        <translation>Lihat pelatihan dan jadwalnya.</translation>
    </message>
    <message>
        <source>home.welcome</source>
        <comment>Welcome! What would you like to do?</comment>
        <translation>Selamat datang! Apa yang ingin Anda lakukan?</translation>
    </message>
    <message>
        <source>idle.body</source>
        <comment>The kiosk returns to the home screen in {seconds} seconds and clears every field.</comment>
        <translation>Kios kembali ke layar awal dalam {seconds} detik dan menghapus semua isian.</translation>
    </message>
    <message>
        <source>idle.stay</source>
        <comment>I am still here</comment>
        <translation>Saya masih di sini</translation>
    </message>
    <message>
        <source>idle.title</source>
        <comment>Are you still there?</comment>
        <translation>Masih di sana?</translation>
    </message>
    <message>
        <source>keyboard.caps</source>
        <comment>Caps lock</comment>
        <translation>Huruf besar terus</translation>
    </message>
    <message>
        <source>keyboard.hide</source>
        <comment>Close the keyboard</comment>
        <translation>Tutup papan ketik</translation>
    </message>
    <message>
        <source>keyboard.shift</source>
        <comment>Shift (one capital letter)</comment>
        <translation>Huruf besar (satu huruf)</translation>
    </message>
    <message>
        <source>keyboard.space</source>
        <comment>space</comment>
        <translation>spasi</translation>
    </message>
    <message>
        <source>keypad.backspace</source>
        <comment>Delete one digit</comment>
        <translation>Hapus satu angka</translation>
    </message>
    <message>
        <source>keypad.backspace_letter</source>
        <comment>Delete one letter</comment>
        <translation>Hapus satu huruf</translation>
    </message>
    <message>
        <source>keypad.clear</source>
        <comment>Clear</comment>
        <translation>Kosongkan</translation>
    </message>
    <message>
        <source>keystore.bad_key_file</source>
        <comment>The file {path} is not a kiosk personal-data key (it must be 32 bytes).</comment>
        <translation>Berkas {path} bukan kunci data pribadi kios (harus 32 bita).</translation>
    </message>
    <message>
        <source>lang.switch</source>
        <comment>Language</comment>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>match.age_bad</source>
        <comment>You are {age}, outside the required {low}–{high}.</comment>
        <translation>Usia Anda {age} tahun, di luar syarat {low}–{high} tahun.</translation>
    </message>
    <message>
        <source>match.age_ok</source>
        <comment>You are {age}, within the required {low}–{high}.</comment>
        <translation>Usia Anda {age} tahun, sesuai syarat {low}–{high} tahun.</translation>
    </message>
    <message>
        <source>match.education_bad</source>
        <comment>The minimum education is {level}; yours is {yours}.</comment>
        <translation>Syarat pendidikan minimal {level}; pendidikan Anda {yours}.</translation>
    </message>
    <message>
        <source>match.education_ok</source>
        <comment>Your education meets the minimum of {level}.</comment>
        <translation>Pendidikan Anda memenuhi syarat minimal {level}.</translation>
    </message>
    <message>
        <source>match.experience_ok</source>
        <comment>{years} years of experience meet the required {needed} (+{points}).</comment>
        <translation>Pengalaman {years} tahun memenuhi syarat {needed} tahun (+{points}).</translation>
    </message>
    <message>
        <source>match.experience_short</source>
        <comment>{years} years of experience, {needed} required (+{points}).</comment>
        <translation>Pengalaman {years} tahun, syarat {needed} tahun (+{points}).</translation>
    </message>
    <message>
        <source>match.fits</source>
        <comment>Fits: every main requirement is met (score {score} of 100).</comment>
        <translation>Cocok: semua syarat utama terpenuhi (skor {score} dari 100).</translation>
    </message>
    <message>
        <source>match.location_bad</source>
        <comment>The workplace is outside the regions you chose.</comment>
        <translation>Lokasi kerja di luar wilayah yang Anda pilih.</translation>
    </message>
    <message>
        <source>match.location_ok</source>
        <comment>The workplace is in a region you chose.</comment>
        <translation>Lokasi kerja di wilayah yang Anda pilih.</translation>
    </message>
    <message>
        <source>match.no_skills</source>
        <comment>The vacancy names no particular skill (+{points}).</comment>
        <translation>Lowongan tidak menyebut keterampilan khusus (+{points}).</translation>
    </message>
    <message>
        <source>match.not_fits</source>
        <comment>Does not fit: a main requirement is not met (score {score} of 100).</comment>
        <translation>Tidak cocok: ada syarat utama yang tidak terpenuhi (skor {score} dari 100).</translation>
    </message>
    <message>
        <source>match.occupation.0</source>
        <comment>This occupation is far from what you want or have done (+0).</comment>
        <translation>Jabatan ini jauh dari pilihan dan pengalaman Anda (+0).</translation>
    </message>
    <message>
        <source>match.occupation.1</source>
        <comment>An occupation in the same major group as yours (+{points}).</comment>
        <translation>Jabatan dari golongan pokok yang sama dengan pilihan Anda (+{points}).</translation>
    </message>
    <message>
        <source>match.occupation.2</source>
        <comment>An occupation in the same sub-major group as yours (+{points}).</comment>
        <translation>Jabatan dari subgolongan pokok yang sama dengan pilihan Anda (+{points}).</translation>
    </message>
    <message>
        <source>match.occupation.3</source>
        <comment>An occupation in the same minor group as yours (+{points}).</comment>
        <translation>Jabatan dari golongan yang sama dengan pilihan Anda (+{points}).</translation>
    </message>
    <message>
        <source>match.occupation.4</source>
        <comment>The same occupation as one you want or have worked in (+{points}).</comment>
        <translation>Jabatan sama dengan yang Anda cari atau pernah Anda kerjakan (+{points}).</translation>
    </message>
    <message>
        <source>match.sex_bad</source>
        <comment>The employer requires the other sex.</comment>
        <translation>Pemberi kerja mensyaratkan jenis kelamin lain.</translation>
    </message>
    <message>
        <source>match.sex_ok</source>
        <comment>The employer requires a sex that matches yours.</comment>
        <translation>Pemberi kerja mensyaratkan jenis kelamin yang sesuai dengan Anda.</translation>
    </message>
    <message>
        <source>match.skill.certified</source>
        <comment>Skill “{skill}”: you hold a certificate.</comment>
        <translation>Keterampilan “{skill}”: Anda bersertifikat.</translation>
    </message>
    <message>
        <source>match.skill.claimed</source>
        <comment>Skill “{skill}”: you listed it (not yet proven).</comment>
        <translation>Keterampilan “{skill}”: Anda menyebutkannya (belum dibuktikan).</translation>
    </message>
    <message>
        <source>match.skill.missing</source>
        <comment>You do not have the skill “{skill}” yet.</comment>
        <translation>Keterampilan “{skill}” belum Anda miliki.</translation>
    </message>
    <message>
        <source>match.skill.trained</source>
        <comment>Skill “{skill}”: you attended training for it.</comment>
        <translation>Keterampilan “{skill}”: Anda mengikuti pelatihannya.</translation>
    </message>
    <message>
        <source>match.skill.training</source>
        <comment>Training that teaches “{skill}”: {training}.</comment>
        <translation>Pelatihan yang mengajarkan “{skill}”: {training}.</translation>
    </message>
    <message>
        <source>match.skills_points</source>
        <comment>Skills in common: +{points} of {max}.</comment>
        <translation>Keterampilan yang cocok: +{points} dari {max}.</translation>
    </message>
    <message>
        <source>mycard.again</source>
        <comment>Check another card</comment>
        <translation>Periksa kartu lain</translation>
    </message>
    <message>
        <source>mycard.check</source>
        <comment>Check</comment>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>mycard.checking</source>
        <comment>Checking the card…</comment>
        <translation>Memeriksa kartu…</translation>
    </message>
    <message>
        <source>mycard.done</source>
        <comment>Done</comment>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>mycard.hello</source>
        <comment>Hello, {name}!</comment>
        <translation>Halo, {name}!</translation>
    </message>
    <message>
        <source>mycard.holder_unknown</source>
        <comment>The holder of this card is not registered on this kiosk.</comment>
        <translation>Data pemilik kartu ini tidak tersimpan di kios ini.</translation>
    </message>
    <message>
        <source>mycard.no_sessions</source>
        <comment>You are not enrolled in a training yet. See Trainings or ask the staff.</comment>
        <translation>Anda belum terdaftar di pelatihan. Lihat menu Pelatihan atau tanyakan petugas.</translation>
    </message>
    <message>
        <source>mycard.number</source>
        <comment>Card number</comment>
        <translation>Nomor kartu</translation>
    </message>
    <message>
        <source>mycard.prompt</source>
        <comment>Scan the QR code on your card, or type the card number below.</comment>
        <translation>Pindai kode QR kartu Anda, atau ketik nomor kartu di bawah.</translation>
    </message>
    <message>
        <source>mycard.sessions</source>
        <comment>Your trainings</comment>
        <translation>Pelatihan Anda</translation>
    </message>
    <message>
        <source>nik.birth_date</source>
        <comment>Digits 7–12 of the NIK ({digits}) are not a possible date of birth.</comment>
        <translation>Digit 7–12 NIK ({digits}) bukan tanggal lahir yang mungkin.</translation>
    </message>
    <message>
        <source>nik.empty</source>
        <comment>The NIK is empty.</comment>
        <translation>NIK belum diisi.</translation>
    </message>
    <message>
        <source>nik.length</source>
        <comment>The NIK must have {expected} digits (you entered {length}).</comment>
        <translation>NIK harus {expected} digit (yang diisi {length} digit).</translation>
    </message>
    <message>
        <source>nik.not_digits</source>
        <comment>The NIK may contain only the digits 0–9.</comment>
        <translation>NIK hanya boleh berisi angka 0–9.</translation>
    </message>
    <message>
        <source>nik.serial_zero</source>
        <comment>The last four digits of the NIK cannot be 0000.</comment>
        <translation>Empat digit terakhir NIK tidak boleh 0000.</translation>
    </message>
    <message>
        <source>nik.unknown_province</source>
        <comment>The first two digits of the NIK ({province}) are not a known province code.</comment>
        <translation>Dua digit pertama NIK ({province}) bukan kode provinsi yang terdaftar.</translation>
    </message>
    <message>
        <source>nik.warn.birth_date</source>
        <comment>The birth date in the NIK ({nik_date}) differs from the birth date entered ({entered_date}).</comment>
        <translation>Tanggal lahir di NIK ({nik_date}) berbeda dengan tanggal lahir yang diisi ({entered_date}).</translation>
    </message>
    <message>
        <source>nik.warn.sex_nik_female</source>
        <comment>The NIK indicates a woman, but male was entered.</comment>
        <translation>NIK menunjukkan jenis kelamin perempuan, tetapi yang diisi laki-laki.</translation>
    </message>
    <message>
        <source>nik.warn.sex_nik_male</source>
        <comment>The NIK indicates a man, but female was entered.</comment>
        <translation>NIK menunjukkan jenis kelamin laki-laki, tetapi yang diisi perempuan.</translation>
    </message>
    <message>
        <source>nik.warn.unknown_district</source>
        <comment>The district code in the NIK ({district}) is not in the official list.</comment>
        <translation>Kode kecamatan di NIK ({district}) tidak ada dalam daftar resmi.</translation>
    </message>
    <message>
        <source>nik.warn.unknown_regency</source>
        <comment>The regency/city code in the NIK ({regency}) is not in the official list.</comment>
        <translation>Kode kabupaten/kota di NIK ({regency}) tidak ada dalam daftar resmi.</translation>
    </message>
    <message>
        <source>occupation.civil_servant</source>
        <comment>Civil servant (ASN/PNS)</comment>
        <translation>ASN / PNS</translation>
    </message>
    <message>
        <source>occupation.farmer_fisher</source>
        <comment>Farmer / fisher</comment>
        <translation>Petani / nelayan</translation>
    </message>
    <message>
        <source>occupation.homemaker</source>
        <comment>Homemaker</comment>
        <translation>Mengurus rumah tangga</translation>
    </message>
    <message>
        <source>occupation.informal_worker</source>
        <comment>Informal worker</comment>
        <translation>Pekerja informal</translation>
    </message>
    <message>
        <source>occupation.labourer</source>
        <comment>Labourer</comment>
        <translation>Buruh</translation>
    </message>
    <message>
        <source>occupation.legislator</source>
        <comment>Member of parliament (DPR/DPRD)</comment>
        <translation>Anggota DPR / DPRD</translation>
    </message>
    <message>
        <source>occupation.military</source>
        <comment>Armed forces (TNI)</comment>
        <translation>Anggota TNI</translation>
    </message>
    <message>
        <source>occupation.other</source>
        <comment>Other</comment>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>occupation.police</source>
        <comment>Police (Polri)</comment>
        <translation>Anggota Polri</translation>
    </message>
    <message>
        <source>occupation.private_employee</source>
        <comment>Private-sector employee</comment>
        <translation>Karyawan swasta</translation>
    </message>
    <message>
        <source>occupation.self_employed</source>
        <comment>Self-employed</comment>
        <translation>Wiraswasta</translation>
    </message>
    <message>
        <source>occupation.soe_executive</source>
        <comment>Director or commissioner of a state- or region-owned enterprise (BUMN/BUMD)</comment>
        <translation>Direksi / komisaris / dewan pengawas BUMN atau BUMD</translation>
    </message>
    <message>
        <source>occupation.student</source>
        <comment>Student</comment>
        <translation>Pelajar / mahasiswa</translation>
    </message>
    <message>
        <source>occupation.unemployed</source>
        <comment>Not working</comment>
        <translation>Tidak bekerja</translation>
    </message>
    <message>
        <source>occupation.village_official</source>
        <comment>Village head or village official</comment>
        <translation>Kepala desa / perangkat desa</translation>
    </message>
    <message>
        <source>open.another</source>
        <comment>Add another session</comment>
        <translation>Tambah kelas lain</translation>
    </message>
    <message>
        <source>open.capacity</source>
        <comment>Capacity (trainees)</comment>
        <translation>Kapasitas (peserta)</translation>
    </message>
    <message>
        <source>open.category</source>
        <comment>Category (optional)</comment>
        <translation>Kategori (boleh kosong)</translation>
    </message>
    <message>
        <source>open.checkout</source>
        <comment>Trainees also check out</comment>
        <translation>Peserta juga absen pulang</translation>
    </message>
    <message>
        <source>open.day.0</source>
        <comment>Mon</comment>
        <translation>Sen</translation>
    </message>
    <message>
        <source>open.day.1</source>
        <comment>Tue</comment>
        <translation>Sel</translation>
    </message>
    <message>
        <source>open.day.2</source>
        <comment>Wed</comment>
        <translation>Rab</translation>
    </message>
    <message>
        <source>open.day.3</source>
        <comment>Thu</comment>
        <translation>Kam</translation>
    </message>
    <message>
        <source>open.day.4</source>
        <comment>Fri</comment>
        <translation>Jum</translation>
    </message>
    <message>
        <source>open.day.5</source>
        <comment>Sat</comment>
        <translation>Sab</translation>
    </message>
    <message>
        <source>open.day.6</source>
        <comment>Sun</comment>
        <translation>Min</translation>
    </message>
    <message>
        <source>open.days</source>
        <comment>Training days</comment>
        <translation>Hari pelatihan</translation>
    </message>
    <message>
        <source>open.end_date</source>
        <comment>End date (DD-MM-YYYY)</comment>
        <translation>Tanggal selesai (HH-BB-TTTT)</translation>
    </message>
    <message>
        <source>open.end_time</source>
        <comment>End time (HH:MM)</comment>
        <translation>Jam selesai (JJ:MM)</translation>
    </message>
    <message>
        <source>open.enrol</source>
        <comment>Enrol trainees</comment>
        <translation>Daftarkan peserta</translation>
    </message>
    <message>
        <source>open.hours</source>
        <comment>Training hours</comment>
        <translation>Jumlah jam pelatihan</translation>
    </message>
    <message>
        <source>open.kind</source>
        <comment>Kind of provider</comment>
        <translation>Jenis lembaga</translation>
    </message>
    <message>
        <source>open.location</source>
        <comment>Location (room, building)</comment>
        <translation>Lokasi (ruang, gedung)</translation>
    </message>
    <message>
        <source>open.new</source>
        <comment>New training</comment>
        <translation>Pelatihan baru</translation>
    </message>
    <message>
        <source>open.new_provider</source>
        <comment>+ New provider</comment>
        <translation>+ Lembaga baru</translation>
    </message>
    <message>
        <source>open.new_provider_name</source>
        <comment>New provider's name</comment>
        <translation>Nama lembaga baru</translation>
    </message>
    <message>
        <source>open.prakerja</source>
        <comment>Funded by Kartu Prakerja</comment>
        <translation>Dibiayai Kartu Prakerja</translation>
    </message>
    <message>
        <source>open.program</source>
        <comment>Training program</comment>
        <translation>Program pelatihan</translation>
    </message>
    <message>
        <source>open.program_title</source>
        <comment>Training title</comment>
        <translation>Judul pelatihan</translation>
    </message>
    <message>
        <source>open.provider</source>
        <comment>Training provider</comment>
        <translation>Lembaga pelatihan</translation>
    </message>
    <message>
        <source>open.provider_search</source>
        <comment>Search providers…</comment>
        <translation>Cari lembaga…</translation>
    </message>
    <message>
        <source>open.regency</source>
        <comment>Provider's regency/city</comment>
        <translation>Kabupaten/kota lembaga</translation>
    </message>
    <message>
        <source>open.regency_search</source>
        <comment>Search regencies/cities…</comment>
        <translation>Cari kabupaten/kota…</translation>
    </message>
    <message>
        <source>open.save</source>
        <comment>Save the training</comment>
        <translation>Simpan pelatihan</translation>
    </message>
    <message>
        <source>open.save_session</source>
        <comment>Save the session</comment>
        <translation>Simpan kelas</translation>
    </message>
    <message>
        <source>open.saved</source>
        <comment>Saved: {title}, {location}, starting {start}.</comment>
        <translation>Tersimpan: {title}, {location}, mulai {start}.</translation>
    </message>
    <message>
        <source>open.session</source>
        <comment>Session</comment>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>open.start_date</source>
        <comment>Start date (DD-MM-YYYY)</comment>
        <translation>Tanggal mulai (HH-BB-TTTT)</translation>
    </message>
    <message>
        <source>open.start_time</source>
        <comment>Start time (HH:MM)</comment>
        <translation>Jam mulai (JJ:MM)</translation>
    </message>
    <message>
        <source>open.title</source>
        <comment>Open a training</comment>
        <translation>Buka pelatihan</translation>
    </message>
    <message>
        <source>open.title_more</source>
        <comment>New session of: {title}</comment>
        <translation>Kelas baru untuk: {title}</translation>
    </message>
    <message>
        <source>opening.form_invalid</source>
        <comment>Check the fields marked in red.</comment>
        <translation>Periksa kolom yang ditandai merah.</translation>
    </message>
    <message>
        <source>opening.number_invalid</source>
        <comment>Digits only, for example 20.</comment>
        <translation>Tulis angka saja, misalnya 20.</translation>
    </message>
    <message>
        <source>opening.provider_required</source>
        <comment>Choose a training provider or fill in a new one.</comment>
        <translation>Pilih lembaga pelatihan atau isi lembaga baru.</translation>
    </message>
    <message>
        <source>person.erase</source>
        <comment>Erase personal data…</comment>
        <translation>Hapus data pribadi…</translation>
    </message>
    <message>
        <source>person.erase_body</source>
        <comment>Name, NIK, address, phone, email and family card number are removed and the card is revoked. Attendance stays, without a name. This cannot be undone. An admin approves with their username and PIN.</comment>
        <translation>Nama, NIK, alamat, telepon, email dan nomor KK dihapus dan kartunya dicabut. Kehadiran tetap tersimpan tanpa nama. Ini tidak dapat dibatalkan. Admin harus menyetujui dengan nama pengguna dan PIN.</translation>
    </message>
    <message>
        <source>person.erase_confirm</source>
        <comment>Erase data</comment>
        <translation>Hapus data</translation>
    </message>
    <message>
        <source>person.erase_title</source>
        <comment>Erase the personal data of {name}?</comment>
        <translation>Hapus data pribadi {name}?</translation>
    </message>
    <message>
        <source>person.erased</source>
        <comment>The personal data was erased.</comment>
        <translation>Data pribadi sudah dihapus.</translation>
    </message>
    <message>
        <source>person.export</source>
        <comment>Export data (JSON)</comment>
        <translation>Ekspor data (JSON)</translation>
    </message>
    <message>
        <source>person.exported</source>
        <comment>Saved: {path}</comment>
        <translation>Disimpan: {path}</translation>
    </message>
    <message>
        <source>person.hide_nik</source>
        <comment>Hide NIK</comment>
        <translation>Sembunyikan NIK</translation>
    </message>
    <message>
        <source>person.pick</source>
        <comment>Choose one person from the list.</comment>
        <translation>Pilih satu orang dari daftar.</translation>
    </message>
    <message>
        <source>person.show_nik</source>
        <comment>Show NIK</comment>
        <translation>Tampilkan NIK</translation>
    </message>
    <message>
        <source>person.title</source>
        <comment>Trainee data</comment>
        <translation>Data peserta</translation>
    </message>
    <message>
        <source>phone.empty</source>
        <comment>The mobile number is empty.</comment>
        <translation>Nomor HP belum diisi.</translation>
    </message>
    <message>
        <source>phone.illegal_characters</source>
        <comment>A mobile number may contain only digits, spaces, dashes, dots, brackets and a leading +.</comment>
        <translation>Nomor HP hanya boleh berisi angka, spasi, tanda -, titik, kurung, dan + di depan.</translation>
    </message>
    <message>
        <source>phone.not_indonesian</source>
        <comment>The mobile number must be Indonesian (+62), not country code +{country}.</comment>
        <translation>Nomor HP harus nomor Indonesia (+62), bukan kode negara +{country}.</translation>
    </message>
    <message>
        <source>phone.not_mobile</source>
        <comment>This is not an Indonesian mobile number; mobile numbers start with 08 (e.g. 0812…).</comment>
        <translation>Ini bukan nomor HP Indonesia; nomor HP diawali 08 (misalnya 0812…).</translation>
    </message>
    <message>
        <source>phone.too_long</source>
        <comment>The mobile number is too long: {min}–{max} digits must follow the 0 (there are {length}).</comment>
        <translation>Nomor HP terlalu panjang: setelah 0 harus ada {min}–{max} digit (ada {length}).</translation>
    </message>
    <message>
        <source>phone.too_short</source>
        <comment>The mobile number is too short: {min}–{max} digits must follow the 0 (there are {length}).</comment>
        <translation>Nomor HP terlalu pendek: setelah 0 harus ada {min}–{max} digit (ada {length}).</translation>
    </message>
    <message>
        <source>pin.need_admin</source>
        <comment>Only an admin can do this.</comment>
        <translation>Hanya admin yang dapat melakukan ini.</translation>
    </message>
    <message>
        <source>pin.ok</source>
        <comment>Sign in</comment>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>pin.pin</source>
        <comment>PIN</comment>
        <translation>PIN</translation>
    </message>
    <message>
        <source>pin.title</source>
        <comment>Staff sign-in</comment>
        <translation>Masuk petugas</translation>
    </message>
    <message>
        <source>pin.username</source>
        <comment>Username</comment>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>prakerja.birth_after_registration</source>
        <comment>The birth date ({birth_date}) is after the registration date ({registration_date}).</comment>
        <translation>Tanggal lahir ({birth_date}) setelah tanggal pendaftaran ({registration_date}).</translation>
    </message>
    <message>
        <source>prakerja.excluded.civil_servant</source>
        <comment>Civil servants (ASN/PNS) cannot receive Kartu Prakerja.</comment>
        <translation>ASN / PNS tidak dapat menerima Kartu Prakerja.</translation>
    </message>
    <message>
        <source>prakerja.excluded.legislator</source>
        <comment>Members of parliament (DPR/DPRD) cannot receive Kartu Prakerja.</comment>
        <translation>Anggota DPR dan DPRD tidak dapat menerima Kartu Prakerja.</translation>
    </message>
    <message>
        <source>prakerja.excluded.military</source>
        <comment>Members of the armed forces (TNI) cannot receive Kartu Prakerja.</comment>
        <translation>Anggota TNI tidak dapat menerima Kartu Prakerja.</translation>
    </message>
    <message>
        <source>prakerja.excluded.police</source>
        <comment>Members of the police (Polri) cannot receive Kartu Prakerja.</comment>
        <translation>Anggota Polri tidak dapat menerima Kartu Prakerja.</translation>
    </message>
    <message>
        <source>prakerja.excluded.soe_executive</source>
        <comment>Directors and commissioners of BUMN/BUMD enterprises cannot receive Kartu Prakerja.</comment>
        <translation>Direksi, komisaris, dan dewan pengawas BUMN/BUMD tidak dapat menerima Kartu Prakerja.</translation>
    </message>
    <message>
        <source>prakerja.excluded.village_official</source>
        <comment>Village heads and village officials cannot receive Kartu Prakerja.</comment>
        <translation>Kepala desa dan perangkat desa tidak dapat menerima Kartu Prakerja.</translation>
    </message>
    <message>
        <source>prakerja.in_formal_education</source>
        <comment>Applicants must not be in formal education (school or university).</comment>
        <translation>Peserta tidak boleh sedang menempuh pendidikan formal (sekolah atau kuliah).</translation>
    </message>
    <message>
        <source>prakerja.kk_limit</source>
        <comment>{count} applicants with the same family card (KK) are already registered; the maximum is {max} per KK.</comment>
        <translation>Sudah ada {count} pendaftar dengan nomor KK yang sama; maksimal {max} per KK.</translation>
    </message>
    <message>
        <source>prakerja.not_citizen</source>
        <comment>Kartu Prakerja is only for Indonesian citizens (WNI).</comment>
        <translation>Kartu Prakerja hanya untuk Warga Negara Indonesia (WNI).</translation>
    </message>
    <message>
        <source>prakerja.too_young</source>
        <comment>The minimum age is {min_age}; you are {age} on the registration date.</comment>
        <translation>Usia minimal {min_age} tahun; usia Anda saat mendaftar {age} tahun.</translation>
    </message>
    <message>
        <source>privacy.admin_needed</source>
        <comment>Erasing data needs an admin's approval (admin PIN).</comment>
        <translation>Penghapusan data perlu persetujuan admin (PIN admin).</translation>
    </message>
    <message>
        <source>privacy.export_failed</source>
        <comment>The file could not be saved to {path}. Check the drive and its free space.</comment>
        <translation>Berkas tidak dapat disimpan di {path}. Periksa drive dan ruang kosongnya.</translation>
    </message>
    <message>
        <source>privacy.not_found</source>
        <comment>Applicant not found.</comment>
        <translation>Pendaftar tidak ditemukan.</translation>
    </message>
    <message>
        <source>privacy.removed</source>
        <comment>This person's personal data has already been removed.</comment>
        <translation>Data pribadi orang ini sudah dihapus.</translation>
    </message>
    <message>
        <source>recovery.body</source>
        <comment>The kiosk's database is damaged, for example by a power cut. The kiosk can use the newest intact backup, from {when}. The damaged file is kept for inspection.</comment>
        <translation>Basis data kios rusak, misalnya karena listrik padam. Kios dapat memakai cadangan terakhir yang utuh dari {when}. Berkas yang rusak tetap disimpan untuk diperiksa.</translation>
    </message>
    <message>
        <source>recovery.no_backup</source>
        <comment>The kiosk's database is damaged and no intact backup exists. Call the site admin.</comment>
        <translation>Basis data kios rusak dan tidak ada cadangan yang utuh. Hubungi admin situs.</translation>
    </message>
    <message>
        <source>recovery.restore</source>
        <comment>Restore from the backup</comment>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>recovery.title</source>
        <comment>The kiosk's data needs recovery</comment>
        <translation>Data kios perlu dipulihkan</translation>
    </message>
    <message>
        <source>recovery.working</source>
        <comment>Restoring…</comment>
        <translation>Memulihkan…</translation>
    </message>
    <message>
        <source>registration.confirm_warnings</source>
        <comment>Check the warnings and confirm that the data is correct.</comment>
        <translation>Periksa peringatan dan konfirmasi bahwa data sudah benar.</translation>
    </message>
    <message>
        <source>registration.duplicate</source>
        <comment>This NIK is already registered. Please ask a staff member if you lost your card.</comment>
        <translation>NIK ini sudah terdaftar. Silakan minta bantuan petugas bila kartu Anda hilang.</translation>
    </message>
    <message>
        <source>registration.invalid</source>
        <comment>The registration data is incomplete or incorrect.</comment>
        <translation>Data pendaftaran belum lengkap atau belum benar.</translation>
    </message>
    <message>
        <source>review.birth_date</source>
        <comment>Date of birth</comment>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>review.confirm</source>
        <comment>Confirm and register</comment>
        <translation>Konfirmasi dan daftar</translation>
    </message>
    <message>
        <source>review.eligible</source>
        <comment>Prakerja eligibility</comment>
        <translation>Kelayakan Prakerja</translation>
    </message>
    <message>
        <source>review.in_school</source>
        <comment>In school or university</comment>
        <translation>Sedang sekolah atau kuliah</translation>
    </message>
    <message>
        <source>review.kk</source>
        <comment>Family card (KK)</comment>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>review.no</source>
        <comment>Not eligible</comment>
        <translation>Belum memenuhi syarat</translation>
    </message>
    <message>
        <source>review.title</source>
        <comment>Check your details before registering</comment>
        <translation>Periksa data Anda sebelum mendaftar</translation>
    </message>
    <message>
        <source>review.training</source>
        <comment>Chosen training</comment>
        <translation>Pelatihan yang dipilih</translation>
    </message>
    <message>
        <source>review.yes</source>
        <comment>Eligible</comment>
        <translation>Memenuhi syarat</translation>
    </message>
    <message>
        <source>roster.col.admitted_by</source>
        <comment>Admitted by</comment>
        <translation>Diizinkan oleh</translation>
    </message>
    <message>
        <source>roster.col.day</source>
        <comment>Date</comment>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>roster.col.enrolled</source>
        <comment>Enrolled</comment>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>roster.col.in</source>
        <comment>In</comment>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>roster.col.name</source>
        <comment>Name</comment>
        <translation>Nama</translation>
    </message>
    <message>
        <source>roster.col.nik</source>
        <comment>NIK (masked)</comment>
        <translation>NIK (disamarkan)</translation>
    </message>
    <message>
        <source>roster.col.out</source>
        <comment>Out</comment>
        <translation>Pulang</translation>
    </message>
    <message>
        <source>roster.col.status</source>
        <comment>Status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>roster.counts</source>
        <comment>Enrolled {enrolled} · Present {present} · Late {late} · Absent {absent}</comment>
        <translation>Terdaftar {enrolled} · Hadir {present} · Terlambat {late} · Tidak hadir {absent}</translation>
    </message>
    <message>
        <source>roster.export_csv</source>
        <comment>Export CSV</comment>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>roster.export_format</source>
        <comment>The export format must be .csv or .xlsx.</comment>
        <translation>Format ekspor harus .csv atau .xlsx.</translation>
    </message>
    <message>
        <source>roster.export_xlsx</source>
        <comment>Export XLSX</comment>
        <translation>Ekspor XLSX</translation>
    </message>
    <message>
        <source>roster.exported</source>
        <comment>Saved: {path}</comment>
        <translation>Disimpan: {path}</translation>
    </message>
    <message>
        <source>roster.no</source>
        <comment>No</comment>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>roster.not_meeting</source>
        <comment>The class does not meet on this day; those present were admitted by staff.</comment>
        <translation>Kelas ini tidak dijadwalkan pada hari ini; yang hadir diizinkan staf.</translation>
    </message>
    <message>
        <source>roster.print</source>
        <comment>Print</comment>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>roster.refresh</source>
        <comment>Refresh</comment>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>roster.status.absent</source>
        <comment>Absent</comment>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>roster.status.late</source>
        <comment>Late</comment>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>roster.status.present</source>
        <comment>Present</comment>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>roster.title</source>
        <comment>Roster — {day}</comment>
        <translation>Daftar hadir — {day}</translation>
    </message>
    <message>
        <source>roster.walk_ins</source>
        <comment>Admitted without enrolment {count}</comment>
        <translation>Diizinkan tanpa terdaftar {count}</translation>
    </message>
    <message>
        <source>roster.yes</source>
        <comment>Yes</comment>
        <translation>Ya</translation>
    </message>
    <message>
        <source>scan.admit</source>
        <comment>Admit</comment>
        <translation>Izinkan masuk</translation>
    </message>
    <message>
        <source>scan.already_recorded</source>
        <comment>Already recorded at {time}</comment>
        <translation>Sudah tercatat pukul {time}</translation>
    </message>
    <message>
        <source>scan.camera</source>
        <comment>Camera</comment>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>scan.checked_in</source>
        <comment>Present — checked in at {time}</comment>
        <translation>Hadir — tercatat masuk {time}</translation>
    </message>
    <message>
        <source>scan.checked_in_admitted</source>
        <comment>Present (admitted by staff, not enrolled) — checked in at {time}</comment>
        <translation>Hadir (diizinkan staf, belum terdaftar) — masuk {time}</translation>
    </message>
    <message>
        <source>scan.checked_in_off_day</source>
        <comment>Present (admitted by staff outside the schedule) — checked in at {time}</comment>
        <translation>Hadir (diizinkan staf di luar jadwal) — masuk {time}</translation>
    </message>
    <message>
        <source>scan.checked_out</source>
        <comment>Checked out at {time}</comment>
        <translation>Tercatat pulang {time}</translation>
    </message>
    <message>
        <source>scan.confirm_cancel</source>
        <comment>Not this person</comment>
        <translation>Bukan orang ini</translation>
    </message>
    <message>
        <source>scan.confirm_details</source>
        <comment>NIK {nik} · born {born}</comment>
        <translation>NIK {nik} · lahir {born}</translation>
    </message>
    <message>
        <source>scan.confirm_question</source>
        <comment>Check against this person's KTP before recording:</comment>
        <translation>Cocokkan dengan KTP orang ini sebelum mencatat:</translation>
    </message>
    <message>
        <source>scan.counts</source>
        <comment>Present {present} of {enrolled}</comment>
        <translation>Hadir {present} dari {enrolled}</translation>
    </message>
    <message>
        <source>scan.lookup</source>
        <comment>Forgot the card? Search a name or card number</comment>
        <translation>Lupa kartu? Cari nama atau nomor kartu</translation>
    </message>
    <message>
        <source>scan.lookup_not_enrolled</source>
        <comment>(not enrolled in this class)</comment>
        <translation>(belum terdaftar di kelas ini)</translation>
    </message>
    <message>
        <source>scan.no_card</source>
        <comment>This person has no valid card.</comment>
        <translation>Orang ini belum punya kartu yang berlaku.</translation>
    </message>
    <message>
        <source>scan.not_enrolled</source>
        <comment>Not enrolled in this session. Admit?</comment>
        <translation>Belum terdaftar di kelas ini. Izinkan masuk?</translation>
    </message>
    <message>
        <source>scan.not_meeting_today</source>
        <comment>This class does not meet today. Admit anyway?</comment>
        <translation>Kelas ini tidak dijadwalkan hari ini. Izinkan masuk?</translation>
    </message>
    <message>
        <source>scan.prompt</source>
        <comment>Scan a trainee card with the scanner or the camera</comment>
        <translation>Pindai kartu peserta dengan pemindai atau kamera</translation>
    </message>
    <message>
        <source>scan.ready</source>
        <comment>Ready to scan</comment>
        <translation>Siap memindai</translation>
    </message>
    <message>
        <source>scan.record</source>
        <comment>Record attendance</comment>
        <translation>Catat hadir</translation>
    </message>
    <message>
        <source>scan.rejected_title</source>
        <comment>Card rejected</comment>
        <translation>Kartu ditolak</translation>
    </message>
    <message>
        <source>scan.session_closed</source>
        <comment>This session is not running today ({start} to {end}).</comment>
        <translation>Kelas ini tidak berlangsung hari ini ({start} s.d. {end}).</translation>
    </message>
    <message>
        <source>scan.unknown_card</source>
        <comment>Valid card, but its holder is not on this kiosk yet. Synchronise.</comment>
        <translation>Kartu sah, tetapi pemiliknya belum ada di kios ini. Lakukan sinkronisasi.</translation>
    </message>
    <message>
        <source>scan.unnamed</source>
        <comment>(name not available)</comment>
        <translation>(nama tidak tersedia)</translation>
    </message>
    <message>
        <source>scan.unnamed_title</source>
        <comment>Card {card}</comment>
        <translation>Kartu {card}</translation>
    </message>
    <message>
        <source>settings.out_of_range</source>
        <comment>The value must be between {min} and {max}.</comment>
        <translation>Nilai harus antara {min} dan {max}.</translation>
    </message>
    <message>
        <source>settings.unknown</source>
        <comment>Unknown setting: {key}</comment>
        <translation>Pengaturan tidak dikenal: {key}</translation>
    </message>
    <message>
        <source>sex.L</source>
        <comment>Male</comment>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>sex.P</source>
        <comment>Female</comment>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>signin.choose</source>
        <comment>Tap your name:</comment>
        <translation>Ketuk nama Anda:</translation>
    </message>
    <message>
        <source>signin.hello</source>
        <comment>{name}, type your PIN</comment>
        <translation>{name}, ketik PIN Anda</translation>
    </message>
    <message>
        <source>signin.nobody</source>
        <comment>There are no staff accounts on this kiosk yet. An admin creates them under Staff › Staff accounts, or they come from the server once the kiosk is paired.</comment>
        <translation>Belum ada akun staf di kios ini. Admin membuatnya di menu Staf › Akun staf, atau akun datang dari server setelah kios dipasangkan.</translation>
    </message>
    <message>
        <source>signin.other</source>
        <comment>‹ Not me</comment>
        <translation>‹ Bukan saya</translation>
    </message>
    <message>
        <source>staff.disabled</source>
        <comment>This account is disabled.</comment>
        <translation>Akun ini dinonaktifkan.</translation>
    </message>
    <message>
        <source>staff.forbidden</source>
        <comment>Only an admin may do this.</comment>
        <translation>Hanya admin yang boleh melakukan ini.</translation>
    </message>
    <message>
        <source>staff.home.accounts</source>
        <comment>Staff accounts</comment>
        <translation>Akun staf</translation>
    </message>
    <message>
        <source>staff.home.assessments</source>
        <comment>Competency assessment</comment>
        <translation>Asesmen kompetensi</translation>
    </message>
    <message>
        <source>staff.home.certificates</source>
        <comment>Class certificates</comment>
        <translation>Sertifikat kelas</translation>
    </message>
    <message>
        <source>staff.home.enrol</source>
        <comment>Enrol trainees</comment>
        <translation>Daftarkan peserta</translation>
    </message>
    <message>
        <source>staff.home.hello</source>
        <comment>Hello, {name}</comment>
        <translation>Halo, {name}</translation>
    </message>
    <message>
        <source>staff.home.logout</source>
        <comment>Log out</comment>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>staff.home.none</source>
        <comment>No sessions are running.</comment>
        <translation>Tidak ada kelas yang berjalan.</translation>
    </message>
    <message>
        <source>staff.home.not_today</source>
        <comment>Not scheduled today — only with staff admission</comment>
        <translation>Tidak dijadwalkan hari ini — hanya dengan izin staf</translation>
    </message>
    <message>
        <source>staff.home.open</source>
        <comment>Open a training</comment>
        <translation>Buka pelatihan</translation>
    </message>
    <message>
        <source>staff.home.people</source>
        <comment>Trainee data</comment>
        <translation>Data peserta</translation>
    </message>
    <message>
        <source>staff.home.pick</source>
        <comment>Choose today's session:</comment>
        <translation>Pilih kelas hari ini:</translation>
    </message>
    <message>
        <source>staff.home.roster</source>
        <comment>Roster</comment>
        <translation>Daftar hadir</translation>
    </message>
    <message>
        <source>staff.home.scan</source>
        <comment>Take attendance</comment>
        <translation>Mulai absensi</translation>
    </message>
    <message>
        <source>staff.home.show_all</source>
        <comment>Also show classes not scheduled today</comment>
        <translation>Tampilkan juga kelas yang tidak dijadwalkan hari ini</translation>
    </message>
    <message>
        <source>staff.home.verify_certificate</source>
        <comment>Check a certificate</comment>
        <translation>Periksa sertifikat</translation>
    </message>
    <message>
        <source>staff.last_admin</source>
        <comment>The last active admin cannot be disabled.</comment>
        <translation>Admin aktif terakhir tidak dapat dinonaktifkan.</translation>
    </message>
    <message>
        <source>staff.locked</source>
        <comment>The account is locked after too many wrong PINs. Try again at {until}.</comment>
        <translation>Akun dikunci karena terlalu banyak PIN salah. Coba lagi pukul {until}.</translation>
    </message>
    <message>
        <source>staff.logged_out_idle</source>
        <comment>You were logged out after inactivity.</comment>
        <translation>Anda keluar otomatis karena tidak ada aktivitas.</translation>
    </message>
    <message>
        <source>staff.login.clear</source>
        <comment>Clear</comment>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>staff.login.pin</source>
        <comment>PIN</comment>
        <translation>PIN</translation>
    </message>
    <message>
        <source>staff.login.submit</source>
        <comment>Log in</comment>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>staff.login.title</source>
        <comment>Staff log-in</comment>
        <translation>Masuk staf</translation>
    </message>
    <message>
        <source>staff.login.username</source>
        <comment>Username</comment>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>staff.login_failed</source>
        <comment>Wrong username or PIN.</comment>
        <translation>Nama pengguna atau PIN salah.</translation>
    </message>
    <message>
        <source>staff.name_required</source>
        <comment>A name is required.</comment>
        <translation>Nama wajib diisi.</translation>
    </message>
    <message>
        <source>staff.not_self</source>
        <comment>You cannot disable your own account.</comment>
        <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
    </message>
    <message>
        <source>staff.pin_format</source>
        <comment>The PIN must be 6 to 8 digits.</comment>
        <translation>PIN harus terdiri dari 6 sampai 8 angka.</translation>
    </message>
    <message>
        <source>staff.pin_mismatch</source>
        <comment>The two PINs differ. Type the same PIN twice.</comment>
        <translation>Kedua PIN tidak sama. Ketik PIN yang sama dua kali.</translation>
    </message>
    <message>
        <source>staff.pin_weak</source>
        <comment>The PIN is too easy to guess (repeated or sequential digits). Choose another.</comment>
        <translation>PIN terlalu mudah ditebak (angka sama atau berurutan). Pilih PIN lain.</translation>
    </message>
    <message>
        <source>staff.role_invalid</source>
        <comment>The role must be staff or admin.</comment>
        <translation>Peran harus staf atau admin.</translation>
    </message>
    <message>
        <source>staff.unknown</source>
        <comment>Staff account not found.</comment>
        <translation>Akun staf tidak ditemukan.</translation>
    </message>
    <message>
        <source>staff.username_invalid</source>
        <comment>Usernames are 3–40 lower-case letters, digits, dots or underscores.</comment>
        <translation>Nama pengguna 3–40 huruf kecil, angka, titik atau garis bawah.</translation>
    </message>
    <message>
        <source>staff.username_taken</source>
        <comment>That username is taken.</comment>
        <translation>Nama pengguna sudah dipakai.</translation>
    </message>
    <message>
        <source>status.counts</source>
        <comment>{applicants} applicants · {sessions} sessions</comment>
        <translation>{applicants} pendaftar · {sessions} kelas</translation>
    </message>
    <message>
        <source>status.device</source>
        <comment>Device {device}</comment>
        <translation>Perangkat {device}</translation>
    </message>
    <message>
        <source>status.disk_low</source>
        <comment>⚠ Only {mb} MB of disk left — free some space soon</comment>
        <translation>⚠ Ruang disk tinggal {mb} MB — segera kosongkan</translation>
    </message>
    <message>
        <source>status.loading</source>
        <comment>Opening kiosk data…</comment>
        <translation>Membuka data kios…</translation>
    </message>
    <message>
        <source>status.offline</source>
        <comment>Offline — data is kept on this kiosk</comment>
        <translation>Luring — data disimpan di kios ini</translation>
    </message>
    <message>
        <source>status.online</source>
        <comment>Connected to the server</comment>
        <translation>Terhubung ke server</translation>
    </message>
    <message>
        <source>status.pending</source>
        <comment>Waiting for upload: {count}</comment>
        <translation>Menunggu unggah: {count}</translation>
    </message>
    <message>
        <source>store.cannot_open</source>
        <comment>The kiosk database cannot be opened: {reason}</comment>
        <translation>Basis data kios tidak dapat dibuka: {reason}</translation>
    </message>
    <message>
        <source>store.disk_full</source>
        <comment>The disk is full: nothing was saved. Free some disk space and try again.</comment>
        <translation>Penyimpanan penuh: data tidak disimpan. Kosongkan ruang disk lalu coba lagi.</translation>
    </message>
    <message>
        <source>store.in_use_other_version</source>
        <comment>The kiosk running on this data folder is another version ({revision}). Close it, then run this command again.</comment>
        <translation>Kios yang sedang berjalan memakai folder data ini adalah versi lain ({revision}). Tutup kios itu, lalu jalankan perintah ini lagi.</translation>
    </message>
    <message>
        <source>store.in_use_read_only</source>
        <comment>The kiosk is running on this data folder, so this command can only read: nothing was saved. Make the change on the kiosk's screens, or close the kiosk first.</comment>
        <translation>Kios sedang berjalan memakai folder data ini, jadi perintah ini hanya dapat membaca: tidak ada yang disimpan. Lakukan perubahan di layar kios, atau tutup kios terlebih dahulu.</translation>
    </message>
    <message>
        <source>store.io_error</source>
        <comment>The disk failed to write: nothing was saved. Check the drive and try again.</comment>
        <translation>Disk gagal menulis: data tidak disimpan. Periksa diska lalu coba lagi.</translation>
    </message>
    <message>
        <source>store.key_mismatch</source>
        <comment>The personal-data key ({where}) is not this database's key. The kiosk was not opened and nothing was written. Install this kiosk's own key from its key backup: kiosk key import FILE</comment>
        <translation>Kunci data pribadi ({where}) bukan kunci basis data ini. Kios tidak dibuka dan tidak ada yang ditulis. Pasang kunci kios ini dari cadangan kuncinya: kiosk key import BERKAS</translation>
    </message>
    <message>
        <source>store.locked</source>
        <comment>Another kiosk is already running on the data folder {path}. Close it first.</comment>
        <translation>Kios sudah berjalan memakai folder data {path}. Tutup kios yang lain terlebih dahulu.</translation>
    </message>
    <message>
        <source>store.missing</source>
        <comment>The kiosk database is missing or empty ({path}) although a kiosk has run in this folder. No new database was made. Restore the newest backup: kiosk restore {backup}</comment>
        <translation>Basis data kios hilang atau kosong ({path}), padahal kios sudah pernah berjalan di folder ini. Kios tidak membuat basis data baru. Pulihkan cadangan terbaru: kiosk restore {backup}</translation>
    </message>
    <message>
        <source>store.missing_no_backup</source>
        <comment>The kiosk database is missing or empty ({path}) although a kiosk has run in this folder, and no intact backup exists. No new database was made. Restore the database from another copy (kiosk restore FILE), or move the folder {folder} away to start a new kiosk.</comment>
        <translation>Basis data kios hilang atau kosong ({path}), padahal kios sudah pernah berjalan di folder ini, dan tidak ada cadangan yang utuh. Kios tidak membuat basis data baru. Pulihkan basis data dari salinan lain (kiosk restore BERKAS), atau pindahkan folder {folder} untuk memulai kios baru.</translation>
    </message>
    <message>
        <source>store.newer_schema</source>
        <comment>This database was written by a newer kiosk version ({revision}). Update the application.</comment>
        <translation>Basis data ini dibuat oleh versi kios yang lebih baru ({revision}). Perbarui aplikasi.</translation>
    </message>
    <message>
        <source>store.read_only</source>
        <comment>The data folder is read-only: nothing was saved. Check the folder or drive permissions.</comment>
        <translation>Folder data hanya-baca: data tidak disimpan. Periksa izin folder atau diska.</translation>
    </message>
    <message>
        <source>store.read_only_unflushed</source>
        <comment>The data folder is read-only and still holds changes not yet in the database (the -wal file). Make the folder writable once so the kiosk can finish them.</comment>
        <translation>Folder data hanya-baca dan masih memuat perubahan yang belum masuk ke basis data (berkas -wal). Jadikan folder dapat ditulis sekali agar kios menyelesaikannya.</translation>
    </message>
    <message>
        <source>store.read_only_upgrade</source>
        <comment>The data folder is read-only but the database needs an upgrade to this kiosk version. Make the folder writable, then open the kiosk again.</comment>
        <translation>Folder data hanya-baca, padahal basis data perlu diperbarui ke versi kios ini. Jadikan folder dapat ditulis lalu buka kios lagi.</translation>
    </message>
    <message>
        <source>sync.bundle_needs_pairing</source>
        <comment>USB bundles are encrypted for the server: pair this kiosk with the server once first.</comment>
        <translation>Bundel USB dienkripsi untuk server: pasangkan kios dengan server sekali terlebih dahulu.</translation>
    </message>
    <message>
        <source>sync.ca_file_unreadable</source>
        <comment>The CA file {path} cannot be read.</comment>
        <translation>Berkas CA {path} tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>sync.cancelled</source>
        <comment>Synchronisation cancelled.</comment>
        <translation>Sinkronisasi dibatalkan.</translation>
    </message>
    <message>
        <source>sync.cli.bundle</source>
        <comment>{events} records written to {path} ({bytes} bytes).</comment>
        <translation>{events} data ditulis ke {path} ({bytes} bita).</translation>
    </message>
    <message>
        <source>sync.cli.done</source>
        <comment>The server took {accepted} new records ({duplicate} it had already, {rejected} refused); {pulled} changes downloaded; {pending} records still wait for upload.</comment>
        <translation>Server menerima {accepted} data baru ({duplicate} sudah dimilikinya, {rejected} ditolak); {pulled} perubahan diunduh; {pending} data masih menunggu unggahan.</translation>
    </message>
    <message>
        <source>sync.cli.enroll_needs</source>
        <comment>Give --server and --code to enrol the kiosk, or --rotate to renew its token.</comment>
        <translation>Berikan --server dan --code untuk mendaftarkan kios, atau --rotate untuk memperbarui tokennya.</translation>
    </message>
    <message>
        <source>sync.cli.enrolled</source>
        <comment>Kiosk enrolled with {server} for site {site}.</comment>
        <translation>Kios terdaftar di server {server} untuk lokasi {site}.</translation>
    </message>
    <message>
        <source>sync.cli.pending</source>
        <comment>{pending} records still wait for upload: {reason}</comment>
        <translation>Masih ada {pending} data menunggu unggahan: {reason}</translation>
    </message>
    <message>
        <source>sync.cli.plain_http_warning</source>
        <comment>WARNING: syncing with {server} is not encrypted (--insecure-plain-http).</comment>
        <translation>PERINGATAN: sinkronisasi dengan {server} tidak dienkripsi (--insecure-plain-http).</translation>
    </message>
    <message>
        <source>sync.cli.pull_progress</source>
        <comment>Download: {done} changes received so far.</comment>
        <translation>Unduh: {done} perubahan diterima sejauh ini.</translation>
    </message>
    <message>
        <source>sync.cli.push_progress</source>
        <comment>Upload: the server answered {done} of {total} records.</comment>
        <translation>Unggah: server menjawab {done} dari {total} data.</translation>
    </message>
    <message>
        <source>sync.cli.push_start</source>
        <comment>Uploading {total} records to the server…</comment>
        <translation>Mengunggah {total} data ke server…</translation>
    </message>
    <message>
        <source>sync.cli.retry</source>
        <comment>The server did not answer ({detail}); trying again in {seconds} seconds (attempt {next}, giving up after {max_wait} seconds without an answer).</comment>
        <translation>Server tidak menjawab ({detail}); mencoba lagi dalam {seconds} detik (percobaan ke-{next}, menyerah setelah {max_wait} detik tanpa jawaban).</translation>
    </message>
    <message>
        <source>sync.cli.rotated</source>
        <comment>The kiosk's token was renewed; it is valid until {expires}.</comment>
        <translation>Token kios diperbarui; berlaku sampai {expires}.</translation>
    </message>
    <message>
        <source>sync.device_revoked</source>
        <comment>This kiosk has been revoked by the central operator; the server refuses its syncs.</comment>
        <translation>Kios ini telah dicabut oleh operator pusat; server menolak sinkronisasinya.</translation>
    </message>
    <message>
        <source>sync.enrol_device_exists</source>
        <comment>The server knows this kiosk already, but the kiosk cannot prove it is the same kiosk (its key or token is lost, or its clock is far off). Contact the central operator.</comment>
        <translation>Server sudah mengenal kios ini, tetapi kios tidak dapat membuktikan bahwa ia kios yang sama (kunci atau token hilang, atau jam kios sangat salah). Hubungi operator pusat.</translation>
    </message>
    <message>
        <source>sync.enrol_pin_mismatch</source>
        <comment>The server {server} uses another key ({presented}) than the pin given. Nothing was sent.</comment>
        <translation>Server {server} memakai kunci lain ({presented}) daripada pin yang diberikan. Tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>sync.enrol_rate_limited</source>
        <comment>Too many failed enrolment attempts. Try again in {seconds} seconds.</comment>
        <translation>Terlalu banyak percobaan pendaftaran yang gagal. Coba lagi dalam {seconds} detik.</translation>
    </message>
    <message>
        <source>sync.enrol_refused</source>
        <comment>Enrolment refused: the code is wrong, used or expired ({detail}).</comment>
        <translation>Pendaftaran kios ditolak: kode salah, sudah dipakai, atau kedaluwarsa ({detail}).</translation>
    </message>
    <message>
        <source>sync.enrol_refused_other</source>
        <comment>Enrolment refused by the server ({detail}).</comment>
        <translation>Pendaftaran kios ditolak oleh server ({detail}).</translation>
    </message>
    <message>
        <source>sync.enrol_revoked</source>
        <comment>This kiosk has been revoked by the central operator and cannot be enrolled again.</comment>
        <translation>Kios ini telah dicabut oleh operator pusat dan tidak dapat didaftarkan lagi.</translation>
    </message>
    <message>
        <source>sync.enrol_tls_failed</source>
        <comment>The certificate of {server} cannot be verified. Ask the central operator for the CA file (--ca-file) or the key pin (--pin).</comment>
        <translation>Sertifikat server {server} tidak dapat diverifikasi. Minta berkas CA (--ca-file) atau pin kunci (--pin) kepada operator pusat.</translation>
    </message>
    <message>
        <source>sync.enrol_unreachable</source>
        <comment>The server {server} cannot be reached. Check the address and the connection.</comment>
        <translation>Server {server} tidak dapat dihubungi. Periksa alamat dan koneksi.</translation>
    </message>
    <message>
        <source>sync.not_enrolled</source>
        <comment>This kiosk is not enrolled with the central server.</comment>
        <translation>Kios ini belum didaftarkan ke server pusat.</translation>
    </message>
    <message>
        <source>sync.pin_invalid</source>
        <comment>The pin {pin} is not valid: a pin is sha256: followed by 44 Base64 characters.</comment>
        <translation>Pin {pin} tidak valid: pin berbentuk sha256: diikuti 44 karakter Base64.</translation>
    </message>
    <message>
        <source>sync.plain_http_refused</source>
        <comment>The server address uses unencrypted http:// to another computer. Enrol the kiosk again with an https:// address.</comment>
        <translation>Alamat server memakai http:// tanpa enkripsi ke komputer lain. Daftarkan ulang kios dengan alamat https://.</translation>
    </message>
    <message>
        <source>sync.refused</source>
        <comment>The server refused this kiosk ({detail}). Enrol the kiosk again.</comment>
        <translation>Server menolak kios ini ({detail}). Daftarkan ulang kios.</translation>
    </message>
    <message>
        <source>sync.rotate_failed</source>
        <comment>The kiosk's token could not be renewed ({detail}).</comment>
        <translation>Token kios tidak dapat diperbarui ({detail}).</translation>
    </message>
    <message>
        <source>sync.server_key_changed</source>
        <comment>The server uses another key than the one pinned at enrolment: the connection may be intercepted. Nothing was sent. If the central operator did replace the server's key, enrol the kiosk again with a new code.</comment>
        <translation>Server memakai kunci lain daripada yang disematkan saat pendaftaran: koneksi mungkin disadap. Tidak ada data yang dikirim. Bila operator pusat memang mengganti kunci server, daftarkan ulang kios dengan kode baru.</translation>
    </message>
    <message>
        <source>sync.token_expired</source>
        <comment>This kiosk's token has expired. The site admin must enrol the kiosk again with a new code from the central operator (kiosk enroll).</comment>
        <translation>Token kios ini sudah kedaluwarsa. Admin lokasi harus mendaftarkan ulang kios dengan kode baru dari operator pusat (kiosk enroll).</translation>
    </message>
    <message>
        <source>sync.ui.age_days</source>
        <comment>{n} days</comment>
        <translation>{n} hari</translation>
    </message>
    <message>
        <source>sync.ui.age_hours</source>
        <comment>{n} h</comment>
        <translation>{n} jam</translation>
    </message>
    <message>
        <source>sync.ui.age_min</source>
        <comment>{n} min</comment>
        <translation>{n} mnt</translation>
    </message>
    <message>
        <source>sync.ui.error</source>
        <comment>Failed: {error}</comment>
        <translation>Gagal: {error}</translation>
    </message>
    <message>
        <source>sync.ui.last_ok</source>
        <comment>last success {when}</comment>
        <translation>terakhir berhasil {when}</translation>
    </message>
    <message>
        <source>sync.ui.never</source>
        <comment>never synced</comment>
        <translation>belum pernah sinkron</translation>
    </message>
    <message>
        <source>sync.ui.oldest</source>
        <comment>oldest {age}</comment>
        <translation>tertua {age}</translation>
    </message>
    <message>
        <source>sync.ui.stale</source>
        <comment>Warning: some records have waited more than {days} days for upload!</comment>
        <translation>Peringatan: ada data belum terkirim lebih dari {days} hari!</translation>
    </message>
    <message>
        <source>sync.ui.sync_now</source>
        <comment>Sync now</comment>
        <translation>Sinkronkan</translation>
    </message>
    <message>
        <source>sync.ui.syncing</source>
        <comment>Syncing…</comment>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <source>sync.unreachable</source>
        <comment>The server cannot be reached ({detail}).</comment>
        <translation>Server tidak dapat dihubungi ({detail}).</translation>
    </message>
    <message>
        <source>sync.url_invalid</source>
        <comment>The server address must start with http:// or https://.</comment>
        <translation>Alamat server harus diawali http:// atau https://.</translation>
    </message>
    <message>
        <source>sync.url_plain_http</source>
        <comment>An http:// address is allowed only for this computer itself: data would travel unencrypted. Use https://, or --insecure-plain-http if you really mean it.</comment>
        <translation>Alamat http:// hanya diizinkan untuk komputer ini sendiri: data akan dikirim tanpa enkripsi. Gunakan https://, atau --insecure-plain-http bila memang disengaja.</translation>
    </message>
    <message>
        <source>top.offline</source>
        <comment>Offline</comment>
        <translation>Luring</translation>
    </message>
    <message>
        <source>top.online</source>
        <comment>Online</comment>
        <translation>Daring</translation>
    </message>
    <message>
        <source>training.all</source>
        <comment>All</comment>
        <translation>Semua</translation>
    </message>
    <message>
        <source>training.choose</source>
        <comment>Choose</comment>
        <translation>Pilih</translation>
    </message>
    <message>
        <source>training.chosen</source>
        <comment>Your choice: {title}</comment>
        <translation>Pilihan Anda: {title}</translation>
    </message>
    <message>
        <source>training.none</source>
        <comment>No training</comment>
        <translation>Tanpa pelatihan</translation>
    </message>
    <message>
        <source>training.not_chosen</source>
        <comment>No training chosen.</comment>
        <translation>Belum memilih pelatihan.</translation>
    </message>
    <message>
        <source>training.nothing_found</source>
        <comment>No matching training.</comment>
        <translation>Tidak ada pelatihan yang cocok.</translation>
    </message>
    <message>
        <source>training.search</source>
        <comment>Search title, provider or place…</comment>
        <translation>Cari judul, lembaga atau lokasi…</translation>
    </message>
    <message>
        <source>training.title</source>
        <comment>Choose a training (optional)</comment>
        <translation>Pilih pelatihan (boleh dilewati)</translation>
    </message>
    <message>
        <source>trainings.dates</source>
        <comment>{start} to {end}</comment>
        <translation>{start} s.d. {end}</translation>
    </message>
    <message>
        <source>trainings.empty</source>
        <comment>No trainings yet.</comment>
        <translation>Belum ada pelatihan.</translation>
    </message>
    <message>
        <source>trainings.full</source>
        <comment>Full</comment>
        <translation>Penuh</translation>
    </message>
    <message>
        <source>trainings.seats</source>
        <comment>{left} of {capacity} seats left</comment>
        <translation>{left} dari {capacity} kursi tersisa</translation>
    </message>
    <message>
        <source>trainings.title</source>
        <comment>Available trainings</comment>
        <translation>Pelatihan yang tersedia</translation>
    </message>
    <message>
        <source>vacancies.bundle_no_key</source>
        <comment>This kiosk does not hold the server's key yet: synchronise once, then import again.</comment>
        <translation>Kios ini belum memegang kunci server: sinkronkan sekali dulu, lalu impor lagi.</translation>
    </message>
    <message>
        <source>vacancies.bundle_older</source>
        <comment>This vacancy bundle ({issued}) is older than the one already imported ({held}).</comment>
        <translation>Berkas lowongan ini ({issued}) lebih lama dari yang sudah diimpor ({held}).</translation>
    </message>
    <message>
        <source>vacancies.bundle_other_site</source>
        <comment>This vacancy bundle is for site {theirs}, not this kiosk's site ({ours}).</comment>
        <translation>Berkas lowongan ini untuk lokasi {theirs}, bukan lokasi kios ini ({ours}).</translation>
    </message>
    <message>
        <source>vacancies.bundle_refused</source>
        <comment>The vacancy bundle is refused; nothing was changed: {detail}</comment>
        <translation>Berkas lowongan ditolak, tidak ada yang diubah: {detail}</translation>
    </message>
    <message>
        <source>vacancies.cli.imported</source>
        <comment>Vacancy bundle of {site} ({issued}) applied: {applied} of {vacancies} vacancies.</comment>
        <translation>Berkas lowongan {site} ({issued}) diterapkan: {applied} dari {vacancies} lowongan.</translation>
    </message>
    <message>
        <source>vacancy.bad_age</source>
        <comment>The age range does not make sense.</comment>
        <translation>Rentang usia tidak masuk akal.</translation>
    </message>
    <message>
        <source>vacancy.bad_education</source>
        <comment>Unknown education level.</comment>
        <translation>Jenjang pendidikan tidak dikenal.</translation>
    </message>
    <message>
        <source>vacancy.bad_isco</source>
        <comment>The ISCO occupation code must be a known 4-digit unit group.</comment>
        <translation>Kode jabatan ISCO harus 4 digit yang dikenal.</translation>
    </message>
    <message>
        <source>vacancy.bad_openings</source>
        <comment>The number of openings must be 1 to {max}.</comment>
        <translation>Jumlah lowongan harus 1 sampai {max}.</translation>
    </message>
    <message>
        <source>vacancy.bad_period</source>
        <comment>The validity period ends before it starts.</comment>
        <translation>Masa berlaku berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <source>vacancy.bad_sex</source>
        <comment>Sex must be L, P or empty.</comment>
        <translation>Jenis kelamin harus L, P atau kosong.</translation>
    </message>
    <message>
        <source>vacancy.bad_source</source>
        <comment>Unknown vacancy source.</comment>
        <translation>Sumber lowongan tidak dikenal.</translation>
    </message>
    <message>
        <source>vacancy.bad_wage</source>
        <comment>The wage range does not make sense.</comment>
        <translation>Rentang upah tidak masuk akal.</translation>
    </message>
    <message>
        <source>vacancy.missing</source>
        <comment>The field {field} is required.</comment>
        <translation>Kolom {field} wajib diisi.</translation>
    </message>
    <message>
        <source>vacancy.too_many_skills</source>
        <comment>At most {max} skills.</comment>
        <translation>Paling banyak {max} keterampilan.</translation>
    </message>
    <message>
        <source>verdict.eligible</source>
        <comment>You are eligible for Kartu Prakerja.</comment>
        <translation>Anda memenuhi syarat Kartu Prakerja.</translation>
    </message>
    <message>
        <source>verdict.job_seeker</source>
        <comment>You can still register as a job seeker and choose training that is not funded by Kartu Prakerja.</comment>
        <translation>Anda tetap dapat didaftarkan sebagai pencari kerja dan memilih pelatihan yang tidak dibiayai Kartu Prakerja.</translation>
    </message>
    <message>
        <source>verdict.next_eligible</source>
        <comment>What happens next:
1. Choose a training (you may skip this).
2. Check your details and press Confirm.
3. Take your trainee card; show it at the LPK when the training starts.</comment>
        <translation>Langkah berikutnya:
1. Pilih pelatihan (boleh dilewati).
2. Periksa data Anda, lalu tekan Konfirmasi.
3. Ambil kartu peserta Anda; tunjukkan kartu itu di LPK saat pelatihan dimulai.</translation>
    </message>
    <message>
        <source>verdict.not_eligible</source>
        <comment>You are not eligible for Kartu Prakerja, because:</comment>
        <translation>Anda belum memenuhi syarat Kartu Prakerja karena:</translation>
    </message>
    <message>
        <source>warnings.accept</source>
        <comment>What I entered is correct, as on my KTP</comment>
        <translation>Data yang saya isi sudah benar sesuai KTP</translation>
    </message>
    <message>
        <source>warnings.title</source>
        <comment>Please check again</comment>
        <translation>Mohon periksa kembali</translation>
    </message>
    <message>
        <source>wizard.back</source>
        <comment>‹ Back</comment>
        <translation>‹ Kembali</translation>
    </message>
    <message>
        <source>wizard.busy</source>
        <comment>Please wait…</comment>
        <translation>Mohon tunggu…</translation>
    </message>
    <message>
        <source>wizard.cancel</source>
        <comment>Cancel</comment>
        <translation>Batal</translation>
    </message>
    <message>
        <source>wizard.fix_errors</source>
        <comment>Some fields need fixing (marked in red).</comment>
        <translation>Ada isian yang perlu diperbaiki (ditandai merah).</translation>
    </message>
    <message>
        <source>wizard.next</source>
        <comment>Next ›</comment>
        <translation>Lanjut ›</translation>
    </message>
    <message>
        <source>wizard.progress</source>
        <comment>Step {step} of {total}</comment>
        <translation>Langkah {step} dari {total}</translation>
    </message>
    <message>
        <source>wizard.step.address</source>
        <comment>Address</comment>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>wizard.step.consent</source>
        <comment>Consent</comment>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>wizard.step.contact</source>
        <comment>Contact</comment>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>wizard.step.identity</source>
        <comment>Identity</comment>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>wizard.step.review</source>
        <comment>Review &amp; confirm</comment>
        <translation>Periksa &amp; konfirmasi</translation>
    </message>
    <message>
        <source>wizard.step.status</source>
        <comment>Education &amp; work</comment>
        <translation>Pendidikan &amp; pekerjaan</translation>
    </message>
    <message>
        <source>wizard.step.training</source>
        <comment>Training</comment>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>wizard.step.verdict</source>
        <comment>Eligibility</comment>
        <translation>Kelayakan</translation>
    </message>
    <message>
        <source>wizard.title</source>
        <comment>Registration</comment>
        <translation>Pendaftaran</translation>
    </message>
</context>
</TS>
