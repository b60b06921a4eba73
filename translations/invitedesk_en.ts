<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApplicationShell</name>
    <message>
        <source>&amp;Employees</source>
        <translation>&amp;Employees</translation>
    </message>
    <message>
        <source>Company &amp;Structure</source>
        <translation>Company &amp;Structure</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Forget %1 and remove its secrets from the keychain? The local copy of the directory stays until you connect again.</source>
        <translation>Forget %1 and remove its secrets from the keychain? The local copy of the directory stays until you connect again.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>%1 Showing the copy of the directory on this computer.</source>
        <translation>%1 Showing the copy of the directory on this computer.</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>No keychain available</translation>
    </message>
    <message>
        <source>%1

InviteDesk never writes secrets to a file. Keep the secret in memory for this session only? You will have to connect again next time.</source>
        <translation>%1

InviteDesk never writes secrets to a file. Keep the secret in memory for this session only? You will have to connect again next time.</translation>
    </message>
    <message>
        <source>Signed out. The next start opens the sandbox portal.</source>
        <translation>Signed out. The next start opens the sandbox portal.</translation>
    </message>
    <message>
        <source>Directory updated: %1</source>
        <translation>Directory updated: %1</translation>
    </message>
    <message>
        <source>Sandbox portal</source>
        <translation>Sandbox portal</translation>
    </message>
    <message>
        <source>Invitations can be composed once the portal has answered or its outbox is open.</source>
        <translation>Invitations can be composed once the portal has answered or its outbox is open.</translation>
    </message>
    <message>
        <source>The outbox opens once the portal has answered.</source>
        <translation>The outbox opens once the portal has answered.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address to sign in: %1</source>
        <translation>No web browser could be opened. Open this address to sign in: %1</translation>
    </message>
    <message>
        <source>InviteDesk could not listen for the sign-in answer.</source>
        <translation>InviteDesk could not listen for the sign-in answer.</translation>
    </message>
    <message>
        <source>Portal moved?</source>
        <translation>Portal moved?</translation>
    </message>
    <message>
        <source>The portal %1 answers that it has moved to %2.

Continue with %2 only if your company really changed its Bitrix24 address: InviteDesk will send its sign-in and your invitations there. Nothing has been sent there yet.</source>
        <translation>The portal %1 answers that it has moved to %2.

Continue with %2 only if your company really changed its Bitrix24 address: InviteDesk will send its sign-in and your invitations there. Nothing has been sent there yet.</translation>
    </message>
    <message>
        <source>Signed out. Your other portals are under Portal → Switch portal.</source>
        <translation>Signed out. Your other portals are under Portal → Switch portal.</translation>
    </message>
</context>
<context>
    <name>CompanyStructurePage</name>
    <message>
        <source>Company structure</source>
        <translation>Company structure</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>De&amp;partments:</source>
        <translation>De&amp;partments:</translation>
    </message>
    <message>
        <source>Include &amp;sub-departments</source>
        <translation>Include &amp;sub-departments</translation>
    </message>
    <message>
        <source>Include sub-departments</source>
        <translation>Include sub-departments</translation>
    </message>
    <message>
        <source>&amp;Invite to this department…</source>
        <translation>&amp;Invite to this department…</translation>
    </message>
    <message>
        <source>Invite to this department…</source>
        <translation>Invite to this department…</translation>
    </message>
    <message>
        <source>Opens the invite dialog with the selected department</source>
        <translation>Opens the invite dialog with the selected department</translation>
    </message>
    <message>
        <source>People in the department</source>
        <translation>People in the department</translation>
    </message>
    <message>
        <source>Department actions</source>
        <translation>Department actions</translation>
    </message>
    <message>
        <source>The directory is not available yet. It appears here once it has been downloaded from the portal.</source>
        <translation>The directory is not available yet. It appears here once it has been downloaded from the portal.</translation>
    </message>
    <message>
        <source>Select a department to see its people.</source>
        <translation>Select a department to see its people.</translation>
    </message>
    <message>
        <source>Nobody works in this department yet.</source>
        <translation>Nobody works in this department yet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln people</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting people…</source>
        <translation>Counting people…</translation>
    </message>
    <message>
        <source>The company&apos;s departments with their heads, their own number of members and the number with all sub-departments. The context menu invites people to a department.</source>
        <translation>The company&apos;s departments with their heads, their own number of members and the number with all sub-departments. The context menu invites people to a department.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a department&apos;s two member counts</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people with sub-departments</source>
        <translation>
            <numerusform>%Ln person with sub-departments</numerusform>
            <numerusform>%Ln people with sub-departments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln directly in this department</source>
        <translation>
            <numerusform>%Ln directly in this department</numerusform>
            <numerusform>%Ln directly in this department</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people directly in this department</source>
        <translation>
            <numerusform>%Ln person directly in this department</numerusform>
            <numerusform>%Ln people directly in this department</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with sub-departments</source>
        <translation>
            <numerusform>%Ln with sub-departments</numerusform>
            <numerusform>%Ln with sub-departments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectPortalDialog</name>
    <message>
        <source>Connect a Bitrix24 portal</source>
        <translation>Connect a Bitrix24 portal</translation>
    </message>
    <message>
        <source>Connection method</source>
        <translation>Connection method</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <source>&amp;OAuth application</source>
        <translation>&amp;OAuth application</translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation>Problem with the address</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>In your portal open Developer resources → Other → Inbound webhook, tick the scopes &lt;i&gt;user&lt;/i&gt;, &lt;i&gt;department&lt;/i&gt; and &lt;i&gt;sonet_group&lt;/i&gt;, and paste the webhook address here. It is kept in your system&apos;s keychain.</source>
        <translation>In your portal open Developer resources → Other → Inbound webhook, tick the scopes &lt;i&gt;user&lt;/i&gt;, &lt;i&gt;department&lt;/i&gt; and &lt;i&gt;sonet_group&lt;/i&gt;, and paste the webhook address here. It is kept in your system&apos;s keychain.</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhook address</translation>
    </message>
    <message>
        <source>https://company.bitrix24.com/rest/1/abc123xyz/</source>
        <translation>https://company.bitrix24.com/rest/1/abc123xyz/</translation>
    </message>
    <message>
        <source>Webhook &amp;address:</source>
        <translation>Webhook &amp;address:</translation>
    </message>
    <message>
        <source>Use a local application created in your portal. InviteDesk opens your browser to sign in; the tokens are kept in your system&apos;s keychain.</source>
        <translation>Use a local application created in your portal. InviteDesk opens your browser to sign in; the tokens are kept in your system&apos;s keychain.</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Portal address</translation>
    </message>
    <message>
        <source>company.bitrix24.com</source>
        <translation>company.bitrix24.com</translation>
    </message>
    <message>
        <source>Application ID (client_id)</source>
        <translation>Application ID (client_id)</translation>
    </message>
    <message>
        <source>Application key (client_secret)</source>
        <translation>Application key (client_secret)</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Authorization server</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>&amp;Portal:</translation>
    </message>
    <message>
        <source>Application &amp;ID:</source>
        <translation>Application &amp;ID:</translation>
    </message>
    <message>
        <source>Application &amp;key:</source>
        <translation>Application &amp;key:</translation>
    </message>
    <message>
        <source>Authorization &amp;server:</source>
        <translation>Authorization &amp;server:</translation>
    </message>
    <message>
        <source>Enter the application ID and key shown in the application&apos;s card in your portal.</source>
        <translation>Enter the application ID and key shown in the application&apos;s card in your portal.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>The secret part is hidden while you are not editing it.</source>
        <translation>The secret part is hidden while you are not editing it.</translation>
    </message>
    <message>
        <source>S&amp;how the secret</source>
        <translation>S&amp;how the secret</translation>
    </message>
    <message>
        <source>Show the secret part of the webhook address</source>
        <translation>Show the secret part of the webhook address</translation>
    </message>
    <message>
        <source>Certificate issued to</source>
        <translation>Certificate issued to</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Issued to:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 fingerprint:</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this portal</source>
        <translation>&amp;Trust this certificate for this portal</translation>
    </message>
    <message>
        <source>Trust this certificate for this portal</source>
        <translation>Trust this certificate for this portal</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate of %1: it is self-signed or issued by your company&apos;s own certificate authority, as is usual for Bitrix24 on your own server. Nothing was sent. Ask your administrator for the portal&apos;s SHA-256 fingerprint and trust the certificate only if it is the same as below.</source>
        <translation>This computer does not trust the certificate of %1: it is self-signed or issued by your company&apos;s own certificate authority, as is usual for Bitrix24 on your own server. Nothing was sent. Ask your administrator for the portal&apos;s SHA-256 fingerprint and trust the certificate only if it is the same as below.</translation>
    </message>
