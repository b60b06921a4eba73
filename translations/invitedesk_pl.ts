<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>ApplicationShell</name>
    <message>
        <source>&amp;Employees</source>
        <translation>&amp;Pracownicy</translation>
    </message>
    <message>
        <source>Company &amp;Structure</source>
        <translation>&amp;Struktura firmy</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Wyloguj</translation>
    </message>
    <message>
        <source>Forget %1 and remove its secrets from the keychain? The local copy of the directory stays until you connect again.</source>
        <translation>Zapomnieć portal %1 i usunąć jego poufne dane z pęku kluczy? Lokalna kopia katalogu pozostanie do czasu ponownego połączenia.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message>
        <source>%1 Showing the copy of the directory on this computer.</source>
        <translation>%1 Wyświetlana jest kopia katalogu zapisana na tym komputerze.</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Pęk kluczy jest niedostępny</translation>
    </message>
    <message>
        <source>%1

InviteDesk never writes secrets to a file. Keep the secret in memory for this session only? You will have to connect again next time.</source>
        <translation>%1

InviteDesk nigdy nie zapisuje poufnych danych w pliku. Przechować je w pamięci tylko na czas tej sesji? Następnym razem trzeba będzie połączyć się ponownie.</translation>
    </message>
    <message>
        <source>Signed out. The next start opens the sandbox portal.</source>
        <translation>Wylogowano. Przy następnym uruchomieniu otworzy się portal testowy.</translation>
    </message>
    <message>
        <source>Directory updated: %1</source>
        <translation>Zaktualizowano katalog: %1</translation>
    </message>
    <message>
        <source>Sandbox portal</source>
        <translation>Portal testowy</translation>
    </message>
    <message>
        <source>Invitations can be composed once the portal has answered or its outbox is open.</source>
        <translation>Zaproszenia można tworzyć, gdy portal odpowie lub jego skrzynka nadawcza zostanie otwarta.</translation>
    </message>
    <message>
        <source>The outbox opens once the portal has answered.</source>
        <translation>Skrzynka nadawcza otworzy się, gdy portal odpowie.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address to sign in: %1</source>
        <translation>Nie udało się otworzyć przeglądarki. Otwórz ten adres, aby się zalogować: %1</translation>
    </message>
    <message>
        <source>InviteDesk could not listen for the sign-in answer.</source>
        <translation>InviteDesk nie mógł odebrać odpowiedzi logowania.</translation>
    </message>
    <message>
        <source>Portal moved?</source>
        <translation>Portal przeniesiony?</translation>
    </message>
    <message>
        <source>The portal %1 answers that it has moved to %2.

Continue with %2 only if your company really changed its Bitrix24 address: InviteDesk will send its sign-in and your invitations there. Nothing has been sent there yet.</source>
        <translation>Portal %1 odpowiada, że przeniósł się pod adres %2.

Kontynuuj z %2 tylko wtedy, gdy Twoja firma naprawdę zmieniła adres Bitrix24: InviteDesk wyśle tam swoje dane logowania i Twoje zaproszenia. Nic nie zostało tam jeszcze wysłane.</translation>
    </message>
    <message>
        <source>Signed out. Your other portals are under Portal → Switch portal.</source>
        <translation>Wylogowano. Pozostałe portale znajdziesz w menu Portal → Przełącz portal.</translation>
    </message>
