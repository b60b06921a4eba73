<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ApplicationShell</name>
    <message>
        <source>&amp;Employees</source>
        <translation>&amp;Сотрудники</translation>
    </message>
    <message>
        <source>Company &amp;Structure</source>
        <translation>Стру&amp;ктура компании</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Forget %1 and remove its secrets from the keychain? The local copy of the directory stays until you connect again.</source>
        <translation>Забыть %1 и удалить его секреты из хранилища ключей? Локальная копия справочника сохранится до следующего подключения.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>%1 Showing the copy of the directory on this computer.</source>
        <translation>%1 Показана копия справочника на этом компьютере.</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Хранилище ключей недоступно</translation>
    </message>
    <message>
        <source>%1

InviteDesk never writes secrets to a file. Keep the secret in memory for this session only? You will have to connect again next time.</source>
        <translation>%1

InviteDesk никогда не записывает секреты в файл. Хранить секрет в памяти только на время этого сеанса? В следующий раз придётся подключиться снова.</translation>
    </message>
    <message>
        <source>Signed out. The next start opens the sandbox portal.</source>
        <translation>Вы вышли. При следующем запуске откроется учебный портал.</translation>
    </message>
    <message>
        <source>Directory updated: %1</source>
        <translation>Справочник обновлён: %1</translation>
    </message>
    <message>
        <source>Sandbox portal</source>
        <translation>Учебный портал</translation>
    </message>
    <message>
        <source>Invitations can be composed once the portal has answered or its outbox is open.</source>
        <translation>Приглашения можно составлять, когда портал ответит или откроются его исходящие.</translation>
    </message>
    <message>
        <source>The outbox opens once the portal has answered.</source>
        <translation>Исходящие откроются, когда портал ответит.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address to sign in: %1</source>
        <translation>Не удалось открыть браузер. Откройте этот адрес, чтобы войти: %1</translation>
    </message>
    <message>
        <source>InviteDesk could not listen for the sign-in answer.</source>
        <translation>InviteDesk не смог принять ответ после входа.</translation>
    </message>
    <message>
        <source>Portal moved?</source>
        <translation>Портал переехал?</translation>
    </message>
    <message>
        <source>The portal %1 answers that it has moved to %2.

Continue with %2 only if your company really changed its Bitrix24 address: InviteDesk will send its sign-in and your invitations there. Nothing has been sent there yet.</source>
        <translation>Портал %1 отвечает, что переехал на %2.

Продолжайте с %2, только если ваша компания действительно сменила адрес Bitrix24: InviteDesk отправит туда свои учётные данные и ваши приглашения. Туда пока ничего не отправлено.</translation>
    </message>
    <message>
        <source>Signed out. Your other portals are under Portal → Switch portal.</source>
        <translation>Вы вышли. Другие порталы — в меню Портал → Сменить портал.</translation>
    </message>
</context>
<context>
    <name>CompanyStructurePage</name>
    <message>
        <source>Company structure</source>
        <translation>Структура компании</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Подразделения</translation>
    </message>
    <message>
        <source>De&amp;partments:</source>
        <translation>&amp;Подразделения:</translation>
    </message>
    <message>
        <source>Include &amp;sub-departments</source>
        <translation>&amp;Учитывать вложенные подразделения</translation>
    </message>
    <message>
        <source>Include sub-departments</source>
        <translation>Учитывать вложенные подразделения</translation>
    </message>
    <message>
        <source>&amp;Invite to this department…</source>
        <translation>П&amp;ригласить в это подразделение…</translation>
    </message>
    <message>
        <source>Invite to this department…</source>
        <translation>Пригласить в это подразделение…</translation>
    </message>
    <message>
        <source>Opens the invite dialog with the selected department</source>
        <translation>Открывает окно приглашения с выбранным подразделением</translation>
    </message>
    <message>
        <source>People in the department</source>
        <translation>Сотрудники подразделения</translation>
    </message>
    <message>
        <source>Department actions</source>
        <translation>Действия с подразделением</translation>
    </message>
    <message>
        <source>The directory is not available yet. It appears here once it has been downloaded from the portal.</source>
        <translation>Справочник пока недоступен. Он появится здесь после загрузки с портала.</translation>
    </message>
    <message>
        <source>Select a department to see its people.</source>
        <translation>Выберите подразделение, чтобы увидеть его сотрудников.</translation>
    </message>
    <message>
        <source>Nobody works in this department yet.</source>
        <translation>В этом подразделении пока никто не работает.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln человек</numerusform>
            <numerusform>%Ln человека</numerusform>
            <numerusform>%Ln человек</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting people…</source>
        <translation>Подсчёт людей…</translation>
    </message>
    <message>
        <source>The company&apos;s departments with their heads, their own number of members and the number with all sub-departments. The context menu invites people to a department.</source>
        <translation>Подразделения компании с руководителями, числом сотрудников в самом подразделении и числом вместе со всеми вложенными. Через контекстное меню можно пригласить людей в подразделение.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a department&apos;s two member counts</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people with sub-departments</source>
        <translation>
            <numerusform>%Ln человек с вложенными подразделениями</numerusform>
            <numerusform>%Ln человека с вложенными подразделениями</numerusform>
            <numerusform>%Ln человек с вложенными подразделениями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln directly in this department</source>
        <translation>
            <numerusform>%Ln непосредственно в этом подразделении</numerusform>
            <numerusform>%Ln непосредственно в этом подразделении</numerusform>
            <numerusform>%Ln непосредственно в этом подразделении</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people directly in this department</source>
        <translation>
            <numerusform>%Ln человек непосредственно в этом подразделении</numerusform>
            <numerusform>%Ln человека непосредственно в этом подразделении</numerusform>
            <numerusform>%Ln человек непосредственно в этом подразделении</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with sub-departments</source>
        <translation>
            <numerusform>%Ln с вложенными подразделениями</numerusform>
            <numerusform>%Ln с вложенными подразделениями</numerusform>
            <numerusform>%Ln с вложенными подразделениями</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectPortalDialog</name>
    <message>
        <source>Connect a Bitrix24 portal</source>
        <translation>Подключение портала Bitrix24</translation>
    </message>
    <message>
        <source>Connection method</source>
        <translation>Способ подключения</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Вебхук</translation>
    </message>
    <message>
        <source>&amp;OAuth application</source>
        <translation>&amp;Приложение OAuth</translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation>Проблема с адресом</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>П&amp;одключить</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <source>In your portal open Developer resources → Other → Inbound webhook, tick the scopes &lt;i&gt;user&lt;/i&gt;, &lt;i&gt;department&lt;/i&gt; and &lt;i&gt;sonet_group&lt;/i&gt;, and paste the webhook address here. It is kept in your system&apos;s keychain.</source>
        <translation>На портале откройте «Разработчикам» → «Другое» → «Входящий вебхук», отметьте права &lt;i&gt;user&lt;/i&gt;, &lt;i&gt;department&lt;/i&gt; и &lt;i&gt;sonet_group&lt;/i&gt; и вставьте сюда адрес вебхука. Он хранится в системном хранилище ключей.</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Адрес вебхука</translation>
    </message>
    <message>
        <source>https://company.bitrix24.com/rest/1/abc123xyz/</source>
        <translation>https://company.bitrix24.ru/rest/1/abc123xyz/</translation>
    </message>
    <message>
        <source>Webhook &amp;address:</source>
        <translation>&amp;Адрес вебхука:</translation>
    </message>
    <message>
        <source>Use a local application created in your portal. InviteDesk opens your browser to sign in; the tokens are kept in your system&apos;s keychain.</source>
        <translation>Используйте локальное приложение, созданное на вашем портале. InviteDesk откроет браузер для входа; токены хранятся в системном хранилище ключей.</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Адрес портала</translation>
    </message>
    <message>
        <source>company.bitrix24.com</source>
        <translation>company.bitrix24.ru</translation>
    </message>
    <message>
        <source>Application ID (client_id)</source>
        <translation>Код приложения (client_id)</translation>
    </message>
    <message>
        <source>Application key (client_secret)</source>
        <translation>Ключ приложения (client_secret)</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Сервер авторизации</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>Пор&amp;тал:</translation>
    </message>
    <message>
        <source>Application &amp;ID:</source>
        <translation>&amp;Код приложения:</translation>
    </message>
    <message>
        <source>Application &amp;key:</source>
        <translation>К&amp;люч приложения:</translation>
    </message>
    <message>
        <source>Authorization &amp;server:</source>
        <translation>&amp;Сервер авторизации:</translation>
    </message>
    <message>
        <source>Enter the application ID and key shown in the application&apos;s card in your portal.</source>
        <translation>Введите код и ключ приложения, указанные в карточке приложения на вашем портале.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>The secret part is hidden while you are not editing it.</source>
        <translation>Секретная часть скрыта, пока вы её не редактируете.</translation>
    </message>
    <message>
        <source>S&amp;how the secret</source>
        <translation>&amp;Показать секрет</translation>
    </message>
    <message>
        <source>Show the secret part of the webhook address</source>
        <translation>Показать секретную часть адреса вебхука</translation>
    </message>
    <message>
        <source>Certificate issued to</source>
        <translation>Кому выдан сертификат</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Отпечаток SHA-256</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Кому выдан:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Отпечаток SHA-256:</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this portal</source>
        <translation>&amp;Доверять этому сертификату для этого портала</translation>
    </message>
    <message>
        <source>Trust this certificate for this portal</source>
        <translation>Доверять этому сертификату для этого портала</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate of %1: it is self-signed or issued by your company&apos;s own certificate authority, as is usual for Bitrix24 on your own server. Nothing was sent. Ask your administrator for the portal&apos;s SHA-256 fingerprint and trust the certificate only if it is the same as below.</source>
        <translation>Этот компьютер не доверяет сертификату %1: он самоподписанный или выдан собственным центром сертификации вашей компании, как обычно бывает у Битрикс24 на своём сервере. Ничего не отправлено. Узнайте у администратора отпечаток SHA-256 портала и доверяйте сертификату, только если он совпадает с показанным ниже.</translation>
    </message>