</context>
<context>
    <name>CsvEncoding</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 little-endian)</source>
        <translation>Unicode (UTF-16 little-endian)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 big-endian)</source>
        <translation>Unicode (UTF-16 big-endian)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Cyrillic (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Cyrillic (KOI8-R)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Western European (Windows-1252)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>Central European (Windows-1250)</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read, %1 with a usable address.</source>
        <translation>
            <numerusform>%n row read, %1 with a usable address.</numerusform>
            <numerusform>%n rows read, %1 with a usable address.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Rows of the file</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n recipient(s)</source>
        <translation>
            <numerusform>&amp;Add %n recipient</numerusform>
            <numerusform>&amp;Add %n recipients</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Encoding of the file</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Columns hold:</source>
        <translation>Columns hold:</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>The file could not be opened: %1</translation>
    </message>
    <message>
        <source>What column %1 (%2) holds</source>
        <translation>What column %1 (%2) holds</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Read as %1.</translation>
    </message>
</context>
<context>
    <name>CsvRecipientReader</name>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>middle name</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>last name</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignored</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>The file could not be opened: %1</translation>
    </message>
    <message>
        <source>The file contains no rows.</source>
        <translation>The file contains no rows.</translation>
    </message>
    <message>
        <source>No header row; columns read as: %1.</source>
        <translation>No header row; columns read as: %1.</translation>
    </message>
    <message>
        <source>A quotation mark is not closed; the rest of the file was read as one field.</source>
        <translation>A quotation mark is not closed; the rest of the file was read as one field.</translation>
    </message>
    <message>
        <source>No e-mail address in this row.</source>
        <translation>No e-mail address in this row.</translation>
    </message>
    <message>
        <source>This row has more fields than the header; the extra ones were ignored.</source>
        <translation>This row has more fields than the header; the extra ones were ignored.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>The header row names no e-mail column; columns read as: %1. Choose what each column holds if this is wrong.</source>
        <translation>The header row names no e-mail column; columns read as: %1. Choose what each column holds if this is wrong.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text, so no row can be added. Choose the encoding it was saved in.</source>
        <translation>The file is not valid %1 text, so no row can be added. Choose the encoding it was saved in.</translation>
    </message>
    <message>
        <source>No row has a usable e-mail address, so there is nothing to add.</source>
        <translation>No row has a usable e-mail address, so there is nothing to add.</translation>
    </message>
</context>
<context>
    <name>DepartmentCombo</name>
    <message>
        <source>Choose a department…</source>
        <translation>Choose a department…</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Department %1</translation>
    </message>
</context>
<context>
    <name>DepartmentMatcher</name>
    <message>
        <source>Several departments are called &quot;%1&quot;; enter the ID of the one you mean (%2).</source>
        <translation>Several departments are called &quot;%1&quot;; enter the ID of the one you mean (%2).</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; cannot be checked: the company structure has not been loaded yet.</source>
        <translation>The department &quot;%1&quot; cannot be checked: the company structure has not been loaded yet.</translation>
    </message>
    <message>
        <source>There is no department with the ID %1 in the company structure.</source>
        <translation>There is no department with the ID %1 in the company structure.</translation>
    </message>
    <message>
        <source>There is no department &quot;%1&quot; in the company structure.</source>
        <translation>There is no department &quot;%1&quot; in the company structure.</translation>
    </message>
</context>
<context>
    <name>DepartmentSelector</name>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Show only people of this department and its sub-departments. Type to find a department.</source>
        <translation>Show only people of this department and its sub-departments. Type to find a department.</translation>
    </message>
    <message>
        <source>Matching departments</source>
        <translation>Matching departments</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
</context>
<context>
    <name>DepartmentTreeModel</name>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>People in this department itself, without its sub-departments</source>
        <translation>People in this department itself, without its sub-departments</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>People in this department and all its sub-departments; someone in several of them counts once</source>
        <translation>People in this department and all its sub-departments; someone in several of them counts once</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>DirectoryError</name>
    <message>
        <source>The local copy of the directory cannot be opened: the disk is full or cannot be written. Nothing was deleted; free some space and restart InviteDesk.</source>
        <translation>The local copy of the directory cannot be opened: the disk is full or cannot be written. Nothing was deleted; free some space and restart InviteDesk.</translation>
    </message>
    <message>
        <source>The local copy of the directory cannot be opened.</source>
        <translation>The local copy of the directory cannot be opened.</translation>
    </message>
    <message>
        <source>The local copy of the directory could not be converted for this version of InviteDesk: the disk is full or cannot be written. Nothing was deleted; free some space and restart InviteDesk.</source>
        <translation>The local copy of the directory could not be converted for this version of InviteDesk: the disk is full or cannot be written. Nothing was deleted; free some space and restart InviteDesk.</translation>
    </message>
    <message>
        <source>The local copy of the directory could not be updated.</source>
        <translation>The local copy of the directory could not be updated.</translation>
    </message>
    <message>
        <source>Directory refresh cancelled; the previous copy is kept.</source>
        <translation>Directory refresh cancelled; the previous copy is kept.</translation>
    </message>
</context>
<context>
    <name>DirectoryOpenReport</name>
    <message>
        <source>The local copy of the directory was damaged; it was set aside and will be rebuilt from the portal.</source>
        <translation>The local copy of the directory was damaged; it was set aside and will be rebuilt from the portal.</translation>
    </message>
    <message>
        <source>The local copy of the directory was written by a newer InviteDesk; it was set aside and will be rebuilt from the portal.</source>
        <translation>The local copy of the directory was written by a newer InviteDesk; it was set aside and will be rebuilt from the portal.</translation>
    </message>
</context>
<context>
    <name>DirectorySyncStatus</name>
    <message>
        <source>Offline, the directory was never synced</source>
        <translation>Offline, the directory was never synced</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline since %1</translation>
    </message>
</context>
<context>
    <name>DirectorySyncSummary</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>No changes</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between counts</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>DirectoryTasks</name>
    <message>
        <source>Syncing the directory: %1 of %2 people</source>
        <translation>Syncing the directory: %1 of %2 people</translation>
    </message>
    <message>
        <source>Syncing the directory: %1 people</source>
        <translation>Syncing the directory: %1 people</translation>
    </message>
    <message>
        <source>Directory synced: %1 people, %2 departments (%3).</source>
        <translation>Directory synced: %1 people, %2 departments (%3).</translation>
    </message>
    <message>
        <source>The directory could not be synced: %1</source>
        <translation>The directory could not be synced: %1</translation>
    </message>
    <message>
        <source>The directory copy was never synced; syncing it first.</source>
        <translation>The directory copy was never synced; syncing it first.</translation>
    </message>
    <message>
        <source>The directory copy could not be opened.</source>
        <translation>The directory copy could not be opened.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n people written to %1.</source>
        <translation>
            <numerusform>%n people written to %1.</numerusform>
            <numerusform>%n people written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftTargetChoice</name>
    <message>
        <source>Start &amp;fresh</source>
        <translation>Start &amp;fresh</translation>
    </message>
    <message>
        <source>Start fresh: discard the draft</source>
        <translation>Start fresh: discard the draft</translation>
    </message>
    <message>
        <source>Keep the draft&apos;s target</source>
        <translation>Keep the draft&apos;s target</translation>
    </message>
    <message>
        <source>Use the new target</source>
        <translation>Use the new target</translation>
    </message>
    <message>
        <source>The restored draft was composed for %1, and the dialog was opened for %2. Which should it be? Nothing is sent until you choose.</source>
        <translation>The restored draft was composed for %1, and the dialog was opened for %2. Which should it be? Nothing is sent until you choose.</translation>
    </message>
    <message>
        <source>&amp;Keep %1</source>
        <translation>&amp;Keep %1</translation>
    </message>
    <message>
        <source>Keep the draft&apos;s target, %1</source>
        <translation>Keep the draft&apos;s target, %1</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Use %1</translation>
    </message>
    <message>
        <source>Use %1 for the draft</source>
        <translation>Use %1 for the draft</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>The address is empty.</source>
        <translation>The address is empty.</translation>
    </message>
    <message>
        <source>The address is longer than 254 characters.</source>
        <translation>The address is longer than 254 characters.</translation>
    </message>
    <message>
        <source>The address contains spaces.</source>
        <translation>The address contains spaces.</translation>
    </message>
    <message>
        <source>The address has no @.</source>
        <translation>The address has no @.</translation>
    </message>
    <message>
        <source>The address has more than one @.</source>
        <translation>The address has more than one @.</translation>
    </message>
    <message>
        <source>Nothing comes before the @.</source>
        <translation>Nothing comes before the @.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>The part before the @ is longer than 64 characters.</translation>
    </message>
    <message>
        <source>A quotation mark is not closed.</source>
        <translation>A quotation mark is not closed.</translation>
    </message>
    <message>
        <source>The quoted part before the @ is not valid.</source>
        <translation>The quoted part before the @ is not valid.</translation>
    </message>
    <message>
        <source>The part before the @ starts or ends with a dot.</source>
        <translation>The part before the @ starts or ends with a dot.</translation>
    </message>
    <message>
        <source>The address has two dots in a row.</source>
        <translation>The address has two dots in a row.</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that is not allowed.</source>
        <translation>The part before the @ contains a character that is not allowed.</translation>
    </message>
    <message>
        <source>The domain after the @ is missing.</source>
        <translation>The domain after the @ is missing.</translation>
    </message>
    <message>
        <source>The domain starts with a dot.</source>
        <translation>The domain starts with a dot.</translation>
    </message>
    <message>
        <source>IP addresses cannot be used as a domain.</source>
        <translation>IP addresses cannot be used as a domain.</translation>
    </message>
    <message>
        <source>The domain is incomplete (for example, &quot;example.com&quot;).</source>
        <translation>The domain is incomplete (for example, &quot;example.com&quot;).</translation>
    </message>
    <message>
        <source>The domain contains a character that is not allowed.</source>
        <translation>The domain contains a character that is not allowed.</translation>
    </message>
    <message>
        <source>A part of the domain starts or ends with a hyphen.</source>
        <translation>A part of the domain starts or ends with a hyphen.</translation>
    </message>
    <message>
        <source>A part of the domain is longer than 63 characters.</source>
        <translation>A part of the domain is longer than 63 characters.</translation>
    </message>
    <message>
        <source>The domain is longer than 253 characters.</source>
        <translation>The domain is longer than 253 characters.</translation>
    </message>
    <message>
        <source>The domain ends in a number, not a name.</source>
        <translation>The domain ends in a number, not a name.</translation>
    </message>
    <message>
        <source>The address contains an invisible control character (such as a line break).</source>
        <translation>The address contains an invisible control character (such as a line break).</translation>
    </message>
    <message>
        <source>Addresses with quotation marks before the @ cannot be invited: Bitrix24 accepts only ordinary addresses.</source>
        <translation>Addresses with quotation marks before the @ cannot be invited: Bitrix24 accepts only ordinary addresses.</translation>
    </message>
    <message>
        <source>A part of the domain starting with &quot;xn--&quot; is not a valid international name.</source>
        <translation>A part of the domain starting with &quot;xn--&quot; is not a valid international name.</translation>
    </message>
</context>
<context>
    <name>EmployeeDetailsPane</name>
    <message>
        <source>Invited, not yet joined</source>
        <translation>Invited, not yet joined</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Extranet user</source>
        <translation>Extranet user</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Selected person</source>
        <translation>Selected person</translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation>Select a person to see their details.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>Departments:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Phones:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Registered:</translation>
    </message>
    <message>
        <source>Last login:</source>
        <translation>Last login:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>&amp;Copy e-mail</source>
        <translation>&amp;Copy e-mail</translation>
    </message>
    <message>
        <source>Open &amp;profile in the portal</source>
        <translation>Open &amp;profile in the portal</translation>
    </message>
    <message>
        <source>&amp;Invite again in the portal…</source>
        <translation>&amp;Invite again in the portal…</translation>
    </message>
    <message>
        <source>The sandbox portal has no profile pages.</source>
        <translation>The sandbox portal has no profile pages.</translation>
    </message>
    <message>
        <source>&amp;Reinstate in the portal…</source>
        <translation>&amp;Reinstate in the portal…</translation>
    </message>
    <message>
        <source>Opens the profile, where the portal offers this</source>
        <translation>Opens the profile, where the portal offers this</translation>
    </message>
    <message>
        <source>Copy e-mail</source>
        <translation>Copy e-mail</translation>
    </message>
    <message>
        <source>In the por&amp;tal</source>
        <translation>In the por&amp;tal</translation>
    </message>
    <message>
        <source>In the portal</source>
        <translation>In the portal</translation>
    </message>
</context>
<context>
    <name>EmployeeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>EmployeesPage</name>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Search people</translation>
    </message>
    <message>
        <source>Filters the list as you type: name, e-mail, position or phone</source>
        <translation>Filters the list as you type: name, e-mail, position or phone</translation>
    </message>
    <message>
        <source>Name, e-mail, position or phone</source>
        <translation>Name, e-mail, position or phone</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Which people to list: everyone, employees, pending invitations, dismissed or extranet users</source>
        <translation>Which people to list: everyone, employees, pending invitations, dismissed or extranet users</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Invited, not yet joined</source>
        <translation>Invited, not yet joined</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Extranet</source>
        <translation>Extranet</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>I&amp;nvite users…</source>
        <translation>I&amp;nvite users…</translation>
    </message>
    <message>
        <source>Invite users…</source>
        <translation>Invite users…</translation>
    </message>
    <message>
        <source>Opens the invite dialog</source>
        <translation>Opens the invite dialog</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>The directory is not available yet. It appears here once it has been downloaded from the portal.</source>
        <translation>The directory is not available yet. It appears here once it has been downloaded from the portal.</translation>
    </message>
    <message>
        <source>No one matches “%1”.
Check the spelling, or try fewer letters or another filter.</source>
        <translation>No one matches “%1”.
Check the spelling, or try fewer letters or another filter.</translation>
    </message>
    <message>
        <source>No people match these filters.</source>
        <translation>No people match these filters.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln people</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting people…</source>
        <translation>Counting people…</translation>
    </message>
    <message>
        <source>Names are found in other spellings too: &quot;mueller&quot; finds Müller, &quot;dmitriy&quot; finds Дмитрий, &quot;юлия&quot; finds Julia.</source>
        <translation>Names are found in other spellings too: &quot;mueller&quot; finds Müller, &quot;dmitriy&quot; finds Дмитрий, &quot;юлия&quot; finds Julia.</translation>
    </message>
</context>
<context>
    <name>HeadlessInviter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the report %1: name a .csv or .json file in a writable folder.</source>
        <translation>Cannot write the report %1: name a .csv or .json file in a writable folder.</translation>
    </message>
    <message>
        <source>Employees need a department: pass --department &lt;name or ID&gt; or add a department column to the file.</source>
        <translation>Employees need a department: pass --department &lt;name or ID&gt; or add a department column to the file.</translation>
    </message>
    <message>
        <source>The portal has no department &quot;%1&quot;; --list-departments shows them all.</source>
        <translation>The portal has no department &quot;%1&quot;; --list-departments shows them all.</translation>
    </message>
    <message>
        <source>Several departments are called &quot;%1&quot;; pass its ID (see --list-departments).</source>
        <translation>Several departments are called &quot;%1&quot;; pass its ID (see --list-departments).</translation>
    </message>
    <message>
        <source>Checking addresses with the portal: %1 of %2</source>
        <translation>Checking addresses with the portal: %1 of %2</translation>
    </message>
    <message>
        <source>The outbox did not queue every planned invitation; nothing is sent.</source>
        <translation>The outbox did not queue every planned invitation; nothing is sent.</translation>
    </message>
    <message>
        <source>Sending invitations: %1 of %2 answered</source>
        <translation>Sending invitations: %1 of %2 answered</translation>
    </message>
    <message>
        <source>Nothing was sent; invitations already queued stay queued for invitedesk --send-pending.</source>
        <translation>Nothing was sent; invitations already queued stay queued for invitedesk --send-pending.</translation>
    </message>
    <message>
        <source>Invited: user %1.</source>
        <translation>Invited: user %1.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer does not say whether the user was created (%1); review it in the app&apos;s outbox.</source>
        <translation>The portal&apos;s answer does not say whether the user was created (%1); review it in the app&apos;s outbox.</translation>
    </message>
    <message>
        <source>Not sent yet; invitedesk --send-pending sends it.</source>
        <translation>Not sent yet; invitedesk --send-pending sends it.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) not sent stay queued; invitedesk --send-pending sends them later.</source>
        <translation>
            <numerusform>%n invitation not sent stay queued; invitedesk --send-pending sends them later.</numerusform>
            <numerusform>%n invitations not sent stay queued; invitedesk --send-pending sends them later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Cannot write the report %1: %2</translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation>Nothing was queued.</translation>
    </message>
