<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>ApplicationShell</name>
    <message>
        <source>&amp;Employees</source>
        <translation>&amp;Співробітники</translation>
    </message>
    <message>
        <source>Company &amp;Structure</source>
        <translation>Структура &amp;компанії</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Forget %1 and remove its secrets from the keychain? The local copy of the directory stays until you connect again.</source>
        <translation>Забути %1 і видалити його секрети зі сховища ключів? Локальна копія довідника залишиться до наступного підключення.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Підключення до %1…</translation>
    </message>
    <message>
        <source>%1 Showing the copy of the directory on this computer.</source>
        <translation>%1 Показано копію довідника на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Сховище ключів недоступне</translation>
    </message>
    <message>
        <source>%1

InviteDesk never writes secrets to a file. Keep the secret in memory for this session only? You will have to connect again next time.</source>
        <translation>%1

InviteDesk ніколи не записує секрети у файл. Зберігати секрет у пам’яті лише на час цього сеансу? Наступного разу доведеться підключитися знову.</translation>
    </message>
    <message>
        <source>Signed out. The next start opens the sandbox portal.</source>
        <translation>Ви вийшли. Під час наступного запуску відкриється навчальний портал.</translation>
    </message>
    <message>
        <source>Directory updated: %1</source>
        <translation>Довідник оновлено: %1</translation>
    </message>
    <message>
        <source>Sandbox portal</source>
        <translation>Навчальний портал</translation>
    </message>
    <message>
        <source>Invitations can be composed once the portal has answered or its outbox is open.</source>
        <translation>Запрошення можна складати, коли портал відповість або відкриються його вихідні.</translation>
    </message>
    <message>
        <source>The outbox opens once the portal has answered.</source>
        <translation>Вихідні відкриються, коли портал відповість.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address to sign in: %1</source>
        <translation>Не вдалося відкрити браузер. Відкрийте цю адресу, щоб увійти: %1</translation>
    </message>
    <message>
        <source>InviteDesk could not listen for the sign-in answer.</source>
        <translation>InviteDesk не зміг прийняти відповідь після входу.</translation>
    </message>
    <message>
        <source>Portal moved?</source>
        <translation>Портал переїхав?</translation>
    </message>
    <message>
        <source>The portal %1 answers that it has moved to %2.

Continue with %2 only if your company really changed its Bitrix24 address: InviteDesk will send its sign-in and your invitations there. Nothing has been sent there yet.</source>
        <translation>Портал %1 відповідає, що переїхав на %2.

Продовжуйте з %2, лише якщо ваша компанія справді змінила адресу Bitrix24: InviteDesk надішле туди свої облікові дані та ваші запрошення. Туди ще нічого не надіслано.</translation>
    </message>
    <message>
        <source>Signed out. Your other portals are under Portal → Switch portal.</source>
        <translation>Ви вийшли. Інші портали — в меню Портал → Змінити портал.</translation>
    </message>
</context>
<context>
    <name>CompanyStructurePage</name>
    <message>
        <source>Company structure</source>
        <translation>Структура компанії</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Підрозділи</translation>
    </message>
    <message>
        <source>De&amp;partments:</source>
        <translation>&amp;Підрозділи:</translation>
    </message>
    <message>
        <source>Include &amp;sub-departments</source>
        <translation>&amp;Враховувати вкладені підрозділи</translation>
    </message>
    <message>
        <source>Include sub-departments</source>
        <translation>Враховувати вкладені підрозділи</translation>
    </message>
    <message>
        <source>&amp;Invite to this department…</source>
        <translation>&amp;Запросити до цього підрозділу…</translation>
    </message>
    <message>
        <source>Invite to this department…</source>
        <translation>Запросити до цього підрозділу…</translation>
    </message>
    <message>
        <source>Opens the invite dialog with the selected department</source>
        <translation>Відкриває вікно запрошення з вибраним підрозділом</translation>
    </message>
    <message>
        <source>People in the department</source>
        <translation>Співробітники підрозділу</translation>
    </message>
    <message>
        <source>Department actions</source>
        <translation>Дії з підрозділом</translation>
    </message>
    <message>
        <source>The directory is not available yet. It appears here once it has been downloaded from the portal.</source>
        <translation>Довідник поки недоступний. Він з’явиться тут після завантаження з порталу.</translation>
    </message>
    <message>
        <source>Select a department to see its people.</source>
        <translation>Виберіть підрозділ, щоб побачити його співробітників.</translation>
    </message>
    <message>
        <source>Nobody works in this department yet.</source>
        <translation>У цьому підрозділі поки ніхто не працює.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln особа</numerusform>
            <numerusform>%Ln особи</numerusform>
            <numerusform>%Ln осіб</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting people…</source>
        <translation>Підрахунок людей…</translation>
    </message>
    <message>
        <source>The company&apos;s departments with their heads, their own number of members and the number with all sub-departments. The context menu invites people to a department.</source>
        <translation>Підрозділи компанії з керівниками, кількістю працівників у самому підрозділі та кількістю разом з усіма вкладеними. Через контекстне меню можна запросити людей до підрозділу.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a department&apos;s two member counts</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people with sub-departments</source>
        <translation>
            <numerusform>%Ln особа з вкладеними підрозділами</numerusform>
            <numerusform>%Ln особи з вкладеними підрозділами</numerusform>
            <numerusform>%Ln осіб з вкладеними підрозділами</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln directly in this department</source>
        <translation>
            <numerusform>%Ln безпосередньо в цьому підрозділі</numerusform>
            <numerusform>%Ln безпосередньо в цьому підрозділі</numerusform>
            <numerusform>%Ln безпосередньо в цьому підрозділі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people directly in this department</source>
        <translation>
            <numerusform>%Ln особа безпосередньо в цьому підрозділі</numerusform>
            <numerusform>%Ln особи безпосередньо в цьому підрозділі</numerusform>
            <numerusform>%Ln осіб безпосередньо в цьому підрозділі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with sub-departments</source>
        <translation>
            <numerusform>%Ln з вкладеними підрозділами</numerusform>
            <numerusform>%Ln з вкладеними підрозділами</numerusform>
            <numerusform>%Ln з вкладеними підрозділами</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectPortalDialog</name>
    <message>
        <source>Connect a Bitrix24 portal</source>
        <translation>Підключення порталу Bitrix24</translation>
    </message>
    <message>
        <source>Connection method</source>
        <translation>Спосіб підключення</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Вебхук</translation>
    </message>
    <message>
        <source>&amp;OAuth application</source>
        <translation>&amp;Додаток OAuth</translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation>Проблема з адресою</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>П&amp;ідключити</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Підключити</translation>
    </message>
    <message>
        <source>In your portal open Developer resources → Other → Inbound webhook, tick the scopes &lt;i&gt;user&lt;/i&gt;, &lt;i&gt;department&lt;/i&gt; and &lt;i&gt;sonet_group&lt;/i&gt;, and paste the webhook address here. It is kept in your system&apos;s keychain.</source>
        <translation>На порталі відкрийте «Розробникам» → «Інше» → «Вхідний вебхук», позначте права &lt;i&gt;user&lt;/i&gt;, &lt;i&gt;department&lt;/i&gt; і &lt;i&gt;sonet_group&lt;/i&gt; та вставте сюди адресу вебхука. Вона зберігається в системному сховищі ключів.</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Адреса вебхука</translation>
    </message>
    <message>
        <source>https://company.bitrix24.com/rest/1/abc123xyz/</source>
        <translation>https://company.bitrix24.ua/rest/1/abc123xyz/</translation>
    </message>
    <message>
        <source>Webhook &amp;address:</source>
        <translation>&amp;Адреса вебхука:</translation>
    </message>
    <message>
        <source>Use a local application created in your portal. InviteDesk opens your browser to sign in; the tokens are kept in your system&apos;s keychain.</source>
        <translation>Використовуйте локальний додаток, створений на вашому порталі. InviteDesk відкриє браузер для входу; токени зберігаються в системному сховищі ключів.</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Адреса порталу</translation>
    </message>
    <message>
        <source>company.bitrix24.com</source>
        <translation>company.bitrix24.ua</translation>
    </message>
    <message>
        <source>Application ID (client_id)</source>
        <translation>Код додатка (client_id)</translation>
    </message>
    <message>
        <source>Application key (client_secret)</source>
        <translation>Ключ додатка (client_secret)</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Сервер авторизації</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>Пор&amp;тал:</translation>
    </message>
    <message>
        <source>Application &amp;ID:</source>
        <translation>&amp;Код додатка:</translation>
    </message>
    <message>
        <source>Application &amp;key:</source>
        <translation>К&amp;люч додатка:</translation>
    </message>
    <message>
        <source>Authorization &amp;server:</source>
        <translation>&amp;Сервер авторизації:</translation>
    </message>
    <message>
        <source>Enter the application ID and key shown in the application&apos;s card in your portal.</source>
        <translation>Введіть код і ключ додатка, зазначені в картці додатка на вашому порталі.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Підключення…</translation>
    </message>
    <message>
        <source>The secret part is hidden while you are not editing it.</source>
        <translation>Секретна частина прихована, доки ви її не редагуєте.</translation>
    </message>
    <message>
        <source>S&amp;how the secret</source>
        <translation>&amp;Показати секрет</translation>
    </message>
    <message>
        <source>Show the secret part of the webhook address</source>
        <translation>Показати секретну частину адреси вебхука</translation>
    </message>
    <message>
        <source>Certificate issued to</source>
        <translation>Кому видано сертифікат</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Відбиток SHA-256</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Кому видано:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Відбиток SHA-256:</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this portal</source>
        <translation>&amp;Довіряти цьому сертифікату для цього порталу</translation>
    </message>
    <message>
        <source>Trust this certificate for this portal</source>
        <translation>Довіряти цьому сертифікату для цього порталу</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate of %1: it is self-signed or issued by your company&apos;s own certificate authority, as is usual for Bitrix24 on your own server. Nothing was sent. Ask your administrator for the portal&apos;s SHA-256 fingerprint and trust the certificate only if it is the same as below.</source>
        <translation>Цей комп’ютер не довіряє сертифікату %1: він самопідписаний або виданий власним центром сертифікації вашої компанії, як зазвичай буває з Бітрікс24 на власному сервері. Нічого не надіслано. Дізнайтеся в адміністратора відбиток SHA-256 порталу й довіряйте сертифікату, лише якщо він збігається з показаним нижче.</translation>
    </message>