</context>
<context>
    <name>CsvEncoding</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Юникод (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 little-endian)</source>
        <translation>Юникод (UTF-16, little-endian)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 big-endian)</source>
        <translation>Юникод (UTF-16, big-endian)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Кириллица (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Кириллица (KOI8-R)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Западноевропейская (Windows-1252)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>Центральноевропейская (Windows-1250)</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read, %1 with a usable address.</source>
        <translation>
            <numerusform>Прочитана %n строка, с подходящим адресом: %1.</numerusform>
            <numerusform>Прочитано %n строки, с подходящим адресом: %1.</numerusform>
            <numerusform>Прочитано %n строк, с подходящим адресом: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Строки файла</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n recipient(s)</source>
        <translation>
            <numerusform>&amp;Добавить %n получателя</numerusform>
            <numerusform>&amp;Добавить %n получателей</numerusform>
            <numerusform>&amp;Добавить %n получателей</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Кодировка файла</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>Columns hold:</source>
        <translation>Столбцы содержат:</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Не удалось открыть файл: %1</translation>
    </message>
    <message>
        <source>What column %1 (%2) holds</source>
        <translation>Что содержит столбец %1 (%2)</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Прочитан как %1.</translation>
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
        <translation>имя</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>отчество</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя и фамилия</translation>
    </message>
    <message>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>department</source>
        <translation>подразделение</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>не используется</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Не удалось открыть файл: %1</translation>
    </message>
    <message>
        <source>The file contains no rows.</source>
        <translation>В файле нет строк.</translation>
    </message>
    <message>
        <source>No header row; columns read as: %1.</source>
        <translation>Строки заголовков нет; столбцы прочитаны как: %1.</translation>
    </message>
    <message>
        <source>A quotation mark is not closed; the rest of the file was read as one field.</source>
        <translation>Кавычка не закрыта; остаток файла прочитан как одно поле.</translation>
    </message>
    <message>
        <source>No e-mail address in this row.</source>
        <translation>В этой строке нет адреса e-mail.</translation>
    </message>
    <message>
        <source>This row has more fields than the header; the extra ones were ignored.</source>
        <translation>В этой строке больше полей, чем в заголовке; лишние поля пропущены.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>The header row names no e-mail column; columns read as: %1. Choose what each column holds if this is wrong.</source>
        <translation>В строке заголовка нет столбца с адресом эл. почты; столбцы прочитаны как: %1. Если это неверно, выберите, что содержит каждый столбец.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text, so no row can be added. Choose the encoding it was saved in.</source>
        <translation>Файл не является корректным текстом в кодировке %1, поэтому ни одну строку нельзя добавить. Выберите кодировку, в которой он был сохранён.</translation>
    </message>
    <message>
        <source>No row has a usable e-mail address, so there is nothing to add.</source>
        <translation>Ни в одной строке нет пригодного адреса эл. почты, поэтому добавлять нечего.</translation>
    </message>
</context>
<context>
    <name>DepartmentCombo</name>
    <message>
        <source>Choose a department…</source>
        <translation>Выберите подразделение…</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Подразделение %1</translation>
    </message>
</context>
<context>
    <name>DepartmentMatcher</name>
    <message>
        <source>Several departments are called &quot;%1&quot;; enter the ID of the one you mean (%2).</source>
        <translation>Несколько отделов называются «%1»; введите ID нужного (%2).</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; cannot be checked: the company structure has not been loaded yet.</source>
        <translation>Отдел «%1» нельзя проверить: структура компании ещё не загружена.</translation>
    </message>
    <message>
        <source>There is no department with the ID %1 in the company structure.</source>
        <translation>В структуре компании нет отдела с ID %1.</translation>
    </message>
    <message>
        <source>There is no department &quot;%1&quot; in the company structure.</source>
        <translation>В структуре компании нет отдела «%1».</translation>
    </message>
</context>
<context>
    <name>DepartmentSelector</name>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Show only people of this department and its sub-departments. Type to find a department.</source>
        <translation>Показывать только сотрудников этого подразделения и вложенных в него. Начните вводить название, чтобы найти подразделение.</translation>
    </message>
    <message>
        <source>Matching departments</source>
        <translation>Подходящие подразделения</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Подразделения</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все подразделения</translation>
    </message>
</context>
<context>
    <name>DepartmentTreeModel</name>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>People in this department itself, without its sub-departments</source>
        <translation>Сотрудники самого подразделения, без вложенных</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Напрямую</translation>
    </message>
    <message>
        <source>People in this department and all its sub-departments; someone in several of them counts once</source>
        <translation>Сотрудники подразделения и всех вложенных; человек из нескольких считается один раз</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
</context>
<context>
    <name>DirectoryError</name>
    <message>
        <source>The local copy of the directory cannot be opened: the disk is full or cannot be written. Nothing was deleted; free some space and restart InviteDesk.</source>
        <translation>Не удаётся открыть локальную копию каталога: диск заполнен или недоступен для записи. Ничего не удалено; освободите место и перезапустите InviteDesk.</translation>
    </message>
    <message>
        <source>The local copy of the directory cannot be opened.</source>
        <translation>Не удаётся открыть локальную копию справочника.</translation>
    </message>
    <message>
        <source>The local copy of the directory could not be converted for this version of InviteDesk: the disk is full or cannot be written. Nothing was deleted; free some space and restart InviteDesk.</source>
        <translation>Не удалось преобразовать локальную копию справочника для этой версии InviteDesk: диск заполнен или недоступен для записи. Ничего не удалено; освободите место и перезапустите InviteDesk.</translation>
    </message>
    <message>
        <source>The local copy of the directory could not be updated.</source>
        <translation>Не удалось обновить локальную копию справочника.</translation>
    </message>
    <message>
        <source>Directory refresh cancelled; the previous copy is kept.</source>
        <translation>Обновление справочника отменено; сохранена предыдущая копия.</translation>
    </message>
</context>
<context>
    <name>DirectoryOpenReport</name>
    <message>
        <source>The local copy of the directory was damaged; it was set aside and will be rebuilt from the portal.</source>
        <translation>Локальная копия справочника была повреждена; она отложена и будет заново собрана с портала.</translation>
    </message>
    <message>
        <source>The local copy of the directory was written by a newer InviteDesk; it was set aside and will be rebuilt from the portal.</source>
        <translation>Локальная копия справочника записана более новой версией InviteDesk; она отложена и будет заново собрана с портала.</translation>
    </message>
</context>
<context>
    <name>DirectorySyncStatus</name>
    <message>
        <source>Offline, the directory was never synced</source>
        <translation>Офлайн, справочник ещё не синхронизировался</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Офлайн с %1</translation>
    </message>
</context>
<context>
    <name>DirectorySyncSummary</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n новый</numerusform>
            <numerusform>%n новых</numerusform>
            <numerusform>%n новых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n изменённый</numerusform>
            <numerusform>%n изменённых</numerusform>
            <numerusform>%n изменённых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n удалённый</numerusform>
            <numerusform>%n удалённых</numerusform>
            <numerusform>%n удалённых</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Без изменений</translation>
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
        <translation>Синхронизация справочника: %1 из %2 человек</translation>
    </message>
    <message>
        <source>Syncing the directory: %1 people</source>
        <translation>Синхронизация справочника: %1 человек</translation>
    </message>
    <message>
        <source>Directory synced: %1 people, %2 departments (%3).</source>
        <translation>Справочник синхронизирован: %1 человек, %2 отделов (%3).</translation>
    </message>
    <message>
        <source>The directory could not be synced: %1</source>
        <translation>Не удалось синхронизировать справочник: %1</translation>
    </message>
    <message>
        <source>The directory copy was never synced; syncing it first.</source>
        <translation>Копия справочника ещё не синхронизировалась; сначала синхронизация.</translation>
    </message>
    <message>
        <source>The directory copy could not be opened.</source>
        <translation>Не удалось открыть копию справочника.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n people written to %1.</source>
        <translation>
            <numerusform>%n человек записан в %1.</numerusform>
            <numerusform>%n человека записаны в %1.</numerusform>
            <numerusform>%n человек записано в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftTargetChoice</name>
    <message>
        <source>Start &amp;fresh</source>
        <translation>&amp;Начать заново</translation>
    </message>
    <message>
        <source>Start fresh: discard the draft</source>
        <translation>Начать заново: удалить черновик</translation>
    </message>
    <message>
        <source>Keep the draft&apos;s target</source>
        <translation>Оставить адресата черновика</translation>
    </message>
    <message>
        <source>Use the new target</source>
        <translation>Использовать новый</translation>
    </message>
    <message>
        <source>The restored draft was composed for %1, and the dialog was opened for %2. Which should it be? Nothing is sent until you choose.</source>
        <translation>Восстановленный черновик составлен для «%1», а окно открыто для «%2». Что выбрать? Пока вы не выберете, ничего не отправляется.</translation>
    </message>
    <message>
        <source>&amp;Keep %1</source>
        <translation>&amp;Оставить «%1»</translation>
    </message>
    <message>
        <source>Keep the draft&apos;s target, %1</source>
        <translation>Оставить адресата черновика: %1</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Использовать «%1»</translation>
    </message>
    <message>
        <source>Use %1 for the draft</source>
        <translation>Использовать «%1» для черновика</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>The address is empty.</source>
        <translation>Адрес пуст.</translation>
    </message>
    <message>
        <source>The address is longer than 254 characters.</source>
        <translation>Адрес длиннее 254 символов.</translation>
    </message>
    <message>
        <source>The address contains spaces.</source>
        <translation>Адрес содержит пробелы.</translation>
    </message>
    <message>
        <source>The address has no @.</source>
        <translation>В адресе нет символа @.</translation>
    </message>
    <message>
        <source>The address has more than one @.</source>
        <translation>В адресе больше одного символа @.</translation>
    </message>
    <message>
        <source>Nothing comes before the @.</source>
        <translation>Перед @ ничего нет.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>Часть до @ длиннее 64 символов.</translation>
    </message>
    <message>
        <source>A quotation mark is not closed.</source>
        <translation>Кавычка не закрыта.</translation>
    </message>
    <message>
        <source>The quoted part before the @ is not valid.</source>
        <translation>Часть в кавычках до @ некорректна.</translation>
    </message>
    <message>
        <source>The part before the @ starts or ends with a dot.</source>
        <translation>Часть до @ начинается или заканчивается точкой.</translation>
    </message>
    <message>
        <source>The address has two dots in a row.</source>
        <translation>В адресе две точки подряд.</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that is not allowed.</source>
        <translation>Часть до @ содержит недопустимый символ.</translation>
    </message>
    <message>
        <source>The domain after the @ is missing.</source>
        <translation>После @ нет домена.</translation>
    </message>
    <message>
        <source>The domain starts with a dot.</source>
        <translation>Домен начинается с точки.</translation>
    </message>
    <message>
        <source>IP addresses cannot be used as a domain.</source>
        <translation>IP-адрес нельзя использовать в качестве домена.</translation>
    </message>
    <message>
        <source>The domain is incomplete (for example, &quot;example.com&quot;).</source>
        <translation>Домен указан не полностью (пример: «example.com»).</translation>
    </message>
    <message>
        <source>The domain contains a character that is not allowed.</source>
        <translation>Домен содержит недопустимый символ.</translation>
    </message>
    <message>
        <source>A part of the domain starts or ends with a hyphen.</source>
        <translation>Часть домена начинается или заканчивается дефисом.</translation>
    </message>
    <message>
        <source>A part of the domain is longer than 63 characters.</source>
        <translation>Часть домена длиннее 63 символов.</translation>
    </message>
    <message>
        <source>The domain is longer than 253 characters.</source>
        <translation>Домен длиннее 253 символов.</translation>
    </message>
    <message>
        <source>The domain ends in a number, not a name.</source>
        <translation>Домен заканчивается числом, а не именем.</translation>
    </message>
    <message>
        <source>The address contains an invisible control character (such as a line break).</source>
        <translation>Адрес содержит невидимый управляющий символ (например, перевод строки).</translation>
    </message>
    <message>
        <source>Addresses with quotation marks before the @ cannot be invited: Bitrix24 accepts only ordinary addresses.</source>
        <translation>Адреса с кавычками перед @ нельзя пригласить: Bitrix24 принимает только обычные адреса.</translation>
    </message>
    <message>
        <source>A part of the domain starting with &quot;xn--&quot; is not a valid international name.</source>
        <translation>Часть домена, начинающаяся с «xn--», не является допустимым международным именем.</translation>
    </message>
</context>
<context>
    <name>EmployeeDetailsPane</name>
    <message>
        <source>Invited, not yet joined</source>
        <translation>Приглашён, ещё не присоединился</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Уволен</translation>
    </message>
    <message>
        <source>Extranet user</source>
        <translation>Пользователь экстранета</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Selected person</source>
        <translation>Выбранный человек</translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation>Выберите человека, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>Подразделения:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Телефоны:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Зарегистрирован:</translation>
    </message>
    <message>
        <source>Last login:</source>
        <translation>Последний вход:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>&amp;Copy e-mail</source>
        <translation>&amp;Копировать e-mail</translation>
    </message>
    <message>
        <source>Open &amp;profile in the portal</source>
        <translation>Открыть &amp;профиль на портале</translation>
    </message>
    <message>
        <source>&amp;Invite again in the portal…</source>
        <translation>Пригласить &amp;снова на портале…</translation>
    </message>
    <message>
        <source>The sandbox portal has no profile pages.</source>
        <translation>У учебного портала нет страниц профилей.</translation>
    </message>
    <message>
        <source>&amp;Reinstate in the portal…</source>
        <translation>&amp;Восстановить на портале…</translation>
    </message>
    <message>
        <source>Opens the profile, where the portal offers this</source>
        <translation>Открывает профиль, где портал предлагает это действие</translation>
    </message>
    <message>
        <source>Copy e-mail</source>
        <translation>Копировать e-mail</translation>
    </message>
    <message>
        <source>In the por&amp;tal</source>
        <translation>На &amp;портале</translation>
    </message>
    <message>
        <source>In the portal</source>
        <translation>На портале</translation>
    </message>
</context>
<context>
    <name>EmployeeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>EmployeesPage</name>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Поиск людей</translation>
    </message>
    <message>
        <source>Filters the list as you type: name, e-mail, position or phone</source>
        <translation>Фильтрует список по мере ввода: имя, e-mail, должность или телефон</translation>
    </message>
    <message>
        <source>Name, e-mail, position or phone</source>
        <translation>Имя, e-mail, должность или телефон</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Which people to list: everyone, employees, pending invitations, dismissed or extranet users</source>
        <translation>Кого показывать: всех, сотрудников, приглашённых, уволенных или пользователей экстранета</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Invited, not yet joined</source>
        <translation>Приглашённые, ещё не присоединились</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Уволенные</translation>
    </message>
    <message>
        <source>Extranet</source>
        <translation>Экстранет</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>По&amp;казать:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>П&amp;одразделение:</translation>
    </message>
    <message>
        <source>I&amp;nvite users…</source>
        <translation>П&amp;ригласить сотрудников…</translation>
    </message>
    <message>
        <source>Invite users…</source>
        <translation>Пригласить сотрудников…</translation>
    </message>
    <message>
        <source>Opens the invite dialog</source>
        <translation>Открывает окно приглашения</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>The directory is not available yet. It appears here once it has been downloaded from the portal.</source>
        <translation>Справочник пока недоступен. Он появится здесь после загрузки с портала.</translation>
    </message>
    <message>
        <source>No one matches “%1”.
Check the spelling, or try fewer letters or another filter.</source>
        <translation>Никто не найден по запросу «%1».
Проверьте написание, введите меньше букв или выберите другой фильтр.</translation>
    </message>
    <message>
        <source>No people match these filters.</source>
        <translation>Никто не соответствует этим фильтрам.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln человек</numerusform>
            <numerusform>%Ln человека</numerusform>
            <numerusform>%Ln человек</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting people…</source>
        <translation>Подсчёт людей…</translation>
    </message>
    <message>
        <source>Names are found in other spellings too: &quot;mueller&quot; finds Müller, &quot;dmitriy&quot; finds Дмитрий, &quot;юлия&quot; finds Julia.</source>
        <translation>Имена находятся и в другом написании: «mueller» найдёт Müller, «dmitriy» — Дмитрий, «юлия» — Julia.</translation>
    </message>
</context>
<context>
    <name>HeadlessInviter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the report %1: name a .csv or .json file in a writable folder.</source>
        <translation>Не удаётся записать отчёт %1: укажите файл .csv или .json в папке, доступной для записи.</translation>
    </message>
    <message>
        <source>Employees need a department: pass --department &lt;name or ID&gt; or add a department column to the file.</source>
        <translation>Сотрудникам нужен отдел: укажите --department &lt;название или ID&gt; или добавьте в файл столбец отдела.</translation>
    </message>
    <message>
        <source>The portal has no department &quot;%1&quot;; --list-departments shows them all.</source>
        <translation>На портале нет отдела «%1»; --list-departments показывает все.</translation>
    </message>
    <message>
        <source>Several departments are called &quot;%1&quot;; pass its ID (see --list-departments).</source>
        <translation>Несколько отделов называются «%1»; укажите ID (см. --list-departments).</translation>
    </message>
    <message>
        <source>Checking addresses with the portal: %1 of %2</source>
        <translation>Проверка адресов на портале: %1 из %2</translation>
    </message>
    <message>
        <source>The outbox did not queue every planned invitation; nothing is sent.</source>
        <translation>Исходящие поставили в очередь не все запланированные приглашения; ничего не отправляется.</translation>
    </message>
    <message>
        <source>Sending invitations: %1 of %2 answered</source>
        <translation>Отправка приглашений: получен ответ на %1 из %2</translation>
    </message>
    <message>
        <source>Nothing was sent; invitations already queued stay queued for invitedesk --send-pending.</source>
        <translation>Ничего не отправлено; приглашения, уже стоящие в очереди, остаются в ней для invitedesk --send-pending.</translation>
    </message>
    <message>
        <source>Invited: user %1.</source>
        <translation>Приглашён: пользователь %1.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer does not say whether the user was created (%1); review it in the app&apos;s outbox.</source>
        <translation>Ответ портала не говорит, создан ли пользователь (%1); проверьте это в исходящих приложения.</translation>
    </message>
    <message>
        <source>Not sent yet; invitedesk --send-pending sends it.</source>
        <translation>Ещё не отправлено; invitedesk --send-pending отправит его.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) not sent stay queued; invitedesk --send-pending sends them later.</source>
        <translation>
            <numerusform>%n неотправленное приглашение остаётся в очереди; invitedesk --send-pending отправит его позже.</numerusform>
            <numerusform>%n неотправленных приглашения остаются в очереди; invitedesk --send-pending отправит их позже.</numerusform>
            <numerusform>%n неотправленных приглашений остаются в очереди; invitedesk --send-pending отправит их позже.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Не удаётся записать отчёт %1: %2</translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation>Ничего не поставлено в исходящие.</translation>
    </message>
