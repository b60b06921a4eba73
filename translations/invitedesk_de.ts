<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApplicationShell</name>
    <message>
        <source>&amp;Employees</source>
        <translation>&amp;Mitarbeiter</translation>
    </message>
    <message>
        <source>Company &amp;Structure</source>
        <translation>&amp;Unternehmensstruktur</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Forget %1 and remove its secrets from the keychain? The local copy of the directory stays until you connect again.</source>
        <translation>%1 vergessen und die Zugangsdaten aus dem Schlüsselbund entfernen? Die lokale Kopie des Verzeichnisses bleibt erhalten, bis Sie sich erneut verbinden.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>%1 Showing the copy of the directory on this computer.</source>
        <translation>%1 Angezeigt wird die Kopie des Verzeichnisses auf diesem Computer.</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>%1

InviteDesk never writes secrets to a file. Keep the secret in memory for this session only? You will have to connect again next time.</source>
        <translation>%1

InviteDesk schreibt Zugangsdaten niemals in eine Datei. Die Zugangsdaten nur für diese Sitzung im Arbeitsspeicher behalten? Beim nächsten Mal müssen Sie sich erneut verbinden.</translation>
    </message>
    <message>
        <source>Signed out. The next start opens the sandbox portal.</source>
        <translation>Abgemeldet. Beim nächsten Start wird das Sandbox-Portal geöffnet.</translation>
    </message>
    <message>
        <source>Directory updated: %1</source>
        <translation>Verzeichnis aktualisiert: %1</translation>
    </message>
    <message>
        <source>Sandbox portal</source>
        <translation>Sandbox-Portal</translation>
    </message>
    <message>
        <source>Invitations can be composed once the portal has answered or its outbox is open.</source>
        <translation>Einladungen können verfasst werden, sobald das Portal geantwortet hat oder sein Postausgang geöffnet ist.</translation>
    </message>
    <message>
        <source>The outbox opens once the portal has answered.</source>
        <translation>Der Postausgang wird geöffnet, sobald das Portal geantwortet hat.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address to sign in: %1</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Öffnen Sie diese Adresse, um sich anzumelden: %1</translation>
    </message>
    <message>
        <source>InviteDesk could not listen for the sign-in answer.</source>
        <translation>InviteDesk konnte die Antwort der Anmeldung nicht empfangen.</translation>
    </message>
    <message>
        <source>Portal moved?</source>
        <translation>Portal umgezogen?</translation>
    </message>
    <message>
        <source>The portal %1 answers that it has moved to %2.

Continue with %2 only if your company really changed its Bitrix24 address: InviteDesk will send its sign-in and your invitations there. Nothing has been sent there yet.</source>
        <translation>Das Portal %1 antwortet, es sei nach %2 umgezogen.

Fahren Sie nur dann mit %2 fort, wenn Ihr Unternehmen seine Bitrix24-Adresse wirklich geändert hat: InviteDesk sendet seine Anmeldung und Ihre Einladungen dorthin. Bisher wurde nichts dorthin gesendet.</translation>
    </message>
    <message>
        <source>Signed out. Your other portals are under Portal → Switch portal.</source>
        <translation>Abgemeldet. Ihre anderen Portale finden Sie unter Portal → Portal wechseln.</translation>
    </message>