</context>
<context>
    <name>CsvEncoding</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Юнікод (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 little-endian)</source>
        <translation>Юнікод (UTF-16, little-endian)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 big-endian)</source>
        <translation>Юнікод (UTF-16, big-endian)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Кирилиця (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Кирилиця (KOI8-R)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Західноєвропейська (Windows-1252)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>Центральноєвропейська (Windows-1250)</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Імпорт %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read, %1 with a usable address.</source>
        <translation>
            <numerusform>Прочитано %n рядок, з придатною адресою: %1.</numerusform>
            <numerusform>Прочитано %n рядки, з придатною адресою: %1.</numerusform>
            <numerusform>Прочитано %n рядків, з придатною адресою: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Рядки файлу</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Підрозділ</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблеми</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n recipient(s)</source>
        <translation>
            <numerusform>&amp;Додати %n одержувача</numerusform>
            <numerusform>&amp;Додати %n одержувачів</numerusform>
            <numerusform>&amp;Додати %n одержувачів</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Кодування файлу</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодування:</translation>
    </message>
    <message>
        <source>Columns hold:</source>
        <translation>Стовпці містять:</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Не вдалося відкрити файл: %1</translation>
    </message>
    <message>
        <source>What column %1 (%2) holds</source>
        <translation>Що містить стовпець %1 (%2)</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Прочитано як %1.</translation>
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
        <translation>ім’я</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>по батькові</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>прізвище</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ім’я та прізвище</translation>
    </message>
    <message>
        <source>position</source>
        <translation>посада</translation>
    </message>
    <message>
        <source>department</source>
        <translation>підрозділ</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>не використовується</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Не вдалося відкрити файл: %1</translation>
    </message>
    <message>
        <source>The file contains no rows.</source>
        <translation>У файлі немає рядків.</translation>
    </message>
    <message>
        <source>No header row; columns read as: %1.</source>
        <translation>Рядка заголовків немає; стовпці прочитано як: %1.</translation>
    </message>
    <message>
        <source>A quotation mark is not closed; the rest of the file was read as one field.</source>
        <translation>Лапки не закрито; решту файлу прочитано як одне поле.</translation>
    </message>
    <message>
        <source>No e-mail address in this row.</source>
        <translation>У цьому рядку немає адреси e-mail.</translation>
    </message>
    <message>
        <source>This row has more fields than the header; the extra ones were ignored.</source>
        <translation>У цьому рядку більше полів, ніж у заголовку; зайві поля пропущено.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Стовпець %1</translation>
    </message>
    <message>
        <source>The header row names no e-mail column; columns read as: %1. Choose what each column holds if this is wrong.</source>
        <translation>У рядку заголовка немає стовпця з адресою ел. пошти; стовпці прочитано як: %1. Якщо це неправильно, виберіть, що містить кожен стовпець.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text, so no row can be added. Choose the encoding it was saved in.</source>
        <translation>Файл не є коректним текстом у кодуванні %1, тому жоден рядок не можна додати. Виберіть кодування, у якому його збережено.</translation>
    </message>
    <message>
        <source>No row has a usable e-mail address, so there is nothing to add.</source>
        <translation>У жодному рядку немає придатної адреси ел. пошти, тому додавати нічого.</translation>
    </message>
</context>
<context>
    <name>DepartmentCombo</name>
    <message>
        <source>Choose a department…</source>
        <translation>Виберіть підрозділ…</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Підрозділ %1</translation>
    </message>
</context>
<context>
    <name>DepartmentMatcher</name>
    <message>
        <source>Several departments are called &quot;%1&quot;; enter the ID of the one you mean (%2).</source>
        <translation>Кілька відділів мають назву «%1»; введіть ID потрібного (%2).</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; cannot be checked: the company structure has not been loaded yet.</source>
        <translation>Відділ «%1» неможливо перевірити: структуру компанії ще не завантажено.</translation>
    </message>
    <message>
        <source>There is no department with the ID %1 in the company structure.</source>
        <translation>У структурі компанії немає відділу з ID %1.</translation>
    </message>
    <message>
        <source>There is no department &quot;%1&quot; in the company structure.</source>
        <translation>У структурі компанії немає відділу «%1».</translation>
    </message>
</context>
<context>
    <name>DepartmentSelector</name>
    <message>
        <source>Department</source>
        <translation>Підрозділ</translation>
    </message>
    <message>
        <source>Show only people of this department and its sub-departments. Type to find a department.</source>
        <translation>Показувати лише співробітників цього підрозділу та вкладених у нього. Почніть вводити назву, щоб знайти підрозділ.</translation>
    </message>
    <message>
        <source>Matching departments</source>
        <translation>Відповідні підрозділи</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Підрозділи</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Усі підрозділи</translation>
    </message>
</context>
<context>
    <name>DepartmentTreeModel</name>
    <message>
        <source>Department</source>
        <translation>Підрозділ</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Керівник</translation>
    </message>
    <message>
        <source>People in this department itself, without its sub-departments</source>
        <translation>Працівники самого підрозділу, без вкладених</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Напряму</translation>
    </message>
    <message>
        <source>People in this department and all its sub-departments; someone in several of them counts once</source>
        <translation>Працівники підрозділу та всіх вкладених; людина з кількох рахується один раз</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Усього</translation>
    </message>
</context>
<context>
    <name>DirectoryError</name>
    <message>
        <source>The local copy of the directory cannot be opened: the disk is full or cannot be written. Nothing was deleted; free some space and restart InviteDesk.</source>
        <translation>Не вдається відкрити локальну копію каталогу: диск заповнений або недоступний для запису. Нічого не видалено; звільніть місце й перезапустіть InviteDesk.</translation>
    </message>
    <message>
        <source>The local copy of the directory cannot be opened.</source>
        <translation>Не вдається відкрити локальну копію довідника.</translation>
    </message>
    <message>
        <source>The local copy of the directory could not be converted for this version of InviteDesk: the disk is full or cannot be written. Nothing was deleted; free some space and restart InviteDesk.</source>
        <translation>Не вдалося перетворити локальну копію довідника для цієї версії InviteDesk: диск заповнений або недоступний для запису. Нічого не видалено; звільніть місце й перезапустіть InviteDesk.</translation>
    </message>
    <message>
        <source>The local copy of the directory could not be updated.</source>
        <translation>Не вдалося оновити локальну копію довідника.</translation>
    </message>
    <message>
        <source>Directory refresh cancelled; the previous copy is kept.</source>
        <translation>Оновлення довідника скасовано; збережено попередню копію.</translation>
    </message>
</context>
<context>
    <name>DirectoryOpenReport</name>
    <message>
        <source>The local copy of the directory was damaged; it was set aside and will be rebuilt from the portal.</source>
        <translation>Локальну копію довідника було пошкоджено; її відкладено, і її буде заново зібрано з порталу.</translation>
    </message>
    <message>
        <source>The local copy of the directory was written by a newer InviteDesk; it was set aside and will be rebuilt from the portal.</source>
        <translation>Локальну копію довідника записано новішою версією InviteDesk; її відкладено, і її буде заново зібрано з порталу.</translation>
    </message>
</context>
<context>
    <name>DirectorySyncStatus</name>
    <message>
        <source>Offline, the directory was never synced</source>
        <translation>Офлайн, довідник ще не синхронізувався</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Офлайн з %1</translation>
    </message>
</context>
<context>
    <name>DirectorySyncSummary</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n новий</numerusform>
            <numerusform>%n нові</numerusform>
            <numerusform>%n нових</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n змінений</numerusform>
            <numerusform>%n змінені</numerusform>
            <numerusform>%n змінених</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n видалений</numerusform>
            <numerusform>%n видалені</numerusform>
            <numerusform>%n видалених</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Без змін</translation>
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
        <translation>Синхронізація довідника: %1 з %2 осіб</translation>
    </message>
    <message>
        <source>Syncing the directory: %1 people</source>
        <translation>Синхронізація довідника: %1 осіб</translation>
    </message>
    <message>
        <source>Directory synced: %1 people, %2 departments (%3).</source>
        <translation>Довідник синхронізовано: %1 осіб, %2 відділів (%3).</translation>
    </message>
    <message>
        <source>The directory could not be synced: %1</source>
        <translation>Не вдалося синхронізувати довідник: %1</translation>
    </message>
    <message>
        <source>The directory copy was never synced; syncing it first.</source>
        <translation>Копію довідника ще не синхронізовано; спершу синхронізація.</translation>
    </message>
    <message>
        <source>The directory copy could not be opened.</source>
        <translation>Не вдалося відкрити копію довідника.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n people written to %1.</source>
        <translation>
            <numerusform>%n особу записано до %1.</numerusform>
            <numerusform>%n особи записано до %1.</numerusform>
            <numerusform>%n осіб записано до %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftTargetChoice</name>
    <message>
        <source>Start &amp;fresh</source>
        <translation>&amp;Почати заново</translation>
    </message>
    <message>
        <source>Start fresh: discard the draft</source>
        <translation>Почати заново: видалити чернетку</translation>
    </message>
    <message>
        <source>Keep the draft&apos;s target</source>
        <translation>Залишити адресата чернетки</translation>
    </message>
    <message>
        <source>Use the new target</source>
        <translation>Використати новий</translation>
    </message>
    <message>
        <source>The restored draft was composed for %1, and the dialog was opened for %2. Which should it be? Nothing is sent until you choose.</source>
        <translation>Відновлену чернетку складено для «%1», а вікно відкрито для «%2». Що обрати? Доки ви не оберете, нічого не надсилається.</translation>
    </message>
    <message>
        <source>&amp;Keep %1</source>
        <translation>&amp;Залишити «%1»</translation>
    </message>
    <message>
        <source>Keep the draft&apos;s target, %1</source>
        <translation>Залишити адресата чернетки: %1</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Використати «%1»</translation>
    </message>
    <message>
        <source>Use %1 for the draft</source>
        <translation>Використати «%1» для чернетки</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>The address is empty.</source>
        <translation>Адреса порожня.</translation>
    </message>
    <message>
        <source>The address is longer than 254 characters.</source>
        <translation>Адреса довша за 254 символи.</translation>
    </message>
    <message>
        <source>The address contains spaces.</source>
        <translation>Адреса містить пробіли.</translation>
    </message>
    <message>
        <source>The address has no @.</source>
        <translation>В адресі немає символу @.</translation>
    </message>
    <message>
        <source>The address has more than one @.</source>
        <translation>В адресі більше одного символу @.</translation>
    </message>
    <message>
        <source>Nothing comes before the @.</source>
        <translation>Перед @ нічого немає.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>Частина до @ довша за 64 символи.</translation>
    </message>
    <message>
        <source>A quotation mark is not closed.</source>
        <translation>Лапки не закрито.</translation>
    </message>
    <message>
        <source>The quoted part before the @ is not valid.</source>
        <translation>Частина в лапках до @ некоректна.</translation>
    </message>
    <message>
        <source>The part before the @ starts or ends with a dot.</source>
        <translation>Частина до @ починається або закінчується крапкою.</translation>
    </message>
    <message>
        <source>The address has two dots in a row.</source>
        <translation>В адресі дві крапки поспіль.</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that is not allowed.</source>
        <translation>Частина до @ містить неприпустимий символ.</translation>
    </message>
    <message>
        <source>The domain after the @ is missing.</source>
        <translation>Після @ немає домену.</translation>
    </message>
    <message>
        <source>The domain starts with a dot.</source>
        <translation>Домен починається з крапки.</translation>
    </message>
    <message>
        <source>IP addresses cannot be used as a domain.</source>
        <translation>IP-адресу не можна використовувати як домен.</translation>
    </message>
    <message>
        <source>The domain is incomplete (for example, &quot;example.com&quot;).</source>
        <translation>Домен вказано не повністю (приклад: «example.com»).</translation>
    </message>
    <message>
        <source>The domain contains a character that is not allowed.</source>
        <translation>Домен містить неприпустимий символ.</translation>
    </message>
    <message>
        <source>A part of the domain starts or ends with a hyphen.</source>
        <translation>Частина домену починається або закінчується дефісом.</translation>
    </message>
    <message>
        <source>A part of the domain is longer than 63 characters.</source>
        <translation>Частина домену довша за 63 символи.</translation>
    </message>
    <message>
        <source>The domain is longer than 253 characters.</source>
        <translation>Домен довший за 253 символи.</translation>
    </message>
    <message>
        <source>The domain ends in a number, not a name.</source>
        <translation>Домен закінчується числом, а не назвою.</translation>
    </message>
    <message>
        <source>The address contains an invisible control character (such as a line break).</source>
        <translation>Адреса містить невидимий керівний символ (наприклад, перенесення рядка).</translation>
    </message>
    <message>
        <source>Addresses with quotation marks before the @ cannot be invited: Bitrix24 accepts only ordinary addresses.</source>
        <translation>Адреси з лапками перед @ не можна запросити: Bitrix24 приймає лише звичайні адреси.</translation>
    </message>
    <message>
        <source>A part of the domain starting with &quot;xn--&quot; is not a valid international name.</source>
        <translation>Частина домену, що починається з «xn--», не є дійсним міжнародним ім’ям.</translation>
    </message>
</context>
<context>
    <name>EmployeeDetailsPane</name>
    <message>
        <source>Invited, not yet joined</source>
        <translation>Запрошений, ще не приєднався</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Звільнений</translation>
    </message>
    <message>
        <source>Extranet user</source>
        <translation>Користувач екстранету</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Співробітник</translation>
    </message>
    <message>
        <source>Selected person</source>
        <translation>Вибрана особа</translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation>Виберіть особу, щоб побачити подробиці.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Посада:</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>Підрозділи:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Телефони:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Зареєстрований:</translation>
    </message>
    <message>
        <source>Last login:</source>
        <translation>Останній вхід:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ніколи</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>&amp;Copy e-mail</source>
        <translation>&amp;Копіювати e-mail</translation>
    </message>
    <message>
        <source>Open &amp;profile in the portal</source>
        <translation>Відкрити &amp;профіль на порталі</translation>
    </message>
    <message>
        <source>&amp;Invite again in the portal…</source>
        <translation>Запросити &amp;знову на порталі…</translation>
    </message>
    <message>
        <source>The sandbox portal has no profile pages.</source>
        <translation>Навчальний портал не має сторінок профілів.</translation>
    </message>
    <message>
        <source>&amp;Reinstate in the portal…</source>
        <translation>&amp;Відновити на порталі…</translation>
    </message>
    <message>
        <source>Opens the profile, where the portal offers this</source>
        <translation>Відкриває профіль, де портал пропонує цю дію</translation>
    </message>
    <message>
        <source>Copy e-mail</source>
        <translation>Копіювати e-mail</translation>
    </message>
    <message>
        <source>In the por&amp;tal</source>
        <translation>На &amp;порталі</translation>
    </message>
    <message>
        <source>In the portal</source>
        <translation>На порталі</translation>
    </message>
</context>
<context>
    <name>EmployeeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Підрозділ</translation>
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
        <translation>Співробітники</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Пошук людей</translation>
    </message>
    <message>
        <source>Filters the list as you type: name, e-mail, position or phone</source>
        <translation>Фільтрує список під час введення: ім’я, e-mail, посада або телефон</translation>
    </message>
    <message>
        <source>Name, e-mail, position or phone</source>
        <translation>Ім’я, e-mail, посада або телефон</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Пошук:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <source>Which people to list: everyone, employees, pending invitations, dismissed or extranet users</source>
        <translation>Кого показувати: усіх, співробітників, запрошених, звільнених або користувачів екстранету</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Invited, not yet joined</source>
        <translation>Запрошені, ще не приєдналися</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Звільнені</translation>
    </message>
    <message>
        <source>Extranet</source>
        <translation>Екстранет</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Пока&amp;зати:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>П&amp;ідрозділ:</translation>
    </message>
    <message>
        <source>I&amp;nvite users…</source>
        <translation>&amp;Запросити співробітників…</translation>
    </message>
    <message>
        <source>Invite users…</source>
        <translation>Запросити співробітників…</translation>
    </message>
    <message>
        <source>Opens the invite dialog</source>
        <translation>Відкриває вікно запрошення</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>The directory is not available yet. It appears here once it has been downloaded from the portal.</source>
        <translation>Довідник поки недоступний. Він з’явиться тут після завантаження з порталу.</translation>
    </message>
    <message>
        <source>No one matches “%1”.
Check the spelling, or try fewer letters or another filter.</source>
        <translation>За запитом «%1» нікого не знайдено.
Перевірте написання, введіть менше літер або виберіть інший фільтр.</translation>
    </message>
    <message>
        <source>No people match these filters.</source>
        <translation>Ніхто не відповідає цим фільтрам.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln особа</numerusform>
            <numerusform>%Ln особи</numerusform>
            <numerusform>%Ln осіб</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting people…</source>
        <translation>Підрахунок людей…</translation>
    </message>
    <message>
        <source>Names are found in other spellings too: &quot;mueller&quot; finds Müller, &quot;dmitriy&quot; finds Дмитрий, &quot;юлия&quot; finds Julia.</source>
        <translation>Імена знаходяться й в іншому написанні: «mueller» знайде Müller, «dmitriy» — Дмитрий, «юлия» — Julia.</translation>
    </message>
</context>
<context>
    <name>HeadlessInviter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдається прочитати %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the report %1: name a .csv or .json file in a writable folder.</source>
        <translation>Не вдається записати звіт %1: вкажіть файл .csv або .json у теці, доступній для запису.</translation>
    </message>
    <message>
        <source>Employees need a department: pass --department &lt;name or ID&gt; or add a department column to the file.</source>
        <translation>Співробітникам потрібен відділ: вкажіть --department &lt;назва або ID&gt; або додайте до файлу стовпець відділу.</translation>
    </message>
    <message>
        <source>The portal has no department &quot;%1&quot;; --list-departments shows them all.</source>
        <translation>На порталі немає відділу «%1»; --list-departments показує всі.</translation>
    </message>
    <message>
        <source>Several departments are called &quot;%1&quot;; pass its ID (see --list-departments).</source>
        <translation>Кілька відділів називаються «%1»; вкажіть ID (див. --list-departments).</translation>
    </message>
    <message>
        <source>Checking addresses with the portal: %1 of %2</source>
        <translation>Перевірка адрес на порталі: %1 з %2</translation>
    </message>
    <message>
        <source>The outbox did not queue every planned invitation; nothing is sent.</source>
        <translation>Вихідні поставили в чергу не всі заплановані запрошення; нічого не надсилається.</translation>
    </message>
    <message>
        <source>Sending invitations: %1 of %2 answered</source>
        <translation>Надсилання запрошень: отримано відповідь на %1 з %2</translation>
    </message>
    <message>
        <source>Nothing was sent; invitations already queued stay queued for invitedesk --send-pending.</source>
        <translation>Нічого не надіслано; запрошення, що вже в черзі, лишаються в ній для invitedesk --send-pending.</translation>
    </message>
    <message>
        <source>Invited: user %1.</source>
        <translation>Запрошено: користувач %1.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer does not say whether the user was created (%1); review it in the app&apos;s outbox.</source>
        <translation>Відповідь порталу не каже, чи створено користувача (%1); перевірте це у вихідних застосунку.</translation>
    </message>
    <message>
        <source>Not sent yet; invitedesk --send-pending sends it.</source>
        <translation>Ще не надіслано; invitedesk --send-pending надішле його.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) not sent stay queued; invitedesk --send-pending sends them later.</source>
        <translation>
            <numerusform>%n ненадіслане запрошення лишається в черзі; invitedesk --send-pending надішле його пізніше.</numerusform>
            <numerusform>%n ненадіслані запрошення лишаються в черзі; invitedesk --send-pending надішле їх пізніше.</numerusform>
            <numerusform>%n ненадісланих запрошень лишаються в черзі; invitedesk --send-pending надішле їх пізніше.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Не вдається записати звіт %1: %2</translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation>Нічого не поставлено до вихідних.</translation>
    </message>