</context>
<context>
    <name>InvitationAuditLog</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Кто пригласил</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Вкладка</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Portal answer</source>
        <translation>Ответ портала</translation>
    </message>
</context>
<context>
    <name>InvitationFailure</name>
    <message>
        <source>Duplicate: a user with this e-mail already exists on the portal.</source>
        <translation>Дубликат: пользователь с таким e-mail уже есть на портале.</translation>
    </message>
    <message>
        <source>Invalid: the portal did not accept the address or the details.</source>
        <translation>Ошибка данных: портал не принял адрес или сведения о пользователе.</translation>
    </message>
    <message>
        <source>Limit: the plan&apos;s user limit is reached. Free seats or upgrade the plan, then retry.</source>
        <translation>Лимит: достигнут лимит пользователей по тарифу. Освободите места или перейдите на другой тариф, затем повторите.</translation>
    </message>
    <message>
        <source>Rights: only administrators can invite unless the portal lets everyone invite.</source>
        <translation>Права: приглашать могут только администраторы, если на портале не разрешено приглашать всем.</translation>
    </message>
    <message>
        <source>Network: will be sent when the portal is reachable.</source>
        <translation>Сеть: будет отправлено, когда портал станет доступен.</translation>
    </message>
    <message>
        <source>The portal asked to slow down; will be sent shortly.</source>
        <translation>Портал попросил снизить частоту запросов; будет отправлено чуть позже.</translation>
    </message>
    <message>
        <source>The portal answered with an unexpected error: %1</source>
        <translation>Портал ответил непредвиденной ошибкой: %1</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>дубликат</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ошибка данных</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>лимит</translation>
    </message>
    <message>
        <source>rights</source>
        <translation>права</translation>
    </message>
    <message>
        <source>network</source>
        <translation>сеть</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Sign in again: the portal no longer accepts InviteDesk&apos;s sign-in (it expired or was revoked). The invitation is kept and sent once you have signed in.</source>
        <translation>Войдите снова: портал больше не принимает вход InviteDesk (срок истёк или доступ отозван). Приглашение сохранено и будет отправлено после входа.</translation>
    </message>
    <message>
        <source>sign in again</source>
        <translation>войдите снова</translation>
    </message>
    <message>
        <source>Invalid address: the portal does not accept this e-mail address. Check it for typing errors; before the @ the portal accepts only Latin letters, digits and common symbols, no accented letters such as é.</source>
        <translation>Неверный адрес: портал не принимает этот адрес электронной почты. Проверьте его на опечатки; до @ портал принимает только латинские буквы, цифры и обычные символы, без букв с диакритикой, таких как é.</translation>
    </message>
    <message>
        <source>No department: the portal needs a department for an employee. Choose one and invite again.</source>
        <translation>Нет отдела: порталу нужен отдел для сотрудника. Выберите отдел и пригласите снова.</translation>
    </message>
    <message>
        <source>No workgroup: the portal needs a workgroup for an extranet user. Choose one and invite again.</source>
        <translation>Нет рабочей группы: порталу нужна рабочая группа для пользователя экстранета. Выберите группу и пригласите снова.</translation>
    </message>
    <message>
        <source>Unknown workgroup: the chosen workgroup does not exist on the portal (any more). Refresh the directory and choose another.</source>
        <translation>Неизвестная рабочая группа: выбранной группы нет (больше) на портале. Обновите справочник и выберите другую.</translation>
    </message>
</context>
<context>
    <name>InvitationOutbox</name>
    <message>
        <source>An extranet user must be invited into at least one workgroup.</source>
        <translation>Пользователя экстранета нужно пригласить хотя бы в одну рабочую группу.</translation>
    </message>
    <message>
        <source>An employee must be invited into a department.</source>
        <translation>Сотрудника нужно пригласить в подразделение.</translation>
    </message>
    <message>
        <source>Checking the portal before sending again.</source>
        <translation>Проверка портала перед повторной отправкой.</translation>
    </message>
</context>
<context>
    <name>InvitationPlan</name>
    <message>
        <source>No e-mail address.</source>
        <translation>Нет адреса электронной почты.</translation>
    </message>
    <message>
        <source>The same address as line %1 of this file.</source>
        <translation>Тот же адрес, что в строке %1 этого файла.</translation>
    </message>
    <message>
        <source>Invited earlier by InviteDesk (%1, user %2).</source>
        <translation>Приглашён ранее через InviteDesk (%1, пользователь %2).</translation>
    </message>
    <message>
        <source>An earlier invitation to this address has an unknown outcome; review it in the app&apos;s outbox.</source>
        <translation>Результат более раннего приглашения на этот адрес неизвестен; проверьте его в исходящих приложения.</translation>
    </message>
    <message>
        <source>Queued by an earlier run.</source>
        <translation>Поставлено в очередь предыдущим запуском.</translation>
    </message>
    <message>
        <source>Already a user of the portal (user %1).</source>
        <translation>Уже пользователь портала (пользователь %1).</translation>
    </message>
    <message>
        <source>Already invited, has not joined yet (user %1).</source>
        <translation>Уже приглашён, ещё не присоединился (пользователь %1).</translation>
    </message>
    <message>
        <source>A dismissed user has this address (user %1); the portal does not reuse it.</source>
        <translation>Этот адрес у уволенного пользователя (пользователь %1); портал не использует его повторно.</translation>
    </message>
    <message>
        <source>No department: fill the row&apos;s department column or pass --department.</source>
        <translation>Нет отдела: заполните столбец отдела в строке или укажите --department.</translation>
    </message>
    <message>
        <source>The portal has no department &quot;%1&quot; (see --list-departments).</source>
        <translation>На портале нет отдела «%1» (см. --list-departments).</translation>
    </message>
    <message>
        <source>Several departments are called &quot;%1&quot;; use its ID (see --list-departments).</source>
        <translation>Несколько отделов называются «%1»; используйте ID (см. --list-departments).</translation>
    </message>
</context>
<context>
    <name>InvitationPreview</name>
    <message>
        <source>Invitation to %1</source>
        <translation>Приглашение в Битрикс24 «%1»</translation>
    </message>
    <message>
        <source>%1 invites you to %2</source>
        <translation>%1 приглашает вас в Битрикс24 «%2»</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <source>You received this e-mail because %1 invited you to %2.</source>
        <translation>Вы получили это письмо, потому что %1 пригласил(а) вас в Битрикс24 «%2».</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <source>Accept invitation</source>
        <translation>Принять приглашение</translation>
    </message>
    <message>
        <source>Bitrix24 adds this button with the person&apos;s own link to join.</source>
        <translation>Bitrix24 добавляет эту кнопку с личной ссылкой человека для входа.</translation>
    </message>
</context>
<context>
    <name>InvitationSendProgress</name>
    <message>
        <source>Sent %1 · skipped %2 · failed %3 · waiting %4</source>
        <translation>Отправлено %1 · пропущено %2 · ошибок %3 · ожидает %4</translation>
    </message>
    <message>
        <source> · cancelled %1</source>
        <translation> · отменено %1</translation>
    </message>
</context>
<context>
    <name>InvitationSender</name>
    <message>
        <source>Will be sent when the portal is reachable.</source>
        <translation>Будет отправлено, когда портал станет доступен.</translation>
    </message>
    <message>
        <source>found on the portal after an interruption: user %1</source>
        <translation>найден на портале после сбоя связи: пользователь %1</translation>
    </message>
    <message>
        <source>not found on the portal after an interruption; queued again</source>
        <translation>не найден на портале после сбоя связи; снова поставлен в очередь</translation>
    </message>
    <message>
        <source>no answer for this call</source>
        <translation>нет ответа на этот вызов</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n time(s) without an answer, and the portal does not list the address. Check in Bitrix24 whether the person was invited, then retry or discard.</source>
        <translation>
            <numerusform>Отправлено %n раз без ответа, а портал не знает этот адрес. Проверьте в Bitrix24, был ли человек приглашён, затем повторите или отмените.</numerusform>
            <numerusform>Отправлено %n раза без ответа, а портал не знает этот адрес. Проверьте в Bitrix24, был ли человек приглашён, затем повторите или отмените.</numerusform>
            <numerusform>Отправлено %n раз без ответа, а портал не знает этот адрес. Проверьте в Bitrix24, был ли человек приглашён, затем повторите или отмените.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>held for review after %n attempt(s) without an answer (%1); not found on the portal</source>
        <translation>
            <numerusform>отложено на проверку после %n попытки без ответа (%1); на портале не найдено</numerusform>
            <numerusform>отложено на проверку после %n попыток без ответа (%1); на портале не найдено</numerusform>
            <numerusform>отложено на проверку после %n попыток без ответа (%1); на портале не найдено</numerusform>
        </translation>
    </message>
    <message>
        <source>earlier run</source>
        <translation>предыдущий запуск</translation>
    </message>