</context>
<context>
    <name>CompanyStructurePage</name>
    <message>
        <source>Company structure</source>
        <translation>Unternehmensstruktur</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>De&amp;partments:</source>
        <translation>&amp;Abteilungen:</translation>
    </message>
    <message>
        <source>Include &amp;sub-departments</source>
        <translation>Unterabteilungen ein&amp;beziehen</translation>
    </message>
    <message>
        <source>Include sub-departments</source>
        <translation>Unterabteilungen einbeziehen</translation>
    </message>
    <message>
        <source>&amp;Invite to this department…</source>
        <translation>In diese Abteilung &amp;einladen…</translation>
    </message>
    <message>
        <source>Invite to this department…</source>
        <translation>In diese Abteilung einladen…</translation>
    </message>
    <message>
        <source>Opens the invite dialog with the selected department</source>
        <translation>Öffnet den Einladungsdialog mit der ausgewählten Abteilung</translation>
    </message>
    <message>
        <source>People in the department</source>
        <translation>Personen in der Abteilung</translation>
    </message>
    <message>
        <source>Department actions</source>
        <translation>Aktionen für die Abteilung</translation>
    </message>
    <message>
        <source>The directory is not available yet. It appears here once it has been downloaded from the portal.</source>
        <translation>Das Verzeichnis ist noch nicht verfügbar. Es erscheint hier, sobald es vom Portal heruntergeladen wurde.</translation>
    </message>
    <message>
        <source>Select a department to see its people.</source>
        <translation>Wählen Sie eine Abteilung aus, um deren Personen zu sehen.</translation>
    </message>
    <message>
        <source>Nobody works in this department yet.</source>
        <translation>In dieser Abteilung arbeitet noch niemand.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting people…</source>
        <translation>Personen werden gezählt…</translation>
    </message>
    <message>
        <source>The company&apos;s departments with their heads, their own number of members and the number with all sub-departments. The context menu invites people to a department.</source>
        <translation>Die Abteilungen des Unternehmens mit ihrer Leitung, der Zahl ihrer eigenen Mitglieder und der Zahl mit allen Unterabteilungen. Über das Kontextmenü laden Sie Personen in eine Abteilung ein.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a department&apos;s two member counts</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people with sub-departments</source>
        <translation>
            <numerusform>%Ln Person mit Unterabteilungen</numerusform>
            <numerusform>%Ln Personen mit Unterabteilungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln directly in this department</source>
        <translation>
            <numerusform>%Ln direkt in dieser Abteilung</numerusform>
            <numerusform>%Ln direkt in dieser Abteilung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people directly in this department</source>
        <translation>
            <numerusform>%Ln Person direkt in dieser Abteilung</numerusform>
            <numerusform>%Ln Personen direkt in dieser Abteilung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with sub-departments</source>
        <translation>
            <numerusform>%Ln mit Unterabteilungen</numerusform>
            <numerusform>%Ln mit Unterabteilungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectPortalDialog</name>
    <message>
        <source>Connect a Bitrix24 portal</source>
        <translation>Bitrix24-Portal verbinden</translation>
    </message>
    <message>
        <source>Connection method</source>
        <translation>Verbindungsmethode</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <source>&amp;OAuth application</source>
        <translation>&amp;OAuth-Anwendung</translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation>Problem mit der Adresse</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>In your portal open Developer resources → Other → Inbound webhook, tick the scopes &lt;i&gt;user&lt;/i&gt;, &lt;i&gt;department&lt;/i&gt; and &lt;i&gt;sonet_group&lt;/i&gt;, and paste the webhook address here. It is kept in your system&apos;s keychain.</source>
        <translation>Öffnen Sie in Ihrem Portal Entwicklerressourcen → Andere → Eingehender Webhook, aktivieren Sie die Berechtigungen &lt;i&gt;user&lt;/i&gt;, &lt;i&gt;department&lt;/i&gt; und &lt;i&gt;sonet_group&lt;/i&gt; und fügen Sie die Webhook-Adresse hier ein. Sie wird im Schlüsselbund Ihres Systems gespeichert.</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhook-Adresse</translation>
    </message>
    <message>
        <source>https://company.bitrix24.com/rest/1/abc123xyz/</source>
        <translation>https://firma.bitrix24.de/rest/1/abc123xyz/</translation>
    </message>
    <message>
        <source>Webhook &amp;address:</source>
        <translation>Webhook-&amp;Adresse:</translation>
    </message>
    <message>
        <source>Use a local application created in your portal. InviteDesk opens your browser to sign in; the tokens are kept in your system&apos;s keychain.</source>
        <translation>Verwenden Sie eine lokale Anwendung, die in Ihrem Portal erstellt wurde. InviteDesk öffnet zur Anmeldung Ihren Browser; die Tokens werden im Schlüsselbund Ihres Systems gespeichert.</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Portaladresse</translation>
    </message>
    <message>
        <source>company.bitrix24.com</source>
        <translation>firma.bitrix24.de</translation>
    </message>
    <message>
        <source>Application ID (client_id)</source>
        <translation>Anwendungs-ID (client_id)</translation>
    </message>
    <message>
        <source>Application key (client_secret)</source>
        <translation>Anwendungsschlüssel (client_secret)</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Autorisierungsserver</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>&amp;Portal:</translation>
    </message>
    <message>
        <source>Application &amp;ID:</source>
        <translation>Anwendungs-&amp;ID:</translation>
    </message>
    <message>
        <source>Application &amp;key:</source>
        <translation>Anwendungs&amp;schlüssel:</translation>
    </message>
    <message>
        <source>Authorization &amp;server:</source>
        <translation>A&amp;utorisierungsserver:</translation>
    </message>
    <message>
        <source>Enter the application ID and key shown in the application&apos;s card in your portal.</source>
        <translation>Geben Sie die Anwendungs-ID und den Anwendungsschlüssel ein, die in der Karte der Anwendung in Ihrem Portal angezeigt werden.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>The secret part is hidden while you are not editing it.</source>
        <translation>Der geheime Teil ist verborgen, solange Sie ihn nicht bearbeiten.</translation>
    </message>
    <message>
        <source>S&amp;how the secret</source>
        <translation>Geheimen Teil an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the secret part of the webhook address</source>
        <translation>Geheimen Teil der Webhook-Adresse anzeigen</translation>
    </message>
    <message>
        <source>Certificate issued to</source>
        <translation>Zertifikat ausgestellt für</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this portal</source>
        <translation>Diesem Zertifikat für dieses Portal &amp;vertrauen</translation>
    </message>
    <message>
        <source>Trust this certificate for this portal</source>
        <translation>Diesem Zertifikat für dieses Portal vertrauen</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate of %1: it is self-signed or issued by your company&apos;s own certificate authority, as is usual for Bitrix24 on your own server. Nothing was sent. Ask your administrator for the portal&apos;s SHA-256 fingerprint and trust the certificate only if it is the same as below.</source>
        <translation>Dieser Computer vertraut dem Zertifikat von %1 nicht: Es ist selbstsigniert oder von der eigenen Zertifizierungsstelle Ihres Unternehmens ausgestellt, wie es bei Bitrix24 auf einem eigenen Server üblich ist. Es wurde nichts gesendet. Fragen Sie Ihren Administrator nach dem SHA-256-Fingerabdruck des Portals und vertrauen Sie dem Zertifikat nur, wenn er mit dem unten angezeigten übereinstimmt.</translation>
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
        <translation>Unicode (UTF-16 Little Endian)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 big-endian)</source>
        <translation>Unicode (UTF-16 Big Endian)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Kyrillisch (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Kyrillisch (KOI8-R)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Westeuropäisch (Windows-1252)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>Mitteleuropäisch (Windows-1250)</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read, %1 with a usable address.</source>
        <translation>
            <numerusform>%n Zeile gelesen, %1 mit verwendbarer Adresse.</numerusform>
            <numerusform>%n Zeilen gelesen, %1 mit verwendbarer Adresse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
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
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n recipient(s)</source>
        <translation>
            <numerusform>%n Empfänger &amp;hinzufügen</numerusform>
            <numerusform>%n Empfänger &amp;hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Zeichenkodierung der Datei</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>Columns hold:</source>
        <translation>Die Spalten enthalten:</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>What column %1 (%2) holds</source>
        <translation>Was Spalte %1 (%2) enthält</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Gelesen als %1.</translation>
    </message>
</context>
<context>
    <name>CsvRecipientReader</name>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>zweiter Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file contains no rows.</source>
        <translation>Die Datei enthält keine Zeilen.</translation>
    </message>
    <message>
        <source>No header row; columns read as: %1.</source>
        <translation>Keine Kopfzeile; Spalten gelesen als: %1.</translation>
    </message>
    <message>
        <source>A quotation mark is not closed; the rest of the file was read as one field.</source>
        <translation>Ein Anführungszeichen wurde nicht geschlossen; der Rest der Datei wurde als ein Feld gelesen.</translation>
    </message>
    <message>
        <source>No e-mail address in this row.</source>
        <translation>Keine E-Mail-Adresse in dieser Zeile.</translation>
    </message>
    <message>
        <source>This row has more fields than the header; the extra ones were ignored.</source>
        <translation>Diese Zeile hat mehr Felder als die Kopfzeile; die zusätzlichen Felder wurden ignoriert.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>The header row names no e-mail column; columns read as: %1. Choose what each column holds if this is wrong.</source>
        <translation>Die Kopfzeile benennt keine E-Mail-Spalte; die Spalten wurden gelesen als: %1. Wählen Sie, was jede Spalte enthält, falls das nicht stimmt.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text, so no row can be added. Choose the encoding it was saved in.</source>
        <translation>Die Datei ist kein gültiger Text in %1, daher kann keine Zeile hinzugefügt werden. Wählen Sie die Kodierung, in der sie gespeichert wurde.</translation>
    </message>
    <message>
        <source>No row has a usable e-mail address, so there is nothing to add.</source>
        <translation>Keine Zeile enthält eine verwendbare E-Mail-Adresse, daher gibt es nichts hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>DepartmentCombo</name>
    <message>
        <source>Choose a department…</source>
        <translation>Abteilung auswählen…</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Abteilung %1</translation>
    </message>
</context>
<context>
    <name>DepartmentMatcher</name>
    <message>
        <source>Several departments are called &quot;%1&quot;; enter the ID of the one you mean (%2).</source>
        <translation>Mehrere Abteilungen heißen „%1“; geben Sie die ID der gemeinten ein (%2).</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; cannot be checked: the company structure has not been loaded yet.</source>
        <translation>Die Abteilung „%1“ kann nicht geprüft werden: Die Unternehmensstruktur wurde noch nicht geladen.</translation>
    </message>
    <message>
        <source>There is no department with the ID %1 in the company structure.</source>
        <translation>In der Unternehmensstruktur gibt es keine Abteilung mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no department &quot;%1&quot; in the company structure.</source>
        <translation>In der Unternehmensstruktur gibt es keine Abteilung „%1“.</translation>
    </message>
</context>
<context>
    <name>DepartmentSelector</name>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Show only people of this department and its sub-departments. Type to find a department.</source>
        <translation>Nur Personen dieser Abteilung und ihrer Unterabteilungen anzeigen. Tippen Sie, um eine Abteilung zu finden.</translation>
    </message>
    <message>
        <source>Matching departments</source>
        <translation>Passende Abteilungen</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
</context>
<context>
    <name>DepartmentTreeModel</name>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>People in this department itself, without its sub-departments</source>
        <translation>Personen in dieser Abteilung selbst, ohne ihre Unterabteilungen</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>People in this department and all its sub-departments; someone in several of them counts once</source>
        <translation>Personen in dieser Abteilung und allen ihren Unterabteilungen; wer in mehreren davon ist, zählt einmal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>DirectoryError</name>
    <message>
        <source>The local copy of the directory cannot be opened: the disk is full or cannot be written. Nothing was deleted; free some space and restart InviteDesk.</source>
        <translation>Die lokale Kopie des Verzeichnisses kann nicht geöffnet werden: Der Datenträger ist voll oder nicht beschreibbar. Es wurde nichts gelöscht; schaffen Sie Platz und starten Sie InviteDesk neu.</translation>
    </message>
    <message>
        <source>The local copy of the directory cannot be opened.</source>
        <translation>Die lokale Kopie des Verzeichnisses kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The local copy of the directory could not be converted for this version of InviteDesk: the disk is full or cannot be written. Nothing was deleted; free some space and restart InviteDesk.</source>
        <translation>Die lokale Kopie des Verzeichnisses konnte nicht für diese Version von InviteDesk umgewandelt werden: Der Datenträger ist voll oder nicht beschreibbar. Es wurde nichts gelöscht; geben Sie Speicherplatz frei und starten Sie InviteDesk neu.</translation>
    </message>
    <message>
        <source>The local copy of the directory could not be updated.</source>
        <translation>Die lokale Kopie des Verzeichnisses konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Directory refresh cancelled; the previous copy is kept.</source>
        <translation>Aktualisierung des Verzeichnisses abgebrochen; die vorherige Kopie bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>DirectoryOpenReport</name>
    <message>
        <source>The local copy of the directory was damaged; it was set aside and will be rebuilt from the portal.</source>
        <translation>Die lokale Kopie des Verzeichnisses war beschädigt; sie wurde beiseitegelegt und wird aus dem Portal neu aufgebaut.</translation>
    </message>
    <message>
        <source>The local copy of the directory was written by a newer InviteDesk; it was set aside and will be rebuilt from the portal.</source>
        <translation>Die lokale Kopie des Verzeichnisses wurde von einer neueren InviteDesk-Version geschrieben; sie wurde beiseitegelegt und wird aus dem Portal neu aufgebaut.</translation>
    </message>
</context>
<context>
    <name>DirectorySyncStatus</name>
    <message>
        <source>Offline, the directory was never synced</source>
        <translation>Offline, das Verzeichnis wurde noch nie synchronisiert</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline seit %1</translation>
    </message>
</context>
<context>
    <name>DirectorySyncSummary</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
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
        <translation>Verzeichnis wird synchronisiert: %1 von %2 Personen</translation>
    </message>
    <message>
        <source>Syncing the directory: %1 people</source>
        <translation>Verzeichnis wird synchronisiert: %1 Personen</translation>
    </message>
    <message>
        <source>Directory synced: %1 people, %2 departments (%3).</source>
        <translation>Verzeichnis synchronisiert: %1 Personen, %2 Abteilungen (%3).</translation>
    </message>
    <message>
        <source>The directory could not be synced: %1</source>
        <translation>Das Verzeichnis konnte nicht synchronisiert werden: %1</translation>
    </message>
    <message>
        <source>The directory copy was never synced; syncing it first.</source>
        <translation>Die Verzeichniskopie wurde noch nie synchronisiert; sie wird zuerst synchronisiert.</translation>
    </message>
    <message>
        <source>The directory copy could not be opened.</source>
        <translation>Die Verzeichniskopie konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n people written to %1.</source>
        <translation>
            <numerusform>%n Person in %1 geschrieben.</numerusform>
            <numerusform>%n Personen in %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftTargetChoice</name>
    <message>
        <source>Start &amp;fresh</source>
        <translation>Neu &amp;beginnen</translation>
    </message>
    <message>
        <source>Start fresh: discard the draft</source>
        <translation>Neu beginnen: Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Keep the draft&apos;s target</source>
        <translation>Ziel des Entwurfs behalten</translation>
    </message>
    <message>
        <source>Use the new target</source>
        <translation>Neues Ziel verwenden</translation>
    </message>
    <message>
        <source>The restored draft was composed for %1, and the dialog was opened for %2. Which should it be? Nothing is sent until you choose.</source>
        <translation>Der wiederhergestellte Entwurf wurde für %1 verfasst, der Dialog aber für %2 geöffnet. Welches Ziel soll es sein? Bis Sie wählen, wird nichts gesendet.</translation>
    </message>
    <message>
        <source>&amp;Keep %1</source>
        <translation>%1 &amp;behalten</translation>
    </message>
    <message>
        <source>Keep the draft&apos;s target, %1</source>
        <translation>Ziel des Entwurfs behalten: %1</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>%1 &amp;verwenden</translation>
    </message>
    <message>
        <source>Use %1 for the draft</source>
        <translation>%1 für den Entwurf verwenden</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <source>The address is longer than 254 characters.</source>
        <translation>Die Adresse ist länger als 254 Zeichen.</translation>
    </message>
    <message>
        <source>The address contains spaces.</source>
        <translation>Die Adresse enthält Leerzeichen.</translation>
    </message>
    <message>
        <source>The address has no @.</source>
        <translation>Die Adresse enthält kein @.</translation>
    </message>
    <message>
        <source>The address has more than one @.</source>
        <translation>Die Adresse enthält mehr als ein @.</translation>
    </message>
    <message>
        <source>Nothing comes before the @.</source>
        <translation>Vor dem @ steht nichts.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>Der Teil vor dem @ ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>A quotation mark is not closed.</source>
        <translation>Ein Anführungszeichen wurde nicht geschlossen.</translation>
    </message>
    <message>
        <source>The quoted part before the @ is not valid.</source>
        <translation>Der Teil in Anführungszeichen vor dem @ ist ungültig.</translation>
    </message>
    <message>
        <source>The part before the @ starts or ends with a dot.</source>
        <translation>Der Teil vor dem @ beginnt oder endet mit einem Punkt.</translation>
    </message>
    <message>
        <source>The address has two dots in a row.</source>
        <translation>Die Adresse enthält zwei Punkte hintereinander.</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that is not allowed.</source>
        <translation>Der Teil vor dem @ enthält ein unzulässiges Zeichen.</translation>
    </message>
    <message>
        <source>The domain after the @ is missing.</source>
        <translation>Die Domain nach dem @ fehlt.</translation>
    </message>
    <message>
        <source>The domain starts with a dot.</source>
        <translation>Die Domain beginnt mit einem Punkt.</translation>
    </message>
    <message>
        <source>IP addresses cannot be used as a domain.</source>
        <translation>IP-Adressen können nicht als Domain verwendet werden.</translation>
    </message>
    <message>
        <source>The domain is incomplete (for example, &quot;example.com&quot;).</source>
        <translation>Die Domain ist unvollständig (Beispiel: „example.com“).</translation>
    </message>
    <message>
        <source>The domain contains a character that is not allowed.</source>
        <translation>Die Domain enthält ein unzulässiges Zeichen.</translation>
    </message>
    <message>
        <source>A part of the domain starts or ends with a hyphen.</source>
        <translation>Ein Teil der Domain beginnt oder endet mit einem Bindestrich.</translation>
    </message>
    <message>
        <source>A part of the domain is longer than 63 characters.</source>
        <translation>Ein Teil der Domain ist länger als 63 Zeichen.</translation>
    </message>
    <message>
        <source>The domain is longer than 253 characters.</source>
        <translation>Die Domain ist länger als 253 Zeichen.</translation>
    </message>
    <message>
        <source>The domain ends in a number, not a name.</source>
        <translation>Die Domain endet mit einer Zahl statt mit einem Namen.</translation>
    </message>
    <message>
        <source>The address contains an invisible control character (such as a line break).</source>
        <translation>Die Adresse enthält ein unsichtbares Steuerzeichen (etwa einen Zeilenumbruch).</translation>
    </message>
    <message>
        <source>Addresses with quotation marks before the @ cannot be invited: Bitrix24 accepts only ordinary addresses.</source>
        <translation>Adressen mit Anführungszeichen vor dem @ können nicht eingeladen werden: Bitrix24 akzeptiert nur gewöhnliche Adressen.</translation>
    </message>
    <message>
        <source>A part of the domain starting with &quot;xn--&quot; is not a valid international name.</source>
        <translation>Ein Teil der Domain, der mit „xn--“ beginnt, ist kein gültiger internationaler Name.</translation>
    </message>
</context>
<context>
    <name>EmployeeDetailsPane</name>
    <message>
        <source>Invited, not yet joined</source>
        <translation>Eingeladen, noch nicht beigetreten</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Entlassen</translation>
    </message>
    <message>
        <source>Extranet user</source>
        <translation>Extranet-Benutzer</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Selected person</source>
        <translation>Ausgewählte Person</translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation>Wählen Sie eine Person aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>Abteilungen:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Telefonnummern:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Registriert:</translation>
    </message>
    <message>
        <source>Last login:</source>
        <translation>Letzte Anmeldung:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>&amp;Copy e-mail</source>
        <translation>E-Mail &amp;kopieren</translation>
    </message>
    <message>
        <source>Open &amp;profile in the portal</source>
        <translation>&amp;Profil im Portal öffnen</translation>
    </message>
    <message>
        <source>&amp;Invite again in the portal…</source>
        <translation>Im Portal erneut e&amp;inladen…</translation>
    </message>
    <message>
        <source>The sandbox portal has no profile pages.</source>
        <translation>Das Sandbox-Portal hat keine Profilseiten.</translation>
    </message>
    <message>
        <source>&amp;Reinstate in the portal…</source>
        <translation>Im Portal &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Opens the profile, where the portal offers this</source>
        <translation>Öffnet das Profil, wo das Portal dies anbietet</translation>
    </message>
    <message>
        <source>Copy e-mail</source>
        <translation>E-Mail kopieren</translation>
    </message>
    <message>
        <source>In the por&amp;tal</source>
        <translation>Im Por&amp;tal</translation>
    </message>
    <message>
        <source>In the portal</source>
        <translation>Im Portal</translation>
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
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>EmployeesPage</name>
    <message>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <source>Filters the list as you type: name, e-mail, position or phone</source>
        <translation>Filtert die Liste während der Eingabe: Name, E-Mail, Position oder Telefon</translation>
    </message>
    <message>
        <source>Name, e-mail, position or phone</source>
        <translation>Name, E-Mail, Position oder Telefon</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Which people to list: everyone, employees, pending invitations, dismissed or extranet users</source>
        <translation>Welche Personen angezeigt werden: alle, Mitarbeiter, ausstehende Einladungen, entlassene oder Extranet-Benutzer</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Invited, not yet joined</source>
        <translation>Eingeladen, noch nicht beigetreten</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Entlassen</translation>
    </message>
    <message>
        <source>Extranet</source>
        <translation>Extranet</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>A&amp;nzeigen:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <source>I&amp;nvite users…</source>
        <translation>Mitarbeiter &amp;einladen…</translation>
    </message>
    <message>
        <source>Invite users…</source>
        <translation>Mitarbeiter einladen…</translation>
    </message>
    <message>
        <source>Opens the invite dialog</source>
        <translation>Öffnet den Einladungsdialog</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>The directory is not available yet. It appears here once it has been downloaded from the portal.</source>
        <translation>Das Verzeichnis ist noch nicht verfügbar. Es erscheint hier, sobald es vom Portal heruntergeladen wurde.</translation>
    </message>
    <message>
        <source>No one matches “%1”.
Check the spelling, or try fewer letters or another filter.</source>
        <translation>Niemand entspricht „%1“.
Prüfen Sie die Schreibweise oder versuchen Sie es mit weniger Buchstaben oder einem anderen Filter.</translation>
    </message>
    <message>
        <source>No people match these filters.</source>
        <translation>Keine Personen entsprechen diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting people…</source>
        <translation>Personen werden gezählt…</translation>
    </message>
    <message>
        <source>Names are found in other spellings too: &quot;mueller&quot; finds Müller, &quot;dmitriy&quot; finds Дмитрий, &quot;юлия&quot; finds Julia.</source>
        <translation>Namen werden auch in anderen Schreibweisen gefunden: „mueller“ findet Müller, „dmitriy“ findet Дмитрий, „юлия“ findet Julia.</translation>
    </message>
</context>
<context>
    <name>HeadlessInviter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the report %1: name a .csv or .json file in a writable folder.</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: Geben Sie eine .csv- oder .json-Datei in einem beschreibbaren Ordner an.</translation>
    </message>
    <message>
        <source>Employees need a department: pass --department &lt;name or ID&gt; or add a department column to the file.</source>
        <translation>Mitarbeiter brauchen eine Abteilung: Geben Sie --department &lt;Name oder ID&gt; an oder fügen Sie der Datei eine Abteilungsspalte hinzu.</translation>
    </message>
    <message>
        <source>The portal has no department &quot;%1&quot;; --list-departments shows them all.</source>
        <translation>Das Portal hat keine Abteilung „%1“; --list-departments zeigt alle.</translation>
    </message>
    <message>
        <source>Several departments are called &quot;%1&quot;; pass its ID (see --list-departments).</source>
        <translation>Mehrere Abteilungen heißen „%1“; geben Sie ihre ID an (siehe --list-departments).</translation>
    </message>
    <message>
        <source>Checking addresses with the portal: %1 of %2</source>
        <translation>Adressen werden beim Portal geprüft: %1 von %2</translation>
    </message>
    <message>
        <source>The outbox did not queue every planned invitation; nothing is sent.</source>
        <translation>Der Postausgang hat nicht jede geplante Einladung eingereiht; nichts wird gesendet.</translation>
    </message>
    <message>
        <source>Sending invitations: %1 of %2 answered</source>
        <translation>Einladungen werden gesendet: %1 von %2 beantwortet</translation>
    </message>
    <message>
        <source>Nothing was sent; invitations already queued stay queued for invitedesk --send-pending.</source>
        <translation>Nichts wurde gesendet; bereits eingereihte Einladungen bleiben für invitedesk --send-pending in der Warteschlange.</translation>
    </message>
    <message>
        <source>Invited: user %1.</source>
        <translation>Eingeladen: Benutzer %1.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer does not say whether the user was created (%1); review it in the app&apos;s outbox.</source>
        <translation>Die Antwort des Portals sagt nicht, ob der Benutzer angelegt wurde (%1); prüfen Sie es im Postausgang der App.</translation>
    </message>
    <message>
        <source>Not sent yet; invitedesk --send-pending sends it.</source>
        <translation>Noch nicht gesendet; invitedesk --send-pending sendet sie.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) not sent stay queued; invitedesk --send-pending sends them later.</source>
        <translation>
            <numerusform>%n nicht gesendete Einladung bleibt in der Warteschlange; invitedesk --send-pending sendet sie später.</numerusform>
            <numerusform>%n nicht gesendete Einladungen bleiben in der Warteschlange; invitedesk --send-pending sendet sie später.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation>Nichts wurde in den Postausgang gestellt.</translation>
    </message>