</context>
<context>
    <name>InvitationAuditLog</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Час (UTC)</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Хто запросив</translation>
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
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Підрозділ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Portal answer</source>
        <translation>Відповідь порталу</translation>
    </message>
</context>
<context>
    <name>InvitationFailure</name>
    <message>
        <source>Duplicate: a user with this e-mail already exists on the portal.</source>
        <translation>Дублікат: користувач із таким e-mail уже є на порталі.</translation>
    </message>
    <message>
        <source>Invalid: the portal did not accept the address or the details.</source>
        <translation>Помилка даних: портал не прийняв адресу або відомості про користувача.</translation>
    </message>
    <message>
        <source>Limit: the plan&apos;s user limit is reached. Free seats or upgrade the plan, then retry.</source>
        <translation>Ліміт: досягнуто ліміту користувачів за тарифом. Звільніть місця або перейдіть на інший тариф, потім повторіть.</translation>
    </message>
    <message>
        <source>Rights: only administrators can invite unless the portal lets everyone invite.</source>
        <translation>Права: запрошувати можуть лише адміністратори, якщо на порталі не дозволено запрошувати всім.</translation>
    </message>
    <message>
        <source>Network: will be sent when the portal is reachable.</source>
        <translation>Мережа: буде надіслано, коли портал стане доступним.</translation>
    </message>
    <message>
        <source>The portal asked to slow down; will be sent shortly.</source>
        <translation>Портал попросив знизити частоту запитів; буде надіслано трохи згодом.</translation>
    </message>
    <message>
        <source>The portal answered with an unexpected error: %1</source>
        <translation>Портал відповів неочікуваною помилкою: %1</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>дублікат</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>помилка даних</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>ліміт</translation>
    </message>
    <message>
        <source>rights</source>
        <translation>права</translation>
    </message>
    <message>
        <source>network</source>
        <translation>мережа</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>Sign in again: the portal no longer accepts InviteDesk&apos;s sign-in (it expired or was revoked). The invitation is kept and sent once you have signed in.</source>
        <translation>Увійдіть знову: портал більше не приймає вхід InviteDesk (термін минув або доступ відкликано). Запрошення збережено й буде надіслано після входу.</translation>
    </message>
    <message>
        <source>sign in again</source>
        <translation>увійдіть знову</translation>
    </message>
    <message>
        <source>Invalid address: the portal does not accept this e-mail address. Check it for typing errors; before the @ the portal accepts only Latin letters, digits and common symbols, no accented letters such as é.</source>
        <translation>Неправильна адреса: портал не приймає цю адресу електронної пошти. Перевірте її на помилки; до @ портал приймає лише латинські літери, цифри та звичайні символи, без літер з діакритикою, як-от é.</translation>
    </message>
    <message>
        <source>No department: the portal needs a department for an employee. Choose one and invite again.</source>
        <translation>Немає відділу: порталу потрібен відділ для працівника. Оберіть відділ і запросіть знову.</translation>
    </message>
    <message>
        <source>No workgroup: the portal needs a workgroup for an extranet user. Choose one and invite again.</source>
        <translation>Немає робочої групи: порталу потрібна робоча група для користувача екстранету. Оберіть групу і запросіть знову.</translation>
    </message>
    <message>
        <source>Unknown workgroup: the chosen workgroup does not exist on the portal (any more). Refresh the directory and choose another.</source>
        <translation>Невідома робоча група: обраної групи (вже) немає на порталі. Оновіть довідник і оберіть іншу.</translation>
    </message>
</context>
<context>
    <name>InvitationOutbox</name>
    <message>
        <source>An extranet user must be invited into at least one workgroup.</source>
        <translation>Користувача екстранету потрібно запросити хоча б до однієї робочої групи.</translation>
    </message>
    <message>
        <source>An employee must be invited into a department.</source>
        <translation>Співробітника потрібно запросити до підрозділу.</translation>
    </message>
    <message>
        <source>Checking the portal before sending again.</source>
        <translation>Перевірка порталу перед повторним надсиланням.</translation>
    </message>
</context>
<context>
    <name>InvitationPlan</name>
    <message>
        <source>No e-mail address.</source>
        <translation>Немає адреси електронної пошти.</translation>
    </message>
    <message>
        <source>The same address as line %1 of this file.</source>
        <translation>Та сама адреса, що в рядку %1 цього файлу.</translation>
    </message>
    <message>
        <source>Invited earlier by InviteDesk (%1, user %2).</source>
        <translation>Запрошено раніше через InviteDesk (%1, користувач %2).</translation>
    </message>
    <message>
        <source>An earlier invitation to this address has an unknown outcome; review it in the app&apos;s outbox.</source>
        <translation>Результат попереднього запрошення на цю адресу невідомий; перевірте його у вихідних застосунку.</translation>
    </message>
    <message>
        <source>Queued by an earlier run.</source>
        <translation>Поставлено в чергу попереднім запуском.</translation>
    </message>
    <message>
        <source>Already a user of the portal (user %1).</source>
        <translation>Вже користувач порталу (користувач %1).</translation>
    </message>
    <message>
        <source>Already invited, has not joined yet (user %1).</source>
        <translation>Вже запрошено, ще не приєднався (користувач %1).</translation>
    </message>
    <message>
        <source>A dismissed user has this address (user %1); the portal does not reuse it.</source>
        <translation>Ця адреса в звільненого користувача (користувач %1); портал не використовує її повторно.</translation>
    </message>
    <message>
        <source>No department: fill the row&apos;s department column or pass --department.</source>
        <translation>Немає відділу: заповніть стовпець відділу в рядку або вкажіть --department.</translation>
    </message>
    <message>
        <source>The portal has no department &quot;%1&quot; (see --list-departments).</source>
        <translation>На порталі немає відділу «%1» (див. --list-departments).</translation>
    </message>
    <message>
        <source>Several departments are called &quot;%1&quot;; use its ID (see --list-departments).</source>
        <translation>Кілька відділів називаються «%1»; використайте ID (див. --list-departments).</translation>
    </message>
</context>
<context>
    <name>InvitationPreview</name>
    <message>
        <source>Invitation to %1</source>
        <translation>Запрошення до Бітрікс24 «%1»</translation>
    </message>
    <message>
        <source>%1 invites you to %2</source>
        <translation>%1 запрошує вас до Бітрікс24 «%2»</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Від:</translation>
    </message>
    <message>
        <source>You received this e-mail because %1 invited you to %2.</source>
        <translation>Ви отримали цей лист, тому що %1 запросив(-ла) вас до Бітрікс24 «%2».</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>хтось</translation>
    </message>
    <message>
        <source>Accept invitation</source>
        <translation>Прийняти запрошення</translation>
    </message>
    <message>
        <source>Bitrix24 adds this button with the person&apos;s own link to join.</source>
        <translation>Bitrix24 додає цю кнопку з особистим посиланням людини для входу.</translation>
    </message>
</context>
<context>
    <name>InvitationSendProgress</name>
    <message>
        <source>Sent %1 · skipped %2 · failed %3 · waiting %4</source>
        <translation>Надіслано %1 · пропущено %2 · помилок %3 · очікує %4</translation>
    </message>
    <message>
        <source> · cancelled %1</source>
        <translation> · скасовано %1</translation>
    </message>
</context>
<context>
    <name>InvitationSender</name>
    <message>
        <source>Will be sent when the portal is reachable.</source>
        <translation>Буде надіслано, коли портал стане доступним.</translation>
    </message>
    <message>
        <source>found on the portal after an interruption: user %1</source>
        <translation>знайдено на порталі після збою зв’язку: користувач %1</translation>
    </message>
    <message>
        <source>not found on the portal after an interruption; queued again</source>
        <translation>не знайдено на порталі після збою зв’язку; знову поставлено в чергу</translation>
    </message>
    <message>
        <source>no answer for this call</source>
        <translation>немає відповіді на цей виклик</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n time(s) without an answer, and the portal does not list the address. Check in Bitrix24 whether the person was invited, then retry or discard.</source>
        <translation>
            <numerusform>Надіслано %n раз без відповіді, а портал не знає цієї адреси. Перевірте в Bitrix24, чи людину запрошено, потім повторіть або скасуйте.</numerusform>
            <numerusform>Надіслано %n рази без відповіді, а портал не знає цієї адреси. Перевірте в Bitrix24, чи людину запрошено, потім повторіть або скасуйте.</numerusform>
            <numerusform>Надіслано %n разів без відповіді, а портал не знає цієї адреси. Перевірте в Bitrix24, чи людину запрошено, потім повторіть або скасуйте.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>held for review after %n attempt(s) without an answer (%1); not found on the portal</source>
        <translation>
            <numerusform>відкладено на перевірку після %n спроби без відповіді (%1); на порталі не знайдено</numerusform>
            <numerusform>відкладено на перевірку після %n спроб без відповіді (%1); на порталі не знайдено</numerusform>
            <numerusform>відкладено на перевірку після %n спроб без відповіді (%1); на порталі не знайдено</numerusform>
        </translation>
    </message>
    <message>
        <source>earlier run</source>
        <translation>попередній запуск</translation>
    </message>
</context>
<context>
    <name>InvitationState</name>
    <message>
        <source>Queued</source>
        <translation>У черзі</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Надсилається</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Потребує перевірки</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Скасовано</translation>
    </message>