</context>
<context>
    <name>InvitationAuditLog</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Invited by</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Portal answer</source>
        <translation>Portal answer</translation>
    </message>
</context>
<context>
    <name>InvitationFailure</name>
    <message>
        <source>Duplicate: a user with this e-mail already exists on the portal.</source>
        <translation>Duplicate: a user with this e-mail already exists on the portal.</translation>
    </message>
    <message>
        <source>Invalid: the portal did not accept the address or the details.</source>
        <translation>Invalid: the portal did not accept the address or the details.</translation>
    </message>
    <message>
        <source>Limit: the plan&apos;s user limit is reached. Free seats or upgrade the plan, then retry.</source>
        <translation>Limit: the plan&apos;s user limit is reached. Free seats or upgrade the plan, then retry.</translation>
    </message>
    <message>
        <source>Rights: only administrators can invite unless the portal lets everyone invite.</source>
        <translation>Rights: only administrators can invite unless the portal lets everyone invite.</translation>
    </message>
    <message>
        <source>Network: will be sent when the portal is reachable.</source>
        <translation>Network: will be sent when the portal is reachable.</translation>
    </message>
    <message>
        <source>The portal asked to slow down; will be sent shortly.</source>
        <translation>The portal asked to slow down; will be sent shortly.</translation>
    </message>
    <message>
        <source>The portal answered with an unexpected error: %1</source>
        <translation>The portal answered with an unexpected error: %1</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limit</translation>
    </message>
    <message>
        <source>rights</source>
        <translation>rights</translation>
    </message>
    <message>
        <source>network</source>
        <translation>network</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Sign in again: the portal no longer accepts InviteDesk&apos;s sign-in (it expired or was revoked). The invitation is kept and sent once you have signed in.</source>
        <translation>Sign in again: the portal no longer accepts InviteDesk&apos;s sign-in (it expired or was revoked). The invitation is kept and sent once you have signed in.</translation>
    </message>
    <message>
        <source>sign in again</source>
        <translation>sign in again</translation>
    </message>
    <message>
        <source>Invalid address: the portal does not accept this e-mail address. Check it for typing errors; before the @ the portal accepts only Latin letters, digits and common symbols, no accented letters such as é.</source>
        <translation>Invalid address: the portal does not accept this e-mail address. Check it for typing errors; before the @ the portal accepts only Latin letters, digits and common symbols, no accented letters such as é.</translation>
    </message>
    <message>
        <source>No department: the portal needs a department for an employee. Choose one and invite again.</source>
        <translation>No department: the portal needs a department for an employee. Choose one and invite again.</translation>
    </message>
    <message>
        <source>No workgroup: the portal needs a workgroup for an extranet user. Choose one and invite again.</source>
        <translation>No workgroup: the portal needs a workgroup for an extranet user. Choose one and invite again.</translation>
    </message>
    <message>
        <source>Unknown workgroup: the chosen workgroup does not exist on the portal (any more). Refresh the directory and choose another.</source>
        <translation>Unknown workgroup: the chosen workgroup does not exist on the portal (any more). Refresh the directory and choose another.</translation>
    </message>
</context>
<context>
    <name>InvitationOutbox</name>
    <message>
        <source>An extranet user must be invited into at least one workgroup.</source>
        <translation>An extranet user must be invited into at least one workgroup.</translation>
    </message>
    <message>
        <source>An employee must be invited into a department.</source>
        <translation>An employee must be invited into a department.</translation>
    </message>
    <message>
        <source>Checking the portal before sending again.</source>
        <translation>Checking the portal before sending again.</translation>
    </message>
</context>
<context>
    <name>InvitationPlan</name>
    <message>
        <source>No e-mail address.</source>
        <translation>No e-mail address.</translation>
    </message>
    <message>
        <source>The same address as line %1 of this file.</source>
        <translation>The same address as line %1 of this file.</translation>
    </message>
    <message>
        <source>Invited earlier by InviteDesk (%1, user %2).</source>
        <translation>Invited earlier by InviteDesk (%1, user %2).</translation>
    </message>
    <message>
        <source>An earlier invitation to this address has an unknown outcome; review it in the app&apos;s outbox.</source>
        <translation>An earlier invitation to this address has an unknown outcome; review it in the app&apos;s outbox.</translation>
    </message>
    <message>
        <source>Queued by an earlier run.</source>
        <translation>Queued by an earlier run.</translation>
    </message>
    <message>
        <source>Already a user of the portal (user %1).</source>
        <translation>Already a user of the portal (user %1).</translation>
    </message>
    <message>
        <source>Already invited, has not joined yet (user %1).</source>
        <translation>Already invited, has not joined yet (user %1).</translation>
    </message>
    <message>
        <source>A dismissed user has this address (user %1); the portal does not reuse it.</source>
        <translation>A dismissed user has this address (user %1); the portal does not reuse it.</translation>
    </message>
    <message>
        <source>No department: fill the row&apos;s department column or pass --department.</source>
        <translation>No department: fill the row&apos;s department column or pass --department.</translation>
    </message>
    <message>
        <source>The portal has no department &quot;%1&quot; (see --list-departments).</source>
        <translation>The portal has no department &quot;%1&quot; (see --list-departments).</translation>
    </message>
    <message>
        <source>Several departments are called &quot;%1&quot;; use its ID (see --list-departments).</source>
        <translation>Several departments are called &quot;%1&quot;; use its ID (see --list-departments).</translation>
    </message>
</context>
<context>
    <name>InvitationPreview</name>
    <message>
        <source>Invitation to %1</source>
        <translation>Invitation to %1</translation>
    </message>
    <message>
        <source>%1 invites you to %2</source>
        <translation>%1 invites you to %2</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>You received this e-mail because %1 invited you to %2.</source>
        <translation>You received this e-mail because %1 invited you to %2.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>Accept invitation</source>
        <translation>Accept invitation</translation>
    </message>
    <message>
        <source>Bitrix24 adds this button with the person&apos;s own link to join.</source>
        <translation>Bitrix24 adds this button with the person&apos;s own link to join.</translation>
    </message>
</context>
<context>
    <name>InvitationSendProgress</name>
    <message>
        <source>Sent %1 · skipped %2 · failed %3 · waiting %4</source>
        <translation>Sent %1 · skipped %2 · failed %3 · waiting %4</translation>
    </message>
    <message>
        <source> · cancelled %1</source>
        <translation> · cancelled %1</translation>
    </message>
</context>
<context>
    <name>InvitationSender</name>
    <message>
        <source>Will be sent when the portal is reachable.</source>
        <translation>Will be sent when the portal is reachable.</translation>
    </message>
    <message>
        <source>found on the portal after an interruption: user %1</source>
        <translation>found on the portal after an interruption: user %1</translation>
    </message>
    <message>
        <source>not found on the portal after an interruption; queued again</source>
        <translation>not found on the portal after an interruption; queued again</translation>
    </message>
    <message>
        <source>no answer for this call</source>
        <translation>no answer for this call</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n time(s) without an answer, and the portal does not list the address. Check in Bitrix24 whether the person was invited, then retry or discard.</source>
        <translation>
            <numerusform>Sent %n time without an answer, and the portal does not list the address. Check in Bitrix24 whether the person was invited, then retry or discard.</numerusform>
            <numerusform>Sent %n times without an answer, and the portal does not list the address. Check in Bitrix24 whether the person was invited, then retry or discard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>held for review after %n attempt(s) without an answer (%1); not found on the portal</source>
        <translation>
            <numerusform>held for review after %n attempt without an answer (%1); not found on the portal</numerusform>
            <numerusform>held for review after %n attempts without an answer (%1); not found on the portal</numerusform>
        </translation>
    </message>
    <message>
        <source>earlier run</source>
        <translation>earlier run</translation>
    </message>
</context>
<context>
    <name>InvitationState</name>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Discarded</translation>
    </message>