</context>
<context>
    <name>InvitationAuditLog</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Eingeladen von</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Registerkarte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Portal answer</source>
        <translation>Antwort des Portals</translation>
    </message>
</context>
<context>
    <name>InvitationFailure</name>
    <message>
        <source>Duplicate: a user with this e-mail already exists on the portal.</source>
        <translation>Duplikat: Im Portal gibt es bereits einen Benutzer mit dieser E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Invalid: the portal did not accept the address or the details.</source>
        <translation>Ungültig: Das Portal hat die Adresse oder die Angaben nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Limit: the plan&apos;s user limit is reached. Free seats or upgrade the plan, then retry.</source>
        <translation>Limit: Das Benutzerlimit des Tarifs ist erreicht. Geben Sie Plätze frei oder wechseln Sie zu einem höheren Tarif und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Rights: only administrators can invite unless the portal lets everyone invite.</source>
        <translation>Rechte: Nur Administratoren können einladen, sofern das Portal nicht allen das Einladen erlaubt.</translation>
    </message>
    <message>
        <source>Network: will be sent when the portal is reachable.</source>
        <translation>Netzwerk: Wird gesendet, sobald das Portal erreichbar ist.</translation>
    </message>
    <message>
        <source>The portal asked to slow down; will be sent shortly.</source>
        <translation>Das Portal hat um eine Verlangsamung gebeten; wird in Kürze gesendet.</translation>
    </message>
    <message>
        <source>The portal answered with an unexpected error: %1</source>
        <translation>Das Portal hat mit einem unerwarteten Fehler geantwortet: %1</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Sign in again: the portal no longer accepts InviteDesk&apos;s sign-in (it expired or was revoked). The invitation is kept and sent once you have signed in.</source>
        <translation>Melden Sie sich erneut an: Das Portal akzeptiert die Anmeldung von InviteDesk nicht mehr (sie ist abgelaufen oder wurde widerrufen). Die Einladung bleibt erhalten und wird nach der Anmeldung gesendet.</translation>
    </message>
    <message>
        <source>sign in again</source>
        <translation>erneut anmelden</translation>
    </message>
    <message>
        <source>Invalid address: the portal does not accept this e-mail address. Check it for typing errors; before the @ the portal accepts only Latin letters, digits and common symbols, no accented letters such as é.</source>
        <translation>Ungültige Adresse: Das Portal nimmt diese E-Mail-Adresse nicht an. Prüfen Sie sie auf Tippfehler; vor dem @ akzeptiert das Portal nur lateinische Buchstaben, Ziffern und gängige Zeichen, keine Buchstaben mit Akzent wie é.</translation>
    </message>
    <message>
        <source>No department: the portal needs a department for an employee. Choose one and invite again.</source>
        <translation>Keine Abteilung: Das Portal braucht für Mitarbeitende eine Abteilung. Wählen Sie eine und laden Sie erneut ein.</translation>
    </message>
    <message>
        <source>No workgroup: the portal needs a workgroup for an extranet user. Choose one and invite again.</source>
        <translation>Keine Arbeitsgruppe: Das Portal braucht für Extranet-Nutzer eine Arbeitsgruppe. Wählen Sie eine und laden Sie erneut ein.</translation>
    </message>
    <message>
        <source>Unknown workgroup: the chosen workgroup does not exist on the portal (any more). Refresh the directory and choose another.</source>
        <translation>Unbekannte Arbeitsgruppe: Die gewählte Arbeitsgruppe gibt es auf dem Portal (nicht mehr). Aktualisieren Sie das Verzeichnis und wählen Sie eine andere.</translation>
    </message>
</context>
<context>
    <name>InvitationOutbox</name>
    <message>
        <source>An extranet user must be invited into at least one workgroup.</source>
        <translation>Ein Extranet-Benutzer muss in mindestens eine Arbeitsgruppe eingeladen werden.</translation>
    </message>
    <message>
        <source>An employee must be invited into a department.</source>
        <translation>Ein Mitarbeiter muss in eine Abteilung eingeladen werden.</translation>
    </message>
    <message>
        <source>Checking the portal before sending again.</source>
        <translation>Das Portal wird vor dem erneuten Senden geprüft.</translation>
    </message>
</context>
<context>
    <name>InvitationPlan</name>
    <message>
        <source>No e-mail address.</source>
        <translation>Keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The same address as line %1 of this file.</source>
        <translation>Dieselbe Adresse wie in Zeile %1 dieser Datei.</translation>
    </message>
    <message>
        <source>Invited earlier by InviteDesk (%1, user %2).</source>
        <translation>Früher von InviteDesk eingeladen (%1, Benutzer %2).</translation>
    </message>
    <message>
        <source>An earlier invitation to this address has an unknown outcome; review it in the app&apos;s outbox.</source>
        <translation>Das Ergebnis einer früheren Einladung an diese Adresse ist unbekannt; prüfen Sie es im Postausgang der App.</translation>
    </message>
    <message>
        <source>Queued by an earlier run.</source>
        <translation>Von einem früheren Lauf eingereiht.</translation>
    </message>
    <message>
        <source>Already a user of the portal (user %1).</source>
        <translation>Bereits Benutzer des Portals (Benutzer %1).</translation>
    </message>
    <message>
        <source>Already invited, has not joined yet (user %1).</source>
        <translation>Bereits eingeladen, noch nicht beigetreten (Benutzer %1).</translation>
    </message>
    <message>
        <source>A dismissed user has this address (user %1); the portal does not reuse it.</source>
        <translation>Ein entlassener Benutzer hat diese Adresse (Benutzer %1); das Portal verwendet sie nicht erneut.</translation>
    </message>
    <message>
        <source>No department: fill the row&apos;s department column or pass --department.</source>
        <translation>Keine Abteilung: Füllen Sie die Abteilungsspalte der Zeile aus oder geben Sie --department an.</translation>
    </message>
    <message>
        <source>The portal has no department &quot;%1&quot; (see --list-departments).</source>
        <translation>Das Portal hat keine Abteilung „%1“ (siehe --list-departments).</translation>
    </message>
    <message>
        <source>Several departments are called &quot;%1&quot;; use its ID (see --list-departments).</source>
        <translation>Mehrere Abteilungen heißen „%1“; verwenden Sie ihre ID (siehe --list-departments).</translation>
    </message>
</context>
<context>
    <name>InvitationPreview</name>
    <message>
        <source>Invitation to %1</source>
        <translation>Einladung zu „%1“</translation>
    </message>
    <message>
        <source>%1 invites you to %2</source>
        <translation>%1 lädt Sie zu „%2“ ein</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>You received this e-mail because %1 invited you to %2.</source>
        <translation>Sie erhalten diese E-Mail, weil %1 Sie zu „%2“ eingeladen hat.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>Accept invitation</source>
        <translation>Einladung annehmen</translation>
    </message>
    <message>
        <source>Bitrix24 adds this button with the person&apos;s own link to join.</source>
        <translation>Bitrix24 versieht diese Schaltfläche mit dem persönlichen Beitrittslink der Person.</translation>
    </message>
</context>
<context>
    <name>InvitationSendProgress</name>
    <message>
        <source>Sent %1 · skipped %2 · failed %3 · waiting %4</source>
        <translation>Gesendet %1 · übersprungen %2 · fehlgeschlagen %3 · wartend %4</translation>
    </message>
    <message>
        <source> · cancelled %1</source>
        <translation> · abgebrochen %1</translation>
    </message>
</context>
<context>
    <name>InvitationSender</name>
    <message>
        <source>Will be sent when the portal is reachable.</source>
        <translation>Wird gesendet, sobald das Portal erreichbar ist.</translation>
    </message>
    <message>
        <source>found on the portal after an interruption: user %1</source>
        <translation>nach einer Unterbrechung im Portal gefunden: Benutzer %1</translation>
    </message>
    <message>
        <source>not found on the portal after an interruption; queued again</source>
        <translation>nach einer Unterbrechung nicht im Portal gefunden; erneut in die Warteschlange gestellt</translation>
    </message>
    <message>
        <source>no answer for this call</source>
        <translation>keine Antwort auf diesen Aufruf</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n time(s) without an answer, and the portal does not list the address. Check in Bitrix24 whether the person was invited, then retry or discard.</source>
        <translation>
            <numerusform>%n-mal ohne Antwort gesendet, und das Portal führt die Adresse nicht. Prüfen Sie in Bitrix24, ob die Person eingeladen wurde, und wiederholen oder verwerfen Sie dann.</numerusform>
            <numerusform>%n-mal ohne Antwort gesendet, und das Portal führt die Adresse nicht. Prüfen Sie in Bitrix24, ob die Person eingeladen wurde, und wiederholen oder verwerfen Sie dann.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>held for review after %n attempt(s) without an answer (%1); not found on the portal</source>
        <translation>
            <numerusform>nach %n Versuch ohne Antwort zur Prüfung zurückgehalten (%1); nicht im Portal gefunden</numerusform>
            <numerusform>nach %n Versuchen ohne Antwort zur Prüfung zurückgehalten (%1); nicht im Portal gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>earlier run</source>
        <translation>früherer Lauf</translation>
    </message>