</context>
<context>
    <name>InviteByEmailTab</name>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>Імпорт &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Видалити чернетку</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Одержувачі:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Одержувачі</translation>
    </message>
    <message>
        <source>E-mail addresses separated by commas, semicolons, spaces or new lines; Name &lt;address&gt; works too.</source>
        <translation>Адреси e-mail через кому, крапку з комою, пробіл або з нового рядка; можна й у вигляді Ім’я &lt;адреса&gt;.</translation>
    </message>
    <message>
        <source>anna@example.com, Boris Petrov &lt;boris@example.com&gt;; …</source>
        <translation>anna@example.com, Борис Петров &lt;boris@example.com&gt;; …</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Імпорт CSV</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Видалити чернетку</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Type, paste or import the addresses of the people to invite.</source>
        <translation>Введіть, вставте або імпортуйте адреси людей, яких хочете запросити.</translation>
    </message>
    <message>
        <source>Nothing can be sent: the outbox is not available.</source>
        <translation>Надіслати нічого не можна: вихідні недоступні.</translation>
    </message>
    <message>
        <source>Nobody in the list is ready to be invited.</source>
        <translation>У списку немає нікого, кого можна запросити.</translation>
    </message>
    <message>
        <source>The invitations could not be written to the outbox, so nothing was sent: %1</source>
        <translation>Не вдалося записати запрошення у вихідні, тому нічого не надіслано: %1</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>Імпорт одержувачів</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файли CSV (*.csv *.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Не вдалося зберегти чернетку: %1</translation>
    </message>
    <message>
        <source>Restored the draft saved %1.</source>
        <translation>Відновлено чернетку, збережену %1.</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>Чернетку видалено.</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>Зберегти &amp;шаблон…</translation>
    </message>
    <message>
        <source>Save a template CSV file</source>
        <translation>Зберегти шаблон CSV-файлу</translation>
    </message>
    <message>
        <source>A CSV file with the columns the import recognises, to fill in</source>
        <translation>CSV-файл зі стовпцями, які розпізнає імпорт, для заповнення</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Зберегти шаблон</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-файли (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>Не вдалося зберегти шаблон: %1</translation>
    </message>
    <message>
        <source>Saved a template to %1. Fill it in and import it.</source>
        <translation>Шаблон збережено в %1. Заповніть його та імпортуйте.</translation>
    </message>
    <message>
        <source>Waiting for you to confirm the send.</source>
        <translation>Очікується ваше підтвердження надсилання.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Writing the invitations to the outbox: %1 of %2. %3</source>
        <translation>Запис запрошень до вихідних: %1 з %2. %3</translation>
    </message>
    <message>
        <source>Stopping: the invitations not sent yet are being cancelled…</source>
        <translation>Зупинення: ще не надіслані запрошення скасовуються…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n invitation(s) not sent yet were cancelled.</source>
        <translation>
            <numerusform>Зупинено: скасовано %n ще не надіслане запрошення.</numerusform>
            <numerusform>Зупинено: скасовано %n ще не надіслані запрошення.</numerusform>
            <numerusform>Зупинено: скасовано %n ще не надісланих запрошень.</numerusform>
        </translation>
    </message>
    <message>
        <source>The invitations not sent yet could not be cancelled: %1</source>
        <translation>Не вдалося скасувати ще не надіслані запрошення: %1</translation>
    </message>
    <message>
        <source>The rest could not be written to the outbox, so it was not sent: %1</source>
        <translation>Решту не вдалося записати до вихідних, тому її не надіслано: %1</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>&amp;Зупинити надсилання</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Зупинити надсилання</translation>
    </message>
    <message>
        <source>Queue no more and cancel the invitations not sent yet</source>
        <translation>Більше не ставити в чергу й скасувати ще не надіслані запрошення</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite users</source>
        <translation>Запросити співробітників</translation>
    </message>
    <message>
        <source>Invite users to %1</source>
        <translation>Запросити співробітників на портал %1</translation>
    </message>
    <message>
        <source>Ways to invite</source>
        <translation>Способи запрошення</translation>
    </message>
    <message>
        <source>&amp;Quick Registration</source>
        <translation>&amp;Швидка реєстрація</translation>
    </message>
    <message>
        <source>Invite by &amp;Email</source>
        <translation>Запросити по &amp;e-mail</translation>
    </message>
    <message>
        <source>Regis&amp;ter</source>
        <translation>За&amp;реєструвати</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Вихідні…</translation>
    </message>
    <message>
        <source>Show the outbox</source>
        <translation>Показати вихідні</translation>
    </message>
</context>
<context>
    <name>InviteError</name>
    <message>
        <source>The outbox cannot be written: the disk is full or refuses writes. Invitations already in the outbox are kept; free some space, then try again.</source>
        <translation>Не вдається записати до вихідних: диск заповнений або не дозволяє запис. Запрошення, що вже є у вихідних, збережено; звільніть місце й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The outbox file cannot be opened.</source>
        <translation>Не вдається відкрити файл вихідних.</translation>
    </message>
    <message>
        <source>The outbox file is damaged. It is left as it is; nothing is sent from it.</source>
        <translation>Файл вихідних пошкоджено. Його залишено як є; з нього нічого не надсилається.</translation>
    </message>
    <message>
        <source>The outbox file was written by a newer version of InviteDesk. It is left as it is; update InviteDesk to use it.</source>
        <translation>Файл вихідних записано новішою версією InviteDesk. Його залишено як є; оновіть InviteDesk, щоб його використовувати.</translation>
    </message>
    <message>
        <source>The outbox could not be read or changed.</source>
        <translation>Не вдалося прочитати чи змінити вихідні.</translation>
    </message>
    <message>
        <source>The invitation cannot be changed now: it was sent, is on its way, or the address is waiting in another invitation.</source>
        <translation>Запрошення зараз не можна змінити: його надіслано, воно в дорозі або адреса чекає в іншому запрошенні.</translation>
    </message>
    <message>
        <source>The portal refuses the invitations.</source>
        <translation>Портал відхиляє запрошення.</translation>
    </message>
    <message>
        <source>The portal cannot be reached; the invitations are sent later.</source>
        <translation>Портал недоступний; запрошення буде надіслано пізніше.</translation>
    </message>
    <message>
        <source>The file cannot be written there; choose another folder or name.</source>
        <translation>Туди не можна записати файл; виберіть іншу теку або інше ім’я.</translation>
    </message>
    <message>
        <source>Stopped; nothing more was written to the outbox.</source>
        <translation>Зупинено; до вихідних більше нічого не записано.</translation>
    </message>
</context>
<context>
    <name>InviteTargetPicker</name>
    <message>
        <source>E&amp;mployee in department:</source>
        <translation>&amp;Співробітник у підрозділі:</translation>
    </message>
    <message>
        <source>E&amp;xtranet user in workgroups:</source>
        <translation>Користувач &amp;екстранету в робочих групах:</translation>
    </message>
    <message>
        <source>Employee in department</source>
        <translation>Співробітник у підрозділі</translation>
    </message>
    <message>
        <source>Extranet user in workgroups</source>
        <translation>Користувач екстранету в робочих групах</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Підрозділ</translation>
    </message>
    <message>
        <source>Type to find a department.</source>
        <translation>Почніть вводити назву, щоб знайти підрозділ.</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Підрозділи</translation>
    </message>
    <message>
        <source>Workgroups</source>
        <translation>Робочі групи</translation>
    </message>
    <message>
        <source>Check the workgroups the extranet user joins.</source>
        <translation>Позначте робочі групи, до яких увійде користувач екстранету.</translation>
    </message>
    <message>
        <source>No workgroups are known for this portal.</source>
        <translation>Для цього порталу робочі групи невідомі.</translation>
    </message>
    <message>
        <source>Extranet: %1</source>
        <translation>Екстранет: %1</translation>
    </message>
</context>
<context>
    <name>InviteTexts</name>
    <message>
        <source>Sent: user %1 created; the portal e-mails the invitation.</source>
        <translation>Надіслано: користувача %1 створено; портал надішле запрошення на e-mail.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Only administrators can invite unless an administrator turns on &quot;Allow everyone to invite&quot; in the portal&apos;s invitation settings. You can still try; the portal will refuse if you lack the right.</source>
        <translation>Запрошувати можуть лише адміністратори, якщо адміністратор не ввімкнув «Дозволити запрошувати всім» у налаштуваннях запрошень порталу. Можна все одно спробувати: портал відмовить, якщо у вас немає права.</translation>
    </message>
    <message>
        <source>Waiting for the portal</source>
        <translation>Очікування порталу</translation>
    </message>
    <message>
        <source>The portal does not let you invite: &quot;Allow everyone to invite&quot; is off in its invitation settings (Settings → Employees → Invitations), so only administrators can invite. Ask an administrator to turn it on; InviteDesk checks again every few minutes and when you refresh.</source>
        <translation>Портал не дозволяє вам запрошувати: «Дозволити запрошувати всім» вимкнено в налаштуваннях запрошень (Налаштування → Співробітники → Запрошення), тому запрошувати можуть лише адміністратори. Попросіть адміністратора ввімкнути його; InviteDesk перевіряє знову кожні кілька хвилин і під час оновлення.</translation>
    </message>
    <message>
        <source>You cannot invite: &quot;Allow everyone to invite&quot; is off in the portal&apos;s invitation settings.</source>
        <translation>Ви не можете запрошувати: «Дозволити запрошувати всім» вимкнено в налаштуваннях запрошень порталу.</translation>
    </message>
    <message>
        <source>Only administrators can invite unless &quot;Allow everyone to invite&quot; is on in the portal.</source>
        <translation>Запрошувати можуть лише адміністратори, якщо в порталі не ввімкнено «Дозволити запрошувати всім».</translation>
    </message>
</context>
<context>
    <name>LargeSendConfirmation</name>
    <message numerus="yes">
        <source>Invite %n people to %1?</source>
        <translation>
            <numerusform>Запросити %n людину до «%1»?</numerusform>
            <numerusform>Запросити %n людини до «%1»?</numerusform>
            <numerusform>Запросити %n людей до «%1»?</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats: %1 of the plan&apos;s %2 are in use as far as the directory knows, %3 free.</source>
        <translation>Місця: за даними довідника зайнято %1 з %2 за тарифом, вільно %3.</translation>
    </message>
    <message numerus="yes">
        <source>This send needs %n more seat(s) than are free: the portal will refuse the invitations beyond the limit.</source>
        <translation>
            <numerusform>Цьому надсиланню потрібно на %n місце більше, ніж вільно: портал відхилить запрошення понад ліміт.</numerusform>
            <numerusform>Цьому надсиланню потрібно на %n місця більше, ніж вільно: портал відхилить запрошення понад ліміт.</numerusform>
            <numerusform>Цьому надсиланню потрібно на %n місць більше, ніж вільно: портал відхилить запрошення понад ліміт.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After this send %n seat(s) will be free.</source>
        <translation>
            <numerusform>Після цього надсилання залишиться %n вільне місце.</numerusform>
            <numerusform>Після цього надсилання залишиться %n вільних місця.</numerusform>
            <numerusform>Після цього надсилання залишиться %n вільних місць.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats: %1 in use as far as the directory knows; this send adds %2. Enter the plan&apos;s user limit in Preferences to see how many are free.</source>
        <translation>Місця: за даними довідника зайнято %1; це надсилання додасть %2. Вкажіть ліміт користувачів тарифу в налаштуваннях, щоб бачити, скільки вільно.</translation>
    </message>
    <message>
        <source>The directory copy does not tell how many seats are in use.</source>
        <translation>Копія довідника не показує, скільки місць зайнято.</translation>
    </message>
    <message>
        <source>Confirm a large send</source>
        <translation>Підтвердьте велике надсилання</translation>
    </message>
    <message numerus="yes">
        <source>Invite %n</source>
        <translation>
            <numerusform>Запросити %n</numerusform>
            <numerusform>Запросити %n</numerusform>
            <numerusform>Запросити %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>InviteDesk invites people to a Bitrix24 portal. With no portal configured it opens on the built-in sandbox portal.</source>
        <translation>InviteDesk запрошує людей на портал Bitrix24. Якщо портал не налаштовано, відкривається вбудований навчальний портал.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показати цю довідку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показати версію.</translation>
    </message>
    <message>
        <source>Open on the built-in sandbox portal (training mode).</source>
        <translation>Відкрити вбудований навчальний портал (навчальний режим).</translation>
    </message>
    <message>
        <source>webhook-url</source>
        <translation>url-вебхука</translation>
    </message>
    <message>
        <source>Use this interface language (e.g. en, ru, de).</source>
        <translation>Використовувати цю мову інтерфейсу (наприклад, en, ru, de).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Number of employees in the sandbox&apos;s demo company.</source>
        <translation>Кількість співробітників у демонстраційній компанії навчального порталу.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>кількість</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Send the invitations earlier runs left in the outbox, then exit.</source>
        <translation>Надіслати запрошення, що залишилися у вихідних після попередніх запусків, і завершити роботу.</translation>
    </message>
    <message>
        <source>Exit as soon as the window shows a connected portal (for smoke tests).</source>
        <translation>Завершити роботу, щойно вікно покаже підключений портал (для smoke-тестів).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Неочікуваний аргумент: %1</translation>
    </message>
    <message>
        <source>--sandbox and --portal cannot be used together.</source>
        <translation>--sandbox і --portal не можна використовувати разом.</translation>
    </message>
    <message>
        <source>--portal needs a webhook URL such as https://example.bitrix24.com/rest/1/secret/</source>
        <translation>Для --portal потрібен URL вебхука, наприклад https://example.bitrix24.com/rest/1/secret/</translation>
    </message>
    <message>
        <source>--lang needs a language code such as en, ru or pt_BR.</source>
        <translation>Для --lang потрібен код мови, наприклад en, ru або pt_BR.</translation>
    </message>
    <message>
        <source>--sandbox-users needs a number from 1 to 500000.</source>
        <translation>Для --sandbox-users потрібне число від 1 до 500000.</translation>
    </message>
    <message>
        <source>Connect to the portal of this inbound webhook URL; &quot;-&quot; reads it from standard input. Scheduled jobs: use --account or the INVITEDESK_WEBHOOK environment variable instead, so the secret is not in the process list.</source>
        <translation>Підключитися до порталу за цією URL вхідного вебхука; «-» читає її зі стандартного вводу. Для завдань за розкладом використовуйте --account або змінну середовища INVITEDESK_WEBHOOK, щоб секрет не потрапив до списку процесів.</translation>
    </message>
    <message>
        <source>Invite everyone in this CSV file without opening a window, then exit (0: all sent or nothing to do, 2: bad input, 3: portal unreachable, 4: some rows failed or were invalid).</source>
        <translation>Запросити всіх із цього CSV-файлу без вікна й вийти (0: усе надіслано або нічого робити, 2: хибні вхідні дані, 3: портал недоступний, 4: частина рядків не вдалася або хибна).</translation>
    </message>
    <message>
        <source>Department (name or ID) for the rows of --invite-csv that name none.</source>
        <translation>Відділ (назва або ID) для рядків --invite-csv, де його не вказано.</translation>
    </message>
    <message>
        <source>department</source>
        <translation>відділ</translation>
    </message>
    <message>
        <source>Print the portal&apos;s departments with their IDs, then exit.</source>
        <translation>Вивести відділи порталу з їхніми ID і вийти.</translation>
    </message>
    <message>
        <source>Refresh the local copy of the directory, then exit.</source>
        <translation>Оновити локальну копію довідника й вийти.</translation>
    </message>
    <message>
        <source>Write the cached people (name, e-mail, position, departments, state) to this CSV file.</source>
        <translation>Записати людей із кешу (ім’я, e-mail, посада, відділи, стан) до цього CSV-файлу.</translation>
    </message>
    <message>
        <source>Write the outcome of every row to this file (.csv or .json).</source>
        <translation>Записати результат кожного рядка до цього файлу (.csv або .json).</translation>
    </message>
    <message>
        <source>Use the portal account the app stored (its portal address); the secret comes from the system keychain.</source>
        <translation>Використати обліковий запис порталу, збережений застосунком (адреса порталу); секрет береться із системного сховища ключів.</translation>
    </message>
    <message>
        <source>portal</source>
        <translation>портал</translation>
    </message>
    <message>
        <source>Give up with exit code 3 when the portal gives no usable answer for this many seconds (default 120).</source>
        <translation>Припинити з кодом виходу 3, якщо портал стільки секунд не дає придатної відповіді (типово 120).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>секунди</translation>
    </message>
    <message>
        <source>End a run without a window after this many seconds at most (exit code 3).</source>
        <translation>Завершити запуск без вікна не пізніше ніж за стільки секунд (код виходу 3).</translation>
    </message>
    <message>
        <source>--department needs a department name or ID.</source>
        <translation>--department потребує назви або ID відділу.</translation>
    </message>
    <message>
        <source>--retry-for needs a number of seconds from 1 to 86400.</source>
        <translation>--retry-for потребує кількості секунд від 1 до 86400.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 86400.</source>
        <translation>--timeout потребує кількості секунд від 1 до 86400.</translation>
    </message>
    <message>
        <source>Choose one of --invite-csv, --send-pending, --list-departments and --sync/--export-directory.</source>
        <translation>Виберіть одне з --invite-csv, --send-pending, --list-departments і --sync/--export-directory.</translation>
    </message>
    <message>
        <source>--report needs a .csv or .json file and --invite-csv or --send-pending.</source>
        <translation>--report потребує файлу .csv або .json і --invite-csv або --send-pending.</translation>
    </message>
    <message>
        <source>--portal - (read from standard input) is for runs without a window.</source>
        <translation>--portal - (читання зі стандартного вводу) — для запусків без вікна.</translation>
    </message>
    <message>
        <source>Keep settings and data files in this folder (a second profile, or a portable copy); the INVITEDESK_PROFILE variable does the same.</source>
        <translation>Зберігати налаштування й файли даних у цій теці (другий профіль або переносна копія); змінна INVITEDESK_PROFILE робить те саме.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>тека</translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation>Для --profile потрібна тека.</translation>
    </message>
</context>
<context>
    <name>ListEnumeration</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n хвилина</numerusform>
            <numerusform>%n хвилини</numerusform>
            <numerusform>%n хвилин</numerusform>
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
        <translation>Сторінки</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Поточний користувач</translation>
    </message>
    <message>
        <source>Last directory sync</source>
        <translation>Остання синхронізація довідника</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Підключення</translation>
    </message>
    <message>
        <source>Directory sync progress</source>
        <translation>Перебіг синхронізації довідника</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v з %m</translation>
    </message>
    <message>
        <source>&amp;Invite users…</source>
        <translation>&amp;Запросити співробітників…</translation>
    </message>
    <message>
        <source>Invite people to the portal (Ctrl+I)</source>
        <translation>Запросити людей на портал (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Refresh directory</source>
        <translation>&amp;Оновити довідник</translation>
    </message>
    <message>
        <source>&amp;Connect a portal…</source>
        <translation>Підкл&amp;ючити портал…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>Forget this portal and remove its secrets from the keychain</source>
        <translation>Забути цей портал і видалити його секрети зі сховища ключів</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Вихідні…</translation>
    </message>
    <message>
        <source>Invitations and their results (Ctrl+O)</source>
        <translation>Запрошення та їхні результати (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;хід</translation>
    </message>
    <message>
        <source>&amp;Portal</source>
        <translation>&amp;Портал</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основна</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основна панель інструментів</translation>
    </message>
    <message>
        <source>Training mode notice</source>
        <translation>Повідомлення про навчальний режим</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox portal&lt;/b&gt; — training mode. Everything here happens on a simulated portal on this computer; nobody receives a real invitation.</source>
        <translation>&lt;b&gt;Навчальний портал&lt;/b&gt; — тренувальний режим. Усе відбувається на імітації порталу на цьому комп’ютері; справжніх запрошень ніхто не отримає.</translation>
    </message>
    <message>
        <source>InviteDesk — Sandbox portal</source>
        <translation>InviteDesk — Навчальний портал</translation>
    </message>
    <message>
        <source>InviteDesk — %1</source>
        <translation>InviteDesk — %1</translation>
    </message>
    <message>
        <source>Sandbox portal (%1)</source>
        <translation>Навчальний портал (%1)</translation>
    </message>
    <message>
        <source>%1 · administrator</source>
        <translation>%1 · адміністратор</translation>
    </message>
    <message>
        <source>%1 · employee</source>
        <translation>%1 · співробітник</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ще не синхронізовано</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Синхронізація: %1</translation>
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
        <translation>Портал не підключено</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Комбінації клавіш</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Відкрити теку з &amp;даними</translation>
    </message>
    <message>
        <source>The local copy of the directory, the outbox and the audit log</source>
        <translation>Локальна копія довідника, вихідні та журнал дій</translation>
    </message>
    <message>
        <source>&amp;About InviteDesk</source>
        <translation>&amp;Про InviteDesk</translation>
    </message>
    <message>
        <source>About InviteDesk</source>
        <translation>Про InviteDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;InviteDesk %1&lt;/b&gt;&lt;p&gt;Invites people to a Bitrix24 portal and keeps a local copy of the company directory for instant search.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;InviteDesk %1&lt;/b&gt;&lt;p&gt;Запрошує людей на портал Бітрікс24 і зберігає локальну копію довідника компанії для миттєвого пошуку.&lt;/p&gt;&lt;p&gt;Тека з даними: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>In the invite dialog: invite the people listed</source>
        <translation>У вікні запрошення: запросити перелічених людей</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>Закрити вікно</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <source>Bring the company directory up to date with the portal (F5)</source>
        <translation>Оновити довідник компанії за даними порталу (F5)</translation>
    </message>
    <message>
        <source>&amp;Full refresh</source>
        <translation>Повне онов&amp;лення</translation>
    </message>
    <message>
        <source>Download the whole company directory again, also noticing people removed from the portal (Shift+F5)</source>
        <translation>Заново завантажити весь довідник компанії, враховуючи й людей, вилучених з порталу (Shift+F5)</translation>
    </message>
    <message>
        <source>Connect your portal…</source>
        <translation>Підключити свій портал…</translation>
    </message>
    <message>
        <source>Invitation rights notice</source>
        <translation>Повідомлення про право запрошувати</translation>
    </message>
    <message>
        <source>%1 · employee, may invite</source>
        <translation>%1 · співробітник, може запрошувати</translation>
    </message>
    <message>
        <source>%1 · employee, may not invite</source>
        <translation>%1 · співробітник, не може запрошувати</translation>
    </message>
</context>
<context>
    <name>MessageComposer</name>
    <message>
        <source>Messa&amp;ge:</source>
        <translation>&amp;Повідомлення:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>The invitation text. Placeholders in braces, such as {first_name}, are filled per recipient.</source>
        <translation>Текст запрошення. Поля у фігурних дужках, наприклад {first_name}, заповнюються для кожного одержувача.</translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation>Вставити по&amp;ле</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Вставити поле</translation>
    </message>
    <message>
        <source>Saved templates</source>
        <translation>Збережені шаблони</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Зберегти &amp;як…</translation>
    </message>
    <message>
        <source>Save template as</source>
        <translation>Зберегти шаблон як</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Попередній перегляд:</translation>
    </message>
    <message>
        <source>Preview of the invitation e-mail</source>
        <translation>Попередній перегляд листа із запрошенням</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>(unsaved text)</source>
        <translation>(незбережений текст)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Зберегти шаблон</translation>
    </message>
    <message>
        <source>Template &amp;name:</source>
        <translation>&amp;Назва шаблону:</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>Не вдалося зберегти шаблон: %1</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message numerus="yes">
        <source>Unknown placeholder(s): %1. Known: %2.</source>
        <translation>
            <numerusform>Невідоме поле (%n): %1. Доступні поля: %2.</numerusform>
            <numerusform>Невідомі поля (%n): %1. Доступні поля: %2.</numerusform>
            <numerusform>Невідомі поля (%n): %1. Доступні поля: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello {first_name},

{inviter} invites you to join {portal}, our company&apos;s Bitrix24, where we chat, share files and plan our work together.

Accept the invitation to set your password and sign in.

See you there!</source>
        <translation>Вітаємо, {first_name}!

{inviter} запрошує вас приєднатися до {portal} — Bitrix24 нашої компанії, де ми спілкуємося, обмінюємося файлами та разом плануємо роботу.

Прийміть запрошення, щоб задати пароль і увійти.

До зустрічі!</translation>
    </message>
    <message>
        <source>On free plans the portal may send its standard invitation text instead of this message.</source>
        <translation>На безкоштовних тарифах портал може надіслати стандартний текст запрошення замість цього повідомлення.</translation>
    </message>
</context>
<context>
    <name>OAuthAuthorizer</name>
    <message>
        <source>InviteDesk received the sign-in. You can close this window.</source>
        <translation>InviteDesk отримав дані для входу. Це вікно можна закрити.</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Register</source>
        <translation>Реєстрація</translation>
    </message>
    <message>
        <source>Invite by e-mail</source>
        <translation>Запрошення по e-mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Спосіб</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Оновлено</translation>
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
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Export audit log…</source>
        <translation>&amp;Експорт журналу аудиту…</translation>
    </message>
    <message>
        <source>Invitations and their results</source>
        <translation>Запрошення та їхні результати</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Експорт журналу аудиту</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>Не вдалося прочитати вихідні: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) will be sent again.</source>
        <translation>
            <numerusform>%n запрошення буде надіслано повторно.</numerusform>
            <numerusform>%n запрошення буде надіслано повторно.</numerusform>
            <numerusform>%n запрошень буде надіслано повторно.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) could not be retried: the address is pending in another invitation.</source>
        <translation>
            <numerusform>Не вдалося повторити %n запрошення: адреса вже очікує в іншому запрошенні.</numerusform>
            <numerusform>Не вдалося повторити %n запрошення: адреса вже очікує в іншому запрошенні.</numerusform>
            <numerusform>Не вдалося повторити %n запрошень: адреса вже очікує в іншому запрошенні.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) discarded; they will not be sent.</source>
        <translation>
            <numerusform>%n запрошення скасовано, його не буде надіслано.</numerusform>
            <numerusform>%n запрошення скасовано, їх не буде надіслано.</numerusform>
            <numerusform>%n запрошень скасовано, їх не буде надіслано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log saved to %1.</source>
        <translation>Журнал аудиту збережено в %1.</translation>
    </message>
    <message>
        <source>The audit log could not be saved: %1</source>
        <translation>Не вдалося зберегти журнал аудиту: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <source>Pause sending</source>
        <translation>Призупинити надсилання</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Пр&amp;одовжити</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Продовжити надсилання</translation>
    </message>
    <message>
        <source>Cancel &amp;the rest</source>
        <translation>Скасувати &amp;решту</translation>
    </message>
    <message>
        <source>Cancel the invitations not sent yet</source>
        <translation>Скасувати ще не надіслані запрошення</translation>
    </message>
    <message>
        <source>Show invitations</source>
        <translation>Показати запрошення</translation>
    </message>
    <message>
        <source>The selected invitation&apos;s result</source>
        <translation>Результат вибраного запрошення</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Пока&amp;зати:</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Усі (%1)</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>Очікують (%1)</translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <translation>Надіслані (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>З помилкою (%1)</translation>
    </message>
    <message>
        <source>Discarded (%1)</source>
        <translation>Скасовані (%1)</translation>
    </message>
    <message>
        <source>Waiting %1 · sent %2 · failed %3 · discarded %4</source>
        <translation>Очікують %1 · надіслані %2 · з помилкою %3 · скасовані %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select an invitation to read its whole result here.</source>
        <translation>Виберіть запрошення, щоб прочитати тут його повний результат.</translation>
    </message>
    <message>
        <source>Paused. Resume sends the invitations still waiting.</source>
        <translation>Призупинено. «Продовжити» надішле запрошення, що очікують.</translation>
    </message>
    <message>
        <source>Pausing after the invitations on their way…</source>
        <translation>Пауза після запрошень, що вже в дорозі…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Надсилання…</translation>
    </message>
    <message>
        <source>The portal asked to slow down; sending continues shortly.</source>
        <translation>Портал попросив уповільнитися; надсилання невдовзі продовжиться.</translation>
    </message>
    <message>
        <source>The outbox could not be changed: %1</source>
        <translation>Не вдалося змінити вихідні: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) not sent yet were cancelled.</source>
        <translation>
            <numerusform>Скасовано %n ще не надіслане запрошення.</numerusform>
            <numerusform>Скасовано %n ще не надіслані запрошення.</numerusform>
            <numerusform>Скасовано %n ще не надісланих запрошень.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation>Вихідні</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>PortalCredentials</name>
    <message>
        <source>Enter the address of your Bitrix24 portal.</source>
        <translation>Введіть адресу вашого порталу Bitrix24.</translation>
    </message>
    <message>
        <source>This is not a web address. It should look like https://company.bitrix24.com/.</source>
        <translation>Це не вебадреса. Вона має виглядати так: https://company.bitrix24.com/.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>Адреса має починатися з https://.</translation>
    </message>
    <message>
        <source>The address uses http://, which is not secure. Bitrix24 portals need https:// — use the https address.</source>
        <translation>Адреса починається з http://, а це небезпечно. Порталам Bitrix24 потрібен https:// — використовуйте адресу з https.</translation>
    </message>
    <message>
        <source>Paste the webhook address from Bitrix24 (Developer resources → Inbound webhook).</source>
        <translation>Вставте адресу вебхука з Bitrix24 («Розробникам» → «Вхідний вебхук»).</translation>
    </message>
    <message>
        <source>This is not a web address. A webhook address looks like https://company.bitrix24.com/rest/1/abc123/.</source>
        <translation>Це не вебадреса. Адреса вебхука виглядає так: https://company.bitrix24.com/rest/1/abc123/.</translation>
    </message>
    <message>
        <source>This address is not a webhook: its path must start with /rest/&lt;user id&gt;/&lt;secret&gt;/.</source>
        <translation>Це не адреса вебхука: шлях має починатися з /rest/&lt;user id&gt;/&lt;secret&gt;/.</translation>
    </message>
    <message>
        <source>This is a REST 3.0 webhook address (/rest/api/…). Use the classic address /rest/&lt;user id&gt;/&lt;secret&gt;/.</source>
        <translation>Це адреса вебхука REST 3.0 (/rest/api/…). Використовуйте класичну адресу /rest/&lt;user id&gt;/&lt;secret&gt;/.</translation>
    </message>
    <message>
        <source>The webhook address lacks the user id and secret after /rest/.</source>
        <translation>В адресі вебхука після /rest/ немає ID користувача та секретного коду.</translation>
    </message>
    <message>
        <source>After /rest/ the webhook address must have the numeric id of the user who created it.</source>
        <translation>Після /rest/ в адресі вебхука має йти числовий ID користувача, який його створив.</translation>
    </message>
    <message>
        <source>The webhook address has no secret code after the user id. Copy the whole address from Bitrix24.</source>
        <translation>В адресі вебхука немає секретного коду після ID користувача. Скопіюйте адресу з Bitrix24 повністю.</translation>
    </message>
    <message>
        <source>The webhook address has no valid secret code after the user id. Copy the whole address from Bitrix24.</source>
        <translation>В адресі вебхука немає коректного секретного коду після ID користувача. Скопіюйте адресу з Bitrix24 повністю.</translation>
    </message>
    <message>
        <source>The webhook address has extra parts after the secret. It should end with /rest/&lt;user id&gt;/&lt;secret&gt;/.</source>
        <translation>В адресі вебхука є зайві частини після секретного коду. Вона має закінчуватися на /rest/&lt;user id&gt;/&lt;secret&gt;/.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s client id and client secret from the application card in Bitrix24.</source>
        <translation>Введіть client id і client secret додатка з картки додатка в Bitrix24.</translation>
    </message>
    <message>
        <source>The OAuth server address must be an https address, e.g. https://oauth.bitrix.info/.</source>
        <translation>Адреса сервера OAuth має починатися з https, наприклад https://oauth.bitrix.info/.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The address names port 0, which no portal listens on. Leave the port out or give the real one.</source>
        <translation>В адресі вказано порт 0, на якому не працює жоден портал. Не вказуйте порт або вкажіть правильний.</translation>
    </message>
</context>
<context>
    <name>PortalError</name>
    <message>
        <source>Cannot reach the portal (%1). Check the address and your network connection, then try again.</source>
        <translation>Не вдається зв’язатися з порталом (%1). Перевірте адресу та підключення до мережі, потім повторіть спробу.</translation>
    </message>
    <message>
        <source>Cannot reach the portal. Check your network connection and try again.</source>
        <translation>Не вдається зв’язатися з порталом. Перевірте підключення до мережі та повторіть спробу.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. Try again in a moment.</source>
        <translation>Портал не відповів вчасно. Повторіть спробу трохи згодом.</translation>
    </message>
    <message>
        <source>The portal requires a secure (https) address. Use the https:// address of the portal.</source>
        <translation>Портал вимагає захищеної адреси (https). Використовуйте адресу порталу, що починається з https://.</translation>
    </message>
    <message>
        <source>certificate problem</source>
        <translation>проблема із сертифікатом</translation>
    </message>
    <message>
        <source>The portal sign-in has expired. Sign in again.</source>
        <translation>Термін дії входу на портал минув. Увійдіть знову.</translation>
    </message>
    <message>
        <source>The portal rejected the credentials. Check the webhook address or sign in again; your pending work is kept.</source>
        <translation>Портал відхилив облікові дані. Перевірте адресу вебхука або увійдіть знову; незавершену роботу збережено.</translation>
    </message>
    <message>
        <source>The webhook or application lacks the permission &quot;%1&quot;. Edit it in Bitrix24 (Developer resources) and tick that scope.</source>
        <translation>У вебхука або додатка немає права «%1». Змініть його в Bitrix24 (розділ «Розробникам») і позначте це право.</translation>
    </message>
    <message>
        <source>The webhook or application lacks a required permission (scope). Edit it in Bitrix24 and add the user, department and sonet_group scopes.</source>
        <translation>У вебхука або додатка немає потрібного права (scope). Змініть його в Bitrix24 і додайте права user, department і sonet_group.</translation>
    </message>
    <message>
        <source>Your Bitrix24 account is not allowed to do this. Ask a portal administrator for the right to invite users.</source>
        <translation>Вашому обліковому запису Bitrix24 ця дія не дозволена. Попросіть адміністратора порталу надати вам право запрошувати співробітників.</translation>
    </message>
    <message>
        <source>The portal is limiting requests. InviteDesk will slow down; try again shortly.</source>
        <translation>Портал обмежує кількість запитів. InviteDesk сповільнить роботу; повторіть спробу трохи згодом.</translation>
    </message>
    <message>
        <source>The portal has paused this operation for a few minutes because of its load limit. Try again later.</source>
        <translation>Портал призупинив цю операцію на кілька хвилин через обмеження навантаження. Повторіть спробу пізніше.</translation>
    </message>
    <message>
        <source>A user with this e-mail address already exists in the portal.</source>
        <translation>Користувач із такою адресою e-mail уже є на порталі.</translation>
    </message>
    <message>
        <source>The portal rejected the e-mail address. Check it for typing errors.</source>
        <translation>Портал відхилив адресу e-mail. Перевірте, чи немає в ній помилок.</translation>
    </message>
    <message>
        <source>The portal&apos;s plan allows no more users. Free a seat or upgrade the plan.</source>
        <translation>Тариф порталу не дозволяє додати більше користувачів. Звільніть місце або перейдіть на інший тариф.</translation>
    </message>
    <message>
        <source>Choose a department for the new employee (or invite them to an extranet group).</source>
        <translation>Виберіть підрозділ для нового співробітника (або запросіть його до групи екстранету).</translation>
    </message>
    <message>
        <source>Extranet users must be invited into an existing extranet group. Choose a valid group.</source>
        <translation>Користувачів екстранету потрібно запрошувати до наявної групи екстранету. Виберіть чинну групу.</translation>
    </message>
    <message>
        <source>This Bitrix24 portal has been deleted.</source>
        <translation>Цей портал Bitrix24 видалено.</translation>
    </message>
    <message>
        <source>This address does not answer like a Bitrix24 portal. Check the address.</source>
        <translation>За цією адресою відповідає не портал Bitrix24. Перевірте адресу.</translation>
    </message>
    <message>
        <source>The portal does not know this request or object (%1).</source>
        <translation>Портал не знає такого запиту або об’єкта (%1).</translation>
    </message>
    <message>
        <source>The portal had a server problem. Try again later.</source>
        <translation>На сервері порталу сталася помилка. Повторіть спробу пізніше.</translation>
    </message>
    <message>
        <source>The portal sent an answer InviteDesk cannot read. Try again later; if it persists, check that the address is a Bitrix24 portal.</source>
        <translation>Портал надіслав відповідь, яку InviteDesk не може прочитати. Повторіть спробу пізніше; якщо помилка повториться, перевірте, що це адреса порталу Bitrix24.</translation>
    </message>
    <message>
        <source>The portal address is not valid.</source>
        <translation>Неприпустима адреса порталу.</translation>
    </message>
    <message>
        <source>The request was not completed.</source>
        <translation>Запит не було виконано.</translation>
    </message>
    <message>
        <source>The portal refused the request: %1</source>
        <translation>Портал відхилив запит: %1</translation>
    </message>
    <message>
        <source>The portal refused the request (%1).</source>
        <translation>Портал відхилив запит (%1).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причину не вказано</translation>
    </message>
    <message>
        <source>The portal sent an answer larger than %1, InviteDesk&apos;s limit for one answer, so InviteDesk stopped reading it. Try again later; if it persists, check that the address is a Bitrix24 portal.</source>
        <translation>Портал надіслав відповідь, більшу за %1 — межу InviteDesk для однієї відповіді, тож InviteDesk припинив її читання. Спробуйте пізніше; якщо так і буде, перевірте, що адреса — це портал Bitrix24.</translation>
    </message>
    <message>
        <source>The portal sent the list out of order (IDs did not rise). The directory refresh stopped; the previous copy is kept.</source>
        <translation>Портал надіслав список не по порядку (ID не зростали). Оновлення довідника зупинено; попередню копію збережено.</translation>
    </message>
    <message>
        <source>The portal sent more entries than the %1 it announced. The directory refresh stopped; the previous copy is kept.</source>
        <translation>Портал надіслав більше записів, ніж оголошені %1. Оновлення довідника зупинено; попередню копію збережено.</translation>
    </message>
    <message>
        <source>The portal kept sending pages beyond the %1 its total allows. The directory refresh stopped; the previous copy is kept.</source>
        <translation>Портал і далі надсилав сторінки понад %1, дозволені його загальною кількістю. Оновлення довідника зупинено; попередню копію збережено.</translation>
    </message>
    <message>
        <source>The portal announced %1 entries, more than InviteDesk copies. The directory refresh stopped; the previous copy is kept.</source>
        <translation>Портал оголосив %1 записів — більше, ніж копіює InviteDesk. Оновлення довідника зупинено; попередню копію збережено.</translation>
    </message>
    <message>
        <source>Reading the directory took longer than %1. The directory refresh stopped; the previous copy is kept. Try again later.</source>
        <translation>Читання довідника тривало понад %1. Оновлення довідника зупинено; попередню копію збережено. Спробуйте пізніше.</translation>
    </message>
    <message>
        <source>The portal&apos;s answers broke the protocol (%1). The operation stopped.</source>
        <translation>Відповіді порталу порушили протокол (%1). Операцію зупинено.</translation>
    </message>
    <message>
        <source>The portal tried to send InviteDesk to an address that is not a web address (%1). It was not followed.</source>
        <translation>Портал намагався спрямувати InviteDesk на адресу, яка не є веб-адресою (%1). Перехід не виконано.</translation>
    </message>
    <message>
        <source>The portal answered with a redirect InviteDesk does not follow (it would drop the request&apos;s data). If the portal shows a notice in the browser, such as an expired licence, resolve it and try again.</source>
        <translation>Портал відповів перенаправленням, за яким InviteDesk не переходить (воно втратило б дані запиту). Якщо портал показує в браузері повідомлення, наприклад про завершення ліцензії, усуньте причину й повторіть.</translation>
    </message>
    <message>
        <source>The portal says it has moved to %1. InviteDesk sends nothing there until you confirm the new address.</source>
        <translation>Портал повідомляє, що переїхав на %1. InviteDesk нічого туди не надішле, доки ви не підтвердите нову адресу.</translation>
    </message>
    <message>
        <source>The secure connection to the portal failed (%1). The connection was not used; check the address and the system clock. A portal on your company&apos;s own server (Bitrix24 on-premise) with a self-signed certificate or one from the company&apos;s own certificate authority: ask your administrator to add that certificate to this computer&apos;s trusted certificates, then connect again.</source>
        <translation>Не вдалося встановити захищене з&apos;єднання з порталом (%1). З&apos;єднання не використовувалося; перевірте адресу та системний годинник. Якщо портал працює на власному сервері компанії (коробковий Бітрікс24) із самопідписаним сертифікатом або сертифікатом власного центру сертифікації, попросіть адміністратора додати цей сертифікат до довірених сертифікатів цього комп&apos;ютера, потім підключіться знову.</translation>
    </message>
    <message>
        <source>This computer does not trust the portal&apos;s certificate: it is self-signed or issued by your company&apos;s own certificate authority, as is usual for Bitrix24 on your own server. Nothing was sent.

Issued to: %1
SHA-256 fingerprint: %2

Ask your administrator for the portal&apos;s fingerprint. Only if it is the same, trust this certificate for this portal (Connect dialog).</source>
        <translation>Цей комп’ютер не довіряє сертифікату порталу: він самопідписаний або виданий власним центром сертифікації вашої компанії, як зазвичай буває з Бітрікс24 на власному сервері. Нічого не надіслано.

Кому видано: %1
Відбиток SHA-256: %2

Дізнайтеся в адміністратора відбиток порталу. Лише якщо він збігається, довіртеся цьому сертифікату для цього порталу (вікно «Підключення»).</translation>
    </message>
</context>
<context>
    <name>PortalSession</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунди</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalSwitchMenu</name>
    <message>
        <source>S&amp;witch portal</source>
        <translation>Зм&amp;інити портал</translation>
    </message>
    <message>
        <source>Switch portal</source>
        <translation>Змінити портал</translation>
    </message>
    <message>
        <source>Work on another remembered portal</source>
        <translation>Працювати з іншим збереженим порталом</translation>
    </message>
    <message>
        <source>No remembered portals</source>
        <translation>Немає збережених порталів</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (користувач %2)</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>The portal you are working on</source>
        <translation>Портал, з яким ви зараз працюєте</translation>
    </message>
    <message>
        <source>Sign out of the current portal and work on %1</source>
        <translation>Вийти з поточного порталу й працювати з %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Мова інтерфейсу</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Мова системи</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>A new language applies after InviteDesk restarts.</source>
        <translation>Нова мова застосується після перезапуску InviteDesk.</translation>
    </message>
    <message>
        <source>Refresh the directory every (minutes)</source>
        <translation>Оновлювати довідник кожні (хвилин)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ніколи</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>&amp;Refresh the directory every:</source>
        <translation>&amp;Оновлювати довідник кожні:</translation>
    </message>
    <message>
        <source>Users allowed by the plan</source>
        <translation>Ліміт користувачів за тарифом</translation>
    </message>
    <message>
        <source>Used to warn before an invitation would exceed the plan&apos;s user limit. 0 when unknown.</source>
        <translation>Потрібен, щоб попередити, якщо запрошення перевищить ліміт користувачів за тарифом. 0 — якщо невідомо.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>Users &amp;allowed by the plan:</source>
        <translation>&amp;Ліміт користувачів за тарифом:</translation>
    </message>
    <message>
        <source>Your Bitrix24 plan</source>
        <translation>Ваш тариф Бітрікс24</translation>
    </message>
    <message>
        <source>InviteDesk paces its work to what the portal accepts: an Enterprise portal accepts more at once, so large invitations and refreshes finish sooner.</source>
        <translation>InviteDesk працює в темпі, який приймає портал: портал на тарифі «Ентерпрайз» приймає більше за раз, тож великі запрошення й оновлення завершуються швидше.</translation>
    </message>
    <message>
        <source>Free, Basic, Standard or Professional</source>
        <translation>Безкоштовний, Базовий, Стандартний або Професійний</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Ентерпрайз</translation>
    </message>
    <message>
        <source>Your Bitrix24 &amp;plan:</source>
        <translation>Ваш &amp;тариф Бітрікс24:</translation>
    </message>
    <message>
        <source>Confirm sends of more invitations than</source>
        <translation>Підтверджувати надсилання, якщо запрошень більше ніж</translation>
    </message>
    <message>
        <source>Con&amp;firm sends of more invitations than:</source>
        <translation>Підтвер&amp;джувати надсилання, якщо запрошень більше:</translation>
    </message>
    <message>
        <source>When inviting to %1:</source>
        <translation>Запрошення до %1:</translation>
    </message>
    <message>
        <source>Default department</source>
        <translation>Типовий відділ</translation>
    </message>
    <message>
        <source>Preselected on the Register tab, and joined by e-mail invitations that name no department.</source>
        <translation>Вибраний заздалегідь на вкладці «Зареєструвати»; до нього потрапляють запрошення e-mail без зазначеного відділу.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Не вибрано</translation>
    </message>
    <message>
        <source>The default department saved before (ID %1) is not in this portal&apos;s directory, so it is ignored.</source>
        <translation>Збереженого раніше типового відділу (ID %1) немає в довіднику цього порталу, тому він не використовується.</translation>
    </message>
    <message>
        <source>Default &amp;department:</source>
        <translation>Типовий &amp;відділ:</translation>
    </message>
    <message>
        <source>Default message template</source>
        <translation>Типовий шаблон повідомлення</translation>
    </message>
    <message>
        <source>The saved template Invite by Email starts with.</source>
        <translation>Збережений шаблон, з якого починається вкладка «Запросити по e-mail».</translation>
    </message>
    <message>
        <source>Built-in message</source>
        <translation>Вбудоване повідомлення</translation>
    </message>
    <message>
        <source>The default template &quot;%1&quot; is no longer saved, so the built-in message is used.</source>
        <translation>Типового шаблону «%1» більше немає серед збережених, тому використовується вбудоване повідомлення.</translation>
    </message>
    <message>
        <source>Default message &amp;template:</source>
        <translation>Типовий &amp;шаблон повідомлення:</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The profile %1 is a file, not a folder.</source>
        <translation>Профіль %1 — це файл, а не тека.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be created.</source>
        <translation>Не вдається створити теку профілю %1.</translation>
    </message>
</context>
<context>
    <name>QuickRegistrationTab</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation>Копіювати посилання</translation>
    </message>
    <message>
        <source>Save P&amp;NG…</source>
        <translation>Зберегти &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the QR code as PNG</source>
        <translation>Зберегти QR-код у PNG</translation>
    </message>
    <message>
        <source>Save S&amp;VG…</source>
        <translation>Зберегти &amp;SVG…</translation>
    </message>
    <message>
        <source>Save the QR code as SVG</source>
        <translation>Зберегти QR-код у SVG</translation>
    </message>
    <message>
        <source>C&amp;hange in portal…</source>
        <translation>&amp;Змінити на порталі…</translation>
    </message>
    <message>
        <source>Change the registration settings in the portal</source>
        <translation>Змінити налаштування реєстрації на порталі</translation>
    </message>
    <message>
        <source>&amp;Share by e-mail…</source>
        <translation>Надіслати по &amp;e-mail…</translation>
    </message>
    <message>
        <source>Share by e-mail</source>
        <translation>Надіслати по e-mail</translation>
    </message>
    <message>
        <source>Registration link</source>
        <translation>Посилання для реєстрації</translation>
    </message>
    <message>
        <source>https://%1/…</source>
        <translation>https://%1/…</translation>
    </message>
    <message>
        <source>QR code of the registration link</source>
        <translation>QR-код посилання для реєстрації</translation>
    </message>
    <message>
        <source>Registration &amp;link:</source>
        <translation>Посилання для &amp;реєстрації:</translation>
    </message>
    <message>
        <source>&amp;Fetch from sandbox</source>
        <translation>&amp;Отримати з навчального порталу</translation>
    </message>
    <message>
        <source>Fetch the link from the training portal</source>
        <translation>Отримати посилання з навчального порталу</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Др&amp;укувати…</translation>
    </message>
    <message>
        <source>Print the QR code</source>
        <translation>Надрукувати QR-код</translation>
    </message>
    <message>
        <source>Regenerating the link in the portal breaks every link already shared, including printed QR codes.</source>
        <translation>Якщо створити посилання на порталі заново, усі вже надіслані посилання перестануть працювати, зокрема надруковані QR-коди.</translation>
    </message>
    <message>
        <source>Hello,

{inviter} invites you to join {portal}, our company&apos;s Bitrix24. Register with this link:
{join_link}

See you there!</source>
        <translation>Вітаємо!

{inviter} запрошує вас приєднатися до {portal} — Bitrix24 нашої компанії. Зареєструйтеся за посиланням:
{join_link}

До зустрічі!</translation>
    </message>
    <message>
        <source>The link is on the clipboard.</source>
        <translation>Посилання скопійовано в буфер обміну.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Зображення SVG (*.svg)</translation>
    </message>
    <message>
        <source>The QR code appears here once the link is valid.</source>
        <translation>QR-код з’явиться тут, коли посилання буде коректним.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>Не вдалося відкрити %1.</translation>
    </message>
    <message>
        <source>your mail program</source>
        <translation>поштову програму</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>Зберегти QR-код</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Збережено: %1.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Не вдалося зберегти %1.</translation>
    </message>
    <message>
        <source>Asking the training portal…</source>
        <translation>Запит до навчального порталу…</translation>
    </message>
    <message>
        <source>The training portal did not answer: %1</source>
        <translation>Навчальний портал не відповів: %1</translation>
    </message>
    <message>
        <source>Fetched the registration link from the training portal.</source>
        <translation>Посилання для реєстрації отримано з навчального порталу.</translation>
    </message>
    <message>
        <source>Who may join, as last seen in the portal</source>
        <translation>Хто може приєднатися (як востаннє на порталі)</translation>
    </message>
    <message>
        <source>Who may join (as last seen in the portal)</source>
        <translation>Хто може приєднатися (як востаннє на порталі)</translation>
    </message>
    <message>
        <source>Not known here: a portal does not tell other programs whether its link is public or moderated. See it in the portal.</source>
        <translation>Тут невідомо: портал не повідомляє іншим програмам, чи його посилання відкрите, чи з модерацією. Перегляньте на порталі.</translation>
    </message>
    <message>
        <source>Moderated: an administrator approves each person.</source>
        <translation>З модерацією: адміністратор підтверджує кожного.</translation>
    </message>
    <message>
        <source>Public: anyone with the link joins.</source>
        <translation>Відкрите: приєднується будь-хто з посиланням.</translation>
    </message>
    <message>
        <source>No trusted domains.</source>
        <translation>Довірених доменів немає.</translation>
    </message>
    <message>
        <source>Trusted domains, whose people join without approval: %1.</source>
        <translation>Довірені домени, люди з яких приєднуються без підтвердження: %1.</translation>
    </message>
</context>
<context>
    <name>RecipientClassifier</name>
    <message numerus="yes">
        <source>skip %n already employee(s)</source>
        <translation>
            <numerusform>пропустити %n чинного співробітника</numerusform>
            <numerusform>пропустити %n чинних співробітників</numerusform>
            <numerusform>пропустити %n чинних співробітників</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skip %n already invited</source>
        <translation>
            <numerusform>пропустити %n вже запрошеного</numerusform>
            <numerusform>пропустити %n вже запрошених</numerusform>
            <numerusform>пропустити %n вже запрошених</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skip %n already in the outbox</source>
        <translation>
            <numerusform>пропустити %n адресу, вже у вихідних</numerusform>
            <numerusform>пропустити %n адреси, вже у вихідних</numerusform>
            <numerusform>пропустити %n адрес, вже у вихідних</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skip %n dismissed user(s)</source>
        <translation>
            <numerusform>пропустити %n звільненого</numerusform>
            <numerusform>пропустити %n звільнених</numerusform>
            <numerusform>пропустити %n звільнених</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated</source>
        <translation>
            <numerusform>%n повтор</numerusform>
            <numerusform>%n повтори</numerusform>
            <numerusform>%n повторів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n некоректна</numerusform>
            <numerusform>%n некоректні</numerusform>
            <numerusform>%n некоректних</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over the user limit</source>
        <translation>
            <numerusform>%n понад ліміт користувачів</numerusform>
            <numerusform>%n понад ліміт користувачів</numerusform>
            <numerusform>%n понад ліміт користувачів</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готовий до запрошення</translation>
    </message>
    <message>
        <source>Invalid address: %1</source>
        <translation>Некоректна адреса: %1</translation>
    </message>
    <message>
        <source>Repeated: this address is already in the list (row %1).</source>
        <translation>Повтор: ця адреса вже є в списку (рядок %1).</translation>
    </message>
    <message>
        <source>Already an employee.</source>
        <translation>Вже співробітник.</translation>
    </message>
    <message>
        <source>Already invited and not joined yet.</source>
        <translation>Вже запрошений і ще не приєднався.</translation>
    </message>
    <message>
        <source>Belongs to a dismissed user; the portal does not reuse it. Reinstate the user instead.</source>
        <translation>Належить звільненому користувачу; портал не використовує такі адреси повторно. Натомість відновіть користувача.</translation>
    </message>
    <message>
        <source>Already waiting in the outbox.</source>
        <translation>Вже очікує у вихідних.</translation>
    </message>
    <message>
        <source>Would exceed the plan&apos;s user limit.</source>
        <translation>Перевищить ліміт користувачів за тарифом.</translation>
    </message>
    <message numerus="yes">
        <source>Will invite %n</source>
        <translation>
            <numerusform>Буде запрошено: %n</numerusform>
            <numerusform>Буде запрошено: %n</numerusform>
            <numerusform>Буде запрошено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to invite</source>
        <translation>Нікого запрошувати</translation>
    </message>
    <message numerus="yes">
        <source>Invite %n</source>
        <translation>
            <numerusform>Запросити (%n)</numerusform>
            <numerusform>Запросити (%n)</numerusform>
            <numerusform>Запросити (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>This row has a problem.</source>
        <translation>У цьому рядку є проблема.</translation>
    </message>
</context>
<context>
    <name>RecipientReviewGrid</name>
    <message>
        <source>Show &amp;problems only</source>
        <translation>Лише &amp;проблеми</translation>
    </message>
    <message>
        <source>Remove in&amp;valid</source>
        <translation>Вилучити &amp;неправильні</translation>
    </message>
    <message>
        <source>Show so&amp;urce</source>
        <translation>Показати &amp;джерело</translation>
    </message>
    <message>
        <source>Show problems only</source>
        <translation>Показувати лише проблеми</translation>
    </message>
    <message>
        <source>Remove invalid recipients</source>
        <translation>Вилучити неправильних одержувачів</translation>
    </message>
    <message>
        <source>Show where the selected recipient came from</source>
        <translation>Показати, звідки взято вибраного одержувача</translation>
    </message>
    <message>
        <source>The line of the imported file, or the entry in the typed text</source>
        <translation>Рядок імпортованого файлу або запис у введеному тексті</translation>
    </message>
    <message>
        <source>Recipients and their state</source>
        <translation>Одержувачі та їхній стан</translation>
    </message>
    <message>
        <source>Edit a field with F2 or by typing; it is sent as shown.</source>
        <translation>Змініть поле клавішею F2 або введенням тексту; його буде надіслано так, як показано.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, рядок %2: %3</translation>
    </message>
</context>
<context>
    <name>RecipientReviewModel</name>
    <message>
        <source>typed</source>
        <translation>введено</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, рядок %2</translation>
    </message>
    <message>
        <source>No department in this row: the one chosen below, %1.</source>
        <translation>У цьому рядку немає відділу: буде вибраний нижче, %1.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Відділ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>This row names a department, but extranet users join workgroups, not departments.</source>
        <translation>У цьому рядку вказано відділ, але користувачі екстранету приєднуються до робочих груп, а не до відділів.</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>First name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прізвище</translation>
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
        <translation>Посада</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Телефон (необов’язково)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необов’язково</translation>
    </message>
    <message>
        <source>Sa&amp;ve as preset…</source>
        <translation>Збере&amp;гти як профіль…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Видалити профіль</translation>
    </message>
    <message>
        <source>Create or attach a company mail&amp;box in the portal…</source>
        <translation>Створити або підключити корпоративну &amp;скриньку на порталі…</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>&amp;Зареєструвати</translation>
    </message>
    <message>
        <source>Register and add &amp;another</source>
        <translation>Зареєструвати й додати &amp;ще</translation>
    </message>
    <message>
        <source>Role preset</source>
        <translation>Профіль ролі</translation>
    </message>
    <message>
        <source>Role presets</source>
        <translation>Профілі ролей</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Зберегти як профіль</translation>
    </message>
    <message>
        <source>Create or attach a company mailbox in the portal</source>
        <translation>Створити або підключити корпоративну поштову скриньку на порталі</translation>
    </message>
    <message>
        <source>Opens the portal&apos;s mail settings in your browser; there is no REST method for mailboxes.</source>
        <translation>Відкриває налаштування пошти порталу в браузері: для поштових скриньок немає методу REST.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зареєструвати</translation>
    </message>
    <message>
        <source>Register and add another</source>
        <translation>Зареєструвати й додати ще</translation>
    </message>
    <message>
        <source>Registered people and their results</source>
        <translation>Зареєстровані люди та результати</translation>
    </message>
    <message>
        <source>Saved in the portal as the person&apos;s mobile phone.</source>
        <translation>Зберігається на порталі як мобільний телефон працівника.</translation>
    </message>
    <message>
        <source>The portal e-mails the new person a link to set their password and sign in. Passwords cannot be set from here: the portal&apos;s API has none.</source>
        <translation>Портал надішле новому співробітнику лист із посиланням, щоб задати пароль і увійти. Задати пароль звідси не можна: в API порталу такої можливості немає.</translation>
    </message>
    <message>
        <source>Role pre&amp;set:</source>
        <translation>Профіль ро&amp;лі:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Прізвище:</translation>
    </message>
    <message>
        <source>E-ma&amp;il:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>Поса&amp;да:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Підрозділ:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Invalid address: %1</source>
        <translation>Некоректна адреса: %1</translation>
    </message>
    <message>
        <source>This address already belongs to an employee.</source>
        <translation>Ця адреса вже належить співробітнику.</translation>
    </message>
    <message>
        <source>This address was already invited and has not joined yet.</source>
        <translation>На цю адресу вже надіслано запрошення, але користувач ще не приєднався.</translation>
    </message>
    <message>
        <source>This address belongs to a dismissed user; the portal does not reuse it.</source>
        <translation>Ця адреса належить звільненому користувачу; портал не використовує її повторно.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s e-mail address.</source>
        <translation>Введіть адресу e-mail особи.</translation>
    </message>
    <message>
        <source>Could not queue the registration: %1</source>
        <translation>Не вдалося поставити реєстрацію в чергу: %1</translation>
    </message>
    <message>
        <source>%1 is already waiting in the outbox.</source>
        <translation>%1 вже очікує у вихідних.</translation>
    </message>
    <message>
        <source>%1 is queued; the portal will e-mail the access details.</source>
        <translation>%1 у черзі; портал надішле дані для входу на e-mail.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no preset)</source>
        <translation>(без профілю)</translation>
    </message>
    <message>
        <source>Preset “%1” applied.</source>
        <translation>Профіль «%1» застосовано.</translation>
    </message>
    <message>
        <source>Save role preset</source>
        <translation>Зберегти профіль ролі</translation>
    </message>
    <message>
        <source>Preset &amp;name (department, position and groups are saved):</source>
        <translation>&amp;Назва профілю (зберігаються підрозділ, посада та групи):</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>Видалити &amp;чернетку</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Видалити чернетку</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Не вдалося зберегти чернетку: %1</translation>
    </message>
    <message>
        <source>Restored the draft saved %1.</source>
        <translation>Відновлено чернетку, збережену %1.</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>Чернетку видалено.</translation>
    </message>
    <message>
        <source>Registers this person, then empties the name, e-mail and phone for the next one; the role preset, position and department stay.</source>
        <translation>Реєструє цю людину й очищає ім&apos;я, e-mail і телефон для наступної; шаблон ролі, посада й підрозділ залишаються.</translation>
    </message>
</context>
<context>
    <name>RegistrationLink</name>
    <message>
        <source>Paste the registration link from the portal (Employees → Invite → Quick registration).</source>
        <translation>Вставте посилання для реєстрації з порталу («Співробітники» → «Запросити» → «Швидка реєстрація»).</translation>
    </message>
    <message>
        <source>The link contains spaces; paste it exactly as the portal shows it.</source>
        <translation>Посилання містить пробіли; вставте його точно так, як його показує портал.</translation>
    </message>
    <message>
        <source>This is not a web address. It should start with https:// and your portal&apos;s name.</source>
        <translation>Це не вебадреса. Вона має починатися з https:// та імені вашого порталу.</translation>
    </message>
    <message>
        <source>The link must start with https://, not %1:.</source>
        <translation>Посилання має починатися з https://, а не з %1:.</translation>
    </message>
    <message>
        <source>The link uses http://; portal links use https://.</source>
        <translation>Посилання починається з http://, а посилання порталу — з https://.</translation>
    </message>
    <message>
        <source>This link belongs to %1, not to your portal %2.</source>
        <translation>Це посилання належить до %1, а не до вашого порталу %2.</translation>
    </message>
    <message>
        <source>This link points to port %1 of %2, but your portal answers on port %3.</source>
        <translation>Це посилання веде на порт %1 сервера %2, а ваш портал відповідає на порту %3.</translation>
    </message>
    <message>
        <source>This is the portal&apos;s home page, not its registration link.</source>
        <translation>Це головна сторінка порталу, а не посилання для реєстрації.</translation>
    </message>
</context>
<context>
    <name>ScriptedReport</name>
    <message>
        <source>sent</source>
        <translation>надіслано</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>очікує</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>хибно</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>помилка</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
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
        <translation>Подробиці</translation>
    </message>
</context>
<context>
    <name>ScriptedTask</name>
    <message numerus="yes">
        <source>The portal gave no usable answer for %n second(s).</source>
        <translation>
            <numerusform>Портал не давав придатної відповіді %n секунду.</numerusform>
            <numerusform>Портал не давав придатної відповіді %n секунди.</numerusform>
            <numerusform>Портал не давав придатної відповіді %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Остання помилка: %1</translation>
    </message>
    <message numerus="yes">
        <source>The run did not finish within --timeout %n second(s).</source>
        <translation>
            <numerusform>Запуск не завершився за --timeout %n секунду.</numerusform>
            <numerusform>Запуск не завершився за --timeout %n секунди.</numerusform>
            <numerusform>Запуск не завершився за --timeout %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Portal problem (%1); trying again in %n second(s)…</source>
        <translation>
            <numerusform>Проблема з порталом (%1); повтор через %n секунду…</numerusform>
            <numerusform>Проблема з порталом (%1); повтор через %n секунди…</numerusform>
            <numerusform>Проблема з порталом (%1); повтор через %n секунд…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>No keychain is available on this system (no Secret Service is running), so InviteDesk cannot store the portal&apos;s secret safely. You can keep it for this session only; you will have to connect again next time.</source>
        <translation>У цій системі немає сховища ключів (Secret Service не запущено), тому InviteDesk не може надійно зберегти секрет порталу. Можна зберігати його лише на час цього сеансу; наступного разу доведеться підключитися знову.</translation>
    </message>
    <message>
        <source>The stored sign-in for this portal was not found in the keychain. Connect the portal again.</source>
        <translation>Збережені дані для входу на цей портал не знайдено в сховищі ключів. Підключіть портал заново.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Unlock the keychain or allow InviteDesk to use it, then try again.</source>
        <translation>Доступ до сховища ключів заборонено. Розблокуйте сховище або дозвольте InviteDesk використовувати його, потім повторіть спробу.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it persists, restart the keychain service.</source>
        <translation>Сховище ключів повідомило про помилку. Повторіть спробу; якщо помилка повториться, перезапустіть службу сховища ключів.</translation>
    </message>
</context>
<context>
    <name>SendAnnouncer</name>
    <message>
        <source>Sending finished: %1 sent, %2 failed (see the Outbox).</source>
        <translation>Надсилання завершено: надіслано %1, з помилкою %2 (див. «Вихідні»).</translation>
    </message>
    <message>
        <source>Sending finished: %1 sent.</source>
        <translation>Надсилання завершено: надіслано %1.</translation>
    </message>
    <message>
        <source>InviteDesk</source>
        <translation>InviteDesk</translation>
    </message>
    <message>
        <source>Invitations sent</source>
        <translation>Запрошення надіслано</translation>
    </message>
</context>
<context>
    <name>UserState</name>
    <message>
        <source>Employee</source>
        <translation>Співробітник</translation>
    </message>
    <message>
        <source>Extranet</source>
        <translation>Екстранет</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Звільнений</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Запрошений</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A simulated Bitrix24 portal on loopback, for InviteDesk and any other Bitrix24 client.</source>
        <translation>Імітація порталу Bitrix24 на локальному інтерфейсі (loopback) для InviteDesk і будь-якого іншого клієнта Bitrix24.</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>Порт для прослуховування (0 — будь-який вільний порт).</translation>
    </message>
    <message>
        <source>Number of demo users.</source>
        <translation>Кількість демонстраційних користувачів.</translation>
    </message>
    <message>
        <source>Seed of the demo company.</source>
        <translation>Початкове значення (seed) для демонстраційної компанії.</translation>
    </message>
    <message>
        <source>Leaky bucket drain per second (0 disables the limit).</source>
        <translation>Швидкість спорожнення «дірявого відра» за секунду (0 вимикає обмеження).</translation>
    </message>
    <message>
        <source>Leaky bucket size.</source>
        <translation>Розмір «дірявого відра».</translation>
    </message>
    <message>
        <source>Serve HTTPS with a self-signed throw-away test certificate.</source>
        <translation>Працювати через HTTPS із самопідписаним одноразовим тестовим сертифікатом.</translation>
    </message>
    <message>
        <source>Invalid value for --%1: %2</source>
        <translation>Неприпустиме значення для --%1: %2</translation>
    </message>
    <message>
        <source>Cannot create the signal socket pair</source>
        <translation>Не вдається створити пару сокетів для сигналів</translation>
    </message>
    <message>
        <source>Cannot start the sandbox portal: %1</source>
        <translation>Не вдається запустити навчальний портал: %1</translation>
    </message>
    <message>
        <source>Sandbox portal: %1</source>
        <translation>Навчальний портал: %1</translation>
    </message>
    <message>
        <source>Admin webhook: %1</source>
        <translation>Вебхук адміністратора: %1</translation>
    </message>
    <message>
        <source>Employee webhook: %1</source>
        <translation>Вебхук співробітника: %1</translation>
    </message>
    <message>
        <source>Limited webhook (department, %1): %2</source>
        <translation>Обмежений вебхук (department, %1): %2</translation>
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
        <translation>Натисніть Ctrl+C, щоб зупинити.</translation>
    </message>
    <message>
        <source>HTTPS with a self-signed THROW-AWAY TEST certificate (SHA-256 %1); trust it for tests only.</source>
        <translation>HTTPS із самопідписаним ОДНОРАЗОВИМ ТЕСТОВИМ сертифікатом (SHA-256 %1); довіряйте йому лише для тестів.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Зупинено.</translation>
    </message>
    <message>
        <source>--portal - found no webhook URL on standard input.</source>
        <translation>--portal - не знайшов URL вебхука на стандартному вводі.</translation>
    </message>
    <message>
        <source>No portal: add one in the app, or pass --account, --portal - or the INVITEDESK_WEBHOOK variable.</source>
        <translation>Немає порталу: додайте його в застосунку або використайте --account, --portal - чи змінну INVITEDESK_WEBHOOK.</translation>
    </message>
    <message>
        <source>No stored account for %1; the app stores %2.</source>
        <translation>Немає збереженого облікового запису для %1; застосунок зберігає %2.</translation>
    </message>
    <message>
        <source>Control token (header %1 on /sandbox/ requests): %2</source>
        <translation>Керувальний токен (заголовок %1 у запитах до /sandbox/): %2</translation>
    </message>
    <message>
        <source>Cannot install the console stop handler</source>
        <translation>Не вдалося встановити обробник зупинки консолі</translation>
    </message>
    <message>
        <source>InviteDesk is already running; its window was brought to the front.</source>
        <translation>InviteDesk уже запущено; його вікно виведено на передній план.</translation>
    </message>
    <message>
        <source>InviteDesk is already running for this profile but does not answer. Close it, or end its process, and start again.</source>
        <translation>InviteDesk уже запущено для цього профілю, але він не відповідає. Закрийте його або завершіть його процес і запустіть знову.</translation>
    </message>
</context>
</TS>