</context>
<context>
    <name>InvitationState</name>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Требует проверки</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>InviteByEmailTab</name>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>Импорт &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Удалить черновик</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Получатели:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>E-mail addresses separated by commas, semicolons, spaces or new lines; Name &lt;address&gt; works too.</source>
        <translation>Адреса e-mail через запятую, точку с запятой, пробел или с новой строки; можно и в виде Имя &lt;адрес&gt;.</translation>
    </message>
    <message>
        <source>anna@example.com, Boris Petrov &lt;boris@example.com&gt;; …</source>
        <translation>anna@example.com, Борис Петров &lt;boris@example.com&gt;; …</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Импорт CSV</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Type, paste or import the addresses of the people to invite.</source>
        <translation>Введите, вставьте или импортируйте адреса людей, которых хотите пригласить.</translation>
    </message>
    <message>
        <source>Nothing can be sent: the outbox is not available.</source>
        <translation>Отправить ничего нельзя: исходящие недоступны.</translation>
    </message>
    <message>
        <source>Nobody in the list is ready to be invited.</source>
        <translation>В списке нет никого, кого можно пригласить.</translation>
    </message>
    <message>
        <source>The invitations could not be written to the outbox, so nothing was sent: %1</source>
        <translation>Не удалось записать приглашения в исходящие, поэтому ничего не отправлено: %1</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>Импорт получателей</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Не удалось сохранить черновик: %1</translation>
    </message>
    <message>
        <source>Restored the draft saved %1.</source>
        <translation>Восстановлен черновик, сохранённый %1.</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>Черновик удалён.</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>Сохранить &amp;шаблон…</translation>
    </message>
    <message>
        <source>Save a template CSV file</source>
        <translation>Сохранить шаблон CSV-файла</translation>
    </message>
    <message>
        <source>A CSV file with the columns the import recognises, to fill in</source>
        <translation>CSV-файл со столбцами, которые распознаёт импорт, для заполнения</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Сохранить шаблон</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-файлы (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>Не удалось сохранить шаблон: %1</translation>
    </message>
    <message>
        <source>Saved a template to %1. Fill it in and import it.</source>
        <translation>Шаблон сохранён в %1. Заполните его и импортируйте.</translation>
    </message>
    <message>
        <source>Waiting for you to confirm the send.</source>
        <translation>Ожидается ваше подтверждение отправки.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Writing the invitations to the outbox: %1 of %2. %3</source>
        <translation>Запись приглашений в исходящие: %1 из %2. %3</translation>
    </message>
    <message>
        <source>Stopping: the invitations not sent yet are being cancelled…</source>
        <translation>Остановка: ещё не отправленные приглашения отменяются…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n invitation(s) not sent yet were cancelled.</source>
        <translation>
            <numerusform>Остановлено: отменено %n ещё не отправленное приглашение.</numerusform>
            <numerusform>Остановлено: отменено %n ещё не отправленных приглашения.</numerusform>
            <numerusform>Остановлено: отменено %n ещё не отправленных приглашений.</numerusform>
        </translation>
    </message>
    <message>
        <source>The invitations not sent yet could not be cancelled: %1</source>
        <translation>Не удалось отменить ещё не отправленные приглашения: %1</translation>
    </message>
    <message>
        <source>The rest could not be written to the outbox, so it was not sent: %1</source>
        <translation>Остальное не удалось записать в исходящие, поэтому оно не отправлено: %1</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>&amp;Остановить отправку</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Остановить отправку</translation>
    </message>
    <message>
        <source>Queue no more and cancel the invitations not sent yet</source>
        <translation>Больше не ставить в очередь и отменить ещё не отправленные приглашения</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite users</source>
        <translation>Пригласить сотрудников</translation>
    </message>
    <message>
        <source>Invite users to %1</source>
        <translation>Пригласить сотрудников на портал %1</translation>
    </message>
    <message>
        <source>Ways to invite</source>
        <translation>Способы приглашения</translation>
    </message>
    <message>
        <source>&amp;Quick Registration</source>
        <translation>&amp;Быстрая регистрация</translation>
    </message>
    <message>
        <source>Invite by &amp;Email</source>
        <translation>Пригласить по &amp;e-mail</translation>
    </message>
    <message>
        <source>Regis&amp;ter</source>
        <translation>За&amp;регистрировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Исходящие…</translation>
    </message>
    <message>
        <source>Show the outbox</source>
        <translation>Показать исходящие</translation>
    </message>
</context>
<context>
    <name>InviteError</name>
    <message>
        <source>The outbox cannot be written: the disk is full or refuses writes. Invitations already in the outbox are kept; free some space, then try again.</source>
        <translation>Не удаётся записать в исходящие: диск заполнен или не допускает запись. Приглашения, уже находящиеся в исходящих, сохранены; освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>The outbox file cannot be opened.</source>
        <translation>Не удаётся открыть файл исходящих.</translation>
    </message>
    <message>
        <source>The outbox file is damaged. It is left as it is; nothing is sent from it.</source>
        <translation>Файл исходящих повреждён. Он оставлен как есть; из него ничего не отправляется.</translation>
    </message>
    <message>
        <source>The outbox file was written by a newer version of InviteDesk. It is left as it is; update InviteDesk to use it.</source>
        <translation>Файл исходящих записан более новой версией InviteDesk. Он оставлен как есть; обновите InviteDesk, чтобы его использовать.</translation>
    </message>
    <message>
        <source>The outbox could not be read or changed.</source>
        <translation>Не удалось прочитать или изменить исходящие.</translation>
    </message>
    <message>
        <source>The invitation cannot be changed now: it was sent, is on its way, or the address is waiting in another invitation.</source>
        <translation>Приглашение сейчас нельзя изменить: оно отправлено, находится в пути или адрес ожидает в другом приглашении.</translation>
    </message>
    <message>
        <source>The portal refuses the invitations.</source>
        <translation>Портал отклоняет приглашения.</translation>
    </message>
    <message>
        <source>The portal cannot be reached; the invitations are sent later.</source>
        <translation>Портал недоступен; приглашения будут отправлены позже.</translation>
    </message>
    <message>
        <source>The file cannot be written there; choose another folder or name.</source>
        <translation>Туда нельзя записать файл; выберите другую папку или другое имя.</translation>
    </message>
    <message>
        <source>Stopped; nothing more was written to the outbox.</source>
        <translation>Остановлено; больше ничего не записано в исходящие.</translation>
    </message>
</context>
<context>
    <name>InviteTargetPicker</name>
    <message>
        <source>E&amp;mployee in department:</source>
        <translation>&amp;Сотрудник в подразделении:</translation>
    </message>
    <message>
        <source>E&amp;xtranet user in workgroups:</source>
        <translation>Пользователь &amp;экстранета в рабочих группах:</translation>
    </message>
    <message>
        <source>Employee in department</source>
        <translation>Сотрудник в подразделении</translation>
    </message>
    <message>
        <source>Extranet user in workgroups</source>
        <translation>Пользователь экстранета в рабочих группах</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Type to find a department.</source>
        <translation>Начните вводить название, чтобы найти подразделение.</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Подразделения</translation>
    </message>
    <message>
        <source>Workgroups</source>
        <translation>Рабочие группы</translation>
    </message>
    <message>
        <source>Check the workgroups the extranet user joins.</source>
        <translation>Отметьте рабочие группы, в которые войдёт пользователь экстранета.</translation>
    </message>
    <message>
        <source>No workgroups are known for this portal.</source>
        <translation>Для этого портала рабочие группы неизвестны.</translation>
    </message>
    <message>
        <source>Extranet: %1</source>
        <translation>Экстранет: %1</translation>
    </message>
</context>
<context>
    <name>InviteTexts</name>
    <message>
        <source>Sent: user %1 created; the portal e-mails the invitation.</source>
        <translation>Отправлено: пользователь %1 создан; портал отправит приглашение по e-mail.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Only administrators can invite unless an administrator turns on &quot;Allow everyone to invite&quot; in the portal&apos;s invitation settings. You can still try; the portal will refuse if you lack the right.</source>
        <translation>Приглашать могут только администраторы, если администратор не включил «Разрешить приглашать всем» в настройках приглашений портала. Можно всё равно попробовать: портал откажет, если у вас нет права.</translation>
    </message>
    <message>
        <source>Waiting for the portal</source>
        <translation>Ожидание портала</translation>
    </message>
    <message>
        <source>The portal does not let you invite: &quot;Allow everyone to invite&quot; is off in its invitation settings (Settings → Employees → Invitations), so only administrators can invite. Ask an administrator to turn it on; InviteDesk checks again every few minutes and when you refresh.</source>
        <translation>Портал не разрешает вам приглашать: «Разрешить приглашать всем» выключено в настройках приглашений (Настройки → Сотрудники → Приглашения), поэтому приглашать могут только администраторы. Попросите администратора включить его; InviteDesk проверяет снова каждые несколько минут и при обновлении.</translation>
    </message>
    <message>
        <source>You cannot invite: &quot;Allow everyone to invite&quot; is off in the portal&apos;s invitation settings.</source>
        <translation>Вы не можете приглашать: «Разрешить приглашать всем» выключено в настройках приглашений портала.</translation>
    </message>
    <message>
        <source>Only administrators can invite unless &quot;Allow everyone to invite&quot; is on in the portal.</source>
        <translation>Приглашать могут только администраторы, если в портале не включено «Разрешить приглашать всем».</translation>
    </message>
</context>
<context>
    <name>LargeSendConfirmation</name>
    <message numerus="yes">
        <source>Invite %n people to %1?</source>
        <translation>
            <numerusform>Пригласить %n человека в «%1»?</numerusform>
            <numerusform>Пригласить %n человек в «%1»?</numerusform>
            <numerusform>Пригласить %n человек в «%1»?</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats: %1 of the plan&apos;s %2 are in use as far as the directory knows, %3 free.</source>
        <translation>Места: по данным справочника занято %1 из %2 по тарифу, свободно %3.</translation>
    </message>
    <message numerus="yes">
        <source>This send needs %n more seat(s) than are free: the portal will refuse the invitations beyond the limit.</source>
        <translation>
            <numerusform>Этой отправке нужно на %n место больше, чем свободно: портал отклонит приглашения сверх лимита.</numerusform>
            <numerusform>Этой отправке нужно на %n места больше, чем свободно: портал отклонит приглашения сверх лимита.</numerusform>
            <numerusform>Этой отправке нужно на %n мест больше, чем свободно: портал отклонит приглашения сверх лимита.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After this send %n seat(s) will be free.</source>
        <translation>
            <numerusform>После этой отправки останется %n свободное место.</numerusform>
            <numerusform>После этой отправки останется %n свободных места.</numerusform>
            <numerusform>После этой отправки останется %n свободных мест.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats: %1 in use as far as the directory knows; this send adds %2. Enter the plan&apos;s user limit in Preferences to see how many are free.</source>
        <translation>Места: по данным справочника занято %1; эта отправка добавит %2. Укажите лимит пользователей тарифа в настройках, чтобы видеть, сколько свободно.</translation>
    </message>
    <message>
        <source>The directory copy does not tell how many seats are in use.</source>
        <translation>Копия справочника не показывает, сколько мест занято.</translation>
    </message>
    <message>
        <source>Confirm a large send</source>
        <translation>Подтвердите большую отправку</translation>
    </message>
    <message numerus="yes">
        <source>Invite %n</source>
        <translation>
            <numerusform>Пригласить %n</numerusform>
            <numerusform>Пригласить %n</numerusform>
            <numerusform>Пригласить %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>InviteDesk invites people to a Bitrix24 portal. With no portal configured it opens on the built-in sandbox portal.</source>
        <translation>InviteDesk приглашает людей на портал Bitrix24. Если портал не настроен, открывается встроенный учебный портал.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>Open on the built-in sandbox portal (training mode).</source>
        <translation>Открыть встроенный учебный портал (учебный режим).</translation>
    </message>
    <message>
        <source>webhook-url</source>
        <translation>url-вебхука</translation>
    </message>
    <message>
        <source>Use this interface language (e.g. en, ru, de).</source>
        <translation>Использовать этот язык интерфейса (например, en, ru, de).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Number of employees in the sandbox&apos;s demo company.</source>
        <translation>Число сотрудников в демонстрационной компании учебного портала.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>число</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Send the invitations earlier runs left in the outbox, then exit.</source>
        <translation>Отправить приглашения, оставшиеся в исходящих после прошлых запусков, и завершить работу.</translation>
    </message>
    <message>
        <source>Exit as soon as the window shows a connected portal (for smoke tests).</source>
        <translation>Завершить работу, как только окно покажет подключённый портал (для smoke-тестов).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Неожиданный аргумент: %1</translation>
    </message>
    <message>
        <source>--sandbox and --portal cannot be used together.</source>
        <translation>--sandbox и --portal нельзя использовать вместе.</translation>
    </message>
    <message>
        <source>--portal needs a webhook URL such as https://example.bitrix24.com/rest/1/secret/</source>
        <translation>Для --portal нужен URL вебхука, например https://example.bitrix24.com/rest/1/secret/</translation>
    </message>
    <message>
        <source>--lang needs a language code such as en, ru or pt_BR.</source>
        <translation>Для --lang нужен код языка, например en, ru или pt_BR.</translation>
    </message>
    <message>
        <source>--sandbox-users needs a number from 1 to 500000.</source>
        <translation>Для --sandbox-users нужно число от 1 до 500000.</translation>
    </message>
    <message>
        <source>Connect to the portal of this inbound webhook URL; &quot;-&quot; reads it from standard input. Scheduled jobs: use --account or the INVITEDESK_WEBHOOK environment variable instead, so the secret is not in the process list.</source>
        <translation>Подключиться к порталу по этому URL входящего вебхука; «-» читает его со стандартного ввода. Для заданий по расписанию используйте --account или переменную окружения INVITEDESK_WEBHOOK, чтобы секрет не попал в список процессов.</translation>
    </message>
    <message>
        <source>Invite everyone in this CSV file without opening a window, then exit (0: all sent or nothing to do, 2: bad input, 3: portal unreachable, 4: some rows failed or were invalid).</source>
        <translation>Пригласить всех из этого CSV-файла без окна и выйти (0: всё отправлено или делать нечего, 2: неверные входные данные, 3: портал недоступен, 4: часть строк не удалась или неверна).</translation>
    </message>
    <message>
        <source>Department (name or ID) for the rows of --invite-csv that name none.</source>
        <translation>Отдел (название или ID) для строк --invite-csv, где он не указан.</translation>
    </message>
    <message>
        <source>department</source>
        <translation>отдел</translation>
    </message>
    <message>
        <source>Print the portal&apos;s departments with their IDs, then exit.</source>
        <translation>Вывести отделы портала с их ID и выйти.</translation>
    </message>
    <message>
        <source>Refresh the local copy of the directory, then exit.</source>
        <translation>Обновить локальную копию справочника и выйти.</translation>
    </message>
    <message>
        <source>Write the cached people (name, e-mail, position, departments, state) to this CSV file.</source>
        <translation>Записать людей из кэша (имя, e-mail, должность, отделы, состояние) в этот CSV-файл.</translation>
    </message>
    <message>
        <source>Write the outcome of every row to this file (.csv or .json).</source>
        <translation>Записать результат каждой строки в этот файл (.csv или .json).</translation>
    </message>
    <message>
        <source>Use the portal account the app stored (its portal address); the secret comes from the system keychain.</source>
        <translation>Использовать учётную запись портала, сохранённую приложением (адрес портала); секрет берётся из системного хранилища ключей.</translation>
    </message>
    <message>
        <source>portal</source>
        <translation>портал</translation>
    </message>
    <message>
        <source>Give up with exit code 3 when the portal gives no usable answer for this many seconds (default 120).</source>
        <translation>Прекратить с кодом выхода 3, если портал столько секунд не даёт пригодного ответа (по умолчанию 120).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <source>End a run without a window after this many seconds at most (exit code 3).</source>
        <translation>Завершить запуск без окна не позднее чем через столько секунд (код выхода 3).</translation>
    </message>
    <message>
        <source>--department needs a department name or ID.</source>
        <translation>--department требует название или ID отдела.</translation>
    </message>
    <message>
        <source>--retry-for needs a number of seconds from 1 to 86400.</source>
        <translation>--retry-for требует число секунд от 1 до 86400.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 86400.</source>
        <translation>--timeout требует число секунд от 1 до 86400.</translation>
    </message>
    <message>
        <source>Choose one of --invite-csv, --send-pending, --list-departments and --sync/--export-directory.</source>
        <translation>Выберите одно из --invite-csv, --send-pending, --list-departments и --sync/--export-directory.</translation>
    </message>
    <message>
        <source>--report needs a .csv or .json file and --invite-csv or --send-pending.</source>
        <translation>--report требует файл .csv или .json и --invite-csv или --send-pending.</translation>
    </message>
    <message>
        <source>--portal - (read from standard input) is for runs without a window.</source>
        <translation>--portal - (чтение со стандартного ввода) — для запусков без окна.</translation>
    </message>
    <message>
        <source>Keep settings and data files in this folder (a second profile, or a portable copy); the INVITEDESK_PROFILE variable does the same.</source>
        <translation>Хранить настройки и файлы данных в этой папке (второй профиль или переносная копия); переменная INVITEDESK_PROFILE делает то же самое.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation>Для --profile нужна папка.</translation>
    </message>
</context>
<context>
    <name>ListEnumeration</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
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
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Текущий пользователь</translation>
    </message>
    <message>
        <source>Last directory sync</source>
        <translation>Последняя синхронизация справочника</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Directory sync progress</source>
        <translation>Ход синхронизации справочника</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v из %m</translation>
    </message>
    <message>
        <source>&amp;Invite users…</source>
        <translation>&amp;Пригласить сотрудников…</translation>
    </message>
    <message>
        <source>Invite people to the portal (Ctrl+I)</source>
        <translation>Пригласить людей на портал (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Refresh directory</source>
        <translation>&amp;Обновить справочник</translation>
    </message>
    <message>
        <source>&amp;Connect a portal…</source>
        <translation>Подкл&amp;ючить портал…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>Forget this portal and remove its secrets from the keychain</source>
        <translation>Забыть этот портал и удалить его секреты из хранилища ключей</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Исходящие…</translation>
    </message>
    <message>
        <source>Invitations and their results (Ctrl+O)</source>
        <translation>Приглашения и их результаты (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message>
        <source>&amp;Portal</source>
        <translation>&amp;Портал</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>Training mode notice</source>
        <translation>Уведомление об учебном режиме</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox portal&lt;/b&gt; — training mode. Everything here happens on a simulated portal on this computer; nobody receives a real invitation.</source>
        <translation>&lt;b&gt;Учебный портал&lt;/b&gt; — тренировочный режим. Всё происходит на имитации портала на этом компьютере; настоящих приглашений никто не получит.</translation>
    </message>
    <message>
        <source>InviteDesk — Sandbox portal</source>
        <translation>InviteDesk — Учебный портал</translation>
    </message>
    <message>
        <source>InviteDesk — %1</source>
        <translation>InviteDesk — %1</translation>
    </message>
    <message>
        <source>Sandbox portal (%1)</source>
        <translation>Учебный портал (%1)</translation>
    </message>
    <message>
        <source>%1 · administrator</source>
        <translation>%1 · администратор</translation>
    </message>
    <message>
        <source>%1 · employee</source>
        <translation>%1 · сотрудник</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизирован</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Синхронизация: %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Офлайн</translation>
    </message>
    <message>
        <source>No portal connected</source>
        <translation>Портал не подключён</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Открыть папку с &amp;данными</translation>
    </message>
    <message>
        <source>The local copy of the directory, the outbox and the audit log</source>
        <translation>Локальная копия справочника, исходящие и журнал действий</translation>
    </message>
    <message>
        <source>&amp;About InviteDesk</source>
        <translation>&amp;О программе InviteDesk</translation>
    </message>
    <message>
        <source>About InviteDesk</source>
        <translation>О программе InviteDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;InviteDesk %1&lt;/b&gt;&lt;p&gt;Invites people to a Bitrix24 portal and keeps a local copy of the company directory for instant search.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;InviteDesk %1&lt;/b&gt;&lt;p&gt;Приглашает людей на портал Битрикс24 и хранит локальную копию справочника компании для мгновенного поиска.&lt;/p&gt;&lt;p&gt;Папка с данными: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>In the invite dialog: invite the people listed</source>
        <translation>В окне приглашения: пригласить перечисленных людей</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>Закрыть окно</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Bring the company directory up to date with the portal (F5)</source>
        <translation>Обновить справочник компании по данным портала (F5)</translation>
    </message>
    <message>
        <source>&amp;Full refresh</source>
        <translation>Полное о&amp;бновление</translation>
    </message>
    <message>
        <source>Download the whole company directory again, also noticing people removed from the portal (Shift+F5)</source>
        <translation>Заново загрузить весь справочник компании, учитывая и людей, удалённых с портала (Shift+F5)</translation>
    </message>
    <message>
        <source>Connect your portal…</source>
        <translation>Подключить свой портал…</translation>
    </message>
    <message>
        <source>Invitation rights notice</source>
        <translation>Уведомление о праве приглашать</translation>
    </message>
    <message>
        <source>%1 · employee, may invite</source>
        <translation>%1 · сотрудник, может приглашать</translation>
    </message>
    <message>
        <source>%1 · employee, may not invite</source>
        <translation>%1 · сотрудник, не может приглашать</translation>
    </message>
</context>
<context>
    <name>MessageComposer</name>
    <message>
        <source>Messa&amp;ge:</source>
        <translation>&amp;Сообщение:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>The invitation text. Placeholders in braces, such as {first_name}, are filled per recipient.</source>
        <translation>Текст приглашения. Поля в фигурных скобках, например {first_name}, заполняются для каждого получателя.</translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation>Вставить &amp;поле</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Вставить поле</translation>
    </message>
    <message>
        <source>Saved templates</source>
        <translation>Сохранённые шаблоны</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Save template as</source>
        <translation>Сохранить шаблон как</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Предпросмотр:</translation>
    </message>
    <message>
        <source>Preview of the invitation e-mail</source>
        <translation>Предпросмотр письма с приглашением</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>(unsaved text)</source>
        <translation>(несохранённый текст)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Сохранить шаблон</translation>
    </message>
    <message>
        <source>Template &amp;name:</source>
        <translation>&amp;Название шаблона:</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>Не удалось сохранить шаблон: %1</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message numerus="yes">
        <source>Unknown placeholder(s): %1. Known: %2.</source>
        <translation>
            <numerusform>Неизвестное поле (%n): %1. Доступные поля: %2.</numerusform>
            <numerusform>Неизвестные поля (%n): %1. Доступные поля: %2.</numerusform>
            <numerusform>Неизвестные поля (%n): %1. Доступные поля: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello {first_name},

{inviter} invites you to join {portal}, our company&apos;s Bitrix24, where we chat, share files and plan our work together.

Accept the invitation to set your password and sign in.

See you there!</source>
        <translation>Здравствуйте, {first_name}!

{inviter} приглашает вас в {portal} — Bitrix24 нашей компании, где мы общаемся, обмениваемся файлами и вместе планируем работу.

Примите приглашение, чтобы задать пароль и войти.

До встречи!</translation>
    </message>
    <message>
        <source>On free plans the portal may send its standard invitation text instead of this message.</source>
        <translation>На бесплатных тарифах портал может отправить стандартный текст приглашения вместо этого сообщения.</translation>
    </message>
</context>
<context>
    <name>OAuthAuthorizer</name>
    <message>
        <source>InviteDesk received the sign-in. You can close this window.</source>
        <translation>InviteDesk получил данные для входа. Это окно можно закрыть.</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Register</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Invite by e-mail</source>
        <translation>Приглашение по e-mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Export audit log…</source>
        <translation>&amp;Экспорт журнала аудита…</translation>
    </message>
    <message>
        <source>Invitations and their results</source>
        <translation>Приглашения и их результаты</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>Не удалось прочитать исходящие: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) will be sent again.</source>
        <translation>
            <numerusform>%n приглашение будет отправлено повторно.</numerusform>
            <numerusform>%n приглашения будут отправлены повторно.</numerusform>
            <numerusform>%n приглашений будет отправлено повторно.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) could not be retried: the address is pending in another invitation.</source>
        <translation>
            <numerusform>Не удалось повторить %n приглашение: адрес уже ожидает в другом приглашении.</numerusform>
            <numerusform>Не удалось повторить %n приглашения: адрес уже ожидает в другом приглашении.</numerusform>
            <numerusform>Не удалось повторить %n приглашений: адрес уже ожидает в другом приглашении.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) discarded; they will not be sent.</source>
        <translation>
            <numerusform>%n приглашение отменено и не будет отправлено.</numerusform>
            <numerusform>%n приглашения отменены и не будут отправлены.</numerusform>
            <numerusform>%n приглашений отменено и не будет отправлено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log saved to %1.</source>
        <translation>Журнал аудита сохранён в %1.</translation>
    </message>
    <message>
        <source>The audit log could not be saved: %1</source>
        <translation>Не удалось сохранить журнал аудита: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <source>Pause sending</source>
        <translation>Приостановить отправку</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Пр&amp;одолжить</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Продолжить отправку</translation>
    </message>
    <message>
        <source>Cancel &amp;the rest</source>
        <translation>Отменить &amp;остальные</translation>
    </message>
    <message>
        <source>Cancel the invitations not sent yet</source>
        <translation>Отменить ещё не отправленные приглашения</translation>
    </message>
    <message>
        <source>Show invitations</source>
        <translation>Показать приглашения</translation>
    </message>
    <message>
        <source>The selected invitation&apos;s result</source>
        <translation>Результат выбранного приглашения</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Пока&amp;зать:</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Все (%1)</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>Ожидают (%1)</translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <translation>Отправлены (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>С ошибкой (%1)</translation>
    </message>
    <message>
        <source>Discarded (%1)</source>
        <translation>Отменены (%1)</translation>
    </message>
    <message>
        <source>Waiting %1 · sent %2 · failed %3 · discarded %4</source>
        <translation>Ожидают %1 · отправлены %2 · с ошибкой %3 · отменены %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select an invitation to read its whole result here.</source>
        <translation>Выберите приглашение, чтобы прочитать здесь его полный результат.</translation>
    </message>
    <message>
        <source>Paused. Resume sends the invitations still waiting.</source>
        <translation>Приостановлено. «Продолжить» отправит ожидающие приглашения.</translation>
    </message>
    <message>
        <source>Pausing after the invitations on their way…</source>
        <translation>Пауза после приглашений, которые уже в пути…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>The portal asked to slow down; sending continues shortly.</source>
        <translation>Портал попросил замедлиться; отправка скоро продолжится.</translation>
    </message>
    <message>
        <source>The outbox could not be changed: %1</source>
        <translation>Не удалось изменить исходящие: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) not sent yet were cancelled.</source>
        <translation>
            <numerusform>Отменено %n ещё не отправленное приглашение.</numerusform>
            <numerusform>Отменено %n ещё не отправленных приглашения.</numerusform>
            <numerusform>Отменено %n ещё не отправленных приглашений.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>PortalCredentials</name>
    <message>
        <source>Enter the address of your Bitrix24 portal.</source>
        <translation>Введите адрес вашего портала Bitrix24.</translation>
    </message>
    <message>
        <source>This is not a web address. It should look like https://company.bitrix24.com/.</source>
        <translation>Это не веб-адрес. Он должен выглядеть так: https://company.bitrix24.com/.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>Адрес должен начинаться с https://.</translation>
    </message>
    <message>
        <source>The address uses http://, which is not secure. Bitrix24 portals need https:// — use the https address.</source>
        <translation>Адрес начинается с http://, а это небезопасно. Порталам Bitrix24 нужен https:// — используйте адрес с https.</translation>
    </message>
    <message>
        <source>Paste the webhook address from Bitrix24 (Developer resources → Inbound webhook).</source>
        <translation>Вставьте адрес вебхука из Bitrix24 («Разработчикам» → «Входящий вебхук»).</translation>
    </message>
    <message>
        <source>This is not a web address. A webhook address looks like https://company.bitrix24.com/rest/1/abc123/.</source>
        <translation>Это не веб-адрес. Адрес вебхука выглядит так: https://company.bitrix24.com/rest/1/abc123/.</translation>
    </message>
    <message>
        <source>This address is not a webhook: its path must start with /rest/&lt;user id&gt;/&lt;secret&gt;/.</source>
        <translation>Это не адрес вебхука: путь должен начинаться с /rest/&lt;user id&gt;/&lt;secret&gt;/.</translation>
    </message>
    <message>
        <source>This is a REST 3.0 webhook address (/rest/api/…). Use the classic address /rest/&lt;user id&gt;/&lt;secret&gt;/.</source>
        <translation>Это адрес вебхука REST 3.0 (/rest/api/…). Используйте классический адрес /rest/&lt;user id&gt;/&lt;secret&gt;/.</translation>
    </message>
    <message>
        <source>The webhook address lacks the user id and secret after /rest/.</source>
        <translation>В адресе вебхука после /rest/ нет ID пользователя и секретного кода.</translation>
    </message>
    <message>
        <source>After /rest/ the webhook address must have the numeric id of the user who created it.</source>
        <translation>После /rest/ в адресе вебхука должен идти числовой ID пользователя, который его создал.</translation>
    </message>
    <message>
        <source>The webhook address has no secret code after the user id. Copy the whole address from Bitrix24.</source>
        <translation>В адресе вебхука нет секретного кода после ID пользователя. Скопируйте адрес из Bitrix24 целиком.</translation>
    </message>
    <message>
        <source>The webhook address has no valid secret code after the user id. Copy the whole address from Bitrix24.</source>
        <translation>В адресе вебхука нет корректного секретного кода после ID пользователя. Скопируйте адрес из Bitrix24 целиком.</translation>
    </message>
    <message>
        <source>The webhook address has extra parts after the secret. It should end with /rest/&lt;user id&gt;/&lt;secret&gt;/.</source>
        <translation>В адресе вебхука есть лишние части после секретного кода. Он должен заканчиваться на /rest/&lt;user id&gt;/&lt;secret&gt;/.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s client id and client secret from the application card in Bitrix24.</source>
        <translation>Введите client id и client secret приложения из карточки приложения в Bitrix24.</translation>
    </message>
    <message>
        <source>The OAuth server address must be an https address, e.g. https://oauth.bitrix.info/.</source>
        <translation>Адрес сервера OAuth должен начинаться с https, например https://oauth.bitrix.info/.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The address names port 0, which no portal listens on. Leave the port out or give the real one.</source>
        <translation>В адресе указан порт 0, на котором не работает ни один портал. Не указывайте порт или укажите правильный.</translation>
    </message>