</context>
<context>
    <name>InviteByEmailTab</name>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>Import &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Discard draft</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Recipients:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>E-mail addresses separated by commas, semicolons, spaces or new lines; Name &lt;address&gt; works too.</source>
        <translation>E-mail addresses separated by commas, semicolons, spaces or new lines; Name &lt;address&gt; works too.</translation>
    </message>
    <message>
        <source>anna@example.com, Boris Petrov &lt;boris@example.com&gt;; …</source>
        <translation>anna@example.com, Boris Petrov &lt;boris@example.com&gt;; …</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Type, paste or import the addresses of the people to invite.</source>
        <translation>Type, paste or import the addresses of the people to invite.</translation>
    </message>
    <message>
        <source>Nothing can be sent: the outbox is not available.</source>
        <translation>Nothing can be sent: the outbox is not available.</translation>
    </message>
    <message>
        <source>Nobody in the list is ready to be invited.</source>
        <translation>Nobody in the list is ready to be invited.</translation>
    </message>
    <message>
        <source>The invitations could not be written to the outbox, so nothing was sent: %1</source>
        <translation>The invitations could not be written to the outbox, so nothing was sent: %1</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>Import recipients</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>The draft could not be saved: %1</translation>
    </message>
    <message>
        <source>Restored the draft saved %1.</source>
        <translation>Restored the draft saved %1.</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>The draft was discarded.</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>Save a &amp;template…</translation>
    </message>
    <message>
        <source>Save a template CSV file</source>
        <translation>Save a template CSV file</translation>
    </message>
    <message>
        <source>A CSV file with the columns the import recognises, to fill in</source>
        <translation>A CSV file with the columns the import recognises, to fill in</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Save a template</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>The template could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved a template to %1. Fill it in and import it.</source>
        <translation>Saved a template to %1. Fill it in and import it.</translation>
    </message>
    <message>
        <source>Waiting for you to confirm the send.</source>
        <translation>Waiting for you to confirm the send.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Writing the invitations to the outbox: %1 of %2. %3</source>
        <translation>Writing the invitations to the outbox: %1 of %2. %3</translation>
    </message>
    <message>
        <source>Stopping: the invitations not sent yet are being cancelled…</source>
        <translation>Stopping: the invitations not sent yet are being cancelled…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n invitation(s) not sent yet were cancelled.</source>
        <translation>
            <numerusform>Stopped: %n invitation not sent yet was cancelled.</numerusform>
            <numerusform>Stopped: %n invitations not sent yet were cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>The invitations not sent yet could not be cancelled: %1</source>
        <translation>The invitations not sent yet could not be cancelled: %1</translation>
    </message>
    <message>
        <source>The rest could not be written to the outbox, so it was not sent: %1</source>
        <translation>The rest could not be written to the outbox, so it was not sent: %1</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>&amp;Stop sending</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Stop sending</translation>
    </message>
    <message>
        <source>Queue no more and cancel the invitations not sent yet</source>
        <translation>Queue no more and cancel the invitations not sent yet</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite users</source>
        <translation>Invite users</translation>
    </message>
    <message>
        <source>Invite users to %1</source>
        <translation>Invite users to %1</translation>
    </message>
    <message>
        <source>Ways to invite</source>
        <translation>Ways to invite</translation>
    </message>
    <message>
        <source>&amp;Quick Registration</source>
        <translation>&amp;Quick Registration</translation>
    </message>
    <message>
        <source>Invite by &amp;Email</source>
        <translation>Invite by &amp;Email</translation>
    </message>
    <message>
        <source>Regis&amp;ter</source>
        <translation>Regis&amp;ter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Outbox…</translation>
    </message>
    <message>
        <source>Show the outbox</source>
        <translation>Show the outbox</translation>
    </message>
</context>
<context>
    <name>InviteError</name>
    <message>
        <source>The outbox cannot be written: the disk is full or refuses writes. Invitations already in the outbox are kept; free some space, then try again.</source>
        <translation>The outbox cannot be written: the disk is full or refuses writes. Invitations already in the outbox are kept; free some space, then try again.</translation>
    </message>
    <message>
        <source>The outbox file cannot be opened.</source>
        <translation>The outbox file cannot be opened.</translation>
    </message>
    <message>
        <source>The outbox file is damaged. It is left as it is; nothing is sent from it.</source>
        <translation>The outbox file is damaged. It is left as it is; nothing is sent from it.</translation>
    </message>
    <message>
        <source>The outbox file was written by a newer version of InviteDesk. It is left as it is; update InviteDesk to use it.</source>
        <translation>The outbox file was written by a newer version of InviteDesk. It is left as it is; update InviteDesk to use it.</translation>
    </message>
    <message>
        <source>The outbox could not be read or changed.</source>
        <translation>The outbox could not be read or changed.</translation>
    </message>
    <message>
        <source>The invitation cannot be changed now: it was sent, is on its way, or the address is waiting in another invitation.</source>
        <translation>The invitation cannot be changed now: it was sent, is on its way, or the address is waiting in another invitation.</translation>
    </message>
    <message>
        <source>The portal refuses the invitations.</source>
        <translation>The portal refuses the invitations.</translation>
    </message>
    <message>
        <source>The portal cannot be reached; the invitations are sent later.</source>
        <translation>The portal cannot be reached; the invitations are sent later.</translation>
    </message>
    <message>
        <source>The file cannot be written there; choose another folder or name.</source>
        <translation>The file cannot be written there; choose another folder or name.</translation>
    </message>
    <message>
        <source>Stopped; nothing more was written to the outbox.</source>
        <translation>Stopped; nothing more was written to the outbox.</translation>
    </message>
</context>
<context>
    <name>InviteTargetPicker</name>
    <message>
        <source>E&amp;mployee in department:</source>
        <translation>E&amp;mployee in department:</translation>
    </message>
    <message>
        <source>E&amp;xtranet user in workgroups:</source>
        <translation>E&amp;xtranet user in workgroups:</translation>
    </message>
    <message>
        <source>Employee in department</source>
        <translation>Employee in department</translation>
    </message>
    <message>
        <source>Extranet user in workgroups</source>
        <translation>Extranet user in workgroups</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Type to find a department.</source>
        <translation>Type to find a department.</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Workgroups</source>
        <translation>Workgroups</translation>
    </message>
    <message>
        <source>Check the workgroups the extranet user joins.</source>
        <translation>Check the workgroups the extranet user joins.</translation>
    </message>
    <message>
        <source>No workgroups are known for this portal.</source>
        <translation>No workgroups are known for this portal.</translation>
    </message>
    <message>
        <source>Extranet: %1</source>
        <translation>Extranet: %1</translation>
    </message>
</context>
<context>
    <name>InviteTexts</name>
    <message>
        <source>Sent: user %1 created; the portal e-mails the invitation.</source>
        <translation>Sent: user %1 created; the portal e-mails the invitation.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Only administrators can invite unless an administrator turns on &quot;Allow everyone to invite&quot; in the portal&apos;s invitation settings. You can still try; the portal will refuse if you lack the right.</source>
        <translation>Only administrators can invite unless an administrator turns on &quot;Allow everyone to invite&quot; in the portal&apos;s invitation settings. You can still try; the portal will refuse if you lack the right.</translation>
    </message>
    <message>
        <source>Waiting for the portal</source>
        <translation>Waiting for the portal</translation>
    </message>
    <message>
        <source>The portal does not let you invite: &quot;Allow everyone to invite&quot; is off in its invitation settings (Settings → Employees → Invitations), so only administrators can invite. Ask an administrator to turn it on; InviteDesk checks again every few minutes and when you refresh.</source>
        <translation>The portal does not let you invite: &quot;Allow everyone to invite&quot; is off in its invitation settings (Settings → Employees → Invitations), so only administrators can invite. Ask an administrator to turn it on; InviteDesk checks again every few minutes and when you refresh.</translation>
    </message>
    <message>
        <source>You cannot invite: &quot;Allow everyone to invite&quot; is off in the portal&apos;s invitation settings.</source>
        <translation>You cannot invite: &quot;Allow everyone to invite&quot; is off in the portal&apos;s invitation settings.</translation>
    </message>
    <message>
        <source>Only administrators can invite unless &quot;Allow everyone to invite&quot; is on in the portal.</source>
        <translation>Only administrators can invite unless &quot;Allow everyone to invite&quot; is on in the portal.</translation>
    </message>
</context>
<context>
    <name>LargeSendConfirmation</name>
    <message numerus="yes">
        <source>Invite %n people to %1?</source>
        <translation>
            <numerusform>Invite %n people to %1?</numerusform>
            <numerusform>Invite %n people to %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats: %1 of the plan&apos;s %2 are in use as far as the directory knows, %3 free.</source>
        <translation>Seats: %1 of the plan&apos;s %2 are in use as far as the directory knows, %3 free.</translation>
    </message>
    <message numerus="yes">
        <source>This send needs %n more seat(s) than are free: the portal will refuse the invitations beyond the limit.</source>
        <translation>
            <numerusform>This send needs %n more seat than are free: the portal will refuse the invitations beyond the limit.</numerusform>
            <numerusform>This send needs %n more seats than are free: the portal will refuse the invitations beyond the limit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After this send %n seat(s) will be free.</source>
        <translation>
            <numerusform>After this send %n seat will be free.</numerusform>
            <numerusform>After this send %n seats will be free.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats: %1 in use as far as the directory knows; this send adds %2. Enter the plan&apos;s user limit in Preferences to see how many are free.</source>
        <translation>Seats: %1 in use as far as the directory knows; this send adds %2. Enter the plan&apos;s user limit in Preferences to see how many are free.</translation>
    </message>
    <message>
        <source>The directory copy does not tell how many seats are in use.</source>
        <translation>The directory copy does not tell how many seats are in use.</translation>
    </message>
    <message>
        <source>Confirm a large send</source>
        <translation>Confirm a large send</translation>
    </message>
    <message numerus="yes">
        <source>Invite %n</source>
        <translation>
            <numerusform>Invite %n</numerusform>
            <numerusform>Invite %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>InviteDesk invites people to a Bitrix24 portal. With no portal configured it opens on the built-in sandbox portal.</source>
        <translation>InviteDesk invites people to a Bitrix24 portal. With no portal configured it opens on the built-in sandbox portal.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Open on the built-in sandbox portal (training mode).</source>
        <translation>Open on the built-in sandbox portal (training mode).</translation>
    </message>
    <message>
        <source>webhook-url</source>
        <translation>webhook-url</translation>
    </message>
    <message>
        <source>Use this interface language (e.g. en, ru, de).</source>
        <translation>Use this interface language (e.g. en, ru, de).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Number of employees in the sandbox&apos;s demo company.</source>
        <translation>Number of employees in the sandbox&apos;s demo company.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Send the invitations earlier runs left in the outbox, then exit.</source>
        <translation>Send the invitations earlier runs left in the outbox, then exit.</translation>
    </message>
    <message>
        <source>Exit as soon as the window shows a connected portal (for smoke tests).</source>
        <translation>Exit as soon as the window shows a connected portal (for smoke tests).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>--sandbox and --portal cannot be used together.</source>
        <translation>--sandbox and --portal cannot be used together.</translation>
    </message>
    <message>
        <source>--portal needs a webhook URL such as https://example.bitrix24.com/rest/1/secret/</source>
        <translation>--portal needs a webhook URL such as https://example.bitrix24.com/rest/1/secret/</translation>
    </message>
    <message>
        <source>--lang needs a language code such as en, ru or pt_BR.</source>
        <translation>--lang needs a language code such as en, ru or pt_BR.</translation>
    </message>
    <message>
        <source>--sandbox-users needs a number from 1 to 500000.</source>
        <translation>--sandbox-users needs a number from 1 to 500000.</translation>
    </message>
    <message>
        <source>Connect to the portal of this inbound webhook URL; &quot;-&quot; reads it from standard input. Scheduled jobs: use --account or the INVITEDESK_WEBHOOK environment variable instead, so the secret is not in the process list.</source>
        <translation>Connect to the portal of this inbound webhook URL; &quot;-&quot; reads it from standard input. Scheduled jobs: use --account or the INVITEDESK_WEBHOOK environment variable instead, so the secret is not in the process list.</translation>
    </message>
    <message>
        <source>Invite everyone in this CSV file without opening a window, then exit (0: all sent or nothing to do, 2: bad input, 3: portal unreachable, 4: some rows failed or were invalid).</source>
        <translation>Invite everyone in this CSV file without opening a window, then exit (0: all sent or nothing to do, 2: bad input, 3: portal unreachable, 4: some rows failed or were invalid).</translation>
    </message>
    <message>
        <source>Department (name or ID) for the rows of --invite-csv that name none.</source>
        <translation>Department (name or ID) for the rows of --invite-csv that name none.</translation>
    </message>
    <message>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <source>Print the portal&apos;s departments with their IDs, then exit.</source>
        <translation>Print the portal&apos;s departments with their IDs, then exit.</translation>
    </message>
    <message>
        <source>Refresh the local copy of the directory, then exit.</source>
        <translation>Refresh the local copy of the directory, then exit.</translation>
    </message>
    <message>
        <source>Write the cached people (name, e-mail, position, departments, state) to this CSV file.</source>
        <translation>Write the cached people (name, e-mail, position, departments, state) to this CSV file.</translation>
    </message>
    <message>
        <source>Write the outcome of every row to this file (.csv or .json).</source>
        <translation>Write the outcome of every row to this file (.csv or .json).</translation>
    </message>
    <message>
        <source>Use the portal account the app stored (its portal address); the secret comes from the system keychain.</source>
        <translation>Use the portal account the app stored (its portal address); the secret comes from the system keychain.</translation>
    </message>
    <message>
        <source>portal</source>
        <translation>portal</translation>
    </message>
    <message>
        <source>Give up with exit code 3 when the portal gives no usable answer for this many seconds (default 120).</source>
        <translation>Give up with exit code 3 when the portal gives no usable answer for this many seconds (default 120).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>End a run without a window after this many seconds at most (exit code 3).</source>
        <translation>End a run without a window after this many seconds at most (exit code 3).</translation>
    </message>
    <message>
        <source>--department needs a department name or ID.</source>
        <translation>--department needs a department name or ID.</translation>
    </message>
    <message>
        <source>--retry-for needs a number of seconds from 1 to 86400.</source>
        <translation>--retry-for needs a number of seconds from 1 to 86400.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 86400.</source>
        <translation>--timeout needs a number of seconds from 1 to 86400.</translation>
    </message>
    <message>
        <source>Choose one of --invite-csv, --send-pending, --list-departments and --sync/--export-directory.</source>
        <translation>Choose one of --invite-csv, --send-pending, --list-departments and --sync/--export-directory.</translation>
    </message>
    <message>
        <source>--report needs a .csv or .json file and --invite-csv or --send-pending.</source>
        <translation>--report needs a .csv or .json file and --invite-csv or --send-pending.</translation>
    </message>
    <message>
        <source>--portal - (read from standard input) is for runs without a window.</source>
        <translation>--portal - (read from standard input) is for runs without a window.</translation>
    </message>
    <message>
        <source>Keep settings and data files in this folder (a second profile, or a portable copy); the INVITEDESK_PROFILE variable does the same.</source>
        <translation>Keep settings and data files in this folder (a second profile, or a portable copy); the INVITEDESK_PROFILE variable does the same.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation>--profile needs a folder.</translation>
    </message>