</context>
<context>
    <name>CompanyStructurePage</name>
    <message>
        <source>Company structure</source>
        <translation>Struktura firmy</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Działy</translation>
    </message>
    <message>
        <source>De&amp;partments:</source>
        <translation>&amp;Działy:</translation>
    </message>
    <message>
        <source>Include &amp;sub-departments</source>
        <translation>&amp;Uwzględnij poddziały</translation>
    </message>
    <message>
        <source>Include sub-departments</source>
        <translation>Uwzględnij poddziały</translation>
    </message>
    <message>
        <source>&amp;Invite to this department…</source>
        <translation>&amp;Zaproś do tego działu…</translation>
    </message>
    <message>
        <source>Invite to this department…</source>
        <translation>Zaproś do tego działu…</translation>
    </message>
    <message>
        <source>Opens the invite dialog with the selected department</source>
        <translation>Otwiera okno zapraszania z wybranym działem</translation>
    </message>
    <message>
        <source>People in the department</source>
        <translation>Osoby w dziale</translation>
    </message>
    <message>
        <source>Department actions</source>
        <translation>Akcje działu</translation>
    </message>
    <message>
        <source>The directory is not available yet. It appears here once it has been downloaded from the portal.</source>
        <translation>Katalog nie jest jeszcze dostępny. Pojawi się tutaj po pobraniu go z portalu.</translation>
    </message>
    <message>
        <source>Select a department to see its people.</source>
        <translation>Wybierz dział, aby zobaczyć należące do niego osoby.</translation>
    </message>
    <message>
        <source>Nobody works in this department yet.</source>
        <translation>W tym dziale nikt jeszcze nie pracuje.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln osoba</numerusform>
            <numerusform>%Ln osoby</numerusform>
            <numerusform>%Ln osób</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting people…</source>
        <translation>Liczenie osób…</translation>
    </message>
    <message>
        <source>The company&apos;s departments with their heads, their own number of members and the number with all sub-departments. The context menu invites people to a department.</source>
        <translation>Działy firmy z ich kierownikami, liczbą własnych członków i liczbą razem ze wszystkimi poddziałami. Menu kontekstowe pozwala zaprosić osoby do działu.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a department&apos;s two member counts</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people with sub-departments</source>
        <translation>
            <numerusform>%Ln osoba z poddziałami</numerusform>
            <numerusform>%Ln osoby z poddziałami</numerusform>
            <numerusform>%Ln osób z poddziałami</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln directly in this department</source>
        <translation>
            <numerusform>%Ln bezpośrednio w tym dziale</numerusform>
            <numerusform>%Ln bezpośrednio w tym dziale</numerusform>
            <numerusform>%Ln bezpośrednio w tym dziale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people directly in this department</source>
        <translation>
            <numerusform>%Ln osoba bezpośrednio w tym dziale</numerusform>
            <numerusform>%Ln osoby bezpośrednio w tym dziale</numerusform>
            <numerusform>%Ln osób bezpośrednio w tym dziale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with sub-departments</source>
        <translation>
            <numerusform>%Ln z poddziałami</numerusform>
            <numerusform>%Ln z poddziałami</numerusform>
            <numerusform>%Ln z poddziałami</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectPortalDialog</name>
    <message>
        <source>Connect a Bitrix24 portal</source>
        <translation>Połącz portal Bitrix24</translation>
    </message>
    <message>
        <source>Connection method</source>
        <translation>Metoda połączenia</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <source>&amp;OAuth application</source>
        <translation>Aplikacja &amp;OAuth</translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation>Problem z adresem</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Połącz</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <source>In your portal open Developer resources → Other → Inbound webhook, tick the scopes &lt;i&gt;user&lt;/i&gt;, &lt;i&gt;department&lt;/i&gt; and &lt;i&gt;sonet_group&lt;/i&gt;, and paste the webhook address here. It is kept in your system&apos;s keychain.</source>
        <translation>W portalu otwórz Zasoby dla programistów → Inne → Przychodzący webhook, zaznacz zakresy &lt;i&gt;user&lt;/i&gt;, &lt;i&gt;department&lt;/i&gt; i &lt;i&gt;sonet_group&lt;/i&gt;, a następnie wklej tutaj adres webhooka. Zostanie on zapisany w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Adres webhooka</translation>
    </message>
    <message>
        <source>https://company.bitrix24.com/rest/1/abc123xyz/</source>
        <translation>https://firma.bitrix24.pl/rest/1/abc123xyz/</translation>
    </message>
    <message>
        <source>Webhook &amp;address:</source>
        <translation>&amp;Adres webhooka:</translation>
    </message>
    <message>
        <source>Use a local application created in your portal. InviteDesk opens your browser to sign in; the tokens are kept in your system&apos;s keychain.</source>
        <translation>Użyj aplikacji lokalnej utworzonej w portalu. InviteDesk otworzy przeglądarkę, aby można było się zalogować; tokeny są przechowywane w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Adres portalu</translation>
    </message>
    <message>
        <source>company.bitrix24.com</source>
        <translation>firma.bitrix24.pl</translation>
    </message>
    <message>
        <source>Application ID (client_id)</source>
        <translation>Identyfikator aplikacji (client_id)</translation>
    </message>
    <message>
        <source>Application key (client_secret)</source>
        <translation>Klucz aplikacji (client_secret)</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Serwer autoryzacji</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>Po&amp;rtal:</translation>
    </message>
    <message>
        <source>Application &amp;ID:</source>
        <translation>&amp;Identyfikator aplikacji:</translation>
    </message>
    <message>
        <source>Application &amp;key:</source>
        <translation>&amp;Klucz aplikacji:</translation>
    </message>
    <message>
        <source>Authorization &amp;server:</source>
        <translation>&amp;Serwer autoryzacji:</translation>
    </message>
    <message>
        <source>Enter the application ID and key shown in the application&apos;s card in your portal.</source>
        <translation>Wpisz identyfikator i klucz aplikacji widoczne na karcie aplikacji w portalu.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>The secret part is hidden while you are not editing it.</source>
        <translation>Tajna część jest ukryta, dopóki jej nie edytujesz.</translation>
    </message>
    <message>
        <source>S&amp;how the secret</source>
        <translation>&amp;Pokaż tajną część</translation>
    </message>
    <message>
        <source>Show the secret part of the webhook address</source>
        <translation>Pokaż tajną część adresu webhooka</translation>
    </message>
    <message>
        <source>Certificate issued to</source>
        <translation>Certyfikat wystawiony dla</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Odcisk SHA-256</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Wystawiony dla:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Odcisk SHA-256:</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this portal</source>
        <translation>&amp;Ufaj temu certyfikatowi dla tego portalu</translation>
    </message>
    <message>
        <source>Trust this certificate for this portal</source>
        <translation>Ufaj temu certyfikatowi dla tego portalu</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate of %1: it is self-signed or issued by your company&apos;s own certificate authority, as is usual for Bitrix24 on your own server. Nothing was sent. Ask your administrator for the portal&apos;s SHA-256 fingerprint and trust the certificate only if it is the same as below.</source>
        <translation>Ten komputer nie ufa certyfikatowi %1: jest on samopodpisany lub wystawiony przez własny urząd certyfikacji Twojej firmy, jak zwykle w przypadku Bitrix24 na własnym serwerze. Nic nie zostało wysłane. Poproś administratora o odcisk SHA-256 portalu i zaufaj certyfikatowi tylko wtedy, gdy jest taki sam jak poniżej.</translation>
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
        <translation>Cyrylica (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Cyrylica (KOI8-R)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Zachodnioeuropejskie (Windows-1252)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>Środkowoeuropejskie (Windows-1250)</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Import pliku %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read, %1 with a usable address.</source>
        <translation>
            <numerusform>Odczytano %n wiersz, %1 z prawidłowym adresem.</numerusform>
            <numerusform>Odczytano %n wiersze, %1 z prawidłowym adresem.</numerusform>
            <numerusform>Odczytano %n wierszy, %1 z prawidłowym adresem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Wiersze pliku</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemy</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n recipient(s)</source>
        <translation>
            <numerusform>&amp;Dodaj %n odbiorcę</numerusform>
            <numerusform>&amp;Dodaj %n odbiorców</numerusform>
            <numerusform>&amp;Dodaj %n odbiorców</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Kodowanie pliku</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <source>Columns hold:</source>
        <translation>Kolumny zawierają:</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Nie udało się otworzyć pliku: %1</translation>
    </message>
    <message>
        <source>What column %1 (%2) holds</source>
        <translation>Co zawiera kolumna %1 (%2)</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Odczytano jako %1.</translation>
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
        <translation>imię</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>drugie imię</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nazwisko</translation>
    </message>
    <message>
        <source>name</source>
        <translation>imię i nazwisko</translation>
    </message>
    <message>
        <source>position</source>
        <translation>stanowisko</translation>
    </message>
    <message>
        <source>department</source>
        <translation>dział</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>pominięta</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Nie udało się otworzyć pliku: %1</translation>
    </message>
    <message>
        <source>The file contains no rows.</source>
        <translation>Plik nie zawiera żadnych wierszy.</translation>
    </message>
    <message>
        <source>No header row; columns read as: %1.</source>
        <translation>Brak wiersza nagłówka; kolumny odczytano jako: %1.</translation>
    </message>
    <message>
        <source>A quotation mark is not closed; the rest of the file was read as one field.</source>
        <translation>Cudzysłów nie został zamknięty; reszta pliku została odczytana jako jedno pole.</translation>
    </message>
    <message>
        <source>No e-mail address in this row.</source>
        <translation>Brak adresu e-mail w tym wierszu.</translation>
    </message>
    <message>
        <source>This row has more fields than the header; the extra ones were ignored.</source>
        <translation>Ten wiersz ma więcej pól niż nagłówek; nadmiarowe pola zostały pominięte.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolumna %1</translation>
    </message>
    <message>
        <source>The header row names no e-mail column; columns read as: %1. Choose what each column holds if this is wrong.</source>
        <translation>Wiersz nagłówka nie wskazuje kolumny z adresem e-mail; kolumny odczytano jako: %1. Jeśli to błąd, wybierz, co zawiera każda kolumna.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text, so no row can be added. Choose the encoding it was saved in.</source>
        <translation>Plik nie jest poprawnym tekstem %1, więc nie można dodać żadnego wiersza. Wybierz kodowanie, w którym został zapisany.</translation>
    </message>
    <message>
        <source>No row has a usable e-mail address, so there is nothing to add.</source>
        <translation>Żaden wiersz nie zawiera użytecznego adresu e-mail, więc nie ma czego dodać.</translation>
    </message>
</context>
<context>
    <name>DepartmentCombo</name>
    <message>
        <source>Choose a department…</source>
        <translation>Wybierz dział…</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Dział %1</translation>
    </message>
</context>
<context>
    <name>DepartmentMatcher</name>
    <message>
        <source>Several departments are called &quot;%1&quot;; enter the ID of the one you mean (%2).</source>
        <translation>Kilka działów nazywa się „%1”; wpisz identyfikator właściwego (%2).</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; cannot be checked: the company structure has not been loaded yet.</source>
        <translation>Nie można sprawdzić działu „%1”: struktura firmy nie została jeszcze wczytana.</translation>
    </message>
    <message>
        <source>There is no department with the ID %1 in the company structure.</source>
        <translation>W strukturze firmy nie ma działu o identyfikatorze %1.</translation>
    </message>
    <message>
        <source>There is no department &quot;%1&quot; in the company structure.</source>
        <translation>W strukturze firmy nie ma działu „%1”.</translation>
    </message>
</context>
<context>
    <name>DepartmentSelector</name>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Show only people of this department and its sub-departments. Type to find a department.</source>
        <translation>Pokaż tylko osoby z tego działu i jego poddziałów. Zacznij pisać, aby znaleźć dział.</translation>
    </message>
    <message>
        <source>Matching departments</source>
        <translation>Pasujące działy</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Działy</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Wszystkie działy</translation>
    </message>
</context>
<context>
    <name>DepartmentTreeModel</name>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Kierownik</translation>
    </message>
    <message>
        <source>People in this department itself, without its sub-departments</source>
        <translation>Osoby w samym tym dziale, bez jego poddziałów</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Bezpośrednio</translation>
    </message>
    <message>
        <source>People in this department and all its sub-departments; someone in several of them counts once</source>
        <translation>Osoby w tym dziale i wszystkich jego poddziałach; osoba w kilku z nich liczy się raz</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
</context>
<context>
    <name>DirectoryError</name>
    <message>
        <source>The local copy of the directory cannot be opened: the disk is full or cannot be written. Nothing was deleted; free some space and restart InviteDesk.</source>
        <translation>Nie można otworzyć lokalnej kopii katalogu: dysk jest pełny lub nie można na nim zapisywać. Nic nie zostało usunięte; zwolnij miejsce i uruchom InviteDesk ponownie.</translation>
    </message>
    <message>
        <source>The local copy of the directory cannot be opened.</source>
        <translation>Nie można otworzyć lokalnej kopii katalogu.</translation>
    </message>
    <message>
        <source>The local copy of the directory could not be converted for this version of InviteDesk: the disk is full or cannot be written. Nothing was deleted; free some space and restart InviteDesk.</source>
        <translation>Nie udało się przekształcić lokalnej kopii katalogu dla tej wersji InviteDesk: dysk jest pełny lub nie można na nim zapisywać. Nic nie zostało usunięte; zwolnij miejsce i uruchom InviteDesk ponownie.</translation>
    </message>
    <message>
        <source>The local copy of the directory could not be updated.</source>
        <translation>Nie udało się zaktualizować lokalnej kopii katalogu.</translation>
    </message>
    <message>
        <source>Directory refresh cancelled; the previous copy is kept.</source>
        <translation>Anulowano odświeżanie katalogu; poprzednia kopia została zachowana.</translation>
    </message>
</context>
<context>
    <name>DirectoryOpenReport</name>
    <message>
        <source>The local copy of the directory was damaged; it was set aside and will be rebuilt from the portal.</source>
        <translation>Lokalna kopia katalogu była uszkodzona; została odłożona i zostanie odtworzona z portalu.</translation>
    </message>
    <message>
        <source>The local copy of the directory was written by a newer InviteDesk; it was set aside and will be rebuilt from the portal.</source>
        <translation>Lokalna kopia katalogu została zapisana przez nowszą wersję InviteDesk; została odłożona i zostanie odtworzona z portalu.</translation>
    </message>
</context>
<context>
    <name>DirectorySyncStatus</name>
    <message>
        <source>Offline, the directory was never synced</source>
        <translation>Offline, katalog nie był jeszcze synchronizowany</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline od %1</translation>
    </message>
</context>
<context>
    <name>DirectorySyncSummary</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nowa osoba</numerusform>
            <numerusform>%n nowe osoby</numerusform>
            <numerusform>%n nowych osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n zmieniona</numerusform>
            <numerusform>%n zmienione</numerusform>
            <numerusform>%n zmienionych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n usunięta</numerusform>
            <numerusform>%n usunięte</numerusform>
            <numerusform>%n usuniętych</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Brak zmian</translation>
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
        <translation>Synchronizacja katalogu: %1 z %2 osób</translation>
    </message>
    <message>
        <source>Syncing the directory: %1 people</source>
        <translation>Synchronizacja katalogu: %1 osób</translation>
    </message>
    <message>
        <source>Directory synced: %1 people, %2 departments (%3).</source>
        <translation>Katalog zsynchronizowany: %1 osób, %2 działów (%3).</translation>
    </message>
    <message>
        <source>The directory could not be synced: %1</source>
        <translation>Nie udało się zsynchronizować katalogu: %1</translation>
    </message>
    <message>
        <source>The directory copy was never synced; syncing it first.</source>
        <translation>Kopia katalogu nigdy nie była synchronizowana; najpierw synchronizacja.</translation>
    </message>
    <message>
        <source>The directory copy could not be opened.</source>
        <translation>Nie udało się otworzyć kopii katalogu.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n people written to %1.</source>
        <translation>
            <numerusform>%n osoba zapisana do %1.</numerusform>
            <numerusform>%n osoby zapisane do %1.</numerusform>
            <numerusform>%n osób zapisanych do %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftTargetChoice</name>
    <message>
        <source>Start &amp;fresh</source>
        <translation>Zacznij od &amp;nowa</translation>
    </message>
    <message>
        <source>Start fresh: discard the draft</source>
        <translation>Zacznij od nowa: odrzuć szkic</translation>
    </message>
    <message>
        <source>Keep the draft&apos;s target</source>
        <translation>Zachowaj cel szkicu</translation>
    </message>
    <message>
        <source>Use the new target</source>
        <translation>Użyj nowego celu</translation>
    </message>
    <message>
        <source>The restored draft was composed for %1, and the dialog was opened for %2. Which should it be? Nothing is sent until you choose.</source>
        <translation>Przywrócony szkic przygotowano dla: %1, a okno otwarto dla: %2. Który cel wybrać? Nic nie zostanie wysłane, dopóki nie wybierzesz.</translation>
    </message>
    <message>
        <source>&amp;Keep %1</source>
        <translation>&amp;Zachowaj: %1</translation>
    </message>
    <message>
        <source>Keep the draft&apos;s target, %1</source>
        <translation>Zachowaj cel szkicu: %1</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Użyj: %1</translation>
    </message>
    <message>
        <source>Use %1 for the draft</source>
        <translation>Użyj dla szkicu: %1</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>The address is empty.</source>
        <translation>Adres jest pusty.</translation>
    </message>
    <message>
        <source>The address is longer than 254 characters.</source>
        <translation>Adres jest dłuższy niż 254 znaki.</translation>
    </message>
    <message>
        <source>The address contains spaces.</source>
        <translation>Adres zawiera spacje.</translation>
    </message>
    <message>
        <source>The address has no @.</source>
        <translation>Adres nie zawiera znaku @.</translation>
    </message>
    <message>
        <source>The address has more than one @.</source>
        <translation>Adres zawiera więcej niż jeden znak @.</translation>
    </message>
    <message>
        <source>Nothing comes before the @.</source>
        <translation>Przed znakiem @ nic nie ma.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>Część przed znakiem @ jest dłuższa niż 64 znaki.</translation>
    </message>
    <message>
        <source>A quotation mark is not closed.</source>
        <translation>Cudzysłów nie został zamknięty.</translation>
    </message>
    <message>
        <source>The quoted part before the @ is not valid.</source>
        <translation>Część w cudzysłowie przed znakiem @ jest nieprawidłowa.</translation>
    </message>
    <message>
        <source>The part before the @ starts or ends with a dot.</source>
        <translation>Część przed znakiem @ zaczyna się lub kończy kropką.</translation>
    </message>
    <message>
        <source>The address has two dots in a row.</source>
        <translation>Adres zawiera dwie kropki obok siebie.</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that is not allowed.</source>
        <translation>Część przed znakiem @ zawiera niedozwolony znak.</translation>
    </message>
    <message>
        <source>The domain after the @ is missing.</source>
        <translation>Brak domeny po znaku @.</translation>
    </message>
    <message>
        <source>The domain starts with a dot.</source>
        <translation>Domena zaczyna się od kropki.</translation>
    </message>
    <message>
        <source>IP addresses cannot be used as a domain.</source>
        <translation>Adresów IP nie można używać jako domeny.</translation>
    </message>
    <message>
        <source>The domain is incomplete (for example, &quot;example.com&quot;).</source>
        <translation>Domena jest niepełna (przykład: „example.com”).</translation>
    </message>
    <message>
        <source>The domain contains a character that is not allowed.</source>
        <translation>Domena zawiera niedozwolony znak.</translation>
    </message>
    <message>
        <source>A part of the domain starts or ends with a hyphen.</source>
        <translation>Część domeny zaczyna się lub kończy łącznikiem.</translation>
    </message>
    <message>
        <source>A part of the domain is longer than 63 characters.</source>
        <translation>Część domeny jest dłuższa niż 63 znaki.</translation>
    </message>
    <message>
        <source>The domain is longer than 253 characters.</source>
        <translation>Domena jest dłuższa niż 253 znaki.</translation>
    </message>
    <message>
        <source>The domain ends in a number, not a name.</source>
        <translation>Domena kończy się liczbą, a nie nazwą.</translation>
    </message>
    <message>
        <source>The address contains an invisible control character (such as a line break).</source>
        <translation>Adres zawiera niewidoczny znak sterujący (np. znak nowej linii).</translation>
    </message>
    <message>
        <source>Addresses with quotation marks before the @ cannot be invited: Bitrix24 accepts only ordinary addresses.</source>
        <translation>Nie można zaprosić adresów z cudzysłowem przed @: Bitrix24 przyjmuje tylko zwykłe adresy.</translation>
    </message>
    <message>
        <source>A part of the domain starting with &quot;xn--&quot; is not a valid international name.</source>
        <translation>Część domeny zaczynająca się od „xn--” nie jest prawidłową nazwą międzynarodową.</translation>
    </message>
</context>
<context>
    <name>EmployeeDetailsPane</name>
    <message>
        <source>Invited, not yet joined</source>
        <translation>Zaproszony, jeszcze nie dołączył</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Zwolniony</translation>
    </message>
    <message>
        <source>Extranet user</source>
        <translation>Użytkownik ekstranetu</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <source>Selected person</source>
        <translation>Wybrana osoba</translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation>Wybierz osobę, aby zobaczyć szczegóły.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Stanowisko:</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>Działy:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Telefony:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Data rejestracji:</translation>
    </message>
    <message>
        <source>Last login:</source>
        <translation>Ostatnie logowanie:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Brak danych</translation>
    </message>
    <message>
        <source>&amp;Copy e-mail</source>
        <translation>&amp;Kopiuj e-mail</translation>
    </message>
    <message>
        <source>Open &amp;profile in the portal</source>
        <translation>Otwórz &amp;profil w portalu</translation>
    </message>
    <message>
        <source>&amp;Invite again in the portal…</source>
        <translation>Zaproś &amp;ponownie w portalu…</translation>
    </message>
    <message>
        <source>The sandbox portal has no profile pages.</source>
        <translation>Portal testowy nie ma stron profili.</translation>
    </message>
    <message>
        <source>&amp;Reinstate in the portal…</source>
        <translation>P&amp;rzywróć w portalu…</translation>
    </message>
    <message>
        <source>Opens the profile, where the portal offers this</source>
        <translation>Otwiera profil, w którym portal oferuje tę czynność</translation>
    </message>
    <message>
        <source>Copy e-mail</source>
        <translation>Kopiuj e-mail</translation>
    </message>
    <message>
        <source>In the por&amp;tal</source>
        <translation>W por&amp;talu</translation>
    </message>
    <message>
        <source>In the portal</source>
        <translation>W portalu</translation>
    </message>
</context>
<context>
    <name>EmployeeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
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
        <translation>Pracownicy</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Szukaj osób</translation>
    </message>
    <message>
        <source>Filters the list as you type: name, e-mail, position or phone</source>
        <translation>Filtruje listę podczas pisania: imię i nazwisko, e-mail, stanowisko lub telefon</translation>
    </message>
    <message>
        <source>Name, e-mail, position or phone</source>
        <translation>Imię i nazwisko, e-mail, stanowisko lub telefon</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Sz&amp;ukaj:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Which people to list: everyone, employees, pending invitations, dismissed or extranet users</source>
        <translation>Które osoby wyświetlić: wszystkie, pracowników, oczekujące zaproszenia, zwolnionych lub użytkowników ekstranetu</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>Invited, not yet joined</source>
        <translation>Oczekujące zaproszenia</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Zwolnieni</translation>
    </message>
    <message>
        <source>Extranet</source>
        <translation>Ekstranet</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Po&amp;każ:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Dział:</translation>
    </message>
    <message>
        <source>I&amp;nvite users…</source>
        <translation>&amp;Zaproś pracowników…</translation>
    </message>
    <message>
        <source>Invite users…</source>
        <translation>Zaproś pracowników…</translation>
    </message>
    <message>
        <source>Opens the invite dialog</source>
        <translation>Otwiera okno zapraszania</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>The directory is not available yet. It appears here once it has been downloaded from the portal.</source>
        <translation>Katalog nie jest jeszcze dostępny. Pojawi się tutaj po pobraniu go z portalu.</translation>
    </message>
    <message>
        <source>No one matches “%1”.
Check the spelling, or try fewer letters or another filter.</source>
        <translation>Nikt nie pasuje do „%1”.
Sprawdź pisownię albo wpisz mniej liter lub użyj innego filtra.</translation>
    </message>
    <message>
        <source>No people match these filters.</source>
        <translation>Żadna osoba nie pasuje do tych filtrów.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln osoba</numerusform>
            <numerusform>%Ln osoby</numerusform>
            <numerusform>%Ln osób</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting people…</source>
        <translation>Liczenie osób…</translation>
    </message>
    <message>
        <source>Names are found in other spellings too: &quot;mueller&quot; finds Müller, &quot;dmitriy&quot; finds Дмитрий, &quot;юлия&quot; finds Julia.</source>
        <translation>Nazwiska są znajdowane także w innej pisowni: „mueller” znajduje Müller, „dmitriy” znajduje Дмитрий, „юлия” znajduje Julia.</translation>
    </message>
</context>
<context>
    <name>HeadlessInviter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the report %1: name a .csv or .json file in a writable folder.</source>
        <translation>Nie można zapisać raportu %1: podaj plik .csv lub .json w folderze z prawem zapisu.</translation>
    </message>
    <message>
        <source>Employees need a department: pass --department &lt;name or ID&gt; or add a department column to the file.</source>
        <translation>Pracownicy potrzebują działu: podaj --department &lt;nazwa lub ID&gt; albo dodaj do pliku kolumnę działu.</translation>
    </message>
    <message>
        <source>The portal has no department &quot;%1&quot;; --list-departments shows them all.</source>
        <translation>Portal nie ma działu „%1”; --list-departments pokazuje wszystkie.</translation>
    </message>
    <message>
        <source>Several departments are called &quot;%1&quot;; pass its ID (see --list-departments).</source>
        <translation>Kilka działów nazywa się „%1”; podaj jego ID (zob. --list-departments).</translation>
    </message>
    <message>
        <source>Checking addresses with the portal: %1 of %2</source>
        <translation>Sprawdzanie adresów w portalu: %1 z %2</translation>
    </message>
    <message>
        <source>The outbox did not queue every planned invitation; nothing is sent.</source>
        <translation>Skrzynka nadawcza nie dodała do kolejki wszystkich zaplanowanych zaproszeń; nic nie zostanie wysłane.</translation>
    </message>
    <message>
        <source>Sending invitations: %1 of %2 answered</source>
        <translation>Wysyłanie zaproszeń: %1 z %2 z odpowiedzią</translation>
    </message>
    <message>
        <source>Nothing was sent; invitations already queued stay queued for invitedesk --send-pending.</source>
        <translation>Nic nie wysłano; zaproszenia już w kolejce pozostają w niej dla invitedesk --send-pending.</translation>
    </message>
    <message>
        <source>Invited: user %1.</source>
        <translation>Zaproszono: użytkownik %1.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer does not say whether the user was created (%1); review it in the app&apos;s outbox.</source>
        <translation>Odpowiedź portalu nie mówi, czy użytkownik został utworzony (%1); sprawdź to w skrzynce nadawczej aplikacji.</translation>
    </message>
    <message>
        <source>Not sent yet; invitedesk --send-pending sends it.</source>
        <translation>Jeszcze nie wysłano; invitedesk --send-pending je wyśle.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) not sent stay queued; invitedesk --send-pending sends them later.</source>
        <translation>
            <numerusform>%n niewysłane zaproszenie pozostaje w kolejce; invitedesk --send-pending wyśle je później.</numerusform>
            <numerusform>%n niewysłane zaproszenia pozostają w kolejce; invitedesk --send-pending wyśle je później.</numerusform>
            <numerusform>%n niewysłanych zaproszeń pozostaje w kolejce; invitedesk --send-pending wyśle je później.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Nie można zapisać raportu %1: %2</translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation>Nic nie zostało dodane do skrzynki nadawczej.</translation>
    </message>