</context>
<context>
    <name>PortalError</name>
    <message>
        <source>Cannot reach the portal (%1). Check the address and your network connection, then try again.</source>
        <translation>Не удаётся связаться с порталом (%1). Проверьте адрес и подключение к сети, затем повторите попытку.</translation>
    </message>
    <message>
        <source>Cannot reach the portal. Check your network connection and try again.</source>
        <translation>Не удаётся связаться с порталом. Проверьте подключение к сети и повторите попытку.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. Try again in a moment.</source>
        <translation>Портал не ответил вовремя. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The portal requires a secure (https) address. Use the https:// address of the portal.</source>
        <translation>Портал требует защищённого адреса (https). Используйте адрес портала, начинающийся с https://.</translation>
    </message>
    <message>
        <source>certificate problem</source>
        <translation>проблема с сертификатом</translation>
    </message>
    <message>
        <source>The portal sign-in has expired. Sign in again.</source>
        <translation>Срок действия входа на портал истёк. Войдите снова.</translation>
    </message>
    <message>
        <source>The portal rejected the credentials. Check the webhook address or sign in again; your pending work is kept.</source>
        <translation>Портал отклонил учётные данные. Проверьте адрес вебхука или войдите снова; незавершённая работа сохранена.</translation>
    </message>
    <message>
        <source>The webhook or application lacks the permission &quot;%1&quot;. Edit it in Bitrix24 (Developer resources) and tick that scope.</source>
        <translation>У вебхука или приложения нет права «%1». Измените его в Bitrix24 (раздел «Разработчикам») и отметьте это право.</translation>
    </message>
    <message>
        <source>The webhook or application lacks a required permission (scope). Edit it in Bitrix24 and add the user, department and sonet_group scopes.</source>
        <translation>У вебхука или приложения нет нужного права (scope). Измените его в Bitrix24 и добавьте права user, department и sonet_group.</translation>
    </message>
    <message>
        <source>Your Bitrix24 account is not allowed to do this. Ask a portal administrator for the right to invite users.</source>
        <translation>Вашей учётной записи Bitrix24 это действие не разрешено. Попросите администратора портала дать вам право приглашать сотрудников.</translation>
    </message>
    <message>
        <source>The portal is limiting requests. InviteDesk will slow down; try again shortly.</source>
        <translation>Портал ограничивает число запросов. InviteDesk замедлит работу; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The portal has paused this operation for a few minutes because of its load limit. Try again later.</source>
        <translation>Портал приостановил эту операцию на несколько минут из-за ограничения нагрузки. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>A user with this e-mail address already exists in the portal.</source>
        <translation>Пользователь с таким адресом e-mail уже есть на портале.</translation>
    </message>
    <message>
        <source>The portal rejected the e-mail address. Check it for typing errors.</source>
        <translation>Портал отклонил адрес e-mail. Проверьте, нет ли в нём опечаток.</translation>
    </message>
    <message>
        <source>The portal&apos;s plan allows no more users. Free a seat or upgrade the plan.</source>
        <translation>Тариф портала не позволяет добавить больше пользователей. Освободите место или перейдите на другой тариф.</translation>
    </message>
    <message>
        <source>Choose a department for the new employee (or invite them to an extranet group).</source>
        <translation>Выберите подразделение для нового сотрудника (или пригласите его в группу экстранета).</translation>
    </message>
    <message>
        <source>Extranet users must be invited into an existing extranet group. Choose a valid group.</source>
        <translation>Пользователей экстранета нужно приглашать в существующую группу экстранета. Выберите действующую группу.</translation>
    </message>
    <message>
        <source>This Bitrix24 portal has been deleted.</source>
        <translation>Этот портал Bitrix24 удалён.</translation>
    </message>
    <message>
        <source>This address does not answer like a Bitrix24 portal. Check the address.</source>
        <translation>По этому адресу отвечает не портал Bitrix24. Проверьте адрес.</translation>
    </message>
    <message>
        <source>The portal does not know this request or object (%1).</source>
        <translation>Портал не знает такого запроса или объекта (%1).</translation>
    </message>
    <message>
        <source>The portal had a server problem. Try again later.</source>
        <translation>На сервере портала произошла ошибка. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The portal sent an answer InviteDesk cannot read. Try again later; if it persists, check that the address is a Bitrix24 portal.</source>
        <translation>Портал прислал ответ, который InviteDesk не может прочитать. Повторите попытку позже; если ошибка повторится, проверьте, что это адрес портала Bitrix24.</translation>
    </message>
    <message>
        <source>The portal address is not valid.</source>
        <translation>Недопустимый адрес портала.</translation>
    </message>
    <message>
        <source>The request was not completed.</source>
        <translation>Запрос не был выполнен.</translation>
    </message>
    <message>
        <source>The portal refused the request: %1</source>
        <translation>Портал отклонил запрос: %1</translation>
    </message>
    <message>
        <source>The portal refused the request (%1).</source>
        <translation>Портал отклонил запрос (%1).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>The portal sent an answer larger than %1, InviteDesk&apos;s limit for one answer, so InviteDesk stopped reading it. Try again later; if it persists, check that the address is a Bitrix24 portal.</source>
        <translation>Портал прислал ответ больше %1 — предела InviteDesk для одного ответа, поэтому InviteDesk прекратил его чтение. Повторите позже; если так и будет, проверьте, что адрес — это портал Bitrix24.</translation>
    </message>
    <message>
        <source>The portal sent the list out of order (IDs did not rise). The directory refresh stopped; the previous copy is kept.</source>
        <translation>Портал прислал список не по порядку (ID не возрастали). Обновление справочника остановлено; предыдущая копия сохранена.</translation>
    </message>
    <message>
        <source>The portal sent more entries than the %1 it announced. The directory refresh stopped; the previous copy is kept.</source>
        <translation>Портал прислал больше записей, чем объявленные %1. Обновление справочника остановлено; предыдущая копия сохранена.</translation>
    </message>
    <message>
        <source>The portal kept sending pages beyond the %1 its total allows. The directory refresh stopped; the previous copy is kept.</source>
        <translation>Портал продолжал присылать страницы сверх %1, допустимых по его общему числу. Обновление справочника остановлено; предыдущая копия сохранена.</translation>
    </message>
    <message>
        <source>The portal announced %1 entries, more than InviteDesk copies. The directory refresh stopped; the previous copy is kept.</source>
        <translation>Портал объявил %1 записей — больше, чем копирует InviteDesk. Обновление справочника остановлено; предыдущая копия сохранена.</translation>
    </message>
    <message>
        <source>Reading the directory took longer than %1. The directory refresh stopped; the previous copy is kept. Try again later.</source>
        <translation>Чтение справочника заняло больше %1. Обновление справочника остановлено; предыдущая копия сохранена. Повторите позже.</translation>
    </message>
    <message>
        <source>The portal&apos;s answers broke the protocol (%1). The operation stopped.</source>
        <translation>Ответы портала нарушили протокол (%1). Операция остановлена.</translation>
    </message>
    <message>
        <source>The portal tried to send InviteDesk to an address that is not a web address (%1). It was not followed.</source>
        <translation>Портал пытался направить InviteDesk по адресу, который не является веб-адресом (%1). Переход не выполнен.</translation>
    </message>
    <message>
        <source>The portal answered with a redirect InviteDesk does not follow (it would drop the request&apos;s data). If the portal shows a notice in the browser, such as an expired licence, resolve it and try again.</source>
        <translation>Портал ответил перенаправлением, по которому InviteDesk не переходит (при нём потерялись бы данные запроса). Если портал показывает в браузере уведомление, например об истёкшей лицензии, устраните причину и повторите.</translation>
    </message>
    <message>
        <source>The portal says it has moved to %1. InviteDesk sends nothing there until you confirm the new address.</source>
        <translation>Портал сообщает, что переехал на %1. InviteDesk ничего туда не отправит, пока вы не подтвердите новый адрес.</translation>
    </message>
    <message>
        <source>The secure connection to the portal failed (%1). The connection was not used; check the address and the system clock. A portal on your company&apos;s own server (Bitrix24 on-premise) with a self-signed certificate or one from the company&apos;s own certificate authority: ask your administrator to add that certificate to this computer&apos;s trusted certificates, then connect again.</source>
        <translation>Не удалось установить защищённое соединение с порталом (%1). Соединение не использовалось; проверьте адрес и системные часы. Если портал работает на собственном сервере компании (коробочный Битрикс24) с самоподписанным сертификатом или сертификатом собственного центра сертификации, попросите администратора добавить этот сертификат в доверенные сертификаты этого компьютера, затем подключитесь снова.</translation>
    </message>
    <message>
        <source>This computer does not trust the portal&apos;s certificate: it is self-signed or issued by your company&apos;s own certificate authority, as is usual for Bitrix24 on your own server. Nothing was sent.