</context>
<context>
    <name>ListEnumeration</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>InviteDesk</source>
        <translation>InviteDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Signed-in user</translation>
    </message>
    <message>
        <source>Last directory sync</source>
        <translation>Last directory sync</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Directory sync progress</source>
        <translation>Directory sync progress</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <source>&amp;Invite users…</source>
        <translation>&amp;Invite users…</translation>
    </message>
    <message>
        <source>Invite people to the portal (Ctrl+I)</source>
        <translation>Invite people to the portal (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Refresh directory</source>
        <translation>&amp;Refresh directory</translation>
    </message>
    <message>
        <source>&amp;Connect a portal…</source>
        <translation>&amp;Connect a portal…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <source>Forget this portal and remove its secrets from the keychain</source>
        <translation>Forget this portal and remove its secrets from the keychain</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Outbox…</translation>
    </message>
    <message>
        <source>Invitations and their results (Ctrl+O)</source>
        <translation>Invitations and their results (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Portal</source>
        <translation>&amp;Portal</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Training mode notice</source>
        <translation>Training mode notice</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox portal&lt;/b&gt; — training mode. Everything here happens on a simulated portal on this computer; nobody receives a real invitation.</source>
        <translation>&lt;b&gt;Sandbox portal&lt;/b&gt; — training mode. Everything here happens on a simulated portal on this computer; nobody receives a real invitation.</translation>
    </message>
    <message>
        <source>InviteDesk — Sandbox portal</source>
        <translation>InviteDesk — Sandbox portal</translation>
    </message>
    <message>
        <source>InviteDesk — %1</source>
        <translation>InviteDesk — %1</translation>
    </message>
    <message>
        <source>Sandbox portal (%1)</source>
        <translation>Sandbox portal (%1)</translation>
    </message>
    <message>
        <source>%1 · administrator</source>
        <translation>%1 · administrator</translation>
    </message>
    <message>
        <source>%1 · employee</source>
        <translation>%1 · employee</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>No portal connected</source>
        <translation>No portal connected</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Open the &amp;data folder</translation>
    </message>
    <message>
        <source>The local copy of the directory, the outbox and the audit log</source>
        <translation>The local copy of the directory, the outbox and the audit log</translation>
    </message>
    <message>
        <source>&amp;About InviteDesk</source>
        <translation>&amp;About InviteDesk</translation>
    </message>
    <message>
        <source>About InviteDesk</source>
        <translation>About InviteDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;InviteDesk %1&lt;/b&gt;&lt;p&gt;Invites people to a Bitrix24 portal and keeps a local copy of the company directory for instant search.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;InviteDesk %1&lt;/b&gt;&lt;p&gt;Invites people to a Bitrix24 portal and keeps a local copy of the company directory for instant search.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>In the invite dialog: invite the people listed</source>
        <translation>In the invite dialog: invite the people listed</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>Close a dialog</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Bring the company directory up to date with the portal (F5)</source>
        <translation>Bring the company directory up to date with the portal (F5)</translation>
    </message>
    <message>
        <source>&amp;Full refresh</source>
        <translation>&amp;Full refresh</translation>
    </message>
    <message>
        <source>Download the whole company directory again, also noticing people removed from the portal (Shift+F5)</source>
        <translation>Download the whole company directory again, also noticing people removed from the portal (Shift+F5)</translation>
    </message>
    <message>
        <source>Connect your portal…</source>
        <translation>Connect your portal…</translation>
    </message>
    <message>
        <source>Invitation rights notice</source>
        <translation>Invitation rights notice</translation>
    </message>
    <message>
        <source>%1 · employee, may invite</source>
        <translation>%1 · employee, may invite</translation>
    </message>
    <message>
        <source>%1 · employee, may not invite</source>
        <translation>%1 · employee, may not invite</translation>
    </message>
</context>
<context>
    <name>MessageComposer</name>
    <message>
        <source>Messa&amp;ge:</source>
        <translation>Messa&amp;ge:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>The invitation text. Placeholders in braces, such as {first_name}, are filled per recipient.</source>
        <translation>The invitation text. Placeholders in braces, such as {first_name}, are filled per recipient.</translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation>Insert &amp;placeholder</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Insert placeholder</translation>
    </message>
    <message>
        <source>Saved templates</source>
        <translation>Saved templates</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>Save template as</source>
        <translation>Save template as</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <source>Preview of the invitation e-mail</source>
        <translation>Preview of the invitation e-mail</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>(unsaved text)</source>
        <translation>(unsaved text)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>Template &amp;name:</source>
        <translation>Template &amp;name:</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>The template could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message numerus="yes">
        <source>Unknown placeholder(s): %1. Known: %2.</source>
        <translation>
            <numerusform>Unknown placeholder: %1. Known: %2.</numerusform>
            <numerusform>Unknown placeholders: %1. Known: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello {first_name},

{inviter} invites you to join {portal}, our company&apos;s Bitrix24, where we chat, share files and plan our work together.

Accept the invitation to set your password and sign in.

See you there!</source>
        <translation>Hello {first_name},

{inviter} invites you to join {portal}, our company&apos;s Bitrix24, where we chat, share files and plan our work together.

Accept the invitation to set your password and sign in.

See you there!</translation>
    </message>
    <message>
        <source>On free plans the portal may send its standard invitation text instead of this message.</source>
        <translation>On free plans the portal may send its standard invitation text instead of this message.</translation>
    </message>
</context>
<context>
    <name>OAuthAuthorizer</name>
    <message>
        <source>InviteDesk received the sign-in. You can close this window.</source>
        <translation>InviteDesk received the sign-in. You can close this window.</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Invite by e-mail</source>
        <translation>Invite by e-mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Export audit log…</source>
        <translation>&amp;Export audit log…</translation>
    </message>
    <message>
        <source>Invitations and their results</source>
        <translation>Invitations and their results</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>The outbox could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) will be sent again.</source>
        <translation>
            <numerusform>%n invitation will be sent again.</numerusform>
            <numerusform>%n invitations will be sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) could not be retried: the address is pending in another invitation.</source>
        <translation>
            <numerusform>%n invitation could not be retried: the address is pending in another invitation.</numerusform>
            <numerusform>%n invitations could not be retried: the address is pending in another invitation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) discarded; they will not be sent.</source>
        <translation>
            <numerusform>%n invitation discarded; they will not be sent.</numerusform>
            <numerusform>%n invitations discarded; they will not be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log saved to %1.</source>
        <translation>Audit log saved to %1.</translation>
    </message>
    <message>
        <source>The audit log could not be saved: %1</source>
        <translation>The audit log could not be saved: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause sending</source>
        <translation>Pause sending</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Res&amp;ume</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Resume sending</translation>
    </message>
    <message>
        <source>Cancel &amp;the rest</source>
        <translation>Cancel &amp;the rest</translation>
    </message>
    <message>
        <source>Cancel the invitations not sent yet</source>
        <translation>Cancel the invitations not sent yet</translation>
    </message>
    <message>
        <source>Show invitations</source>
        <translation>Show invitations</translation>
    </message>
    <message>
        <source>The selected invitation&apos;s result</source>
        <translation>The selected invitation&apos;s result</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>All (%1)</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>Waiting (%1)</translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <translation>Sent (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Failed (%1)</translation>
    </message>
    <message>
        <source>Discarded (%1)</source>
        <translation>Discarded (%1)</translation>
    </message>
    <message>
        <source>Waiting %1 · sent %2 · failed %3 · discarded %4</source>
        <translation>Waiting %1 · sent %2 · failed %3 · discarded %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select an invitation to read its whole result here.</source>
        <translation>Select an invitation to read its whole result here.</translation>
    </message>
    <message>
        <source>Paused. Resume sends the invitations still waiting.</source>
        <translation>Paused. Resume sends the invitations still waiting.</translation>
    </message>
    <message>
        <source>Pausing after the invitations on their way…</source>
        <translation>Pausing after the invitations on their way…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>The portal asked to slow down; sending continues shortly.</source>
        <translation>The portal asked to slow down; sending continues shortly.</translation>
    </message>
    <message>
        <source>The outbox could not be changed: %1</source>
        <translation>The outbox could not be changed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) not sent yet were cancelled.</source>
        <translation>
            <numerusform>%n invitation not sent yet were cancelled.</numerusform>
            <numerusform>%n invitations not sent yet were cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PortalCredentials</name>
    <message>
        <source>Enter the address of your Bitrix24 portal.</source>
        <translation>Enter the address of your Bitrix24 portal.</translation>
    </message>
    <message>
        <source>This is not a web address. It should look like https://company.bitrix24.com/.</source>
        <translation>This is not a web address. It should look like https://company.bitrix24.com/.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>The address must start with https://.</translation>
    </message>
    <message>
        <source>The address uses http://, which is not secure. Bitrix24 portals need https:// — use the https address.</source>
        <translation>The address uses http://, which is not secure. Bitrix24 portals need https:// — use the https address.</translation>
    </message>
    <message>
        <source>Paste the webhook address from Bitrix24 (Developer resources → Inbound webhook).</source>
        <translation>Paste the webhook address from Bitrix24 (Developer resources → Inbound webhook).</translation>
    </message>
    <message>
        <source>This is not a web address. A webhook address looks like https://company.bitrix24.com/rest/1/abc123/.</source>
        <translation>This is not a web address. A webhook address looks like https://company.bitrix24.com/rest/1/abc123/.</translation>
    </message>
    <message>
        <source>This address is not a webhook: its path must start with /rest/&lt;user id&gt;/&lt;secret&gt;/.</source>
        <translation>This address is not a webhook: its path must start with /rest/&lt;user id&gt;/&lt;secret&gt;/.</translation>
    </message>
    <message>
        <source>This is a REST 3.0 webhook address (/rest/api/…). Use the classic address /rest/&lt;user id&gt;/&lt;secret&gt;/.</source>
        <translation>This is a REST 3.0 webhook address (/rest/api/…). Use the classic address /rest/&lt;user id&gt;/&lt;secret&gt;/.</translation>
    </message>
    <message>
        <source>The webhook address lacks the user id and secret after /rest/.</source>
        <translation>The webhook address lacks the user id and secret after /rest/.</translation>
    </message>
    <message>
        <source>After /rest/ the webhook address must have the numeric id of the user who created it.</source>
        <translation>After /rest/ the webhook address must have the numeric id of the user who created it.</translation>
    </message>
    <message>
        <source>The webhook address has no secret code after the user id. Copy the whole address from Bitrix24.</source>
        <translation>The webhook address has no secret code after the user id. Copy the whole address from Bitrix24.</translation>
    </message>
    <message>
        <source>The webhook address has no valid secret code after the user id. Copy the whole address from Bitrix24.</source>
        <translation>The webhook address has no valid secret code after the user id. Copy the whole address from Bitrix24.</translation>
    </message>
    <message>
        <source>The webhook address has extra parts after the secret. It should end with /rest/&lt;user id&gt;/&lt;secret&gt;/.</source>
        <translation>The webhook address has extra parts after the secret. It should end with /rest/&lt;user id&gt;/&lt;secret&gt;/.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s client id and client secret from the application card in Bitrix24.</source>
        <translation>Enter the application&apos;s client id and client secret from the application card in Bitrix24.</translation>
    </message>
    <message>
        <source>The OAuth server address must be an https address, e.g. https://oauth.bitrix.info/.</source>
        <translation>The OAuth server address must be an https address, e.g. https://oauth.bitrix.info/.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The address names port 0, which no portal listens on. Leave the port out or give the real one.</source>
        <translation>The address names port 0, which no portal listens on. Leave the port out or give the real one.</translation>
    </message>