</context>
<context>
    <name>InvitationState</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Prüfung erforderlich</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>InviteByEmailTab</name>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>&amp;CSV importieren…</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>Entwurf &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>Em&amp;pfänger:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>E-mail addresses separated by commas, semicolons, spaces or new lines; Name &lt;address&gt; works too.</source>
        <translation>E-Mail-Adressen, getrennt durch Kommas, Semikolons, Leerzeichen oder Zeilenumbrüche; auch Name &lt;Adresse&gt; ist möglich.</translation>
    </message>
    <message>
        <source>anna@example.com, Boris Petrov &lt;boris@example.com&gt;; …</source>
        <translation>anna@example.com, Max Mustermann &lt;max@example.com&gt;; …</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Enter</translation>
    </message>
    <message>
        <source>Type, paste or import the addresses of the people to invite.</source>
        <translation>Geben Sie die Adressen der einzuladenden Personen ein, fügen Sie sie ein oder importieren Sie sie.</translation>
    </message>
    <message>
        <source>Nothing can be sent: the outbox is not available.</source>
        <translation>Es kann nichts gesendet werden: Der Postausgang ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Nobody in the list is ready to be invited.</source>
        <translation>Niemand in der Liste kann eingeladen werden.</translation>
    </message>
    <message>
        <source>The invitations could not be written to the outbox, so nothing was sent: %1</source>
        <translation>Die Einladungen konnten nicht in den Postausgang geschrieben werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>Empfänger importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Restored the draft saved %1.</source>
        <translation>Entwurf vom %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>Der Entwurf wurde verworfen.</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>&amp;Vorlage speichern…</translation>
    </message>
    <message>
        <source>Save a template CSV file</source>
        <translation>Eine CSV-Vorlage speichern</translation>
    </message>
    <message>
        <source>A CSV file with the columns the import recognises, to fill in</source>
        <translation>Eine CSV-Datei mit den Spalten, die der Import erkennt, zum Ausfüllen</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>Die Vorlage konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved a template to %1. Fill it in and import it.</source>
        <translation>Vorlage unter %1 gespeichert. Füllen Sie sie aus und importieren Sie sie.</translation>
    </message>
    <message>
        <source>Waiting for you to confirm the send.</source>
        <translation>Wartet auf Ihre Bestätigung des Versands.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Writing the invitations to the outbox: %1 of %2. %3</source>
        <translation>Einladungen werden in den Postausgang geschrieben: %1 von %2. %3</translation>
    </message>
    <message>
        <source>Stopping: the invitations not sent yet are being cancelled…</source>
        <translation>Wird angehalten: Die noch nicht gesendeten Einladungen werden storniert…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n invitation(s) not sent yet were cancelled.</source>
        <translation>
            <numerusform>Angehalten: %n noch nicht gesendete Einladung wurde storniert.</numerusform>
            <numerusform>Angehalten: %n noch nicht gesendete Einladungen wurden storniert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The invitations not sent yet could not be cancelled: %1</source>
        <translation>Die noch nicht gesendeten Einladungen konnten nicht storniert werden: %1</translation>
    </message>
    <message>
        <source>The rest could not be written to the outbox, so it was not sent: %1</source>
        <translation>Der Rest konnte nicht in den Postausgang geschrieben werden und wurde daher nicht gesendet: %1</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>Senden &amp;anhalten</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Senden anhalten</translation>
    </message>
    <message>
        <source>Queue no more and cancel the invitations not sent yet</source>
        <translation>Nichts mehr einreihen und die noch nicht gesendeten Einladungen stornieren</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite users</source>
        <translation>Mitarbeiter einladen</translation>
    </message>
    <message>
        <source>Invite users to %1</source>
        <translation>Mitarbeiter zu %1 einladen</translation>
    </message>
    <message>
        <source>Ways to invite</source>
        <translation>Einladungswege</translation>
    </message>
    <message>
        <source>&amp;Quick Registration</source>
        <translation>&amp;Schnellregistrierung</translation>
    </message>
    <message>
        <source>Invite by &amp;Email</source>
        <translation>Per &amp;E-Mail einladen</translation>
    </message>
    <message>
        <source>Regis&amp;ter</source>
        <translation>Regis&amp;trieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>Post&amp;ausgang…</translation>
    </message>
    <message>
        <source>Show the outbox</source>
        <translation>Postausgang anzeigen</translation>
    </message>
</context>
<context>
    <name>InviteError</name>
    <message>
        <source>The outbox cannot be written: the disk is full or refuses writes. Invitations already in the outbox are kept; free some space, then try again.</source>
        <translation>Der Postausgang kann nicht beschrieben werden: Der Datenträger ist voll oder verweigert das Schreiben. Einladungen, die bereits im Postausgang sind, bleiben erhalten; geben Sie Speicherplatz frei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The outbox file cannot be opened.</source>
        <translation>Die Postausgangsdatei kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The outbox file is damaged. It is left as it is; nothing is sent from it.</source>
        <translation>Die Postausgangsdatei ist beschädigt. Sie bleibt unverändert; aus ihr wird nichts gesendet.</translation>
    </message>
    <message>
        <source>The outbox file was written by a newer version of InviteDesk. It is left as it is; update InviteDesk to use it.</source>
        <translation>Die Postausgangsdatei wurde von einer neueren Version von InviteDesk geschrieben. Sie bleibt unverändert; aktualisieren Sie InviteDesk, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>The outbox could not be read or changed.</source>
        <translation>Der Postausgang konnte nicht gelesen oder geändert werden.</translation>
    </message>
    <message>
        <source>The invitation cannot be changed now: it was sent, is on its way, or the address is waiting in another invitation.</source>
        <translation>Die Einladung kann jetzt nicht geändert werden: Sie wurde gesendet, ist unterwegs, oder die Adresse wartet in einer anderen Einladung.</translation>
    </message>
    <message>
        <source>The portal refuses the invitations.</source>
        <translation>Das Portal lehnt die Einladungen ab.</translation>
    </message>
    <message>
        <source>The portal cannot be reached; the invitations are sent later.</source>
        <translation>Das Portal ist nicht erreichbar; die Einladungen werden später gesendet.</translation>
    </message>
    <message>
        <source>The file cannot be written there; choose another folder or name.</source>
        <translation>Die Datei kann dort nicht geschrieben werden; wählen Sie einen anderen Ordner oder Namen.</translation>
    </message>
    <message>
        <source>Stopped; nothing more was written to the outbox.</source>
        <translation>Angehalten; es wurde nichts mehr in den Postausgang geschrieben.</translation>
    </message>
</context>
<context>
    <name>InviteTargetPicker</name>
    <message>
        <source>E&amp;mployee in department:</source>
        <translation>Mitar&amp;beiter in Abteilung:</translation>
    </message>
    <message>
        <source>E&amp;xtranet user in workgroups:</source>
        <translation>E&amp;xtranet-Benutzer in Arbeitsgruppen:</translation>
    </message>
    <message>
        <source>Employee in department</source>
        <translation>Mitarbeiter in Abteilung</translation>
    </message>
    <message>
        <source>Extranet user in workgroups</source>
        <translation>Extranet-Benutzer in Arbeitsgruppen</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Type to find a department.</source>
        <translation>Tippen Sie, um eine Abteilung zu finden.</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Workgroups</source>
        <translation>Arbeitsgruppen</translation>
    </message>
    <message>
        <source>Check the workgroups the extranet user joins.</source>
        <translation>Wählen Sie die Arbeitsgruppen aus, denen der Extranet-Benutzer beitritt.</translation>
    </message>
    <message>
        <source>No workgroups are known for this portal.</source>
        <translation>Für dieses Portal sind keine Arbeitsgruppen bekannt.</translation>
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
        <translation>Gesendet: Benutzer %1 erstellt; das Portal versendet die Einladung per E-Mail.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Only administrators can invite unless an administrator turns on &quot;Allow everyone to invite&quot; in the portal&apos;s invitation settings. You can still try; the portal will refuse if you lack the right.</source>
        <translation>Nur Administratoren können einladen, es sei denn, ein Administrator aktiviert „Allen erlauben, einzuladen“ in den Einladungseinstellungen des Portals. Sie können es trotzdem versuchen; das Portal lehnt ab, wenn Ihnen das Recht fehlt.</translation>
    </message>
    <message>
        <source>Waiting for the portal</source>
        <translation>Wartet auf das Portal</translation>
    </message>
    <message>
        <source>The portal does not let you invite: &quot;Allow everyone to invite&quot; is off in its invitation settings (Settings → Employees → Invitations), so only administrators can invite. Ask an administrator to turn it on; InviteDesk checks again every few minutes and when you refresh.</source>
        <translation>Das Portal lässt Sie nicht einladen: „Allen erlauben, einzuladen“ ist in seinen Einladungseinstellungen ausgeschaltet (Einstellungen → Mitarbeiter → Einladungen), daher können nur Administratoren einladen. Bitten Sie einen Administrator, es einzuschalten; InviteDesk prüft alle paar Minuten und beim Aktualisieren erneut.</translation>
    </message>
    <message>
        <source>You cannot invite: &quot;Allow everyone to invite&quot; is off in the portal&apos;s invitation settings.</source>
        <translation>Sie können nicht einladen: „Allen erlauben, einzuladen“ ist in den Einladungseinstellungen des Portals ausgeschaltet.</translation>
    </message>
    <message>
        <source>Only administrators can invite unless &quot;Allow everyone to invite&quot; is on in the portal.</source>
        <translation>Nur Administratoren können einladen, außer „Allen erlauben, einzuladen“ ist im Portal eingeschaltet.</translation>
    </message>
</context>
<context>
    <name>LargeSendConfirmation</name>
    <message numerus="yes">
        <source>Invite %n people to %1?</source>
        <translation>
            <numerusform>%n Person zu %1 einladen?</numerusform>
            <numerusform>%n Personen zu %1 einladen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats: %1 of the plan&apos;s %2 are in use as far as the directory knows, %3 free.</source>
        <translation>Plätze: %1 von %2 des Tarifs sind laut Verzeichnis belegt, %3 frei.</translation>
    </message>
    <message numerus="yes">
        <source>This send needs %n more seat(s) than are free: the portal will refuse the invitations beyond the limit.</source>
        <translation>
            <numerusform>Dieser Versand braucht %n Platz mehr, als frei ist: Das Portal lehnt die Einladungen über dem Limit ab.</numerusform>
            <numerusform>Dieser Versand braucht %n Plätze mehr, als frei sind: Das Portal lehnt die Einladungen über dem Limit ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After this send %n seat(s) will be free.</source>
        <translation>
            <numerusform>Nach diesem Versand ist %n Platz frei.</numerusform>
            <numerusform>Nach diesem Versand sind %n Plätze frei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats: %1 in use as far as the directory knows; this send adds %2. Enter the plan&apos;s user limit in Preferences to see how many are free.</source>
        <translation>Plätze: laut Verzeichnis %1 belegt; dieser Versand fügt %2 hinzu. Tragen Sie das Nutzerlimit des Tarifs in den Einstellungen ein, um die freien Plätze zu sehen.</translation>
    </message>
    <message>
        <source>The directory copy does not tell how many seats are in use.</source>
        <translation>Die Verzeichniskopie sagt nicht, wie viele Plätze belegt sind.</translation>
    </message>
    <message>
        <source>Confirm a large send</source>
        <translation>Großen Versand bestätigen</translation>
    </message>
    <message numerus="yes">
        <source>Invite %n</source>
        <translation>
            <numerusform>%n einladen</numerusform>
            <numerusform>%n einladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>InviteDesk invites people to a Bitrix24 portal. With no portal configured it opens on the built-in sandbox portal.</source>
        <translation>InviteDesk lädt Personen in ein Bitrix24-Portal ein. Ist kein Portal konfiguriert, wird das integrierte Sandbox-Portal geöffnet.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Version anzeigen.</translation>
    </message>
    <message>
        <source>Open on the built-in sandbox portal (training mode).</source>
        <translation>Mit dem integrierten Sandbox-Portal starten (Trainingsmodus).</translation>
    </message>
    <message>
        <source>webhook-url</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Use this interface language (e.g. en, ru, de).</source>
        <translation>Diese Sprache für die Oberfläche verwenden (z. B. en, ru, de).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Number of employees in the sandbox&apos;s demo company.</source>
        <translation>Anzahl der Mitarbeiter im Demo-Unternehmen des Sandbox-Portals.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Send the invitations earlier runs left in the outbox, then exit.</source>
        <translation>Die von früheren Läufen im Postausgang verbliebenen Einladungen senden und dann beenden.</translation>
    </message>
    <message>
        <source>Exit as soon as the window shows a connected portal (for smoke tests).</source>
        <translation>Beenden, sobald das Fenster ein verbundenes Portal anzeigt (für Smoke-Tests).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--sandbox and --portal cannot be used together.</source>
        <translation>--sandbox und --portal können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--portal needs a webhook URL such as https://example.bitrix24.com/rest/1/secret/</source>
        <translation>--portal erfordert eine Webhook-URL wie https://example.bitrix24.com/rest/1/secret/</translation>
    </message>
    <message>
        <source>--lang needs a language code such as en, ru or pt_BR.</source>
        <translation>--lang erfordert einen Sprachcode wie en, ru oder pt_BR.</translation>
    </message>
    <message>
        <source>--sandbox-users needs a number from 1 to 500000.</source>
        <translation>--sandbox-users erfordert eine Zahl von 1 bis 500000.</translation>
    </message>
    <message>
        <source>Connect to the portal of this inbound webhook URL; &quot;-&quot; reads it from standard input. Scheduled jobs: use --account or the INVITEDESK_WEBHOOK environment variable instead, so the secret is not in the process list.</source>
        <translation>Mit dem Portal dieser eingehenden Webhook-URL verbinden; „-“ liest sie von der Standardeingabe. Geplante Aufgaben: verwenden Sie stattdessen --account oder die Umgebungsvariable INVITEDESK_WEBHOOK, damit das Geheimnis nicht in der Prozessliste steht.</translation>
    </message>
    <message>
        <source>Invite everyone in this CSV file without opening a window, then exit (0: all sent or nothing to do, 2: bad input, 3: portal unreachable, 4: some rows failed or were invalid).</source>
        <translation>Alle in dieser CSV-Datei ohne Fenster einladen, dann beenden (0: alle gesendet oder nichts zu tun, 2: fehlerhafte Eingabe, 3: Portal nicht erreichbar, 4: einige Zeilen fehlgeschlagen oder ungültig).</translation>
    </message>
    <message>
        <source>Department (name or ID) for the rows of --invite-csv that name none.</source>
        <translation>Abteilung (Name oder ID) für die Zeilen von --invite-csv, die keine nennen.</translation>
    </message>
    <message>
        <source>department</source>
        <translation>abteilung</translation>
    </message>
    <message>
        <source>Print the portal&apos;s departments with their IDs, then exit.</source>
        <translation>Die Abteilungen des Portals mit ihren IDs ausgeben, dann beenden.</translation>
    </message>
    <message>
        <source>Refresh the local copy of the directory, then exit.</source>
        <translation>Die lokale Kopie des Verzeichnisses aktualisieren, dann beenden.</translation>
    </message>
    <message>
        <source>Write the cached people (name, e-mail, position, departments, state) to this CSV file.</source>
        <translation>Die zwischengespeicherten Personen (Name, E-Mail, Position, Abteilungen, Status) in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>Write the outcome of every row to this file (.csv or .json).</source>
        <translation>Das Ergebnis jeder Zeile in diese Datei schreiben (.csv oder .json).</translation>
    </message>
    <message>
        <source>Use the portal account the app stored (its portal address); the secret comes from the system keychain.</source>
        <translation>Das von der App gespeicherte Portalkonto verwenden (seine Portaladresse); das Geheimnis kommt aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>portal</source>
        <translation>portal</translation>
    </message>
    <message>
        <source>Give up with exit code 3 when the portal gives no usable answer for this many seconds (default 120).</source>
        <translation>Mit Exit-Code 3 aufgeben, wenn das Portal so viele Sekunden lang keine brauchbare Antwort gibt (Standard 120).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunden</translation>
    </message>
    <message>
        <source>End a run without a window after this many seconds at most (exit code 3).</source>
        <translation>Einen Lauf ohne Fenster nach höchstens so vielen Sekunden beenden (Exit-Code 3).</translation>
    </message>
    <message>
        <source>--department needs a department name or ID.</source>
        <translation>--department braucht einen Abteilungsnamen oder eine ID.</translation>
    </message>
    <message>
        <source>--retry-for needs a number of seconds from 1 to 86400.</source>
        <translation>--retry-for braucht eine Sekundenzahl von 1 bis 86400.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 86400.</source>
        <translation>--timeout braucht eine Sekundenzahl von 1 bis 86400.</translation>
    </message>
    <message>
        <source>Choose one of --invite-csv, --send-pending, --list-departments and --sync/--export-directory.</source>
        <translation>Wählen Sie eines von --invite-csv, --send-pending, --list-departments und --sync/--export-directory.</translation>
    </message>
    <message>
        <source>--report needs a .csv or .json file and --invite-csv or --send-pending.</source>
        <translation>--report braucht eine .csv- oder .json-Datei und --invite-csv oder --send-pending.</translation>
    </message>
    <message>
        <source>--portal - (read from standard input) is for runs without a window.</source>
        <translation>--portal - (von der Standardeingabe lesen) ist für Läufe ohne Fenster.</translation>
    </message>
    <message>
        <source>Keep settings and data files in this folder (a second profile, or a portable copy); the INVITEDESK_PROFILE variable does the same.</source>
        <translation>Einstellungen und Datendateien in diesem Ordner ablegen (ein zweites Profil oder eine portable Kopie); die Variable INVITEDESK_PROFILE bewirkt dasselbe.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation>--profile benötigt einen Ordner.</translation>
    </message>