</context>
<context>
    <name>InvitationAuditLog</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Czas (UTC)</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Zapraszający</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <source>Portal answer</source>
        <translation>Odpowiedź portalu</translation>
    </message>
</context>
<context>
    <name>InvitationFailure</name>
    <message>
        <source>Duplicate: a user with this e-mail already exists on the portal.</source>
        <translation>Duplikat: w portalu istnieje już użytkownik z tym adresem e-mail.</translation>
    </message>
    <message>
        <source>Invalid: the portal did not accept the address or the details.</source>
        <translation>Nieprawidłowe: portal nie zaakceptował adresu lub danych.</translation>
    </message>
    <message>
        <source>Limit: the plan&apos;s user limit is reached. Free seats or upgrade the plan, then retry.</source>
        <translation>Limit: osiągnięto limit użytkowników planu. Zwolnij miejsca lub przejdź na wyższy plan, a następnie ponów próbę.</translation>
    </message>
    <message>
        <source>Rights: only administrators can invite unless the portal lets everyone invite.</source>
        <translation>Uprawnienia: tylko administratorzy mogą zapraszać, chyba że portal pozwala zapraszać wszystkim.</translation>
    </message>
    <message>
        <source>Network: will be sent when the portal is reachable.</source>
        <translation>Sieć: zostanie wysłane, gdy portal będzie osiągalny.</translation>
    </message>
    <message>
        <source>The portal asked to slow down; will be sent shortly.</source>
        <translation>Portal poprosił o spowolnienie; zaproszenie zostanie wkrótce wysłane.</translation>
    </message>
    <message>
        <source>The portal answered with an unexpected error: %1</source>
        <translation>Portal odpowiedział nieoczekiwanym błędem: %1</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplikat</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>nieprawidłowe</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limit</translation>
    </message>
    <message>
        <source>rights</source>
        <translation>uprawnienia</translation>
    </message>
    <message>
        <source>network</source>
        <translation>sieć</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznany błąd</translation>
    </message>
    <message>
        <source>Sign in again: the portal no longer accepts InviteDesk&apos;s sign-in (it expired or was revoked). The invitation is kept and sent once you have signed in.</source>
        <translation>Zaloguj się ponownie: portal nie akceptuje już logowania InviteDesk (wygasło lub zostało odwołane). Zaproszenie zostaje zachowane i zostanie wysłane po zalogowaniu.</translation>
    </message>
    <message>
        <source>sign in again</source>
        <translation>zaloguj się ponownie</translation>
    </message>
    <message>
        <source>Invalid address: the portal does not accept this e-mail address. Check it for typing errors; before the @ the portal accepts only Latin letters, digits and common symbols, no accented letters such as é.</source>
        <translation>Nieprawidłowy adres: portal nie przyjmuje tego adresu e-mail. Sprawdź, czy nie ma literówek; przed @ portal przyjmuje tylko litery łacińskie, cyfry i zwykłe symbole, bez liter z akcentami, takich jak é.</translation>
    </message>
    <message>
        <source>No department: the portal needs a department for an employee. Choose one and invite again.</source>
        <translation>Brak działu: portal wymaga działu dla pracownika. Wybierz dział i zaproś ponownie.</translation>
    </message>
    <message>
        <source>No workgroup: the portal needs a workgroup for an extranet user. Choose one and invite again.</source>
        <translation>Brak grupy roboczej: portal wymaga grupy dla użytkownika extranetu. Wybierz grupę i zaproś ponownie.</translation>
    </message>
    <message>
        <source>Unknown workgroup: the chosen workgroup does not exist on the portal (any more). Refresh the directory and choose another.</source>
        <translation>Nieznana grupa robocza: wybrana grupa nie istnieje (już) w portalu. Odśwież katalog i wybierz inną.</translation>
    </message>
</context>
<context>
    <name>InvitationOutbox</name>
    <message>
        <source>An extranet user must be invited into at least one workgroup.</source>
        <translation>Użytkownika ekstranetu trzeba zaprosić do co najmniej jednej grupy roboczej.</translation>
    </message>
    <message>
        <source>An employee must be invited into a department.</source>
        <translation>Pracownika trzeba zaprosić do działu.</translation>
    </message>
    <message>
        <source>Checking the portal before sending again.</source>
        <translation>Sprawdzanie portalu przed ponownym wysłaniem.</translation>
    </message>
</context>
<context>
    <name>InvitationPlan</name>
    <message>
        <source>No e-mail address.</source>
        <translation>Brak adresu e-mail.</translation>
    </message>
    <message>
        <source>The same address as line %1 of this file.</source>
        <translation>Ten sam adres co w wierszu %1 tego pliku.</translation>
    </message>
    <message>
        <source>Invited earlier by InviteDesk (%1, user %2).</source>
        <translation>Zaproszony wcześniej przez InviteDesk (%1, użytkownik %2).</translation>
    </message>
    <message>
        <source>An earlier invitation to this address has an unknown outcome; review it in the app&apos;s outbox.</source>
        <translation>Wcześniejsze zaproszenie na ten adres ma nieznany wynik; sprawdź je w skrzynce nadawczej aplikacji.</translation>
    </message>
    <message>
        <source>Queued by an earlier run.</source>
        <translation>Dodane do kolejki przez wcześniejsze uruchomienie.</translation>
    </message>
    <message>
        <source>Already a user of the portal (user %1).</source>
        <translation>Już jest użytkownikiem portalu (użytkownik %1).</translation>
    </message>
    <message>
        <source>Already invited, has not joined yet (user %1).</source>
        <translation>Już zaproszony, jeszcze nie dołączył (użytkownik %1).</translation>
    </message>
    <message>
        <source>A dismissed user has this address (user %1); the portal does not reuse it.</source>
        <translation>Ten adres ma zwolniony użytkownik (użytkownik %1); portal nie używa go ponownie.</translation>
    </message>
    <message>
        <source>No department: fill the row&apos;s department column or pass --department.</source>
        <translation>Brak działu: wypełnij kolumnę działu w wierszu lub podaj --department.</translation>
    </message>
    <message>
        <source>The portal has no department &quot;%1&quot; (see --list-departments).</source>
        <translation>Portal nie ma działu „%1” (zob. --list-departments).</translation>
    </message>
    <message>
        <source>Several departments are called &quot;%1&quot;; use its ID (see --list-departments).</source>
        <translation>Kilka działów nazywa się „%1”; użyj jego ID (zob. --list-departments).</translation>
    </message>
</context>
<context>
    <name>InvitationPreview</name>
    <message>
        <source>Invitation to %1</source>
        <translation>Zaproszenie do portalu „%1”</translation>
    </message>
    <message>
        <source>%1 invites you to %2</source>
        <translation>%1 zaprasza Cię do portalu „%2”</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Temat:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <source>You received this e-mail because %1 invited you to %2.</source>
        <translation>Otrzymujesz tę wiadomość, ponieważ %1 zaprasza Cię do portalu „%2”.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>ktoś</translation>
    </message>
    <message>
        <source>Accept invitation</source>
        <translation>Przyjmij zaproszenie</translation>
    </message>
    <message>
        <source>Bitrix24 adds this button with the person&apos;s own link to join.</source>
        <translation>Bitrix24 dodaje ten przycisk z własnym linkiem dołączenia dla tej osoby.</translation>
    </message>
</context>
<context>
    <name>InvitationSendProgress</name>
    <message>
        <source>Sent %1 · skipped %2 · failed %3 · waiting %4</source>
        <translation>Wysłane %1 · pominięte %2 · nieudane %3 · oczekujące %4</translation>
    </message>
    <message>
        <source> · cancelled %1</source>
        <translation> · anulowane %1</translation>
    </message>
</context>
<context>
    <name>InvitationSender</name>
    <message>
        <source>Will be sent when the portal is reachable.</source>
        <translation>Zostanie wysłane, gdy portal będzie osiągalny.</translation>
    </message>
    <message>
        <source>found on the portal after an interruption: user %1</source>
        <translation>znaleziono w portalu po przerwie: użytkownik %1</translation>
    </message>
    <message>
        <source>not found on the portal after an interruption; queued again</source>
        <translation>nie znaleziono w portalu po przerwie; ponownie dodano do kolejki</translation>
    </message>
    <message>
        <source>no answer for this call</source>
        <translation>brak odpowiedzi na to wywołanie</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n time(s) without an answer, and the portal does not list the address. Check in Bitrix24 whether the person was invited, then retry or discard.</source>
        <translation>
            <numerusform>Wysłano %n raz bez odpowiedzi, a portal nie zna tego adresu. Sprawdź w Bitrix24, czy osoba została zaproszona, a następnie ponów lub odrzuć.</numerusform>
            <numerusform>Wysłano %n razy bez odpowiedzi, a portal nie zna tego adresu. Sprawdź w Bitrix24, czy osoba została zaproszona, a następnie ponów lub odrzuć.</numerusform>
            <numerusform>Wysłano %n razy bez odpowiedzi, a portal nie zna tego adresu. Sprawdź w Bitrix24, czy osoba została zaproszona, a następnie ponów lub odrzuć.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>held for review after %n attempt(s) without an answer (%1); not found on the portal</source>
        <translation>
            <numerusform>wstrzymano do sprawdzenia po %n próbie bez odpowiedzi (%1); nie znaleziono w portalu</numerusform>
            <numerusform>wstrzymano do sprawdzenia po %n próbach bez odpowiedzi (%1); nie znaleziono w portalu</numerusform>
            <numerusform>wstrzymano do sprawdzenia po %n próbach bez odpowiedzi (%1); nie znaleziono w portalu</numerusform>
        </translation>
    </message>
    <message>
        <source>earlier run</source>
        <translation>poprzednie uruchomienie</translation>
    </message>
</context>
<context>
    <name>InvitationState</name>
    <message>
        <source>Queued</source>
        <translation>W kolejce</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wysyłanie</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nieudane</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Wymaga sprawdzenia</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Odrzucone</translation>
    </message>