</context>
<context>
    <name>PortalError</name>
    <message>
        <source>Cannot reach the portal (%1). Check the address and your network connection, then try again.</source>
        <translation>Cannot reach the portal (%1). Check the address and your network connection, then try again.</translation>
    </message>
    <message>
        <source>Cannot reach the portal. Check your network connection and try again.</source>
        <translation>Cannot reach the portal. Check your network connection and try again.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. Try again in a moment.</source>
        <translation>The portal did not answer in time. Try again in a moment.</translation>
    </message>
    <message>
        <source>The portal requires a secure (https) address. Use the https:// address of the portal.</source>
        <translation>The portal requires a secure (https) address. Use the https:// address of the portal.</translation>
    </message>
    <message>
        <source>certificate problem</source>
        <translation>certificate problem</translation>
    </message>
    <message>
        <source>The portal sign-in has expired. Sign in again.</source>
        <translation>The portal sign-in has expired. Sign in again.</translation>
    </message>
    <message>
        <source>The portal rejected the credentials. Check the webhook address or sign in again; your pending work is kept.</source>
        <translation>The portal rejected the credentials. Check the webhook address or sign in again; your pending work is kept.</translation>
    </message>
    <message>
        <source>The webhook or application lacks the permission &quot;%1&quot;. Edit it in Bitrix24 (Developer resources) and tick that scope.</source>
        <translation>The webhook or application lacks the permission &quot;%1&quot;. Edit it in Bitrix24 (Developer resources) and tick that scope.</translation>
    </message>
    <message>
        <source>The webhook or application lacks a required permission (scope). Edit it in Bitrix24 and add the user, department and sonet_group scopes.</source>
        <translation>The webhook or application lacks a required permission (scope). Edit it in Bitrix24 and add the user, department and sonet_group scopes.</translation>
    </message>
    <message>
        <source>Your Bitrix24 account is not allowed to do this. Ask a portal administrator for the right to invite users.</source>
        <translation>Your Bitrix24 account is not allowed to do this. Ask a portal administrator for the right to invite users.</translation>
    </message>
    <message>
        <source>The portal is limiting requests. InviteDesk will slow down; try again shortly.</source>
        <translation>The portal is limiting requests. InviteDesk will slow down; try again shortly.</translation>
    </message>
    <message>
        <source>The portal has paused this operation for a few minutes because of its load limit. Try again later.</source>
        <translation>The portal has paused this operation for a few minutes because of its load limit. Try again later.</translation>
    </message>
    <message>
        <source>A user with this e-mail address already exists in the portal.</source>
        <translation>A user with this e-mail address already exists in the portal.</translation>
    </message>
    <message>
        <source>The portal rejected the e-mail address. Check it for typing errors.</source>
        <translation>The portal rejected the e-mail address. Check it for typing errors.</translation>
    </message>
    <message>
        <source>The portal&apos;s plan allows no more users. Free a seat or upgrade the plan.</source>
        <translation>The portal&apos;s plan allows no more users. Free a seat or upgrade the plan.</translation>
    </message>
    <message>
        <source>Choose a department for the new employee (or invite them to an extranet group).</source>
        <translation>Choose a department for the new employee (or invite them to an extranet group).</translation>
    </message>
    <message>
        <source>Extranet users must be invited into an existing extranet group. Choose a valid group.</source>
        <translation>Extranet users must be invited into an existing extranet group. Choose a valid group.</translation>
    </message>
    <message>
        <source>This Bitrix24 portal has been deleted.</source>
        <translation>This Bitrix24 portal has been deleted.</translation>
    </message>
    <message>
        <source>This address does not answer like a Bitrix24 portal. Check the address.</source>
        <translation>This address does not answer like a Bitrix24 portal. Check the address.</translation>
    </message>
    <message>
        <source>The portal does not know this request or object (%1).</source>
        <translation>The portal does not know this request or object (%1).</translation>
    </message>
    <message>
        <source>The portal had a server problem. Try again later.</source>
        <translation>The portal had a server problem. Try again later.</translation>
    </message>
    <message>
        <source>The portal sent an answer InviteDesk cannot read. Try again later; if it persists, check that the address is a Bitrix24 portal.</source>
        <translation>The portal sent an answer InviteDesk cannot read. Try again later; if it persists, check that the address is a Bitrix24 portal.</translation>
    </message>
    <message>
        <source>The portal address is not valid.</source>
        <translation>The portal address is not valid.</translation>
    </message>
    <message>
        <source>The request was not completed.</source>
        <translation>The request was not completed.</translation>
    </message>
    <message>
        <source>The portal refused the request: %1</source>
        <translation>The portal refused the request: %1</translation>
    </message>
    <message>
        <source>The portal refused the request (%1).</source>
        <translation>The portal refused the request (%1).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>The portal sent an answer larger than %1, InviteDesk&apos;s limit for one answer, so InviteDesk stopped reading it. Try again later; if it persists, check that the address is a Bitrix24 portal.</source>
        <translation>The portal sent an answer larger than %1, InviteDesk&apos;s limit for one answer, so InviteDesk stopped reading it. Try again later; if it persists, check that the address is a Bitrix24 portal.</translation>
    </message>
    <message>
        <source>The portal sent the list out of order (IDs did not rise). The directory refresh stopped; the previous copy is kept.</source>
        <translation>The portal sent the list out of order (IDs did not rise). The directory refresh stopped; the previous copy is kept.</translation>
    </message>
    <message>
        <source>The portal sent more entries than the %1 it announced. The directory refresh stopped; the previous copy is kept.</source>
        <translation>The portal sent more entries than the %1 it announced. The directory refresh stopped; the previous copy is kept.</translation>
    </message>
    <message>
        <source>The portal kept sending pages beyond the %1 its total allows. The directory refresh stopped; the previous copy is kept.</source>
        <translation>The portal kept sending pages beyond the %1 its total allows. The directory refresh stopped; the previous copy is kept.</translation>
    </message>
    <message>
        <source>The portal announced %1 entries, more than InviteDesk copies. The directory refresh stopped; the previous copy is kept.</source>
        <translation>The portal announced %1 entries, more than InviteDesk copies. The directory refresh stopped; the previous copy is kept.</translation>
    </message>
    <message>
        <source>Reading the directory took longer than %1. The directory refresh stopped; the previous copy is kept. Try again later.</source>
        <translation>Reading the directory took longer than %1. The directory refresh stopped; the previous copy is kept. Try again later.</translation>
    </message>
    <message>
        <source>The portal&apos;s answers broke the protocol (%1). The operation stopped.</source>
        <translation>The portal&apos;s answers broke the protocol (%1). The operation stopped.</translation>
    </message>
    <message>
        <source>The portal tried to send InviteDesk to an address that is not a web address (%1). It was not followed.</source>
        <translation>The portal tried to send InviteDesk to an address that is not a web address (%1). It was not followed.</translation>
    </message>
    <message>
        <source>The portal answered with a redirect InviteDesk does not follow (it would drop the request&apos;s data). If the portal shows a notice in the browser, such as an expired licence, resolve it and try again.</source>
        <translation>The portal answered with a redirect InviteDesk does not follow (it would drop the request&apos;s data). If the portal shows a notice in the browser, such as an expired licence, resolve it and try again.</translation>
    </message>
    <message>
        <source>The portal says it has moved to %1. InviteDesk sends nothing there until you confirm the new address.</source>
        <translation>The portal says it has moved to %1. InviteDesk sends nothing there until you confirm the new address.</translation>
    </message>
    <message>
        <source>The secure connection to the portal failed (%1). The connection was not used; check the address and the system clock. A portal on your company&apos;s own server (Bitrix24 on-premise) with a self-signed certificate or one from the company&apos;s own certificate authority: ask your administrator to add that certificate to this computer&apos;s trusted certificates, then connect again.</source>
        <translation>The secure connection to the portal failed (%1). The connection was not used; check the address and the system clock. A portal on your company&apos;s own server (Bitrix24 on-premise) with a self-signed certificate or one from the company&apos;s own certificate authority: ask your administrator to add that certificate to this computer&apos;s trusted certificates, then connect again.</translation>
    </message>
    <message>
        <source>This computer does not trust the portal&apos;s certificate: it is self-signed or issued by your company&apos;s own certificate authority, as is usual for Bitrix24 on your own server. Nothing was sent.

Issued to: %1
SHA-256 fingerprint: %2

Ask your administrator for the portal&apos;s fingerprint. Only if it is the same, trust this certificate for this portal (Connect dialog).</source>
        <translation>This computer does not trust the portal&apos;s certificate: it is self-signed or issued by your company&apos;s own certificate authority, as is usual for Bitrix24 on your own server. Nothing was sent.

Issued to: %1
SHA-256 fingerprint: %2