</context>
<context>
    <name>ListEnumeration</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
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
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Angemeldeter Benutzer</translation>
    </message>
    <message>
        <source>Last directory sync</source>
        <translation>Letzte Verzeichnissynchronisierung</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Directory sync progress</source>
        <translation>Fortschritt der Verzeichnissynchronisierung</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>&amp;Invite users…</source>
        <translation>Mitarbeiter &amp;einladen…</translation>
    </message>
    <message>
        <source>Invite people to the portal (Ctrl+I)</source>
        <translation>Personen ins Portal einladen (Strg+I)</translation>
    </message>
    <message>
        <source>&amp;Refresh directory</source>
        <translation>Verzeichnis a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Connect a portal…</source>
        <translation>Portal &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Forget this portal and remove its secrets from the keychain</source>
        <translation>Dieses Portal vergessen und seine Zugangsdaten aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>Postaus&amp;gang…</translation>
    </message>
    <message>
        <source>Invitations and their results (Ctrl+O)</source>
        <translation>Einladungen und ihre Ergebnisse (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Portal</source>
        <translation>&amp;Portal</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Training mode notice</source>
        <translation>Hinweis zum Trainingsmodus</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox portal&lt;/b&gt; — training mode. Everything here happens on a simulated portal on this computer; nobody receives a real invitation.</source>
        <translation>&lt;b&gt;Sandbox-Portal&lt;/b&gt; — Trainingsmodus. Alles geschieht hier auf einem simulierten Portal auf diesem Computer; niemand erhält eine echte Einladung.</translation>
    </message>
    <message>
        <source>InviteDesk — Sandbox portal</source>
        <translation>InviteDesk — Sandbox-Portal</translation>
    </message>
    <message>
        <source>InviteDesk — %1</source>
        <translation>InviteDesk — %1</translation>
    </message>
    <message>
        <source>Sandbox portal (%1)</source>
        <translation>Sandbox-Portal (%1)</translation>
    </message>
    <message>
        <source>%1 · administrator</source>
        <translation>%1 · Administrator</translation>
    </message>
    <message>
        <source>%1 · employee</source>
        <translation>%1 · Mitarbeiter</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert: %1</translation>
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
        <translation>Kein Portal verbunden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>The local copy of the directory, the outbox and the audit log</source>
        <translation>Die lokale Kopie des Verzeichnisses, der Postausgang und das Protokoll</translation>
    </message>
    <message>
        <source>&amp;About InviteDesk</source>
        <translation>&amp;Über InviteDesk</translation>
    </message>
    <message>
        <source>About InviteDesk</source>
        <translation>Über InviteDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;InviteDesk %1&lt;/b&gt;&lt;p&gt;Invites people to a Bitrix24 portal and keeps a local copy of the company directory for instant search.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;InviteDesk %1&lt;/b&gt;&lt;p&gt;Lädt Personen in ein Bitrix24-Portal ein und hält eine lokale Kopie des Firmenverzeichnisses für die sofortige Suche.&lt;/p&gt;&lt;p&gt;Datenordner: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>In the invite dialog: invite the people listed</source>
        <translation>Im Einladungsdialog: die aufgeführten Personen einladen</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>Einen Dialog schließen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Bring the company directory up to date with the portal (F5)</source>
        <translation>Das Firmenverzeichnis mit dem Portal abgleichen (F5)</translation>
    </message>
    <message>
        <source>&amp;Full refresh</source>
        <translation>V&amp;ollständig aktualisieren</translation>
    </message>
    <message>
        <source>Download the whole company directory again, also noticing people removed from the portal (Shift+F5)</source>
        <translation>Das ganze Firmenverzeichnis neu laden und dabei auch aus dem Portal entfernte Personen erkennen (Umschalt+F5)</translation>
    </message>
    <message>
        <source>Connect your portal…</source>
        <translation>Ihr Portal verbinden…</translation>
    </message>
    <message>
        <source>Invitation rights notice</source>
        <translation>Hinweis zum Einladungsrecht</translation>
    </message>
    <message>
        <source>%1 · employee, may invite</source>
        <translation>%1 · Mitarbeiter, darf einladen</translation>
    </message>
    <message>
        <source>%1 · employee, may not invite</source>
        <translation>%1 · Mitarbeiter, darf nicht einladen</translation>
    </message>
</context>
<context>
    <name>MessageComposer</name>
    <message>
        <source>Messa&amp;ge:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>The invitation text. Placeholders in braces, such as {first_name}, are filled per recipient.</source>
        <translation>Der Einladungstext. Platzhalter in geschweiften Klammern wie {first_name} werden für jeden Empfänger ausgefüllt.</translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation>Platzhalter ein&amp;fügen</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Platzhalter einfügen</translation>
    </message>
    <message>
        <source>Saved templates</source>
        <translation>Gespeicherte Vorlagen</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save template as</source>
        <translation>Vorlage speichern unter</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>Preview of the invitation e-mail</source>
        <translation>Vorschau der Einladungs-E-Mail</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>(unsaved text)</source>
        <translation>(nicht gespeicherter Text)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Template &amp;name:</source>
        <translation>Vorlagen&amp;name:</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>Die Vorlage konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message numerus="yes">
        <source>Unknown placeholder(s): %1. Known: %2.</source>
        <translation>
            <numerusform>%n unbekannter Platzhalter: %1. Bekannt: %2.</numerusform>
            <numerusform>%n unbekannte Platzhalter: %1. Bekannt: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello {first_name},

{inviter} invites you to join {portal}, our company&apos;s Bitrix24, where we chat, share files and plan our work together.

Accept the invitation to set your password and sign in.

See you there!</source>
        <translation>Hallo {first_name},

{inviter} lädt Sie zu {portal} ein, dem Bitrix24 unseres Unternehmens, in dem wir chatten, Dateien teilen und unsere Arbeit gemeinsam planen.

Nehmen Sie die Einladung an, um Ihr Passwort festzulegen und sich anzumelden.

Bis bald!</translation>
    </message>
    <message>
        <source>On free plans the portal may send its standard invitation text instead of this message.</source>
        <translation>Bei kostenlosen Tarifen sendet das Portal möglicherweise seinen Standard-Einladungstext statt dieser Nachricht.</translation>
    </message>
</context>
<context>
    <name>OAuthAuthorizer</name>
    <message>
        <source>InviteDesk received the sign-in. You can close this window.</source>
        <translation>InviteDesk hat die Anmeldung erhalten. Sie können dieses Fenster schließen.</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>Invite by e-mail</source>
        <translation>Per E-Mail einladen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Export audit log…</source>
        <translation>Prüfprotokoll e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Invitations and their results</source>
        <translation>Einladungen und ihre Ergebnisse</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>Der Postausgang konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) will be sent again.</source>
        <translation>
            <numerusform>%n Einladung wird erneut gesendet.</numerusform>
            <numerusform>%n Einladungen werden erneut gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) could not be retried: the address is pending in another invitation.</source>
        <translation>
            <numerusform>%n Einladung konnte nicht wiederholt werden: Die Adresse ist bereits in einer anderen Einladung ausstehend.</numerusform>
            <numerusform>%n Einladungen konnten nicht wiederholt werden: Die Adresse ist bereits in einer anderen Einladung ausstehend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) discarded; they will not be sent.</source>
        <translation>
            <numerusform>%n Einladung verworfen; sie wird nicht gesendet.</numerusform>
            <numerusform>%n Einladungen verworfen; sie werden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log saved to %1.</source>
        <translation>Prüfprotokoll unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>The audit log could not be saved: %1</source>
        <translation>Das Prüfprotokoll konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Pause sending</source>
        <translation>Versand pausieren</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Versand fortsetzen</translation>
    </message>
    <message>
        <source>Cancel &amp;the rest</source>
        <translation>Re&amp;st abbrechen</translation>
    </message>
    <message>
        <source>Cancel the invitations not sent yet</source>
        <translation>Noch nicht gesendete Einladungen abbrechen</translation>
    </message>
    <message>
        <source>Show invitations</source>
        <translation>Einladungen anzeigen</translation>
    </message>
    <message>
        <source>The selected invitation&apos;s result</source>
        <translation>Ergebnis der gewählten Einladung</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>Wartend (%1)</translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <translation>Gesendet (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Discarded (%1)</source>
        <translation>Verworfen (%1)</translation>
    </message>
    <message>
        <source>Waiting %1 · sent %2 · failed %3 · discarded %4</source>
        <translation>Wartend %1 · gesendet %2 · fehlgeschlagen %3 · verworfen %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select an invitation to read its whole result here.</source>
        <translation>Wählen Sie eine Einladung, um hier ihr vollständiges Ergebnis zu lesen.</translation>
    </message>
    <message>
        <source>Paused. Resume sends the invitations still waiting.</source>
        <translation>Pausiert. „Fortsetzen“ sendet die noch wartenden Einladungen.</translation>
    </message>
    <message>
        <source>Pausing after the invitations on their way…</source>
        <translation>Pausiert nach den Einladungen, die unterwegs sind…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>The portal asked to slow down; sending continues shortly.</source>
        <translation>Das Portal bat um Verlangsamung; der Versand geht gleich weiter.</translation>
    </message>
    <message>
        <source>The outbox could not be changed: %1</source>
        <translation>Der Postausgang konnte nicht geändert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) not sent yet were cancelled.</source>
        <translation>
            <numerusform>%n noch nicht gesendete Einladung wurde abgebrochen.</numerusform>
            <numerusform>%n noch nicht gesendete Einladungen wurden abgebrochen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>PortalCredentials</name>
    <message>
        <source>Enter the address of your Bitrix24 portal.</source>
        <translation>Geben Sie die Adresse Ihres Bitrix24-Portals ein.</translation>
    </message>
    <message>
        <source>This is not a web address. It should look like https://company.bitrix24.com/.</source>
        <translation>Das ist keine Webadresse. Sie sollte so aussehen: https://firma.bitrix24.de/.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>Die Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The address uses http://, which is not secure. Bitrix24 portals need https:// — use the https address.</source>
        <translation>Die Adresse verwendet http://, das nicht sicher ist. Bitrix24-Portale erfordern https:// — verwenden Sie die https-Adresse.</translation>
    </message>
    <message>
        <source>Paste the webhook address from Bitrix24 (Developer resources → Inbound webhook).</source>
        <translation>Fügen Sie die Webhook-Adresse aus Bitrix24 ein (Entwicklerressourcen → Eingehender Webhook).</translation>
    </message>
    <message>
        <source>This is not a web address. A webhook address looks like https://company.bitrix24.com/rest/1/abc123/.</source>
        <translation>Das ist keine Webadresse. Eine Webhook-Adresse sieht so aus: https://firma.bitrix24.de/rest/1/abc123/.</translation>
    </message>
    <message>
        <source>This address is not a webhook: its path must start with /rest/&lt;user id&gt;/&lt;secret&gt;/.</source>
        <translation>Diese Adresse ist kein Webhook: Ihr Pfad muss mit /rest/&lt;Benutzer-ID&gt;/&lt;Geheimcode&gt;/ beginnen.</translation>
    </message>
    <message>
        <source>This is a REST 3.0 webhook address (/rest/api/…). Use the classic address /rest/&lt;user id&gt;/&lt;secret&gt;/.</source>
        <translation>Das ist eine Webhook-Adresse für REST 3.0 (/rest/api/…). Verwenden Sie die klassische Adresse /rest/&lt;Benutzer-ID&gt;/&lt;Geheimcode&gt;/.</translation>
    </message>
    <message>
        <source>The webhook address lacks the user id and secret after /rest/.</source>
        <translation>In der Webhook-Adresse fehlen nach /rest/ die Benutzer-ID und der Geheimcode.</translation>
    </message>
    <message>
        <source>After /rest/ the webhook address must have the numeric id of the user who created it.</source>
        <translation>Nach /rest/ muss die Webhook-Adresse die numerische ID des Benutzers enthalten, der den Webhook erstellt hat.</translation>
    </message>
    <message>
        <source>The webhook address has no secret code after the user id. Copy the whole address from Bitrix24.</source>
        <translation>Die Webhook-Adresse enthält nach der Benutzer-ID keinen Geheimcode. Kopieren Sie die vollständige Adresse aus Bitrix24.</translation>
    </message>
    <message>
        <source>The webhook address has no valid secret code after the user id. Copy the whole address from Bitrix24.</source>
        <translation>Die Webhook-Adresse enthält nach der Benutzer-ID keinen gültigen Geheimcode. Kopieren Sie die vollständige Adresse aus Bitrix24.</translation>
    </message>
    <message>
        <source>The webhook address has extra parts after the secret. It should end with /rest/&lt;user id&gt;/&lt;secret&gt;/.</source>
        <translation>Die Webhook-Adresse enthält nach dem Geheimcode zusätzliche Teile. Sie sollte mit /rest/&lt;Benutzer-ID&gt;/&lt;Geheimcode&gt;/ enden.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s client id and client secret from the application card in Bitrix24.</source>
        <translation>Geben Sie die Client-ID und das Client-Secret aus der Karte der Anwendung in Bitrix24 ein.</translation>
    </message>
    <message>
        <source>The OAuth server address must be an https address, e.g. https://oauth.bitrix.info/.</source>
        <translation>Die Adresse des OAuth-Servers muss eine https-Adresse sein, z. B. https://oauth.bitrix.info/.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The address names port 0, which no portal listens on. Leave the port out or give the real one.</source>
        <translation>Die Adresse nennt Port 0, auf dem kein Portal lauscht. Lassen Sie den Port weg oder geben Sie den richtigen an.</translation>
    </message>