</context>
<context>
    <name>InviteByEmailTab</name>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>Importuj &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>Odrzuć wersję &amp;roboczą</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Odbiorcy:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>E-mail addresses separated by commas, semicolons, spaces or new lines; Name &lt;address&gt; works too.</source>
        <translation>Adresy e-mail oddzielone przecinkami, średnikami, spacjami lub nowymi wierszami; można też użyć formatu Imię Nazwisko &lt;adres&gt;.</translation>
    </message>
    <message>
        <source>anna@example.com, Boris Petrov &lt;boris@example.com&gt;; …</source>
        <translation>anna@example.com, Jan Kowalski &lt;jan@example.com&gt;; …</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importuj CSV</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Odrzuć wersję roboczą</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Type, paste or import the addresses of the people to invite.</source>
        <translation>Wpisz, wklej lub zaimportuj adresy osób, które chcesz zaprosić.</translation>
    </message>
    <message>
        <source>Nothing can be sent: the outbox is not available.</source>
        <translation>Nie można nic wysłać: skrzynka nadawcza jest niedostępna.</translation>
    </message>
    <message>
        <source>Nobody in the list is ready to be invited.</source>
        <translation>Nikt z listy nie jest gotowy do zaproszenia.</translation>
    </message>
    <message>
        <source>The invitations could not be written to the outbox, so nothing was sent: %1</source>
        <translation>Nie udało się zapisać zaproszeń w skrzynce nadawczej, więc nic nie zostało wysłane: %1</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>Importuj odbiorców</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Pliki CSV (*.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Nie udało się zapisać wersji roboczej: %1</translation>
    </message>
    <message>
        <source>Restored the draft saved %1.</source>
        <translation>Przywrócono wersję roboczą zapisaną %1.</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>Wersja robocza została odrzucona.</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>Zapisz &amp;szablon…</translation>
    </message>
    <message>
        <source>Save a template CSV file</source>
        <translation>Zapisz szablon pliku CSV</translation>
    </message>
    <message>
        <source>A CSV file with the columns the import recognises, to fill in</source>
        <translation>Plik CSV z kolumnami rozpoznawanymi przy imporcie, do wypełnienia</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Zapisz szablon</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>Nie udało się zapisać szablonu: %1</translation>
    </message>
    <message>
        <source>Saved a template to %1. Fill it in and import it.</source>
        <translation>Zapisano szablon w %1. Wypełnij go i zaimportuj.</translation>
    </message>
    <message>
        <source>Waiting for you to confirm the send.</source>
        <translation>Czeka na potwierdzenie wysyłki.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Writing the invitations to the outbox: %1 of %2. %3</source>
        <translation>Zapisywanie zaproszeń w skrzynce nadawczej: %1 z %2. %3</translation>
    </message>
    <message>
        <source>Stopping: the invitations not sent yet are being cancelled…</source>
        <translation>Zatrzymywanie: zaproszenia jeszcze niewysłane są anulowane…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n invitation(s) not sent yet were cancelled.</source>
        <translation>
            <numerusform>Zatrzymano: anulowano %n jeszcze niewysłane zaproszenie.</numerusform>
            <numerusform>Zatrzymano: anulowano %n jeszcze niewysłane zaproszenia.</numerusform>
            <numerusform>Zatrzymano: anulowano %n jeszcze niewysłanych zaproszeń.</numerusform>
        </translation>
    </message>
    <message>
        <source>The invitations not sent yet could not be cancelled: %1</source>
        <translation>Nie udało się anulować jeszcze niewysłanych zaproszeń: %1</translation>
    </message>
    <message>
        <source>The rest could not be written to the outbox, so it was not sent: %1</source>
        <translation>Reszty nie udało się zapisać w skrzynce nadawczej, więc nie została wysłana: %1</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>&amp;Zatrzymaj wysyłanie</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Zatrzymaj wysyłanie</translation>
    </message>
    <message>
        <source>Queue no more and cancel the invitations not sent yet</source>
        <translation>Nie dodawaj więcej do kolejki i anuluj jeszcze niewysłane zaproszenia</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite users</source>
        <translation>Zaproś pracowników</translation>
    </message>
    <message>
        <source>Invite users to %1</source>
        <translation>Zaproś pracowników do %1</translation>
    </message>
    <message>
        <source>Ways to invite</source>
        <translation>Sposoby zapraszania</translation>
    </message>
    <message>
        <source>&amp;Quick Registration</source>
        <translation>&amp;Szybka rejestracja</translation>
    </message>
    <message>
        <source>Invite by &amp;Email</source>
        <translation>Zaproś przez &amp;e-mail</translation>
    </message>
    <message>
        <source>Regis&amp;ter</source>
        <translation>&amp;Zarejestruj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>Skrzynka nad&amp;awcza…</translation>
    </message>
    <message>
        <source>Show the outbox</source>
        <translation>Pokaż skrzynkę nadawczą</translation>
    </message>
</context>
<context>
    <name>InviteError</name>
    <message>
        <source>The outbox cannot be written: the disk is full or refuses writes. Invitations already in the outbox are kept; free some space, then try again.</source>
        <translation>Nie można zapisać skrzynki nadawczej: dysk jest pełny lub odmawia zapisu. Zaproszenia, które już są w skrzynce nadawczej, zostają zachowane; zwolnij miejsce i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The outbox file cannot be opened.</source>
        <translation>Nie można otworzyć pliku skrzynki nadawczej.</translation>
    </message>
    <message>
        <source>The outbox file is damaged. It is left as it is; nothing is sent from it.</source>
        <translation>Plik skrzynki nadawczej jest uszkodzony. Pozostaje bez zmian; nic z niego nie jest wysyłane.</translation>
    </message>
    <message>
        <source>The outbox file was written by a newer version of InviteDesk. It is left as it is; update InviteDesk to use it.</source>
        <translation>Plik skrzynki nadawczej został zapisany przez nowszą wersję InviteDesk. Pozostaje bez zmian; zaktualizuj InviteDesk, aby go używać.</translation>
    </message>
    <message>
        <source>The outbox could not be read or changed.</source>
        <translation>Nie udało się odczytać ani zmienić skrzynki nadawczej.</translation>
    </message>
    <message>
        <source>The invitation cannot be changed now: it was sent, is on its way, or the address is waiting in another invitation.</source>
        <translation>Nie można teraz zmienić zaproszenia: zostało wysłane, jest w drodze albo adres czeka w innym zaproszeniu.</translation>
    </message>
    <message>
        <source>The portal refuses the invitations.</source>
        <translation>Portal odrzuca zaproszenia.</translation>
    </message>
    <message>
        <source>The portal cannot be reached; the invitations are sent later.</source>
        <translation>Portal jest nieosiągalny; zaproszenia zostaną wysłane później.</translation>
    </message>
    <message>
        <source>The file cannot be written there; choose another folder or name.</source>
        <translation>Nie można tam zapisać pliku; wybierz inny folder lub inną nazwę.</translation>
    </message>
    <message>
        <source>Stopped; nothing more was written to the outbox.</source>
        <translation>Zatrzymano; nic więcej nie zostało zapisane w skrzynce nadawczej.</translation>
    </message>
</context>
<context>
    <name>InviteTargetPicker</name>
    <message>
        <source>E&amp;mployee in department:</source>
        <translation>Pracownik w &amp;dziale:</translation>
    </message>
    <message>
        <source>E&amp;xtranet user in workgroups:</source>
        <translation>Użytkownik ekstranetu w &amp;grupach roboczych:</translation>
    </message>
    <message>
        <source>Employee in department</source>
        <translation>Pracownik w dziale</translation>
    </message>
    <message>
        <source>Extranet user in workgroups</source>
        <translation>Użytkownik ekstranetu w grupach roboczych</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Type to find a department.</source>
        <translation>Zacznij pisać, aby znaleźć dział.</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Działy</translation>
    </message>
    <message>
        <source>Workgroups</source>
        <translation>Grupy robocze</translation>
    </message>
    <message>
        <source>Check the workgroups the extranet user joins.</source>
        <translation>Zaznacz grupy robocze, do których dołączy użytkownik ekstranetu.</translation>
    </message>
    <message>
        <source>No workgroups are known for this portal.</source>
        <translation>Brak znanych grup roboczych w tym portalu.</translation>
    </message>
    <message>
        <source>Extranet: %1</source>
        <translation>Ekstranet: %1</translation>
    </message>
</context>
<context>
    <name>InviteTexts</name>
    <message>
        <source>Sent: user %1 created; the portal e-mails the invitation.</source>
        <translation>Wysłano: utworzono użytkownika %1; portal wyśle zaproszenie e-mailem.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Only administrators can invite unless an administrator turns on &quot;Allow everyone to invite&quot; in the portal&apos;s invitation settings. You can still try; the portal will refuse if you lack the right.</source>
        <translation>Zapraszać mogą tylko administratorzy, chyba że administrator włączy „Zezwól wszystkim na zapraszanie” w ustawieniach zaproszeń portalu. Możesz mimo to spróbować; portal odmówi, jeśli nie masz uprawnień.</translation>
    </message>
    <message>
        <source>Waiting for the portal</source>
        <translation>Oczekiwanie na portal</translation>
    </message>
    <message>
        <source>The portal does not let you invite: &quot;Allow everyone to invite&quot; is off in its invitation settings (Settings → Employees → Invitations), so only administrators can invite. Ask an administrator to turn it on; InviteDesk checks again every few minutes and when you refresh.</source>
        <translation>Portal nie pozwala Ci zapraszać: „Zezwól wszystkim na zapraszanie” jest wyłączone w jego ustawieniach zaproszeń (Ustawienia → Pracownicy → Zaproszenia), więc zapraszać mogą tylko administratorzy. Poproś administratora o włączenie; InviteDesk sprawdza ponownie co kilka minut i przy odświeżeniu.</translation>
    </message>
    <message>
        <source>You cannot invite: &quot;Allow everyone to invite&quot; is off in the portal&apos;s invitation settings.</source>
        <translation>Nie możesz zapraszać: „Zezwól wszystkim na zapraszanie” jest wyłączone w ustawieniach zaproszeń portalu.</translation>
    </message>
    <message>
        <source>Only administrators can invite unless &quot;Allow everyone to invite&quot; is on in the portal.</source>
        <translation>Zapraszać mogą tylko administratorzy, chyba że w portalu włączono „Zezwól wszystkim na zapraszanie”.</translation>
    </message>
</context>
<context>
    <name>LargeSendConfirmation</name>
    <message numerus="yes">
        <source>Invite %n people to %1?</source>
        <translation>
            <numerusform>Zaprosić %n osobę do: %1?</numerusform>
            <numerusform>Zaprosić %n osoby do: %1?</numerusform>
            <numerusform>Zaprosić %n osób do: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats: %1 of the plan&apos;s %2 are in use as far as the directory knows, %3 free.</source>
        <translation>Miejsca: według katalogu zajętych jest %1 z %2 w planie, wolnych %3.</translation>
    </message>
    <message numerus="yes">
        <source>This send needs %n more seat(s) than are free: the portal will refuse the invitations beyond the limit.</source>
        <translation>
            <numerusform>Ta wysyłka wymaga %n miejsca więcej, niż jest wolnych: portal odrzuci zaproszenia ponad limit.</numerusform>
            <numerusform>Ta wysyłka wymaga %n miejsc więcej, niż jest wolnych: portal odrzuci zaproszenia ponad limit.</numerusform>
            <numerusform>Ta wysyłka wymaga %n miejsc więcej, niż jest wolnych: portal odrzuci zaproszenia ponad limit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After this send %n seat(s) will be free.</source>
        <translation>
            <numerusform>Po tej wysyłce wolne będzie %n miejsce.</numerusform>
            <numerusform>Po tej wysyłce wolne będą %n miejsca.</numerusform>
            <numerusform>Po tej wysyłce wolnych będzie %n miejsc.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats: %1 in use as far as the directory knows; this send adds %2. Enter the plan&apos;s user limit in Preferences to see how many are free.</source>
        <translation>Miejsca: według katalogu zajętych %1; ta wysyłka dodaje %2. Wpisz limit użytkowników planu w Preferencjach, aby zobaczyć, ile jest wolnych.</translation>
    </message>
    <message>
        <source>The directory copy does not tell how many seats are in use.</source>
        <translation>Kopia katalogu nie mówi, ile miejsc jest zajętych.</translation>
    </message>
    <message>
        <source>Confirm a large send</source>
        <translation>Potwierdź dużą wysyłkę</translation>
    </message>
    <message numerus="yes">
        <source>Invite %n</source>
        <translation>
            <numerusform>Zaproś %n</numerusform>
            <numerusform>Zaproś %n</numerusform>
            <numerusform>Zaproś %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>InviteDesk invites people to a Bitrix24 portal. With no portal configured it opens on the built-in sandbox portal.</source>
        <translation>InviteDesk zaprasza osoby do portalu Bitrix24. Jeśli nie skonfigurowano portalu, otwiera wbudowany portal testowy.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Pokaż tę pomoc.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Pokaż wersję.</translation>
    </message>
    <message>
        <source>Open on the built-in sandbox portal (training mode).</source>
        <translation>Uruchom z wbudowanym portalem testowym (tryb szkoleniowy).</translation>
    </message>
    <message>
        <source>webhook-url</source>
        <translation>url-webhooka</translation>
    </message>
    <message>
        <source>Use this interface language (e.g. en, ru, de).</source>
        <translation>Użyj tego języka interfejsu (np. en, ru, pl).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>Number of employees in the sandbox&apos;s demo company.</source>
        <translation>Liczba pracowników w firmie demonstracyjnej portalu testowego.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>liczba</translation>
    </message>
    <message>
        <source>file</source>
        <translation>plik</translation>
    </message>
    <message>
        <source>Send the invitations earlier runs left in the outbox, then exit.</source>
        <translation>Wyślij zaproszenia pozostawione w skrzynce nadawczej przez wcześniejsze uruchomienia, a następnie zakończ.</translation>
    </message>
    <message>
        <source>Exit as soon as the window shows a connected portal (for smoke tests).</source>
        <translation>Zakończ, gdy tylko okno pokaże połączony portal (do testów dymnych).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Nieoczekiwany argument: %1</translation>
    </message>
    <message>
        <source>--sandbox and --portal cannot be used together.</source>
        <translation>Opcji --sandbox i --portal nie można używać razem.</translation>
    </message>
    <message>
        <source>--portal needs a webhook URL such as https://example.bitrix24.com/rest/1/secret/</source>
        <translation>Opcja --portal wymaga adresu URL webhooka, np. https://example.bitrix24.com/rest/1/secret/</translation>
    </message>
    <message>
        <source>--lang needs a language code such as en, ru or pt_BR.</source>
        <translation>Opcja --lang wymaga kodu języka, np. en, ru lub pt_BR.</translation>
    </message>
    <message>
        <source>--sandbox-users needs a number from 1 to 500000.</source>
        <translation>Opcja --sandbox-users wymaga liczby od 1 do 500000.</translation>
    </message>
    <message>
        <source>Connect to the portal of this inbound webhook URL; &quot;-&quot; reads it from standard input. Scheduled jobs: use --account or the INVITEDESK_WEBHOOK environment variable instead, so the secret is not in the process list.</source>
        <translation>Połącz z portalem tego adresu URL webhooka przychodzącego; „-” czyta go ze standardowego wejścia. Zadania zaplanowane: użyj zamiast tego --account lub zmiennej środowiskowej INVITEDESK_WEBHOOK, aby sekret nie był widoczny na liście procesów.</translation>
    </message>
    <message>
        <source>Invite everyone in this CSV file without opening a window, then exit (0: all sent or nothing to do, 2: bad input, 3: portal unreachable, 4: some rows failed or were invalid).</source>
        <translation>Zaproś wszystkich z tego pliku CSV bez otwierania okna, potem zakończ (0: wszystko wysłane lub nic do zrobienia, 2: błędne dane, 3: portal nieosiągalny, 4: niektóre wiersze nie powiodły się lub były nieprawidłowe).</translation>
    </message>
    <message>
        <source>Department (name or ID) for the rows of --invite-csv that name none.</source>
        <translation>Dział (nazwa lub ID) dla wierszy --invite-csv, które go nie podają.</translation>
    </message>
    <message>
        <source>department</source>
        <translation>dział</translation>
    </message>
    <message>
        <source>Print the portal&apos;s departments with their IDs, then exit.</source>
        <translation>Wypisz działy portalu z ich ID, potem zakończ.</translation>
    </message>
    <message>
        <source>Refresh the local copy of the directory, then exit.</source>
        <translation>Odśwież lokalną kopię katalogu, potem zakończ.</translation>
    </message>
    <message>
        <source>Write the cached people (name, e-mail, position, departments, state) to this CSV file.</source>
        <translation>Zapisz osoby z pamięci podręcznej (imię i nazwisko, e-mail, stanowisko, działy, stan) do tego pliku CSV.</translation>
    </message>
    <message>
        <source>Write the outcome of every row to this file (.csv or .json).</source>
        <translation>Zapisz wynik każdego wiersza do tego pliku (.csv lub .json).</translation>
    </message>
    <message>
        <source>Use the portal account the app stored (its portal address); the secret comes from the system keychain.</source>
        <translation>Użyj konta portalu zapisanego przez aplikację (jego adres portalu); sekret pochodzi z systemowego pęku kluczy.</translation>
    </message>
    <message>
        <source>portal</source>
        <translation>portal</translation>
    </message>
    <message>
        <source>Give up with exit code 3 when the portal gives no usable answer for this many seconds (default 120).</source>
        <translation>Zrezygnuj z kodem wyjścia 3, gdy portal nie daje użytecznej odpowiedzi przez tyle sekund (domyślnie 120).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekundy</translation>
    </message>
    <message>
        <source>End a run without a window after this many seconds at most (exit code 3).</source>
        <translation>Zakończ uruchomienie bez okna najpóźniej po tylu sekundach (kod wyjścia 3).</translation>
    </message>
    <message>
        <source>--department needs a department name or ID.</source>
        <translation>--department wymaga nazwy lub ID działu.</translation>
    </message>
    <message>
        <source>--retry-for needs a number of seconds from 1 to 86400.</source>
        <translation>--retry-for wymaga liczby sekund od 1 do 86400.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 86400.</source>
        <translation>--timeout wymaga liczby sekund od 1 do 86400.</translation>
    </message>
    <message>
        <source>Choose one of --invite-csv, --send-pending, --list-departments and --sync/--export-directory.</source>
        <translation>Wybierz jedno z --invite-csv, --send-pending, --list-departments i --sync/--export-directory.</translation>
    </message>
    <message>
        <source>--report needs a .csv or .json file and --invite-csv or --send-pending.</source>
        <translation>--report wymaga pliku .csv lub .json oraz --invite-csv lub --send-pending.</translation>
    </message>
    <message>
        <source>--portal - (read from standard input) is for runs without a window.</source>
        <translation>--portal - (odczyt ze standardowego wejścia) służy do uruchomień bez okna.</translation>
    </message>
    <message>
        <source>Keep settings and data files in this folder (a second profile, or a portable copy); the INVITEDESK_PROFILE variable does the same.</source>
        <translation>Przechowuj ustawienia i pliki danych w tym folderze (drugi profil lub kopia przenośna); zmienna INVITEDESK_PROFILE działa tak samo.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation>--profile wymaga folderu.</translation>
    </message>
</context>
<context>
    <name>ListEnumeration</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
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
        <translation>Strony</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Zalogowany użytkownik</translation>
    </message>
    <message>
        <source>Last directory sync</source>
        <translation>Ostatnia synchronizacja katalogu</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <source>Directory sync progress</source>
        <translation>Postęp synchronizacji katalogu</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v z %m</translation>
    </message>
    <message>
        <source>&amp;Invite users…</source>
        <translation>&amp;Zaproś pracowników…</translation>
    </message>
    <message>
        <source>Invite people to the portal (Ctrl+I)</source>
        <translation>Zaproś osoby do portalu (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Refresh directory</source>
        <translation>&amp;Odśwież katalog</translation>
    </message>
    <message>
        <source>&amp;Connect a portal…</source>
        <translation>&amp;Połącz portal…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Wyloguj</translation>
    </message>
    <message>
        <source>Forget this portal and remove its secrets from the keychain</source>
        <translation>Zapomnij ten portal i usuń jego poufne dane z pęku kluczy</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>Skrzynka &amp;nadawcza…</translation>
    </message>
    <message>
        <source>Invitations and their results (Ctrl+O)</source>
        <translation>Zaproszenia i ich wyniki (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Portal</source>
        <translation>Po&amp;rtal</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Główny</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <source>Training mode notice</source>
        <translation>Informacja o trybie szkoleniowym</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox portal&lt;/b&gt; — training mode. Everything here happens on a simulated portal on this computer; nobody receives a real invitation.</source>
        <translation>&lt;b&gt;Portal testowy&lt;/b&gt; — tryb szkoleniowy. Wszystko dzieje się tu w symulowanym portalu na tym komputerze; nikt nie otrzyma prawdziwego zaproszenia.</translation>
    </message>
    <message>
        <source>InviteDesk — Sandbox portal</source>
        <translation>InviteDesk — Portal testowy</translation>
    </message>
    <message>
        <source>InviteDesk — %1</source>
        <translation>InviteDesk — %1</translation>
    </message>
    <message>
        <source>Sandbox portal (%1)</source>
        <translation>Portal testowy (%1)</translation>
    </message>
    <message>
        <source>%1 · administrator</source>
        <translation>%1 · administrator</translation>
    </message>
    <message>
        <source>%1 · employee</source>
        <translation>%1 · pracownik</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Jeszcze nie zsynchronizowano</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Zsynchronizowano: %1</translation>
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
        <translation>Brak połączonego portalu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>P&amp;omoc</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Otwórz folder &amp;danych</translation>
    </message>
    <message>
        <source>The local copy of the directory, the outbox and the audit log</source>
        <translation>Lokalna kopia katalogu, skrzynka nadawcza i dziennik zdarzeń</translation>
    </message>
    <message>
        <source>&amp;About InviteDesk</source>
        <translation>&amp;O programie InviteDesk</translation>
    </message>
    <message>
        <source>About InviteDesk</source>
        <translation>O programie InviteDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;InviteDesk %1&lt;/b&gt;&lt;p&gt;Invites people to a Bitrix24 portal and keeps a local copy of the company directory for instant search.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;InviteDesk %1&lt;/b&gt;&lt;p&gt;Zaprasza osoby do portalu Bitrix24 i przechowuje lokalną kopię katalogu firmy do natychmiastowego wyszukiwania.&lt;/p&gt;&lt;p&gt;Folder danych: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>In the invite dialog: invite the people listed</source>
        <translation>W oknie zaproszeń: zaproś wymienione osoby</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>Zamknij okno</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Bring the company directory up to date with the portal (F5)</source>
        <translation>Zaktualizuj katalog firmy z portalu (F5)</translation>
    </message>
    <message>
        <source>&amp;Full refresh</source>
        <translation>Pełne o&amp;dświeżenie</translation>
    </message>
    <message>
        <source>Download the whole company directory again, also noticing people removed from the portal (Shift+F5)</source>
        <translation>Pobierz ponownie cały katalog firmy, wykrywając także osoby usunięte z portalu (Shift+F5)</translation>
    </message>
    <message>
        <source>Connect your portal…</source>
        <translation>Połącz swój portal…</translation>
    </message>
    <message>
        <source>Invitation rights notice</source>
        <translation>Informacja o prawie do zapraszania</translation>
    </message>
    <message>
        <source>%1 · employee, may invite</source>
        <translation>%1 · pracownik, może zapraszać</translation>
    </message>
    <message>
        <source>%1 · employee, may not invite</source>
        <translation>%1 · pracownik, nie może zapraszać</translation>
    </message>
</context>
<context>
    <name>MessageComposer</name>
    <message>
        <source>Messa&amp;ge:</source>
        <translation>Wiado&amp;mość:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>The invitation text. Placeholders in braces, such as {first_name}, are filled per recipient.</source>
        <translation>Treść zaproszenia. Symbole zastępcze w nawiasach klamrowych, np. {first_name}, są uzupełniane dla każdego odbiorcy.</translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation>&amp;Wstaw symbol zastępczy</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Wstaw symbol zastępczy</translation>
    </message>
    <message>
        <source>Saved templates</source>
        <translation>Zapisane szablony</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Zapisz &amp;jako…</translation>
    </message>
    <message>
        <source>Save template as</source>
        <translation>Zapisz szablon jako</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Podgląd:</translation>
    </message>
    <message>
        <source>Preview of the invitation e-mail</source>
        <translation>Podgląd wiadomości z zaproszeniem</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Temat: %1</translation>
    </message>
    <message>
        <source>(unsaved text)</source>
        <translation>(niezapisany tekst)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Zapisz szablon</translation>
    </message>
    <message>
        <source>Template &amp;name:</source>
        <translation>&amp;Nazwa szablonu:</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>Nie udało się zapisać szablonu: %1</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message numerus="yes">
        <source>Unknown placeholder(s): %1. Known: %2.</source>
        <translation>
            <numerusform>%n nieznany symbol zastępczy: %1. Znane: %2.</numerusform>
            <numerusform>%n nieznane symbole zastępcze: %1. Znane: %2.</numerusform>
            <numerusform>%n nieznanych symboli zastępczych: %1. Znane: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello {first_name},

{inviter} invites you to join {portal}, our company&apos;s Bitrix24, where we chat, share files and plan our work together.

Accept the invitation to set your password and sign in.

See you there!</source>
        <translation>Witaj, {first_name}!

{inviter} zaprasza Cię do {portal}, firmowego Bitrix24, w którym rozmawiamy, udostępniamy pliki i wspólnie planujemy pracę.

Przyjmij zaproszenie, aby ustawić hasło i się zalogować.

Do zobaczenia!</translation>
    </message>
    <message>
        <source>On free plans the portal may send its standard invitation text instead of this message.</source>
        <translation>W planach bezpłatnych portal może wysłać standardową treść zaproszenia zamiast tej wiadomości.</translation>
    </message>
</context>
<context>
    <name>OAuthAuthorizer</name>
    <message>
        <source>InviteDesk received the sign-in. You can close this window.</source>
        <translation>InviteDesk otrzymał dane logowania. Możesz zamknąć to okno.</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Register</source>
        <translation>Zarejestruj</translation>
    </message>
    <message>
        <source>Invite by e-mail</source>
        <translation>Zaproś przez e-mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Odrzuć</translation>
    </message>
    <message>
        <source>&amp;Export audit log…</source>
        <translation>&amp;Eksportuj dziennik audytu…</translation>
    </message>
    <message>
        <source>Invitations and their results</source>
        <translation>Zaproszenia i ich wyniki</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Eksportuj dziennik audytu</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>Nie udało się odczytać skrzynki nadawczej: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) will be sent again.</source>
        <translation>
            <numerusform>%n zaproszenie zostanie wysłane ponownie.</numerusform>
            <numerusform>%n zaproszenia zostaną wysłane ponownie.</numerusform>
            <numerusform>%n zaproszeń zostanie wysłanych ponownie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) could not be retried: the address is pending in another invitation.</source>
        <translation>
            <numerusform>Nie można ponowić %n zaproszenia: adres oczekuje już w innym zaproszeniu.</numerusform>
            <numerusform>Nie można ponowić %n zaproszeń: adresy oczekują już w innych zaproszeniach.</numerusform>
            <numerusform>Nie można ponowić %n zaproszeń: adresy oczekują już w innych zaproszeniach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) discarded; they will not be sent.</source>
        <translation>
            <numerusform>Odrzucono %n zaproszenie; nie zostanie wysłane.</numerusform>
            <numerusform>Odrzucono %n zaproszenia; nie zostaną wysłane.</numerusform>
            <numerusform>Odrzucono %n zaproszeń; nie zostaną wysłane.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log saved to %1.</source>
        <translation>Zapisano dziennik audytu w %1.</translation>
    </message>
    <message>
        <source>The audit log could not be saved: %1</source>
        <translation>Nie udało się zapisać dziennika audytu: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Wstrzymaj</translation>
    </message>
    <message>
        <source>Pause sending</source>
        <translation>Wstrzymaj wysyłanie</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>W&amp;znów</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Wznów wysyłanie</translation>
    </message>
    <message>
        <source>Cancel &amp;the rest</source>
        <translation>Anuluj &amp;resztę</translation>
    </message>
    <message>
        <source>Cancel the invitations not sent yet</source>
        <translation>Anuluj jeszcze niewysłane zaproszenia</translation>
    </message>
    <message>
        <source>Show invitations</source>
        <translation>Pokaż zaproszenia</translation>
    </message>
    <message>
        <source>The selected invitation&apos;s result</source>
        <translation>Wynik wybranego zaproszenia</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>P&amp;okaż:</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Wszystkie (%1)</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>Oczekujące (%1)</translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <translation>Wysłane (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Nieudane (%1)</translation>
    </message>
    <message>
        <source>Discarded (%1)</source>
        <translation>Odrzucone (%1)</translation>
    </message>
    <message>
        <source>Waiting %1 · sent %2 · failed %3 · discarded %4</source>
        <translation>Oczekujące %1 · wysłane %2 · nieudane %3 · odrzucone %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select an invitation to read its whole result here.</source>
        <translation>Wybierz zaproszenie, aby przeczytać tutaj jego pełny wynik.</translation>
    </message>
    <message>
        <source>Paused. Resume sends the invitations still waiting.</source>
        <translation>Wstrzymano. „Wznów” wyśle oczekujące zaproszenia.</translation>
    </message>
    <message>
        <source>Pausing after the invitations on their way…</source>
        <translation>Wstrzymywanie po zaproszeniach w drodze…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <source>The portal asked to slow down; sending continues shortly.</source>
        <translation>Portal poprosił o zwolnienie; wysyłka zaraz będzie kontynuowana.</translation>
    </message>
    <message>
        <source>The outbox could not be changed: %1</source>
        <translation>Nie udało się zmienić skrzynki nadawczej: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) not sent yet were cancelled.</source>
        <translation>
            <numerusform>Anulowano %n niewysłane zaproszenie.</numerusform>
            <numerusform>Anulowano %n niewysłane zaproszenia.</numerusform>
            <numerusform>Anulowano %n niewysłanych zaproszeń.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation>Skrzynka nadawcza</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>PortalCredentials</name>
    <message>
        <source>Enter the address of your Bitrix24 portal.</source>
        <translation>Wpisz adres swojego portalu Bitrix24.</translation>
    </message>
    <message>
        <source>This is not a web address. It should look like https://company.bitrix24.com/.</source>
        <translation>To nie jest adres internetowy. Powinien wyglądać tak: https://firma.bitrix24.pl/.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>Adres musi zaczynać się od https://.</translation>
    </message>
    <message>
        <source>The address uses http://, which is not secure. Bitrix24 portals need https:// — use the https address.</source>
        <translation>Adres używa protokołu http://, który nie jest bezpieczny. Portale Bitrix24 wymagają https:// — użyj adresu https.</translation>
    </message>
    <message>
        <source>Paste the webhook address from Bitrix24 (Developer resources → Inbound webhook).</source>
        <translation>Wklej adres webhooka z Bitrix24 (Zasoby dla programistów → Przychodzący webhook).</translation>
    </message>
    <message>
        <source>This is not a web address. A webhook address looks like https://company.bitrix24.com/rest/1/abc123/.</source>
        <translation>To nie jest adres internetowy. Adres webhooka wygląda tak: https://firma.bitrix24.pl/rest/1/abc123/.</translation>
    </message>
    <message>
        <source>This address is not a webhook: its path must start with /rest/&lt;user id&gt;/&lt;secret&gt;/.</source>
        <translation>Ten adres nie jest webhookiem: jego ścieżka musi zaczynać się od /rest/&lt;id użytkownika&gt;/&lt;sekret&gt;/.</translation>
    </message>
    <message>
        <source>This is a REST 3.0 webhook address (/rest/api/…). Use the classic address /rest/&lt;user id&gt;/&lt;secret&gt;/.</source>
        <translation>To adres webhooka REST 3.0 (/rest/api/…). Użyj klasycznego adresu /rest/&lt;id użytkownika&gt;/&lt;sekret&gt;/.</translation>
    </message>
    <message>
        <source>The webhook address lacks the user id and secret after /rest/.</source>
        <translation>W adresie webhooka brakuje identyfikatora użytkownika i sekretu po /rest/.</translation>
    </message>
    <message>
        <source>After /rest/ the webhook address must have the numeric id of the user who created it.</source>
        <translation>Po /rest/ adres webhooka musi zawierać numeryczny identyfikator użytkownika, który go utworzył.</translation>
    </message>
    <message>
        <source>The webhook address has no secret code after the user id. Copy the whole address from Bitrix24.</source>
        <translation>Adres webhooka nie zawiera kodu sekretnego po identyfikatorze użytkownika. Skopiuj cały adres z Bitrix24.</translation>
    </message>
    <message>
        <source>The webhook address has no valid secret code after the user id. Copy the whole address from Bitrix24.</source>
        <translation>Adres webhooka nie zawiera prawidłowego kodu sekretnego po identyfikatorze użytkownika. Skopiuj cały adres z Bitrix24.</translation>
    </message>
    <message>
        <source>The webhook address has extra parts after the secret. It should end with /rest/&lt;user id&gt;/&lt;secret&gt;/.</source>
        <translation>Adres webhooka zawiera dodatkowe części po sekrecie. Powinien kończyć się na /rest/&lt;id użytkownika&gt;/&lt;sekret&gt;/.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s client id and client secret from the application card in Bitrix24.</source>
        <translation>Wpisz identyfikator klienta (client id) i sekret klienta (client secret) z karty aplikacji w Bitrix24.</translation>
    </message>
    <message>
        <source>The OAuth server address must be an https address, e.g. https://oauth.bitrix.info/.</source>
        <translation>Adres serwera OAuth musi być adresem https, np. https://oauth.bitrix.info/.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The address names port 0, which no portal listens on. Leave the port out or give the real one.</source>
        <translation>Adres wskazuje port 0, na którym nie nasłuchuje żaden portal. Pomiń port lub podaj właściwy.</translation>
    </message>