Ask your administrator for the portal&apos;s fingerprint. Only if it is the same, trust this certificate for this portal (Connect dialog).</translation>
    </message>
</context>
<context>
    <name>PortalSession</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalSwitchMenu</name>
    <message>
        <source>S&amp;witch portal</source>
        <translation>S&amp;witch portal</translation>
    </message>
    <message>
        <source>Switch portal</source>
        <translation>Switch portal</translation>
    </message>
    <message>
        <source>Work on another remembered portal</source>
        <translation>Work on another remembered portal</translation>
    </message>
    <message>
        <source>No remembered portals</source>
        <translation>No remembered portals</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (user %2)</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>The portal you are working on</source>
        <translation>The portal you are working on</translation>
    </message>
    <message>
        <source>Sign out of the current portal and work on %1</source>
        <translation>Sign out of the current portal and work on %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language applies after InviteDesk restarts.</source>
        <translation>A new language applies after InviteDesk restarts.</translation>
    </message>
    <message>
        <source>Refresh the directory every (minutes)</source>
        <translation>Refresh the directory every (minutes)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Refresh the directory every:</source>
        <translation>&amp;Refresh the directory every:</translation>
    </message>
    <message>
        <source>Users allowed by the plan</source>
        <translation>Users allowed by the plan</translation>
    </message>
    <message>
        <source>Used to warn before an invitation would exceed the plan&apos;s user limit. 0 when unknown.</source>
        <translation>Used to warn before an invitation would exceed the plan&apos;s user limit. 0 when unknown.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Users &amp;allowed by the plan:</source>
        <translation>Users &amp;allowed by the plan:</translation>
    </message>
    <message>
        <source>Your Bitrix24 plan</source>
        <translation>Your Bitrix24 plan</translation>
    </message>
    <message>
        <source>InviteDesk paces its work to what the portal accepts: an Enterprise portal accepts more at once, so large invitations and refreshes finish sooner.</source>
        <translation>InviteDesk paces its work to what the portal accepts: an Enterprise portal accepts more at once, so large invitations and refreshes finish sooner.</translation>
    </message>
    <message>
        <source>Free, Basic, Standard or Professional</source>
        <translation>Free, Basic, Standard or Professional</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Your Bitrix24 &amp;plan:</source>
        <translation>Your Bitrix24 &amp;plan:</translation>
    </message>
    <message>
        <source>Confirm sends of more invitations than</source>
        <translation>Confirm sends of more invitations than</translation>
    </message>
    <message>
        <source>Con&amp;firm sends of more invitations than:</source>
        <translation>Con&amp;firm sends of more invitations than:</translation>
    </message>
    <message>
        <source>When inviting to %1:</source>
        <translation>When inviting to %1:</translation>
    </message>
    <message>
        <source>Default department</source>
        <translation>Default department</translation>
    </message>
    <message>
        <source>Preselected on the Register tab, and joined by e-mail invitations that name no department.</source>
        <translation>Preselected on the Register tab, and joined by e-mail invitations that name no department.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>The default department saved before (ID %1) is not in this portal&apos;s directory, so it is ignored.</source>
        <translation>The default department saved before (ID %1) is not in this portal&apos;s directory, so it is ignored.</translation>
    </message>
    <message>
        <source>Default &amp;department:</source>
        <translation>Default &amp;department:</translation>
    </message>
    <message>
        <source>Default message template</source>
        <translation>Default message template</translation>
    </message>
    <message>
        <source>The saved template Invite by Email starts with.</source>
        <translation>The saved template Invite by Email starts with.</translation>
    </message>
    <message>
        <source>Built-in message</source>
        <translation>Built-in message</translation>
    </message>
    <message>
        <source>The default template &quot;%1&quot; is no longer saved, so the built-in message is used.</source>
        <translation>The default template &quot;%1&quot; is no longer saved, so the built-in message is used.</translation>
    </message>
    <message>
        <source>Default message &amp;template:</source>
        <translation>Default message &amp;template:</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The profile %1 is a file, not a folder.</source>
        <translation>The profile %1 is a file, not a folder.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be created.</source>
        <translation>The profile folder %1 cannot be created.</translation>
    </message>
</context>
<context>
    <name>QuickRegistrationTab</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation>Copy the link</translation>
    </message>
    <message>
        <source>Save P&amp;NG…</source>
        <translation>Save P&amp;NG…</translation>
    </message>
    <message>
        <source>Save the QR code as PNG</source>
        <translation>Save the QR code as PNG</translation>
    </message>
    <message>
        <source>Save S&amp;VG…</source>
        <translation>Save S&amp;VG…</translation>
    </message>
    <message>
        <source>Save the QR code as SVG</source>
        <translation>Save the QR code as SVG</translation>
    </message>
    <message>
        <source>C&amp;hange in portal…</source>
        <translation>C&amp;hange in portal…</translation>
    </message>
    <message>
        <source>Change the registration settings in the portal</source>
        <translation>Change the registration settings in the portal</translation>
    </message>
    <message>
        <source>&amp;Share by e-mail…</source>
        <translation>&amp;Share by e-mail…</translation>
    </message>
    <message>
        <source>Share by e-mail</source>
        <translation>Share by e-mail</translation>
    </message>
    <message>
        <source>Registration link</source>
        <translation>Registration link</translation>
    </message>
    <message>
        <source>https://%1/…</source>
        <translation>https://%1/…</translation>
    </message>
    <message>
        <source>QR code of the registration link</source>
        <translation>QR code of the registration link</translation>
    </message>
    <message>
        <source>Registration &amp;link:</source>
        <translation>Registration &amp;link:</translation>
    </message>
    <message>
        <source>&amp;Fetch from sandbox</source>
        <translation>&amp;Fetch from sandbox</translation>
    </message>
    <message>
        <source>Fetch the link from the training portal</source>
        <translation>Fetch the link from the training portal</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Print the QR code</source>
        <translation>Print the QR code</translation>
    </message>
    <message>
        <source>Regenerating the link in the portal breaks every link already shared, including printed QR codes.</source>
        <translation>Regenerating the link in the portal breaks every link already shared, including printed QR codes.</translation>
    </message>
    <message>
        <source>Hello,

{inviter} invites you to join {portal}, our company&apos;s Bitrix24. Register with this link:
{join_link}

See you there!</source>
        <translation>Hello,

{inviter} invites you to join {portal}, our company&apos;s Bitrix24. Register with this link:
{join_link}

See you there!</translation>
    </message>
    <message>
        <source>The link is on the clipboard.</source>
        <translation>The link is on the clipboard.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
    <message>
        <source>The QR code appears here once the link is valid.</source>
        <translation>The QR code appears here once the link is valid.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>Could not open %1.</translation>
    </message>
    <message>
        <source>your mail program</source>
        <translation>your mail program</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>Save QR code</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Could not save %1.</translation>
    </message>
    <message>
        <source>Asking the training portal…</source>
        <translation>Asking the training portal…</translation>
    </message>
    <message>
        <source>The training portal did not answer: %1</source>
        <translation>The training portal did not answer: %1</translation>
    </message>
    <message>
        <source>Fetched the registration link from the training portal.</source>
        <translation>Fetched the registration link from the training portal.</translation>
    </message>
    <message>
        <source>Who may join, as last seen in the portal</source>
        <translation>Who may join, as last seen in the portal</translation>
    </message>
    <message>
        <source>Who may join (as last seen in the portal)</source>
        <translation>Who may join (as last seen in the portal)</translation>
    </message>
    <message>
        <source>Not known here: a portal does not tell other programs whether its link is public or moderated. See it in the portal.</source>
        <translation>Not known here: a portal does not tell other programs whether its link is public or moderated. See it in the portal.</translation>
    </message>
    <message>
        <source>Moderated: an administrator approves each person.</source>
        <translation>Moderated: an administrator approves each person.</translation>
    </message>
    <message>
        <source>Public: anyone with the link joins.</source>
        <translation>Public: anyone with the link joins.</translation>
    </message>
    <message>
        <source>No trusted domains.</source>
        <translation>No trusted domains.</translation>
    </message>
    <message>
        <source>Trusted domains, whose people join without approval: %1.</source>
        <translation>Trusted domains, whose people join without approval: %1.</translation>
    </message>
</context>
<context>
    <name>RecipientClassifier</name>
    <message numerus="yes">
        <source>skip %n already employee(s)</source>
        <translation>
            <numerusform>skip %n already employee</numerusform>
            <numerusform>skip %n already employees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skip %n already invited</source>
        <translation>
            <numerusform>skip %n already invited</numerusform>
            <numerusform>skip %n already invited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skip %n already in the outbox</source>
        <translation>
            <numerusform>skip %n already in the outbox</numerusform>
            <numerusform>skip %n already in the outbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skip %n dismissed user(s)</source>
        <translation>
            <numerusform>skip %n dismissed user</numerusform>
            <numerusform>skip %n dismissed users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated</source>
        <translation>
            <numerusform>%n repeated</numerusform>
            <numerusform>%n repeated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over the user limit</source>
        <translation>
            <numerusform>%n over the user limit</numerusform>
            <numerusform>%n over the user limit</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Invalid address: %1</source>
        <translation>Invalid address: %1</translation>
    </message>
    <message>
        <source>Repeated: this address is already in the list (row %1).</source>
        <translation>Repeated: this address is already in the list (row %1).</translation>
    </message>
    <message>
        <source>Already an employee.</source>
        <translation>Already an employee.</translation>
    </message>
    <message>
        <source>Already invited and not joined yet.</source>
        <translation>Already invited and not joined yet.</translation>
    </message>
    <message>
        <source>Belongs to a dismissed user; the portal does not reuse it. Reinstate the user instead.</source>
        <translation>Belongs to a dismissed user; the portal does not reuse it. Reinstate the user instead.</translation>
    </message>
    <message>
        <source>Already waiting in the outbox.</source>
        <translation>Already waiting in the outbox.</translation>
    </message>
    <message>
        <source>Would exceed the plan&apos;s user limit.</source>
        <translation>Would exceed the plan&apos;s user limit.</translation>
    </message>
    <message numerus="yes">
        <source>Will invite %n</source>
        <translation>
            <numerusform>Will invite %n</numerusform>
            <numerusform>Will invite %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to invite</source>
        <translation>Nothing to invite</translation>
    </message>
    <message numerus="yes">
        <source>Invite %n</source>
        <translation>
            <numerusform>Invite %n</numerusform>
            <numerusform>Invite %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This row has a problem.</source>
        <translation>This row has a problem.</translation>
    </message>
</context>
<context>
    <name>RecipientReviewGrid</name>
    <message>
        <source>Show &amp;problems only</source>
        <translation>Show &amp;problems only</translation>
    </message>
    <message>
        <source>Remove in&amp;valid</source>
        <translation>Remove in&amp;valid</translation>
    </message>
    <message>
        <source>Show so&amp;urce</source>
        <translation>Show so&amp;urce</translation>
    </message>
    <message>
        <source>Show problems only</source>
        <translation>Show problems only</translation>
    </message>
    <message>
        <source>Remove invalid recipients</source>
        <translation>Remove invalid recipients</translation>
    </message>
    <message>
        <source>Show where the selected recipient came from</source>
        <translation>Show where the selected recipient came from</translation>
    </message>
    <message>
        <source>The line of the imported file, or the entry in the typed text</source>
        <translation>The line of the imported file, or the entry in the typed text</translation>
    </message>
    <message>
        <source>Recipients and their state</source>
        <translation>Recipients and their state</translation>
    </message>
    <message>
        <source>Edit a field with F2 or by typing; it is sent as shown.</source>
        <translation>Edit a field with F2 or by typing; it is sent as shown.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