</context>
<context>
    <name>PortalError</name>
    <message>
        <source>Cannot reach the portal (%1). Check the address and your network connection, then try again.</source>
        <translation>Das Portal ist nicht erreichbar (%1). Prüfen Sie die Adresse und Ihre Netzwerkverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cannot reach the portal. Check your network connection and try again.</source>
        <translation>Das Portal ist nicht erreichbar. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. Try again in a moment.</source>
        <translation>Das Portal hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The portal requires a secure (https) address. Use the https:// address of the portal.</source>
        <translation>Das Portal erfordert eine sichere Adresse (https). Verwenden Sie die https://-Adresse des Portals.</translation>
    </message>
    <message>
        <source>certificate problem</source>
        <translation>Zertifikatsproblem</translation>
    </message>
    <message>
        <source>The portal sign-in has expired. Sign in again.</source>
        <translation>Die Anmeldung am Portal ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The portal rejected the credentials. Check the webhook address or sign in again; your pending work is kept.</source>
        <translation>Das Portal hat die Zugangsdaten abgelehnt. Prüfen Sie die Webhook-Adresse oder melden Sie sich erneut an; Ihre offenen Aufgaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>The webhook or application lacks the permission &quot;%1&quot;. Edit it in Bitrix24 (Developer resources) and tick that scope.</source>
        <translation>Dem Webhook oder der Anwendung fehlt die Berechtigung „%1“. Bearbeiten Sie den Webhook bzw. die Anwendung in Bitrix24 (Entwicklerressourcen) und aktivieren Sie diese Berechtigung.</translation>
    </message>
    <message>
        <source>The webhook or application lacks a required permission (scope). Edit it in Bitrix24 and add the user, department and sonet_group scopes.</source>
        <translation>Dem Webhook oder der Anwendung fehlt eine erforderliche Berechtigung (Scope). Bearbeiten Sie den Webhook bzw. die Anwendung in Bitrix24 und fügen Sie die Berechtigungen user, department und sonet_group hinzu.</translation>
    </message>
    <message>
        <source>Your Bitrix24 account is not allowed to do this. Ask a portal administrator for the right to invite users.</source>
        <translation>Ihr Bitrix24-Konto ist dazu nicht berechtigt. Bitten Sie einen Portaladministrator um das Recht, Mitarbeiter einzuladen.</translation>
    </message>
    <message>
        <source>The portal is limiting requests. InviteDesk will slow down; try again shortly.</source>
        <translation>Das Portal begrenzt die Anfragen. InviteDesk arbeitet langsamer; versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message>
        <source>The portal has paused this operation for a few minutes because of its load limit. Try again later.</source>
        <translation>Das Portal hat diesen Vorgang wegen seines Lastlimits für einige Minuten angehalten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>A user with this e-mail address already exists in the portal.</source>
        <translation>Im Portal gibt es bereits einen Benutzer mit dieser E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The portal rejected the e-mail address. Check it for typing errors.</source>
        <translation>Das Portal hat die E-Mail-Adresse abgelehnt. Prüfen Sie sie auf Tippfehler.</translation>
    </message>
    <message>
        <source>The portal&apos;s plan allows no more users. Free a seat or upgrade the plan.</source>
        <translation>Der Tarif des Portals erlaubt keine weiteren Benutzer. Geben Sie einen Platz frei oder wechseln Sie zu einem höheren Tarif.</translation>
    </message>
    <message>
        <source>Choose a department for the new employee (or invite them to an extranet group).</source>
        <translation>Wählen Sie eine Abteilung für den neuen Mitarbeiter (oder laden Sie ihn in eine Extranet-Gruppe ein).</translation>
    </message>
    <message>
        <source>Extranet users must be invited into an existing extranet group. Choose a valid group.</source>
        <translation>Extranet-Benutzer müssen in eine bestehende Extranet-Gruppe eingeladen werden. Wählen Sie eine gültige Gruppe.</translation>
    </message>
    <message>
        <source>This Bitrix24 portal has been deleted.</source>
        <translation>Dieses Bitrix24-Portal wurde gelöscht.</translation>
    </message>
    <message>
        <source>This address does not answer like a Bitrix24 portal. Check the address.</source>
        <translation>Diese Adresse antwortet nicht wie ein Bitrix24-Portal. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The portal does not know this request or object (%1).</source>
        <translation>Das Portal kennt diese Anfrage oder dieses Objekt nicht (%1).</translation>
    </message>
    <message>
        <source>The portal had a server problem. Try again later.</source>
        <translation>Auf dem Server des Portals ist ein Problem aufgetreten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The portal sent an answer InviteDesk cannot read. Try again later; if it persists, check that the address is a Bitrix24 portal.</source>
        <translation>Das Portal hat eine Antwort gesendet, die InviteDesk nicht lesen kann. Versuchen Sie es später erneut; wenn das Problem bestehen bleibt, prüfen Sie, ob die Adresse zu einem Bitrix24-Portal gehört.</translation>
    </message>
    <message>
        <source>The portal address is not valid.</source>
        <translation>Die Portaladresse ist ungültig.</translation>
    </message>
    <message>
        <source>The request was not completed.</source>
        <translation>Die Anfrage wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The portal refused the request: %1</source>
        <translation>Das Portal hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The portal refused the request (%1).</source>
        <translation>Das Portal hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <source>The portal sent an answer larger than %1, InviteDesk&apos;s limit for one answer, so InviteDesk stopped reading it. Try again later; if it persists, check that the address is a Bitrix24 portal.</source>
        <translation>Das Portal hat eine Antwort größer als %1 gesendet, die Grenze von InviteDesk für eine Antwort; InviteDesk hat das Lesen abgebrochen. Versuchen Sie es später erneut; wenn es anhält, prüfen Sie, ob die Adresse ein Bitrix24-Portal ist.</translation>
    </message>
    <message>
        <source>The portal sent the list out of order (IDs did not rise). The directory refresh stopped; the previous copy is kept.</source>
        <translation>Das Portal hat die Liste in falscher Reihenfolge gesendet (die IDs stiegen nicht). Die Aktualisierung des Verzeichnisses wurde beendet; die bisherige Kopie bleibt erhalten.</translation>
    </message>
    <message>
        <source>The portal sent more entries than the %1 it announced. The directory refresh stopped; the previous copy is kept.</source>
        <translation>Das Portal hat mehr Einträge gesendet als die angekündigten %1. Die Aktualisierung des Verzeichnisses wurde beendet; die bisherige Kopie bleibt erhalten.</translation>
    </message>
    <message>
        <source>The portal kept sending pages beyond the %1 its total allows. The directory refresh stopped; the previous copy is kept.</source>
        <translation>Das Portal hat weiter Seiten über die %1 hinaus gesendet, die seine Gesamtzahl erlaubt. Die Aktualisierung des Verzeichnisses wurde beendet; die bisherige Kopie bleibt erhalten.</translation>
    </message>
    <message>
        <source>The portal announced %1 entries, more than InviteDesk copies. The directory refresh stopped; the previous copy is kept.</source>
        <translation>Das Portal hat %1 Einträge angekündigt, mehr als InviteDesk kopiert. Die Aktualisierung des Verzeichnisses wurde beendet; die bisherige Kopie bleibt erhalten.</translation>
    </message>
    <message>
        <source>Reading the directory took longer than %1. The directory refresh stopped; the previous copy is kept. Try again later.</source>
        <translation>Das Lesen des Verzeichnisses dauerte länger als %1. Die Aktualisierung des Verzeichnisses wurde beendet; die bisherige Kopie bleibt erhalten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The portal&apos;s answers broke the protocol (%1). The operation stopped.</source>
        <translation>Die Antworten des Portals haben das Protokoll verletzt (%1). Der Vorgang wurde beendet.</translation>
    </message>
    <message>
        <source>The portal tried to send InviteDesk to an address that is not a web address (%1). It was not followed.</source>
        <translation>Das Portal wollte InviteDesk an eine Adresse weiterleiten, die keine Webadresse ist (%1). Dem wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>The portal answered with a redirect InviteDesk does not follow (it would drop the request&apos;s data). If the portal shows a notice in the browser, such as an expired licence, resolve it and try again.</source>
        <translation>Das Portal hat mit einer Weiterleitung geantwortet, der InviteDesk nicht folgt (sie würde die Daten der Anfrage verwerfen). Wenn das Portal im Browser einen Hinweis zeigt, etwa eine abgelaufene Lizenz, beheben Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The portal says it has moved to %1. InviteDesk sends nothing there until you confirm the new address.</source>
        <translation>Das Portal meldet, es sei nach %1 umgezogen. InviteDesk sendet nichts dorthin, bis Sie die neue Adresse bestätigen.</translation>
    </message>
    <message>
        <source>The secure connection to the portal failed (%1). The connection was not used; check the address and the system clock. A portal on your company&apos;s own server (Bitrix24 on-premise) with a self-signed certificate or one from the company&apos;s own certificate authority: ask your administrator to add that certificate to this computer&apos;s trusted certificates, then connect again.</source>
        <translation>Die sichere Verbindung zum Portal ist fehlgeschlagen (%1). Die Verbindung wurde nicht verwendet; prüfen Sie die Adresse und die Systemuhr. Läuft das Portal auf einem eigenen Server Ihres Unternehmens (Bitrix24 On-Premise) mit einem selbstsignierten Zertifikat oder einem Zertifikat der eigenen Zertifizierungsstelle: Bitten Sie Ihre Administration, dieses Zertifikat zu den vertrauenswürdigen Zertifikaten dieses Computers hinzuzufügen, und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>This computer does not trust the portal&apos;s certificate: it is self-signed or issued by your company&apos;s own certificate authority, as is usual for Bitrix24 on your own server. Nothing was sent.

Issued to: %1
SHA-256 fingerprint: %2

Ask your administrator for the portal&apos;s fingerprint. Only if it is the same, trust this certificate for this portal (Connect dialog).</source>
        <translation>Dieser Computer vertraut dem Zertifikat des Portals nicht: Es ist selbstsigniert oder von der eigenen Zertifizierungsstelle Ihres Unternehmens ausgestellt, wie es bei Bitrix24 auf einem eigenen Server üblich ist. Es wurde nichts gesendet.