</context>
<context>
    <name>PortalError</name>
    <message>
        <source>Cannot reach the portal (%1). Check the address and your network connection, then try again.</source>
        <translation>Nie można połączyć się z portalem (%1). Sprawdź adres i połączenie sieciowe, a następnie spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Cannot reach the portal. Check your network connection and try again.</source>
        <translation>Nie można połączyć się z portalem. Sprawdź połączenie sieciowe i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. Try again in a moment.</source>
        <translation>Portal nie odpowiedział na czas. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>The portal requires a secure (https) address. Use the https:// address of the portal.</source>
        <translation>Portal wymaga bezpiecznego adresu (https). Użyj adresu portalu zaczynającego się od https://.</translation>
    </message>
    <message>
        <source>certificate problem</source>
        <translation>problem z certyfikatem</translation>
    </message>
    <message>
        <source>The portal sign-in has expired. Sign in again.</source>
        <translation>Sesja logowania do portalu wygasła. Zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>The portal rejected the credentials. Check the webhook address or sign in again; your pending work is kept.</source>
        <translation>Portal odrzucił dane uwierzytelniające. Sprawdź adres webhooka lub zaloguj się ponownie; niezakończone zadania zostaną zachowane.</translation>
    </message>
    <message>
        <source>The webhook or application lacks the permission &quot;%1&quot;. Edit it in Bitrix24 (Developer resources) and tick that scope.</source>
        <translation>Webhook lub aplikacja nie ma uprawnienia „%1”. Zmień ustawienia w Bitrix24 (Zasoby dla programistów) i zaznacz ten zakres.</translation>
    </message>
    <message>
        <source>The webhook or application lacks a required permission (scope). Edit it in Bitrix24 and add the user, department and sonet_group scopes.</source>
        <translation>Webhook lub aplikacja nie ma wymaganego uprawnienia (zakresu). Zmień ustawienia w Bitrix24 i dodaj zakresy user, department i sonet_group.</translation>
    </message>
    <message>
        <source>Your Bitrix24 account is not allowed to do this. Ask a portal administrator for the right to invite users.</source>
        <translation>Twoje konto Bitrix24 nie ma do tego uprawnień. Poproś administratora portalu o prawo do zapraszania użytkowników.</translation>
    </message>
    <message>
        <source>The portal is limiting requests. InviteDesk will slow down; try again shortly.</source>
        <translation>Portal ogranicza liczbę żądań. InviteDesk zwolni; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>The portal has paused this operation for a few minutes because of its load limit. Try again later.</source>
        <translation>Portal wstrzymał tę operację na kilka minut z powodu limitu obciążenia. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>A user with this e-mail address already exists in the portal.</source>
        <translation>W portalu istnieje już użytkownik z tym adresem e-mail.</translation>
    </message>
    <message>
        <source>The portal rejected the e-mail address. Check it for typing errors.</source>
        <translation>Portal odrzucił adres e-mail. Sprawdź, czy nie ma w nim literówek.</translation>
    </message>
    <message>
        <source>The portal&apos;s plan allows no more users. Free a seat or upgrade the plan.</source>
        <translation>Plan portalu nie pozwala na dodanie kolejnych użytkowników. Zwolnij miejsce lub przejdź na wyższy plan.</translation>
    </message>
    <message>
        <source>Choose a department for the new employee (or invite them to an extranet group).</source>
        <translation>Wybierz dział dla nowego pracownika (lub zaproś go do grupy ekstranetu).</translation>
    </message>
    <message>
        <source>Extranet users must be invited into an existing extranet group. Choose a valid group.</source>
        <translation>Użytkowników ekstranetu trzeba zaprosić do istniejącej grupy ekstranetu. Wybierz prawidłową grupę.</translation>
    </message>
    <message>
        <source>This Bitrix24 portal has been deleted.</source>
        <translation>Ten portal Bitrix24 został usunięty.</translation>
    </message>
    <message>
        <source>This address does not answer like a Bitrix24 portal. Check the address.</source>
        <translation>Pod tym adresem nie odpowiada portal Bitrix24. Sprawdź adres.</translation>
    </message>
    <message>
        <source>The portal does not know this request or object (%1).</source>
        <translation>Portal nie zna tego żądania lub obiektu (%1).</translation>
    </message>
    <message>
        <source>The portal had a server problem. Try again later.</source>
        <translation>Wystąpił problem z serwerem portalu. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>The portal sent an answer InviteDesk cannot read. Try again later; if it persists, check that the address is a Bitrix24 portal.</source>
        <translation>Portal wysłał odpowiedź, której InviteDesk nie potrafi odczytać. Spróbuj ponownie później; jeśli problem się powtarza, sprawdź, czy adres prowadzi do portalu Bitrix24.</translation>
    </message>
    <message>
        <source>The portal address is not valid.</source>
        <translation>Adres portalu jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>The request was not completed.</source>
        <translation>Żądanie nie zostało ukończone.</translation>
    </message>
    <message>
        <source>The portal refused the request: %1</source>
        <translation>Portal odrzucił żądanie: %1</translation>
    </message>
    <message>
        <source>The portal refused the request (%1).</source>
        <translation>Portal odrzucił żądanie (%1).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nie podano przyczyny</translation>
    </message>
    <message>
        <source>The portal sent an answer larger than %1, InviteDesk&apos;s limit for one answer, so InviteDesk stopped reading it. Try again later; if it persists, check that the address is a Bitrix24 portal.</source>
        <translation>Portal wysłał odpowiedź większą niż %1, limit InviteDesk dla jednej odpowiedzi, więc InviteDesk przerwał jej odczyt. Spróbuj później; jeśli problem się powtarza, sprawdź, czy adres to portal Bitrix24.</translation>
    </message>
    <message>
        <source>The portal sent the list out of order (IDs did not rise). The directory refresh stopped; the previous copy is kept.</source>
        <translation>Portal wysłał listę w złej kolejności (identyfikatory nie rosły). Odświeżanie katalogu zostało przerwane; poprzednia kopia zostaje zachowana.</translation>
    </message>
    <message>
        <source>The portal sent more entries than the %1 it announced. The directory refresh stopped; the previous copy is kept.</source>
        <translation>Portal wysłał więcej wpisów niż zapowiedziane %1. Odświeżanie katalogu zostało przerwane; poprzednia kopia zostaje zachowana.</translation>
    </message>
    <message>
        <source>The portal kept sending pages beyond the %1 its total allows. The directory refresh stopped; the previous copy is kept.</source>
        <translation>Portal wysyłał kolejne strony ponad %1, na które pozwala jego suma. Odświeżanie katalogu zostało przerwane; poprzednia kopia zostaje zachowana.</translation>
    </message>
    <message>
        <source>The portal announced %1 entries, more than InviteDesk copies. The directory refresh stopped; the previous copy is kept.</source>
        <translation>Portal zapowiedział %1 wpisów, więcej niż kopiuje InviteDesk. Odświeżanie katalogu zostało przerwane; poprzednia kopia zostaje zachowana.</translation>
    </message>
    <message>
        <source>Reading the directory took longer than %1. The directory refresh stopped; the previous copy is kept. Try again later.</source>
        <translation>Odczyt katalogu trwał dłużej niż %1. Odświeżanie katalogu zostało przerwane; poprzednia kopia zostaje zachowana. Spróbuj później.</translation>
    </message>
    <message>
        <source>The portal&apos;s answers broke the protocol (%1). The operation stopped.</source>
        <translation>Odpowiedzi portalu naruszyły protokół (%1). Operacja została przerwana.</translation>
    </message>
    <message>
        <source>The portal tried to send InviteDesk to an address that is not a web address (%1). It was not followed.</source>
        <translation>Portal próbował przekierować InviteDesk pod adres, który nie jest adresem internetowym (%1). Przekierowanie zostało zignorowane.</translation>
    </message>
    <message>
        <source>The portal answered with a redirect InviteDesk does not follow (it would drop the request&apos;s data). If the portal shows a notice in the browser, such as an expired licence, resolve it and try again.</source>
        <translation>Portal odpowiedział przekierowaniem, którego InviteDesk nie wykonuje (utraciłoby dane żądania). Jeśli portal wyświetla w przeglądarce komunikat, np. o wygasłej licencji, rozwiąż problem i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The portal says it has moved to %1. InviteDesk sends nothing there until you confirm the new address.</source>
        <translation>Portal informuje, że przeniósł się pod adres %1. InviteDesk nic tam nie wyśle, dopóki nie potwierdzisz nowego adresu.</translation>
    </message>
    <message>
        <source>The secure connection to the portal failed (%1). The connection was not used; check the address and the system clock. A portal on your company&apos;s own server (Bitrix24 on-premise) with a self-signed certificate or one from the company&apos;s own certificate authority: ask your administrator to add that certificate to this computer&apos;s trusted certificates, then connect again.</source>
        <translation>Nie udało się nawiązać bezpiecznego połączenia z portalem (%1). Połączenie nie zostało użyte; sprawdź adres i zegar systemowy. Jeśli portal działa na własnym serwerze firmy (Bitrix24 on-premise) z certyfikatem samopodpisanym lub wystawionym przez firmowy urząd certyfikacji, poproś administratora o dodanie tego certyfikatu do zaufanych certyfikatów tego komputera, a następnie połącz się ponownie.</translation>
    </message>
    <message>
        <source>This computer does not trust the portal&apos;s certificate: it is self-signed or issued by your company&apos;s own certificate authority, as is usual for Bitrix24 on your own server. Nothing was sent.

