<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>alpr::gui::AdminWindow</name>
    <message>
        <source>Administration — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hot lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and &amp;quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auditor&apos;s console…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::AuditEventModel</name>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canvass of %1 windows, in at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> → %1 found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::AuditSamplesPage</name>
    <message>
        <source>Samples drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search inquiries (twice a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image views (quarterly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-H1 or 2026-Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: a random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed over the same trail draws the same items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample selected. Draw one, or select one on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memo to the Chief: method, seed, findings, data errors and the trail&apos;s latest hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 (the policy minimum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed is a whole number from 0 to 18446744073709551615.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drew sample %1 with seed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1: %2 in %3 (%4 to %5 UTC), seed %6, drawn by %7 on %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search inquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item of a sample first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a finding: complies, does not comply or needs follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the audit memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a sample first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items not yet reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items of this sample have no finding yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memo will say so on its first page. Write it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No memo written: review the remaining items first, or write it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo written to %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trail intact; latest hash %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail is BROKEN at event %1; latest hash %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing again from the seed does NOT give the same items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::AuditTrailPage</name>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plate or pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads and images of this plate opened, and searches whose pattern matches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One action, or several separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to, not including, this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest events the filter selects; 0 for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its whole record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the events listed as CSV (recorded as an audit export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the hash chain of the whole trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time range is empty: &quot;from&quot; is not before &quot;to&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 events the filter selects; there may be older ones (raise &quot;Newest&quot; or narrow the filter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 at %2 (%3 UTC), workstation %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit events as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events exported: %1, to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail is intact: %1 events, latest hash %2 (checked %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail is BROKEN at event %1: %2. %3 events, latest hash %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::AuditorWindow</name>
    <message>
        <source>Audit — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator (change-settings) maintains the list of purposes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case history — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case history is closed to you: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::CanvassPanel</name>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sightings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a purpose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each window is a circle (latitude, longitude in degrees, radius in metres, at most %1 m) and a time range of at most %2 days, from inclusive, to exclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the plates seen in at least this many windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plates seen in at &amp;least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run canvass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>window %1: %n read(s)</source>
        <translation>
            <numerusform>window %1: %n read</numerusform>
            <numerusform>window %1: %n reads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plate(s) in the window</source>
        <translation>
            <numerusform>%n plate in the window</numerusform>
            <numerusform>%n plates in the window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plate(s) seen in at least %1 of the %2 windows</source>
        <translation>
            <numerusform>%n plate seen in at least %1 of the %2 windows</numerusform>
            <numerusform>%n plates seen in at least %1 of the %2 windows</numerusform>
        </translation>
    </message>
    <message>
        <source>Canvass %1 recorded for case %2. %3. %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first window is around the read of %1: 500 m, half an hour either side. Change it as you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1: give both the start and the end of the time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1: the time range must start (%2) before it ends (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1: the time range %2 to %3 is longer than %4 days; split it into several windows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::CaseHistoryPage</name>
    <message>
        <source>case or incident number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its whole record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1, hash %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 searches, %2 reads opened, %3 images viewed, %4 exports, %5 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events under this case: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed in with a temporary password. Choose a new password before going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters and must not contain your user name. Common passwords, words with digits or symbols added, dates and keyboard rows are refused: a longer passphrase of several unrelated words works well.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::ErrorText</name>
    <message>
        <source>%1

The store is damaged. Stop working in it and tell your administrator. The administrator restores the store and its .keys file from the last backup and runs &apos;alprctl store check&apos; on it (README, &quot;Damaged store&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::HotListDialog</name>
    <message>
        <source>Hot list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hot list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Stolen vehicles (SVS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>general: a DOJ or NCIC extract, replaced at each download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department: entries members make (BOLOs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the purpose its hits are verified under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 100; hits on a higher priority list come first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert dispatchers on a hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covert: only the members below see and verify its hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the purpose the list&apos;s hits are verified under.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::HotListImportDialog</name>
    <message>
        <source>Import into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file replaces every entry of &quot;%1&quot; in one step; a file with an error is refused whole and changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. svs.tbl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise from the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLEW extract (svs.tbl, sfr.tbl, slr.tbl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NCIC CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the list to shrink by more than half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A truncated download shrinks a list: tick this only when the list really shrank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot-list file for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot-list files (*.tbl *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 entries into &quot;%2&quot; (%3; it had %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates dropped: %1; plates refused: %2; states corrected: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::HotListTableModel</name>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Members: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded by %1 from %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extract is older than the stale limit: import a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::HotListsPage</name>
    <message>
        <source>&amp;New list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a CLEW extract or an NCIC or plain CSV file into the selected general list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected entry: it matches reads from now on (Los Altos 462.4(h)(5))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department entries (BOLOs) wait here until an administrator approves them; nobody approves an entry they made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the general list &quot;%1&quot;; import its first extract with Import file….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the department list &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the list &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled &quot;%1&quot;: its entries match again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled &quot;%1&quot;: its entries no longer match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved entry %1 (%2) on &quot;%3&quot;: it matches reads from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::IdleLock</name>
    <message>
        <source>&lt;h2&gt;Locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session of %1 is locked (%2). Enter your password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The session ends now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is being replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, an administrator, is giving the store a new key or restoring it from a backup. This window closes now and ends your session; sign in again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::ImageWindow</name>
    <message>
        <source>Images of read %1 — %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+ or the wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (- or the wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the image to the window (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One image pixel, one screen pixel (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enhance plate for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows an enhanced copy of the plate crop; the stored image is unchanged. Each enhanced view is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to pan; the wheel, + and - zoom the image last clicked; 0 fits it, 1 shows it at 100%. Each image shown here is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::MainWindow</name>
    <message>
        <source>ALPR Workstation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or click a read to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the search (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a plate pattern, a case number and a purpose, then Search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and &amp;quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate: 7ABC123, 7AB*, *XYZ*, 7?B?12?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? is one character, * any run of characters, [AB8] one of a set. Spaces and dashes are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a purpose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case no., e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misread-tolerant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also match characters cameras confuse: 0/O/D/Q, 1/I, 2/Z, 5/S, 8/B, 6/G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) match %1</source>
        <translation>
            <numerusform>%n read matches %1</numerusform>
            <numerusform>%n reads match %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (showing the first %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 ms — search %2, case %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No read in this store matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auditor&apos;s console…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything done under the case in the search bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near misses: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a whole plate: also find plates one or two characters off (a character changed, added or missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also match the camera&apos;s second guesses at a plate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the record (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept with the search in the access record. A note that holds a Social Security number or a date of birth is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cancelled: nothing was shown or recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canvass %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied.</source>
        <translation>
            <numerusform>%n row copied.</numerusform>
            <numerusform>%n rows copied.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time range is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::PasswordInput</name>
    <message>
        <source>The password is longer than %1 characters, the most a password may have. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::PendingEntryModel</name>
    <message>
        <source>A partial plate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::PurposeTableModel</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may give it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::PurposesPage</name>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. hit-and-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 to 40 characters of a-z, 0-9 and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the purpose allows, 5 to 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Los Altos 462.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policy reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstated purpose %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired purpose %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purpose can never name a use the policies prohibit: immigration enforcement, personal use, harassment or intimidation, First Amendment activity, or targeting a protected characteristic. A retired purpose stays in the record of past searches but cannot be chosen. A user is offered only the purposes of their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may give it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved purpose %1, for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::ReadDetailPane</name>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to see the images at full size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhance for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows an enhanced copy of the plate crop (contrast, enlarged, sharpened); the stored image is unchanged. Each enhanced view is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull size…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate crop and the overview at full size, with zoom and pan, in their own window (or double-click an image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, opened from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sightings of %1 in these results: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored image cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image was stored with this read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::ReadTableModel</name>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>misread, %n substitution(s)</source>
        <translation>
            <numerusform>misread, %n substitution</numerusform>
            <numerusform>misread, %n substitutions</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other readings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternative reading, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>near miss, %n edit(s)</source>
        <translation>
            <numerusform>near miss, %n edit</numerusform>
            <numerusform>near miss, %n edits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alpr::gui::ResultsView</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows (plate, state, time, camera, place) as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::SampleItemModel</name>
    <message>
        <source>all pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case not on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose retired since (allowed then)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::SampleListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1, drawn by %2 on %3 with seed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::SettingsPage</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until an administrator unlocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every user must have one-time codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save account rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CJIS Security Policy allows passwords of at least 8 characters, a lockout of at least 10 minutes (or until an administrator unlocks) and a screen lock after at most 30 idle minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock an account after 5 failures for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the &amp;screen after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second factor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case numbers and misreads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regular expression a whole case number matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to users; it must be in the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes of characters cameras confuse, separated by spaces: 0ODQ 1I 2Z 5S 8B 6G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save case numbers and misreads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number &amp;format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number &amp;example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Misread table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Los Altos Police Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 characters, e.g. CA0431000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NCIC Originating Agency Identifier: the state&apos;s two letters, then seven letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone, e-mail or office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone in which days are counted and times shown on reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit memos, reports and evidence packages print the agency&apos;s name and ORI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ORI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the account rules: passwords of at least %1 characters, %2, the screen locked after %3 idle minutes, one-time codes %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked accounts wait for an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked accounts open after %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. New searches check case numbers against the format; the misread table applies from the next search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the agency: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::SignInDialog</name>
    <message>
        <source>Sign in to ALPR Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Authorized use only.&lt;/b&gt; Every search and every image viewed is recorded with your name, the time, the case number and the purpose (Civil Code 1798.90.52).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-digit code from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a service account for unattended jobs (imports, the nightly store upkeep); it cannot sign in here. Sign in with your own account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::StaleListsLabel</name>
    <message>
        <source>Hot lists: cannot tell which are stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stale list(s): %1</source>
        <translation>
            <numerusform>Stale list: %1</numerusform>
            <numerusform>Stale lists: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>These lists have not been downloaded within the stale limit; their hits may no longer be current. An administrator imports a new extract.
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::UserTableModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active, must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time codes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::UsersPage</name>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge or employee number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol one-time codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with the authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected user: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two temporary passwords differ; type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1. They must change the temporary password at their first sign-in, and need a training record before they reach ALPR data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has the roles %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the training course %1 completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1&apos;s training &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a temporary password now and must change it at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enabled with a temporary password, to be changed at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled and their key slot removed. A copy of the key-slot file taken earlier still opens the store until it gets a new key: run &apos;alprctl store rekey&apos; when no one else is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret (base32, to type in instead of scanning): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time codes enrolled for %1. Let them scan the code now: it is shown this once. Keep it private: whoever has the secret can make codes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::WorksheetBox</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— unanswered —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number in the department&apos;s format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case on record by then:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose on the list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose active (not retired):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not comply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case exists in the records system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose fits the case and the policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query is consistent with the case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found (required unless the item complies). No personal identifiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item of a sample to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: event %2, %3 by %4 on %5 under case %6 for %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: retired since, authorized when it was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