</context>
<context>
    <name>RecipientReviewModel</name>
    <message>
        <source>typed</source>
        <translation>typed</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <source>No department in this row: the one chosen below, %1.</source>
        <translation>No department in this row: the one chosen below, %1.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>This row names a department, but extranet users join workgroups, not departments.</source>
        <translation>This row names a department, but extranet users join workgroups, not departments.</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Phone (optional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Sa&amp;ve as preset…</source>
        <translation>Sa&amp;ve as preset…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Delete preset</translation>
    </message>
    <message>
        <source>Create or attach a company mail&amp;box in the portal…</source>
        <translation>Create or attach a company mail&amp;box in the portal…</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Re&amp;gister</translation>
    </message>
    <message>
        <source>Register and add &amp;another</source>
        <translation>Register and add &amp;another</translation>
    </message>
    <message>
        <source>Role preset</source>
        <translation>Role preset</translation>
    </message>
    <message>
        <source>Role presets</source>
        <translation>Role presets</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Save as preset</translation>
    </message>
    <message>
        <source>Create or attach a company mailbox in the portal</source>
        <translation>Create or attach a company mailbox in the portal</translation>
    </message>
    <message>
        <source>Opens the portal&apos;s mail settings in your browser; there is no REST method for mailboxes.</source>
        <translation>Opens the portal&apos;s mail settings in your browser; there is no REST method for mailboxes.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Register and add another</source>
        <translation>Register and add another</translation>
    </message>
    <message>
        <source>Registered people and their results</source>
        <translation>Registered people and their results</translation>
    </message>
    <message>
        <source>Saved in the portal as the person&apos;s mobile phone.</source>
        <translation>Saved in the portal as the person&apos;s mobile phone.</translation>
    </message>
    <message>
        <source>The portal e-mails the new person a link to set their password and sign in. Passwords cannot be set from here: the portal&apos;s API has none.</source>
        <translation>The portal e-mails the new person a link to set their password and sign in. Passwords cannot be set from here: the portal&apos;s API has none.</translation>
    </message>
    <message>
        <source>Role pre&amp;set:</source>
        <translation>Role pre&amp;set:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>E-ma&amp;il:</source>
        <translation>E-ma&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Invalid address: %1</source>
        <translation>Invalid address: %1</translation>
    </message>
    <message>
        <source>This address already belongs to an employee.</source>
        <translation>This address already belongs to an employee.</translation>
    </message>
    <message>
        <source>This address was already invited and has not joined yet.</source>
        <translation>This address was already invited and has not joined yet.</translation>
    </message>
    <message>
        <source>This address belongs to a dismissed user; the portal does not reuse it.</source>
        <translation>This address belongs to a dismissed user; the portal does not reuse it.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s e-mail address.</source>
        <translation>Enter the person&apos;s e-mail address.</translation>
    </message>
    <message>
        <source>Could not queue the registration: %1</source>
        <translation>Could not queue the registration: %1</translation>
    </message>
    <message>
        <source>%1 is already waiting in the outbox.</source>
        <translation>%1 is already waiting in the outbox.</translation>
    </message>
    <message>
        <source>%1 is queued; the portal will e-mail the access details.</source>
        <translation>%1 is queued; the portal will e-mail the access details.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no preset)</source>
        <translation>(no preset)</translation>
    </message>
    <message>
        <source>Preset “%1” applied.</source>
        <translation>Preset “%1” applied.</translation>
    </message>
    <message>
        <source>Save role preset</source>
        <translation>Save role preset</translation>
    </message>
    <message>
        <source>Preset &amp;name (department, position and groups are saved):</source>
        <translation>Preset &amp;name (department, position and groups are saved):</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Discard draft</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>The draft could not be saved: %1</translation>
    </message>
    <message>
        <source>Restored the draft saved %1.</source>
        <translation>Restored the draft saved %1.</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>The draft was discarded.</translation>
    </message>
    <message>
        <source>Registers this person, then empties the name, e-mail and phone for the next one; the role preset, position and department stay.</source>
        <translation>Registers this person, then empties the name, e-mail and phone for the next one; the role preset, position and department stay.</translation>
    </message>
</context>
<context>
    <name>RegistrationLink</name>
    <message>
        <source>Paste the registration link from the portal (Employees → Invite → Quick registration).</source>
        <translation>Paste the registration link from the portal (Employees → Invite → Quick registration).</translation>
    </message>
    <message>
        <source>The link contains spaces; paste it exactly as the portal shows it.</source>
        <translation>The link contains spaces; paste it exactly as the portal shows it.</translation>
    </message>
    <message>
        <source>This is not a web address. It should start with https:// and your portal&apos;s name.</source>
        <translation>This is not a web address. It should start with https:// and your portal&apos;s name.</translation>
    </message>
    <message>
        <source>The link must start with https://, not %1:.</source>
        <translation>The link must start with https://, not %1:.</translation>
    </message>
    <message>
        <source>The link uses http://; portal links use https://.</source>
        <translation>The link uses http://; portal links use https://.</translation>
    </message>
    <message>
        <source>This link belongs to %1, not to your portal %2.</source>
        <translation>This link belongs to %1, not to your portal %2.</translation>
    </message>
    <message>
        <source>This link points to port %1 of %2, but your portal answers on port %3.</source>
        <translation>This link points to port %1 of %2, but your portal answers on port %3.</translation>
    </message>
    <message>
        <source>This is the portal&apos;s home page, not its registration link.</source>
        <translation>This is the portal&apos;s home page, not its registration link.</translation>
    </message>
</context>
<context>
    <name>ScriptedReport</name>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ScriptedTask</name>
    <message numerus="yes">
        <source>The portal gave no usable answer for %n second(s).</source>
        <translation>
            <numerusform>The portal gave no usable answer for %n second.</numerusform>
            <numerusform>The portal gave no usable answer for %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message numerus="yes">
        <source>The run did not finish within --timeout %n second(s).</source>
        <translation>
            <numerusform>The run did not finish within --timeout %n second.</numerusform>
            <numerusform>The run did not finish within --timeout %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Portal problem (%1); trying again in %n second(s)…</source>
        <translation>
            <numerusform>Portal problem (%1); trying again in %n second…</numerusform>
            <numerusform>Portal problem (%1); trying again in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>No keychain is available on this system (no Secret Service is running), so InviteDesk cannot store the portal&apos;s secret safely. You can keep it for this session only; you will have to connect again next time.</source>
        <translation>No keychain is available on this system (no Secret Service is running), so InviteDesk cannot store the portal&apos;s secret safely. You can keep it for this session only; you will have to connect again next time.</translation>
    </message>
    <message>
        <source>The stored sign-in for this portal was not found in the keychain. Connect the portal again.</source>
        <translation>The stored sign-in for this portal was not found in the keychain. Connect the portal again.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Unlock the keychain or allow InviteDesk to use it, then try again.</source>
        <translation>Access to the keychain was refused. Unlock the keychain or allow InviteDesk to use it, then try again.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it persists, restart the keychain service.</source>
        <translation>The keychain reported an error. Try again; if it persists, restart the keychain service.</translation>
    </message>
</context>
<context>
    <name>SendAnnouncer</name>
    <message>
        <source>Sending finished: %1 sent, %2 failed (see the Outbox).</source>
        <translation>Sending finished: %1 sent, %2 failed (see the Outbox).</translation>
    </message>
    <message>
        <source>Sending finished: %1 sent.</source>
        <translation>Sending finished: %1 sent.</translation>
    </message>
    <message>
        <source>InviteDesk</source>
        <translation>InviteDesk</translation>
    </message>
    <message>
        <source>Invitations sent</source>
        <translation>Invitations sent</translation>
    </message>
</context>
<context>
    <name>UserState</name>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Extranet</source>
        <translation>Extranet</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A simulated Bitrix24 portal on loopback, for InviteDesk and any other Bitrix24 client.</source>
        <translation>A simulated Bitrix24 portal on loopback, for InviteDesk and any other Bitrix24 client.</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>Port to listen on (0: any free port).</translation>
    </message>
    <message>
        <source>Number of demo users.</source>
        <translation>Number of demo users.</translation>
    </message>
    <message>
        <source>Seed of the demo company.</source>
        <translation>Seed of the demo company.</translation>
    </message>
    <message>
        <source>Leaky bucket drain per second (0 disables the limit).</source>
        <translation>Leaky bucket drain per second (0 disables the limit).</translation>
    </message>
    <message>
        <source>Leaky bucket size.</source>
        <translation>Leaky bucket size.</translation>
    </message>
    <message>
        <source>Serve HTTPS with a self-signed throw-away test certificate.</source>
        <translation>Serve HTTPS with a self-signed throw-away test certificate.</translation>
    </message>
    <message>
        <source>Invalid value for --%1: %2</source>
        <translation>Invalid value for --%1: %2</translation>
    </message>
    <message>
        <source>Cannot create the signal socket pair</source>
        <translation>Cannot create the signal socket pair</translation>
    </message>
    <message>
        <source>Cannot start the sandbox portal: %1</source>
        <translation>Cannot start the sandbox portal: %1</translation>
    </message>
    <message>
        <source>Sandbox portal: %1</source>
        <translation>Sandbox portal: %1</translation>
    </message>
    <message>
        <source>Admin webhook: %1</source>
        <translation>Admin webhook: %1</translation>
    </message>
    <message>
        <source>Employee webhook: %1</source>
        <translation>Employee webhook: %1</translation>
    </message>
    <message>
        <source>Limited webhook (department, %1): %2</source>
        <translation>Limited webhook (department, %1): %2</translation>
    </message>
    <message>
        <source>OAuth client id: %1</source>
        <translation>OAuth client id: %1</translation>
    </message>
    <message>
        <source>OAuth client secret: %1</source>
        <translation>OAuth client secret: %1</translation>
    </message>
    <message>
        <source>OAuth server: %1</source>
        <translation>OAuth server: %1</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Press Ctrl+C to stop.</translation>
    </message>
    <message>
        <source>HTTPS with a self-signed THROW-AWAY TEST certificate (SHA-256 %1); trust it for tests only.</source>
        <translation>HTTPS with a self-signed THROW-AWAY TEST certificate (SHA-256 %1); trust it for tests only.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>--portal - found no webhook URL on standard input.</source>
        <translation>--portal - found no webhook URL on standard input.</translation>
    </message>
    <message>
        <source>No portal: add one in the app, or pass --account, --portal - or the INVITEDESK_WEBHOOK variable.</source>
        <translation>No portal: add one in the app, or pass --account, --portal - or the INVITEDESK_WEBHOOK variable.</translation>
    </message>
    <message>
        <source>No stored account for %1; the app stores %2.</source>
        <translation>No stored account for %1; the app stores %2.</translation>
    </message>
    <message>
        <source>Control token (header %1 on /sandbox/ requests): %2</source>
        <translation>Control token (header %1 on /sandbox/ requests): %2</translation>
    </message>
    <message>
        <source>Cannot install the console stop handler</source>
        <translation>Cannot install the console stop handler</translation>
    </message>
    <message>
        <source>InviteDesk is already running; its window was brought to the front.</source>
        <translation>InviteDesk is already running; its window was brought to the front.</translation>
    </message>
    <message>
        <source>InviteDesk is already running for this profile but does not answer. Close it, or end its process, and start again.</source>
        <translation>InviteDesk is already running for this profile but does not answer. Close it, or end its process, and start again.</translation>
    </message>
</context>
</TS>