Issued to: %1
SHA-256 fingerprint: %2

Ask your administrator for the portal&apos;s fingerprint. Only if it is the same, trust this certificate for this portal (Connect dialog).</source>
        <translation>Этот компьютер не доверяет сертификату портала: он самоподписанный или выдан собственным центром сертификации вашей компании, как обычно бывает у Битрикс24 на своём сервере. Ничего не отправлено.

Кому выдан: %1
Отпечаток SHA-256: %2

Узнайте у администратора отпечаток портала. Только если он совпадает, доверьтесь этому сертификату для этого портала (окно «Подключение»).</translation>
    </message>
</context>
<context>
    <name>PortalSession</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalSwitchMenu</name>
    <message>
        <source>S&amp;witch portal</source>
        <translation>Сме&amp;нить портал</translation>
    </message>
    <message>
        <source>Switch portal</source>
        <translation>Сменить портал</translation>
    </message>
    <message>
        <source>Work on another remembered portal</source>
        <translation>Работать с другим сохранённым порталом</translation>
    </message>
    <message>
        <source>No remembered portals</source>
        <translation>Нет сохранённых порталов</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (пользователь %2)</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>The portal you are working on</source>
        <translation>Портал, с которым вы сейчас работаете</translation>
    </message>
    <message>
        <source>Sign out of the current portal and work on %1</source>
        <translation>Выйти из текущего портала и работать с %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>A new language applies after InviteDesk restarts.</source>
        <translation>Новый язык применится после перезапуска InviteDesk.</translation>
    </message>
    <message>
        <source>Refresh the directory every (minutes)</source>
        <translation>Обновлять справочник каждые (минут)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Refresh the directory every:</source>
        <translation>&amp;Обновлять справочник каждые:</translation>
    </message>
    <message>
        <source>Users allowed by the plan</source>
        <translation>Лимит пользователей по тарифу</translation>
    </message>
    <message>
        <source>Used to warn before an invitation would exceed the plan&apos;s user limit. 0 when unknown.</source>
        <translation>Нужен, чтобы предупредить, если приглашение превысит лимит пользователей по тарифу. 0 — если неизвестно.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Users &amp;allowed by the plan:</source>
        <translation>&amp;Лимит пользователей по тарифу:</translation>
    </message>
    <message>
        <source>Your Bitrix24 plan</source>
        <translation>Ваш тариф Битрикс24</translation>
    </message>
    <message>
        <source>InviteDesk paces its work to what the portal accepts: an Enterprise portal accepts more at once, so large invitations and refreshes finish sooner.</source>
        <translation>InviteDesk работает в темпе, который принимает портал: портал на тарифе «Энтерпрайз» принимает больше за раз, поэтому большие приглашения и обновления завершаются быстрее.</translation>
    </message>
    <message>
        <source>Free, Basic, Standard or Professional</source>
        <translation>Бесплатный, Базовый, Стандартный или Профессиональный</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Энтерпрайз</translation>
    </message>
    <message>
        <source>Your Bitrix24 &amp;plan:</source>
        <translation>Ваш &amp;тариф Битрикс24:</translation>
    </message>
    <message>
        <source>Confirm sends of more invitations than</source>
        <translation>Подтверждать отправку, если приглашений больше чем</translation>
    </message>
    <message>
        <source>Con&amp;firm sends of more invitations than:</source>
        <translation>Подтвер&amp;ждать отправку, если приглашений больше:</translation>
    </message>
    <message>
        <source>When inviting to %1:</source>
        <translation>Приглашения в %1:</translation>
    </message>
    <message>
        <source>Default department</source>
        <translation>Отдел по умолчанию</translation>
    </message>
    <message>
        <source>Preselected on the Register tab, and joined by e-mail invitations that name no department.</source>
        <translation>Выбран заранее на вкладке «Зарегистрировать»; в него попадают приглашения по e-mail без указанного отдела.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Не выбран</translation>
    </message>
    <message>
        <source>The default department saved before (ID %1) is not in this portal&apos;s directory, so it is ignored.</source>
        <translation>Сохранённый ранее отдел по умолчанию (ID %1) отсутствует в справочнике этого портала, поэтому он не используется.</translation>
    </message>
    <message>
        <source>Default &amp;department:</source>
        <translation>От&amp;дел по умолчанию:</translation>
    </message>
    <message>
        <source>Default message template</source>
        <translation>Шаблон сообщения по умолчанию</translation>
    </message>
    <message>
        <source>The saved template Invite by Email starts with.</source>
        <translation>Сохранённый шаблон, с которого начинается вкладка «Пригласить по e-mail».</translation>
    </message>
    <message>
        <source>Built-in message</source>
        <translation>Встроенное сообщение</translation>
    </message>
    <message>
        <source>The default template &quot;%1&quot; is no longer saved, so the built-in message is used.</source>
        <translation>Шаблон по умолчанию «%1» больше не сохранён, поэтому используется встроенное сообщение.</translation>
    </message>
    <message>
        <source>Default message &amp;template:</source>
        <translation>&amp;Шаблон сообщения по умолчанию:</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The profile %1 is a file, not a folder.</source>
        <translation>Профиль %1 — это файл, а не папка.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку профиля %1.</translation>
    </message>
