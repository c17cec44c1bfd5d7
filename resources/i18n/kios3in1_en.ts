<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>kiosk</name>
    <message>
        <source>accounts.create</source>
        <comment>Create account</comment>
        <translation>Create account</translation>
    </message>
    <message>
        <source>accounts.created</source>
        <comment>Account {username} created.</comment>
        <translation>Account {username} created.</translation>
    </message>
    <message>
        <source>accounts.disable</source>
        <comment>Disable</comment>
        <translation>Disable</translation>
    </message>
    <message>
        <source>accounts.disabled</source>
        <comment>Account {username} disabled.</comment>
        <translation>Account {username} disabled.</translation>
    </message>
    <message>
        <source>accounts.inactive</source>
        <comment>disabled</comment>
        <translation>disabled</translation>
    </message>
    <message>
        <source>accounts.name</source>
        <comment>Full name</comment>
        <translation>Full name</translation>
    </message>
    <message>
        <source>accounts.new</source>
        <comment>New account</comment>
        <translation>New account</translation>
    </message>
    <message>
        <source>accounts.pin</source>
        <comment>PIN (6–8 digits)</comment>
        <translation>PIN (6–8 digits)</translation>
    </message>
    <message>
        <source>accounts.pin_again</source>
        <comment>PIN again</comment>
        <translation>PIN again</translation>
    </message>
    <message>
        <source>accounts.role</source>
        <comment>Role</comment>
        <translation>Role</translation>
    </message>
    <message>
        <source>accounts.role.admin</source>
        <comment>Admin</comment>
        <translation>Admin</translation>
    </message>
    <message>
        <source>accounts.role.assessor</source>
        <comment>Assessor</comment>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>accounts.role.staff</source>
        <comment>Staff</comment>
        <translation>Staff</translation>
    </message>
    <message>
        <source>accounts.row</source>
        <comment>{name} ({username}) · {role}</comment>
        <translation>{name} ({username}) · {role}</translation>
    </message>
    <message>
        <source>accounts.title</source>
        <comment>Staff accounts</comment>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>accounts.username</source>
        <comment>Username</comment>
        <translation>Username</translation>
    </message>
    <message>
        <source>admin.button</source>
        <comment>Admin</comment>
        <translation>Admin</translation>
    </message>
    <message>
        <source>admin.export.done</source>
        <comment>Done: {events} records written to {path} ({kb} KB). Eject the drive safely.</comment>
        <translation>Done: {events} records written to {path} ({kb} KB). Eject the drive safely.</translation>
    </message>
    <message>
        <source>admin.export.drive</source>
        <comment>{label} — {free} MB free</comment>
        <translation>{label} — {free} MB free</translation>
    </message>
    <message>
        <source>admin.export.failed</source>
        <comment>Could not write to {path}: {error}. Check the drive (full or locked?) and try again.</comment>
        <translation>Could not write to {path}: {error}. Check the drive (full or locked?) and try again.</translation>
    </message>
    <message>
        <source>admin.export.folder</source>
        <comment>Choose a folder…</comment>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <source>admin.export.intro</source>
        <comment>Records the server has not acknowledged are written to one signed file. Take it to the central office to be imported.</comment>
        <translation>Records the server has not acknowledged are written to one signed file. Take it to the central office to be imported.</translation>
    </message>
    <message>
        <source>admin.export.none</source>
        <comment>No USB drive found. Plug one in and tap Refresh, or choose a folder.</comment>
        <translation>No USB drive found. Plug one in and tap Refresh, or choose a folder.</translation>
    </message>
    <message>
        <source>admin.export.refresh</source>
        <comment>Refresh</comment>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>admin.export.working</source>
        <comment>Writing to {path}…</comment>
        <translation>Writing to {path}…</translation>
    </message>
    <message>
        <source>admin.export.write</source>
        <comment>Write to the drive</comment>
        <translation>Write to the drive</translation>
    </message>
    <message>
        <source>admin.menu.export</source>
        <comment>Export to a USB drive</comment>
        <translation>Export to a USB drive</translation>
    </message>
    <message>
        <source>admin.menu.pairing</source>
        <comment>Pair with the central server</comment>
        <translation>Pair with the central server</translation>
    </message>
    <message>
        <source>admin.menu.rejected</source>
        <comment>Records the server refused</comment>
        <translation>Records the server refused</translation>
    </message>
    <message>
        <source>admin.menu.settings</source>
        <comment>Kiosk settings</comment>
        <translation>Kiosk settings</translation>
    </message>
    <message>
        <source>admin.menu.sync</source>
        <comment>Sync health</comment>
        <translation>Sync health</translation>
    </message>
    <message>
        <source>admin.pair.code</source>
        <comment>Enrolment code</comment>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>admin.pair.current</source>
        <comment>Now paired with {server}.</comment>
        <translation>Now paired with {server}.</translation>
    </message>
    <message>
        <source>admin.pair.done</source>
        <comment>Done: this kiosk is paired with the server for site {site}.</comment>
        <translation>Done: this kiosk is paired with the server for site {site}.</translation>
    </message>
    <message>
        <source>admin.pair.intro</source>
        <comment>Enter the server address and the one-time enrolment code from the central operator.</comment>
        <translation>Enter the server address and the one-time enrolment code from the central operator.</translation>
    </message>
    <message>
        <source>admin.pair.none</source>
        <comment>This kiosk is not paired with a central server yet.</comment>
        <translation>This kiosk is not paired with a central server yet.</translation>
    </message>
    <message>
        <source>admin.pair.submit</source>
        <comment>Pair</comment>
        <translation>Pair</translation>
    </message>
    <message>
        <source>admin.pair.url</source>
        <comment>Server address</comment>
        <translation>Server address</translation>
    </message>
    <message>
        <source>admin.pair.working</source>
        <comment>Contacting the server…</comment>
        <translation>Contacting the server…</translation>
    </message>
    <message>
        <source>admin.quit</source>
        <comment>Quit the application</comment>
        <translation>Quit the application</translation>
    </message>
    <message>
        <source>admin.rejected.intro</source>
        <comment>These records stay on the kiosk and are never deleted. Report them with their reason to the central operator.</comment>
        <translation>These records stay on the kiosk and are never deleted. Report them with their reason to the central operator.</translation>
    </message>
    <message>
        <source>admin.rejected.more</source>
        <comment>Showing {shown} of {total} refused records.</comment>
        <translation>Showing {shown} of {total} refused records.</translation>
    </message>
    <message>
        <source>admin.rejected.none</source>
        <comment>No records were refused.</comment>
        <translation>No records were refused.</translation>
    </message>
    <message>
        <source>admin.settings.days</source>
        <comment>{n} days</comment>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>admin.settings.idle_timeout_s</source>
        <comment>Return to the home screen when untouched for</comment>
        <translation>Return to the home screen when untouched for</translation>
    </message>
    <message>
        <source>admin.settings.less</source>
        <comment>Less</comment>
        <translation>Less</translation>
    </message>
    <message>
        <source>admin.settings.more</source>
        <comment>More</comment>
        <translation>More</translation>
    </message>
    <message>
        <source>admin.settings.retention_days</source>
        <comment>Remove applicants' personal data after</comment>
        <translation>Remove applicants' personal data after</translation>
    </message>
    <message>
        <source>admin.settings.retention_days.hint</source>
        <comment>Only once the server has the record and no training is running. Cards and attendance stay.</comment>
        <translation>Only once the server has the record and no training is running. Cards and attendance stay.</translation>
    </message>
    <message>
        <source>admin.settings.saved</source>
        <comment>Saved.</comment>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>admin.settings.seconds</source>
        <comment>{n} seconds</comment>
        <translation>{n} seconds</translation>
    </message>
    <message>
        <source>admin.settings.stale_pending_days</source>
        <comment>Warn when records wait for upload longer than</comment>
        <translation>Warn when records wait for upload longer than</translation>
    </message>
    <message>
        <source>admin.sync.ago</source>
        <comment>{age} ago</comment>
        <translation>{age} ago</translation>
    </message>
    <message>
        <source>admin.sync.finished</source>
        <comment>Sync finished: {accepted} accepted, {rejected} refused, {pending} waiting.</comment>
        <translation>Sync finished: {accepted} accepted, {rejected} refused, {pending} waiting.</translation>
    </message>
    <message>
        <source>admin.sync.last_attempt</source>
        <comment>Last attempt</comment>
        <translation>Last attempt</translation>
    </message>
    <message>
        <source>admin.sync.last_error</source>
        <comment>Last error</comment>
        <translation>Last error</translation>
    </message>
    <message>
        <source>admin.sync.last_ok</source>
        <comment>Last success</comment>
        <translation>Last success</translation>
    </message>
    <message>
        <source>admin.sync.none</source>
        <comment>none</comment>
        <translation>none</translation>
    </message>
    <message>
        <source>admin.sync.not_paired</source>
        <comment>not paired</comment>
        <translation>not paired</translation>
    </message>
    <message>
        <source>admin.sync.oldest</source>
        <comment>Oldest waiting record</comment>
        <translation>Oldest waiting record</translation>
    </message>
    <message>
        <source>admin.sync.pending</source>
        <comment>Waiting for upload</comment>
        <translation>Waiting for upload</translation>
    </message>
    <message>
        <source>admin.sync.rejected</source>
        <comment>Refused by the server</comment>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <source>admin.sync.server</source>
        <comment>Server</comment>
        <translation>Server</translation>
    </message>
    <message>
        <source>admin.sync.set_aside</source>
        <comment>Changes set aside</comment>
        <translation>Changes set aside</translation>
    </message>
    <message>
        <source>admin.sync.set_aside_intro</source>
        <comment>These changes from the server could not be applied on this kiosk. They are kept and reported to the server; sync goes on.</comment>
        <translation>These changes from the server could not be applied on this kiosk. They are kept and reported to the server; sync goes on.</translation>
    </message>
    <message>
        <source>admin.sync.set_aside_reported</source>
        <comment>reported</comment>
        <translation>reported</translation>
    </message>
    <message>
        <source>admin.sync.set_aside_waiting</source>
        <comment>not yet reported</comment>
        <translation>not yet reported</translation>
    </message>
    <message>
        <source>admin.title</source>
        <comment>Admin menu</comment>
        <translation>Admin menu</translation>
    </message>
    <message>
        <source>admin.windowed</source>
        <comment>Leave full screen</comment>
        <translation>Leave full screen</translation>
    </message>
    <message>
        <source>app.tagline</source>
        <comment>Training · Certification · Job Placement</comment>
        <translation>Training · Certification · Job Placement</translation>
    </message>
    <message>
        <source>app.title</source>
        <comment>Kios3in1</comment>
        <translation>Kios3in1</translation>
    </message>
    <message>
        <source>argparse.ambiguous</source>
        <comment>ambiguous option: %(option)s could match %(matches)s</comment>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>argparse.argument</source>
        <comment>argument %(argument_name)s: %(message)s</comment>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>argparse.expected_at_least_one</source>
        <comment>expected at least one argument</comment>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>argparse.expected_at_most_one</source>
        <comment>expected at most one argument</comment>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>argparse.expected_n</source>
        <comment>expected %s argument</comment>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <source>argparse.expected_n_plural</source>
        <comment>expected %s arguments</comment>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <source>argparse.expected_one</source>
        <comment>expected one argument</comment>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>argparse.help</source>
        <comment>show this help message and exit</comment>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>argparse.ignored</source>
        <comment>ignored explicit argument %r</comment>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>argparse.invalid_choice</source>
        <comment>invalid choice: %(value)r (choose from %(choices)s)</comment>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>argparse.invalid_value</source>
        <comment>invalid %(type)s value: %(value)r</comment>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>argparse.not_allowed</source>
        <comment>not allowed with argument %s</comment>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>argparse.one_required</source>
        <comment>one of the arguments %s is required</comment>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>argparse.options</source>
        <comment>options</comment>
        <translation>options</translation>
    </message>
    <message>
        <source>argparse.positionals</source>
        <comment>positional arguments</comment>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>argparse.required</source>
        <comment>the following arguments are required: %s</comment>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>argparse.unrecognized</source>
        <comment>unrecognized arguments: %s</comment>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>argparse.usage</source>
        <comment>usage:</comment>
        <translation>usage:</translation>
    </message>
    <message>
        <source>argparse.version</source>
        <comment>show program's version number and exit</comment>
        <translation>show program's version number and exit</translation>
    </message>
    <message>
        <source>assess.already_recorded</source>
        <comment>This candidate's result is recorded; correct it with a superseding record and a reason.</comment>
        <translation>This candidate's result is recorded; correct it with a superseding record and a reason.</translation>
    </message>
    <message>
        <source>assess.bnsp_invalid</source>
        <comment>The BNSP certificate number is not valid (4–64 letters or digits).</comment>
        <translation>The BNSP certificate number is not valid (4–64 letters or digits).</translation>
    </message>
    <message>
        <source>assess.card_invalid</source>
        <comment>The card cannot be accepted: {reason}</comment>
        <translation>The card cannot be accepted: {reason}</translation>
    </message>
    <message>
        <source>assess.card_unknown</source>
        <comment>This card's holder is not registered on this kiosk.</comment>
        <translation>This card's holder is not registered on this kiosk.</translation>
    </message>
    <message>
        <source>assess.certificate_unknown</source>
        <comment>This competency certificate is not on this kiosk.</comment>
        <translation>This competency certificate is not on this kiosk.</translation>
    </message>
    <message>
        <source>assess.event_unknown</source>
        <comment>This assessment was not found.</comment>
        <translation>This assessment was not found.</translation>
    </message>
    <message>
        <source>assess.not_assessor</source>
        <comment>This account is not an active assessor.</comment>
        <translation>This account is not an active assessor.</translation>
    </message>
    <message>
        <source>assess.not_checked_in</source>
        <comment>This candidate has not checked in (scan their card first).</comment>
        <translation>This candidate has not checked in (scan their card first).</translation>
    </message>
    <message>
        <source>assess.not_current</source>
        <comment>This record has already been superseded; correct the newest one.</comment>
        <translation>This record has already been superseded; correct the newest one.</translation>
    </message>
    <message>
        <source>assess.not_paired</source>
        <comment>This kiosk is not paired with the central server yet.</comment>
        <translation>This kiosk is not paired with the central server yet.</translation>
    </message>
    <message>
        <source>assess.other_assessor</source>
        <comment>Only the assessor assigned to this assessment may record results.</comment>
        <translation>Only the assessor assigned to this assessment may record results.</translation>
    </message>
    <message>
        <source>assess.reason_required</source>
        <comment>Write the reason for the correction (3–200 characters).</comment>
        <translation>Write the reason for the correction (3–200 characters).</translation>
    </message>
    <message>
        <source>assess.result_invalid</source>
        <comment>The result K (competent) needs every unit K.</comment>
        <translation>The result K (competent) needs every unit K.</translation>
    </message>
    <message>
        <source>assess.scheme_unknown</source>
        <comment>This scheme is not on this kiosk.</comment>
        <translation>This scheme is not on this kiosk.</translation>
    </message>
    <message>
        <source>assess.tuk_required</source>
        <comment>Enter the TUK (assessment site).</comment>
        <translation>Enter the TUK (assessment site).</translation>
    </message>
    <message>
        <source>assess.units_mismatch</source>
        <comment>Give K or BK for every unit of the scheme, and no others.</comment>
        <translation>Give K or BK for every unit of the scheme, and no others.</translation>
    </message>
    <message>
        <source>assessui.BK</source>
        <comment>BK (not yet competent)</comment>
        <translation>BK (not yet competent)</translation>
    </message>
    <message>
        <source>assessui.K</source>
        <comment>K (competent)</comment>
        <translation>K (competent)</translation>
    </message>
    <message>
        <source>assessui.none</source>
        <comment>No assessments on this kiosk yet.</comment>
        <translation>No assessments on this kiosk yet.</translation>
    </message>
    <message>
        <source>assessui.not_judged</source>
        <comment>not judged yet</comment>
        <translation>not judged yet</translation>
    </message>
    <message>
        <source>assessui.note</source>
        <comment>Assessor's note</comment>
        <translation>Assessor's note</translation>
    </message>
    <message>
        <source>assessui.pick</source>
        <comment>Choose an assessment.</comment>
        <translation>Choose an assessment.</translation>
    </message>
    <message>
        <source>assessui.pick_candidate</source>
        <comment>Choose a candidate who has checked in.</comment>
        <translation>Choose a candidate who has checked in.</translation>
    </message>
    <message>
        <source>assessui.reason</source>
        <comment>Reason for the correction (needed to replace a result)</comment>
        <translation>Reason for the correction (needed to replace a result)</translation>
    </message>
    <message>
        <source>assessui.result</source>
        <comment>Overall result</comment>
        <translation>Overall result</translation>
    </message>
    <message>
        <source>assessui.save</source>
        <comment>Save and sign</comment>
        <translation>Save and sign</translation>
    </message>
    <message>
        <source>assessui.saved</source>
        <comment>{name}'s result is saved.</comment>
        <translation>{name}'s result is saved.</translation>
    </message>
    <message>
        <source>assessui.title</source>
        <comment>Competency assessment</comment>
        <translation>Competency assessment</translation>
    </message>
    <message>
        <source>backup.corrupt</source>
        <comment>The kiosk database is damaged ({detail}). Restore a backup: kiosk restore FILE</comment>
        <translation>The kiosk database is damaged ({detail}). Restore a backup: kiosk restore FILE</translation>
    </message>
    <message>
        <source>backup.not_a_backup</source>
        <comment>The file {path} is not an intact kiosk database backup.</comment>
        <translation>The file {path} is not an intact kiosk database backup.</translation>
    </message>
    <message>
        <source>card.applicant_unknown</source>
        <comment>Applicant not found.</comment>
        <translation>Applicant not found.</translation>
    </message>
    <message>
        <source>card.done</source>
        <comment>Done</comment>
        <translation>Done</translation>
    </message>
    <message>
        <source>card.no_printer</source>
        <comment>No printer is ready. Your card is kept for staff to print; give them the card number {number}.</comment>
        <translation>No printer is ready. Your card is kept for staff to print; give them the card number {number}.</translation>
    </message>
    <message>
        <source>card.number_invalid</source>
        <comment>A card number has 16 letters and digits, like ABCD-EFGH-IJKL-MNOP.</comment>
        <translation>A card number has 16 letters and digits, like ABCD-EFGH-IJKL-MNOP.</translation>
    </message>
    <message>
        <source>card.number_unknown</source>
        <comment>This card number is not known on this kiosk. Scan the QR code on the card.</comment>
        <translation>This card number is not known on this kiosk. Scan the QR code on the card.</translation>
    </message>
    <message>
        <source>card.preview</source>
        <comment>Card preview {number}</comment>
        <translation>Card preview {number}</translation>
    </message>
    <message>
        <source>card.print</source>
        <comment>Print card</comment>
        <translation>Print card</translation>
    </message>
    <message>
        <source>card.printed</source>
        <comment>Card sent to the printer {printer}.</comment>
        <translation>Card sent to the printer {printer}.</translation>
    </message>
    <message>
        <source>card.save_pdf</source>
        <comment>Save as PDF</comment>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>card.saved</source>
        <comment>Card saved as PDF: {path}</comment>
        <translation>Card saved as PDF: {path}</translation>
    </message>
    <message>
        <source>card.status.bad_signature</source>
        <comment>The card's signature is invalid: the card is forged or damaged.</comment>
        <translation>The card's signature is invalid: the card is forged or damaged.</translation>
    </message>
    <message>
        <source>card.status.expired</source>
        <comment>The card expired on {valid_until}.</comment>
        <translation>The card expired on {valid_until}.</translation>
    </message>
    <message>
        <source>card.status.malformed</source>
        <comment>This code is not a Kios3in1 card or was read incompletely. Try scanning again.</comment>
        <translation>This code is not a Kios3in1 card or was read incompletely. Try scanning again.</translation>
    </message>
    <message>
        <source>card.status.not_yet_valid</source>
        <comment>The card is not valid before {issued}.</comment>
        <translation>The card is not valid before {issued}.</translation>
    </message>
    <message>
        <source>card.status.revoked_card</source>
        <comment>This card has been revoked.</comment>
        <translation>This card has been revoked.</translation>
    </message>
    <message>
        <source>card.status.revoked_key</source>
        <comment>The issuer key of this card has been revoked ({key_id}); the card cannot be accepted.</comment>
        <translation>The issuer key of this card has been revoked ({key_id}); the card cannot be accepted.</translation>
    </message>
    <message>
        <source>card.status.unknown_key</source>
        <comment>This kiosk does not know the card's issuer ({key_id}). Synchronise and try again.</comment>
        <translation>This kiosk does not know the card's issuer ({key_id}). Synchronise and try again.</translation>
    </message>
    <message>
        <source>card.status.valid</source>
        <comment>Valid card (valid until {valid_until}).</comment>
        <translation>Valid card (valid until {valid_until}).</translation>
    </message>
    <message>
        <source>card.status.wrong_issuer</source>
        <comment>This card was not issued by the kiosk that signed it ({key_id}): its number belongs to another issuer, so the card is forged. The card is refused; report it to an admin.</comment>
        <translation>This card was not issued by the kiosk that signed it ({key_id}): its number belongs to another issuer, so the card is forged. The card is refused; report it to an admin.</translation>
    </message>
    <message>
        <source>cardprint.footer</source>
        <comment>Scan the QR at any kiosk or LPK. The QR holds no personal data.</comment>
        <translation>Scan the QR at any kiosk or LPK. The QR holds no personal data.</translation>
    </message>
    <message>
        <source>cardprint.issued</source>
        <comment>Issued {date}</comment>
        <translation>Issued {date}</translation>
    </message>
    <message>
        <source>cardprint.name</source>
        <comment>NAME</comment>
        <translation>NAME</translation>
    </message>
    <message>
        <source>cardprint.number</source>
        <comment>CARD NUMBER</comment>
        <translation>CARD NUMBER</translation>
    </message>
    <message>
        <source>cardprint.subtitle</source>
        <comment>Trainee card · Kartu Prakerja</comment>
        <translation>Trainee card · Kartu Prakerja</translation>
    </message>
    <message>
        <source>cardprint.valid</source>
        <comment>Valid until {date}</comment>
        <translation>Valid until {date}</translation>
    </message>
    <message>
        <source>catalogue.already_enrolled</source>
        <comment>The trainee is already enrolled in this session.</comment>
        <translation>The trainee is already enrolled in this session.</translation>
    </message>
    <message>
        <source>catalogue.applicant_unknown</source>
        <comment>Applicant not found.</comment>
        <translation>Applicant not found.</translation>
    </message>
    <message>
        <source>catalogue.capacity_invalid</source>
        <comment>Capacity must be between 1 and {max} trainees.</comment>
        <translation>Capacity must be between 1 and {max} trainees.</translation>
    </message>
    <message>
        <source>catalogue.dates_invalid</source>
        <comment>The end date cannot be before the start date.</comment>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <source>catalogue.hours_invalid</source>
        <comment>Training hours must be between 1 and 2000.</comment>
        <translation>Training hours must be between 1 and 2000.</translation>
    </message>
    <message>
        <source>catalogue.kind_invalid</source>
        <comment>The kind must be LPK or BLK.</comment>
        <translation>The kind must be LPK or BLK.</translation>
    </message>
    <message>
        <source>catalogue.location_required</source>
        <comment>A location is required.</comment>
        <translation>A location is required.</translation>
    </message>
    <message>
        <source>catalogue.name_required</source>
        <comment>A name is required.</comment>
        <translation>A name is required.</translation>
    </message>
    <message>
        <source>catalogue.not_eligible</source>
        <comment>This training is funded by Kartu Prakerja; the applicant is not eligible.</comment>
        <translation>This training is funded by Kartu Prakerja; the applicant is not eligible.</translation>
    </message>
    <message>
        <source>catalogue.program_unknown</source>
        <comment>Training program not found.</comment>
        <translation>Training program not found.</translation>
    </message>
    <message>
        <source>catalogue.provider_unknown</source>
        <comment>Training provider not found.</comment>
        <translation>Training provider not found.</translation>
    </message>
    <message>
        <source>catalogue.regency_unknown</source>
        <comment>Unknown regency/city.</comment>
        <translation>Unknown regency/city.</translation>
    </message>
    <message>
        <source>catalogue.schedule_invalid</source>
        <comment>Invalid weekly schedule: choose days and a start time before the end time (HH:MM).</comment>
        <translation>Invalid weekly schedule: choose days and a start time before the end time (HH:MM).</translation>
    </message>
    <message>
        <source>catalogue.session_ended</source>
        <comment>This session has ended.</comment>
        <translation>This session has ended.</translation>
    </message>
    <message>
        <source>catalogue.session_full</source>
        <comment>The session is full.</comment>
        <translation>The session is full.</translation>
    </message>
    <message>
        <source>catalogue.session_unknown</source>
        <comment>Training session not found.</comment>
        <translation>Training session not found.</translation>
    </message>
    <message>
        <source>catalogue.title_required</source>
        <comment>A training title is required.</comment>
        <translation>A training title is required.</translation>
    </message>
    <message>
        <source>certificate.code_invalid</source>
        <comment>A certificate code has 18 letters and digits, like ABCD-EFGH-IJKL-MNOP-QR.</comment>
        <translation>A certificate code has 18 letters and digits, like ABCD-EFGH-IJKL-MNOP-QR.</translation>
    </message>
    <message>
        <source>certificate.code_mistyped</source>
        <comment>This certificate code is mistyped (the last two characters do not match). Check it.</comment>
        <translation>This certificate code is mistyped (the last two characters do not match). Check it.</translation>
    </message>
    <message>
        <source>certificate.kind.competency</source>
        <comment>Competency certificate</comment>
        <translation>Competency certificate</translation>
    </message>
    <message>
        <source>certificate.kind.completion</source>
        <comment>Training certificate</comment>
        <translation>Training certificate</translation>
    </message>
    <message>
        <source>certificate.outcome.cannot_tell</source>
        <comment>CANNOT TELL</comment>
        <translation>CANNOT TELL</translation>
    </message>
    <message>
        <source>certificate.outcome.invalid</source>
        <comment>INVALID CERTIFICATE</comment>
        <translation>INVALID CERTIFICATE</translation>
    </message>
    <message>
        <source>certificate.outcome.valid</source>
        <comment>VALID CERTIFICATE</comment>
        <translation>VALID CERTIFICATE</translation>
    </message>
    <message>
        <source>certificate.reason.bad_signature</source>
        <comment>The signature does not match: the certificate was altered or forged.</comment>
        <translation>The signature does not match: the certificate was altered or forged.</translation>
    </message>
    <message>
        <source>certificate.reason.expired</source>
        <comment>This certificate expired on {valid_until}.</comment>
        <translation>This certificate expired on {valid_until}.</translation>
    </message>
    <message>
        <source>certificate.reason.issuer_revoked</source>
        <comment>The issuer's key has been revoked; ask the provider for a new certificate.</comment>
        <translation>The issuer's key has been revoked; ask the provider for a new certificate.</translation>
    </message>
    <message>
        <source>certificate.reason.malformed</source>
        <comment>This code is not a Kios3in1 certificate or was read incompletely. Try scanning again.</comment>
        <translation>This code is not a Kios3in1 certificate or was read incompletely. Try scanning again.</translation>
    </message>
    <message>
        <source>certificate.reason.no_trust_list</source>
        <comment>This kiosk has not received the trusted issuer list yet. Synchronise and check again.</comment>
        <translation>This kiosk has not received the trusted issuer list yet. Synchronise and check again.</translation>
    </message>
    <message>
        <source>certificate.reason.revoked</source>
        <comment>This certificate has been revoked.</comment>
        <translation>This certificate has been revoked.</translation>
    </message>
    <message>
        <source>certificate.reason.stale</source>
        <comment>The issuer list is {trust_days} days old and the revocation list {revocation_days} days: too old to be sure. Synchronise the kiosk and check again.</comment>
        <translation>The issuer list is {trust_days} days old and the revocation list {revocation_days} days: too old to be sure. Synchronise the kiosk and check again.</translation>
    </message>
    <message>
        <source>certificate.reason.unknown_issuer</source>
        <comment>The certificate's issuer is not on the list of trusted issuers.</comment>
        <translation>The certificate's issuer is not on the list of trusted issuers.</translation>
    </message>
    <message>
        <source>certificate.reason.valid</source>
        <comment>Issued by a trusted issuer and not revoked.</comment>
        <translation>Issued by a trusted issuer and not revoked.</translation>
    </message>
    <message>
        <source>certificate.reason.wrong_issuer</source>
        <comment>This certificate was signed by a kiosk that did not issue it: forged.</comment>
        <translation>This certificate was signed by a kiosk that did not issue it: forged.</translation>
    </message>
    <message>
        <source>certificate.summary.competency</source>
        <comment>{holder}: {result} in scheme {scheme} {scheme_title}; LSP {lsp}, TUK {tuk}.</comment>
        <translation>{holder}: {result} in scheme {scheme} {scheme_title}; LSP {lsp}, TUK {tuk}.</translation>
    </message>
    <message>
        <source>certificate.summary.completion</source>
        <comment>{holder} completed {programme} ({hours} hours) at {provider}, {start}–{end}; attendance {attendance_pct}%.</comment>
        <translation>{holder} completed {programme} ({hours} hours) at {provider}, {start}–{end}; attendance {attendance_pct}%.</translation>
    </message>
    <message>
        <source>certificates.class_not_ended</source>
        <comment>This class ends on {end}; certificates are issued once it has ended.</comment>
        <translation>This class ends on {end}; certificates are issued once it has ended.</translation>
    </message>
    <message>
        <source>certificates.cli.trust_imported</source>
        <comment>Trust file applied: {applied} of {changes} records; {revocations} revocations.</comment>
        <translation>Trust file applied: {applied} of {changes} records; {revocations} revocations.</translation>
    </message>
    <message>
        <source>certificates.day_not_meeting</source>
        <comment>That date is not a meeting day of this class.</comment>
        <translation>That date is not a meeting day of this class.</translation>
    </message>
    <message>
        <source>certificates.not_in_class</source>
        <comment>This trainee is not enrolled in this class.</comment>
        <translation>This trainee is not enrolled in this class.</translation>
    </message>
    <message>
        <source>certificates.not_paired</source>
        <comment>This kiosk is not paired with the central server yet, so it cannot issue certificates.</comment>
        <translation>This kiosk is not paired with the central server yet, so it cannot issue certificates.</translation>
    </message>
    <message>
        <source>certificates.reason_required</source>
        <comment>Write a reason (3–200 characters).</comment>
        <translation>Write a reason (3–200 characters).</translation>
    </message>
    <message>
        <source>certificates.rule_invalid</source>
        <comment>The attendance minimum must be 1–100%.</comment>
        <translation>The attendance minimum must be 1–100%.</translation>
    </message>
    <message>
        <source>certificates.session_unknown</source>
        <comment>This class is not on this kiosk.</comment>
        <translation>This class is not on this kiosk.</translation>
    </message>
    <message>
        <source>certificates.status.eligible</source>
        <comment>Meets the rule</comment>
        <translation>Meets the rule</translation>
    </message>
    <message>
        <source>certificates.status.issued</source>
        <comment>Issued</comment>
        <translation>Issued</translation>
    </message>
    <message>
        <source>certificates.status.not_eligible</source>
        <comment>Attendance too low</comment>
        <translation>Attendance too low</translation>
    </message>
    <message>
        <source>certificates.status.withheld</source>
        <comment>Withheld</comment>
        <translation>Withheld</translation>
    </message>
    <message>
        <source>certificates.trust_file_unreadable</source>
        <comment>The trust file cannot be read: {detail}</comment>
        <translation>The trust file cannot be read: {detail}</translation>
    </message>
    <message>
        <source>certprint.awarded</source>
        <comment>Awarded to</comment>
        <translation>Awarded to</translation>
    </message>
    <message>
        <source>certprint.check</source>
        <comment>Check it is genuine: scan the QR code at any Kios3in1 kiosk, or open {url} and type the code</comment>
        <translation>Check it is genuine: scan the QR code at any Kios3in1 kiosk, or open {url} and type the code</translation>
    </message>
    <message>
        <source>certprint.check_offline</source>
        <comment>Check it is genuine: scan the QR code at any Kios3in1 kiosk, or type the code</comment>
        <translation>Check it is genuine: scan the QR code at any Kios3in1 kiosk, or type the code</translation>
    </message>
    <message>
        <source>certprint.completed</source>
        <comment>who has completed the training</comment>
        <translation>who has completed the training</translation>
    </message>
    <message>
        <source>certprint.details</source>
        <comment>at {provider}, {start} to {end}, {hours} hours; attendance {attendance_pct}%.</comment>
        <translation>at {provider}, {start} to {end}, {hours} hours; attendance {attendance_pct}%.</translation>
    </message>
    <message>
        <source>certprint.issued</source>
        <comment>Issued {date} by {site}</comment>
        <translation>Issued {date} by {site}</translation>
    </message>
    <message>
        <source>certprint.number</source>
        <comment>Certificate number</comment>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>certprint.title</source>
        <comment>TRAINING CERTIFICATE</comment>
        <translation>TRAINING CERTIFICATE</translation>
    </message>
    <message>
        <source>certreview.col.meetings</source>
        <comment>Attended / counted</comment>
        <translation>Attended / counted</translation>
    </message>
    <message>
        <source>certreview.col.name</source>
        <comment>Name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>certreview.col.note</source>
        <comment>Note</comment>
        <translation>Note</translation>
    </message>
    <message>
        <source>certreview.col.share</source>
        <comment>Attendance</comment>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>certreview.col.status</source>
        <comment>Status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>certreview.counts</source>
        <comment>Meet the rule {eligible} · withheld {withheld} · issued {issued} · too low {short} · attendance minimum {rule}%</comment>
        <translation>Meet the rule {eligible} · withheld {withheld} · issued {issued} · too low {short} · attendance minimum {rule}%</translation>
    </message>
    <message>
        <source>certreview.issue</source>
        <comment>Issue {count} certificates</comment>
        <translation>Issue {count} certificates</translation>
    </message>
    <message>
        <source>certreview.issued</source>
        <comment>{count} certificates issued.</comment>
        <translation>{count} certificates issued.</translation>
    </message>
    <message>
        <source>certreview.not_ended</source>
        <comment>The class has not ended.</comment>
        <translation>The class has not ended.</translation>
    </message>
    <message>
        <source>certreview.pick</source>
        <comment>Choose a class:</comment>
        <translation>Choose a class:</translation>
    </message>
    <message>
        <source>certreview.print</source>
        <comment>Print PDF</comment>
        <translation>Print PDF</translation>
    </message>
    <message>
        <source>certreview.printed</source>
        <comment>PDF saved in {path}.</comment>
        <translation>PDF saved in {path}.</translation>
    </message>
    <message>
        <source>certreview.reason</source>
        <comment>Reason for withholding</comment>
        <translation>Reason for withholding</translation>
    </message>
    <message>
        <source>certreview.release</source>
        <comment>Release</comment>
        <translation>Release</translation>
    </message>
    <message>
        <source>certreview.title</source>
        <comment>Certificates: {programme}</comment>
        <translation>Certificates: {programme}</translation>
    </message>
    <message>
        <source>certreview.withhold</source>
        <comment>Withhold certificate</comment>
        <translation>Withhold certificate</translation>
    </message>
    <message>
        <source>certverify.age</source>
        <comment>{days} days ago</comment>
        <translation>{days} days ago</translation>
    </message>
    <message>
        <source>certverify.check</source>
        <comment>Check</comment>
        <translation>Check</translation>
    </message>
    <message>
        <source>certverify.hint</source>
        <comment>Scan the QR code on the certificate with the scanner.</comment>
        <translation>Scan the QR code on the certificate with the scanner.</translation>
    </message>
    <message>
        <source>certverify.lists</source>
        <comment>Issuer list: {trust}. Revocation list: {revocations} ({count} certificates revoked).</comment>
        <translation>Issuer list: {trust}. Revocation list: {revocations} ({count} certificates revoked).</translation>
    </message>
    <message>
        <source>certverify.never</source>
        <comment>none yet</comment>
        <translation>none yet</translation>
    </message>
    <message>
        <source>certverify.placeholder</source>
        <comment>or paste the QR text here</comment>
        <translation>or paste the QR text here</translation>
    </message>
    <message>
        <source>certverify.title</source>
        <comment>Check a certificate</comment>
        <translation>Check a certificate</translation>
    </message>
    <message>
        <source>check.hint</source>
        <comment>Scan your card's QR code, or type its code and press Check.</comment>
        <translation>Scan your card's QR code, or type its code and press Check.</translation>
    </message>
    <message>
        <source>check.number</source>
        <comment>Card number: {number}</comment>
        <translation>Card number: {number}</translation>
    </message>
    <message>
        <source>check.title</source>
        <comment>Check a card</comment>
        <translation>Check a card</translation>
    </message>
    <message>
        <source>check.verify</source>
        <comment>Check</comment>
        <translation>Check</translation>
    </message>
    <message>
        <source>cli.admit_needs_staff</source>
        <comment>--admit needs --staff USERNAME: the staff member who admits a person not enrolled.</comment>
        <translation>--admit needs --staff USERNAME: the staff member who admits a person not enrolled.</translation>
    </message>
    <message>
        <source>cli.applicant_ambiguous</source>
        <comment>More than one applicant starts with {applicant}; give more of its id.</comment>
        <translation>More than one applicant starts with {applicant}; give more of its id.</translation>
    </message>
    <message>
        <source>cli.applicant_unknown</source>
        <comment>There is no applicant {applicant} on this kiosk.</comment>
        <translation>There is no applicant {applicant} on this kiosk.</translation>
    </message>
    <message>
        <source>cli.backup_done</source>
        <comment>Backup written: {path}</comment>
        <translation>Backup written: {path}</translation>
    </message>
    <message>
        <source>cli.backup_not_audited</source>
        <comment>(The kiosk is running: this backup is not recorded in the audit log.)</comment>
        <translation>(The kiosk is running: this backup is not recorded in the audit log.)</translation>
    </message>
    <message>
        <source>cli.cancelled</source>
        <comment>Cancelled; nothing was changed.</comment>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>cli.card_invalid</source>
        <comment>Invalid card: {reason}</comment>
        <translation>Invalid card: {reason}</translation>
    </message>
    <message>
        <source>cli.card_valid</source>
        <comment>Valid card: {card_id}</comment>
        <translation>Valid card: {card_id}</translation>
    </message>
    <message>
        <source>cli.cards_written</source>
        <comment>{cards} cards written to {path} ({pages} pages).</comment>
        <translation>{cards} cards written to {path} ({pages} pages).</translation>
    </message>
    <message>
        <source>cli.check_ok</source>
        <comment>The database is intact.</comment>
        <translation>The database is intact.</translation>
    </message>
    <message>
        <source>cli.check_read_only</source>
        <comment>The database is intact, but the data folder is read-only: status, rosters and exports work, but the kiosk cannot save anything. Check the folder or drive permissions.</comment>
        <translation>The database is intact, but the data folder is read-only: status, rosters and exports work, but the kiosk cannot save anything. Check the folder or drive permissions.</translation>
    </message>
    <message>
        <source>cli.confirm_prompt</source>
        <comment>Type {word} to go ahead, or press Enter to cancel:</comment>
        <translation>Type {word} to go ahead, or press Enter to cancel:</translation>
    </message>
    <message>
        <source>cli.confirm_word</source>
        <comment>yes</comment>
        <translation>yes</translation>
    </message>
    <message>
        <source>cli.date_invalid</source>
        <comment>{value} is not a valid date: write YYYY-MM-DD, for example 2026-03-02.</comment>
        <translation>{value} is not a valid date: write YYYY-MM-DD, for example 2026-03-02.</translation>
    </message>
    <message>
        <source>cli.days_invalid</source>
        <comment>{value} is not a valid number of days: give a whole number of 1 or more.</comment>
        <translation>{value} is not a valid number of days: give a whole number of 1 or more.</translation>
    </message>
    <message>
        <source>cli.db_none</source>
        <comment>none yet</comment>
        <translation>none yet</translation>
    </message>
    <message>
        <source>cli.db_summary</source>
        <comment>{applicants} applicants, {pending} records waiting for upload, changed {modified}</comment>
        <translation>{applicants} applicants, {pending} records waiting for upload, changed {modified}</translation>
    </message>
    <message>
        <source>cli.db_unreadable</source>
        <comment>cannot be read</comment>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>cli.demo_done</source>
        <comment>Demo data: {applicants} applicants, {sessions} sessions, {enrolments} enrolments, in {seconds} seconds. This kiosk is marked as a demo kiosk: a demo kiosk cannot be paired with a server.</comment>
        <translation>Demo data: {applicants} applicants, {sessions} sessions, {enrolments} enrolments, in {seconds} seconds. This kiosk is marked as a demo kiosk: a demo kiosk cannot be paired with a server.</translation>
    </message>
    <message>
        <source>cli.demo_scans</source>
        <comment>Demo scans: {scans} cards scanned through the attendance rules.</comment>
        <translation>Demo scans: {scans} cards scanned through the attendance rules.</translation>
    </message>
    <message>
        <source>cli.exported</source>
        <comment>{rows} rows written to {path}</comment>
        <translation>{rows} rows written to {path}</translation>
    </message>
    <message>
        <source>cli.file_missing</source>
        <comment>The file {path} does not exist. Nothing was changed.</comment>
        <translation>The file {path} does not exist. Nothing was changed.</translation>
    </message>
    <message>
        <source>cli.folder_missing</source>
        <comment>The folder {folder} does not exist. Create it first or choose a file in another folder; nothing was written.</comment>
        <translation>The folder {folder} does not exist. Create it first or choose a file in another folder; nothing was written.</translation>
    </message>
    <message>
        <source>cli.help.add_staff</source>
        <comment>create a staff or admin account</comment>
        <translation>create a staff or admin account</translation>
    </message>
    <message>
        <source>cli.help.admit</source>
        <comment>admit a card not enrolled in this session (needs --staff)</comment>
        <translation>admit a card not enrolled in this session (needs --staff)</translation>
    </message>
    <message>
        <source>cli.help.applicant_id</source>
        <comment>applicant id (or a unique start of it)</comment>
        <translation>applicant id (or a unique start of it)</translation>
    </message>
    <message>
        <source>cli.help.backup</source>
        <comment>write a consistent copy of the database (also while the kiosk runs)</comment>
        <translation>write a consistent copy of the database (also while the kiosk runs)</translation>
    </message>
    <message>
        <source>cli.help.backup_file</source>
        <comment>the backup file to write</comment>
        <translation>the backup file to write</translation>
    </message>
    <message>
        <source>cli.help.bundle_file</source>
        <comment>the bundle file</comment>
        <translation>the bundle file</translation>
    </message>
    <message>
        <source>cli.help.ca_file</source>
        <comment>trust the server certificate's CA from this PEM file (a private CA)</comment>
        <translation>trust the server certificate's CA from this PEM file (a private CA)</translation>
    </message>
    <message>
        <source>cli.help.card_payload</source>
        <comment>print the QR payload of current cards (one a line), to try verify-card and scan</comment>
        <translation>print the QR payload of current cards (one a line), to try verify-card and scan</translation>
    </message>
    <message>
        <source>cli.help.certificate_text</source>
        <comment>the QR code's text, K3C1:...</comment>
        <translation>the QR code's text, K3C1:...</translation>
    </message>
    <message>
        <source>cli.help.check</source>
        <comment>integrity check of the database</comment>
        <translation>integrity check of the database</translation>
    </message>
    <message>
        <source>cli.help.code</source>
        <comment>one-time code from kiosk-server</comment>
        <translation>one-time code from kiosk-server</translation>
    </message>
    <message>
        <source>cli.help.commands</source>
        <comment>COMMAND</comment>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>cli.help.data_dir</source>
        <comment>data folder (default: $KIOSK_DATA_DIR or the user data folder)</comment>
        <translation>data folder (default: $KIOSK_DATA_DIR or the user data folder)</translation>
    </message>
    <message>
        <source>cli.help.day</source>
        <comment>day (default: today)</comment>
        <translation>day (default: today)</translation>
    </message>
    <message>
        <source>cli.help.days</source>
        <comment>days (1 or more; default: the kiosk's retention setting)</comment>
        <translation>days (1 or more; default: the kiosk's retention setting)</translation>
    </message>
    <message>
        <source>cli.help.demo</source>
        <comment>fill a new, empty store with synthetic demo data (a demo kiosk cannot be paired with a server)</comment>
        <translation>fill a new, empty store with synthetic demo data (a demo kiosk cannot be paired with a server)</translation>
    </message>
    <message>
        <source>cli.help.demo_applicants</source>
        <comment>number of applicants</comment>
        <translation>number of applicants</translation>
    </message>
    <message>
        <source>cli.help.demo_command</source>
        <comment>add synthetic demo data through the normal rules (a demo kiosk cannot be paired with a server)</comment>
        <translation>add synthetic demo data through the normal rules (a demo kiosk cannot be paired with a server)</translation>
    </message>
    <message>
        <source>cli.help.demo_scans</source>
        <comment>number of card scans through the attendance rules</comment>
        <translation>number of card scans through the attendance rules</translation>
    </message>
    <message>
        <source>cli.help.demo_seed</source>
        <comment>random seed (same seed, same data)</comment>
        <translation>random seed (same seed, same data)</translation>
    </message>
    <message>
        <source>cli.help.demo_sessions</source>
        <comment>number of training sessions</comment>
        <translation>number of training sessions</translation>
    </message>
    <message>
        <source>cli.help.demo_workers</source>
        <comment>processes that prepare applicants (default: one per CPU, up to 3, for large runs; 0: none)</comment>
        <translation>processes that prepare applicants (default: one per CPU, up to 3, for large runs; 0: none)</translation>
    </message>
    <message>
        <source>cli.help.description</source>
        <comment>Kios3in1 — kiosk for BLK and LPK job centres. Without a command it starts the GUI.</comment>
        <translation>Kios3in1 — kiosk for BLK and LPK job centres. Without a command it starts the GUI.</translation>
    </message>
    <message>
        <source>cli.help.enroll</source>
        <comment>pair this kiosk with the central server (a one-time code from the central operator)</comment>
        <translation>pair this kiosk with the central server (a one-time code from the central operator)</translation>
    </message>
    <message>
        <source>cli.help.export_attendance</source>
        <comment>write a session's attendance to a .csv or .xlsx file</comment>
        <translation>write a session's attendance to a .csv or .xlsx file</translation>
    </message>
    <message>
        <source>cli.help.export_bundle</source>
        <comment>write pending records to a bundle for a USB stick</comment>
        <translation>write pending records to a bundle for a USB stick</translation>
    </message>
    <message>
        <source>cli.help.full_name</source>
        <comment>full name</comment>
        <translation>full name</translation>
    </message>
    <message>
        <source>cli.help.import_trust</source>
        <comment>apply a certificate trust file written by kiosk-server export-trust</comment>
        <translation>apply a certificate trust file written by kiosk-server export-trust</translation>
    </message>
    <message>
        <source>cli.help.import_vacancies</source>
        <comment>apply a vacancy bundle written by kiosk-server export-vacancies (USB)</comment>
        <translation>apply a vacancy bundle written by kiosk-server export-vacancies (USB)</translation>
    </message>
    <message>
        <source>cli.help.json</source>
        <comment>JSON output for scripts</comment>
        <translation>JSON output for scripts</translation>
    </message>
    <message>
        <source>cli.help.key</source>
        <comment>move the personal-data key to or from a file (moving to a new PC)</comment>
        <translation>move the personal-data key to or from a file (moving to a new PC)</translation>
    </message>
    <message>
        <source>cli.help.key_action</source>
        <comment>export or import</comment>
        <translation>export or import</translation>
    </message>
    <message>
        <source>cli.help.key_file</source>
        <comment>the key file</comment>
        <translation>the key file</translation>
    </message>
    <message>
        <source>cli.help.label</source>
        <comment>a name for this kiosk on the server</comment>
        <translation>a name for this kiosk on the server</translation>
    </message>
    <message>
        <source>cli.help.lang</source>
        <comment>language (id, en)</comment>
        <translation>language (id, en)</translation>
    </message>
    <message>
        <source>cli.help.max_wait</source>
        <comment>give up after this many seconds in a row without an answer from the server (default: 60)</comment>
        <translation>give up after this many seconds in a row without an answer from the server (default: 60)</translation>
    </message>
    <message>
        <source>cli.help.no_demo</source>
        <comment>no demo data (the default; still accepted for old start scripts)</comment>
        <translation>no demo data (the default; still accepted for old start scripts)</translation>
    </message>
    <message>
        <source>cli.help.out</source>
        <comment>a .csv or .xlsx file</comment>
        <translation>a .csv or .xlsx file</translation>
    </message>
    <message>
        <source>cli.help.payload</source>
        <comment>the card's QR payload (the text a scanner reads; see kiosk card-payload)</comment>
        <translation>the card's QR payload (the text a scanner reads; see kiosk card-payload)</translation>
    </message>
    <message>
        <source>cli.help.pdf</source>
        <comment>the PDF file to write</comment>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <source>cli.help.pin</source>
        <comment>PIN of 6-8 digits (asked for at a terminal when omitted)</comment>
        <translation>PIN of 6-8 digits (asked for at a terminal when omitted)</translation>
    </message>
    <message>
        <source>cli.help.pin_server</source>
        <comment>the server key's pin (kiosk-server tls-pin); repeat for a backup key</comment>
        <translation>the server key's pin (kiosk-server tls-pin); repeat for a backup key</translation>
    </message>
    <message>
        <source>cli.help.pin_stdin</source>
        <comment>read the PIN from the first line of standard input (for scripts)</comment>
        <translation>read the PIN from the first line of standard input (for scripts)</translation>
    </message>
    <message>
        <source>cli.help.plain_http</source>
        <comment>DANGER: allow an unencrypted http:// server that is not this computer</comment>
        <translation>DANGER: allow an unencrypted http:// server that is not this computer</translation>
    </message>
    <message>
        <source>cli.help.print_cards</source>
        <comment>write the current cards of a session or an applicant to a PDF</comment>
        <translation>write the current cards of a session or an applicant to a PDF</translation>
    </message>
    <message>
        <source>cli.help.purge</source>
        <comment>apply the retention rule to personal data now (shows first what it removes)</comment>
        <translation>apply the retention rule to personal data now (shows first what it removes)</translation>
    </message>
    <message>
        <source>cli.help.restore</source>
        <comment>replace the database with a backup (the kiosk must be closed)</comment>
        <translation>replace the database with a backup (the kiosk must be closed)</translation>
    </message>
    <message>
        <source>cli.help.restore_file</source>
        <comment>the backup file</comment>
        <translation>the backup file</translation>
    </message>
    <message>
        <source>cli.help.role</source>
        <comment>role (staff, admin)</comment>
        <translation>role (staff, admin)</translation>
    </message>
    <message>
        <source>cli.help.roster</source>
        <comment>enrolled, present, late and absent trainees</comment>
        <translation>enrolled, present, late and absent trainees</translation>
    </message>
    <message>
        <source>cli.help.rotate</source>
        <comment>renew this kiosk's token now (no code needed)</comment>
        <translation>renew this kiosk's token now (no code needed)</translation>
    </message>
    <message>
        <source>cli.help.scan</source>
        <comment>record a card scan for a session (exit 0 recorded, 1 rejected or needs staff)</comment>
        <translation>record a card scan for a session (exit 0 recorded, 1 rejected or needs staff)</translation>
    </message>
    <message>
        <source>cli.help.self_test</source>
        <comment>open the store, build the main window offscreen, render it once and exit</comment>
        <translation>open the store, build the main window offscreen, render it once and exit</translation>
    </message>
    <message>
        <source>cli.help.server</source>
        <comment>server address, e.g. https://sync.example.go.id</comment>
        <translation>server address, e.g. https://sync.example.go.id</translation>
    </message>
    <message>
        <source>cli.help.session_id</source>
        <comment>session id (or a unique start of it; see kiosk sessions)</comment>
        <translation>session id (or a unique start of it; see kiosk sessions)</translation>
    </message>
    <message>
        <source>cli.help.sessions</source>
        <comment>training sessions known to this kiosk</comment>
        <translation>training sessions known to this kiosk</translation>
    </message>
    <message>
        <source>cli.help.sheet</source>
        <comment>A4 sheets of 10 cards with cut marks</comment>
        <translation>A4 sheets of 10 cards with cut marks</translation>
    </message>
    <message>
        <source>cli.help.staff</source>
        <comment>username of the staff member who scans (needed with --admit)</comment>
        <translation>username of the staff member who scans (needed with --admit)</translation>
    </message>
    <message>
        <source>cli.help.status</source>
        <comment>counts and sync state of this kiosk</comment>
        <translation>counts and sync state of this kiosk</translation>
    </message>
    <message>
        <source>cli.help.sync</source>
        <comment>upload pending records and pull reference data (exit 0 only when nothing is pending)</comment>
        <translation>upload pending records and pull reference data (exit 0 only when nothing is pending)</translation>
    </message>
    <message>
        <source>cli.help.timeout</source>
        <comment>seconds to wait for each reply</comment>
        <translation>seconds to wait for each reply</translation>
    </message>
    <message>
        <source>cli.help.username</source>
        <comment>user name to log in with</comment>
        <translation>user name to log in with</translation>
    </message>
    <message>
        <source>cli.help.vacancy_bundle</source>
        <comment>the vacancy bundle</comment>
        <translation>the vacancy bundle</translation>
    </message>
    <message>
        <source>cli.help.verify_card</source>
        <comment>check a card's QR payload offline (exit 0 valid, 1 not)</comment>
        <translation>check a card's QR payload offline (exit 0 valid, 1 not)</translation>
    </message>
    <message>
        <source>cli.help.verify_certificate</source>
        <comment>check a certificate's QR text offline (valid, invalid, cannot tell)</comment>
        <translation>check a certificate's QR text offline (valid, invalid, cannot tell)</translation>
    </message>
    <message>
        <source>cli.help.windowed</source>
        <comment>run in a window, not full screen</comment>
        <translation>run in a window, not full screen</translation>
    </message>
    <message>
        <source>cli.help.yes</source>
        <comment>go ahead without asking (for scripts)</comment>
        <translation>go ahead without asking (for scripts)</translation>
    </message>
    <message>
        <source>cli.internal_error</source>
        <comment>Internal error ({kind}). The details are in the log: {log}</comment>
        <translation>Internal error ({kind}). The details are in the log: {log}</translation>
    </message>
    <message>
        <source>cli.key_exported</source>
        <comment>Personal-data key copied to {path}. Keep it locked away: whoever holds it can read this kiosk's personal data.</comment>
        <translation>Personal-data key copied to {path}. Keep it locked away: whoever holds it can read this kiosk's personal data.</translation>
    </message>
    <message>
        <source>cli.key_imported</source>
        <comment>Personal-data key installed: {where}</comment>
        <translation>Personal-data key installed: {where}</translation>
    </message>
    <message>
        <source>cli.needs_yes</source>
        <comment>Nothing was changed. Run it again with --yes to go ahead.</comment>
        <translation>Nothing was changed. Run it again with --yes to go ahead.</translation>
    </message>
    <message>
        <source>cli.no_cards_for</source>
        <comment>There is no valid card for {who}.</comment>
        <translation>There is no valid card for {who}.</translation>
    </message>
    <message>
        <source>cli.not_a_count</source>
        <comment>{value} is not a whole number of 0 or more.</comment>
        <translation>{value} is not a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>cli.os_error</source>
        <comment>A file or folder cannot be used: {reason} ({path})</comment>
        <translation>A file or folder cannot be used: {reason} ({path})</translation>
    </message>
    <message>
        <source>cli.pin_again</source>
        <comment>PIN again:</comment>
        <translation>PIN again:</translation>
    </message>
    <message>
        <source>cli.pin_differs</source>
        <comment>The two PINs differ; no account was made.</comment>
        <translation>The two PINs differ; no account was made.</translation>
    </message>
    <message>
        <source>cli.pin_needed</source>
        <comment>No PIN was given and there is no terminal to ask for it. Pass --pin PIN, or --pin-stdin with the PIN on standard input.</comment>
        <translation>No PIN was given and there is no terminal to ask for it. Pass --pin PIN, or --pin-stdin with the PIN on standard input.</translation>
    </message>
    <message>
        <source>cli.pin_prompt</source>
        <comment>PIN (6-8 digits):</comment>
        <translation>PIN (6-8 digits):</translation>
    </message>
    <message>
        <source>cli.print_unavailable</source>
        <comment>Card printing is not available in this installation.</comment>
        <translation>Card printing is not available in this installation.</translation>
    </message>
    <message>
        <source>cli.purge_done</source>
        <comment>Personal data of {count} people purged.</comment>
        <translation>Personal data of {count} people purged.</translation>
    </message>
    <message>
        <source>cli.purge_plan</source>
        <comment>The personal data (NIK, name, address, phone, email, KK) of {count} people registered more than {days} days ago, acknowledged by the server and with no current or future session will be removed for good. Cards and attendance stay, without names.</comment>
        <translation>The personal data (NIK, name, address, phone, email, KK) of {count} people registered more than {days} days ago, acknowledged by the server and with no current or future session will be removed for good. Cards and attendance stay, without names.</translation>
    </message>
    <message>
        <source>cli.restore_done</source>
        <comment>Database restored from {source}. The replaced file was kept as {kept}.</comment>
        <translation>Database restored from {source}. The replaced file was kept as {kept}.</translation>
    </message>
    <message>
        <source>cli.restore_plan</source>
        <comment>Restoring replaces the kiosk database {database} ({current}) with the backup {source} ({backup}). The replaced file is kept beside it (kiosk.sqlite3.replaced-…).</comment>
        <translation>Restoring replaces the kiosk database {database} ({current}) with the backup {source} ({backup}). The replaced file is kept beside it (kiosk.sqlite3.replaced-…).</translation>
    </message>
    <message>
        <source>cli.roster_counts</source>
        <comment>{day}: {enrolled} enrolled, {present} present ({late} late), {absent} absent</comment>
        <translation>{day}: {enrolled} enrolled, {present} present ({late} late), {absent} absent</translation>
    </message>
    <message>
        <source>cli.seconds_invalid</source>
        <comment>{value} is not a valid number of seconds: give a number of 0 or more.</comment>
        <translation>{value} is not a valid number of seconds: give a number of 0 or more.</translation>
    </message>
    <message>
        <source>cli.session_ambiguous</source>
        <comment>More than one session starts with {session}; give more of its id.</comment>
        <translation>More than one session starts with {session}; give more of its id.</translation>
    </message>
    <message>
        <source>cli.session_unknown</source>
        <comment>There is no session {session} on this kiosk. See the list: kiosk sessions</comment>
        <translation>There is no session {session} on this kiosk. See the list: kiosk sessions</translation>
    </message>
    <message>
        <source>cli.staff_created</source>
        <comment>{role} account {username} created (id {id}).</comment>
        <translation>{role} account {username} created (id {id}).</translation>
    </message>
    <message>
        <source>cli.staff_unknown</source>
        <comment>No active staff account has that username.</comment>
        <translation>No active staff account has that username.</translation>
    </message>
    <message>
        <source>cli.status.disk_low</source>
        <comment>WARNING: the disk is almost full. Free some space so the kiosk can keep saving.</comment>
        <translation>WARNING: the disk is almost full. Free some space so the kiosk can keep saving.</translation>
    </message>
    <message>
        <source>cli.status.in_use</source>
        <comment>The kiosk (GUI) is running on this folder; the figures above were read beside it.</comment>
        <translation>The kiosk (GUI) is running on this folder; the figures above were read beside it.</translation>
    </message>
    <message>
        <source>cli.status.label.applicants</source>
        <comment>Applicants</comment>
        <translation>Applicants</translation>
    </message>
    <message>
        <source>cli.status.label.attendance_events</source>
        <comment>Attendance records</comment>
        <translation>Attendance records</translation>
    </message>
    <message>
        <source>cli.status.label.cards</source>
        <comment>Cards</comment>
        <translation>Cards</translation>
    </message>
    <message>
        <source>cli.status.label.demo_data</source>
        <comment>Demo data</comment>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>cli.status.label.device_id</source>
        <comment>Device id</comment>
        <translation>Device id</translation>
    </message>
    <message>
        <source>cli.status.label.enrolments</source>
        <comment>Enrolments</comment>
        <translation>Enrolments</translation>
    </message>
    <message>
        <source>cli.status.label.free_disk_mb</source>
        <comment>Free disk space</comment>
        <translation>Free disk space</translation>
    </message>
    <message>
        <source>cli.status.label.last_backup_at</source>
        <comment>Last backup</comment>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>cli.status.label.last_sync_at</source>
        <comment>Last sync</comment>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>cli.status.label.oldest_pending_at</source>
        <comment>Oldest waiting since</comment>
        <translation>Oldest waiting since</translation>
    </message>
    <message>
        <source>cli.status.label.outbox_pending</source>
        <comment>Waiting for upload</comment>
        <translation>Waiting for upload</translation>
    </message>
    <message>
        <source>cli.status.label.outbox_total</source>
        <comment>All records in the outbox</comment>
        <translation>All records in the outbox</translation>
    </message>
    <message>
        <source>cli.status.label.read_only</source>
        <comment>Read-only</comment>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>cli.status.label.sessions</source>
        <comment>Training sessions</comment>
        <translation>Training sessions</translation>
    </message>
    <message>
        <source>cli.status.label.sync_set_aside</source>
        <comment>Changes set aside</comment>
        <translation>Changes set aside</translation>
    </message>
    <message>
        <source>cli.status.megabytes</source>
        <comment>{mb} MB</comment>
        <translation>{mb} MB</translation>
    </message>
    <message>
        <source>cli.status.never</source>
        <comment>never</comment>
        <translation>never</translation>
    </message>
    <message>
        <source>cli.status.no</source>
        <comment>no</comment>
        <translation>no</translation>
    </message>
    <message>
        <source>cli.status.nothing</source>
        <comment>none</comment>
        <translation>none</translation>
    </message>
    <message>
        <source>cli.status.read_only_folder</source>
        <comment>The data folder is read-only: the kiosk cannot save anything.</comment>
        <translation>The data folder is read-only: the kiosk cannot save anything.</translation>
    </message>
    <message>
        <source>cli.status.yes</source>
        <comment>yes</comment>
        <translation>yes</translation>
    </message>
    <message>
        <source>common.back</source>
        <comment>Back</comment>
        <translation>Back</translation>
    </message>
    <message>
        <source>common.no</source>
        <comment>No</comment>
        <translation>No</translation>
    </message>
    <message>
        <source>common.yes</source>
        <comment>Yes</comment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>consent.agree</source>
        <comment>I have read this and agree to the processing of my personal data</comment>
        <translation>I have read this and agree to the processing of my personal data</translation>
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
        <translation>Under the Personal Data Protection Law (UU PDP) No. 27 of 2022:

• What we collect: NIK, name, place and date of birth, sex, address, mobile number, email (if given), education, occupation and family card number.
• Why: to check Kartu Prakerja eligibility, enrol you in training, record attendance and help with job placement.
• How long: while you are registered and at most 5 years after your last training, then it is deleted.
• Who receives it: the Ministry of Manpower (Kemnaker), the local manpower office and the training provider you choose. It is never sold or used for advertising.
• Your rights: see, correct and ask to delete your data, or withdraw consent, through the BLK/LPK staff.

Consent text version: {version}</translation>
    </message>
    <message>
        <source>consent.title</source>
        <comment>Consent to personal data processing</comment>
        <translation>Consent to personal data processing</translation>
    </message>
    <message>
        <source>console.applicant.back</source>
        <comment>Back to the applicants</comment>
        <translation>Back to the applicants</translation>
    </message>
    <message>
        <source>console.applicant.field</source>
        <comment>Field</comment>
        <translation>Field</translation>
    </message>
    <message>
        <source>console.applicant.reveal</source>
        <comment>Show personal data</comment>
        <translation>Show personal data</translation>
    </message>
    <message>
        <source>console.applicant.revealed_note</source>
        <comment>Opening this data is recorded in the audit log. Do not copy or keep it outside the system.</comment>
        <translation>Opening this data is recorded in the audit log. Do not copy or keep it outside the system.</translation>
    </message>
    <message>
        <source>console.applicant.revealed_title</source>
        <comment>An applicant's personal data</comment>
        <translation>An applicant's personal data</translation>
    </message>
    <message>
        <source>console.applicant.value</source>
        <comment>Value</comment>
        <translation>Value</translation>
    </message>
    <message>
        <source>console.attention.attendance_drop</source>
        <comment>{title}: attendance fell from {before}% to {after}% this week</comment>
        <translation>{title}: attendance fell from {before}% to {after}% this week</translation>
    </message>
    <message>
        <source>console.attention.backlog</source>
        <comment>{label}: its oldest unsent record is {days} days old</comment>
        <translation>{label}: its oldest unsent record is {days} days old</translation>
    </message>
    <message>
        <source>console.attention.drift</source>
        <comment>{label}: the kiosk's clock is off by {minutes} minutes</comment>
        <translation>{label}: the kiosk's clock is off by {minutes} minutes</translation>
    </message>
    <message>
        <source>console.attention.intro</source>
        <comment>What needs a person to act, at your sites.</comment>
        <translation>What needs a person to act, at your sites.</translation>
    </message>
    <message>
        <source>console.attention.kind.attendance_drop</source>
        <comment>Class attendance dropped</comment>
        <translation>Class attendance dropped</translation>
    </message>
    <message>
        <source>console.attention.kind.backlog</source>
        <comment>Records not sent</comment>
        <translation>Records not sent</translation>
    </message>
    <message>
        <source>console.attention.kind.drift</source>
        <comment>Kiosk clock off</comment>
        <translation>Kiosk clock off</translation>
    </message>
    <message>
        <source>console.attention.kind.revoked_trying</source>
        <comment>Revoked kiosks still trying</comment>
        <translation>Revoked kiosks still trying</translation>
    </message>
    <message>
        <source>console.attention.kind.set_aside</source>
        <comment>Records set aside by sync</comment>
        <translation>Records set aside by sync</translation>
    </message>
    <message>
        <source>console.attention.kind.silent</source>
        <comment>Silent kiosks</comment>
        <translation>Silent kiosks</translation>
    </message>
    <message>
        <source>console.attention.none</source>
        <comment>Nothing needs attention. Good!</comment>
        <translation>Nothing needs attention. Good!</translation>
    </message>
    <message>
        <source>console.attention.open</source>
        <comment>Open</comment>
        <translation>Open</translation>
    </message>
    <message>
        <source>console.attention.revoked_trying</source>
        <comment>{label}: revoked, last tried {at}</comment>
        <translation>{label}: revoked, last tried {at}</translation>
    </message>
    <message>
        <source>console.attention.set_aside</source>
        <comment>{label}: {count} records set aside or refused</comment>
        <translation>{label}: {count} records set aside or refused</translation>
    </message>
    <message>
        <source>console.attention.silent</source>
        <comment>{label}: no sync for {days} days</comment>
        <translation>{label}: no sync for {days} days</translation>
    </message>
    <message>
        <source>console.attention.silent_days</source>
        <comment>Kiosk counts as silent after (days)</comment>
        <translation>Kiosk counts as silent after (days)</translation>
    </message>
    <message>
        <source>console.attention.title</source>
        <comment>Needs attention</comment>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>console.class.attendance_link</source>
        <comment>This class's attendance</comment>
        <translation>This class's attendance</translation>
    </message>
    <message>
        <source>console.class.back</source>
        <comment>Back to the classes</comment>
        <translation>Back to the classes</translation>
    </message>
    <message>
        <source>console.class.roster_title</source>
        <comment>Roster</comment>
        <translation>Roster</translation>
    </message>
    <message>
        <source>console.col.capacity</source>
        <comment>Capacity</comment>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>console.col.card</source>
        <comment>Card</comment>
        <translation>Card</translation>
    </message>
    <message>
        <source>console.col.class</source>
        <comment>Class</comment>
        <translation>Class</translation>
    </message>
    <message>
        <source>console.col.dates</source>
        <comment>Dates</comment>
        <translation>Dates</translation>
    </message>
    <message>
        <source>console.col.day</source>
        <comment>Day</comment>
        <translation>Day</translation>
    </message>
    <message>
        <source>console.col.days_present</source>
        <comment>Days present</comment>
        <translation>Days present</translation>
    </message>
    <message>
        <source>console.col.education</source>
        <comment>Education</comment>
        <translation>Education</translation>
    </message>
    <message>
        <source>console.col.eligible</source>
        <comment>Eligible</comment>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>console.col.employment</source>
        <comment>Employment</comment>
        <translation>Employment</translation>
    </message>
    <message>
        <source>console.col.enrolled</source>
        <comment>Enrolled</comment>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>console.col.enrolled_at</source>
        <comment>Enrolled at</comment>
        <translation>Enrolled at</translation>
    </message>
    <message>
        <source>console.col.kind</source>
        <comment>Kind</comment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>console.col.meetings</source>
        <comment>Meetings</comment>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>console.col.nik</source>
        <comment>NIK</comment>
        <translation>NIK</translation>
    </message>
    <message>
        <source>console.col.rate</source>
        <comment>Attendance</comment>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>console.col.reasons</source>
        <comment>Reasons</comment>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>console.col.recorded_at</source>
        <comment>Recorded</comment>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>console.col.region</source>
        <comment>Region</comment>
        <translation>Region</translation>
    </message>
    <message>
        <source>console.col.registered_at</source>
        <comment>Registered</comment>
        <translation>Registered</translation>
    </message>
    <message>
        <source>console.col.site</source>
        <comment>Site</comment>
        <translation>Site</translation>
    </message>
    <message>
        <source>console.days</source>
        <comment>{n} days</comment>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>console.error.forbidden</source>
        <comment>You may not see or change this.</comment>
        <translation>You may not see or change this.</translation>
    </message>
    <message>
        <source>console.error.home</source>
        <comment>To the console's start page</comment>
        <translation>To the console's start page</translation>
    </message>
    <message>
        <source>console.error.not_found</source>
        <comment>This page or record does not exist.</comment>
        <translation>This page or record does not exist.</translation>
    </message>
    <message>
        <source>console.error.title</source>
        <comment>Cannot be shown</comment>
        <translation>Cannot be shown</translation>
    </message>
    <message>
        <source>console.export.csv</source>
        <comment>CSV</comment>
        <translation>CSV</translation>
    </message>
    <message>
        <source>console.export.label</source>
        <comment>Download this view</comment>
        <translation>Download this view</translation>
    </message>
    <message>
        <source>console.export.note</source>
        <comment>Holds every row that matches the filter (at most {limit}).</comment>
        <translation>Holds every row that matches the filter (at most {limit}).</translation>
    </message>
    <message>
        <source>console.export.too_many</source>
        <comment>Too many rows to download. Narrow the filter (site or dates) first.</comment>
        <translation>Too many rows to download. Narrow the filter (site or dates) first.</translation>
    </message>
    <message>
        <source>console.export.xlsx</source>
        <comment>Excel (XLSX)</comment>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <source>console.filter.any</source>
        <comment>All</comment>
        <translation>All</translation>
    </message>
    <message>
        <source>console.filter.any_site</source>
        <comment>All sites</comment>
        <translation>All sites</translation>
    </message>
    <message>
        <source>console.filter.apply</source>
        <comment>Apply</comment>
        <translation>Apply</translation>
    </message>
    <message>
        <source>console.filter.class</source>
        <comment>Class id</comment>
        <translation>Class id</translation>
    </message>
    <message>
        <source>console.filter.eligible</source>
        <comment>Eligible</comment>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>console.filter.reset</source>
        <comment>Clear filter</comment>
        <translation>Clear filter</translation>
    </message>
    <message>
        <source>console.filter.since</source>
        <comment>From</comment>
        <translation>From</translation>
    </message>
    <message>
        <source>console.filter.site</source>
        <comment>Site</comment>
        <translation>Site</translation>
    </message>
    <message>
        <source>console.filter.title</source>
        <comment>Filter</comment>
        <translation>Filter</translation>
    </message>
    <message>
        <source>console.filter.until</source>
        <comment>Until</comment>
        <translation>Until</translation>
    </message>
    <message>
        <source>console.kind.check_in</source>
        <comment>check-in</comment>
        <translation>check-in</translation>
    </message>
    <message>
        <source>console.kind.check_out</source>
        <comment>check-out</comment>
        <translation>check-out</translation>
    </message>
    <message>
        <source>console.kiosks.back</source>
        <comment>Back to the kiosks</comment>
        <translation>Back to the kiosks</translation>
    </message>
    <message>
        <source>console.kiosks.bad_site</source>
        <comment>A site code has 1–40 letters, digits, dots, dashes or underscores.</comment>
        <translation>A site code has 1–40 letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>console.kiosks.clock_offset</source>
        <comment>Clock offset</comment>
        <translation>Clock offset</translation>
    </message>
    <message>
        <source>console.kiosks.code_once</source>
        <comment>Code for site {site}. Write it down now: it is not shown again.</comment>
        <translation>Code for site {site}. Write it down now: it is not shown again.</translation>
    </message>
    <message>
        <source>console.kiosks.code_title</source>
        <comment>Enrolment code</comment>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>console.kiosks.confirm_needed</source>
        <comment>Tick the confirmation box to revoke the kiosk.</comment>
        <translation>Tick the confirmation box to revoke the kiosk.</translation>
    </message>
    <message>
        <source>console.kiosks.detail</source>
        <comment>Kiosk {label}</comment>
        <translation>Kiosk {label}</translation>
    </message>
    <message>
        <source>console.kiosks.device_id</source>
        <comment>Device id</comment>
        <translation>Device id</translation>
    </message>
    <message>
        <source>console.kiosks.enrolled_at</source>
        <comment>Enrolled</comment>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>console.kiosks.issue_help</source>
        <comment>A one-time code, valid for 24 hours, for one kiosk of this site.</comment>
        <translation>A one-time code, valid for 24 hours, for one kiosk of this site.</translation>
    </message>
    <message>
        <source>console.kiosks.issue_site</source>
        <comment>Site code</comment>
        <translation>Site code</translation>
    </message>
    <message>
        <source>console.kiosks.issue_submit</source>
        <comment>Issue code</comment>
        <translation>Issue code</translation>
    </message>
    <message>
        <source>console.kiosks.issue_title</source>
        <comment>Enrolment code for a new kiosk</comment>
        <translation>Enrolment code for a new kiosk</translation>
    </message>
    <message>
        <source>console.kiosks.label</source>
        <comment>Kiosk</comment>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>console.kiosks.last_sync</source>
        <comment>Last sync</comment>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>console.kiosks.never</source>
        <comment>never</comment>
        <translation>never</translation>
    </message>
    <message>
        <source>console.kiosks.no_problems</source>
        <comment>None.</comment>
        <translation>None.</translation>
    </message>
    <message>
        <source>console.kiosks.none</source>
        <comment>No kiosks yet.</comment>
        <translation>No kiosks yet.</translation>
    </message>
    <message>
        <source>console.kiosks.nothing_pending</source>
        <comment>none</comment>
        <translation>none</translation>
    </message>
    <message>
        <source>console.kiosks.oldest_pending</source>
        <comment>Oldest unsent record</comment>
        <translation>Oldest unsent record</translation>
    </message>
    <message>
        <source>console.kiosks.problems_title</source>
        <comment>Records set aside or refused</comment>
        <translation>Records set aside or refused</translation>
    </message>
    <message>
        <source>console.kiosks.reason</source>
        <comment>Reason</comment>
        <translation>Reason</translation>
    </message>
    <message>
        <source>console.kiosks.revoke_confirm</source>
        <comment>Yes, I am sure</comment>
        <translation>Yes, I am sure</translation>
    </message>
    <message>
        <source>console.kiosks.revoke_help</source>
        <comment>This kiosk is refused from now on and its card-signing key is no longer trusted.</comment>
        <translation>This kiosk is refused from now on and its card-signing key is no longer trusted.</translation>
    </message>
    <message>
        <source>console.kiosks.revoke_submit</source>
        <comment>Revoke kiosk</comment>
        <translation>Revoke kiosk</translation>
    </message>
    <message>
        <source>console.kiosks.revoke_title</source>
        <comment>Revoke this kiosk</comment>
        <translation>Revoke this kiosk</translation>
    </message>
    <message>
        <source>console.kiosks.revoked_at</source>
        <comment>revoked {at}</comment>
        <translation>revoked {at}</translation>
    </message>
    <message>
        <source>console.kiosks.revoked_done</source>
        <comment>The kiosk has been revoked.</comment>
        <translation>The kiosk has been revoked.</translation>
    </message>
    <message>
        <source>console.kiosks.seconds</source>
        <comment>{n} s</comment>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>console.kiosks.site</source>
        <comment>Site</comment>
        <translation>Site</translation>
    </message>
    <message>
        <source>console.kiosks.source_kiosk</source>
        <comment>set aside by the kiosk</comment>
        <translation>set aside by the kiosk</translation>
    </message>
    <message>
        <source>console.kiosks.source_server</source>
        <comment>refused by the server</comment>
        <translation>refused by the server</translation>
    </message>
    <message>
        <source>console.kiosks.status</source>
        <comment>Status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>console.kiosks.status_active</source>
        <comment>Active</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>console.kiosks.status_any</source>
        <comment>All</comment>
        <translation>All</translation>
    </message>
    <message>
        <source>console.kiosks.status_revoked</source>
        <comment>Revoked</comment>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>console.kiosks.title</source>
        <comment>Kiosks</comment>
        <translation>Kiosks</translation>
    </message>
    <message>
        <source>console.kiosks.unknown</source>
        <comment>not reported</comment>
        <translation>not reported</translation>
    </message>
    <message>
        <source>console.kiosks.version</source>
        <comment>App version</comment>
        <translation>App version</translation>
    </message>
    <message>
        <source>console.kiosks.what</source>
        <comment>Record</comment>
        <translation>Record</translation>
    </message>
    <message>
        <source>console.kiosks.when</source>
        <comment>When</comment>
        <translation>When</translation>
    </message>
    <message>
        <source>console.lang.label</source>
        <comment>Language</comment>
        <translation>Language</translation>
    </message>
    <message>
        <source>console.login.failed</source>
        <comment>Wrong user name or password.</comment>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>console.login.locked</source>
        <comment>This account is locked for now after too many attempts. Try again in {minutes} minutes.</comment>
        <translation>This account is locked for now after too many attempts. Try again in {minutes} minutes.</translation>
    </message>
    <message>
        <source>console.login.name</source>
        <comment>User name</comment>
        <translation>User name</translation>
    </message>
    <message>
        <source>console.login.password</source>
        <comment>Password</comment>
        <translation>Password</translation>
    </message>
    <message>
        <source>console.login.rate_limited</source>
        <comment>Too many sign-in attempts. Try again in {minutes} minutes.</comment>
        <translation>Too many sign-in attempts. Try again in {minutes} minutes.</translation>
    </message>
    <message>
        <source>console.login.submit</source>
        <comment>Sign in</comment>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>console.login.title</source>
        <comment>Sign in to the console</comment>
        <translation>Sign in to the console</translation>
    </message>
    <message>
        <source>console.logout</source>
        <comment>Sign out</comment>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>console.nav.applicants</source>
        <comment>Applicants</comment>
        <translation>Applicants</translation>
    </message>
    <message>
        <source>console.nav.attendance</source>
        <comment>Attendance</comment>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>console.nav.attention</source>
        <comment>Needs attention</comment>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>console.nav.classes</source>
        <comment>Classes</comment>
        <translation>Classes</translation>
    </message>
    <message>
        <source>console.nav.docs</source>
        <comment>API</comment>
        <translation>API</translation>
    </message>
    <message>
        <source>console.nav.kiosks</source>
        <comment>Kiosks</comment>
        <translation>Kiosks</translation>
    </message>
    <message>
        <source>console.nav.label</source>
        <comment>Main menu</comment>
        <translation>Main menu</translation>
    </message>
    <message>
        <source>console.nav.programme</source>
        <comment>Programme</comment>
        <translation>Programme</translation>
    </message>
    <message>
        <source>console.nav.users</source>
        <comment>Users</comment>
        <translation>Users</translation>
    </message>
    <message>
        <source>console.no</source>
        <comment>No</comment>
        <translation>No</translation>
    </message>
    <message>
        <source>console.none</source>
        <comment>—</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>console.page.empty</source>
        <comment>Nothing matches.</comment>
        <translation>Nothing matches.</translation>
    </message>
    <message>
        <source>console.page.next</source>
        <comment>Next ›</comment>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>console.page.number</source>
        <comment>Page {n}</comment>
        <translation>Page {n}</translation>
    </message>
    <message>
        <source>console.page.prev</source>
        <comment>‹ Previous</comment>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <source>console.programme.attended</source>
        <comment>Attended ≥ 80%</comment>
        <translation>Attended ≥ 80%</translation>
    </message>
    <message>
        <source>console.programme.certified</source>
        <comment>Certified</comment>
        <translation>Certified</translation>
    </message>
    <message>
        <source>console.programme.classes_title</source>
        <comment>Attendance per class and week</comment>
        <translation>Attendance per class and week</translation>
    </message>
    <message>
        <source>console.programme.count</source>
        <comment>Count</comment>
        <translation>Count</translation>
    </message>
    <message>
        <source>console.programme.day</source>
        <comment>Day</comment>
        <translation>Day</translation>
    </message>
    <message>
        <source>console.programme.eligibility_title</source>
        <comment>Eligibility outcomes</comment>
        <translation>Eligibility outcomes</translation>
    </message>
    <message>
        <source>console.programme.eligible</source>
        <comment>Eligible</comment>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>console.programme.enrolled</source>
        <comment>Enrolled</comment>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>console.programme.funnel_title</source>
        <comment>Per site and month of registration</comment>
        <translation>Per site and month of registration</translation>
    </message>
    <message>
        <source>console.programme.ineligible</source>
        <comment>Not eligible</comment>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>console.programme.later</source>
        <comment>to come</comment>
        <translation>to come</translation>
    </message>
    <message>
        <source>console.programme.month</source>
        <comment>Month</comment>
        <translation>Month</translation>
    </message>
    <message>
        <source>console.programme.no_data</source>
        <comment>No data yet.</comment>
        <translation>No data yet.</translation>
    </message>
    <message>
        <source>console.programme.per_day_title</source>
        <comment>Registrations per day (last 60 days)</comment>
        <translation>Registrations per day (last 60 days)</translation>
    </message>
    <message>
        <source>console.programme.placed</source>
        <comment>Placed</comment>
        <translation>Placed</translation>
    </message>
    <message>
        <source>console.programme.reasons_title</source>
        <comment>Reasons for not being eligible</comment>
        <translation>Reasons for not being eligible</translation>
    </message>
    <message>
        <source>console.programme.registered</source>
        <comment>Registered</comment>
        <translation>Registered</translation>
    </message>
    <message>
        <source>console.programme.title</source>
        <comment>The programme at a glance</comment>
        <translation>The programme at a glance</translation>
    </message>
    <message>
        <source>console.programme.week</source>
        <comment>Week</comment>
        <translation>Week</translation>
    </message>
    <message>
        <source>console.role.admin</source>
        <comment>national admin</comment>
        <translation>national admin</translation>
    </message>
    <message>
        <source>console.role.manager</source>
        <comment>site manager</comment>
        <translation>site manager</translation>
    </message>
    <message>
        <source>console.role.viewer</source>
        <comment>viewer</comment>
        <translation>viewer</translation>
    </message>
    <message>
        <source>console.signed_in_as</source>
        <comment>Signed in as {name} ({role})</comment>
        <translation>Signed in as {name} ({role})</translation>
    </message>
    <message>
        <source>console.skip</source>
        <comment>Skip to content</comment>
        <translation>Skip to content</translation>
    </message>
    <message>
        <source>console.title</source>
        <comment>Kios3in1 console</comment>
        <translation>Kios3in1 console</translation>
    </message>
    <message>
        <source>console.users.active</source>
        <comment>active</comment>
        <translation>active</translation>
    </message>
    <message>
        <source>console.users.add</source>
        <comment>Add</comment>
        <translation>Add</translation>
    </message>
    <message>
        <source>console.users.add_title</source>
        <comment>Add a user</comment>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>console.users.admin_all_sites</source>
        <comment>An admin sees every site; leave the sites empty.</comment>
        <translation>An admin sees every site; leave the sites empty.</translation>
    </message>
    <message>
        <source>console.users.all_sites</source>
        <comment>every site</comment>
        <translation>every site</translation>
    </message>
    <message>
        <source>console.users.bad_name</source>
        <comment>User name: 2–64 letters, digits, dots, @, - or _.</comment>
        <translation>User name: 2–64 letters, digits, dots, @, - or _.</translation>
    </message>
    <message>
        <source>console.users.bad_password</source>
        <comment>A password has 10–200 characters.</comment>
        <translation>A password has 10–200 characters.</translation>
    </message>
    <message>
        <source>console.users.bad_role</source>
        <comment>Choose the role admin, manager or viewer.</comment>
        <translation>Choose the role admin, manager or viewer.</translation>
    </message>
    <message>
        <source>console.users.bad_site</source>
        <comment>A site code is not valid.</comment>
        <translation>A site code is not valid.</translation>
    </message>
    <message>
        <source>console.users.disable</source>
        <comment>Disable</comment>
        <translation>Disable</translation>
    </message>
    <message>
        <source>console.users.disabled</source>
        <comment>disabled</comment>
        <translation>disabled</translation>
    </message>
    <message>
        <source>console.users.exists</source>
        <comment>This user name is taken.</comment>
        <translation>This user name is taken.</translation>
    </message>
    <message>
        <source>console.users.manager_needs_site</source>
        <comment>A site manager needs at least one site.</comment>
        <translation>A site manager needs at least one site.</translation>
    </message>
    <message>
        <source>console.users.name</source>
        <comment>User name</comment>
        <translation>User name</translation>
    </message>
    <message>
        <source>console.users.password</source>
        <comment>Password (at least 10 characters)</comment>
        <translation>Password (at least 10 characters)</translation>
    </message>
    <message>
        <source>console.users.role</source>
        <comment>Role</comment>
        <translation>Role</translation>
    </message>
    <message>
        <source>console.users.set_password</source>
        <comment>Set password</comment>
        <translation>Set password</translation>
    </message>
    <message>
        <source>console.users.sites</source>
        <comment>Sites (separated by spaces)</comment>
        <translation>Sites (separated by spaces)</translation>
    </message>
    <message>
        <source>console.users.sites_col</source>
        <comment>Sites</comment>
        <translation>Sites</translation>
    </message>
    <message>
        <source>console.users.title</source>
        <comment>Console users</comment>
        <translation>Console users</translation>
    </message>
    <message>
        <source>console.yes</source>
        <comment>Yes</comment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>crypto.cannot_open</source>
        <comment>Personal data cannot be opened with this kiosk's key.</comment>
        <translation>Personal data cannot be opened with this kiosk's key.</translation>
    </message>
    <message>
        <source>crypto.key_missing</source>
        <comment>The personal-data key is missing ({path}) but the database holds encrypted data. Restore the key file from a backup.</comment>
        <translation>The personal-data key is missing ({path}) but the database holds encrypted data. Restore the key file from a backup.</translation>
    </message>
    <message>
        <source>demo.cannot_pair</source>
        <comment>This kiosk holds demo data (synthetic people) and cannot be paired with a server: the demo people would mix with real ones. To start clean: close the kiosk, move the data folder {folder} elsewhere (or use --data-dir with a new, empty folder), start the kiosk without --demo, then create the first admin: kiosk add-staff NAME --name &quot;Full Name&quot; --role admin</comment>
        <translation>This kiosk holds demo data (synthetic people) and cannot be paired with a server: the demo people would mix with real ones. To start clean: close the kiosk, move the data folder {folder} elsewhere (or use --data-dir with a new, empty folder), start the kiosk without --demo, then create the first admin: kiosk add-staff NAME --name &quot;Full Name&quot; --role admin</translation>
    </message>
    <message>
        <source>demo.paired</source>
        <comment>This kiosk is paired with the server {server}: demo data would be uploaded as real people. Nothing was written. Try the demo in another data folder (--data-dir).</comment>
        <translation>This kiosk is paired with the server {server}: demo data would be uploaded as real people. Nothing was written. Try the demo in another data folder (--data-dir).</translation>
    </message>
    <message>
        <source>done.enrol_failed</source>
        <comment>Not enrolled in the training: {reason}</comment>
        <translation>Not enrolled in the training: {reason}</translation>
    </message>
    <message>
        <source>done.enrolled</source>
        <comment>Enrolled in: {title}</comment>
        <translation>Enrolled in: {title}</translation>
    </message>
    <message>
        <source>done.reprinted</source>
        <comment>A new card was made; the old card no longer works.</comment>
        <translation>A new card was made; the old card no longer works.</translation>
    </message>
    <message>
        <source>done.title</source>
        <comment>Registration complete</comment>
        <translation>Registration complete</translation>
    </message>
    <message>
        <source>dup.body</source>
        <comment>You do not need to register again. If your card is lost or damaged, a staff member can print a new one; the old card then stops working.</comment>
        <translation>You do not need to register again. If your card is lost or damaged, a staff member can print a new one; the old card then stops working.</translation>
    </message>
    <message>
        <source>dup.home</source>
        <comment>Back to the home screen</comment>
        <translation>Back to the home screen</translation>
    </message>
    <message>
        <source>dup.reprint</source>
        <comment>Reprint card (staff)</comment>
        <translation>Reprint card (staff)</translation>
    </message>
    <message>
        <source>dup.title</source>
        <comment>This NIK is already registered</comment>
        <translation>This NIK is already registered</translation>
    </message>
    <message>
        <source>education.d1_d3</source>
        <comment>Diploma (D1–D3)</comment>
        <translation>Diploma (D1–D3)</translation>
    </message>
    <message>
        <source>education.d4_s1</source>
        <comment>Bachelor's degree (D4/S1)</comment>
        <translation>Bachelor's degree (D4/S1)</translation>
    </message>
    <message>
        <source>education.none</source>
        <comment>No schooling</comment>
        <translation>No schooling</translation>
    </message>
    <message>
        <source>education.s2_s3</source>
        <comment>Postgraduate (S2/S3)</comment>
        <translation>Postgraduate (S2/S3)</translation>
    </message>
    <message>
        <source>education.sd</source>
        <comment>Primary school (SD)</comment>
        <translation>Primary school (SD)</translation>
    </message>
    <message>
        <source>education.sma_smk</source>
        <comment>Senior secondary (SMA/SMK)</comment>
        <translation>Senior secondary (SMA/SMK)</translation>
    </message>
    <message>
        <source>education.smp</source>
        <comment>Junior secondary (SMP)</comment>
        <translation>Junior secondary (SMP)</translation>
    </message>
    <message>
        <source>employment.employed</source>
        <comment>Employed</comment>
        <translation>Employed</translation>
    </message>
    <message>
        <source>employment.laid_off</source>
        <comment>Laid off</comment>
        <translation>Laid off</translation>
    </message>
    <message>
        <source>employment.self_employed</source>
        <comment>Self-employed</comment>
        <translation>Self-employed</translation>
    </message>
    <message>
        <source>employment.unemployed</source>
        <comment>Unemployed</comment>
        <translation>Unemployed</translation>
    </message>
    <message>
        <source>enrol.done</source>
        <comment>{name} is enrolled in this session.</comment>
        <translation>{name} is enrolled in this session.</translation>
    </message>
    <message>
        <source>enrol.none</source>
        <comment>Nobody matches.</comment>
        <translation>Nobody matches.</translation>
    </message>
    <message>
        <source>enrol.search</source>
        <comment>Search a name, card number or NIK (first 4 + last 4)</comment>
        <translation>Search a name, card number or NIK (first 4 + last 4)</translation>
    </message>
    <message>
        <source>enrol.seats</source>
        <comment>{enrolled} of {capacity} seats taken</comment>
        <translation>{enrolled} of {capacity} seats taken</translation>
    </message>
    <message>
        <source>enrol.session_search</source>
        <comment>Search sessions…</comment>
        <translation>Search sessions…</translation>
    </message>
    <message>
        <source>enrol.sessions</source>
        <comment>Session</comment>
        <translation>Session</translation>
    </message>
    <message>
        <source>enrol.submit</source>
        <comment>Enrol in session</comment>
        <translation>Enrol in session</translation>
    </message>
    <message>
        <source>enrol.title</source>
        <comment>Enrol trainees</comment>
        <translation>Enrol trainees</translation>
    </message>
    <message>
        <source>error.body</source>
        <comment>The kiosk will return to the home screen. Confirmed data is safe.</comment>
        <translation>The kiosk will return to the home screen. Confirmed data is safe.</translation>
    </message>
    <message>
        <source>error.title</source>
        <comment>Sorry, something went wrong</comment>
        <translation>Sorry, something went wrong</translation>
    </message>
    <message>
        <source>field.address</source>
        <comment>Address (street, number, RT/RW, village)</comment>
        <translation>Address (street, number, RT/RW, village)</translation>
    </message>
    <message>
        <source>field.birth_date</source>
        <comment>Date of birth (DD-MM-YYYY)</comment>
        <translation>Date of birth (DD-MM-YYYY)</translation>
    </message>
    <message>
        <source>field.birth_place</source>
        <comment>Place of birth</comment>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>field.choose</source>
        <comment>Choose…</comment>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>field.education_level</source>
        <comment>Highest education</comment>
        <translation>Highest education</translation>
    </message>
    <message>
        <source>field.email</source>
        <comment>Email (optional)</comment>
        <translation>Email (optional)</translation>
    </message>
    <message>
        <source>field.employment_status</source>
        <comment>Employment status</comment>
        <translation>Employment status</translation>
    </message>
    <message>
        <source>field.full_name</source>
        <comment>Full name as on the KTP</comment>
        <translation>Full name as on the KTP</translation>
    </message>
    <message>
        <source>field.in_formal_education</source>
        <comment>I am currently in school or university</comment>
        <translation>I am currently in school or university</translation>
    </message>
    <message>
        <source>field.kk_number</source>
        <comment>Family card (KK), 16 digits</comment>
        <translation>Family card (KK), 16 digits</translation>
    </message>
    <message>
        <source>field.nik</source>
        <comment>NIK (16 digits on the KTP)</comment>
        <translation>NIK (16 digits on the KTP)</translation>
    </message>
    <message>
        <source>field.occupation</source>
        <comment>Occupation</comment>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>field.phone</source>
        <comment>Mobile number (e.g. 0812 3456 7890)</comment>
        <translation>Mobile number (e.g. 0812 3456 7890)</translation>
    </message>
    <message>
        <source>field.province</source>
        <comment>Province</comment>
        <translation>Province</translation>
    </message>
    <message>
        <source>field.regency</source>
        <comment>Regency / city</comment>
        <translation>Regency / city</translation>
    </message>
    <message>
        <source>field.region_search</source>
        <comment>Search…</comment>
        <translation>Search…</translation>
    </message>
    <message>
        <source>field.sex</source>
        <comment>Sex</comment>
        <translation>Sex</translation>
    </message>
    <message>
        <source>form.choice_invalid</source>
        <comment>Choose one of the options.</comment>
        <translation>Choose one of the options.</translation>
    </message>
    <message>
        <source>form.consent_missing</source>
        <comment>Consent to the processing of personal data is needed to register.</comment>
        <translation>Consent to the processing of personal data is needed to register.</translation>
    </message>
    <message>
        <source>form.date_future</source>
        <comment>The birth date cannot be in the future.</comment>
        <translation>The birth date cannot be in the future.</translation>
    </message>
    <message>
        <source>form.date_invalid</source>
        <comment>Not a valid date. Write it as DD-MM-YYYY, for example 17-08-1998.</comment>
        <translation>Not a valid date. Write it as DD-MM-YYYY, for example 17-08-1998.</translation>
    </message>
    <message>
        <source>form.email_invalid</source>
        <comment>Not a valid email address, for example name@example.id.</comment>
        <translation>Not a valid email address, for example name@example.id.</translation>
    </message>
    <message>
        <source>form.kk_invalid</source>
        <comment>The family card (KK) number must be 16 digits.</comment>
        <translation>The family card (KK) number must be 16 digits.</translation>
    </message>
    <message>
        <source>form.name_invalid</source>
        <comment>Write the name exactly as on the KTP (letters, spaces, dots, apostrophes or hyphens).</comment>
        <translation>Write the name exactly as on the KTP (letters, spaces, dots, apostrophes or hyphens).</translation>
    </message>
    <message>
        <source>form.province_unknown</source>
        <comment>Unknown province.</comment>
        <translation>Unknown province.</translation>
    </message>
    <message>
        <source>form.regency_mismatch</source>
        <comment>The regency/city is not in the chosen province.</comment>
        <translation>The regency/city is not in the chosen province.</translation>
    </message>
    <message>
        <source>form.required</source>
        <comment>Required.</comment>
        <translation>Required.</translation>
    </message>
    <message>
        <source>form.sex_invalid</source>
        <comment>Choose male or female.</comment>
        <translation>Choose male or female.</translation>
    </message>
    <message>
        <source>form.too_long</source>
        <comment>Too long (at most {max} characters).</comment>
        <translation>Too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>gui.no_display</source>
        <comment>There is no screen to show the kiosk on (DISPLAY is empty). Run it on a desktop, or use --self-test / a command-line subcommand.</comment>
        <translation>There is no screen to show the kiosk on (DISPLAY is empty). Run it on a desktop, or use --self-test / a command-line subcommand.</translation>
    </message>
    <message>
        <source>home.card</source>
        <comment>My card</comment>
        <translation>My card</translation>
    </message>
    <message>
        <source>home.card.hint</source>
        <comment>Show your card to the scanner.</comment>
        <translation>Show your card to the scanner.</translation>
    </message>
    <message>
        <source>home.coming_soon</source>
        <comment>This service is coming soon to this kiosk.</comment>
        <translation>This service is coming soon to this kiosk.</translation>
    </message>
    <message>
        <source>home.register</source>
        <comment>Register</comment>
        <translation>Register</translation>
    </message>
    <message>
        <source>home.register.hint</source>
        <comment>Sign up for training and get your card.</comment>
        <translation>Sign up for training and get your card.</translation>
    </message>
    <message>
        <source>home.staff</source>
        <comment>Staff</comment>
        <translation>Staff</translation>
    </message>
    <message>
        <source>home.staff.hint</source>
        <comment>For staff only, with a PIN.</comment>
        <translation>For staff only, with a PIN.</translation>
    </message>
    <message>
        <source>home.trainings</source>
        <comment>Trainings</comment>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>home.trainings.hint</source>
        <comment>See the trainings and when they run.</comment>
        <translation>See the trainings and when they run.</translation>
    </message>
    <message>
        <source>home.welcome</source>
        <comment>Welcome! What would you like to do?</comment>
        <translation>Welcome! What would you like to do?</translation>
    </message>
    <message>
        <source>idle.body</source>
        <comment>The kiosk returns to the home screen in {seconds} seconds and clears every field.</comment>
        <translation>The kiosk returns to the home screen in {seconds} seconds and clears every field.</translation>
    </message>
    <message>
        <source>idle.stay</source>
        <comment>I am still here</comment>
        <translation>I am still here</translation>
    </message>
    <message>
        <source>idle.title</source>
        <comment>Are you still there?</comment>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>keyboard.caps</source>
        <comment>Caps lock</comment>
        <translation>Caps lock</translation>
    </message>
    <message>
        <source>keyboard.hide</source>
        <comment>Close the keyboard</comment>
        <translation>Close the keyboard</translation>
    </message>
    <message>
        <source>keyboard.shift</source>
        <comment>Shift (one capital letter)</comment>
        <translation>Shift (one capital letter)</translation>
    </message>
    <message>
        <source>keyboard.space</source>
        <comment>space</comment>
        <translation>space</translation>
    </message>
    <message>
        <source>keypad.backspace</source>
        <comment>Delete one digit</comment>
        <translation>Delete one digit</translation>
    </message>
    <message>
        <source>keypad.backspace_letter</source>
        <comment>Delete one letter</comment>
        <translation>Delete one letter</translation>
    </message>
    <message>
        <source>keypad.clear</source>
        <comment>Clear</comment>
        <translation>Clear</translation>
    </message>
    <message>
        <source>keystore.bad_key_file</source>
        <comment>The file {path} is not a kiosk personal-data key (it must be 32 bytes).</comment>
        <translation>The file {path} is not a kiosk personal-data key (it must be 32 bytes).</translation>
    </message>
    <message>
        <source>lang.switch</source>
        <comment>Language</comment>
        <translation>Language</translation>
    </message>
    <message>
        <source>match.age_bad</source>
        <comment>You are {age}, outside the required {low}–{high}.</comment>
        <translation>You are {age}, outside the required {low}–{high}.</translation>
    </message>
    <message>
        <source>match.age_ok</source>
        <comment>You are {age}, within the required {low}–{high}.</comment>
        <translation>You are {age}, within the required {low}–{high}.</translation>
    </message>
    <message>
        <source>match.education_bad</source>
        <comment>The minimum education is {level}; yours is {yours}.</comment>
        <translation>The minimum education is {level}; yours is {yours}.</translation>
    </message>
    <message>
        <source>match.education_ok</source>
        <comment>Your education meets the minimum of {level}.</comment>
        <translation>Your education meets the minimum of {level}.</translation>
    </message>
    <message>
        <source>match.experience_ok</source>
        <comment>{years} years of experience meet the required {needed} (+{points}).</comment>
        <translation>{years} years of experience meet the required {needed} (+{points}).</translation>
    </message>
    <message>
        <source>match.experience_short</source>
        <comment>{years} years of experience, {needed} required (+{points}).</comment>
        <translation>{years} years of experience, {needed} required (+{points}).</translation>
    </message>
    <message>
        <source>match.fits</source>
        <comment>Fits: every main requirement is met (score {score} of 100).</comment>
        <translation>Fits: every main requirement is met (score {score} of 100).</translation>
    </message>
    <message>
        <source>match.location_bad</source>
        <comment>The workplace is outside the regions you chose.</comment>
        <translation>The workplace is outside the regions you chose.</translation>
    </message>
    <message>
        <source>match.location_ok</source>
        <comment>The workplace is in a region you chose.</comment>
        <translation>The workplace is in a region you chose.</translation>
    </message>
    <message>
        <source>match.no_skills</source>
        <comment>The vacancy names no particular skill (+{points}).</comment>
        <translation>The vacancy names no particular skill (+{points}).</translation>
    </message>
    <message>
        <source>match.not_fits</source>
        <comment>Does not fit: a main requirement is not met (score {score} of 100).</comment>
        <translation>Does not fit: a main requirement is not met (score {score} of 100).</translation>
    </message>
    <message>
        <source>match.occupation.0</source>
        <comment>This occupation is far from what you want or have done (+0).</comment>
        <translation>This occupation is far from what you want or have done (+0).</translation>
    </message>
    <message>
        <source>match.occupation.1</source>
        <comment>An occupation in the same major group as yours (+{points}).</comment>
        <translation>An occupation in the same major group as yours (+{points}).</translation>
    </message>
    <message>
        <source>match.occupation.2</source>
        <comment>An occupation in the same sub-major group as yours (+{points}).</comment>
        <translation>An occupation in the same sub-major group as yours (+{points}).</translation>
    </message>
    <message>
        <source>match.occupation.3</source>
        <comment>An occupation in the same minor group as yours (+{points}).</comment>
        <translation>An occupation in the same minor group as yours (+{points}).</translation>
    </message>
    <message>
        <source>match.occupation.4</source>
        <comment>The same occupation as one you want or have worked in (+{points}).</comment>
        <translation>The same occupation as one you want or have worked in (+{points}).</translation>
    </message>
    <message>
        <source>match.sex_bad</source>
        <comment>The employer requires the other sex.</comment>
        <translation>The employer requires the other sex.</translation>
    </message>
    <message>
        <source>match.sex_ok</source>
        <comment>The employer requires a sex that matches yours.</comment>
        <translation>The employer requires a sex that matches yours.</translation>
    </message>
    <message>
        <source>match.skill.certified</source>
        <comment>Skill “{skill}”: you hold a certificate.</comment>
        <translation>Skill “{skill}”: you hold a certificate.</translation>
    </message>
    <message>
        <source>match.skill.claimed</source>
        <comment>Skill “{skill}”: you listed it (not yet proven).</comment>
        <translation>Skill “{skill}”: you listed it (not yet proven).</translation>
    </message>
    <message>
        <source>match.skill.missing</source>
        <comment>You do not have the skill “{skill}” yet.</comment>
        <translation>You do not have the skill “{skill}” yet.</translation>
    </message>
    <message>
        <source>match.skill.trained</source>
        <comment>Skill “{skill}”: you attended training for it.</comment>
        <translation>Skill “{skill}”: you attended training for it.</translation>
    </message>
    <message>
        <source>match.skill.training</source>
        <comment>Training that teaches “{skill}”: {training}.</comment>
        <translation>Training that teaches “{skill}”: {training}.</translation>
    </message>
    <message>
        <source>match.skills_points</source>
        <comment>Skills in common: +{points} of {max}.</comment>
        <translation>Skills in common: +{points} of {max}.</translation>
    </message>
    <message>
        <source>mycard.again</source>
        <comment>Check another card</comment>
        <translation>Check another card</translation>
    </message>
    <message>
        <source>mycard.check</source>
        <comment>Check</comment>
        <translation>Check</translation>
    </message>
    <message>
        <source>mycard.checking</source>
        <comment>Checking the card…</comment>
        <translation>Checking the card…</translation>
    </message>
    <message>
        <source>mycard.done</source>
        <comment>Done</comment>
        <translation>Done</translation>
    </message>
    <message>
        <source>mycard.hello</source>
        <comment>Hello, {name}!</comment>
        <translation>Hello, {name}!</translation>
    </message>
    <message>
        <source>mycard.holder_unknown</source>
        <comment>The holder of this card is not registered on this kiosk.</comment>
        <translation>The holder of this card is not registered on this kiosk.</translation>
    </message>
    <message>
        <source>mycard.no_sessions</source>
        <comment>You are not enrolled in a training yet. See Trainings or ask the staff.</comment>
        <translation>You are not enrolled in a training yet. See Trainings or ask the staff.</translation>
    </message>
    <message>
        <source>mycard.number</source>
        <comment>Card number</comment>
        <translation>Card number</translation>
    </message>
    <message>
        <source>mycard.prompt</source>
        <comment>Scan the QR code on your card, or type the card number below.</comment>
        <translation>Scan the QR code on your card, or type the card number below.</translation>
    </message>
    <message>
        <source>mycard.sessions</source>
        <comment>Your trainings</comment>
        <translation>Your trainings</translation>
    </message>
    <message>
        <source>nik.birth_date</source>
        <comment>Digits 7–12 of the NIK ({digits}) are not a possible date of birth.</comment>
        <translation>Digits 7–12 of the NIK ({digits}) are not a possible date of birth.</translation>
    </message>
    <message>
        <source>nik.empty</source>
        <comment>The NIK is empty.</comment>
        <translation>The NIK is empty.</translation>
    </message>
    <message>
        <source>nik.length</source>
        <comment>The NIK must have {expected} digits (you entered {length}).</comment>
        <translation>The NIK must have {expected} digits (you entered {length}).</translation>
    </message>
    <message>
        <source>nik.not_digits</source>
        <comment>The NIK may contain only the digits 0–9.</comment>
        <translation>The NIK may contain only the digits 0–9.</translation>
    </message>
    <message>
        <source>nik.serial_zero</source>
        <comment>The last four digits of the NIK cannot be 0000.</comment>
        <translation>The last four digits of the NIK cannot be 0000.</translation>
    </message>
    <message>
        <source>nik.unknown_province</source>
        <comment>The first two digits of the NIK ({province}) are not a known province code.</comment>
        <translation>The first two digits of the NIK ({province}) are not a known province code.</translation>
    </message>
    <message>
        <source>nik.warn.birth_date</source>
        <comment>The birth date in the NIK ({nik_date}) differs from the birth date entered ({entered_date}).</comment>
        <translation>The birth date in the NIK ({nik_date}) differs from the birth date entered ({entered_date}).</translation>
    </message>
    <message>
        <source>nik.warn.sex_nik_female</source>
        <comment>The NIK indicates a woman, but male was entered.</comment>
        <translation>The NIK indicates a woman, but male was entered.</translation>
    </message>
    <message>
        <source>nik.warn.sex_nik_male</source>
        <comment>The NIK indicates a man, but female was entered.</comment>
        <translation>The NIK indicates a man, but female was entered.</translation>
    </message>
    <message>
        <source>nik.warn.unknown_district</source>
        <comment>The district code in the NIK ({district}) is not in the official list.</comment>
        <translation>The district code in the NIK ({district}) is not in the official list.</translation>
    </message>
    <message>
        <source>nik.warn.unknown_regency</source>
        <comment>The regency/city code in the NIK ({regency}) is not in the official list.</comment>
        <translation>The regency/city code in the NIK ({regency}) is not in the official list.</translation>
    </message>
    <message>
        <source>occupation.civil_servant</source>
        <comment>Civil servant (ASN/PNS)</comment>
        <translation>Civil servant (ASN/PNS)</translation>
    </message>
    <message>
        <source>occupation.farmer_fisher</source>
        <comment>Farmer / fisher</comment>
        <translation>Farmer / fisher</translation>
    </message>
    <message>
        <source>occupation.homemaker</source>
        <comment>Homemaker</comment>
        <translation>Homemaker</translation>
    </message>
    <message>
        <source>occupation.informal_worker</source>
        <comment>Informal worker</comment>
        <translation>Informal worker</translation>
    </message>
    <message>
        <source>occupation.labourer</source>
        <comment>Labourer</comment>
        <translation>Labourer</translation>
    </message>
    <message>
        <source>occupation.legislator</source>
        <comment>Member of parliament (DPR/DPRD)</comment>
        <translation>Member of parliament (DPR/DPRD)</translation>
    </message>
    <message>
        <source>occupation.military</source>
        <comment>Armed forces (TNI)</comment>
        <translation>Armed forces (TNI)</translation>
    </message>
    <message>
        <source>occupation.other</source>
        <comment>Other</comment>
        <translation>Other</translation>
    </message>
    <message>
        <source>occupation.police</source>
        <comment>Police (Polri)</comment>
        <translation>Police (Polri)</translation>
    </message>
    <message>
        <source>occupation.private_employee</source>
        <comment>Private-sector employee</comment>
        <translation>Private-sector employee</translation>
    </message>
    <message>
        <source>occupation.self_employed</source>
        <comment>Self-employed</comment>
        <translation>Self-employed</translation>
    </message>
    <message>
        <source>occupation.soe_executive</source>
        <comment>Director or commissioner of a state- or region-owned enterprise (BUMN/BUMD)</comment>
        <translation>Director or commissioner of a state- or region-owned enterprise (BUMN/BUMD)</translation>
    </message>
    <message>
        <source>occupation.student</source>
        <comment>Student</comment>
        <translation>Student</translation>
    </message>
    <message>
        <source>occupation.unemployed</source>
        <comment>Not working</comment>
        <translation>Not working</translation>
    </message>
    <message>
        <source>occupation.village_official</source>
        <comment>Village head or village official</comment>
        <translation>Village head or village official</translation>
    </message>
    <message>
        <source>open.another</source>
        <comment>Add another session</comment>
        <translation>Add another session</translation>
    </message>
    <message>
        <source>open.capacity</source>
        <comment>Capacity (trainees)</comment>
        <translation>Capacity (trainees)</translation>
    </message>
    <message>
        <source>open.category</source>
        <comment>Category (optional)</comment>
        <translation>Category (optional)</translation>
    </message>
    <message>
        <source>open.checkout</source>
        <comment>Trainees also check out</comment>
        <translation>Trainees also check out</translation>
    </message>
    <message>
        <source>open.day.0</source>
        <comment>Mon</comment>
        <translation>Mon</translation>
    </message>
    <message>
        <source>open.day.1</source>
        <comment>Tue</comment>
        <translation>Tue</translation>
    </message>
    <message>
        <source>open.day.2</source>
        <comment>Wed</comment>
        <translation>Wed</translation>
    </message>
    <message>
        <source>open.day.3</source>
        <comment>Thu</comment>
        <translation>Thu</translation>
    </message>
    <message>
        <source>open.day.4</source>
        <comment>Fri</comment>
        <translation>Fri</translation>
    </message>
    <message>
        <source>open.day.5</source>
        <comment>Sat</comment>
        <translation>Sat</translation>
    </message>
    <message>
        <source>open.day.6</source>
        <comment>Sun</comment>
        <translation>Sun</translation>
    </message>
    <message>
        <source>open.days</source>
        <comment>Training days</comment>
        <translation>Training days</translation>
    </message>
    <message>
        <source>open.end_date</source>
        <comment>End date (DD-MM-YYYY)</comment>
        <translation>End date (DD-MM-YYYY)</translation>
    </message>
    <message>
        <source>open.end_time</source>
        <comment>End time (HH:MM)</comment>
        <translation>End time (HH:MM)</translation>
    </message>
    <message>
        <source>open.enrol</source>
        <comment>Enrol trainees</comment>
        <translation>Enrol trainees</translation>
    </message>
    <message>
        <source>open.hours</source>
        <comment>Training hours</comment>
        <translation>Training hours</translation>
    </message>
    <message>
        <source>open.kind</source>
        <comment>Kind of provider</comment>
        <translation>Kind of provider</translation>
    </message>
    <message>
        <source>open.location</source>
        <comment>Location (room, building)</comment>
        <translation>Location (room, building)</translation>
    </message>
    <message>
        <source>open.new</source>
        <comment>New training</comment>
        <translation>New training</translation>
    </message>
    <message>
        <source>open.new_provider</source>
        <comment>+ New provider</comment>
        <translation>+ New provider</translation>
    </message>
    <message>
        <source>open.new_provider_name</source>
        <comment>New provider's name</comment>
        <translation>New provider's name</translation>
    </message>
    <message>
        <source>open.prakerja</source>
        <comment>Funded by Kartu Prakerja</comment>
        <translation>Funded by Kartu Prakerja</translation>
    </message>
    <message>
        <source>open.program</source>
        <comment>Training program</comment>
        <translation>Training program</translation>
    </message>
    <message>
        <source>open.program_title</source>
        <comment>Training title</comment>
        <translation>Training title</translation>
    </message>
    <message>
        <source>open.provider</source>
        <comment>Training provider</comment>
        <translation>Training provider</translation>
    </message>
    <message>
        <source>open.provider_search</source>
        <comment>Search providers…</comment>
        <translation>Search providers…</translation>
    </message>
    <message>
        <source>open.regency</source>
        <comment>Provider's regency/city</comment>
        <translation>Provider's regency/city</translation>
    </message>
    <message>
        <source>open.regency_search</source>
        <comment>Search regencies/cities…</comment>
        <translation>Search regencies/cities…</translation>
    </message>
    <message>
        <source>open.save</source>
        <comment>Save the training</comment>
        <translation>Save the training</translation>
    </message>
    <message>
        <source>open.save_session</source>
        <comment>Save the session</comment>
        <translation>Save the session</translation>
    </message>
    <message>
        <source>open.saved</source>
        <comment>Saved: {title}, {location}, starting {start}.</comment>
        <translation>Saved: {title}, {location}, starting {start}.</translation>
    </message>
    <message>
        <source>open.session</source>
        <comment>Session</comment>
        <translation>Session</translation>
    </message>
    <message>
        <source>open.start_date</source>
        <comment>Start date (DD-MM-YYYY)</comment>
        <translation>Start date (DD-MM-YYYY)</translation>
    </message>
    <message>
        <source>open.start_time</source>
        <comment>Start time (HH:MM)</comment>
        <translation>Start time (HH:MM)</translation>
    </message>
    <message>
        <source>open.title</source>
        <comment>Open a training</comment>
        <translation>Open a training</translation>
    </message>
    <message>
        <source>open.title_more</source>
        <comment>New session of: {title}</comment>
        <translation>New session of: {title}</translation>
    </message>
    <message>
        <source>opening.form_invalid</source>
        <comment>Check the fields marked in red.</comment>
        <translation>Check the fields marked in red.</translation>
    </message>
    <message>
        <source>opening.number_invalid</source>
        <comment>Digits only, for example 20.</comment>
        <translation>Digits only, for example 20.</translation>
    </message>
    <message>
        <source>opening.provider_required</source>
        <comment>Choose a training provider or fill in a new one.</comment>
        <translation>Choose a training provider or fill in a new one.</translation>
    </message>
    <message>
        <source>person.erase</source>
        <comment>Erase personal data…</comment>
        <translation>Erase personal data…</translation>
    </message>
    <message>
        <source>person.erase_body</source>
        <comment>Name, NIK, address, phone, email and family card number are removed and the card is revoked. Attendance stays, without a name. This cannot be undone. An admin approves with their username and PIN.</comment>
        <translation>Name, NIK, address, phone, email and family card number are removed and the card is revoked. Attendance stays, without a name. This cannot be undone. An admin approves with their username and PIN.</translation>
    </message>
    <message>
        <source>person.erase_confirm</source>
        <comment>Erase data</comment>
        <translation>Erase data</translation>
    </message>
    <message>
        <source>person.erase_title</source>
        <comment>Erase the personal data of {name}?</comment>
        <translation>Erase the personal data of {name}?</translation>
    </message>
    <message>
        <source>person.erased</source>
        <comment>The personal data was erased.</comment>
        <translation>The personal data was erased.</translation>
    </message>
    <message>
        <source>person.export</source>
        <comment>Export data (JSON)</comment>
        <translation>Export data (JSON)</translation>
    </message>
    <message>
        <source>person.exported</source>
        <comment>Saved: {path}</comment>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>person.hide_nik</source>
        <comment>Hide NIK</comment>
        <translation>Hide NIK</translation>
    </message>
    <message>
        <source>person.pick</source>
        <comment>Choose one person from the list.</comment>
        <translation>Choose one person from the list.</translation>
    </message>
    <message>
        <source>person.show_nik</source>
        <comment>Show NIK</comment>
        <translation>Show NIK</translation>
    </message>
    <message>
        <source>person.title</source>
        <comment>Trainee data</comment>
        <translation>Trainee data</translation>
    </message>
    <message>
        <source>phone.empty</source>
        <comment>The mobile number is empty.</comment>
        <translation>The mobile number is empty.</translation>
    </message>
    <message>
        <source>phone.illegal_characters</source>
        <comment>A mobile number may contain only digits, spaces, dashes, dots, brackets and a leading +.</comment>
        <translation>A mobile number may contain only digits, spaces, dashes, dots, brackets and a leading +.</translation>
    </message>
    <message>
        <source>phone.not_indonesian</source>
        <comment>The mobile number must be Indonesian (+62), not country code +{country}.</comment>
        <translation>The mobile number must be Indonesian (+62), not country code +{country}.</translation>
    </message>
    <message>
        <source>phone.not_mobile</source>
        <comment>This is not an Indonesian mobile number; mobile numbers start with 08 (e.g. 0812…).</comment>
        <translation>This is not an Indonesian mobile number; mobile numbers start with 08 (e.g. 0812…).</translation>
    </message>
    <message>
        <source>phone.too_long</source>
        <comment>The mobile number is too long: {min}–{max} digits must follow the 0 (there are {length}).</comment>
        <translation>The mobile number is too long: {min}–{max} digits must follow the 0 (there are {length}).</translation>
    </message>
    <message>
        <source>phone.too_short</source>
        <comment>The mobile number is too short: {min}–{max} digits must follow the 0 (there are {length}).</comment>
        <translation>The mobile number is too short: {min}–{max} digits must follow the 0 (there are {length}).</translation>
    </message>
    <message>
        <source>pin.need_admin</source>
        <comment>Only an admin can do this.</comment>
        <translation>Only an admin can do this.</translation>
    </message>
    <message>
        <source>pin.ok</source>
        <comment>Sign in</comment>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>pin.pin</source>
        <comment>PIN</comment>
        <translation>PIN</translation>
    </message>
    <message>
        <source>pin.title</source>
        <comment>Staff sign-in</comment>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <source>pin.username</source>
        <comment>Username</comment>
        <translation>Username</translation>
    </message>
    <message>
        <source>prakerja.birth_after_registration</source>
        <comment>The birth date ({birth_date}) is after the registration date ({registration_date}).</comment>
        <translation>The birth date ({birth_date}) is after the registration date ({registration_date}).</translation>
    </message>
    <message>
        <source>prakerja.excluded.civil_servant</source>
        <comment>Civil servants (ASN/PNS) cannot receive Kartu Prakerja.</comment>
        <translation>Civil servants (ASN/PNS) cannot receive Kartu Prakerja.</translation>
    </message>
    <message>
        <source>prakerja.excluded.legislator</source>
        <comment>Members of parliament (DPR/DPRD) cannot receive Kartu Prakerja.</comment>
        <translation>Members of parliament (DPR/DPRD) cannot receive Kartu Prakerja.</translation>
    </message>
    <message>
        <source>prakerja.excluded.military</source>
        <comment>Members of the armed forces (TNI) cannot receive Kartu Prakerja.</comment>
        <translation>Members of the armed forces (TNI) cannot receive Kartu Prakerja.</translation>
    </message>
    <message>
        <source>prakerja.excluded.police</source>
        <comment>Members of the police (Polri) cannot receive Kartu Prakerja.</comment>
        <translation>Members of the police (Polri) cannot receive Kartu Prakerja.</translation>
    </message>
    <message>
        <source>prakerja.excluded.soe_executive</source>
        <comment>Directors and commissioners of BUMN/BUMD enterprises cannot receive Kartu Prakerja.</comment>
        <translation>Directors and commissioners of BUMN/BUMD enterprises cannot receive Kartu Prakerja.</translation>
    </message>
    <message>
        <source>prakerja.excluded.village_official</source>
        <comment>Village heads and village officials cannot receive Kartu Prakerja.</comment>
        <translation>Village heads and village officials cannot receive Kartu Prakerja.</translation>
    </message>
    <message>
        <source>prakerja.in_formal_education</source>
        <comment>Applicants must not be in formal education (school or university).</comment>
        <translation>Applicants must not be in formal education (school or university).</translation>
    </message>
    <message>
        <source>prakerja.kk_limit</source>
        <comment>{count} applicants with the same family card (KK) are already registered; the maximum is {max} per KK.</comment>
        <translation>{count} applicants with the same family card (KK) are already registered; the maximum is {max} per KK.</translation>
    </message>
    <message>
        <source>prakerja.not_citizen</source>
        <comment>Kartu Prakerja is only for Indonesian citizens (WNI).</comment>
        <translation>Kartu Prakerja is only for Indonesian citizens (WNI).</translation>
    </message>
    <message>
        <source>prakerja.too_young</source>
        <comment>The minimum age is {min_age}; you are {age} on the registration date.</comment>
        <translation>The minimum age is {min_age}; you are {age} on the registration date.</translation>
    </message>
    <message>
        <source>privacy.admin_needed</source>
        <comment>Erasing data needs an admin's approval (admin PIN).</comment>
        <translation>Erasing data needs an admin's approval (admin PIN).</translation>
    </message>
    <message>
        <source>privacy.export_failed</source>
        <comment>The file could not be saved to {path}. Check the drive and its free space.</comment>
        <translation>The file could not be saved to {path}. Check the drive and its free space.</translation>
    </message>
    <message>
        <source>privacy.not_found</source>
        <comment>Applicant not found.</comment>
        <translation>Applicant not found.</translation>
    </message>
    <message>
        <source>privacy.removed</source>
        <comment>This person's personal data has already been removed.</comment>
        <translation>This person's personal data has already been removed.</translation>
    </message>
    <message>
        <source>recovery.body</source>
        <comment>The kiosk's database is damaged, for example by a power cut. The kiosk can use the newest intact backup, from {when}. The damaged file is kept for inspection.</comment>
        <translation>The kiosk's database is damaged, for example by a power cut. The kiosk can use the newest intact backup, from {when}. The damaged file is kept for inspection.</translation>
    </message>
    <message>
        <source>recovery.no_backup</source>
        <comment>The kiosk's database is damaged and no intact backup exists. Call the site admin.</comment>
        <translation>The kiosk's database is damaged and no intact backup exists. Call the site admin.</translation>
    </message>
    <message>
        <source>recovery.restore</source>
        <comment>Restore from the backup</comment>
        <translation>Restore from the backup</translation>
    </message>
    <message>
        <source>recovery.title</source>
        <comment>The kiosk's data needs recovery</comment>
        <translation>The kiosk's data needs recovery</translation>
    </message>
    <message>
        <source>recovery.working</source>
        <comment>Restoring…</comment>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>registration.confirm_warnings</source>
        <comment>Check the warnings and confirm that the data is correct.</comment>
        <translation>Check the warnings and confirm that the data is correct.</translation>
    </message>
    <message>
        <source>registration.duplicate</source>
        <comment>This NIK is already registered. Please ask a staff member if you lost your card.</comment>
        <translation>This NIK is already registered. Please ask a staff member if you lost your card.</translation>
    </message>
    <message>
        <source>registration.invalid</source>
        <comment>The registration data is incomplete or incorrect.</comment>
        <translation>The registration data is incomplete or incorrect.</translation>
    </message>
    <message>
        <source>review.birth_date</source>
        <comment>Date of birth</comment>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>review.confirm</source>
        <comment>Confirm and register</comment>
        <translation>Confirm and register</translation>
    </message>
    <message>
        <source>review.eligible</source>
        <comment>Prakerja eligibility</comment>
        <translation>Prakerja eligibility</translation>
    </message>
    <message>
        <source>review.in_school</source>
        <comment>In school or university</comment>
        <translation>In school or university</translation>
    </message>
    <message>
        <source>review.kk</source>
        <comment>Family card (KK)</comment>
        <translation>Family card (KK)</translation>
    </message>
    <message>
        <source>review.no</source>
        <comment>Not eligible</comment>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>review.title</source>
        <comment>Check your details before registering</comment>
        <translation>Check your details before registering</translation>
    </message>
    <message>
        <source>review.training</source>
        <comment>Chosen training</comment>
        <translation>Chosen training</translation>
    </message>
    <message>
        <source>review.yes</source>
        <comment>Eligible</comment>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>roster.col.admitted_by</source>
        <comment>Admitted by</comment>
        <translation>Admitted by</translation>
    </message>
    <message>
        <source>roster.col.day</source>
        <comment>Date</comment>
        <translation>Date</translation>
    </message>
    <message>
        <source>roster.col.enrolled</source>
        <comment>Enrolled</comment>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>roster.col.in</source>
        <comment>In</comment>
        <translation>In</translation>
    </message>
    <message>
        <source>roster.col.name</source>
        <comment>Name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>roster.col.nik</source>
        <comment>NIK (masked)</comment>
        <translation>NIK (masked)</translation>
    </message>
    <message>
        <source>roster.col.out</source>
        <comment>Out</comment>
        <translation>Out</translation>
    </message>
    <message>
        <source>roster.col.status</source>
        <comment>Status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>roster.counts</source>
        <comment>Enrolled {enrolled} · Present {present} · Late {late} · Absent {absent}</comment>
        <translation>Enrolled {enrolled} · Present {present} · Late {late} · Absent {absent}</translation>
    </message>
    <message>
        <source>roster.export_csv</source>
        <comment>Export CSV</comment>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>roster.export_format</source>
        <comment>The export format must be .csv or .xlsx.</comment>
        <translation>The export format must be .csv or .xlsx.</translation>
    </message>
    <message>
        <source>roster.export_xlsx</source>
        <comment>Export XLSX</comment>
        <translation>Export XLSX</translation>
    </message>
    <message>
        <source>roster.exported</source>
        <comment>Saved: {path}</comment>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>roster.no</source>
        <comment>No</comment>
        <translation>No</translation>
    </message>
    <message>
        <source>roster.not_meeting</source>
        <comment>The class does not meet on this day; those present were admitted by staff.</comment>
        <translation>The class does not meet on this day; those present were admitted by staff.</translation>
    </message>
    <message>
        <source>roster.print</source>
        <comment>Print</comment>
        <translation>Print</translation>
    </message>
    <message>
        <source>roster.refresh</source>
        <comment>Refresh</comment>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>roster.status.absent</source>
        <comment>Absent</comment>
        <translation>Absent</translation>
    </message>
    <message>
        <source>roster.status.late</source>
        <comment>Late</comment>
        <translation>Late</translation>
    </message>
    <message>
        <source>roster.status.present</source>
        <comment>Present</comment>
        <translation>Present</translation>
    </message>
    <message>
        <source>roster.title</source>
        <comment>Roster — {day}</comment>
        <translation>Roster — {day}</translation>
    </message>
    <message>
        <source>roster.walk_ins</source>
        <comment>Admitted without enrolment {count}</comment>
        <translation>Admitted without enrolment {count}</translation>
    </message>
    <message>
        <source>roster.yes</source>
        <comment>Yes</comment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>scan.admit</source>
        <comment>Admit</comment>
        <translation>Admit</translation>
    </message>
    <message>
        <source>scan.already_recorded</source>
        <comment>Already recorded at {time}</comment>
        <translation>Already recorded at {time}</translation>
    </message>
    <message>
        <source>scan.camera</source>
        <comment>Camera</comment>
        <translation>Camera</translation>
    </message>
    <message>
        <source>scan.checked_in</source>
        <comment>Present — checked in at {time}</comment>
        <translation>Present — checked in at {time}</translation>
    </message>
    <message>
        <source>scan.checked_in_admitted</source>
        <comment>Present (admitted by staff, not enrolled) — checked in at {time}</comment>
        <translation>Present (admitted by staff, not enrolled) — checked in at {time}</translation>
    </message>
    <message>
        <source>scan.checked_in_off_day</source>
        <comment>Present (admitted by staff outside the schedule) — checked in at {time}</comment>
        <translation>Present (admitted by staff outside the schedule) — checked in at {time}</translation>
    </message>
    <message>
        <source>scan.checked_out</source>
        <comment>Checked out at {time}</comment>
        <translation>Checked out at {time}</translation>
    </message>
    <message>
        <source>scan.confirm_cancel</source>
        <comment>Not this person</comment>
        <translation>Not this person</translation>
    </message>
    <message>
        <source>scan.confirm_details</source>
        <comment>NIK {nik} · born {born}</comment>
        <translation>NIK {nik} · born {born}</translation>
    </message>
    <message>
        <source>scan.confirm_question</source>
        <comment>Check against this person's KTP before recording:</comment>
        <translation>Check against this person's KTP before recording:</translation>
    </message>
    <message>
        <source>scan.counts</source>
        <comment>Present {present} of {enrolled}</comment>
        <translation>Present {present} of {enrolled}</translation>
    </message>
    <message>
        <source>scan.lookup</source>
        <comment>Forgot the card? Search a name or card number</comment>
        <translation>Forgot the card? Search a name or card number</translation>
    </message>
    <message>
        <source>scan.lookup_not_enrolled</source>
        <comment>(not enrolled in this class)</comment>
        <translation>(not enrolled in this class)</translation>
    </message>
    <message>
        <source>scan.no_card</source>
        <comment>This person has no valid card.</comment>
        <translation>This person has no valid card.</translation>
    </message>
    <message>
        <source>scan.not_enrolled</source>
        <comment>Not enrolled in this session. Admit?</comment>
        <translation>Not enrolled in this session. Admit?</translation>
    </message>
    <message>
        <source>scan.not_meeting_today</source>
        <comment>This class does not meet today. Admit anyway?</comment>
        <translation>This class does not meet today. Admit anyway?</translation>
    </message>
    <message>
        <source>scan.prompt</source>
        <comment>Scan a trainee card with the scanner or the camera</comment>
        <translation>Scan a trainee card with the scanner or the camera</translation>
    </message>
    <message>
        <source>scan.ready</source>
        <comment>Ready to scan</comment>
        <translation>Ready to scan</translation>
    </message>
    <message>
        <source>scan.record</source>
        <comment>Record attendance</comment>
        <translation>Record attendance</translation>
    </message>
    <message>
        <source>scan.rejected_title</source>
        <comment>Card rejected</comment>
        <translation>Card rejected</translation>
    </message>
    <message>
        <source>scan.session_closed</source>
        <comment>This session is not running today ({start} to {end}).</comment>
        <translation>This session is not running today ({start} to {end}).</translation>
    </message>
    <message>
        <source>scan.unknown_card</source>
        <comment>Valid card, but its holder is not on this kiosk yet. Synchronise.</comment>
        <translation>Valid card, but its holder is not on this kiosk yet. Synchronise.</translation>
    </message>
    <message>
        <source>scan.unnamed</source>
        <comment>(name not available)</comment>
        <translation>(name not available)</translation>
    </message>
    <message>
        <source>scan.unnamed_title</source>
        <comment>Card {card}</comment>
        <translation>Card {card}</translation>
    </message>
    <message>
        <source>settings.out_of_range</source>
        <comment>The value must be between {min} and {max}.</comment>
        <translation>The value must be between {min} and {max}.</translation>
    </message>
    <message>
        <source>settings.unknown</source>
        <comment>Unknown setting: {key}</comment>
        <translation>Unknown setting: {key}</translation>
    </message>
    <message>
        <source>sex.L</source>
        <comment>Male</comment>
        <translation>Male</translation>
    </message>
    <message>
        <source>sex.P</source>
        <comment>Female</comment>
        <translation>Female</translation>
    </message>
    <message>
        <source>signin.choose</source>
        <comment>Tap your name:</comment>
        <translation>Tap your name:</translation>
    </message>
    <message>
        <source>signin.hello</source>
        <comment>{name}, type your PIN</comment>
        <translation>{name}, type your PIN</translation>
    </message>
    <message>
        <source>signin.nobody</source>
        <comment>There are no staff accounts on this kiosk yet. An admin creates them under Staff › Staff accounts, or they come from the server once the kiosk is paired.</comment>
        <translation>There are no staff accounts on this kiosk yet. An admin creates them under Staff › Staff accounts, or they come from the server once the kiosk is paired.</translation>
    </message>
    <message>
        <source>signin.other</source>
        <comment>‹ Not me</comment>
        <translation>‹ Not me</translation>
    </message>
    <message>
        <source>staff.disabled</source>
        <comment>This account is disabled.</comment>
        <translation>This account is disabled.</translation>
    </message>
    <message>
        <source>staff.forbidden</source>
        <comment>Only an admin may do this.</comment>
        <translation>Only an admin may do this.</translation>
    </message>
    <message>
        <source>staff.home.accounts</source>
        <comment>Staff accounts</comment>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>staff.home.assessments</source>
        <comment>Competency assessment</comment>
        <translation>Competency assessment</translation>
    </message>
    <message>
        <source>staff.home.certificates</source>
        <comment>Class certificates</comment>
        <translation>Class certificates</translation>
    </message>
    <message>
        <source>staff.home.enrol</source>
        <comment>Enrol trainees</comment>
        <translation>Enrol trainees</translation>
    </message>
    <message>
        <source>staff.home.hello</source>
        <comment>Hello, {name}</comment>
        <translation>Hello, {name}</translation>
    </message>
    <message>
        <source>staff.home.logout</source>
        <comment>Log out</comment>
        <translation>Log out</translation>
    </message>
    <message>
        <source>staff.home.none</source>
        <comment>No sessions are running.</comment>
        <translation>No sessions are running.</translation>
    </message>
    <message>
        <source>staff.home.not_today</source>
        <comment>Not scheduled today — only with staff admission</comment>
        <translation>Not scheduled today — only with staff admission</translation>
    </message>
    <message>
        <source>staff.home.open</source>
        <comment>Open a training</comment>
        <translation>Open a training</translation>
    </message>
    <message>
        <source>staff.home.people</source>
        <comment>Trainee data</comment>
        <translation>Trainee data</translation>
    </message>
    <message>
        <source>staff.home.pick</source>
        <comment>Choose today's session:</comment>
        <translation>Choose today's session:</translation>
    </message>
    <message>
        <source>staff.home.roster</source>
        <comment>Roster</comment>
        <translation>Roster</translation>
    </message>
    <message>
        <source>staff.home.scan</source>
        <comment>Take attendance</comment>
        <translation>Take attendance</translation>
    </message>
    <message>
        <source>staff.home.show_all</source>
        <comment>Also show classes not scheduled today</comment>
        <translation>Also show classes not scheduled today</translation>
    </message>
    <message>
        <source>staff.home.verify_certificate</source>
        <comment>Check a certificate</comment>
        <translation>Check a certificate</translation>
    </message>
    <message>
        <source>staff.last_admin</source>
        <comment>The last active admin cannot be disabled.</comment>
        <translation>The last active admin cannot be disabled.</translation>
    </message>
    <message>
        <source>staff.locked</source>
        <comment>The account is locked after too many wrong PINs. Try again at {until}.</comment>
        <translation>The account is locked after too many wrong PINs. Try again at {until}.</translation>
    </message>
    <message>
        <source>staff.logged_out_idle</source>
        <comment>You were logged out after inactivity.</comment>
        <translation>You were logged out after inactivity.</translation>
    </message>
    <message>
        <source>staff.login.clear</source>
        <comment>Clear</comment>
        <translation>Clear</translation>
    </message>
    <message>
        <source>staff.login.pin</source>
        <comment>PIN</comment>
        <translation>PIN</translation>
    </message>
    <message>
        <source>staff.login.submit</source>
        <comment>Log in</comment>
        <translation>Log in</translation>
    </message>
    <message>
        <source>staff.login.title</source>
        <comment>Staff log-in</comment>
        <translation>Staff log-in</translation>
    </message>
    <message>
        <source>staff.login.username</source>
        <comment>Username</comment>
        <translation>Username</translation>
    </message>
    <message>
        <source>staff.login_failed</source>
        <comment>Wrong username or PIN.</comment>
        <translation>Wrong username or PIN.</translation>
    </message>
    <message>
        <source>staff.name_required</source>
        <comment>A name is required.</comment>
        <translation>A name is required.</translation>
    </message>
    <message>
        <source>staff.not_self</source>
        <comment>You cannot disable your own account.</comment>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>staff.pin_format</source>
        <comment>The PIN must be 6 to 8 digits.</comment>
        <translation>The PIN must be 6 to 8 digits.</translation>
    </message>
    <message>
        <source>staff.pin_mismatch</source>
        <comment>The two PINs differ. Type the same PIN twice.</comment>
        <translation>The two PINs differ. Type the same PIN twice.</translation>
    </message>
    <message>
        <source>staff.pin_weak</source>
        <comment>The PIN is too easy to guess (repeated or sequential digits). Choose another.</comment>
        <translation>The PIN is too easy to guess (repeated or sequential digits). Choose another.</translation>
    </message>
    <message>
        <source>staff.role_invalid</source>
        <comment>The role must be staff or admin.</comment>
        <translation>The role must be staff or admin.</translation>
    </message>
    <message>
        <source>staff.unknown</source>
        <comment>Staff account not found.</comment>
        <translation>Staff account not found.</translation>
    </message>
    <message>
        <source>staff.username_invalid</source>
        <comment>Usernames are 3–40 lower-case letters, digits, dots or underscores.</comment>
        <translation>Usernames are 3–40 lower-case letters, digits, dots or underscores.</translation>
    </message>
    <message>
        <source>staff.username_taken</source>
        <comment>That username is taken.</comment>
        <translation>That username is taken.</translation>
    </message>
    <message>
        <source>status.counts</source>
        <comment>{applicants} applicants · {sessions} sessions</comment>
        <translation>{applicants} applicants · {sessions} sessions</translation>
    </message>
    <message>
        <source>status.device</source>
        <comment>Device {device}</comment>
        <translation>Device {device}</translation>
    </message>
    <message>
        <source>status.disk_low</source>
        <comment>⚠ Only {mb} MB of disk left — free some space soon</comment>
        <translation>⚠ Only {mb} MB of disk left — free some space soon</translation>
    </message>
    <message>
        <source>status.loading</source>
        <comment>Opening kiosk data…</comment>
        <translation>Opening kiosk data…</translation>
    </message>
    <message>
        <source>status.offline</source>
        <comment>Offline — data is kept on this kiosk</comment>
        <translation>Offline — data is kept on this kiosk</translation>
    </message>
    <message>
        <source>status.online</source>
        <comment>Connected to the server</comment>
        <translation>Connected to the server</translation>
    </message>
    <message>
        <source>status.pending</source>
        <comment>Waiting for upload: {count}</comment>
        <translation>Waiting for upload: {count}</translation>
    </message>
    <message>
        <source>store.cannot_open</source>
        <comment>The kiosk database cannot be opened: {reason}</comment>
        <translation>The kiosk database cannot be opened: {reason}</translation>
    </message>
    <message>
        <source>store.disk_full</source>
        <comment>The disk is full: nothing was saved. Free some disk space and try again.</comment>
        <translation>The disk is full: nothing was saved. Free some disk space and try again.</translation>
    </message>
    <message>
        <source>store.in_use_other_version</source>
        <comment>The kiosk running on this data folder is another version ({revision}). Close it, then run this command again.</comment>
        <translation>The kiosk running on this data folder is another version ({revision}). Close it, then run this command again.</translation>
    </message>
    <message>
        <source>store.in_use_read_only</source>
        <comment>The kiosk is running on this data folder, so this command can only read: nothing was saved. Make the change on the kiosk's screens, or close the kiosk first.</comment>
        <translation>The kiosk is running on this data folder, so this command can only read: nothing was saved. Make the change on the kiosk's screens, or close the kiosk first.</translation>
    </message>
    <message>
        <source>store.io_error</source>
        <comment>The disk failed to write: nothing was saved. Check the drive and try again.</comment>
        <translation>The disk failed to write: nothing was saved. Check the drive and try again.</translation>
    </message>
    <message>
        <source>store.key_mismatch</source>
        <comment>The personal-data key ({where}) is not this database's key. The kiosk was not opened and nothing was written. Install this kiosk's own key from its key backup: kiosk key import FILE</comment>
        <translation>The personal-data key ({where}) is not this database's key. The kiosk was not opened and nothing was written. Install this kiosk's own key from its key backup: kiosk key import FILE</translation>
    </message>
    <message>
        <source>store.locked</source>
        <comment>Another kiosk is already running on the data folder {path}. Close it first.</comment>
        <translation>Another kiosk is already running on the data folder {path}. Close it first.</translation>
    </message>
    <message>
        <source>store.missing</source>
        <comment>The kiosk database is missing or empty ({path}) although a kiosk has run in this folder. No new database was made. Restore the newest backup: kiosk restore {backup}</comment>
        <translation>The kiosk database is missing or empty ({path}) although a kiosk has run in this folder. No new database was made. Restore the newest backup: kiosk restore {backup}</translation>
    </message>
    <message>
        <source>store.missing_no_backup</source>
        <comment>The kiosk database is missing or empty ({path}) although a kiosk has run in this folder, and no intact backup exists. No new database was made. Restore the database from another copy (kiosk restore FILE), or move the folder {folder} away to start a new kiosk.</comment>
        <translation>The kiosk database is missing or empty ({path}) although a kiosk has run in this folder, and no intact backup exists. No new database was made. Restore the database from another copy (kiosk restore FILE), or move the folder {folder} away to start a new kiosk.</translation>
    </message>
    <message>
        <source>store.newer_schema</source>
        <comment>This database was written by a newer kiosk version ({revision}). Update the application.</comment>
        <translation>This database was written by a newer kiosk version ({revision}). Update the application.</translation>
    </message>
    <message>
        <source>store.read_only</source>
        <comment>The data folder is read-only: nothing was saved. Check the folder or drive permissions.</comment>
        <translation>The data folder is read-only: nothing was saved. Check the folder or drive permissions.</translation>
    </message>
    <message>
        <source>store.read_only_unflushed</source>
        <comment>The data folder is read-only and still holds changes not yet in the database (the -wal file). Make the folder writable once so the kiosk can finish them.</comment>
        <translation>The data folder is read-only and still holds changes not yet in the database (the -wal file). Make the folder writable once so the kiosk can finish them.</translation>
    </message>
    <message>
        <source>store.read_only_upgrade</source>
        <comment>The data folder is read-only but the database needs an upgrade to this kiosk version. Make the folder writable, then open the kiosk again.</comment>
        <translation>The data folder is read-only but the database needs an upgrade to this kiosk version. Make the folder writable, then open the kiosk again.</translation>
    </message>
    <message>
        <source>sync.bundle_needs_pairing</source>
        <comment>USB bundles are encrypted for the server: pair this kiosk with the server once first.</comment>
        <translation>USB bundles are encrypted for the server: pair this kiosk with the server once first.</translation>
    </message>
    <message>
        <source>sync.ca_file_unreadable</source>
        <comment>The CA file {path} cannot be read.</comment>
        <translation>The CA file {path} cannot be read.</translation>
    </message>
    <message>
        <source>sync.cancelled</source>
        <comment>Synchronisation cancelled.</comment>
        <translation>Synchronisation cancelled.</translation>
    </message>
    <message>
        <source>sync.cli.bundle</source>
        <comment>{events} records written to {path} ({bytes} bytes).</comment>
        <translation>{events} records written to {path} ({bytes} bytes).</translation>
    </message>
    <message>
        <source>sync.cli.done</source>
        <comment>The server took {accepted} new records ({duplicate} it had already, {rejected} refused); {pulled} changes downloaded; {pending} records still wait for upload.</comment>
        <translation>The server took {accepted} new records ({duplicate} it had already, {rejected} refused); {pulled} changes downloaded; {pending} records still wait for upload.</translation>
    </message>
    <message>
        <source>sync.cli.enroll_needs</source>
        <comment>Give --server and --code to enrol the kiosk, or --rotate to renew its token.</comment>
        <translation>Give --server and --code to enrol the kiosk, or --rotate to renew its token.</translation>
    </message>
    <message>
        <source>sync.cli.enrolled</source>
        <comment>Kiosk enrolled with {server} for site {site}.</comment>
        <translation>Kiosk enrolled with {server} for site {site}.</translation>
    </message>
    <message>
        <source>sync.cli.pending</source>
        <comment>{pending} records still wait for upload: {reason}</comment>
        <translation>{pending} records still wait for upload: {reason}</translation>
    </message>
    <message>
        <source>sync.cli.plain_http_warning</source>
        <comment>WARNING: syncing with {server} is not encrypted (--insecure-plain-http).</comment>
        <translation>WARNING: syncing with {server} is not encrypted (--insecure-plain-http).</translation>
    </message>
    <message>
        <source>sync.cli.pull_progress</source>
        <comment>Download: {done} changes received so far.</comment>
        <translation>Download: {done} changes received so far.</translation>
    </message>
    <message>
        <source>sync.cli.push_progress</source>
        <comment>Upload: the server answered {done} of {total} records.</comment>
        <translation>Upload: the server answered {done} of {total} records.</translation>
    </message>
    <message>
        <source>sync.cli.push_start</source>
        <comment>Uploading {total} records to the server…</comment>
        <translation>Uploading {total} records to the server…</translation>
    </message>
    <message>
        <source>sync.cli.retry</source>
        <comment>The server did not answer ({detail}); trying again in {seconds} seconds (attempt {next}, giving up after {max_wait} seconds without an answer).</comment>
        <translation>The server did not answer ({detail}); trying again in {seconds} seconds (attempt {next}, giving up after {max_wait} seconds without an answer).</translation>
    </message>
    <message>
        <source>sync.cli.rotated</source>
        <comment>The kiosk's token was renewed; it is valid until {expires}.</comment>
        <translation>The kiosk's token was renewed; it is valid until {expires}.</translation>
    </message>
    <message>
        <source>sync.device_revoked</source>
        <comment>This kiosk has been revoked by the central operator; the server refuses its syncs.</comment>
        <translation>This kiosk has been revoked by the central operator; the server refuses its syncs.</translation>
    </message>
    <message>
        <source>sync.enrol_device_exists</source>
        <comment>The server knows this kiosk already, but the kiosk cannot prove it is the same kiosk (its key or token is lost, or its clock is far off). Contact the central operator.</comment>
        <translation>The server knows this kiosk already, but the kiosk cannot prove it is the same kiosk (its key or token is lost, or its clock is far off). Contact the central operator.</translation>
    </message>
    <message>
        <source>sync.enrol_pin_mismatch</source>
        <comment>The server {server} uses another key ({presented}) than the pin given. Nothing was sent.</comment>
        <translation>The server {server} uses another key ({presented}) than the pin given. Nothing was sent.</translation>
    </message>
    <message>
        <source>sync.enrol_rate_limited</source>
        <comment>Too many failed enrolment attempts. Try again in {seconds} seconds.</comment>
        <translation>Too many failed enrolment attempts. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>sync.enrol_refused</source>
        <comment>Enrolment refused: the code is wrong, used or expired ({detail}).</comment>
        <translation>Enrolment refused: the code is wrong, used or expired ({detail}).</translation>
    </message>
    <message>
        <source>sync.enrol_refused_other</source>
        <comment>Enrolment refused by the server ({detail}).</comment>
        <translation>Enrolment refused by the server ({detail}).</translation>
    </message>
    <message>
        <source>sync.enrol_revoked</source>
        <comment>This kiosk has been revoked by the central operator and cannot be enrolled again.</comment>
        <translation>This kiosk has been revoked by the central operator and cannot be enrolled again.</translation>
    </message>
    <message>
        <source>sync.enrol_tls_failed</source>
        <comment>The certificate of {server} cannot be verified. Ask the central operator for the CA file (--ca-file) or the key pin (--pin).</comment>
        <translation>The certificate of {server} cannot be verified. Ask the central operator for the CA file (--ca-file) or the key pin (--pin).</translation>
    </message>
    <message>
        <source>sync.enrol_unreachable</source>
        <comment>The server {server} cannot be reached. Check the address and the connection.</comment>
        <translation>The server {server} cannot be reached. Check the address and the connection.</translation>
    </message>
    <message>
        <source>sync.not_enrolled</source>
        <comment>This kiosk is not enrolled with the central server.</comment>
        <translation>This kiosk is not enrolled with the central server.</translation>
    </message>
    <message>
        <source>sync.pin_invalid</source>
        <comment>The pin {pin} is not valid: a pin is sha256: followed by 44 Base64 characters.</comment>
        <translation>The pin {pin} is not valid: a pin is sha256: followed by 44 Base64 characters.</translation>
    </message>
    <message>
        <source>sync.plain_http_refused</source>
        <comment>The server address uses unencrypted http:// to another computer. Enrol the kiosk again with an https:// address.</comment>
        <translation>The server address uses unencrypted http:// to another computer. Enrol the kiosk again with an https:// address.</translation>
    </message>
    <message>
        <source>sync.refused</source>
        <comment>The server refused this kiosk ({detail}). Enrol the kiosk again.</comment>
        <translation>The server refused this kiosk ({detail}). Enrol the kiosk again.</translation>
    </message>
    <message>
        <source>sync.rotate_failed</source>
        <comment>The kiosk's token could not be renewed ({detail}).</comment>
        <translation>The kiosk's token could not be renewed ({detail}).</translation>
    </message>
    <message>
        <source>sync.server_key_changed</source>
        <comment>The server uses another key than the one pinned at enrolment: the connection may be intercepted. Nothing was sent. If the central operator did replace the server's key, enrol the kiosk again with a new code.</comment>
        <translation>The server uses another key than the one pinned at enrolment: the connection may be intercepted. Nothing was sent. If the central operator did replace the server's key, enrol the kiosk again with a new code.</translation>
    </message>
    <message>
        <source>sync.token_expired</source>
        <comment>This kiosk's token has expired. The site admin must enrol the kiosk again with a new code from the central operator (kiosk enroll).</comment>
        <translation>This kiosk's token has expired. The site admin must enrol the kiosk again with a new code from the central operator (kiosk enroll).</translation>
    </message>
    <message>
        <source>sync.ui.age_days</source>
        <comment>{n} days</comment>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>sync.ui.age_hours</source>
        <comment>{n} h</comment>
        <translation>{n} h</translation>
    </message>
    <message>
        <source>sync.ui.age_min</source>
        <comment>{n} min</comment>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>sync.ui.error</source>
        <comment>Failed: {error}</comment>
        <translation>Failed: {error}</translation>
    </message>
    <message>
        <source>sync.ui.last_ok</source>
        <comment>last success {when}</comment>
        <translation>last success {when}</translation>
    </message>
    <message>
        <source>sync.ui.never</source>
        <comment>never synced</comment>
        <translation>never synced</translation>
    </message>
    <message>
        <source>sync.ui.oldest</source>
        <comment>oldest {age}</comment>
        <translation>oldest {age}</translation>
    </message>
    <message>
        <source>sync.ui.stale</source>
        <comment>Warning: some records have waited more than {days} days for upload!</comment>
        <translation>Warning: some records have waited more than {days} days for upload!</translation>
    </message>
    <message>
        <source>sync.ui.sync_now</source>
        <comment>Sync now</comment>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>sync.ui.syncing</source>
        <comment>Syncing…</comment>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>sync.unreachable</source>
        <comment>The server cannot be reached ({detail}).</comment>
        <translation>The server cannot be reached ({detail}).</translation>
    </message>
    <message>
        <source>sync.url_invalid</source>
        <comment>The server address must start with http:// or https://.</comment>
        <translation>The server address must start with http:// or https://.</translation>
    </message>
    <message>
        <source>sync.url_plain_http</source>
        <comment>An http:// address is allowed only for this computer itself: data would travel unencrypted. Use https://, or --insecure-plain-http if you really mean it.</comment>
        <translation>An http:// address is allowed only for this computer itself: data would travel unencrypted. Use https://, or --insecure-plain-http if you really mean it.</translation>
    </message>
    <message>
        <source>top.offline</source>
        <comment>Offline</comment>
        <translation>Offline</translation>
    </message>
    <message>
        <source>top.online</source>
        <comment>Online</comment>
        <translation>Online</translation>
    </message>
    <message>
        <source>training.all</source>
        <comment>All</comment>
        <translation>All</translation>
    </message>
    <message>
        <source>training.choose</source>
        <comment>Choose</comment>
        <translation>Choose</translation>
    </message>
    <message>
        <source>training.chosen</source>
        <comment>Your choice: {title}</comment>
        <translation>Your choice: {title}</translation>
    </message>
    <message>
        <source>training.none</source>
        <comment>No training</comment>
        <translation>No training</translation>
    </message>
    <message>
        <source>training.not_chosen</source>
        <comment>No training chosen.</comment>
        <translation>No training chosen.</translation>
    </message>
    <message>
        <source>training.nothing_found</source>
        <comment>No matching training.</comment>
        <translation>No matching training.</translation>
    </message>
    <message>
        <source>training.search</source>
        <comment>Search title, provider or place…</comment>
        <translation>Search title, provider or place…</translation>
    </message>
    <message>
        <source>training.title</source>
        <comment>Choose a training (optional)</comment>
        <translation>Choose a training (optional)</translation>
    </message>
    <message>
        <source>trainings.dates</source>
        <comment>{start} to {end}</comment>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>trainings.empty</source>
        <comment>No trainings yet.</comment>
        <translation>No trainings yet.</translation>
    </message>
    <message>
        <source>trainings.full</source>
        <comment>Full</comment>
        <translation>Full</translation>
    </message>
    <message>
        <source>trainings.seats</source>
        <comment>{left} of {capacity} seats left</comment>
        <translation>{left} of {capacity} seats left</translation>
    </message>
    <message>
        <source>trainings.title</source>
        <comment>Available trainings</comment>
        <translation>Available trainings</translation>
    </message>
    <message>
        <source>vacancies.bundle_no_key</source>
        <comment>This kiosk does not hold the server's key yet: synchronise once, then import again.</comment>
        <translation>This kiosk does not hold the server's key yet: synchronise once, then import again.</translation>
    </message>
    <message>
        <source>vacancies.bundle_older</source>
        <comment>This vacancy bundle ({issued}) is older than the one already imported ({held}).</comment>
        <translation>This vacancy bundle ({issued}) is older than the one already imported ({held}).</translation>
    </message>
    <message>
        <source>vacancies.bundle_other_site</source>
        <comment>This vacancy bundle is for site {theirs}, not this kiosk's site ({ours}).</comment>
        <translation>This vacancy bundle is for site {theirs}, not this kiosk's site ({ours}).</translation>
    </message>
    <message>
        <source>vacancies.bundle_refused</source>
        <comment>The vacancy bundle is refused; nothing was changed: {detail}</comment>
        <translation>The vacancy bundle is refused; nothing was changed: {detail}</translation>
    </message>
    <message>
        <source>vacancies.cli.imported</source>
        <comment>Vacancy bundle of {site} ({issued}) applied: {applied} of {vacancies} vacancies.</comment>
        <translation>Vacancy bundle of {site} ({issued}) applied: {applied} of {vacancies} vacancies.</translation>
    </message>
    <message>
        <source>vacancy.bad_age</source>
        <comment>The age range does not make sense.</comment>
        <translation>The age range does not make sense.</translation>
    </message>
    <message>
        <source>vacancy.bad_education</source>
        <comment>Unknown education level.</comment>
        <translation>Unknown education level.</translation>
    </message>
    <message>
        <source>vacancy.bad_isco</source>
        <comment>The ISCO occupation code must be a known 4-digit unit group.</comment>
        <translation>The ISCO occupation code must be a known 4-digit unit group.</translation>
    </message>
    <message>
        <source>vacancy.bad_openings</source>
        <comment>The number of openings must be 1 to {max}.</comment>
        <translation>The number of openings must be 1 to {max}.</translation>
    </message>
    <message>
        <source>vacancy.bad_period</source>
        <comment>The validity period ends before it starts.</comment>
        <translation>The validity period ends before it starts.</translation>
    </message>
    <message>
        <source>vacancy.bad_sex</source>
        <comment>Sex must be L, P or empty.</comment>
        <translation>Sex must be L, P or empty.</translation>
    </message>
    <message>
        <source>vacancy.bad_source</source>
        <comment>Unknown vacancy source.</comment>
        <translation>Unknown vacancy source.</translation>
    </message>
    <message>
        <source>vacancy.bad_wage</source>
        <comment>The wage range does not make sense.</comment>
        <translation>The wage range does not make sense.</translation>
    </message>
    <message>
        <source>vacancy.missing</source>
        <comment>The field {field} is required.</comment>
        <translation>The field {field} is required.</translation>
    </message>
    <message>
        <source>vacancy.too_many_skills</source>
        <comment>At most {max} skills.</comment>
        <translation>At most {max} skills.</translation>
    </message>
    <message>
        <source>verdict.eligible</source>
        <comment>You are eligible for Kartu Prakerja.</comment>
        <translation>You are eligible for Kartu Prakerja.</translation>
    </message>
    <message>
        <source>verdict.job_seeker</source>
        <comment>You can still register as a job seeker and choose training that is not funded by Kartu Prakerja.</comment>
        <translation>You can still register as a job seeker and choose training that is not funded by Kartu Prakerja.</translation>
    </message>
    <message>
        <source>verdict.next_eligible</source>
        <comment>What happens next:
1. Choose a training (you may skip this).
2. Check your details and press Confirm.
3. Take your trainee card; show it at the LPK when the training starts.</comment>
        <translation>What happens next:
1. Choose a training (you may skip this).
2. Check your details and press Confirm.
3. Take your trainee card; show it at the LPK when the training starts.</translation>
    </message>
    <message>
        <source>verdict.not_eligible</source>
        <comment>You are not eligible for Kartu Prakerja, because:</comment>
        <translation>You are not eligible for Kartu Prakerja, because:</translation>
    </message>
    <message>
        <source>warnings.accept</source>
        <comment>What I entered is correct, as on my KTP</comment>
        <translation>What I entered is correct, as on my KTP</translation>
    </message>
    <message>
        <source>warnings.title</source>
        <comment>Please check again</comment>
        <translation>Please check again</translation>
    </message>
    <message>
        <source>wizard.back</source>
        <comment>‹ Back</comment>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>wizard.busy</source>
        <comment>Please wait…</comment>
        <translation>Please wait…</translation>
    </message>
    <message>
        <source>wizard.cancel</source>
        <comment>Cancel</comment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>wizard.fix_errors</source>
        <comment>Some fields need fixing (marked in red).</comment>
        <translation>Some fields need fixing (marked in red).</translation>
    </message>
    <message>
        <source>wizard.next</source>
        <comment>Next ›</comment>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>wizard.progress</source>
        <comment>Step {step} of {total}</comment>
        <translation>Step {step} of {total}</translation>
    </message>
    <message>
        <source>wizard.step.address</source>
        <comment>Address</comment>
        <translation>Address</translation>
    </message>
    <message>
        <source>wizard.step.consent</source>
        <comment>Consent</comment>
        <translation>Consent</translation>
    </message>
    <message>
        <source>wizard.step.contact</source>
        <comment>Contact</comment>
        <translation>Contact</translation>
    </message>
    <message>
        <source>wizard.step.identity</source>
        <comment>Identity</comment>
        <translation>Identity</translation>
    </message>
    <message>
        <source>wizard.step.review</source>
        <comment>Review &amp; confirm</comment>
        <translation>Review &amp; confirm</translation>
    </message>
    <message>
        <source>wizard.step.status</source>
        <comment>Education &amp; work</comment>
        <translation>Education &amp; work</translation>
    </message>
    <message>
        <source>wizard.step.training</source>
        <comment>Training</comment>
        <translation>Training</translation>
    </message>
    <message>
        <source>wizard.step.verdict</source>
        <comment>Eligibility</comment>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>wizard.title</source>
        <comment>Registration</comment>
        <translation>Registration</translation>
    </message>
</context>
</TS>