Ausgestellt für: %1
SHA-256-Fingerabdruck: %2

Fragen Sie Ihren Administrator nach dem Fingerabdruck des Portals. Nur wenn er übereinstimmt, vertrauen Sie diesem Zertifikat für dieses Portal (Dialog „Bitrix24-Portal verbinden“).</translation>
    </message>
</context>
<context>
    <name>PortalSession</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalSwitchMenu</name>
    <message>
        <source>S&amp;witch portal</source>
        <translation>Portal &amp;wechseln</translation>
    </message>
    <message>
        <source>Switch portal</source>
        <translation>Portal wechseln</translation>
    </message>
    <message>
        <source>Work on another remembered portal</source>
        <translation>An einem anderen gespeicherten Portal arbeiten</translation>
    </message>
    <message>
        <source>No remembered portals</source>
        <translation>Keine gespeicherten Portale</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (Benutzer %2)</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>The portal you are working on</source>
        <translation>Das Portal, an dem Sie gerade arbeiten</translation>
    </message>
    <message>
        <source>Sign out of the current portal and work on %1</source>
        <translation>Vom aktuellen Portal abmelden und an %1 arbeiten</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies after InviteDesk restarts.</source>
        <translation>Eine neue Sprache wird nach einem Neustart von InviteDesk wirksam.</translation>
    </message>
    <message>
        <source>Refresh the directory every (minutes)</source>
        <translation>Intervall der Verzeichnisaktualisierung (Minuten)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Refresh the directory every:</source>
        <translation>Verzeichnis &amp;aktualisieren alle:</translation>
    </message>
    <message>
        <source>Users allowed by the plan</source>
        <translation>Im Tarif erlaubte Benutzer</translation>
    </message>
    <message>
        <source>Used to warn before an invitation would exceed the plan&apos;s user limit. 0 when unknown.</source>
        <translation>Dient zur Warnung, bevor eine Einladung das Benutzerlimit des Tarifs überschreiten würde. 0, wenn unbekannt.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Users &amp;allowed by the plan:</source>
        <translation>Im Tarif &amp;erlaubte Benutzer:</translation>
    </message>
    <message>
        <source>Your Bitrix24 plan</source>
        <translation>Ihr Bitrix24-Tarif</translation>
    </message>
    <message>
        <source>InviteDesk paces its work to what the portal accepts: an Enterprise portal accepts more at once, so large invitations and refreshes finish sooner.</source>
        <translation>InviteDesk richtet sein Tempo danach, was das Portal annimmt: Ein Enterprise-Portal nimmt mehr auf einmal an, daher sind große Einladungen und Aktualisierungen schneller fertig.</translation>
    </message>
    <message>
        <source>Free, Basic, Standard or Professional</source>
        <translation>Free, Basic, Standard oder Professional</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Your Bitrix24 &amp;plan:</source>
        <translation>Ihr Bitrix24-&amp;Tarif:</translation>
    </message>
    <message>
        <source>Confirm sends of more invitations than</source>
        <translation>Versand bestätigen lassen ab mehr Einladungen als</translation>
    </message>
    <message>
        <source>Con&amp;firm sends of more invitations than:</source>
        <translation>Versand bestätigen &amp;ab mehr Einladungen als:</translation>
    </message>
    <message>
        <source>When inviting to %1:</source>
        <translation>Beim Einladen in %1:</translation>
    </message>
    <message>
        <source>Default department</source>
        <translation>Standardabteilung</translation>
    </message>
    <message>
        <source>Preselected on the Register tab, and joined by e-mail invitations that name no department.</source>
        <translation>Auf der Registerkarte „Registrieren“ vorausgewählt; E-Mail-Einladungen ohne Abteilung kommen in diese Abteilung.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>The default department saved before (ID %1) is not in this portal&apos;s directory, so it is ignored.</source>
        <translation>Die zuvor gespeicherte Standardabteilung (ID %1) ist nicht im Verzeichnis dieses Portals und wird daher ignoriert.</translation>
    </message>
    <message>
        <source>Default &amp;department:</source>
        <translation>Stan&amp;dardabteilung:</translation>
    </message>
    <message>
        <source>Default message template</source>
        <translation>Standard-Nachrichtenvorlage</translation>
    </message>
    <message>
        <source>The saved template Invite by Email starts with.</source>
        <translation>Die gespeicherte Vorlage, mit der „Per E-Mail einladen“ beginnt.</translation>
    </message>
    <message>
        <source>Built-in message</source>
        <translation>Eingebaute Nachricht</translation>
    </message>
    <message>
        <source>The default template &quot;%1&quot; is no longer saved, so the built-in message is used.</source>
        <translation>Die Standardvorlage „%1“ ist nicht mehr gespeichert; daher wird die eingebaute Nachricht verwendet.</translation>
    </message>
    <message>
        <source>Default message &amp;template:</source>
        <translation>Standard-Nachrichten&amp;vorlage:</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The profile %1 is a file, not a folder.</source>
        <translation>Das Profil %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be created.</source>
        <translation>Der Profilordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>QuickRegistrationTab</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Save P&amp;NG…</source>
        <translation>Als P&amp;NG speichern…</translation>
    </message>
    <message>
        <source>Save the QR code as PNG</source>
        <translation>QR-Code als PNG speichern</translation>
    </message>
    <message>
        <source>Save S&amp;VG…</source>
        <translation>Als SV&amp;G speichern…</translation>
    </message>
    <message>
        <source>Save the QR code as SVG</source>
        <translation>QR-Code als SVG speichern</translation>
    </message>
    <message>
        <source>C&amp;hange in portal…</source>
        <translation>Im P&amp;ortal ändern…</translation>
    </message>
    <message>
        <source>Change the registration settings in the portal</source>
        <translation>Registrierungseinstellungen im Portal ändern</translation>
    </message>
    <message>
        <source>&amp;Share by e-mail…</source>
        <translation>Per E-Mail te&amp;ilen…</translation>
    </message>
    <message>
        <source>Share by e-mail</source>
        <translation>Per E-Mail teilen</translation>
    </message>
    <message>
        <source>Registration link</source>
        <translation>Registrierungslink</translation>
    </message>
    <message>
        <source>https://%1/…</source>
        <translation>https://%1/…</translation>
    </message>
    <message>
        <source>QR code of the registration link</source>
        <translation>QR-Code des Registrierungslinks</translation>
    </message>
    <message>
        <source>Registration &amp;link:</source>
        <translation>Registrierungs&amp;link:</translation>
    </message>
    <message>
        <source>&amp;Fetch from sandbox</source>
        <translation>Aus Sandbox a&amp;brufen</translation>
    </message>
    <message>
        <source>Fetch the link from the training portal</source>
        <translation>Link vom Sandbox-Portal abrufen</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the QR code</source>
        <translation>QR-Code drucken</translation>
    </message>
    <message>
        <source>Regenerating the link in the portal breaks every link already shared, including printed QR codes.</source>
        <translation>Wenn Sie den Link im Portal neu generieren, werden alle bereits geteilten Links ungültig, auch gedruckte QR-Codes.</translation>
    </message>
    <message>
        <source>Hello,

{inviter} invites you to join {portal}, our company&apos;s Bitrix24. Register with this link:
{join_link}

See you there!</source>
        <translation>Hallo,

{inviter} lädt Sie zu {portal} ein, dem Bitrix24 unseres Unternehmens. Registrieren Sie sich über diesen Link:
{join_link}

Bis bald!</translation>
    </message>
    <message>
        <source>The link is on the clipboard.</source>
        <translation>Der Link wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>The QR code appears here once the link is valid.</source>
        <translation>Der QR-Code erscheint hier, sobald der Link gültig ist.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>your mail program</source>
        <translation>Ihr E-Mail-Programm</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>QR-Code speichern</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>%1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Asking the training portal…</source>
        <translation>Sandbox-Portal wird abgefragt…</translation>
    </message>
    <message>
        <source>The training portal did not answer: %1</source>
        <translation>Das Sandbox-Portal hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>Fetched the registration link from the training portal.</source>
        <translation>Registrierungslink vom Sandbox-Portal abgerufen.</translation>
    </message>
    <message>
        <source>Who may join, as last seen in the portal</source>
        <translation>Wer beitreten darf, wie zuletzt im Portal gesehen</translation>
    </message>
    <message>
        <source>Who may join (as last seen in the portal)</source>
        <translation>Wer beitreten darf (wie zuletzt im Portal gesehen)</translation>
    </message>
    <message>
        <source>Not known here: a portal does not tell other programs whether its link is public or moderated. See it in the portal.</source>
        <translation>Hier nicht bekannt: Ein Portal teilt anderen Programmen nicht mit, ob sein Link öffentlich oder moderiert ist. Sehen Sie im Portal nach.</translation>
    </message>
    <message>
        <source>Moderated: an administrator approves each person.</source>
        <translation>Moderiert: Eine Administratorin oder ein Administrator bestätigt jede Person.</translation>
    </message>
    <message>
        <source>Public: anyone with the link joins.</source>
        <translation>Öffentlich: Jede Person mit dem Link tritt bei.</translation>
    </message>
    <message>
        <source>No trusted domains.</source>
        <translation>Keine vertrauenswürdigen Domains.</translation>
    </message>
    <message>
        <source>Trusted domains, whose people join without approval: %1.</source>
        <translation>Vertrauenswürdige Domains, deren Personen ohne Bestätigung beitreten: %1.</translation>
    </message>
