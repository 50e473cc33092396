<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>alpr</name>
    <message>
        <source>line %1 is not an audit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 of the extract was changed: its fields do not give its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 of the extract is not in the trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 of the extract differs from the trail&apos;s event %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::AccountPolicy</name>
    <message>
        <source>the shortest password may be %1 to 128 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the idle lock may be 1 to %1 minutes (CJIS 5.5.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lockout may last 0 (until an administrator unlocks) to %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lockout shorter than 10 minutes is below CJIS 5.5.3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::AgencySettings</name>
    <message>
        <source>ORI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ORI %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ORI &quot;%1&quot; must be 9 characters long, not %2; an NCIC ORI is the state&apos;s two letters and seven letters or digits, e.g. CA0431000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ORI &quot;%1&quot; is not in the NCIC format: two capital letters of the state, then seven capital letters or digits, e.g. CA0431000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ORI &quot;%1&quot; starts with &quot;%2&quot;, which is not a US state, the District of Columbia or a territory; an ORI starts with the agency&apos;s state, e.g. CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not an IANA time zone name this system knows; give one such as America/Los_Angeles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency name is empty; give the name memos and reports print, e.g. Los Altos Police Department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::Agents</name>
    <message>
        <source>&quot;%1&quot; is not an agent name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an agent named %1 (revoked agents keep their name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agent named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent %1 was already revoked on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an account that imports reads may receive them from agents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::Alerts</name>
    <message>
        <source>There is no hit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit %1 is not taken; take it under an incident number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit %1 is being worked by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an incident number in the department&apos;s format (for example %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit %1 is not taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit %1 is held by %2; only they or a supervisor can release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The read of hit %1 is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera gave no plate corners for hit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit %1: the step &quot;%2&quot; comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit %1: look at the plate image before comparing its characters (no view of it by you is recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit %1: mark each of the %2 characters y (the same) or n (differs), not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit %1: look at the overview or vehicle image before confirming the vehicle (no view of it by you is recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CLETS result; give one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLETS reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the CLETS message or NIC reference of the inquiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of the CLETS inquiry must be within the last day, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit %1 cannot be confirmed: a character of the plate does not match the listed plate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit %1 cannot be confirmed: the state of issuance differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit %1 cannot be confirmed: CLETS did not confirm the entry as still wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit %1: the vehicle differs from the entry; say in a note why it is confirmed (for example, plates moved to another car).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason to reject; give one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a note why hit %1 is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a disposition; give one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit %1 has no disposition: only a confirmed hit is acted on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit %1 was verified under incident %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit %1 is not decided yet; there is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALPR HIT VERIFICATION — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit %1, incident %2, list &quot;%3&quot; (purpose %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: %1 %2 at %3, camera %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed: %1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Characters: %1 (listed %2, read %3, marks %4) %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. State: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Vehicle: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. List time: %1 (%2 minutes old%3) %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, STALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. CLETS: %1, reference %2, inquiry at %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1 by %2 at %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, reason %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alert alone is never a basis for a stop; this verification was recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the confirmation goes (a file name ending in .pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program cannot lay out a PDF (it has no fonts loaded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the confirmation to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALPR hit verification %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::AuditExport</name>
    <message>
        <source>Could not read the anchors file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchors file %1 is larger than 256 MiB; give only the lines with ALPR-ANCHOR (grep ALPR-ANCHOR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the audit export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for an audit extract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A migrated trail is kept by a department store that a file store was migrated into (alprctl pg migrate); this is a store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file store was migrated into this department store: it keeps no migrated trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::AuditLog</name>
    <message>
        <source>event %1 certifies a key for %2 that the agency&apos;s root key did not certify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 is missing (the next event is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 does not follow from event %2: the chain is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 is signed, but no earlier event starts signing: the start of the trail was cut or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 is not signed, though signing started at event %2: it was written or rewritten outside the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 is signed by %2, who has no certified key at that point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 does not carry a valid signature of %2: it was changed, or written by someone without %2&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trail names no root key, but the fingerprint %1 was given: signing never started or its start was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trail&apos;s root key has the fingerprint %1, not %2: the trail was rewritten under another root key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events %1 to %2 were deleted: the trail ends at event %3, but %4 anchored event %2 (hash %5) at %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 is not the event %2 anchored at %3 (hash %4): the trail was rewritten from there or before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::AuditMemo</name>
    <message>
        <source>near misses %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no alternative readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1,%2 r%3m %4..%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>canvass of %n windows, plates in %1: %2</source>
        <translation>
            <numerusform>canvass of %n window, plates in %1: %2</numerusform>
            <numerusform>canvass of %n windows, plates in %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>near %1,%2 within %3 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image of %2 (plate %3), under search %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> -&gt; %n results</source>
        <translation>
            <numerusform> -&gt; %n result</numerusform>
            <numerusform> -&gt; %n results</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALPR %1 audit, %2 (sample %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail verified intact: %n events, hash-chained with SHA-256.</source>
        <translation>
            <numerusform>The audit trail verified intact: %n event, hash-chained with SHA-256.</numerusform>
            <numerusform>The audit trail verified intact: %n events, hash-chained with SHA-256.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is BROKEN at event %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn again from the recorded seed when this memo was written: the same items came out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn again from the recorded seed when this memo was written, the items DIFFER: the sample or the trail was changed after the draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 (event %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Memorandum&lt;/h2&gt;&lt;table cellpadding=&apos;2&apos;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief of Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%1.&lt;/b&gt; Their findings are missing below: this memo does not yet report on the whole sample.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Period and sample&lt;/h3&gt;&lt;p&gt;%1 to %2. Sample %3, drawn by %4 on %5. %6&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sampling method&lt;/h3&gt;&lt;p&gt;Seed &lt;b&gt;%1&lt;/b&gt;. %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Items&lt;/h3&gt;&lt;p&gt;Checks: yes, no, or ? where the auditor has not answered. Format, on record and listed are checked by the software; real, authorized and fits are the auditor&apos;s.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
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
        <source>What was accessed</source>
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
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case: format %1, on record %2, real %3. Purpose: listed %4, authorized %5. Query fits: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Complies: %1. Does not comply: %2. Needs follow-up: %3. Not yet reviewed: %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Data errors found&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Audit trail&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Latest hash (event %2):&lt;br/&gt;&lt;span style=&apos;font-family: DejaVu Sans Mono&apos;&gt;%3&lt;/span&gt;&lt;/p&gt;&lt;p&gt;Agency root key fingerprint:&lt;br/&gt;&lt;span style=&apos;font-family: DejaVu Sans Mono&apos;&gt;%4&lt;/span&gt;&lt;/p&gt;&lt;p&gt;Keep this memo: a later change to any event up to this one changes this hash, and &lt;i&gt;alprctl audit verify --memo-hash HASH --fingerprint F&lt;/i&gt; checks the trail against both.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: signing has not started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;br/&gt;Auditor: %1 &amp;nbsp;&amp;nbsp; Date: %2&lt;br/&gt;&lt;br/&gt;Signature: ______________________________&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where the memo goes (--out FILE.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the memo to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::AuditSample</name>
    <message>
        <source>the record has no &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search %1, under which the image was viewed, is not on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search %1 was made by %2 under case %3 (%4), not as this record says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record does not say which image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no search row refers to this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search row says %1, case %2, purpose %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search row counts %1 results, the record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an audit period: give a half-year like 2026-H1 or a quarter like 2026-Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not comply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs follow-up</source>
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
        <source>There were no %1 in %2: there is nothing to sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one %1 was made in %2, fewer than the %3 asked for (policy minimum %4): it is the sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 %2 were made in %3, fewer than the %4 asked for (policy minimum %5): all of them are in the sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 %3 made in %4 were drawn at random (policy minimum %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population: every successful event of kind %1 (actions %2) in the audit trail from %3 to %4 (UTC, end exclusive) up to event %5, in sequence order. Draw: Fisher-Yates, for i = 0 .. k-1 swap position i with i + u(N - i), u uniform by rejection from SplitMix64 with seed %6 (the j-th number is SplitMix64(seed + j * 0x9E3779B97F4A7C15)); the first k positions, listed in sequence order. Repeat with: alprctl audit sample --kind %7 --period %8 --size %9 --seed %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n items not yet reviewed</source>
        <translation>
            <numerusform>%1 of %n item not yet reviewed</numerusform>
            <numerusform>%1 of %n items not yet reviewed</numerusform>
        </translation>
    </message>
    <message>
        <source>a sample of %1 is at least %2 (the policy minimum); %3 is too few</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sample holds at most 1000 items, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not begun yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there were no %1 in %2 (%3 to %4): there is nothing to sample; choose a period in which the trail records some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no audit sample %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample %1 names audit event %2, which the trail does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finding is complies, violation or follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finding of &quot;%1&quot; needs a note saying what was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit sample %1 has no item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit verifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release requests and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release request or decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::BulkScan</name>
    <message>
        <source>the store is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bulk scan inside a bulk scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the store failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::Canvass</name>
    <message>
        <source>window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a canvass needs at least one window (a place, a radius and a time range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a canvass takes at most %1 windows, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: latitude %2 is not between -90 and 90 degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: longitude %2 is not between -180 and 180 degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: radius %2 m is not more than 0 and at most %3 m (50 km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give both the start and the end of the time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the time range must start (%2) before it ends (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the time range %2 to %3 is longer than %4 days; split it into several windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min-windows %1 must be between 1 and the number of windows (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the reads in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than %2 reads; make its radius or its time range smaller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::CasePolicy</name>
    <message>
        <source>the store&apos;s case number format &quot;%1&quot; is not a valid regular expression; an administrator must correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case or incident number is required for every search (for example %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds characters that are not part of a case number (invisible, full-width or look-alike characters); type it with plain letters and digits (for example %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number in this department&apos;s format (for example %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a purpose is required for every search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose &quot;%1&quot; is for %2; your roles (%3) may give: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an authorized purpose; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::CaseView</name>
    <message>
        <source>no search was ever made under case &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1, who first used case %2, an auditor or an administrator may give it a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case title may be at most 120 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::CheckSummary</name>
    <message>
        <source>record complete, case and purpose valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case number &quot;%1&quot; is not in the department&apos;s format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 was not on record at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose &quot;%1&quot; is not an authorized purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose &quot;%1&quot; has been retired since; it was an authorized purpose when it was used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::Crypto</name>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed in OpenSSL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-256-GCM needs a 32-byte key, got %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-256-GCM needs a 12-byte nonce, got %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-256-GCM input too large (2 GiB at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBKDF2 needs at least one iteration, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBKDF2 needs a non-empty salt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBKDF2 key length must be 1 to 1024 bytes, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBKDF2 password too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-256-GCM encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-256-GCM needs a 16-byte tag, got %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-256-GCM decryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-256-GCM authentication failed: the key is wrong or the data was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a 32-byte key, got %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X25519 needs a 32-byte public key, got %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sealed box needs a 32-byte ephemeral key, got %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Ed25519 public key in PEM (%1 ... %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::Csv</name>
    <message>
        <source>more than %1 fields; is this a CSV read file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field that starts on this line is never closed; a quote inside a field must be doubled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of a field; a quote inside a quoted field must be doubled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with a quote; quote the whole field and double the quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::CsvReadParser</name>
    <message>
        <source>column %1 of the header is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names the column %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column%1 %2 in the header; the columns are %3 (required) and %4 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header lacks the column%1 %2; a read file needs %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not an ISO 8601 time (write it like 2026-03-01T14:05:09Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has no time zone; add Z for UTC or an offset such as -08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has an impossible UTC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plate is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state %1 is not a state or province code (two or three letters or digits, e.g. CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given but %2 is empty; give both or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1 is neither mobile nor fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL byte; this is not a CSV text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no reads (the file is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field%2, but the header has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no reads (only a header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external_id is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::DamagedStore</name>
    <message>
        <source>The store file %1 is damaged (%2). Restore it from a backup; see README, &quot;Damaged store&quot;; &apos;alprctl store check&apos; names what is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::DemoStore</name>
    <message>
        <source>--reads must be between 0 and 20,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists but is not a demo store that the demo administrator can open: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::DepartmentAuditEvents</name>
    <message>
        <source>On the department store only the server writes the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::DepartmentImport</name>
    <message>
        <source>The department store already holds a migrated file store (%1): a file store is migrated once, into a new department store; a second migration would duplicate it. Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department store already holds data (%1 reads, %2 searches): a file store is migrated only into a new, empty department store, or it would be duplicated. Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::DepartmentLink</name>
    <message>
        <source>A department store is given as postgresql://HOST[:PORT]/DATABASE; this address is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department store address %1 names no database (…/DATABASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department store is reached with TLS verify-full only, not sslmode=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department store address %1 has an unknown option &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department store at %1 is reached over the network, so the server is verified (TLS verify-full): add ?sslrootcert=CA-FILE to the address, the file of the certificate authority that signed the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such CA file, for the department store at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL, package libqt6sql6-psql) is not installed, so the department store cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the department store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department store is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department store failed %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department store gave no answer to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department store&apos;s answer to %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up a department store needs a superuser of the server (to install the signing functions); the role of %1 is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a department store (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the store&apos;s signing module is not there (it is built as lib/alpr-workstation/alpr_pg.so beside bin/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting up roles and schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no department store: run alprctl pg init first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no role %1 to let workstations log in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granting the client role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to listen for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address names no login role, so the role %1 was asked for (from PGUSER or this computer&apos;s account). Name the department&apos;s login role, the one given to &quot;alprctl pg init --login-role&quot;, before the host: postgresql://ROLE@%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the store&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::DepartmentSettings</name>
    <message>
        <source>the case number format &quot;%1&quot; is not a regular expression%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case number format &quot;%1&quot; accepts an empty case number; every search needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the example &quot;%1&quot; is not in the case number format &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the misread table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hours after which a hot list is stale must be from %1 to %2 (a week), not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minutes a taken alert is held without a checklist step must be from %1 to %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minutes before an alert nobody takes is escalated must be from %1 to %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::DepartmentStore</name>
    <message>
        <source>Only a department store has a server&apos;s trail key; a store file&apos;s users sign their own events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::Enhance</name>
    <message>
        <source>there is no image to enhance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is %1 x %2 pixels, larger than %3 on a side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be enhanced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plate cannot be cut out of the frame: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no usable frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are not 4 corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a corner lies outside the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corners do not enclose a plate-shaped area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::Evidence</name>
    <message>
        <source>The folder could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package holds more than %1 files and folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be examined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name is not UTF-8; it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a symbolic link; it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is nested more than %1 folders deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a special file (a FIFO, socket or device); it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not &quot;Label: value&quot; lines of UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It gives BagIt-Version &quot;%1&quot;; this verifier reads 1.0 and 0.97.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It gives Tag-File-Character-Encoding &quot;%1&quot;, not UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its Payload-Oxum &quot;%1&quot; is not BYTES.FILES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not a %2 digest and a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists a path that is not a plain path inside the package (absolute, with &apos;..&apos;, &apos;\&apos;, an empty part, a control character or not UTF-8); it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists a file outside data/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists a payload file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The algorithm &quot;%1&quot; is not supported: only sha256 and sha512.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has no payload manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has no such file: it is what the signatures cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has no payload folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bag-info.txt gives Payload-Oxum %1.%2 (bytes.files), the payload holds %3.%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manifest lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manifest lists it, but it is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is %1 bytes, more than the whole payload given in bag-info.txt; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag manifest lists it, but it is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag manifest does not list it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its fingerprint is %1, but bag-info.txt names the key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is %1 bytes, not a %2-byte Ed25519 signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a signature of %1 by the key in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was made by the key with fingerprint %1, not the key in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line without an ssh-ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not name the key in %1 for the namespace %2, so ssh-keygen -Y verify would not accept the package&apos;s signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besides the key in %1 it names %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is signed by the key with fingerprint %1, which you have not said you trust: compare it with the fingerprint your agency publishes, then give that fingerprint with --fingerprint, or the agency&apos;s public key with --key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder: give the package&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsafe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid SSH signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SSH signature needs a namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 ... %2 armor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the armor does not hold base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SSHSIG magic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated or with bytes left over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is not an %1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made for the namespace &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hash algorithm is neither sha512 nor sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is not an %1 signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH signature does not match the signed file and its key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::EvidenceCustody</name>
    <message>
        <source>&quot;%1&quot; is not a custody event: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking into evidence needs the property room&apos;s item number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say to whom the package was %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evidence package %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 was never exported (its export %2): it has no custody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 was destroyed on %2; nothing can follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1, purpose %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the package itself with: alprctl evidence verify FOLDER, or the commands in its VERIFY.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain of custody %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program cannot lay out a PDF (it has no fonts loaded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::EvidenceExport</name>
    <message>
        <source>HOW TO VERIFY THIS EVIDENCE PACKAGE

Package %1, exported by %2 for %3 (case %4).

This folder is a BagIt 1.0 bag (RFC 8493). Every file under data/ is listed with its SHA-256 in manifest-sha256.txt (and its SHA-512 in manifest-sha512.txt); the files beside them are listed in tagmanifest-sha256.txt, which the agency&apos;s evidence key signed. Run the commands below in this folder. Each must report every file OK (or &quot;Verified&quot;), and no file may exist under data/ that the manifest does not list.

1. Compare the key with the one the agency publishes. A signature proves who made the package only when the key is the agency&apos;s. The fingerprint of the key in agency-signing-key.pub.pem is:
     %5
   Ask the agency for its evidence key fingerprint and compare every group.
   (The agency&apos;s root key, which certified it: %6.)

LINUX (coreutils, OpenSSL 3.0 or later, OpenSSH 8.1 or later)
  sha256sum -c manifest-sha256.txt
  sha256sum -c tagmanifest-sha256.txt
  openssl pkeyutl -verify -rawin -pubin -inkey agency-signing-key.pub.pem -in tagmanifest-sha256.txt -sigfile tagmanifest-sha256.txt.sig
  (OpenSSL 3.0 needs both -rawin and -sigfile; it prints &quot;Signature Verified Successfully&quot;.)

MAC (macOS ships LibreSSL, which has no Ed25519: use OpenSSH, below)
  shasum -a 256 -c manifest-sha256.txt
  shasum -a 256 -c tagmanifest-sha256.txt

ANYWHERE WITH OPENSSH 8.1 OR LATER (Linux, macOS, Windows 10 and later)
  ssh-keygen -Y verify -f allowed_signers -I %7 -n %8 -s tagmanifest-sha256.txt.sshsig &lt; tagmanifest-sha256.txt
  (It prints &quot;Good &quot;%8&quot; signature for %7&quot;.) allowed_signers holds the same key as agency-signing-key.pub.pem; compare its fingerprint as in step 1: ssh-keygen -l -f allowed_signers does not read that file, so compare the PEM key.

WINDOWS POWERSHELL (not tested by the makers of this package)
  Get-Content manifest-sha256.txt | ForEach-Object {
    $h, $f = $_ -split &apos;  &apos;, 2
    if ((Get-FileHash -Algorithm SHA256 -LiteralPath $f).Hash -ne $h.ToUpper()) { &quot;FAILED: $f&quot; } else { &quot;OK: $f&quot; } }
  Repeat with tagmanifest-sha256.txt, and check the signature with ssh-keygen as above.

With the agency&apos;s software: alprctl evidence verify FOLDER --fingerprint &quot;%5&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALPR evidence package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads chosen by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency root key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sightings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
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
        <source>Captured (local)</source>
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
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 sightings; every one is in data/reads.csv and data/reads.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images of the other %1 reads are in data/images/, named by read id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program cannot lay out the report (it has no fonts loaded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no hit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the read of hit %1 (%2 on the list %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by read id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no release request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release request %1 is %2: only an approved request may be fulfilled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one read to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no read %1 in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the package back from the medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evidence package %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1 is not one of your searches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen from the results of search %1 (case %2, purpose %3; its query is in data/audit-extract.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::EvidenceKeys</name>
    <message>
        <source>Only an administrator, who holds the agency&apos;s root key, can make an evidence signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active records clerk can receive an evidence signing key: add a user with the records role first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency has no evidence signing key yet: an administrator makes it by signing in once a records clerk exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence signing key is not sealed to %1 yet: it is handed on when a records clerk who holds it signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence signing key sealed to %1 does not open with their key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence signing key sealed to %1 is not the agency&apos;s current key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::Hits</name>
    <message>
        <source>There is no hit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the status of a hit; give one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::HotListFile</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the largest hot-list file accepted is %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state %1 is not a state, province or territory code (two letters, e.g. CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a date (write it like %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stolen vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>felony vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stolen plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character (byte 0x%1) at column %2; a CLEW extract is plain fixed-width text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a byte that is not plain ASCII (0x%1) at column %2; a CLEW extract is plain fixed-width text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line %1 is not the extract time &quot;DATEmm/dd/yyyy hh:mm&quot; (e.g. DATE03/01/2026 05:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time zone America/Los_Angeles is not known to this system; install the time zone data (tzdata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extract time %1 does not exist in California (the clocks went forward then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is longer than %1 characters; is this a CLEW extract?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not end with the line &quot;TOTAL RECORD nnnnnnn&quot;: the download is truncated. Nothing was loaded; download the extract again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trailer counts %1 records but the file has %2: the download is truncated or damaged. Nothing was loaded; download the extract again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no records (the trailer counts none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records; at most %2 are accepted in one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TOTAL RECORD line before the last line; two extracts run together?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is %1 characters long; a CLEW record has the plate in columns 1-8, the state in 9-10, the county in 11-12 and the date YYYYMMDD in 13-20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date in columns 13-20 is blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date in columns 13-20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 records; at most that many are accepted in one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no records (only a header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a hot-list file this program reads: the first line is neither a CLEW extract time (DATEmm/dd/yyyy hh:mm), nor the NCIC header %1, nor the header %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL byte; this is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a hot-list file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MiB; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::HotLists</name>
    <message>
        <source>plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate &quot;%1&quot; has %2 fixed characters; an entry needs at least %3, or it would match too many plates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a plate; enter the plate or the part of it that is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate &quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hot list needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority %1 is not between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a hot list named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an active purpose; the purposes are listed by &apos;alprctl purpose list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A covert list names its members: only they see its hits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no hot list named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB; a hot-list extract is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a department list: its entries are entered one by one and approved, not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 entries where &quot;%3&quot; has %4: loading it would shrink the list by more than half, which a truncated download does. Check the file; if the list really shrank, import it again allowing the list to shrink (alprctl: --allow-shrink).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing was loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a general list: it is replaced by each download, so entries are made on a department list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the members of the covert list &quot;%1&quot; make its entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state &quot;%1&quot; is not a two-letter code such as CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry needs the case number it belongs to (Los Altos 462.4(h)(5)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry needs a synopsis of why the vehicle is sought (Los Altos 462.4(h)(5)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number in the department&apos;s format, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synopsis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry %1 is not between today and one year from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry was refused: %1. ALPR data may not be used for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no hot-list entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is %2, not waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody approves an entry they made: another administrator approves entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 belongs to a general list, which only its next download changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is %2 and can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry keeps its %1 (Los Altos 462.4(h)(5)): give a new one or leave it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was refused: %1. ALPR data may not be used for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no change %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 was %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody approves an entry they entered or changed: another supervisor decides change %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is %2: only an approved entry looks back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1, who entered entry %2, looks back for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look-back for hot-list entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 belongs to a general list; only department entries look back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::ImageCodec</name>
    <message>
        <source>image header is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image header is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG header gives no image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JPEG or PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image data is damaged or truncated and could not be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image is %1x%2 pixels; the limit is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG image is truncated (no end-of-image marker)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::JpegCodec</name>
    <message>
        <source>image data is damaged or truncated and could not be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to show a %1x%2 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the JPEG decoder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::KeySlotFile</name>
    <message>
        <source>wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file %1 is damaged: %2. Restore it from a backup; without it nobody can sign in to this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1 bytes long, larger than the %2 MiB a key-slot file may be, so it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the key-slot file %1: %2. Check that the folder exists and is writable and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing or not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing or not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, outside %2..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 bytes long, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file %1 does not exist. It belongs next to the store file; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the key-slot file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its format is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its version is %1; this program reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;store_id&quot; is not 32 lower-case hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;slots&quot;, &quot;failures&quot; or &quot;pending_events&quot; is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (user &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key derivation &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a second slot for the same user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a second record for user &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key-slot file must be loaded or created before it is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it would be %1 bytes long, larger than the %2 MiB a key-slot file may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key slot needs a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key slot needs %1 to %2 PBKDF2 iterations, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key slot needs two key pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key-slot file must be loaded or created before a slot is added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no key slot that a key can be sealed to; they must sign in once to upgrade it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sealed key must be %1 bytes, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot of %1 holds no key to this store: the store was given a new key while the account was disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file %1 holds no database key for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key in %1 was sealed to another key of %2 (the password was reset since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slot of user &quot;%1&quot; cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slot of user &quot;%1&quot; holds a key of the wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public keys in the slot of user &quot;%1&quot; do not belong to its private keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 sealed in the slot of user &quot;%2&quot; cannot be opened with their key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::LegalHolds</name>
    <message>
        <source>Choose the reads to hold one way: by id (or a search&apos;s results), a case, or an evidence package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evidence package %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No read was opened or exported under case %1: there is nothing to hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hold may keep at most %1 reads; this one chose %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the chosen reads is in the store: there is nothing to hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal hold needs the case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal hold needs the requesting party (who asked for it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requesting party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason for a hold: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal hold needs a review date after today (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit %1 confirmed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the hold is released (a note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no legal hold %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold %1 was released by %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::Migrations</name>
    <message>
        <source>reading the alternative readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing an alternative reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::MisreadTable</name>
    <message>
        <source>Misread classes &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the class &quot;%1&quot; has only one character; a class lists the characters a camera confuses with one another, e.g. &quot;1I&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in the class &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in two classes, &quot;%2&quot; and &quot;%3&quot;; put each character in one class only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at position %2 is not a plate character; use only A-Z and 0-9, with classes separated by spaces or commas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::NoteScreen</name>
    <message>
        <source>the note holds what looks like %1 (at character %2); notes must not carry personal identifiers, remove it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note is %1 characters long; at most %2 are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note holds a control character at character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Social Security number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date of birth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::OpenAlprParser</name>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data_type is missing; this is not an OpenALPR alpr_group record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data_type is %1, not &quot;alpr_group&quot;; only alpr_group records are plate reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alpr_group version %1 is not supported (2 and 3 are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best_plate_number is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best_plate_number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best_region %1 is not a country-state code such as us-ca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch_start is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of milliseconds since 1970</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch_start %1 is not a time in milliseconds since 1970</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent_uid is missing or empty; it is needed to tell cameras apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera_id %1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera_id is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given without %2; give both or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a base64 string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, the largest image accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JPEG image (it does not start with FF D8 FF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not an object%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a file of several records needs one whole object per line, or a JSON array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at column %2: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no reads (no records in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object or array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, record 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no reads (the array is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 points, not the plate&apos;s 4 corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pixel position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::PackageWriter</name>
    <message>
        <source>the medium is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an input/output error (was the medium removed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the medium is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the medium is gone (was it removed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist (is the medium mounted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot examine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 MB free; the package needs about %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a plain ASCII name for a package file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the package into place at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the medium is not what was written: the medium is faulty or was changed while writing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::PageAuthentication</name>
    <message>
        <source>cannot read the store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot derive the page key to check %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::PasswordFile</name>
    <message>
        <source>the password file %1 already exists; a generated password goes into a new file only: name another file, or remove the old one if nothing uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the password file %1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the password file %1 (%2): %3; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naming it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password file %1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password file %1 may be read or written by group or others (mode %2); make it its owner&apos;s only with &apos;chmod 600 %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password file %1 is %2 bytes; a password file holds one line of at most %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password file %1 is larger than %2 bytes; a password file holds one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line of the password file %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::PasswordPolicy</name>
    <message>
        <source>the password is %1 characters long; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password must have at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password must not contain the user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password must not contain a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the password check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is not accepted: the guessing check estimates it would be found in about 10^%1 guesses, and at least 10^10 are required; common passwords, words with digits or symbols added, dates and keyboard rows are guessed first; choose a longer passphrase of several unrelated words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password dictionary cannot be read; ask the workstation&apos;s administrator to install cracklib-runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is not accepted by the dictionary check: %1; choose another one (a phrase of several unrelated words works well)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::PlateIndex</name>
    <message>
        <source>a read refers to a plate the store does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plate dictionary is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::PlateIndexCache</name>
    <message>
        <source>read %1 has an id beyond what the plate index can hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::PlatePattern</name>
    <message>
        <source>Pattern &quot;%1&quot;: %2 at position %3 cannot be part of a plate. Use &quot;?&quot; for any one character and &quot;*&quot; for any run of characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot;: %2 at position %3 cannot be used inside a set; a set lists the characters one position may be, e.g. &quot;[AB8]&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot;: the &quot;-&quot; at position %2 needs a character on each side, as in &quot;[0-9]&quot; or &quot;[A-F]&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot;: the &quot;[&quot; at position %2 is never closed; end the set with &quot;]&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot;: two &quot;*&quot; in a row at position %2; one &quot;*&quot; already stands for any run of characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot;: the &quot;]&quot; at position %2 has no &quot;[&quot; before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot;: the range &quot;%2-%3&quot; at position %4 mixes letters and digits; use one range for each, e.g. &quot;[A-F0-9]&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot;: the range &quot;%2-%3&quot; at position %4 runs backwards; write it as &quot;%3-%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot;: the set &quot;[]&quot; at position %2 is empty; list the characters this position may be, e.g. &quot;[AB8]&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern is empty; enter a plate or a pattern, e.g. &quot;7ABC123&quot; or &quot;7AB*&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot; has no plate characters; enter a plate or a pattern, e.g. &quot;7ABC123&quot; or &quot;7AB*&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot; is %2 characters long without spaces, dashes and dots; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot; has no fixed character, only &quot;?&quot; and &quot;*&quot;; give at least one character of the plate, e.g. &quot;7AB*&quot; or &quot;*AB*&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot; needs at least %2 characters, but a plate has at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::PrivateFiles</name>
    <message>
        <source>Could not make %1 readable by its owner only: %2. Check the folder&apos;s filesystem and that the file is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be open before its mode is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1 to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::Purposes</name>
    <message>
        <source>&quot;%1&quot; is not a purpose code: use 2 to 40 characters of a-z, 0-9 and &apos;-&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose &quot;%1&quot; names no role; choose at least one of %2 to give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose &quot;%1&quot;: the role %2 may not search, so it cannot give a purpose; choose among %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a purpose needs a description of 5 to 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy reference is longer than 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a use the policies prohibit: %2; it cannot be a purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no purpose &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no purpose &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a use the policies prohibit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::QrCode</name>
    <message>
        <source>the text is too long for a QR code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::ReadFieldChecks</name>
    <message>
        <source>%1 %2 is not a plate: use A-Z and 0-9 (spaces, dashes and dots are ignored), at most %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude %1 is outside -90..90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude %1 is outside -180..180</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is outside 0..100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 holds a control character (U+%3) at character %4; a camera&apos;s fields are plain text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::ReadFileParser</name>
    <message>
        <source>the largest read file accepted is %1 MiB; split it into smaller files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a read file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is %2 MiB; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::ReadImporter</name>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the reads were imported, but searches here may miss them until the plate index catches up: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::Receiver</name>
    <message>
        <source>the request could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request could not be handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such endpoint; POST /v1/alpr_group or /v1/reads.csv, GET /health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/health takes GET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this endpoint takes POST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agent token is required: Authorization: Bearer TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is not available now; send again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Length or chunked transfer is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body ended before its Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: camera %2 is not one of agent %3&apos;s cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiver is busy; send again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reads were not confirmed in time; send them again (resent reads are stored once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reads could not be stored; send them again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is larger than %1 bytes; send fewer reads per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS needs both --tls-cert FILE and --tls-key FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a loopback address: without TLS the receiver listens on 127.0.0.1, ::1 or localhost only; give --tls-cert and --tls-key to listen elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiver&apos;s limits must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only HTTP/1.0 and HTTP/1.1 are spoken here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reads were not stored: the store cannot be reached or the receiver is stopping; send them again later (resent reads are stored once)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::ReleaseRequests</name>
    <message>
        <source>ALPR data is not shared for immigration enforcement (California Values Act, Government Code 7284.6; Los Altos 462.7(d)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALPR data is shared only with California public agencies (Civil Code 1798.90.55(b), SB 34; San Leandro 418.7: no agency outside the State of California).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests by non-law-enforcement or non-prosecutorial agencies are processed under the Records Maintenance and Release Policy (Civil Code 1798.90.55; San Leandro 418.7(c)), not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intended purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release request needs the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an agency type: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a release purpose: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no release request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release request %1 is %2, not waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You logged release request %1; another approver must decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the request is denied (a note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release request %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting agency: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person requesting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended purpose: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 at %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALPR data release request %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::RetentionPurge</name>
    <message>
        <source>There is no certificate for purge %1: it did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge %1, finished %2, run by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1; days counted in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This purge completed the interrupted purge %1; its figures include the reads that purge removed before it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads: kept %2 days, images %3 days (%4); reads captured before %5 and images before %6 expired. Removed %7 reads and the images of %8 more; %9 expired reads kept by holds%10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (holds %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In all %1 reads removed, and the images of %2 reads kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest capture removed %1; latest %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 over the removed read ids (sorted, one decimal id and a newline each): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The write-ahead log was emptied after the purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The write-ahead log could not be emptied (another process was reading); it is emptied at the next checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is not purged: it keeps the read ids and queries it holds. Backups keep what they hold until their own retention ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of ALPR data purge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the department store the removed rows stay in the server&apos;s table files until VACUUM (autovacuum, or the maintenance job) lets their space be reused, and in its write-ahead log archives until those are recycled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::RetentionRules</name>
    <message>
        <source>The retention rules need exactly one period for %1 reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source kind: use mobile, fixed or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 reads&apos; period must be 1 to %2 days, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 images&apos; period must be 1 day to the reads&apos; %2 days, not %3: an image is never kept without its read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the policy section the %1 reads&apos; period follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle-mounted reads are kept one year (Government Code 34090.6; %1). A shorter period of %2 days needs the policy section that sets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These periods are shorter: the next purge will remove %n more read(s) than it would now. Confirm to save them.</source>
        <translation>
            <numerusform>These periods are shorter: the next purge will remove %n more read than it would now. Confirm to save them.</numerusform>
            <numerusform>These periods are shorter: the next purge will remove %n more reads than it would now. Confirm to save them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alpr::SearchService</name>
    <message>
        <source>--max-edits takes 0, 1 or 2, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time range is empty: %1 is not before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>near misses (--max-edits) are searched for a whole plate, not for a pattern with wildcards: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads and images are opened under one of your own searches; search %1 is not one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::ServiceAccounts</name>
    <message>
        <source>%1 (roles: %2) is a person&apos;s account: a person chooses their own password, so it is not generated into a password file; leave out --password-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a person&apos;s account: %2 it with a password the person changes at sign-in, without --password-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user %1; &apos;alprctl user list&apos; shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a service account and keeps service roles (%2); give the person an account of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a person&apos;s account and cannot take the service roles %2; add a service account with &apos;alprctl user add NAME --roles %3 --password-file FILE&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a service account: its password is generated into a new file, never chosen or temporary; use &apos;alprctl user add %1 --roles ROLE --password-file FILE&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a service account for an unattended job, which has nobody to type a one-time code; it signs in with its password file only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::Session</name>
    <message>
        <source>Your key slot does not hold the agency&apos;s root key, which certifies other users&apos; keys. Ask an administrator who holds it to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account %1 is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (roles: %2) may not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must change the temporary password before anything else (alprctl user passwd %1, or Account &gt; Change password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the administrator requires a second factor: %1 must enrol a one-time code app first (alprctl user totp %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account %1 is locked %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new password must differ from the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a service account (%2) for unattended jobs and cannot sign in at the workstation; sign in with your own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a store file has no connection to make again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the department store %1 is not lost; there is nothing to sign in again for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::SessionRegistry</name>
    <message>
        <source>%1 is already signed in on %2 since %3; sign out there first (one session per user)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::SignIn</name>
    <message>
        <source>no store at %1; create one with &apos;alprctl init&apos; or &apos;alprctl demo&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file %1 holds an older key slot for %2 (generation %3; the store has seen generation %4): it was put back from an earlier copy, which would bring back an old password. Put the current key-slot file back, or ask an administrator to reset your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account %1 is disabled; ask an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs in with a one-time code as well: enter the 6-digit code from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong one-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong user name, password or one-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::SignInFailures</name>
    <message>
        <source>until an administrator unlocks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the account is now locked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 of %2 attempts before the account locks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account %1 is locked after %2 failed sign-ins %3; wait, or ask an administrator to unlock it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::SqlAuditEventRepository</name>
    <message>
        <source>reading the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::SqlCipherDriver</name>
    <message>
        <source>Unable to prepare statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to execute statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to bind value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown connect option &quot;%1&quot; for %2; QSQLCIPHER knows QSQLCIPHER_CREATE and QSQLCIPHER_READONLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSQLCIPHER_CREATE and QSQLCIPHER_READONLY exclude each other (opening %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSQLCIPHER takes a raw key through SqlCipherDriver::setKey(), not a password (opening %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database key was set before opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key must be %1 bytes, not %2 (opening %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite library in this process has no encryption (a plain SQLite shadows SQLCipher); refusing to open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the key on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the page size on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite library in this process has no encryption; refusing to open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong key or not an ALPR store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to begin transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to roll back transaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::SqlEvidenceRepository</name>
    <message>
        <source>Release request %1 was already decided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::SqlHotListRepository</name>
    <message>
        <source>hit %1 was changed by someone else meanwhile; look at it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::SqlInquiryRepository</name>
    <message>
        <source>listing recent cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::SqlReadRepository</name>
    <message>
        <source>a plate vanished during import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for reads already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading plate reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtering reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1 has no %2 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the reads in an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the newest read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the reads stored since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::SqlRetentionRepository</name>
    <message>
        <source>placing a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releasing a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold %1 is released already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading legal holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting expired reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting expired images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting held reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading purge runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropping expired images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purging expired reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a purge&apos;s reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finishing a purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge %1 was taken over by another purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading purged reads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::SqlSampleRepository</name>
    <message>
        <source>reading the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the samples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::SqlSettingsRepository</name>
    <message>
        <source>reading the purposes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::SqlUserRepository</name>
    <message>
        <source>no user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading training records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::Store</name>
    <message>
        <source>The store %1 is being given a new key or restored from a backup by an administrator; try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other sessions have the store %1 open (workstations, a receiver or a scheduled job). Ask their users to sign out and stop the services, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not lock the store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the write-ahead log of %1 into the store file: another connection is still reading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the store %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no store at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the lock file of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first page does not decrypt with the key its slot gave; unless the slot file belongs to another store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the schema of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this program understands (%3); update ALPR Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating it to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compact %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell whether the store changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRAGMA %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::StoreCheck</name>
    <message>
        <source>page %1 unreadable, in no table or index (a free page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the write-ahead log (%1-wal), frames of page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends in the middle of a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integrity check stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages: %1 read, %2 failed their check%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (page %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write-ahead log: %1 pages read, %2 failed their check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema (sqlite_master): DAMAGED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (root page %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 entries read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: DAMAGED: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check: stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit trail: not checked (the store is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>audit trail: intact, %n events, latest hash %1</source>
        <translation>
            <numerusform>audit trail: intact, %n event, latest hash %1</numerusform>
            <numerusform>audit trail: intact, %n events, latest hash %1</numerusform>
        </translation>
    </message>
    <message>
        <source>audit trail: BROKEN at event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no store at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key slot holds no key to the store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plates whose count of reads or newest read differs from their reads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts and ends whose count of reads differs from a recount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternative readings whose copy of their read&apos;s plate and time differs from the read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit trail: not read (an auditor verifies it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mended: the counts were recounted from the reads; checked again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check is the department store&apos;s; a store file has its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>code: %n functions, triggers, tables and schemas, as the migrations made them</source>
        <translation>
            <numerusform>code: %n function, trigger, table or schema, as the migrations made it</numerusform>
            <numerusform>code: %n functions, triggers, tables and schemas, as the migrations made them</numerusform>
        </translation>
    </message>
    <message>
        <source>code changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::StoreDamage</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::StoreKeys</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key slot holds no key to the store %1: it was given a new key while your account was disabled. Ask an administrator to enable the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no current key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put the new store file in place of %1: %2. The store keeps its old key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other sessions have the store %1 open (workstations, a receiver or a scheduled job). Ask their users to sign out and stop the services, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 They were told, and did not close within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the store under its new key does not open (%1); the store keeps its old key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a backup of another store (its key slots name store %2, this store is %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an active administrator in the backup %2; only an administrator may restore it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::StoreScan</name>
    <message>
        <source>the schema (sqlite_master)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the %1 %2 of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::TextInput</name>
    <message>
        <source>the %1 is %2 characters long; at most %3 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 holds a control character (such as a line break or a terminal code) at character %2; remove it and try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::Totp</name>
    <message>
        <source>the secret may only hold the letters A-Z and the digits 2-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::TrailAnchors</name>
    <message>
        <source>The anchor target &quot;%1&quot; %2. Use &quot;syslog&quot;, &quot;unix:/path&quot;, &quot;udp:host:port&quot; or &quot;off&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send the trail&apos;s anchor to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names a socket path that is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an absolute socket path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a host and a port from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not one this program knows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::UserAccount</name>
    <message>
        <source>&quot;%1&quot; is not a valid user name: use 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no record of department-approved ALPR training; ALPR data stays closed until an administrator records it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ALPR training of %1 expired on %2; ALPR data stays closed until an administrator records a current course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ALPR training of %1 is not yet complete; ALPR data stays closed until an administrator records it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give %1 at least one role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot hold the service role %2 together with the role %3 of a person: a service account is for an unattended job and holds only %4; give the person and the job separate accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::UserAdministration</name>
    <message>
        <source>the account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user %1; &apos;alprctl user list&apos; shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user named %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a training record needs a course and a completion date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training expires (%1) before it was completed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the completion date %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give %1 at least one role; to stop someone signing in, disable the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make someone else an administrator first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key slot does not hold the agency&apos;s root key, so you cannot pass it on to a new administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you cannot disable your own account; ask another administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already enabled; use a password reset to give them a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change your own password with &apos;alprctl user passwd %1&apos; or Account &gt; Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled; enable the account, which sets a new temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a one-time code secret needs at least 128 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code does not match; check the phone&apos;s clock and type the code the app shows now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::departmentstore</name>
    <message>
        <source>--from names the store file to migrate, not a department store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no department store: run alprctl pg init first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department store %1 has schema version %2, older than this program&apos;s %3: run alprctl pg upgrade first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file store&apos;s audit trail does not verify: event %1: %2 (%3 events checked). A trail that does not verify is not migrated; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>&amp;Hot lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge &amp;certificates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::AlertQueueModel</name>
    <message>
        <source>escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has taken this alert in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::AlertsPanel</name>
    <message>
        <source>The CAD incident number the alert is verified under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident no., e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work the highlighted alert under the incident number; nobody else can work it until it is released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the alert back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beep when a new alert arrives or one is escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight the alert to take first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are working hit %1 under incident %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit %1 is back in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) you held went back to the queue.</source>
        <translation>
            <numerusform>%n alert you held went back to the queue.</numerusform>
            <numerusform>%n alerts you held went back to the queue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alpr::gui::AuditAction</name>
    <message>
        <source>canvass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account-locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case-title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case-view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change-settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotlist-loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key-certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key-registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key-rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage-users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password-changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password-reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending-events-dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose-reinstated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose-retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose-saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles-changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screen-lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session-locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session-unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings-changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing-started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store-backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store-compacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store-created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store-rekeyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store-replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store-restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>totp-enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>totp-removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training-recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user-added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user-disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user-enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user-unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view-image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view-read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts-listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bolo-hit-notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit-characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit-clets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit-confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit-currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit-decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit-disposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit-escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit-image-viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit-plate-state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit-released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit-taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit-vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit-viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervise-alerts</source>
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
    <name>alpr::gui::AuditOutcome</name>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
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
    <message>
        <source>Hit verifications (quarterly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence exports (quarterly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release requests (quarterly)</source>
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
    <message>
        <source>Evidence packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge certificates</source>
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
    <message>
        <source>Place &amp;hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every read opened or exported under the case from the purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every read opened or exported under case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Legal hold %1 keeps %n read(s) of the case.</source>
        <translation>
            <numerusform>Legal hold %1 keeps %n read of the case.</numerusform>
            <numerusform>Legal hold %1 keeps %n reads of the case.</numerusform>
        </translation>
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
    <name>alpr::gui::CustodyDialog</name>
    <message>
        <source>Record custody of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom or where it went (transferred, released)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The property room&apos;s item number (booked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked into evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
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
    <name>alpr::gui::EvidenceExportDialog</name>
    <message>
        <source>Export evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The read of hit %1, as a signed evidence package (BagIt) on a medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) chosen, as a signed evidence package (BagIt) on a medium.</source>
        <translation>
            <numerusform>%n read chosen, as a signed evidence package (BagIt) on a medium.</numerusform>
            <numerusform>%n reads chosen, as a signed evidence package (BagIt) on a medium.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case no., e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a purpose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder on the medium the package is made in, as a folder of its own named for the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;enhanced views (derivatives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the enhanced views of the images, marked as such, beside the images as recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medium&apos;s folder for the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the case number and choose the purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder on the medium the package goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n read(s), about %1</source>
        <translation>
            <numerusform>%n read, about %1</numerusform>
            <numerusform>%n reads, about %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1… (%2 of %3 files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing of the package is left on the medium; the failed export is on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n read(s) as package %1.</source>
        <translation>
            <numerusform>Exported %n read as package %1.</numerusform>
            <numerusform>Exported %n reads as package %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: %1
Files: %2 (%3)
Signed with the agency&apos;s evidence key %4

The package was read back from the medium and matched what was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::EvidencePackageModel</name>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::EvidencePackagesPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the package&apos;s folder, if the medium is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence package has been exported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1, purpose %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by %1, started %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1; tag manifest SHA-256 %2</source>
        <translation>
            <numerusform>%n file, %1; tag manifest SHA-256 %2</numerusform>
            <numerusform>%n files, %1; tag manifest SHA-256 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads (chosen by %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a package for its details and its chain of custody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Chain of custody&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;custody…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked into evidence, transferred, released, returned or destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print custody log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the custody log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custody log is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place &amp;hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the package&apos;s reads from the purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reads of evidence package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Legal hold %1 keeps %n read(s) of the package.</source>
        <translation>
            <numerusform>Legal hold %1 keeps %n read of the package.</numerusform>
            <numerusform>Legal hold %1 keeps %n reads of the package.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alpr::gui::EvidenceVerifyDialog</name>
    <message>
        <source>Verify evidence package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks every file of a package against its manifests, its signatures, and that it was signed with the key you trust. Nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s folder (ev-…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64 hexadecimal digits; spaces or colons allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint of the key the package must be signed with, as the agency publishes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The agency&apos;s %n evidence key(s), current and retired, are trusted as well.</source>
        <translation>
            <numerusform>The agency&apos;s %n evidence key, current or retired, is trusted as well.</numerusform>
            <numerusform>The agency&apos;s %n evidence keys, current and retired, are trusted as well.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence package&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Package %1: %n payload file(s), %2</source>
        <translation>
            <numerusform>Package %1: %n payload file, %2</numerusform>
            <numerusform>Package %1: %n payload files, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed with key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signatures are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signatures are NOT valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is NOT TRUSTED: it is not the fingerprint given, nor one of the agency&apos;s evidence keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file is there and matches its manifests; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n problem found:</numerusform>
            <numerusform>%n problems found:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alpr::gui::HeldMark</name>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under legal hold: this read and its images are not purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::Hit</name>
    <message>
        <source>still wanted or stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared or recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vehicle does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared in CLETS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other (say why in the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vehicle recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person located</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released by its holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holder signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holder&apos;s screen locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no step within the hold time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released by a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::HitChecklistDialog</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify hit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1 %2 at %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole verification as text, for the call&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save confirmation as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page with the plate and every step, to print for the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works this hit; you can look but not record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the alert before working it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera stored no plate image with this read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plate (enhanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate cut out of the overview along the corners the camera gave, made square to the eye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+ or the wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (- or the wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the image to the window (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One image pixel, one screen pixel (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— what came of it —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare each character of the plate image with the listed plate and mark it the same (=) or different (≠). Outlined characters differ or are ones cameras confuse (0/O, 8/B…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look twice: these characters differ or cameras confuse them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click: the same (=), again: different (≠)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters recorded: every one the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters recorded: some differ; this hit cannot be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: %1   Listed: %2   — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the state from the plate image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State recorded: the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State recorded: different; this hit cannot be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the vehicle from the overview image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle recorded: it matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle recorded: it differs; a confirmation needs a note saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List as of %1, %2 old%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — STALE: confirm the entry in CLETS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list&apos;s time is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List currency recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation does not query CLETS: record what your inquiry returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— result —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLETS message or NIC number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record CLETS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLETS recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (needed for &quot;other&quot;, or a vehicle that differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps 1 to 5 done, every character and the state the same, CLETS still wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— reason to reject —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit %1 confirmed. Record its disposition when known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit %1 rejected: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate crop, enhanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate rectified from the overview, enhanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Plate, character by character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. State of issuance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. List currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. CLETS/NCIC confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Decision — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation is on the clipboard: paste it into the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation is saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The read of this confirmed hit as a signed evidence package on a medium</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::HoldsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the hold, with a note: its reads are purged when their period is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a hold to see it and the ids of its reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legal hold has been placed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legal hold is in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) past the review date: review them, and release those no longer needed.</source>
        <translation>
            <numerusform>%n hold past the review date: review it, and release it if no longer needed.</numerusform>
            <numerusform>%n holds past the review date: review them, and release those no longer needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past its review date: records staff review it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold %1 for case %2: %3, asked for by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed by %1 on %2; reads chosen by %3; review on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n read(s): %1</source>
        <translation>
            <numerusform>%n read: %1</numerusform>
            <numerusform>%n reads: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Release legal hold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Case %1, %2, %n read(s). Once released, its reads are purged when their period is over, unless another hold keeps them.</source>
        <translation>
            <numerusform>Case %1, %2, %n read. Once released, its read is purged when its period is over, unless another hold keeps it.</numerusform>
            <numerusform>Case %1, %2, %n reads. Once released, its reads are purged when their period is over, unless another hold keeps them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why it is released:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold %1 is released.</source>
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
    <message>
        <source>6-digit code from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Connection lost&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the department store %1 was lost: the server restarted, or the network is down. Your data is hidden until you sign in again. Enter your password to sign in again as %2; the window then goes on where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department store still cannot be reached, so the screen stays locked. Try again in a moment.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
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
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) nobody has taken</source>
        <translation>
            <numerusform>%n alert nobody has taken</numerusform>
            <numerusform>%n alerts nobody has taken</numerusform>
        </translation>
    </message>
    <message>
        <source>BOLO hits: cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your BOLO %1 hit at %2, camera %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your BOLO %1 hit: %2 at %3, camera %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen results as a signed evidence package on a medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify evidence package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place legal &amp;hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the chosen results (or all of them) from the purge: evidence, a discovery request, a preservation letter or litigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>all %n result(s) of search %1</source>
        <translation>
            <numerusform>the %n result of search %1</numerusform>
            <numerusform>all %n results of search %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen result(s) of search %1</source>
        <translation>
            <numerusform>%n chosen result of search %1</numerusform>
            <numerusform>%n chosen results of search %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Legal hold %1 keeps %n read(s).</source>
        <translation>
            <numerusform>Legal hold %1 keeps %n read.</numerusform>
            <numerusform>Legal hold %1 keeps %n reads.</numerusform>
        </translation>
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
    <name>alpr::gui::PlaceHoldDialog</name>
    <message>
        <source>Place a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held reads and their images are never purged until the hold is released. Reads: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case the hold is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who asked for it: a prosecutor, a court, the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day the hold is listed for review; it is never released by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting &amp;party:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preservation letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::PurgeCertificatesPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate for the Custodian of Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per removed read: its id, source, capture day and what was removed (no plates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run purge &amp;now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what the purge would remove first; the daily timer runs it otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the read ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a purge to see its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purge has finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the purge certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the removed read ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of purge %1 is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 reads to remove, the images of %3 more; %4 expired reads kept by holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It completes the interrupted purge %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has expired: there is nothing to purge now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge expired reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 reads and the images of %2 more for good? Nothing removed can be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge %1 removed %2 reads and the images of %3 more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::Purpose</name>
    <message>
        <source>Stolen vehicle or stolen plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanted person or active warrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing person, AMBER or Silver alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locating a witness or a victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A specific criminal investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department-related civil or administrative action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection of a public event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection of critical infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit of ALPR use</source>
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
    <name>alpr::gui::ReleaseRequestDialog</name>
    <message>
        <source>Log a release request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request from another agency for ALPR data. Requests the law or the policies forbid are refused at once and kept on file; the others wait for a supervisor or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requesting agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and rank of the person asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the purpose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they intend to do with the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>California local agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>California state agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>California prosecutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency of another state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federal agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a law enforcement agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosecution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stolen vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immigration enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of agency and the purpose to see the ruling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will wait for approval by a supervisor or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::ReleaseRequestsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request from another agency for ALPR data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;ny…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request on file as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see it as it is on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release request has been logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You logged this request: another supervisor or administrator decides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 from %2 is refused: %3

The refusal is kept on file; tell the requester the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is logged and waits for approval by a supervisor or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
Purpose: %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is denied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;ny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is in %2.</source>
        <translation type="unfinished"></translation>
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
    <name>alpr::gui::Role</name>
    <message>
        <source>detective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
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
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A general hot list whose extract is older than this is stale: its hits say so, and the status bar names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot lists &amp;stale after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A taken alert goes back to the queue after this long without a checklist step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alert nobody has taken for this long is highlighted and announced again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release a ta&amp;ken alert after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate an &amp;untaken alert after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile (vehicle-mounted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads past their period are purged daily with their images, unless a legal hold keeps them; images may go sooner. Days are counted in the agency&apos;s time zone. A mobile period under 365 days needs the policy section that allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most as long as the read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. San Leandro 418.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These periods are shorter than those in force. The next purge will remove %1 more reads than it would now, and the images of %2 more reads (those of the removed reads included). Nothing purged can be recovered.

Save the shorter periods?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorter retention periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the retention rules in force are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved. The next purge removes %n more read(s) under these periods.</source>
        <translation>
            <numerusform>Saved. The next purge removes %n more read under these periods.</numerusform>
            <numerusform>Saved. The next purge removes %n more reads under these periods.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the retention rules; they apply from the next purge.</source>
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
<context>
    <name>main</name>
    <message>
        <source>Search, review and audit license plate reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file, or the department store&apos;s address postgresql://HOST[:PORT]/DATABASE (default: $ALPR_STORE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