Issued to: %1
SHA-256 fingerprint: %2

Ask your administrator for the portal&apos;s fingerprint. Only if it is the same, trust this certificate for this portal (Connect dialog).</source>
        <translation>Ten komputer nie ufa certyfikatowi portalu: jest on samopodpisany lub wystawiony przez własny urząd certyfikacji Twojej firmy, jak zwykle w przypadku Bitrix24 na własnym serwerze. Nic nie zostało wysłane.

Wystawiony dla: %1
Odcisk SHA-256: %2

Poproś administratora o odcisk portalu. Tylko jeśli jest taki sam, zaufaj temu certyfikatowi dla tego portalu (okno Połącz).</translation>
    </message>
</context>
<context>
    <name>PortalSession</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n sekunda</numerusform>
            <numerusform>%n sekundy</numerusform>
            <numerusform>%n sekund</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalSwitchMenu</name>
    <message>
        <source>S&amp;witch portal</source>
        <translation>Przełą&amp;cz portal</translation>
    </message>
    <message>
        <source>Switch portal</source>
        <translation>Przełącz portal</translation>
    </message>
    <message>
        <source>Work on another remembered portal</source>
        <translation>Pracuj na innym zapamiętanym portalu</translation>
    </message>
    <message>
        <source>No remembered portals</source>
        <translation>Brak zapamiętanych portali</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (użytkownik %2)</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>The portal you are working on</source>
        <translation>Portal, na którym teraz pracujesz</translation>
    </message>
    <message>
        <source>Sign out of the current portal and work on %1</source>
        <translation>Wyloguj się z bieżącego portalu i pracuj na %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Język interfejsu</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>A new language applies after InviteDesk restarts.</source>
        <translation>Nowy język zostanie zastosowany po ponownym uruchomieniu InviteDesk.</translation>
    </message>
    <message>
        <source>Refresh the directory every (minutes)</source>
        <translation>Interwał odświeżania katalogu (w minutach)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Refresh the directory every:</source>
        <translation>&amp;Odświeżaj katalog co:</translation>
    </message>
    <message>
        <source>Users allowed by the plan</source>
        <translation>Limit użytkowników w planie</translation>
    </message>
    <message>
        <source>Used to warn before an invitation would exceed the plan&apos;s user limit. 0 when unknown.</source>
        <translation>Służy do ostrzegania, zanim zaproszenie przekroczy limit użytkowników planu. 0, jeśli nieznany.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nieznany</translation>
    </message>
    <message>
        <source>Users &amp;allowed by the plan:</source>
        <translation>&amp;Limit użytkowników w planie:</translation>
    </message>
    <message>
        <source>Your Bitrix24 plan</source>
        <translation>Twój plan Bitrix24</translation>
    </message>
    <message>
        <source>InviteDesk paces its work to what the portal accepts: an Enterprise portal accepts more at once, so large invitations and refreshes finish sooner.</source>
        <translation>InviteDesk dostosowuje tempo pracy do tego, co przyjmuje portal: portal Enterprise przyjmuje więcej naraz, więc duże zaproszenia i odświeżenia kończą się szybciej.</translation>
    </message>
    <message>
        <source>Free, Basic, Standard or Professional</source>
        <translation>Free, Basic, Standard lub Professional</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Your Bitrix24 &amp;plan:</source>
        <translation>Twój &amp;plan Bitrix24:</translation>
    </message>
    <message>
        <source>Confirm sends of more invitations than</source>
        <translation>Potwierdzaj wysyłki większe niż (zaproszeń)</translation>
    </message>
    <message>
        <source>Con&amp;firm sends of more invitations than:</source>
        <translation>Pot&amp;wierdzaj wysyłki większe niż (zaproszeń):</translation>
    </message>
    <message>
        <source>When inviting to %1:</source>
        <translation>Przy zapraszaniu do %1:</translation>
    </message>
    <message>
        <source>Default department</source>
        <translation>Domyślny dział</translation>
    </message>
    <message>
        <source>Preselected on the Register tab, and joined by e-mail invitations that name no department.</source>
        <translation>Wstępnie wybrany na karcie Zarejestruj; zaproszenia e-mail bez podanego działu trafiają do niego.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>The default department saved before (ID %1) is not in this portal&apos;s directory, so it is ignored.</source>
        <translation>Zapisany wcześniej domyślny dział (ID %1) nie istnieje w katalogu tego portalu, więc jest pomijany.</translation>
    </message>
    <message>
        <source>Default &amp;department:</source>
        <translation>&amp;Domyślny dział:</translation>
    </message>
    <message>
        <source>Default message template</source>
        <translation>Domyślny szablon wiadomości</translation>
    </message>
    <message>
        <source>The saved template Invite by Email starts with.</source>
        <translation>Zapisany szablon, od którego zaczyna karta Zaproś przez e-mail.</translation>
    </message>
    <message>
        <source>Built-in message</source>
        <translation>Wbudowana wiadomość</translation>
    </message>
    <message>
        <source>The default template &quot;%1&quot; is no longer saved, so the built-in message is used.</source>
        <translation>Domyślny szablon „%1” nie jest już zapisany, więc używana jest wbudowana wiadomość.</translation>
    </message>
    <message>
        <source>Default message &amp;template:</source>
        <translation>Domyślny &amp;szablon wiadomości:</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The profile %1 is a file, not a folder.</source>
        <translation>Profil %1 jest plikiem, a nie folderem.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be created.</source>
        <translation>Nie można utworzyć folderu profilu %1.</translation>
    </message>