</context>
<context>
    <name>RecipientClassifier</name>
    <message numerus="yes">
        <source>skip %n already employee(s)</source>
        <translation>
            <numerusform>%n bereits Mitarbeiter (übersprungen)</numerusform>
            <numerusform>%n bereits Mitarbeiter (übersprungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skip %n already invited</source>
        <translation>
            <numerusform>%n bereits eingeladen (übersprungen)</numerusform>
            <numerusform>%n bereits eingeladen (übersprungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skip %n already in the outbox</source>
        <translation>
            <numerusform>%n bereits im Postausgang (übersprungen)</numerusform>
            <numerusform>%n bereits im Postausgang (übersprungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skip %n dismissed user(s)</source>
        <translation>
            <numerusform>%n entlassener Benutzer (übersprungen)</numerusform>
            <numerusform>%n entlassene Benutzer (übersprungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated</source>
        <translation>
            <numerusform>%n doppelt</numerusform>
            <numerusform>%n doppelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n ungültig</numerusform>
            <numerusform>%n ungültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over the user limit</source>
        <translation>
            <numerusform>%n über dem Benutzerlimit</numerusform>
            <numerusform>%n über dem Benutzerlimit</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Invalid address: %1</source>
        <translation>Ungültige Adresse: %1</translation>
    </message>
    <message>
        <source>Repeated: this address is already in the list (row %1).</source>
        <translation>Doppelt: Diese Adresse steht bereits in der Liste (Zeile %1).</translation>
    </message>
    <message>
        <source>Already an employee.</source>
        <translation>Bereits Mitarbeiter.</translation>
    </message>
    <message>
        <source>Already invited and not joined yet.</source>
        <translation>Bereits eingeladen und noch nicht beigetreten.</translation>
    </message>
    <message>
        <source>Belongs to a dismissed user; the portal does not reuse it. Reinstate the user instead.</source>
        <translation>Die Adresse gehört einem entlassenen Benutzer; das Portal verwendet sie nicht erneut. Stellen Sie stattdessen den Benutzer wieder ein.</translation>
    </message>
    <message>
        <source>Already waiting in the outbox.</source>
        <translation>Wartet bereits im Postausgang.</translation>
    </message>
    <message>
        <source>Would exceed the plan&apos;s user limit.</source>
        <translation>Würde das Benutzerlimit des Tarifs überschreiten.</translation>
    </message>
    <message numerus="yes">
        <source>Will invite %n</source>
        <translation>
            <numerusform>%n wird eingeladen</numerusform>
            <numerusform>%n werden eingeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to invite</source>
        <translation>Niemand einzuladen</translation>
    </message>
    <message numerus="yes">
        <source>Invite %n</source>
        <translation>
            <numerusform>%n einladen</numerusform>
            <numerusform>%n einladen</numerusform>
        </translation>
    </message>
    <message>
        <source>This row has a problem.</source>
        <translation>Diese Zeile hat ein Problem.</translation>
    </message>
</context>
<context>
    <name>RecipientReviewGrid</name>
    <message>
        <source>Show &amp;problems only</source>
        <translation>Nur &amp;Probleme zeigen</translation>
    </message>
    <message>
        <source>Remove in&amp;valid</source>
        <translation>&amp;Ungültige entfernen</translation>
    </message>
    <message>
        <source>Show so&amp;urce</source>
        <translation>&amp;Quelle zeigen</translation>
    </message>
    <message>
        <source>Show problems only</source>
        <translation>Nur Probleme zeigen</translation>
    </message>
    <message>
        <source>Remove invalid recipients</source>
        <translation>Ungültige Empfänger entfernen</translation>
    </message>
    <message>
        <source>Show where the selected recipient came from</source>
        <translation>Zeigen, woher der gewählte Empfänger stammt</translation>
    </message>
    <message>
        <source>The line of the imported file, or the entry in the typed text</source>
        <translation>Die Zeile der importierten Datei oder der Eintrag im eingegebenen Text</translation>
    </message>
    <message>
        <source>Recipients and their state</source>
        <translation>Empfänger und ihr Status</translation>
    </message>
    <message>
        <source>Edit a field with F2 or by typing; it is sent as shown.</source>
        <translation>Ein Feld mit F2 oder durch Tippen bearbeiten; es wird so gesendet, wie es angezeigt wird.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>RecipientReviewModel</name>
    <message>
        <source>typed</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>No department in this row: the one chosen below, %1.</source>
        <translation>Keine Abteilung in dieser Zeile: die unten gewählte, %1.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This row names a department, but extranet users join workgroups, not departments.</source>
        <translation>Diese Zeile nennt eine Abteilung, aber Extranet-Benutzer treten Arbeitsgruppen bei, nicht Abteilungen.</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
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
        <translation>Telefon (optional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Sa&amp;ve as preset…</source>
        <translation>Als Rollenvorlage spei&amp;chern…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Rollenvorlage löschen</translation>
    </message>
    <message>
        <source>Create or attach a company mail&amp;box in the portal…</source>
        <translation>Firmen-Post&amp;fach im Portal erstellen oder verknüpfen…</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Re&amp;gistrieren</translation>
    </message>
    <message>
        <source>Register and add &amp;another</source>
        <translation>Registrieren und &amp;weitere Person hinzufügen</translation>
    </message>
    <message>
        <source>Role preset</source>
        <translation>Rollenvorlage</translation>
    </message>
    <message>
        <source>Role presets</source>
        <translation>Rollenvorlagen</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Als Rollenvorlage speichern</translation>
    </message>
    <message>
        <source>Create or attach a company mailbox in the portal</source>
        <translation>Firmen-Postfach im Portal erstellen oder verknüpfen</translation>
    </message>
    <message>
        <source>Opens the portal&apos;s mail settings in your browser; there is no REST method for mailboxes.</source>
        <translation>Öffnet die E-Mail-Einstellungen des Portals in Ihrem Browser; für Postfächer gibt es keine REST-Methode.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>Register and add another</source>
        <translation>Registrieren und weitere Person hinzufügen</translation>
    </message>
    <message>
        <source>Registered people and their results</source>
        <translation>Registrierte Personen und ihre Ergebnisse</translation>
    </message>
    <message>
        <source>Saved in the portal as the person&apos;s mobile phone.</source>
        <translation>Wird im Portal als Mobiltelefonnummer der Person gespeichert.</translation>
    </message>
    <message>
        <source>The portal e-mails the new person a link to set their password and sign in. Passwords cannot be set from here: the portal&apos;s API has none.</source>
        <translation>Das Portal sendet der neuen Person per E-Mail einen Link, um ein Passwort festzulegen und sich anzumelden. Passwörter können hier nicht festgelegt werden: Die API des Portals bietet dafür keine Funktion.</translation>
    </message>
    <message>
        <source>Role pre&amp;set:</source>
        <translation>&amp;Rollenvorlage:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>E-ma&amp;il:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <source>Invalid address: %1</source>
        <translation>Ungültige Adresse: %1</translation>
    </message>
    <message>
        <source>This address already belongs to an employee.</source>
        <translation>Diese Adresse gehört bereits einem Mitarbeiter.</translation>
    </message>
    <message>
        <source>This address was already invited and has not joined yet.</source>
        <translation>An diese Adresse wurde bereits eine Einladung gesendet, die noch nicht angenommen wurde.</translation>
    </message>
    <message>
        <source>This address belongs to a dismissed user; the portal does not reuse it.</source>
        <translation>Diese Adresse gehört einem entlassenen Benutzer; das Portal verwendet sie nicht erneut.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse der Person ein.</translation>
    </message>
    <message>
        <source>Could not queue the registration: %1</source>
        <translation>Die Registrierung konnte nicht in die Warteschlange gestellt werden: %1</translation>
    </message>
    <message>
        <source>%1 is already waiting in the outbox.</source>
        <translation>%1 wartet bereits im Postausgang.</translation>
    </message>
    <message>
        <source>%1 is queued; the portal will e-mail the access details.</source>
        <translation>%1 ist in der Warteschlange; das Portal sendet die Zugangsdaten per E-Mail.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no preset)</source>
        <translation>(keine Rollenvorlage)</translation>
    </message>
    <message>
        <source>Preset “%1” applied.</source>
        <translation>Rollenvorlage „%1“ angewendet.</translation>
    </message>
    <message>
        <source>Save role preset</source>
        <translation>Rollenvorlage speichern</translation>
    </message>
    <message>
        <source>Preset &amp;name (department, position and groups are saved):</source>
        <translation>&amp;Name der Rollenvorlage (Abteilung, Position und Gruppen werden gespeichert):</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>Entw&amp;urf verwerfen</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Restored the draft saved %1.</source>
        <translation>Entwurf vom %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>Der Entwurf wurde verworfen.</translation>
    </message>
    <message>
        <source>Registers this person, then empties the name, e-mail and phone for the next one; the role preset, position and department stay.</source>
        <translation>Registriert diese Person und leert dann Name, E-Mail und Telefon für die nächste; Rollenvorlage, Position und Abteilung bleiben.</translation>
    </message>
</context>
<context>
    <name>RegistrationLink</name>
    <message>
        <source>Paste the registration link from the portal (Employees → Invite → Quick registration).</source>
        <translation>Fügen Sie den Registrierungslink aus dem Portal ein (Mitarbeiter → Einladen → Schnellregistrierung).</translation>
    </message>
    <message>
        <source>The link contains spaces; paste it exactly as the portal shows it.</source>
        <translation>Der Link enthält Leerzeichen; fügen Sie ihn genau so ein, wie das Portal ihn anzeigt.</translation>
    </message>
    <message>
        <source>This is not a web address. It should start with https:// and your portal&apos;s name.</source>
        <translation>Das ist keine Webadresse. Sie sollte mit https:// und dem Namen Ihres Portals beginnen.</translation>
    </message>
    <message>
        <source>The link must start with https://, not %1:.</source>
        <translation>Der Link muss mit https:// beginnen, nicht mit %1:.</translation>
    </message>
    <message>
        <source>The link uses http://; portal links use https://.</source>
        <translation>Der Link verwendet http://; Portallinks verwenden https://.</translation>
    </message>
    <message>
        <source>This link belongs to %1, not to your portal %2.</source>
        <translation>Dieser Link gehört zu %1, nicht zu Ihrem Portal %2.</translation>
    </message>
    <message>
        <source>This link points to port %1 of %2, but your portal answers on port %3.</source>
        <translation>Dieser Link verweist auf Port %1 von %2, Ihr Portal antwortet aber auf Port %3.</translation>
    </message>
    <message>
        <source>This is the portal&apos;s home page, not its registration link.</source>
        <translation>Das ist die Startseite des Portals, nicht sein Registrierungslink.</translation>
    </message>
</context>
<context>
    <name>ScriptedReport</name>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
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
            <numerusform>Das Portal hat %n Sekunde lang keine brauchbare Antwort gegeben.</numerusform>
            <numerusform>Das Portal hat %n Sekunden lang keine brauchbare Antwort gegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>The run did not finish within --timeout %n second(s).</source>
        <translation>
            <numerusform>Der Lauf wurde nicht innerhalb von --timeout %n Sekunde beendet.</numerusform>
            <numerusform>Der Lauf wurde nicht innerhalb von --timeout %n Sekunden beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Portal problem (%1); trying again in %n second(s)…</source>
        <translation>
            <numerusform>Problem mit dem Portal (%1); neuer Versuch in %n Sekunde…</numerusform>
            <numerusform>Problem mit dem Portal (%1); neuer Versuch in %n Sekunden…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>No keychain is available on this system (no Secret Service is running), so InviteDesk cannot store the portal&apos;s secret safely. You can keep it for this session only; you will have to connect again next time.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (es läuft kein Secret Service), daher kann InviteDesk die Zugangsdaten des Portals nicht sicher speichern. Sie können sie nur für diese Sitzung behalten; beim nächsten Mal müssen Sie sich erneut verbinden.</translation>
    </message>
    <message>
        <source>The stored sign-in for this portal was not found in the keychain. Connect the portal again.</source>
        <translation>Die gespeicherte Anmeldung für dieses Portal wurde im Schlüsselbund nicht gefunden. Verbinden Sie das Portal erneut.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Unlock the keychain or allow InviteDesk to use it, then try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Entsperren Sie den Schlüsselbund oder erlauben Sie InviteDesk den Zugriff und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it persists, restart the keychain service.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet. Versuchen Sie es erneut; wenn der Fehler bestehen bleibt, starten Sie den Schlüsselbunddienst neu.</translation>
    </message>
</context>
<context>
    <name>SendAnnouncer</name>
    <message>
        <source>Sending finished: %1 sent, %2 failed (see the Outbox).</source>
        <translation>Versand beendet: %1 gesendet, %2 fehlgeschlagen (siehe Postausgang).</translation>
    </message>
    <message>
        <source>Sending finished: %1 sent.</source>
        <translation>Versand beendet: %1 gesendet.</translation>
    </message>
    <message>
        <source>InviteDesk</source>
        <translation>InviteDesk</translation>
    </message>
    <message>
        <source>Invitations sent</source>
        <translation>Einladungen gesendet</translation>
    </message>
</context>
<context>
    <name>UserState</name>
    <message>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Extranet</source>
        <translation>Extranet</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Entlassen</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A simulated Bitrix24 portal on loopback, for InviteDesk and any other Bitrix24 client.</source>
        <translation>Ein simuliertes Bitrix24-Portal auf Loopback für InviteDesk und jeden anderen Bitrix24-Client.</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>Port, auf dem gelauscht wird (0: beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Number of demo users.</source>
        <translation>Anzahl der Demo-Benutzer.</translation>
    </message>
    <message>
        <source>Seed of the demo company.</source>
        <translation>Startwert (Seed) des Demo-Unternehmens.</translation>
    </message>
    <message>
        <source>Leaky bucket drain per second (0 disables the limit).</source>
        <translation>Abflussrate des Leaky Bucket pro Sekunde (0 deaktiviert das Limit).</translation>
    </message>
    <message>
        <source>Leaky bucket size.</source>
        <translation>Größe des Leaky Bucket.</translation>
    </message>
    <message>
        <source>Serve HTTPS with a self-signed throw-away test certificate.</source>
        <translation>HTTPS mit einem selbstsignierten Wegwerf-Testzertifikat bereitstellen.</translation>
    </message>
    <message>
        <source>Invalid value for --%1: %2</source>
        <translation>Ungültiger Wert für --%1: %2</translation>
    </message>
    <message>
        <source>Cannot create the signal socket pair</source>
        <translation>Das Socket-Paar für Signale kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot start the sandbox portal: %1</source>
        <translation>Das Sandbox-Portal kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Sandbox portal: %1</source>
        <translation>Sandbox-Portal: %1</translation>
    </message>
    <message>
        <source>Admin webhook: %1</source>
        <translation>Administrator-Webhook: %1</translation>
    </message>
    <message>
        <source>Employee webhook: %1</source>
        <translation>Mitarbeiter-Webhook: %1</translation>
    </message>
    <message>
        <source>Limited webhook (department, %1): %2</source>
        <translation>Eingeschränkter Webhook (Abteilung, %1): %2</translation>
    </message>
    <message>
        <source>OAuth client id: %1</source>
        <translation>OAuth-Client-ID: %1</translation>
    </message>
    <message>
        <source>OAuth client secret: %1</source>
        <translation>OAuth-Client-Secret: %1</translation>
    </message>
    <message>
        <source>OAuth server: %1</source>
        <translation>OAuth-Server: %1</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Drücken Sie Strg+C zum Beenden.</translation>
    </message>
    <message>
        <source>HTTPS with a self-signed THROW-AWAY TEST certificate (SHA-256 %1); trust it for tests only.</source>
        <translation>HTTPS mit einem selbstsignierten WEGWERF-TESTZERTIFIKAT (SHA-256 %1); vertrauen Sie ihm nur für Tests.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <source>--portal - found no webhook URL on standard input.</source>
        <translation>--portal - hat auf der Standardeingabe keine Webhook-URL gefunden.</translation>
    </message>
    <message>
        <source>No portal: add one in the app, or pass --account, --portal - or the INVITEDESK_WEBHOOK variable.</source>
        <translation>Kein Portal: Fügen Sie eines in der App hinzu oder verwenden Sie --account, --portal - oder die Variable INVITEDESK_WEBHOOK.</translation>
    </message>
    <message>
        <source>No stored account for %1; the app stores %2.</source>
        <translation>Kein gespeichertes Konto für %1; die App speichert %2.</translation>
    </message>
    <message>
        <source>Control token (header %1 on /sandbox/ requests): %2</source>
        <translation>Steuer-Token (Header %1 bei /sandbox/-Anfragen): %2</translation>
    </message>
    <message>
        <source>Cannot install the console stop handler</source>
        <translation>Der Konsolen-Stopp-Handler kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>InviteDesk is already running; its window was brought to the front.</source>
        <translation>InviteDesk läuft bereits; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>InviteDesk is already running for this profile but does not answer. Close it, or end its process, and start again.</source>
        <translation>InviteDesk läuft für dieses Profil bereits, antwortet aber nicht. Schließen Sie es oder beenden Sie seinen Prozess und starten Sie erneut.</translation>
    </message>
</context>
</TS>