</context>
<context>
    <name>QuickRegistrationTab</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation>Копировать ссылку</translation>
    </message>
    <message>
        <source>Save P&amp;NG…</source>
        <translation>Сохранить &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the QR code as PNG</source>
        <translation>Сохранить QR-код в PNG</translation>
    </message>
    <message>
        <source>Save S&amp;VG…</source>
        <translation>Сохранить &amp;SVG…</translation>
    </message>
    <message>
        <source>Save the QR code as SVG</source>
        <translation>Сохранить QR-код в SVG</translation>
    </message>
    <message>
        <source>C&amp;hange in portal…</source>
        <translation>&amp;Изменить на портале…</translation>
    </message>
    <message>
        <source>Change the registration settings in the portal</source>
        <translation>Изменить настройки регистрации на портале</translation>
    </message>
    <message>
        <source>&amp;Share by e-mail…</source>
        <translation>Отправить по &amp;e-mail…</translation>
    </message>
    <message>
        <source>Share by e-mail</source>
        <translation>Отправить по e-mail</translation>
    </message>
    <message>
        <source>Registration link</source>
        <translation>Ссылка для регистрации</translation>
    </message>
    <message>
        <source>https://%1/…</source>
        <translation>https://%1/…</translation>
    </message>
    <message>
        <source>QR code of the registration link</source>
        <translation>QR-код ссылки для регистрации</translation>
    </message>
    <message>
        <source>Registration &amp;link:</source>
        <translation>Ссылка для &amp;регистрации:</translation>
    </message>
    <message>
        <source>&amp;Fetch from sandbox</source>
        <translation>&amp;Получить с учебного портала</translation>
    </message>
    <message>
        <source>Fetch the link from the training portal</source>
        <translation>Получить ссылку с учебного портала</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>Print the QR code</source>
        <translation>Напечатать QR-код</translation>
    </message>
    <message>
        <source>Regenerating the link in the portal breaks every link already shared, including printed QR codes.</source>
        <translation>Если создать ссылку на портале заново, все уже разосланные ссылки перестанут работать, включая напечатанные QR-коды.</translation>
    </message>
    <message>
        <source>Hello,

{inviter} invites you to join {portal}, our company&apos;s Bitrix24. Register with this link:
{join_link}

See you there!</source>
        <translation>Здравствуйте!

{inviter} приглашает вас в {portal} — Bitrix24 нашей компании. Зарегистрируйтесь по ссылке:
{join_link}

До встречи!</translation>
    </message>
    <message>
        <source>The link is on the clipboard.</source>
        <translation>Ссылка скопирована в буфер обмена.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Изображения SVG (*.svg)</translation>
    </message>
    <message>
        <source>The QR code appears here once the link is valid.</source>
        <translation>QR-код появится здесь, когда ссылка будет корректной.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>Не удалось открыть %1.</translation>
    </message>
    <message>
        <source>your mail program</source>
        <translation>почтовую программу</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>Сохранить QR-код</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Не удалось сохранить %1.</translation>
    </message>
    <message>
        <source>Asking the training portal…</source>
        <translation>Запрос к учебному порталу…</translation>
    </message>
    <message>
        <source>The training portal did not answer: %1</source>
        <translation>Учебный портал не ответил: %1</translation>
    </message>
    <message>
        <source>Fetched the registration link from the training portal.</source>
        <translation>Ссылка для регистрации получена с учебного портала.</translation>
    </message>
    <message>
        <source>Who may join, as last seen in the portal</source>
        <translation>Кто может присоединиться (как в последний раз на портале)</translation>
    </message>
    <message>
        <source>Who may join (as last seen in the portal)</source>
        <translation>Кто может присоединиться (как в последний раз на портале)</translation>
    </message>
    <message>
        <source>Not known here: a portal does not tell other programs whether its link is public or moderated. See it in the portal.</source>
        <translation>Здесь неизвестно: портал не сообщает другим программам, открытая ли у него ссылка или с модерацией. Посмотрите на портале.</translation>
    </message>
    <message>
        <source>Moderated: an administrator approves each person.</source>
        <translation>С модерацией: администратор подтверждает каждого.</translation>
    </message>
    <message>
        <source>Public: anyone with the link joins.</source>
        <translation>Открытая: присоединяется любой, у кого есть ссылка.</translation>
    </message>
    <message>
        <source>No trusted domains.</source>
        <translation>Доверенных доменов нет.</translation>
    </message>
    <message>
        <source>Trusted domains, whose people join without approval: %1.</source>
        <translation>Доверенные домены, люди из которых присоединяются без подтверждения: %1.</translation>
    </message>