</context>
<context>
    <name>QuickRegistrationTab</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation>Kopiuj link</translation>
    </message>
    <message>
        <source>Save P&amp;NG…</source>
        <translation>Zapisz P&amp;NG…</translation>
    </message>
    <message>
        <source>Save the QR code as PNG</source>
        <translation>Zapisz kod QR jako PNG</translation>
    </message>
    <message>
        <source>Save S&amp;VG…</source>
        <translation>Zapisz S&amp;VG…</translation>
    </message>
    <message>
        <source>Save the QR code as SVG</source>
        <translation>Zapisz kod QR jako SVG</translation>
    </message>
    <message>
        <source>C&amp;hange in portal…</source>
        <translation>Zmień w p&amp;ortalu…</translation>
    </message>
    <message>
        <source>Change the registration settings in the portal</source>
        <translation>Zmień ustawienia rejestracji w portalu</translation>
    </message>
    <message>
        <source>&amp;Share by e-mail…</source>
        <translation>Udostępnij przez e-ma&amp;il…</translation>
    </message>
    <message>
        <source>Share by e-mail</source>
        <translation>Udostępnij przez e-mail</translation>
    </message>
    <message>
        <source>Registration link</source>
        <translation>Link rejestracyjny</translation>
    </message>
    <message>
        <source>https://%1/…</source>
        <translation>https://%1/…</translation>
    </message>
    <message>
        <source>QR code of the registration link</source>
        <translation>Kod QR linku rejestracyjnego</translation>
    </message>
    <message>
        <source>Registration &amp;link:</source>
        <translation>&amp;Link rejestracyjny:</translation>
    </message>
    <message>
        <source>&amp;Fetch from sandbox</source>
        <translation>&amp;Pobierz z portalu testowego</translation>
    </message>
    <message>
        <source>Fetch the link from the training portal</source>
        <translation>Pobierz link z portalu testowego</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>Print the QR code</source>
        <translation>Drukuj kod QR</translation>
    </message>
    <message>
        <source>Regenerating the link in the portal breaks every link already shared, including printed QR codes.</source>
        <translation>Wygenerowanie nowego linku w portalu unieważni wszystkie już udostępnione linki, w tym wydrukowane kody QR.</translation>
    </message>
    <message>
        <source>Hello,

{inviter} invites you to join {portal}, our company&apos;s Bitrix24. Register with this link:
{join_link}

See you there!</source>
        <translation>Dzień dobry,

{inviter} zaprasza Cię do {portal}, firmowego Bitrix24. Zarejestruj się, korzystając z tego linku:
{join_link}

Do zobaczenia!</translation>
    </message>
    <message>
        <source>The link is on the clipboard.</source>
        <translation>Link skopiowano do schowka.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Obrazy PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Obrazy SVG (*.svg)</translation>
    </message>
    <message>
        <source>The QR code appears here once the link is valid.</source>
        <translation>Kod QR pojawi się tutaj, gdy link będzie prawidłowy.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>Nie udało się otworzyć %1.</translation>
    </message>
    <message>
        <source>your mail program</source>
        <translation>programu pocztowego</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>Zapisz kod QR</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Nie udało się zapisać %1.</translation>
    </message>
    <message>
        <source>Asking the training portal…</source>
        <translation>Odpytywanie portalu testowego…</translation>
    </message>
    <message>
        <source>The training portal did not answer: %1</source>
        <translation>Portal testowy nie odpowiedział: %1</translation>
    </message>
    <message>
        <source>Fetched the registration link from the training portal.</source>
        <translation>Pobrano link rejestracyjny z portalu testowego.</translation>
    </message>
    <message>
        <source>Who may join, as last seen in the portal</source>
        <translation>Kto może dołączyć, jak ostatnio widziano w portalu</translation>
    </message>
    <message>
        <source>Who may join (as last seen in the portal)</source>
        <translation>Kto może dołączyć (jak ostatnio widziano w portalu)</translation>
    </message>
    <message>
        <source>Not known here: a portal does not tell other programs whether its link is public or moderated. See it in the portal.</source>
        <translation>Nieznane tutaj: portal nie informuje innych programów, czy jego link jest publiczny, czy moderowany. Sprawdź to w portalu.</translation>
    </message>
    <message>
        <source>Moderated: an administrator approves each person.</source>
        <translation>Moderowany: administrator zatwierdza każdą osobę.</translation>
    </message>
    <message>
        <source>Public: anyone with the link joins.</source>
        <translation>Publiczny: każdy z linkiem dołącza.</translation>
    </message>
    <message>
        <source>No trusted domains.</source>
        <translation>Brak zaufanych domen.</translation>
    </message>
    <message>
        <source>Trusted domains, whose people join without approval: %1.</source>
        <translation>Zaufane domeny, z których osoby dołączają bez zatwierdzenia: %1.</translation>
    </message>
</context>
<context>
    <name>RecipientClassifier</name>
    <message numerus="yes">
        <source>skip %n already employee(s)</source>
        <translation>
            <numerusform>pomiń %n obecnego pracownika</numerusform>
            <numerusform>pomiń %n obecnych pracowników</numerusform>
            <numerusform>pomiń %n obecnych pracowników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skip %n already invited</source>
        <translation>
            <numerusform>pomiń %n już zaproszoną osobę</numerusform>
            <numerusform>pomiń %n już zaproszone osoby</numerusform>
            <numerusform>pomiń %n już zaproszonych osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skip %n already in the outbox</source>
        <translation>
            <numerusform>pomiń %n adres już w skrzynce nadawczej</numerusform>
            <numerusform>pomiń %n adresy już w skrzynce nadawczej</numerusform>
            <numerusform>pomiń %n adresów już w skrzynce nadawczej</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skip %n dismissed user(s)</source>
        <translation>
            <numerusform>pomiń %n zwolnionego użytkownika</numerusform>
            <numerusform>pomiń %n zwolnionych użytkowników</numerusform>
            <numerusform>pomiń %n zwolnionych użytkowników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated</source>
        <translation>
            <numerusform>%n powtórzony adres</numerusform>
            <numerusform>%n powtórzone adresy</numerusform>
            <numerusform>%n powtórzonych adresów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n nieprawidłowy adres</numerusform>
            <numerusform>%n nieprawidłowe adresy</numerusform>
            <numerusform>%n nieprawidłowych adresów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over the user limit</source>
        <translation>
            <numerusform>%n osoba ponad limit użytkowników</numerusform>
            <numerusform>%n osoby ponad limit użytkowników</numerusform>
            <numerusform>%n osób ponad limit użytkowników</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gotowy</translation>
    </message>
    <message>
        <source>Invalid address: %1</source>
        <translation>Nieprawidłowy adres: %1</translation>
    </message>
    <message>
        <source>Repeated: this address is already in the list (row %1).</source>
        <translation>Powtórzony: ten adres jest już na liście (wiersz %1).</translation>
    </message>
    <message>
        <source>Already an employee.</source>
        <translation>Już jest pracownikiem.</translation>
    </message>
    <message>
        <source>Already invited and not joined yet.</source>
        <translation>Już zaproszony, jeszcze nie dołączył.</translation>
    </message>
    <message>
        <source>Belongs to a dismissed user; the portal does not reuse it. Reinstate the user instead.</source>
        <translation>Adres należy do zwolnionego użytkownika; portal nie używa go ponownie. Zamiast tego przywróć tego użytkownika.</translation>
    </message>
    <message>
        <source>Already waiting in the outbox.</source>
        <translation>Już oczekuje w skrzynce nadawczej.</translation>
    </message>
    <message>
        <source>Would exceed the plan&apos;s user limit.</source>
        <translation>Spowodowałoby przekroczenie limitu użytkowników planu.</translation>
    </message>
    <message numerus="yes">
        <source>Will invite %n</source>
        <translation>
            <numerusform>Zostanie zaproszona %n osoba</numerusform>
            <numerusform>Zostaną zaproszone %n osoby</numerusform>
            <numerusform>Zostanie zaproszonych %n osób</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to invite</source>
        <translation>Brak osób do zaproszenia</translation>
    </message>
    <message numerus="yes">
        <source>Invite %n</source>
        <translation>
            <numerusform>Zaproś %n osobę</numerusform>
            <numerusform>Zaproś %n osoby</numerusform>
            <numerusform>Zaproś %n osób</numerusform>
        </translation>
    </message>
    <message>
        <source>This row has a problem.</source>
        <translation>Ten wiersz ma problem.</translation>
    </message>
</context>
<context>
    <name>RecipientReviewGrid</name>
    <message>
        <source>Show &amp;problems only</source>
        <translation>Pokaż tylko &amp;problemy</translation>
    </message>
    <message>
        <source>Remove in&amp;valid</source>
        <translation>Usuń &amp;nieprawidłowe</translation>
    </message>
    <message>
        <source>Show so&amp;urce</source>
        <translation>Pokaż ź&amp;ródło</translation>
    </message>
    <message>
        <source>Show problems only</source>
        <translation>Pokaż tylko problemy</translation>
    </message>
    <message>
        <source>Remove invalid recipients</source>
        <translation>Usuń nieprawidłowych odbiorców</translation>
    </message>
    <message>
        <source>Show where the selected recipient came from</source>
        <translation>Pokaż, skąd pochodzi wybrany odbiorca</translation>
    </message>
    <message>
        <source>The line of the imported file, or the entry in the typed text</source>
        <translation>Wiersz importowanego pliku lub wpis we wpisanym tekście</translation>
    </message>
    <message>
        <source>Recipients and their state</source>
        <translation>Odbiorcy i ich stan</translation>
    </message>
    <message>
        <source>Edit a field with F2 or by typing; it is sent as shown.</source>
        <translation>Edytuj pole klawiszem F2 lub pisząc; zostanie wysłane tak, jak je widać.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, wiersz %2: %3</translation>
    </message>