</context>
<context>
    <name>RecipientClassifier</name>
    <message numerus="yes">
        <source>skip %n already employee(s)</source>
        <translation>
            <numerusform>пропустить %n действующего сотрудника</numerusform>
            <numerusform>пропустить %n действующих сотрудников</numerusform>
            <numerusform>пропустить %n действующих сотрудников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skip %n already invited</source>
        <translation>
            <numerusform>пропустить %n уже приглашённого</numerusform>
            <numerusform>пропустить %n уже приглашённых</numerusform>
            <numerusform>пропустить %n уже приглашённых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skip %n already in the outbox</source>
        <translation>
            <numerusform>пропустить %n адрес, уже в исходящих</numerusform>
            <numerusform>пропустить %n адреса, уже в исходящих</numerusform>
            <numerusform>пропустить %n адресов, уже в исходящих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skip %n dismissed user(s)</source>
        <translation>
            <numerusform>пропустить %n уволенного</numerusform>
            <numerusform>пропустить %n уволенных</numerusform>
            <numerusform>пропустить %n уволенных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated</source>
        <translation>
            <numerusform>%n повтор</numerusform>
            <numerusform>%n повтора</numerusform>
            <numerusform>%n повторов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n некорректный</numerusform>
            <numerusform>%n некорректных</numerusform>
            <numerusform>%n некорректных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over the user limit</source>
        <translation>
            <numerusform>%n сверх лимита пользователей</numerusform>
            <numerusform>%n сверх лимита пользователей</numerusform>
            <numerusform>%n сверх лимита пользователей</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готов к приглашению</translation>
    </message>
    <message>
        <source>Invalid address: %1</source>
        <translation>Некорректный адрес: %1</translation>
    </message>
    <message>
        <source>Repeated: this address is already in the list (row %1).</source>
        <translation>Повтор: этот адрес уже есть в списке (строка %1).</translation>
    </message>
    <message>
        <source>Already an employee.</source>
        <translation>Уже сотрудник.</translation>
    </message>
    <message>
        <source>Already invited and not joined yet.</source>
        <translation>Уже приглашён и ещё не присоединился.</translation>
    </message>
    <message>
        <source>Belongs to a dismissed user; the portal does not reuse it. Reinstate the user instead.</source>
        <translation>Принадлежит уволенному пользователю; портал не использует такие адреса повторно. Вместо этого восстановите пользователя.</translation>
    </message>
    <message>
        <source>Already waiting in the outbox.</source>
        <translation>Уже ожидает в исходящих.</translation>
    </message>
    <message>
        <source>Would exceed the plan&apos;s user limit.</source>
        <translation>Превысит лимит пользователей по тарифу.</translation>
    </message>
    <message numerus="yes">
        <source>Will invite %n</source>
        <translation>
            <numerusform>Будет приглашено: %n</numerusform>
            <numerusform>Будет приглашено: %n</numerusform>
            <numerusform>Будет приглашено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to invite</source>
        <translation>Некого приглашать</translation>
    </message>
    <message numerus="yes">
        <source>Invite %n</source>
        <translation>
            <numerusform>Пригласить (%n)</numerusform>
            <numerusform>Пригласить (%n)</numerusform>
            <numerusform>Пригласить (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>This row has a problem.</source>
        <translation>В этой строке есть проблема.</translation>
    </message>
</context>
<context>
    <name>RecipientReviewGrid</name>
    <message>
        <source>Show &amp;problems only</source>
        <translation>Только &amp;проблемы</translation>
    </message>
    <message>
        <source>Remove in&amp;valid</source>
        <translation>Удалить &amp;неверные</translation>
    </message>
    <message>
        <source>Show so&amp;urce</source>
        <translation>Показать &amp;источник</translation>
    </message>
    <message>
        <source>Show problems only</source>
        <translation>Показывать только проблемы</translation>
    </message>
    <message>
        <source>Remove invalid recipients</source>
        <translation>Удалить неверных получателей</translation>
    </message>
    <message>
        <source>Show where the selected recipient came from</source>
        <translation>Показать, откуда взят выбранный получатель</translation>
    </message>
    <message>
        <source>The line of the imported file, or the entry in the typed text</source>
        <translation>Строка импортированного файла или запись во введённом тексте</translation>
    </message>
    <message>
        <source>Recipients and their state</source>
        <translation>Получатели и их состояние</translation>
    </message>
    <message>
        <source>Edit a field with F2 or by typing; it is sent as shown.</source>
        <translation>Измените поле клавишей F2 или вводом текста; оно будет отправлено так, как показано.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, строка %2: %3</translation>
    </message>
</context>
<context>
    <name>RecipientReviewModel</name>
    <message>
        <source>typed</source>
        <translation>введён</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <source>No department in this row: the one chosen below, %1.</source>
        <translation>В этой строке нет отдела: будет выбранный ниже, %1.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>This row names a department, but extranet users join workgroups, not departments.</source>
        <translation>В этой строке указан отдел, но пользователи экстранета вступают в рабочие группы, а не в отделы.</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
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
        <translation>Должность</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Телефон (необязательно)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Sa&amp;ve as preset…</source>
        <translation>Сохр&amp;анить как профиль…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Удалить профиль</translation>
    </message>
    <message>
        <source>Create or attach a company mail&amp;box in the portal…</source>
        <translation>Создать или подключить корпоративный &amp;ящик на портале…</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <source>Register and add &amp;another</source>
        <translation>Зарегистрировать и добавить &amp;ещё</translation>
    </message>
    <message>
        <source>Role preset</source>
        <translation>Профиль роли</translation>
    </message>
    <message>
        <source>Role presets</source>
        <translation>Профили ролей</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Сохранить как профиль</translation>
    </message>
    <message>
        <source>Create or attach a company mailbox in the portal</source>
        <translation>Создать или подключить корпоративный почтовый ящик на портале</translation>
    </message>
    <message>
        <source>Opens the portal&apos;s mail settings in your browser; there is no REST method for mailboxes.</source>
        <translation>Открывает настройки почты портала в браузере: для почтовых ящиков нет метода REST.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Register and add another</source>
        <translation>Зарегистрировать и добавить ещё</translation>
    </message>
    <message>
        <source>Registered people and their results</source>
        <translation>Зарегистрированные люди и результаты</translation>
    </message>
    <message>
        <source>Saved in the portal as the person&apos;s mobile phone.</source>
        <translation>Сохраняется на портале как мобильный телефон сотрудника.</translation>
    </message>
    <message>
        <source>The portal e-mails the new person a link to set their password and sign in. Passwords cannot be set from here: the portal&apos;s API has none.</source>
        <translation>Портал отправит новому сотруднику письмо со ссылкой, чтобы задать пароль и войти. Задать пароль отсюда нельзя: в API портала такой возможности нет.</translation>
    </message>
    <message>
        <source>Role pre&amp;set:</source>
        <translation>Профиль ро&amp;ли:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>И&amp;мя:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>E-ma&amp;il:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Подразделение:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Invalid address: %1</source>
        <translation>Некорректный адрес: %1</translation>
    </message>
    <message>
        <source>This address already belongs to an employee.</source>
        <translation>Этот адрес уже принадлежит сотруднику.</translation>
    </message>
    <message>
        <source>This address was already invited and has not joined yet.</source>
        <translation>На этот адрес уже отправлено приглашение, но пользователь ещё не присоединился.</translation>
    </message>
    <message>
        <source>This address belongs to a dismissed user; the portal does not reuse it.</source>
        <translation>Этот адрес принадлежит уволенному пользователю; портал не использует его повторно.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s e-mail address.</source>
        <translation>Введите адрес e-mail человека.</translation>
    </message>
    <message>
        <source>Could not queue the registration: %1</source>
        <translation>Не удалось поставить регистрацию в очередь: %1</translation>
    </message>
    <message>
        <source>%1 is already waiting in the outbox.</source>
        <translation>%1 уже ожидает в исходящих.</translation>
    </message>
    <message>
        <source>%1 is queued; the portal will e-mail the access details.</source>
        <translation>%1 в очереди; портал пришлёт данные для входа на e-mail.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no preset)</source>
        <translation>(без профиля)</translation>
    </message>
    <message>
        <source>Preset “%1” applied.</source>
        <translation>Профиль «%1» применён.</translation>
    </message>
    <message>
        <source>Save role preset</source>
        <translation>Сохранить профиль роли</translation>
    </message>
    <message>
        <source>Preset &amp;name (department, position and groups are saved):</source>
        <translation>&amp;Название профиля (сохраняются подразделение, должность и группы):</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Удалить черновик</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Не удалось сохранить черновик: %1</translation>
    </message>
    <message>
        <source>Restored the draft saved %1.</source>
        <translation>Восстановлен черновик, сохранённый %1.</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>Черновик удалён.</translation>
    </message>
    <message>
        <source>Registers this person, then empties the name, e-mail and phone for the next one; the role preset, position and department stay.</source>
        <translation>Регистрирует этого человека и очищает имя, e-mail и телефон для следующего; шаблон роли, должность и подразделение остаются.</translation>
    </message>
</context>
<context>
    <name>RegistrationLink</name>
    <message>
        <source>Paste the registration link from the portal (Employees → Invite → Quick registration).</source>
        <translation>Вставьте ссылку для регистрации с портала («Сотрудники» → «Пригласить» → «Быстрая регистрация»).</translation>
    </message>
    <message>
        <source>The link contains spaces; paste it exactly as the portal shows it.</source>
        <translation>Ссылка содержит пробелы; вставьте её точно так, как её показывает портал.</translation>
    </message>
    <message>
        <source>This is not a web address. It should start with https:// and your portal&apos;s name.</source>
        <translation>Это не веб-адрес. Он должен начинаться с https:// и имени вашего портала.</translation>
    </message>
    <message>
        <source>The link must start with https://, not %1:.</source>
        <translation>Ссылка должна начинаться с https://, а не с %1:.</translation>
    </message>
    <message>
        <source>The link uses http://; portal links use https://.</source>
        <translation>Ссылка начинается с http://, а ссылки портала — с https://.</translation>
    </message>
    <message>
        <source>This link belongs to %1, not to your portal %2.</source>
        <translation>Эта ссылка относится к %1, а не к вашему порталу %2.</translation>
    </message>
    <message>
        <source>This link points to port %1 of %2, but your portal answers on port %3.</source>
        <translation>Эта ссылка ведёт на порт %1 сервера %2, а ваш портал отвечает на порту %3.</translation>
    </message>
    <message>
        <source>This is the portal&apos;s home page, not its registration link.</source>
        <translation>Это главная страница портала, а не ссылка для регистрации.</translation>
    </message>
</context>
<context>
    <name>ScriptedReport</name>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>неверно</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>ScriptedTask</name>
    <message numerus="yes">
        <source>The portal gave no usable answer for %n second(s).</source>
        <translation>
            <numerusform>Портал не давал пригодного ответа %n секунду.</numerusform>
            <numerusform>Портал не давал пригодного ответа %n секунды.</numerusform>
            <numerusform>Портал не давал пригодного ответа %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Последняя ошибка: %1</translation>
    </message>
    <message numerus="yes">
        <source>The run did not finish within --timeout %n second(s).</source>
        <translation>
            <numerusform>Запуск не завершился за --timeout %n секунду.</numerusform>
            <numerusform>Запуск не завершился за --timeout %n секунды.</numerusform>
            <numerusform>Запуск не завершился за --timeout %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Portal problem (%1); trying again in %n second(s)…</source>
        <translation>
            <numerusform>Проблема с порталом (%1); повтор через %n секунду…</numerusform>
            <numerusform>Проблема с порталом (%1); повтор через %n секунды…</numerusform>
            <numerusform>Проблема с порталом (%1); повтор через %n секунд…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>No keychain is available on this system (no Secret Service is running), so InviteDesk cannot store the portal&apos;s secret safely. You can keep it for this session only; you will have to connect again next time.</source>
        <translation>В этой системе нет хранилища ключей (Secret Service не запущен), поэтому InviteDesk не может надёжно сохранить секрет портала. Можно хранить его только на время этого сеанса; в следующий раз придётся подключиться снова.</translation>
    </message>
    <message>
        <source>The stored sign-in for this portal was not found in the keychain. Connect the portal again.</source>
        <translation>Сохранённые данные для входа на этот портал не найдены в хранилище ключей. Подключите портал заново.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Unlock the keychain or allow InviteDesk to use it, then try again.</source>
        <translation>Доступ к хранилищу ключей запрещён. Разблокируйте хранилище или разрешите InviteDesk использовать его, затем повторите попытку.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it persists, restart the keychain service.</source>
        <translation>Хранилище ключей сообщило об ошибке. Повторите попытку; если ошибка повторится, перезапустите службу хранилища ключей.</translation>
    </message>
</context>
<context>
    <name>SendAnnouncer</name>
    <message>
        <source>Sending finished: %1 sent, %2 failed (see the Outbox).</source>
        <translation>Отправка завершена: отправлено %1, с ошибкой %2 (см. «Исходящие»).</translation>
    </message>
    <message>
        <source>Sending finished: %1 sent.</source>
        <translation>Отправка завершена: отправлено %1.</translation>
    </message>
    <message>
        <source>InviteDesk</source>
        <translation>InviteDesk</translation>
    </message>
    <message>
        <source>Invitations sent</source>
        <translation>Приглашения отправлены</translation>
    </message>
</context>
<context>
    <name>UserState</name>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Extranet</source>
        <translation>Экстранет</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Уволен</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Приглашён</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A simulated Bitrix24 portal on loopback, for InviteDesk and any other Bitrix24 client.</source>
        <translation>Имитация портала Bitrix24 на локальном интерфейсе (loopback) для InviteDesk и любого другого клиента Bitrix24.</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>Порт для прослушивания (0 — любой свободный порт).</translation>
    </message>
    <message>
        <source>Number of demo users.</source>
        <translation>Число демонстрационных пользователей.</translation>
    </message>
    <message>
        <source>Seed of the demo company.</source>
        <translation>Начальное значение (seed) для демонстрационной компании.</translation>
    </message>
    <message>
        <source>Leaky bucket drain per second (0 disables the limit).</source>
        <translation>Скорость опустошения «дырявого ведра» в секунду (0 отключает ограничение).</translation>
    </message>
    <message>
        <source>Leaky bucket size.</source>
        <translation>Размер «дырявого ведра».</translation>
    </message>
    <message>
        <source>Serve HTTPS with a self-signed throw-away test certificate.</source>
        <translation>Работать по HTTPS с самоподписанным одноразовым тестовым сертификатом.</translation>
    </message>
    <message>
        <source>Invalid value for --%1: %2</source>
        <translation>Недопустимое значение для --%1: %2</translation>
    </message>
    <message>
        <source>Cannot create the signal socket pair</source>
        <translation>Не удаётся создать пару сокетов для сигналов</translation>
    </message>
    <message>
        <source>Cannot start the sandbox portal: %1</source>
        <translation>Не удаётся запустить учебный портал: %1</translation>
    </message>
    <message>
        <source>Sandbox portal: %1</source>
        <translation>Учебный портал: %1</translation>
    </message>
    <message>
        <source>Admin webhook: %1</source>
        <translation>Вебхук администратора: %1</translation>
    </message>
    <message>
        <source>Employee webhook: %1</source>
        <translation>Вебхук сотрудника: %1</translation>
    </message>
    <message>
        <source>Limited webhook (department, %1): %2</source>
        <translation>Ограниченный вебхук (department, %1): %2</translation>
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
        <translation>Сервер OAuth: %1</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Нажмите Ctrl+C для остановки.</translation>
    </message>
    <message>
        <source>HTTPS with a self-signed THROW-AWAY TEST certificate (SHA-256 %1); trust it for tests only.</source>
        <translation>HTTPS с самоподписанным ОДНОРАЗОВЫМ ТЕСТОВЫМ сертификатом (SHA-256 %1); доверяйте ему только для тестов.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>--portal - found no webhook URL on standard input.</source>
        <translation>--portal - не нашёл URL вебхука на стандартном вводе.</translation>
    </message>
    <message>
        <source>No portal: add one in the app, or pass --account, --portal - or the INVITEDESK_WEBHOOK variable.</source>
        <translation>Нет портала: добавьте его в приложении или используйте --account, --portal - или переменную INVITEDESK_WEBHOOK.</translation>
    </message>
    <message>
        <source>No stored account for %1; the app stores %2.</source>
        <translation>Нет сохранённой учётной записи для %1; приложение хранит %2.</translation>
    </message>
    <message>
        <source>Control token (header %1 on /sandbox/ requests): %2</source>
        <translation>Управляющий токен (заголовок %1 в запросах к /sandbox/): %2</translation>
    </message>
    <message>
        <source>Cannot install the console stop handler</source>
        <translation>Не удалось установить обработчик остановки консоли</translation>
    </message>
    <message>
        <source>InviteDesk is already running; its window was brought to the front.</source>
        <translation>InviteDesk уже запущен; его окно выведено на передний план.</translation>
    </message>
    <message>
        <source>InviteDesk is already running for this profile but does not answer. Close it, or end its process, and start again.</source>
        <translation>InviteDesk уже запущен для этого профиля, но не отвечает. Закройте его или завершите его процесс и запустите снова.</translation>
    </message>
</context>
</TS>