</context>
<context>
    <name>RecipientReviewModel</name>
    <message>
        <source>typed</source>
        <translation>wpisany</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, wiersz %2</translation>
    </message>
    <message>
        <source>No department in this row: the one chosen below, %1.</source>
        <translation>Brak działu w tym wierszu: ten wybrany poniżej, %1.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Drugie imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>This row names a department, but extranet users join workgroups, not departments.</source>
        <translation>Ten wiersz podaje dział, ale użytkownicy ekstranetu dołączają do grup roboczych, a nie działów.</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>imie@example.com</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telefon (opcjonalnie)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcjonalnie</translation>
    </message>
    <message>
        <source>Sa&amp;ve as preset…</source>
        <translation>Za&amp;pisz jako szablon roli…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Usuń szablon roli</translation>
    </message>
    <message>
        <source>Create or attach a company mail&amp;box in the portal…</source>
        <translation>Utwórz lub podłącz firmową skrzynkę po&amp;cztową w portalu…</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Za&amp;rejestruj</translation>
    </message>
    <message>
        <source>Register and add &amp;another</source>
        <translation>Zarejestruj i dodaj &amp;kolejną osobę</translation>
    </message>
    <message>
        <source>Role preset</source>
        <translation>Szablon roli</translation>
    </message>
    <message>
        <source>Role presets</source>
        <translation>Szablony ról</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Zapisz jako szablon roli</translation>
    </message>
    <message>
        <source>Create or attach a company mailbox in the portal</source>
        <translation>Utwórz lub podłącz firmową skrzynkę pocztową w portalu</translation>
    </message>
    <message>
        <source>Opens the portal&apos;s mail settings in your browser; there is no REST method for mailboxes.</source>
        <translation>Otwiera ustawienia poczty portalu w przeglądarce; nie ma metody REST dla skrzynek pocztowych.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Zarejestruj</translation>
    </message>
    <message>
        <source>Register and add another</source>
        <translation>Zarejestruj i dodaj kolejną osobę</translation>
    </message>
    <message>
        <source>Registered people and their results</source>
        <translation>Zarejestrowane osoby i wyniki</translation>
    </message>
    <message>
        <source>Saved in the portal as the person&apos;s mobile phone.</source>
        <translation>Zapisywany w portalu jako telefon komórkowy tej osoby.</translation>
    </message>
    <message>
        <source>The portal e-mails the new person a link to set their password and sign in. Passwords cannot be set from here: the portal&apos;s API has none.</source>
        <translation>Portal wyśle nowej osobie e-mail z linkiem do ustawienia hasła i zalogowania się. Haseł nie można ustawić tutaj: API portalu nie udostępnia takiej funkcji.</translation>
    </message>
    <message>
        <source>Role pre&amp;set:</source>
        <translation>Sza&amp;blon roli:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Imię:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nazwisko:</translation>
    </message>
    <message>
        <source>E-ma&amp;il:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>S&amp;tanowisko:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Dział:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>Invalid address: %1</source>
        <translation>Nieprawidłowy adres: %1</translation>
    </message>
    <message>
        <source>This address already belongs to an employee.</source>
        <translation>Ten adres należy już do pracownika.</translation>
    </message>
    <message>
        <source>This address was already invited and has not joined yet.</source>
        <translation>Na ten adres wysłano już zaproszenie, które nie zostało jeszcze przyjęte.</translation>
    </message>
    <message>
        <source>This address belongs to a dismissed user; the portal does not reuse it.</source>
        <translation>Ten adres należy do zwolnionego użytkownika; portal nie używa go ponownie.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s e-mail address.</source>
        <translation>Wpisz adres e-mail tej osoby.</translation>
    </message>
    <message>
        <source>Could not queue the registration: %1</source>
        <translation>Nie udało się dodać rejestracji do kolejki: %1</translation>
    </message>
    <message>
        <source>%1 is already waiting in the outbox.</source>
        <translation>%1 oczekuje już w skrzynce nadawczej.</translation>
    </message>
    <message>
        <source>%1 is queued; the portal will e-mail the access details.</source>
        <translation>Dodano do kolejki: %1; portal wyśle dane dostępowe e-mailem.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no preset)</source>
        <translation>(bez szablonu)</translation>
    </message>
    <message>
        <source>Preset “%1” applied.</source>
        <translation>Zastosowano szablon roli „%1”.</translation>
    </message>
    <message>
        <source>Save role preset</source>
        <translation>Zapisz szablon roli</translation>
    </message>
    <message>
        <source>Preset &amp;name (department, position and groups are saved):</source>
        <translation>&amp;Nazwa szablonu (zapisywane są dział, stanowisko i grupy):</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Odrzuć wersję roboczą</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Odrzuć wersję roboczą</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Nie udało się zapisać wersji roboczej: %1</translation>
    </message>
    <message>
        <source>Restored the draft saved %1.</source>
        <translation>Przywrócono wersję roboczą zapisaną %1.</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>Wersja robocza została odrzucona.</translation>
    </message>
    <message>
        <source>Registers this person, then empties the name, e-mail and phone for the next one; the role preset, position and department stay.</source>
        <translation>Rejestruje tę osobę, a potem czyści imię, e-mail i telefon dla następnej; szablon roli, stanowisko i dział zostają.</translation>
    </message>
</context>
<context>
    <name>RegistrationLink</name>
    <message>
        <source>Paste the registration link from the portal (Employees → Invite → Quick registration).</source>
        <translation>Wklej link rejestracyjny z portalu (Pracownicy → Zaproś → Szybka rejestracja).</translation>
    </message>
    <message>
        <source>The link contains spaces; paste it exactly as the portal shows it.</source>
        <translation>Link zawiera spacje; wklej go dokładnie w takiej postaci, w jakiej pokazuje go portal.</translation>
    </message>
    <message>
        <source>This is not a web address. It should start with https:// and your portal&apos;s name.</source>
        <translation>To nie jest adres internetowy. Powinien zaczynać się od https:// i nazwy portalu.</translation>
    </message>
    <message>
        <source>The link must start with https://, not %1:.</source>
        <translation>Link musi zaczynać się od https://, a nie od %1:.</translation>
    </message>
    <message>
        <source>The link uses http://; portal links use https://.</source>
        <translation>Link używa http://; linki portalu używają https://.</translation>
    </message>
    <message>
        <source>This link belongs to %1, not to your portal %2.</source>
        <translation>Ten link należy do %1, a nie do Twojego portalu %2.</translation>
    </message>
    <message>
        <source>This link points to port %1 of %2, but your portal answers on port %3.</source>
        <translation>Ten link wskazuje port %1 hosta %2, ale Twój portal odpowiada na porcie %3.</translation>
    </message>
    <message>
        <source>This is the portal&apos;s home page, not its registration link.</source>
        <translation>To strona główna portalu, a nie jego link rejestracyjny.</translation>
    </message>
</context>
<context>
    <name>ScriptedReport</name>
    <message>
        <source>sent</source>
        <translation>wysłane</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>oczekuje</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pominięte</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>nieprawidłowe</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nieudane</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>ScriptedTask</name>
    <message numerus="yes">
        <source>The portal gave no usable answer for %n second(s).</source>
        <translation>
            <numerusform>Portal nie dał użytecznej odpowiedzi przez %n sekundę.</numerusform>
            <numerusform>Portal nie dał użytecznej odpowiedzi przez %n sekundy.</numerusform>
            <numerusform>Portal nie dał użytecznej odpowiedzi przez %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Ostatni błąd: %1</translation>
    </message>
    <message numerus="yes">
        <source>The run did not finish within --timeout %n second(s).</source>
        <translation>
            <numerusform>Uruchomienie nie zakończyło się w ciągu --timeout %n sekundy.</numerusform>
            <numerusform>Uruchomienie nie zakończyło się w ciągu --timeout %n sekund.</numerusform>
            <numerusform>Uruchomienie nie zakończyło się w ciągu --timeout %n sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Portal problem (%1); trying again in %n second(s)…</source>
        <translation>
            <numerusform>Problem z portalem (%1); ponowna próba za %n sekundę…</numerusform>
            <numerusform>Problem z portalem (%1); ponowna próba za %n sekundy…</numerusform>
            <numerusform>Problem z portalem (%1); ponowna próba za %n sekund…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>No keychain is available on this system (no Secret Service is running), so InviteDesk cannot store the portal&apos;s secret safely. You can keep it for this session only; you will have to connect again next time.</source>
        <translation>W tym systemie nie ma dostępnego pęku kluczy (nie działa usługa Secret Service), więc InviteDesk nie może bezpiecznie przechować poufnych danych portalu. Można je zachować tylko na czas tej sesji; następnym razem trzeba będzie połączyć się ponownie.</translation>
    </message>
    <message>
        <source>The stored sign-in for this portal was not found in the keychain. Connect the portal again.</source>
        <translation>Nie znaleziono w pęku kluczy zapisanych danych logowania do tego portalu. Połącz portal ponownie.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Unlock the keychain or allow InviteDesk to use it, then try again.</source>
        <translation>Odmówiono dostępu do pęku kluczy. Odblokuj pęk kluczy lub zezwól InviteDesk na korzystanie z niego, a następnie spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it persists, restart the keychain service.</source>
        <translation>Pęk kluczy zgłosił błąd. Spróbuj ponownie; jeśli błąd się powtarza, uruchom ponownie usługę pęku kluczy.</translation>
    </message>
</context>
<context>
    <name>SendAnnouncer</name>
    <message>
        <source>Sending finished: %1 sent, %2 failed (see the Outbox).</source>
        <translation>Wysyłka zakończona: wysłano %1, nieudanych %2 (zobacz skrzynkę nadawczą).</translation>
    </message>
    <message>
        <source>Sending finished: %1 sent.</source>
        <translation>Wysyłka zakończona: wysłano %1.</translation>
    </message>
    <message>
        <source>InviteDesk</source>
        <translation>InviteDesk</translation>
    </message>
    <message>
        <source>Invitations sent</source>
        <translation>Zaproszenia wysłane</translation>
    </message>
</context>
<context>
    <name>UserState</name>
    <message>
        <source>Employee</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <source>Extranet</source>
        <translation>Ekstranet</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Zwolniony</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Zaproszony</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nieznany</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A simulated Bitrix24 portal on loopback, for InviteDesk and any other Bitrix24 client.</source>
        <translation>Symulowany portal Bitrix24 na interfejsie loopback dla InviteDesk i dowolnego innego klienta Bitrix24.</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>Port nasłuchiwania (0: dowolny wolny port).</translation>
    </message>
    <message>
        <source>Number of demo users.</source>
        <translation>Liczba użytkowników demonstracyjnych.</translation>
    </message>
    <message>
        <source>Seed of the demo company.</source>
        <translation>Ziarno (seed) firmy demonstracyjnej.</translation>
    </message>
    <message>
        <source>Leaky bucket drain per second (0 disables the limit).</source>
        <translation>Szybkość opróżniania wiadra (leaky bucket) na sekundę (0 wyłącza limit).</translation>
    </message>
    <message>
        <source>Leaky bucket size.</source>
        <translation>Rozmiar wiadra (leaky bucket).</translation>
    </message>
    <message>
        <source>Serve HTTPS with a self-signed throw-away test certificate.</source>
        <translation>Udostępniaj HTTPS z samopodpisanym, jednorazowym certyfikatem testowym.</translation>
    </message>
    <message>
        <source>Invalid value for --%1: %2</source>
        <translation>Nieprawidłowa wartość dla --%1: %2</translation>
    </message>
    <message>
        <source>Cannot create the signal socket pair</source>
        <translation>Nie można utworzyć pary gniazd dla sygnałów</translation>
    </message>
    <message>
        <source>Cannot start the sandbox portal: %1</source>
        <translation>Nie można uruchomić portalu testowego: %1</translation>
    </message>
    <message>
        <source>Sandbox portal: %1</source>
        <translation>Portal testowy: %1</translation>
    </message>
    <message>
        <source>Admin webhook: %1</source>
        <translation>Webhook administratora: %1</translation>
    </message>
    <message>
        <source>Employee webhook: %1</source>
        <translation>Webhook pracownika: %1</translation>
    </message>
    <message>
        <source>Limited webhook (department, %1): %2</source>
        <translation>Ograniczony webhook (dział, %1): %2</translation>
    </message>
    <message>
        <source>OAuth client id: %1</source>
        <translation>Identyfikator klienta OAuth: %1</translation>
    </message>
    <message>
        <source>OAuth client secret: %1</source>
        <translation>Sekret klienta OAuth: %1</translation>
    </message>
    <message>
        <source>OAuth server: %1</source>
        <translation>Serwer OAuth: %1</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Naciśnij Ctrl+C, aby zatrzymać.</translation>
    </message>
    <message>
        <source>HTTPS with a self-signed THROW-AWAY TEST certificate (SHA-256 %1); trust it for tests only.</source>
        <translation>HTTPS z samopodpisanym JEDNORAZOWYM CERTYFIKATEM TESTOWYM (SHA-256 %1); ufaj mu tylko podczas testów.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zatrzymano.</translation>
    </message>
    <message>
        <source>--portal - found no webhook URL on standard input.</source>
        <translation>--portal - nie znalazł adresu URL webhooka na standardowym wejściu.</translation>
    </message>
    <message>
        <source>No portal: add one in the app, or pass --account, --portal - or the INVITEDESK_WEBHOOK variable.</source>
        <translation>Brak portalu: dodaj go w aplikacji albo użyj --account, --portal - lub zmiennej INVITEDESK_WEBHOOK.</translation>
    </message>
    <message>
        <source>No stored account for %1; the app stores %2.</source>
        <translation>Brak zapisanego konta dla %1; aplikacja przechowuje %2.</translation>
    </message>
    <message>
        <source>Control token (header %1 on /sandbox/ requests): %2</source>
        <translation>Token sterujący (nagłówek %1 w żądaniach /sandbox/): %2</translation>
    </message>
    <message>
        <source>Cannot install the console stop handler</source>
        <translation>Nie można zainstalować obsługi zatrzymania konsoli</translation>
    </message>
    <message>
        <source>InviteDesk is already running; its window was brought to the front.</source>
        <translation>InviteDesk już działa; jego okno zostało przeniesione na wierzch.</translation>
    </message>
    <message>
        <source>InviteDesk is already running for this profile but does not answer. Close it, or end its process, and start again.</source>
        <translation>InviteDesk już działa dla tego profilu, ale nie odpowiada. Zamknij go lub zakończ jego proces i uruchom ponownie.</translation>
    </message>
</context>
</TS>
