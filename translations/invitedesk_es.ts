<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApplicationShell</name>
    <message>
        <source>&amp;Employees</source>
        <translation>&amp;Empleados</translation>
    </message>
    <message>
        <source>Company &amp;Structure</source>
        <translation>Es&amp;tructura de la empresa</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Forget %1 and remove its secrets from the keychain? The local copy of the directory stays until you connect again.</source>
        <translation>¿Olvidar %1 y eliminar sus secretos del llavero? La copia local del directorio se conserva hasta que vuelva a conectarse.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>%1 Showing the copy of the directory on this computer.</source>
        <translation>%1 Se muestra la copia del directorio guardada en este equipo.</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>No hay ningún llavero disponible</translation>
    </message>
    <message>
        <source>%1

InviteDesk never writes secrets to a file. Keep the secret in memory for this session only? You will have to connect again next time.</source>
        <translation>%1

InviteDesk nunca escribe secretos en un archivo. ¿Conservar el secreto en memoria solo durante esta sesión? Tendrá que volver a conectarse la próxima vez.</translation>
    </message>
    <message>
        <source>Signed out. The next start opens the sandbox portal.</source>
        <translation>Sesión cerrada. El próximo inicio abrirá el portal de pruebas.</translation>
    </message>
    <message>
        <source>Directory updated: %1</source>
        <translation>Directorio actualizado: %1</translation>
    </message>
    <message>
        <source>Sandbox portal</source>
        <translation>Portal de pruebas</translation>
    </message>
    <message>
        <source>Invitations can be composed once the portal has answered or its outbox is open.</source>
        <translation>Podrá redactar invitaciones cuando el portal haya respondido o su bandeja de salida esté abierta.</translation>
    </message>
    <message>
        <source>The outbox opens once the portal has answered.</source>
        <translation>La bandeja de salida se abre cuando el portal ha respondido.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address to sign in: %1</source>
        <translation>No se pudo abrir ningún navegador. Abra esta dirección para iniciar sesión: %1</translation>
    </message>
    <message>
        <source>InviteDesk could not listen for the sign-in answer.</source>
        <translation>InviteDesk no pudo recibir la respuesta del inicio de sesión.</translation>
    </message>
    <message>
        <source>Portal moved?</source>
        <translation>¿El portal se ha trasladado?</translation>
    </message>
    <message>
        <source>The portal %1 answers that it has moved to %2.

Continue with %2 only if your company really changed its Bitrix24 address: InviteDesk will send its sign-in and your invitations there. Nothing has been sent there yet.</source>
        <translation>El portal %1 responde que se ha trasladado a %2.

Continúe con %2 solo si su empresa cambió de verdad su dirección de Bitrix24: InviteDesk enviará allí su inicio de sesión y sus invitaciones. Todavía no se ha enviado nada allí.</translation>
    </message>
    <message>
        <source>Signed out. Your other portals are under Portal → Switch portal.</source>
        <translation>Sesión cerrada. Sus otros portales están en Portal → Cambiar de portal.</translation>
    </message>
</context>
<context>
    <name>CompanyStructurePage</name>
    <message>
        <source>Company structure</source>
        <translation>Estructura de la empresa</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>De&amp;partments:</source>
        <translation>&amp;Departamentos:</translation>
    </message>
    <message>
        <source>Include &amp;sub-departments</source>
        <translation>Incluir &amp;subdepartamentos</translation>
    </message>
    <message>
        <source>Include sub-departments</source>
        <translation>Incluir subdepartamentos</translation>
    </message>
    <message>
        <source>&amp;Invite to this department…</source>
        <translation>&amp;Invitar a este departamento…</translation>
    </message>
    <message>
        <source>Invite to this department…</source>
        <translation>Invitar a este departamento…</translation>
    </message>
    <message>
        <source>Opens the invite dialog with the selected department</source>
        <translation>Abre el diálogo de invitación con el departamento seleccionado</translation>
    </message>
    <message>
        <source>People in the department</source>
        <translation>Personas del departamento</translation>
    </message>
    <message>
        <source>Department actions</source>
        <translation>Acciones del departamento</translation>
    </message>
    <message>
        <source>The directory is not available yet. It appears here once it has been downloaded from the portal.</source>
        <translation>El directorio aún no está disponible. Aparecerá aquí cuando se haya descargado del portal.</translation>
    </message>
    <message>
        <source>Select a department to see its people.</source>
        <translation>Seleccione un departamento para ver quién trabaja en él.</translation>
    </message>
    <message>
        <source>Nobody works in this department yet.</source>
        <translation>Todavía no trabaja nadie en este departamento.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting people…</source>
        <translation>Contando personas…</translation>
    </message>
    <message>
        <source>The company&apos;s departments with their heads, their own number of members and the number with all sub-departments. The context menu invites people to a department.</source>
        <translation>Los departamentos de la empresa con sus responsables, su número de miembros propios y el número con todos los subdepartamentos. El menú contextual invita a personas a un departamento.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a department&apos;s two member counts</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people with sub-departments</source>
        <translation>
            <numerusform>%Ln persona con subdepartamentos</numerusform>
            <numerusform>%Ln personas con subdepartamentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln directly in this department</source>
        <translation>
            <numerusform>%Ln directamente en este departamento</numerusform>
            <numerusform>%Ln directamente en este departamento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people directly in this department</source>
        <translation>
            <numerusform>%Ln persona directamente en este departamento</numerusform>
            <numerusform>%Ln personas directamente en este departamento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with sub-departments</source>
        <translation>
            <numerusform>%Ln con subdepartamentos</numerusform>
            <numerusform>%Ln con subdepartamentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectPortalDialog</name>
    <message>
        <source>Connect a Bitrix24 portal</source>
        <translation>Conectar un portal de Bitrix24</translation>
    </message>
    <message>
        <source>Connection method</source>
        <translation>Método de conexión</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <source>&amp;OAuth application</source>
        <translation>Aplicación &amp;OAuth</translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation>Problema con la dirección</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>In your portal open Developer resources → Other → Inbound webhook, tick the scopes &lt;i&gt;user&lt;/i&gt;, &lt;i&gt;department&lt;/i&gt; and &lt;i&gt;sonet_group&lt;/i&gt;, and paste the webhook address here. It is kept in your system&apos;s keychain.</source>
        <translation>En su portal, abra Recursos para desarrolladores → Otro → Webhook entrante, marque los permisos &lt;i&gt;user&lt;/i&gt;, &lt;i&gt;department&lt;/i&gt; y &lt;i&gt;sonet_group&lt;/i&gt; y pegue aquí la dirección del webhook. Se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Dirección del webhook</translation>
    </message>
    <message>
        <source>https://company.bitrix24.com/rest/1/abc123xyz/</source>
        <translation>https://company.bitrix24.com/rest/1/abc123xyz/</translation>
    </message>
    <message>
        <source>Webhook &amp;address:</source>
        <translation>&amp;Dirección del webhook:</translation>
    </message>
    <message>
        <source>Use a local application created in your portal. InviteDesk opens your browser to sign in; the tokens are kept in your system&apos;s keychain.</source>
        <translation>Use una aplicación local creada en su portal. InviteDesk abre el navegador para iniciar sesión; los tokens se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Dirección del portal</translation>
    </message>
    <message>
        <source>company.bitrix24.com</source>
        <translation>company.bitrix24.com</translation>
    </message>
    <message>
        <source>Application ID (client_id)</source>
        <translation>ID de la aplicación (client_id)</translation>
    </message>
    <message>
        <source>Application key (client_secret)</source>
        <translation>Clave de la aplicación (client_secret)</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Servidor de autorización</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>&amp;Portal:</translation>
    </message>
    <message>
        <source>Application &amp;ID:</source>
        <translation>&amp;ID de la aplicación:</translation>
    </message>
    <message>
        <source>Application &amp;key:</source>
        <translation>C&amp;lave de la aplicación:</translation>
    </message>
    <message>
        <source>Authorization &amp;server:</source>
        <translation>&amp;Servidor de autorización:</translation>
    </message>
    <message>
        <source>Enter the application ID and key shown in the application&apos;s card in your portal.</source>
        <translation>Introduzca el ID y la clave que aparecen en la ficha de la aplicación en su portal.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>The secret part is hidden while you are not editing it.</source>
        <translation>La parte secreta se oculta mientras no la edite.</translation>
    </message>
    <message>
        <source>S&amp;how the secret</source>
        <translation>&amp;Mostrar el secreto</translation>
    </message>
    <message>
        <source>Show the secret part of the webhook address</source>
        <translation>Mostrar la parte secreta de la dirección del webhook</translation>
    </message>
    <message>
        <source>Certificate issued to</source>
        <translation>Certificado emitido para</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella SHA-256</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella SHA-256:</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this portal</source>
        <translation>&amp;Confiar en este certificado para este portal</translation>
    </message>
    <message>
        <source>Trust this certificate for this portal</source>
        <translation>Confiar en este certificado para este portal</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate of %1: it is self-signed or issued by your company&apos;s own certificate authority, as is usual for Bitrix24 on your own server. Nothing was sent. Ask your administrator for the portal&apos;s SHA-256 fingerprint and trust the certificate only if it is the same as below.</source>
        <translation>Este equipo no confía en el certificado de %1: está autofirmado o lo emitió la autoridad de certificación propia de su empresa, como es habitual con Bitrix24 en un servidor propio. No se ha enviado nada. Pida a su administrador la huella SHA-256 del portal y confíe en el certificado solo si coincide con la de abajo.</translation>
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
        <translation>Cirílico (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Cirílico (KOI8-R)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Europeo occidental (Windows-1252)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>Europeo central (Windows-1250)</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read, %1 with a usable address.</source>
        <translation>
            <numerusform>%n fila leída, %1 con una dirección utilizable.</numerusform>
            <numerusform>%n filas leídas, %1 con una dirección utilizable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Filas del archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n recipient(s)</source>
        <translation>
            <numerusform>&amp;Agregar %n destinatario</numerusform>
            <numerusform>&amp;Agregar %n destinatarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Codificación del archivo</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>Columns hold:</source>
        <translation>Las columnas contienen:</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>No se pudo abrir el archivo: %1</translation>
    </message>
    <message>
        <source>What column %1 (%2) holds</source>
        <translation>Qué contiene la columna %1 (%2)</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Leído como %1.</translation>
    </message>
</context>
<context>
    <name>CsvRecipientReader</name>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>segundo nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre completo</translation>
    </message>
    <message>
        <source>position</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>department</source>
        <translation>departamento</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignorada</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>No se pudo abrir el archivo: %1</translation>
    </message>
    <message>
        <source>The file contains no rows.</source>
        <translation>El archivo no contiene filas.</translation>
    </message>
    <message>
        <source>No header row; columns read as: %1.</source>
        <translation>No hay fila de encabezado; las columnas se leyeron como: %1.</translation>
    </message>
    <message>
        <source>A quotation mark is not closed; the rest of the file was read as one field.</source>
        <translation>Hay unas comillas sin cerrar; el resto del archivo se leyó como un solo campo.</translation>
    </message>
    <message>
        <source>No e-mail address in this row.</source>
        <translation>No hay ninguna dirección de correo electrónico en esta fila.</translation>
    </message>
    <message>
        <source>This row has more fields than the header; the extra ones were ignored.</source>
        <translation>Esta fila tiene más campos que el encabezado; se ignoraron los sobrantes.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>The header row names no e-mail column; columns read as: %1. Choose what each column holds if this is wrong.</source>
        <translation>La fila de encabezado no nombra ninguna columna de correo electrónico; columnas leídas como: %1. Elija qué contiene cada columna si no es correcto.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text, so no row can be added. Choose the encoding it was saved in.</source>
        <translation>El archivo no es texto %1 válido, así que no se puede añadir ninguna fila. Elija la codificación con la que se guardó.</translation>
    </message>
    <message>
        <source>No row has a usable e-mail address, so there is nothing to add.</source>
        <translation>Ninguna fila tiene una dirección de correo electrónico utilizable, así que no hay nada que añadir.</translation>
    </message>
</context>
<context>
    <name>DepartmentCombo</name>
    <message>
        <source>Choose a department…</source>
        <translation>Elija un departamento…</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Departamento %1</translation>
    </message>
</context>
<context>
    <name>DepartmentMatcher</name>
    <message>
        <source>Several departments are called &quot;%1&quot;; enter the ID of the one you mean (%2).</source>
        <translation>Varios departamentos se llaman «%1»; introduzca el ID del que quiere decir (%2).</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; cannot be checked: the company structure has not been loaded yet.</source>
        <translation>No se puede comprobar el departamento «%1»: la estructura de la empresa aún no se ha cargado.</translation>
    </message>
    <message>
        <source>There is no department with the ID %1 in the company structure.</source>
        <translation>No hay ningún departamento con el ID %1 en la estructura de la empresa.</translation>
    </message>
    <message>
        <source>There is no department &quot;%1&quot; in the company structure.</source>
        <translation>No hay ningún departamento «%1» en la estructura de la empresa.</translation>
    </message>
</context>
<context>
    <name>DepartmentSelector</name>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Show only people of this department and its sub-departments. Type to find a department.</source>
        <translation>Mostrar solo las personas de este departamento y sus subdepartamentos. Escriba para buscar un departamento.</translation>
    </message>
    <message>
        <source>Matching departments</source>
        <translation>Departamentos coincidentes</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
</context>
<context>
    <name>DepartmentTreeModel</name>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>People in this department itself, without its sub-departments</source>
        <translation>Personas de este departamento, sin sus subdepartamentos</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Directos</translation>
    </message>
    <message>
        <source>People in this department and all its sub-departments; someone in several of them counts once</source>
        <translation>Personas de este departamento y de todos sus subdepartamentos; quien esté en varios cuenta una vez</translation>
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
        <translation>No se puede abrir la copia local del directorio: el disco está lleno o no se puede escribir en él. No se ha borrado nada; libere espacio y reinicie InviteDesk.</translation>
    </message>
    <message>
        <source>The local copy of the directory cannot be opened.</source>
        <translation>No se puede abrir la copia local del directorio.</translation>
    </message>
    <message>
        <source>The local copy of the directory could not be converted for this version of InviteDesk: the disk is full or cannot be written. Nothing was deleted; free some space and restart InviteDesk.</source>
        <translation>La copia local del directorio no se pudo convertir para esta versión de InviteDesk: el disco está lleno o no se puede escribir en él. No se ha borrado nada; libere espacio y reinicie InviteDesk.</translation>
    </message>
    <message>
        <source>The local copy of the directory could not be updated.</source>
        <translation>No se pudo actualizar la copia local del directorio.</translation>
    </message>
    <message>
        <source>Directory refresh cancelled; the previous copy is kept.</source>
        <translation>Se canceló la actualización del directorio; se conserva la copia anterior.</translation>
    </message>
</context>
<context>
    <name>DirectoryOpenReport</name>
    <message>
        <source>The local copy of the directory was damaged; it was set aside and will be rebuilt from the portal.</source>
        <translation>La copia local del directorio estaba dañada; se ha apartado y se reconstruirá a partir del portal.</translation>
    </message>
    <message>
        <source>The local copy of the directory was written by a newer InviteDesk; it was set aside and will be rebuilt from the portal.</source>
        <translation>La copia local del directorio la escribió una versión más reciente de InviteDesk; se ha apartado y se reconstruirá a partir del portal.</translation>
    </message>
</context>
<context>
    <name>DirectorySyncStatus</name>
    <message>
        <source>Offline, the directory was never synced</source>
        <translation>Sin conexión; el directorio nunca se ha sincronizado</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Sin conexión desde %1</translation>
    </message>
</context>
<context>
    <name>DirectorySyncSummary</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modificado</numerusform>
            <numerusform>%n modificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n eliminado</numerusform>
            <numerusform>%n eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Sin cambios</translation>
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
        <translation>Sincronizando el directorio: %1 de %2 personas</translation>
    </message>
    <message>
        <source>Syncing the directory: %1 people</source>
        <translation>Sincronizando el directorio: %1 personas</translation>
    </message>
    <message>
        <source>Directory synced: %1 people, %2 departments (%3).</source>
        <translation>Directorio sincronizado: %1 personas, %2 departamentos (%3).</translation>
    </message>
    <message>
        <source>The directory could not be synced: %1</source>
        <translation>No se pudo sincronizar el directorio: %1</translation>
    </message>
    <message>
        <source>The directory copy was never synced; syncing it first.</source>
        <translation>La copia del directorio nunca se sincronizó; se sincroniza primero.</translation>
    </message>
    <message>
        <source>The directory copy could not be opened.</source>
        <translation>No se pudo abrir la copia del directorio.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n people written to %1.</source>
        <translation>
            <numerusform>%n persona escrita en %1.</numerusform>
            <numerusform>%n personas escritas en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftTargetChoice</name>
    <message>
        <source>Start &amp;fresh</source>
        <translation>Empe&amp;zar de nuevo</translation>
    </message>
    <message>
        <source>Start fresh: discard the draft</source>
        <translation>Empezar de nuevo: descartar el borrador</translation>
    </message>
    <message>
        <source>Keep the draft&apos;s target</source>
        <translation>Mantener el destino del borrador</translation>
    </message>
    <message>
        <source>Use the new target</source>
        <translation>Usar el nuevo destino</translation>
    </message>
    <message>
        <source>The restored draft was composed for %1, and the dialog was opened for %2. Which should it be? Nothing is sent until you choose.</source>
        <translation>El borrador restaurado se redactó para %1 y el diálogo se abrió para %2. ¿Cuál debe ser? No se envía nada hasta que elija.</translation>
    </message>
    <message>
        <source>&amp;Keep %1</source>
        <translation>&amp;Mantener %1</translation>
    </message>
    <message>
        <source>Keep the draft&apos;s target, %1</source>
        <translation>Mantener el destino del borrador: %1</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Usar %1</translation>
    </message>
    <message>
        <source>Use %1 for the draft</source>
        <translation>Usar %1 para el borrador</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>The address is empty.</source>
        <translation>La dirección está vacía.</translation>
    </message>
    <message>
        <source>The address is longer than 254 characters.</source>
        <translation>La dirección tiene más de 254 caracteres.</translation>
    </message>
    <message>
        <source>The address contains spaces.</source>
        <translation>La dirección contiene espacios.</translation>
    </message>
    <message>
        <source>The address has no @.</source>
        <translation>La dirección no tiene @.</translation>
    </message>
    <message>
        <source>The address has more than one @.</source>
        <translation>La dirección tiene más de una @.</translation>
    </message>
    <message>
        <source>Nothing comes before the @.</source>
        <translation>No hay nada antes de la @.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>La parte anterior a la @ tiene más de 64 caracteres.</translation>
    </message>
    <message>
        <source>A quotation mark is not closed.</source>
        <translation>Hay unas comillas sin cerrar.</translation>
    </message>
    <message>
        <source>The quoted part before the @ is not valid.</source>
        <translation>La parte entre comillas anterior a la @ no es válida.</translation>
    </message>
    <message>
        <source>The part before the @ starts or ends with a dot.</source>
        <translation>La parte anterior a la @ empieza o termina con un punto.</translation>
    </message>
    <message>
        <source>The address has two dots in a row.</source>
        <translation>La dirección tiene dos puntos seguidos.</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that is not allowed.</source>
        <translation>La parte anterior a la @ contiene un carácter no permitido.</translation>
    </message>
    <message>
        <source>The domain after the @ is missing.</source>
        <translation>Falta el dominio después de la @.</translation>
    </message>
    <message>
        <source>The domain starts with a dot.</source>
        <translation>El dominio empieza con un punto.</translation>
    </message>
    <message>
        <source>IP addresses cannot be used as a domain.</source>
        <translation>No se pueden usar direcciones IP como dominio.</translation>
    </message>
    <message>
        <source>The domain is incomplete (for example, &quot;example.com&quot;).</source>
        <translation>El dominio está incompleto (por ejemplo, «example.com»).</translation>
    </message>
    <message>
        <source>The domain contains a character that is not allowed.</source>
        <translation>El dominio contiene un carácter no permitido.</translation>
    </message>
    <message>
        <source>A part of the domain starts or ends with a hyphen.</source>
        <translation>Una parte del dominio empieza o termina con un guion.</translation>
    </message>
    <message>
        <source>A part of the domain is longer than 63 characters.</source>
        <translation>Una parte del dominio tiene más de 63 caracteres.</translation>
    </message>
    <message>
        <source>The domain is longer than 253 characters.</source>
        <translation>El dominio tiene más de 253 caracteres.</translation>
    </message>
    <message>
        <source>The domain ends in a number, not a name.</source>
        <translation>El dominio termina en un número, no en un nombre.</translation>
    </message>
    <message>
        <source>The address contains an invisible control character (such as a line break).</source>
        <translation>La dirección contiene un carácter de control invisible (como un salto de línea).</translation>
    </message>
    <message>
        <source>Addresses with quotation marks before the @ cannot be invited: Bitrix24 accepts only ordinary addresses.</source>
        <translation>No se puede invitar a direcciones con comillas antes de la @: Bitrix24 solo acepta direcciones normales.</translation>
    </message>
    <message>
        <source>A part of the domain starting with &quot;xn--&quot; is not a valid international name.</source>
        <translation>Una parte del dominio que empieza por «xn--» no es un nombre internacional válido.</translation>
    </message>
</context>
<context>
    <name>EmployeeDetailsPane</name>
    <message>
        <source>Invited, not yet joined</source>
        <translation>Invitado, aún no se ha unido</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Despedido</translation>
    </message>
    <message>
        <source>Extranet user</source>
        <translation>Usuario de extranet</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Selected person</source>
        <translation>Persona seleccionada</translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation>Seleccione una persona para ver sus datos.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>Departamentos:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Teléfonos:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Registrado:</translation>
    </message>
    <message>
        <source>Last login:</source>
        <translation>Último acceso:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>&amp;Copy e-mail</source>
        <translation>&amp;Copiar correo</translation>
    </message>
    <message>
        <source>Open &amp;profile in the portal</source>
        <translation>Abrir el &amp;perfil en el portal</translation>
    </message>
    <message>
        <source>&amp;Invite again in the portal…</source>
        <translation>&amp;Invitar de nuevo en el portal…</translation>
    </message>
    <message>
        <source>The sandbox portal has no profile pages.</source>
        <translation>El portal de pruebas no tiene páginas de perfil.</translation>
    </message>
    <message>
        <source>&amp;Reinstate in the portal…</source>
        <translation>&amp;Readmitir en el portal…</translation>
    </message>
    <message>
        <source>Opens the profile, where the portal offers this</source>
        <translation>Abre el perfil, donde el portal ofrece esta acción</translation>
    </message>
    <message>
        <source>Copy e-mail</source>
        <translation>Copiar correo</translation>
    </message>
    <message>
        <source>In the por&amp;tal</source>
        <translation>En el por&amp;tal</translation>
    </message>
    <message>
        <source>In the portal</source>
        <translation>En el portal</translation>
    </message>
</context>
<context>
    <name>EmployeeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>EmployeesPage</name>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>Filters the list as you type: name, e-mail, position or phone</source>
        <translation>Filtra la lista mientras escribe: nombre, correo electrónico, cargo o teléfono</translation>
    </message>
    <message>
        <source>Name, e-mail, position or phone</source>
        <translation>Nombre, correo electrónico, cargo o teléfono</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Which people to list: everyone, employees, pending invitations, dismissed or extranet users</source>
        <translation>Qué personas mostrar: todas, empleados, invitaciones pendientes, despedidos o usuarios de extranet</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Invited, not yet joined</source>
        <translation>Invitados, aún sin unirse</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Despedidos</translation>
    </message>
    <message>
        <source>Extranet</source>
        <translation>Extranet</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Departamento:</translation>
    </message>
    <message>
        <source>I&amp;nvite users…</source>
        <translation>&amp;Invitar usuarios…</translation>
    </message>
    <message>
        <source>Invite users…</source>
        <translation>Invitar usuarios…</translation>
    </message>
    <message>
        <source>Opens the invite dialog</source>
        <translation>Abre el diálogo de invitación</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>The directory is not available yet. It appears here once it has been downloaded from the portal.</source>
        <translation>El directorio aún no está disponible. Aparecerá aquí cuando se haya descargado del portal.</translation>
    </message>
    <message>
        <source>No one matches “%1”.
Check the spelling, or try fewer letters or another filter.</source>
        <translation>Nadie coincide con «%1».
Revise la ortografía o pruebe con menos letras u otro filtro.</translation>
    </message>
    <message>
        <source>No people match these filters.</source>
        <translation>Ninguna persona coincide con estos filtros.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting people…</source>
        <translation>Contando personas…</translation>
    </message>
    <message>
        <source>Names are found in other spellings too: &quot;mueller&quot; finds Müller, &quot;dmitriy&quot; finds Дмитрий, &quot;юлия&quot; finds Julia.</source>
        <translation>Los nombres se encuentran también con otras grafías: «mueller» encuentra a Müller, «dmitriy» a Дмитрий, «юлия» a Julia.</translation>
    </message>
</context>
<context>
    <name>HeadlessInviter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the report %1: name a .csv or .json file in a writable folder.</source>
        <translation>No se puede escribir el informe %1: indique un archivo .csv o .json en una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <source>Employees need a department: pass --department &lt;name or ID&gt; or add a department column to the file.</source>
        <translation>Los empleados necesitan un departamento: indique --department &lt;nombre o ID&gt; o añada una columna de departamento al archivo.</translation>
    </message>
    <message>
        <source>The portal has no department &quot;%1&quot;; --list-departments shows them all.</source>
        <translation>El portal no tiene ningún departamento «%1»; --list-departments los muestra todos.</translation>
    </message>
    <message>
        <source>Several departments are called &quot;%1&quot;; pass its ID (see --list-departments).</source>
        <translation>Varios departamentos se llaman «%1»; indique su ID (vea --list-departments).</translation>
    </message>
    <message>
        <source>Checking addresses with the portal: %1 of %2</source>
        <translation>Comprobando direcciones con el portal: %1 de %2</translation>
    </message>
    <message>
        <source>The outbox did not queue every planned invitation; nothing is sent.</source>
        <translation>La bandeja de salida no puso en cola todas las invitaciones previstas; no se envía nada.</translation>
    </message>
    <message>
        <source>Sending invitations: %1 of %2 answered</source>
        <translation>Enviando invitaciones: %1 de %2 respondidas</translation>
    </message>
    <message>
        <source>Nothing was sent; invitations already queued stay queued for invitedesk --send-pending.</source>
        <translation>No se envió nada; las invitaciones ya en cola siguen en cola para invitedesk --send-pending.</translation>
    </message>
    <message>
        <source>Invited: user %1.</source>
        <translation>Invitado: usuario %1.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer does not say whether the user was created (%1); review it in the app&apos;s outbox.</source>
        <translation>La respuesta del portal no indica si se creó el usuario (%1); revíselo en la bandeja de salida de la aplicación.</translation>
    </message>
    <message>
        <source>Not sent yet; invitedesk --send-pending sends it.</source>
        <translation>Aún no enviada; invitedesk --send-pending la envía.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) not sent stay queued; invitedesk --send-pending sends them later.</source>
        <translation>
            <numerusform>%n invitación no enviada sigue en cola; invitedesk --send-pending la envía más tarde.</numerusform>
            <numerusform>%n invitaciones no enviadas siguen en cola; invitedesk --send-pending las envía más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>No se puede escribir el informe %1: %2</translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation>No se puso nada en la bandeja de salida.</translation>
    </message>
</context>
<context>
    <name>InvitationAuditLog</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Invitado por</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Pestaña</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Portal answer</source>
        <translation>Respuesta del portal</translation>
    </message>
</context>
<context>
    <name>InvitationFailure</name>
    <message>
        <source>Duplicate: a user with this e-mail already exists on the portal.</source>
        <translation>Duplicado: ya existe en el portal un usuario con este correo electrónico.</translation>
    </message>
    <message>
        <source>Invalid: the portal did not accept the address or the details.</source>
        <translation>No válido: el portal no aceptó la dirección o los datos.</translation>
    </message>
    <message>
        <source>Limit: the plan&apos;s user limit is reached. Free seats or upgrade the plan, then retry.</source>
        <translation>Límite: se alcanzó el límite de usuarios del plan. Libere plazas o mejore el plan y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Rights: only administrators can invite unless the portal lets everyone invite.</source>
        <translation>Permisos: solo los administradores pueden invitar, salvo que el portal permita invitar a todos.</translation>
    </message>
    <message>
        <source>Network: will be sent when the portal is reachable.</source>
        <translation>Red: se enviará cuando se pueda conectar con el portal.</translation>
    </message>
    <message>
        <source>The portal asked to slow down; will be sent shortly.</source>
        <translation>El portal pidió ir más despacio; se enviará en breve.</translation>
    </message>
    <message>
        <source>The portal answered with an unexpected error: %1</source>
        <translation>El portal respondió con un error inesperado: %1</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>límite</translation>
    </message>
    <message>
        <source>rights</source>
        <translation>permisos</translation>
    </message>
    <message>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Sign in again: the portal no longer accepts InviteDesk&apos;s sign-in (it expired or was revoked). The invitation is kept and sent once you have signed in.</source>
        <translation>Vuelva a iniciar sesión: el portal ya no acepta el inicio de sesión de InviteDesk (caducó o fue revocado). La invitación se conserva y se enviará cuando haya iniciado sesión.</translation>
    </message>
    <message>
        <source>sign in again</source>
        <translation>volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Invalid address: the portal does not accept this e-mail address. Check it for typing errors; before the @ the portal accepts only Latin letters, digits and common symbols, no accented letters such as é.</source>
        <translation>Dirección no válida: el portal no acepta esta dirección de correo. Revise si tiene errores; antes de la @ el portal solo acepta letras latinas, dígitos y símbolos comunes, sin letras acentuadas como é.</translation>
    </message>
    <message>
        <source>No department: the portal needs a department for an employee. Choose one and invite again.</source>
        <translation>Sin departamento: el portal necesita un departamento para un empleado. Elija uno e invite de nuevo.</translation>
    </message>
    <message>
        <source>No workgroup: the portal needs a workgroup for an extranet user. Choose one and invite again.</source>
        <translation>Sin grupo de trabajo: el portal necesita un grupo para un usuario de extranet. Elija uno e invite de nuevo.</translation>
    </message>
    <message>
        <source>Unknown workgroup: the chosen workgroup does not exist on the portal (any more). Refresh the directory and choose another.</source>
        <translation>Grupo de trabajo desconocido: el grupo elegido no existe (ya) en el portal. Actualice el directorio y elija otro.</translation>
    </message>
</context>
<context>
    <name>InvitationOutbox</name>
    <message>
        <source>An extranet user must be invited into at least one workgroup.</source>
        <translation>Un usuario de extranet debe invitarse al menos a un grupo de trabajo.</translation>
    </message>
    <message>
        <source>An employee must be invited into a department.</source>
        <translation>Un empleado debe invitarse a un departamento.</translation>
    </message>
    <message>
        <source>Checking the portal before sending again.</source>
        <translation>Comprobando el portal antes de volver a enviar.</translation>
    </message>
</context>
<context>
    <name>InvitationPlan</name>
    <message>
        <source>No e-mail address.</source>
        <translation>Sin dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The same address as line %1 of this file.</source>
        <translation>La misma dirección que la línea %1 de este archivo.</translation>
    </message>
    <message>
        <source>Invited earlier by InviteDesk (%1, user %2).</source>
        <translation>Invitado antes por InviteDesk (%1, usuario %2).</translation>
    </message>
    <message>
        <source>An earlier invitation to this address has an unknown outcome; review it in the app&apos;s outbox.</source>
        <translation>Una invitación anterior a esta dirección tiene un resultado desconocido; revísela en la bandeja de salida de la aplicación.</translation>
    </message>
    <message>
        <source>Queued by an earlier run.</source>
        <translation>Puesta en cola por una ejecución anterior.</translation>
    </message>
    <message>
        <source>Already a user of the portal (user %1).</source>
        <translation>Ya es usuario del portal (usuario %1).</translation>
    </message>
    <message>
        <source>Already invited, has not joined yet (user %1).</source>
        <translation>Ya invitado, aún no se ha unido (usuario %1).</translation>
    </message>
    <message>
        <source>A dismissed user has this address (user %1); the portal does not reuse it.</source>
        <translation>Un usuario dado de baja tiene esta dirección (usuario %1); el portal no la reutiliza.</translation>
    </message>
    <message>
        <source>No department: fill the row&apos;s department column or pass --department.</source>
        <translation>Sin departamento: rellene la columna de departamento de la fila o indique --department.</translation>
    </message>
    <message>
        <source>The portal has no department &quot;%1&quot; (see --list-departments).</source>
        <translation>El portal no tiene ningún departamento «%1» (vea --list-departments).</translation>
    </message>
    <message>
        <source>Several departments are called &quot;%1&quot;; use its ID (see --list-departments).</source>
        <translation>Varios departamentos se llaman «%1»; use su ID (vea --list-departments).</translation>
    </message>
</context>
<context>
    <name>InvitationPreview</name>
    <message>
        <source>Invitation to %1</source>
        <translation>Invitación al portal «%1»</translation>
    </message>
    <message>
        <source>%1 invites you to %2</source>
        <translation>%1 le invita al portal «%2»</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>You received this e-mail because %1 invited you to %2.</source>
        <translation>Ha recibido este correo electrónico porque %1 le invitó al portal «%2».</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Accept invitation</source>
        <translation>Aceptar invitación</translation>
    </message>
    <message>
        <source>Bitrix24 adds this button with the person&apos;s own link to join.</source>
        <translation>Bitrix24 añade este botón con el enlace propio de la persona para unirse.</translation>
    </message>
</context>
<context>
    <name>InvitationSendProgress</name>
    <message>
        <source>Sent %1 · skipped %2 · failed %3 · waiting %4</source>
        <translation>Enviadas %1 · omitidas %2 · fallidas %3 · en espera %4</translation>
    </message>
    <message>
        <source> · cancelled %1</source>
        <translation> · canceladas %1</translation>
    </message>
</context>
<context>
    <name>InvitationSender</name>
    <message>
        <source>Will be sent when the portal is reachable.</source>
        <translation>Se enviará cuando se pueda conectar con el portal.</translation>
    </message>
    <message>
        <source>found on the portal after an interruption: user %1</source>
        <translation>encontrado en el portal tras una interrupción: usuario %1</translation>
    </message>
    <message>
        <source>not found on the portal after an interruption; queued again</source>
        <translation>no encontrado en el portal tras una interrupción; se volvió a poner en cola</translation>
    </message>
    <message>
        <source>no answer for this call</source>
        <translation>sin respuesta para esta llamada</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n time(s) without an answer, and the portal does not list the address. Check in Bitrix24 whether the person was invited, then retry or discard.</source>
        <translation>
            <numerusform>Enviada %n vez sin respuesta, y el portal no tiene la dirección. Compruebe en Bitrix24 si se invitó a la persona y luego reintente o descarte.</numerusform>
            <numerusform>Enviada %n veces sin respuesta, y el portal no tiene la dirección. Compruebe en Bitrix24 si se invitó a la persona y luego reintente o descarte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>held for review after %n attempt(s) without an answer (%1); not found on the portal</source>
        <translation>
            <numerusform>retenida para revisión tras %n intento sin respuesta (%1); no encontrada en el portal</numerusform>
            <numerusform>retenida para revisión tras %n intentos sin respuesta (%1); no encontrada en el portal</numerusform>
        </translation>
    </message>
    <message>
        <source>earlier run</source>
        <translation>ejecución anterior</translation>
    </message>
</context>
<context>
    <name>InvitationState</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Requiere revisión</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Descartada</translation>
    </message>
</context>
<context>
    <name>InviteByEmailTab</name>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>Importar CS&amp;V…</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Descartar borrador</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>Dest&amp;inatarios:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>E-mail addresses separated by commas, semicolons, spaces or new lines; Name &lt;address&gt; works too.</source>
        <translation>Direcciones de correo electrónico separadas por comas, punto y coma, espacios o saltos de línea; también sirve Nombre &lt;dirección&gt;.</translation>
    </message>
    <message>
        <source>anna@example.com, Boris Petrov &lt;boris@example.com&gt;; …</source>
        <translation>anna@example.com, Boris Petrov &lt;boris@example.com&gt;; …</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Type, paste or import the addresses of the people to invite.</source>
        <translation>Escriba, pegue o importe las direcciones de las personas que quiere invitar.</translation>
    </message>
    <message>
        <source>Nothing can be sent: the outbox is not available.</source>
        <translation>No se puede enviar nada: la bandeja de salida no está disponible.</translation>
    </message>
    <message>
        <source>Nobody in the list is ready to be invited.</source>
        <translation>Nadie de la lista está listo para ser invitado.</translation>
    </message>
    <message>
        <source>The invitations could not be written to the outbox, so nothing was sent: %1</source>
        <translation>No se pudieron escribir las invitaciones en la bandeja de salida, así que no se envió nada: %1</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>Importar destinatarios</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>No se pudo guardar el borrador: %1</translation>
    </message>
    <message>
        <source>Restored the draft saved %1.</source>
        <translation>Se restauró el borrador guardado el %1.</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>Se descartó el borrador.</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>Guardar una &amp;plantilla…</translation>
    </message>
    <message>
        <source>Save a template CSV file</source>
        <translation>Guardar un archivo CSV de plantilla</translation>
    </message>
    <message>
        <source>A CSV file with the columns the import recognises, to fill in</source>
        <translation>Un archivo CSV con las columnas que reconoce la importación, para rellenar</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Guardar una plantilla</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>No se pudo guardar la plantilla: %1</translation>
    </message>
    <message>
        <source>Saved a template to %1. Fill it in and import it.</source>
        <translation>Plantilla guardada en %1. Rellénela e impórtela.</translation>
    </message>
    <message>
        <source>Waiting for you to confirm the send.</source>
        <translation>Esperando a que confirme el envío.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Writing the invitations to the outbox: %1 of %2. %3</source>
        <translation>Escribiendo las invitaciones en la bandeja de salida: %1 de %2. %3</translation>
    </message>
    <message>
        <source>Stopping: the invitations not sent yet are being cancelled…</source>
        <translation>Deteniendo: se están cancelando las invitaciones aún no enviadas…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n invitation(s) not sent yet were cancelled.</source>
        <translation>
            <numerusform>Detenido: se canceló %n invitación aún no enviada.</numerusform>
            <numerusform>Detenido: se cancelaron %n invitaciones aún no enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The invitations not sent yet could not be cancelled: %1</source>
        <translation>No se pudieron cancelar las invitaciones aún no enviadas: %1</translation>
    </message>
    <message>
        <source>The rest could not be written to the outbox, so it was not sent: %1</source>
        <translation>El resto no se pudo escribir en la bandeja de salida, así que no se envió: %1</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>&amp;Detener el envío</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Detener el envío</translation>
    </message>
    <message>
        <source>Queue no more and cancel the invitations not sent yet</source>
        <translation>No poner más en cola y cancelar las invitaciones aún no enviadas</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite users</source>
        <translation>Invitar usuarios</translation>
    </message>
    <message>
        <source>Invite users to %1</source>
        <translation>Invitar usuarios a %1</translation>
    </message>
    <message>
        <source>Ways to invite</source>
        <translation>Formas de invitar</translation>
    </message>
    <message>
        <source>&amp;Quick Registration</source>
        <translation>&amp;Registro rápido</translation>
    </message>
    <message>
        <source>Invite by &amp;Email</source>
        <translation>Invitar por correo &amp;electrónico</translation>
    </message>
    <message>
        <source>Regis&amp;ter</source>
        <translation>Regis&amp;trar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>Ban&amp;deja de salida…</translation>
    </message>
    <message>
        <source>Show the outbox</source>
        <translation>Mostrar la bandeja de salida</translation>
    </message>
</context>
<context>
    <name>InviteError</name>
    <message>
        <source>The outbox cannot be written: the disk is full or refuses writes. Invitations already in the outbox are kept; free some space, then try again.</source>
        <translation>No se puede escribir en la bandeja de salida: el disco está lleno o rechaza la escritura. Las invitaciones que ya están en la bandeja de salida se conservan; libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The outbox file cannot be opened.</source>
        <translation>No se puede abrir el archivo de la bandeja de salida.</translation>
    </message>
    <message>
        <source>The outbox file is damaged. It is left as it is; nothing is sent from it.</source>
        <translation>El archivo de la bandeja de salida está dañado. Se deja tal como está; no se envía nada desde él.</translation>
    </message>
    <message>
        <source>The outbox file was written by a newer version of InviteDesk. It is left as it is; update InviteDesk to use it.</source>
        <translation>El archivo de la bandeja de salida lo escribió una versión más reciente de InviteDesk. Se deja tal como está; actualice InviteDesk para usarlo.</translation>
    </message>
    <message>
        <source>The outbox could not be read or changed.</source>
        <translation>No se pudo leer ni modificar la bandeja de salida.</translation>
    </message>
    <message>
        <source>The invitation cannot be changed now: it was sent, is on its way, or the address is waiting in another invitation.</source>
        <translation>La invitación no se puede cambiar ahora: ya se envió, está en camino o la dirección espera en otra invitación.</translation>
    </message>
    <message>
        <source>The portal refuses the invitations.</source>
        <translation>El portal rechaza las invitaciones.</translation>
    </message>
    <message>
        <source>The portal cannot be reached; the invitations are sent later.</source>
        <translation>No se puede contactar con el portal; las invitaciones se enviarán más tarde.</translation>
    </message>
    <message>
        <source>The file cannot be written there; choose another folder or name.</source>
        <translation>No se puede escribir el archivo ahí; elija otra carpeta u otro nombre.</translation>
    </message>
    <message>
        <source>Stopped; nothing more was written to the outbox.</source>
        <translation>Detenido; no se escribió nada más en la bandeja de salida.</translation>
    </message>
</context>
<context>
    <name>InviteTargetPicker</name>
    <message>
        <source>E&amp;mployee in department:</source>
        <translation>Em&amp;pleado en el departamento:</translation>
    </message>
    <message>
        <source>E&amp;xtranet user in workgroups:</source>
        <translation>Usuario de e&amp;xtranet en grupos de trabajo:</translation>
    </message>
    <message>
        <source>Employee in department</source>
        <translation>Empleado en el departamento</translation>
    </message>
    <message>
        <source>Extranet user in workgroups</source>
        <translation>Usuario de extranet en grupos de trabajo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Type to find a department.</source>
        <translation>Escriba para buscar un departamento.</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>Workgroups</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <source>Check the workgroups the extranet user joins.</source>
        <translation>Marque los grupos de trabajo a los que se une el usuario de extranet.</translation>
    </message>
    <message>
        <source>No workgroups are known for this portal.</source>
        <translation>No se conoce ningún grupo de trabajo de este portal.</translation>
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
        <translation>Enviada: se creó el usuario %1; el portal envía la invitación por correo electrónico.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Only administrators can invite unless an administrator turns on &quot;Allow everyone to invite&quot; in the portal&apos;s invitation settings. You can still try; the portal will refuse if you lack the right.</source>
        <translation>Solo los administradores pueden invitar, salvo que un administrador active «Permitir que todos inviten» en la configuración de invitaciones del portal. Puede intentarlo igualmente; el portal lo rechazará si no tiene el permiso.</translation>
    </message>
    <message>
        <source>Waiting for the portal</source>
        <translation>Esperando al portal</translation>
    </message>
    <message>
        <source>The portal does not let you invite: &quot;Allow everyone to invite&quot; is off in its invitation settings (Settings → Employees → Invitations), so only administrators can invite. Ask an administrator to turn it on; InviteDesk checks again every few minutes and when you refresh.</source>
        <translation>El portal no le permite invitar: «Permitir que todos inviten» está desactivado en su configuración de invitaciones (Configuración → Empleados → Invitaciones), así que solo los administradores pueden invitar. Pida a un administrador que lo active; InviteDesk vuelve a comprobarlo cada pocos minutos y al actualizar.</translation>
    </message>
    <message>
        <source>You cannot invite: &quot;Allow everyone to invite&quot; is off in the portal&apos;s invitation settings.</source>
        <translation>No puede invitar: «Permitir que todos inviten» está desactivado en la configuración de invitaciones del portal.</translation>
    </message>
    <message>
        <source>Only administrators can invite unless &quot;Allow everyone to invite&quot; is on in the portal.</source>
        <translation>Solo los administradores pueden invitar, salvo que «Permitir que todos inviten» esté activado en el portal.</translation>
    </message>
</context>
<context>
    <name>LargeSendConfirmation</name>
    <message numerus="yes">
        <source>Invite %n people to %1?</source>
        <translation>
            <numerusform>¿Invitar a %n persona a %1?</numerusform>
            <numerusform>¿Invitar a %n personas a %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats: %1 of the plan&apos;s %2 are in use as far as the directory knows, %3 free.</source>
        <translation>Plazas: %1 de las %2 del plan están en uso según el directorio, %3 libres.</translation>
    </message>
    <message numerus="yes">
        <source>This send needs %n more seat(s) than are free: the portal will refuse the invitations beyond the limit.</source>
        <translation>
            <numerusform>Este envío necesita %n plaza más de las libres: el portal rechazará las invitaciones que superen el límite.</numerusform>
            <numerusform>Este envío necesita %n plazas más de las libres: el portal rechazará las invitaciones que superen el límite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After this send %n seat(s) will be free.</source>
        <translation>
            <numerusform>Tras este envío quedará %n plaza libre.</numerusform>
            <numerusform>Tras este envío quedarán %n plazas libres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats: %1 in use as far as the directory knows; this send adds %2. Enter the plan&apos;s user limit in Preferences to see how many are free.</source>
        <translation>Plazas: %1 en uso según el directorio; este envío añade %2. Indique el límite de usuarios del plan en Preferencias para ver cuántas quedan libres.</translation>
    </message>
    <message>
        <source>The directory copy does not tell how many seats are in use.</source>
        <translation>La copia del directorio no indica cuántas plazas están en uso.</translation>
    </message>
    <message>
        <source>Confirm a large send</source>
        <translation>Confirmar un envío grande</translation>
    </message>
    <message numerus="yes">
        <source>Invite %n</source>
        <translation>
            <numerusform>Invitar a %n</numerusform>
            <numerusform>Invitar a %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>InviteDesk invites people to a Bitrix24 portal. With no portal configured it opens on the built-in sandbox portal.</source>
        <translation>InviteDesk invita a personas a un portal de Bitrix24. Si no hay ningún portal configurado, se abre en el portal de pruebas integrado.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Open on the built-in sandbox portal (training mode).</source>
        <translation>Abrir en el portal de pruebas integrado (modo de práctica).</translation>
    </message>
    <message>
        <source>webhook-url</source>
        <translation>url-del-webhook</translation>
    </message>
    <message>
        <source>Use this interface language (e.g. en, ru, de).</source>
        <translation>Usar este idioma de la interfaz (p. ej., en, ru, de).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Number of employees in the sandbox&apos;s demo company.</source>
        <translation>Número de empleados de la empresa de demostración del portal de pruebas.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>número</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Send the invitations earlier runs left in the outbox, then exit.</source>
        <translation>Enviar las invitaciones que ejecuciones anteriores dejaron en la bandeja de salida y salir.</translation>
    </message>
    <message>
        <source>Exit as soon as the window shows a connected portal (for smoke tests).</source>
        <translation>Salir en cuanto la ventana muestre un portal conectado (para pruebas de humo).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--sandbox and --portal cannot be used together.</source>
        <translation>--sandbox y --portal no se pueden usar juntos.</translation>
    </message>
    <message>
        <source>--portal needs a webhook URL such as https://example.bitrix24.com/rest/1/secret/</source>
        <translation>--portal requiere una URL de webhook como https://example.bitrix24.com/rest/1/secret/</translation>
    </message>
    <message>
        <source>--lang needs a language code such as en, ru or pt_BR.</source>
        <translation>--lang requiere un código de idioma como en, ru o pt_BR.</translation>
    </message>
    <message>
        <source>--sandbox-users needs a number from 1 to 500000.</source>
        <translation>--sandbox-users requiere un número de 1 a 500000.</translation>
    </message>
    <message>
        <source>Connect to the portal of this inbound webhook URL; &quot;-&quot; reads it from standard input. Scheduled jobs: use --account or the INVITEDESK_WEBHOOK environment variable instead, so the secret is not in the process list.</source>
        <translation>Conectarse al portal de esta URL de webhook entrante; «-» la lee de la entrada estándar. Tareas programadas: use en su lugar --account o la variable de entorno INVITEDESK_WEBHOOK, para que el secreto no aparezca en la lista de procesos.</translation>
    </message>
    <message>
        <source>Invite everyone in this CSV file without opening a window, then exit (0: all sent or nothing to do, 2: bad input, 3: portal unreachable, 4: some rows failed or were invalid).</source>
        <translation>Invitar a todos los de este archivo CSV sin abrir ninguna ventana y salir (0: todo enviado o nada que hacer, 2: entrada incorrecta, 3: portal inaccesible, 4: algunas filas fallaron o no eran válidas).</translation>
    </message>
    <message>
        <source>Department (name or ID) for the rows of --invite-csv that name none.</source>
        <translation>Departamento (nombre o ID) para las filas de --invite-csv que no indican ninguno.</translation>
    </message>
    <message>
        <source>department</source>
        <translation>departamento</translation>
    </message>
    <message>
        <source>Print the portal&apos;s departments with their IDs, then exit.</source>
        <translation>Mostrar los departamentos del portal con sus ID y salir.</translation>
    </message>
    <message>
        <source>Refresh the local copy of the directory, then exit.</source>
        <translation>Actualizar la copia local del directorio y salir.</translation>
    </message>
    <message>
        <source>Write the cached people (name, e-mail, position, departments, state) to this CSV file.</source>
        <translation>Escribir las personas en caché (nombre, correo, cargo, departamentos, estado) en este archivo CSV.</translation>
    </message>
    <message>
        <source>Write the outcome of every row to this file (.csv or .json).</source>
        <translation>Escribir el resultado de cada fila en este archivo (.csv o .json).</translation>
    </message>
    <message>
        <source>Use the portal account the app stored (its portal address); the secret comes from the system keychain.</source>
        <translation>Usar la cuenta de portal que guardó la aplicación (su dirección de portal); el secreto viene del llavero del sistema.</translation>
    </message>
    <message>
        <source>portal</source>
        <translation>portal</translation>
    </message>
    <message>
        <source>Give up with exit code 3 when the portal gives no usable answer for this many seconds (default 120).</source>
        <translation>Abandonar con código de salida 3 si el portal no da una respuesta útil durante estos segundos (120 por defecto).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>End a run without a window after this many seconds at most (exit code 3).</source>
        <translation>Terminar una ejecución sin ventana tras estos segundos como máximo (código de salida 3).</translation>
    </message>
    <message>
        <source>--department needs a department name or ID.</source>
        <translation>--department necesita un nombre o ID de departamento.</translation>
    </message>
    <message>
        <source>--retry-for needs a number of seconds from 1 to 86400.</source>
        <translation>--retry-for necesita un número de segundos de 1 a 86400.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 86400.</source>
        <translation>--timeout necesita un número de segundos de 1 a 86400.</translation>
    </message>
    <message>
        <source>Choose one of --invite-csv, --send-pending, --list-departments and --sync/--export-directory.</source>
        <translation>Elija uno de --invite-csv, --send-pending, --list-departments y --sync/--export-directory.</translation>
    </message>
    <message>
        <source>--report needs a .csv or .json file and --invite-csv or --send-pending.</source>
        <translation>--report necesita un archivo .csv o .json y --invite-csv o --send-pending.</translation>
    </message>
    <message>
        <source>--portal - (read from standard input) is for runs without a window.</source>
        <translation>--portal - (leer de la entrada estándar) es para ejecuciones sin ventana.</translation>
    </message>
    <message>
        <source>Keep settings and data files in this folder (a second profile, or a portable copy); the INVITEDESK_PROFILE variable does the same.</source>
        <translation>Guardar la configuración y los archivos de datos en esta carpeta (un segundo perfil o una copia portátil); la variable INVITEDESK_PROFILE hace lo mismo.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation>--profile necesita una carpeta.</translation>
    </message>
</context>
<context>
    <name>ListEnumeration</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Usuario conectado</translation>
    </message>
    <message>
        <source>Last directory sync</source>
        <translation>Última sincronización del directorio</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Directory sync progress</source>
        <translation>Progreso de la sincronización del directorio</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>&amp;Invite users…</source>
        <translation>&amp;Invitar usuarios…</translation>
    </message>
    <message>
        <source>Invite people to the portal (Ctrl+I)</source>
        <translation>Invitar personas al portal (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Refresh directory</source>
        <translation>&amp;Actualizar directorio</translation>
    </message>
    <message>
        <source>&amp;Connect a portal…</source>
        <translation>&amp;Conectar un portal…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Forget this portal and remove its secrets from the keychain</source>
        <translation>Olvidar este portal y eliminar sus secretos del llavero</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Bandeja de salida…</translation>
    </message>
    <message>
        <source>Invitations and their results (Ctrl+O)</source>
        <translation>Invitaciones y sus resultados (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Portal</source>
        <translation>&amp;Portal</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Training mode notice</source>
        <translation>Aviso del modo de práctica</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox portal&lt;/b&gt; — training mode. Everything here happens on a simulated portal on this computer; nobody receives a real invitation.</source>
        <translation>&lt;b&gt;Portal de pruebas&lt;/b&gt; — modo de práctica. Todo lo que ocurre aquí sucede en un portal simulado en este equipo; nadie recibe una invitación real.</translation>
    </message>
    <message>
        <source>InviteDesk — Sandbox portal</source>
        <translation>InviteDesk — Portal de pruebas</translation>
    </message>
    <message>
        <source>InviteDesk — %1</source>
        <translation>InviteDesk — %1</translation>
    </message>
    <message>
        <source>Sandbox portal (%1)</source>
        <translation>Portal de pruebas (%1)</translation>
    </message>
    <message>
        <source>%1 · administrator</source>
        <translation>%1 · administrador</translation>
    </message>
    <message>
        <source>%1 · employee</source>
        <translation>%1 · empleado</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún no sincronizado</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizado: %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>No portal connected</source>
        <translation>Ningún portal conectado</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>The local copy of the directory, the outbox and the audit log</source>
        <translation>La copia local del directorio, la bandeja de salida y el registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;About InviteDesk</source>
        <translation>Acerca &amp;de InviteDesk</translation>
    </message>
    <message>
        <source>About InviteDesk</source>
        <translation>Acerca de InviteDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;InviteDesk %1&lt;/b&gt;&lt;p&gt;Invites people to a Bitrix24 portal and keeps a local copy of the company directory for instant search.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;InviteDesk %1&lt;/b&gt;&lt;p&gt;Invita a personas a un portal de Bitrix24 y guarda una copia local del directorio de la empresa para buscar al instante.&lt;/p&gt;&lt;p&gt;Carpeta de datos: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>In the invite dialog: invite the people listed</source>
        <translation>En la ventana de invitación: invitar a las personas indicadas</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>Cerrar una ventana</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Bring the company directory up to date with the portal (F5)</source>
        <translation>Poner al día el directorio de la empresa con el portal (F5)</translation>
    </message>
    <message>
        <source>&amp;Full refresh</source>
        <translation>Actualización comple&amp;ta</translation>
    </message>
    <message>
        <source>Download the whole company directory again, also noticing people removed from the portal (Shift+F5)</source>
        <translation>Descargar de nuevo todo el directorio de la empresa, detectando también a las personas eliminadas del portal (Mayús+F5)</translation>
    </message>
    <message>
        <source>Connect your portal…</source>
        <translation>Conectar su portal…</translation>
    </message>
    <message>
        <source>Invitation rights notice</source>
        <translation>Aviso sobre el permiso de invitar</translation>
    </message>
    <message>
        <source>%1 · employee, may invite</source>
        <translation>%1 · empleado, puede invitar</translation>
    </message>
    <message>
        <source>%1 · employee, may not invite</source>
        <translation>%1 · empleado, no puede invitar</translation>
    </message>
</context>
<context>
    <name>MessageComposer</name>
    <message>
        <source>Messa&amp;ge:</source>
        <translation>Me&amp;nsaje:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>The invitation text. Placeholders in braces, such as {first_name}, are filled per recipient.</source>
        <translation>El texto de la invitación. Los marcadores entre llaves, como {first_name}, se rellenan para cada destinatario.</translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation>Insertar &amp;marcador</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Insertar marcador</translation>
    </message>
    <message>
        <source>Saved templates</source>
        <translation>Plantillas guardadas</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Guardar c&amp;omo…</translation>
    </message>
    <message>
        <source>Save template as</source>
        <translation>Guardar plantilla como</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>Preview of the invitation e-mail</source>
        <translation>Vista previa del correo de invitación</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>(unsaved text)</source>
        <translation>(texto sin guardar)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Guardar plantilla</translation>
    </message>
    <message>
        <source>Template &amp;name:</source>
        <translation>&amp;Nombre de la plantilla:</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>No se pudo guardar la plantilla: %1</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message numerus="yes">
        <source>Unknown placeholder(s): %1. Known: %2.</source>
        <translation>
            <numerusform>Marcador desconocido: %1. Marcadores conocidos: %2.</numerusform>
            <numerusform>Marcadores desconocidos: %1. Marcadores conocidos: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello {first_name},

{inviter} invites you to join {portal}, our company&apos;s Bitrix24, where we chat, share files and plan our work together.

Accept the invitation to set your password and sign in.

See you there!</source>
        <translation>Hola, {first_name}:

{inviter} le invita a unirse a {portal}, el Bitrix24 de nuestra empresa, donde chateamos, compartimos archivos y planificamos juntos nuestro trabajo.

Acepte la invitación para establecer su contraseña e iniciar sesión.

¡Nos vemos allí!</translation>
    </message>
    <message>
        <source>On free plans the portal may send its standard invitation text instead of this message.</source>
        <translation>En los planes gratuitos, el portal puede enviar su texto de invitación estándar en lugar de este mensaje.</translation>
    </message>
</context>
<context>
    <name>OAuthAuthorizer</name>
    <message>
        <source>InviteDesk received the sign-in. You can close this window.</source>
        <translation>InviteDesk recibió el inicio de sesión. Puede cerrar esta ventana.</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Register</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Invite by e-mail</source>
        <translation>Invitar por correo electrónico</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Export audit log…</source>
        <translation>&amp;Exportar registro de auditoría…</translation>
    </message>
    <message>
        <source>Invitations and their results</source>
        <translation>Invitaciones y sus resultados</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Exportar registro de auditoría</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>No se pudo leer la bandeja de salida: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) will be sent again.</source>
        <translation>
            <numerusform>Se volverá a enviar %n invitación.</numerusform>
            <numerusform>Se volverán a enviar %n invitaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) could not be retried: the address is pending in another invitation.</source>
        <translation>
            <numerusform>No se pudo reintentar %n invitación: la dirección está pendiente en otra invitación.</numerusform>
            <numerusform>No se pudieron reintentar %n invitaciones: la dirección está pendiente en otra invitación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) discarded; they will not be sent.</source>
        <translation>
            <numerusform>%n invitación descartada; no se enviará.</numerusform>
            <numerusform>%n invitaciones descartadas; no se enviarán.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log saved to %1.</source>
        <translation>Registro de auditoría guardado en %1.</translation>
    </message>
    <message>
        <source>The audit log could not be saved: %1</source>
        <translation>No se pudo guardar el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause sending</source>
        <translation>Pausar el envío</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Reanudar el envío</translation>
    </message>
    <message>
        <source>Cancel &amp;the rest</source>
        <translation>Cancelar el res&amp;to</translation>
    </message>
    <message>
        <source>Cancel the invitations not sent yet</source>
        <translation>Cancelar las invitaciones aún no enviadas</translation>
    </message>
    <message>
        <source>Show invitations</source>
        <translation>Mostrar invitaciones</translation>
    </message>
    <message>
        <source>The selected invitation&apos;s result</source>
        <translation>Resultado de la invitación seleccionada</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Todas (%1)</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>En espera (%1)</translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <translation>Enviadas (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Fallidas (%1)</translation>
    </message>
    <message>
        <source>Discarded (%1)</source>
        <translation>Descartadas (%1)</translation>
    </message>
    <message>
        <source>Waiting %1 · sent %2 · failed %3 · discarded %4</source>
        <translation>En espera %1 · enviadas %2 · fallidas %3 · descartadas %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select an invitation to read its whole result here.</source>
        <translation>Seleccione una invitación para leer aquí su resultado completo.</translation>
    </message>
    <message>
        <source>Paused. Resume sends the invitations still waiting.</source>
        <translation>En pausa. «Reanudar» envía las invitaciones que siguen en espera.</translation>
    </message>
    <message>
        <source>Pausing after the invitations on their way…</source>
        <translation>Pausando tras las invitaciones en curso…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>The portal asked to slow down; sending continues shortly.</source>
        <translation>El portal pidió ir más despacio; el envío continúa en breve.</translation>
    </message>
    <message>
        <source>The outbox could not be changed: %1</source>
        <translation>No se pudo modificar la bandeja de salida: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) not sent yet were cancelled.</source>
        <translation>
            <numerusform>Se canceló %n invitación aún no enviada.</numerusform>
            <numerusform>Se cancelaron %n invitaciones aún no enviadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>PortalCredentials</name>
    <message>
        <source>Enter the address of your Bitrix24 portal.</source>
        <translation>Introduzca la dirección de su portal de Bitrix24.</translation>
    </message>
    <message>
        <source>This is not a web address. It should look like https://company.bitrix24.com/.</source>
        <translation>Esto no es una dirección web. Debería tener el formato https://company.bitrix24.com/.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>La dirección debe empezar por https://.</translation>
    </message>
    <message>
        <source>The address uses http://, which is not secure. Bitrix24 portals need https:// — use the https address.</source>
        <translation>La dirección usa http://, que no es seguro. Los portales de Bitrix24 requieren https://: use la dirección https.</translation>
    </message>
    <message>
        <source>Paste the webhook address from Bitrix24 (Developer resources → Inbound webhook).</source>
        <translation>Pegue la dirección del webhook de Bitrix24 (Recursos para desarrolladores → Webhook entrante).</translation>
    </message>
    <message>
        <source>This is not a web address. A webhook address looks like https://company.bitrix24.com/rest/1/abc123/.</source>
        <translation>Esto no es una dirección web. Una dirección de webhook tiene el formato https://company.bitrix24.com/rest/1/abc123/.</translation>
    </message>
    <message>
        <source>This address is not a webhook: its path must start with /rest/&lt;user id&gt;/&lt;secret&gt;/.</source>
        <translation>Esta dirección no es un webhook: su ruta debe empezar por /rest/&lt;user id&gt;/&lt;secret&gt;/.</translation>
    </message>
    <message>
        <source>This is a REST 3.0 webhook address (/rest/api/…). Use the classic address /rest/&lt;user id&gt;/&lt;secret&gt;/.</source>
        <translation>Esta es una dirección de webhook de REST 3.0 (/rest/api/…). Use la dirección clásica /rest/&lt;user id&gt;/&lt;secret&gt;/.</translation>
    </message>
    <message>
        <source>The webhook address lacks the user id and secret after /rest/.</source>
        <translation>A la dirección del webhook le faltan el id de usuario y el secreto después de /rest/.</translation>
    </message>
    <message>
        <source>After /rest/ the webhook address must have the numeric id of the user who created it.</source>
        <translation>Después de /rest/, la dirección del webhook debe tener el id numérico del usuario que lo creó.</translation>
    </message>
    <message>
        <source>The webhook address has no secret code after the user id. Copy the whole address from Bitrix24.</source>
        <translation>La dirección del webhook no tiene código secreto después del id de usuario. Copie la dirección completa de Bitrix24.</translation>
    </message>
    <message>
        <source>The webhook address has no valid secret code after the user id. Copy the whole address from Bitrix24.</source>
        <translation>La dirección del webhook no tiene un código secreto válido después del id de usuario. Copie la dirección completa de Bitrix24.</translation>
    </message>
    <message>
        <source>The webhook address has extra parts after the secret. It should end with /rest/&lt;user id&gt;/&lt;secret&gt;/.</source>
        <translation>La dirección del webhook tiene partes de más después del secreto. Debería terminar en /rest/&lt;user id&gt;/&lt;secret&gt;/.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s client id and client secret from the application card in Bitrix24.</source>
        <translation>Introduzca el client id y el client secret de la aplicación que aparecen en la ficha de la aplicación en Bitrix24.</translation>
    </message>
    <message>
        <source>The OAuth server address must be an https address, e.g. https://oauth.bitrix.info/.</source>
        <translation>La dirección del servidor OAuth debe ser una dirección https, p. ej., https://oauth.bitrix.info/.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The address names port 0, which no portal listens on. Leave the port out or give the real one.</source>
        <translation>La dirección indica el puerto 0, en el que no escucha ningún portal. Omita el puerto o indique el correcto.</translation>
    </message>
</context>
<context>
    <name>PortalError</name>
    <message>
        <source>Cannot reach the portal (%1). Check the address and your network connection, then try again.</source>
        <translation>No se puede conectar con el portal (%1). Compruebe la dirección y su conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot reach the portal. Check your network connection and try again.</source>
        <translation>No se puede conectar con el portal. Compruebe su conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. Try again in a moment.</source>
        <translation>El portal no respondió a tiempo. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The portal requires a secure (https) address. Use the https:// address of the portal.</source>
        <translation>El portal requiere una dirección segura (https). Use la dirección https:// del portal.</translation>
    </message>
    <message>
        <source>certificate problem</source>
        <translation>problema con el certificado</translation>
    </message>
    <message>
        <source>The portal sign-in has expired. Sign in again.</source>
        <translation>La sesión en el portal ha caducado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The portal rejected the credentials. Check the webhook address or sign in again; your pending work is kept.</source>
        <translation>El portal rechazó las credenciales. Compruebe la dirección del webhook o vuelva a iniciar sesión; su trabajo pendiente se conserva.</translation>
    </message>
    <message>
        <source>The webhook or application lacks the permission &quot;%1&quot;. Edit it in Bitrix24 (Developer resources) and tick that scope.</source>
        <translation>Al webhook o a la aplicación le falta el permiso «%1». Edítelo en Bitrix24 (Recursos para desarrolladores) y marque ese permiso.</translation>
    </message>
    <message>
        <source>The webhook or application lacks a required permission (scope). Edit it in Bitrix24 and add the user, department and sonet_group scopes.</source>
        <translation>Al webhook o a la aplicación le falta un permiso necesario (scope). Edítelo en Bitrix24 y agregue los permisos user, department y sonet_group.</translation>
    </message>
    <message>
        <source>Your Bitrix24 account is not allowed to do this. Ask a portal administrator for the right to invite users.</source>
        <translation>Su cuenta de Bitrix24 no tiene permiso para hacer esto. Pida a un administrador del portal el derecho a invitar usuarios.</translation>
    </message>
    <message>
        <source>The portal is limiting requests. InviteDesk will slow down; try again shortly.</source>
        <translation>El portal está limitando las solicitudes. InviteDesk irá más despacio; vuelva a intentarlo en breve.</translation>
    </message>
    <message>
        <source>The portal has paused this operation for a few minutes because of its load limit. Try again later.</source>
        <translation>El portal ha pausado esta operación durante unos minutos por su límite de carga. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>A user with this e-mail address already exists in the portal.</source>
        <translation>Ya existe en el portal un usuario con esta dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The portal rejected the e-mail address. Check it for typing errors.</source>
        <translation>El portal rechazó la dirección de correo electrónico. Compruebe que no tenga errores de escritura.</translation>
    </message>
    <message>
        <source>The portal&apos;s plan allows no more users. Free a seat or upgrade the plan.</source>
        <translation>El plan del portal no admite más usuarios. Libere una plaza o mejore el plan.</translation>
    </message>
    <message>
        <source>Choose a department for the new employee (or invite them to an extranet group).</source>
        <translation>Elija un departamento para el nuevo empleado (o invítelo a un grupo de extranet).</translation>
    </message>
    <message>
        <source>Extranet users must be invited into an existing extranet group. Choose a valid group.</source>
        <translation>Los usuarios de extranet deben invitarse a un grupo de extranet existente. Elija un grupo válido.</translation>
    </message>
    <message>
        <source>This Bitrix24 portal has been deleted.</source>
        <translation>Este portal de Bitrix24 se ha eliminado.</translation>
    </message>
    <message>
        <source>This address does not answer like a Bitrix24 portal. Check the address.</source>
        <translation>Esta dirección no responde como un portal de Bitrix24. Compruebe la dirección.</translation>
    </message>
    <message>
        <source>The portal does not know this request or object (%1).</source>
        <translation>El portal no reconoce esta solicitud u objeto (%1).</translation>
    </message>
    <message>
        <source>The portal had a server problem. Try again later.</source>
        <translation>El portal tuvo un problema en el servidor. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The portal sent an answer InviteDesk cannot read. Try again later; if it persists, check that the address is a Bitrix24 portal.</source>
        <translation>El portal envió una respuesta que InviteDesk no puede leer. Vuelva a intentarlo más tarde; si persiste, compruebe que la dirección sea la de un portal de Bitrix24.</translation>
    </message>
    <message>
        <source>The portal address is not valid.</source>
        <translation>La dirección del portal no es válida.</translation>
    </message>
    <message>
        <source>The request was not completed.</source>
        <translation>La solicitud no se completó.</translation>
    </message>
    <message>
        <source>The portal refused the request: %1</source>
        <translation>El portal rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>The portal refused the request (%1).</source>
        <translation>El portal rechazó la solicitud (%1).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>The portal sent an answer larger than %1, InviteDesk&apos;s limit for one answer, so InviteDesk stopped reading it. Try again later; if it persists, check that the address is a Bitrix24 portal.</source>
        <translation>El portal envió una respuesta mayor que %1, el límite de InviteDesk para una respuesta, así que InviteDesk dejó de leerla. Inténtelo más tarde; si persiste, compruebe que la dirección es un portal de Bitrix24.</translation>
    </message>
    <message>
        <source>The portal sent the list out of order (IDs did not rise). The directory refresh stopped; the previous copy is kept.</source>
        <translation>El portal envió la lista desordenada (los ID no aumentaban). La actualización del directorio se detuvo; se conserva la copia anterior.</translation>
    </message>
    <message>
        <source>The portal sent more entries than the %1 it announced. The directory refresh stopped; the previous copy is kept.</source>
        <translation>El portal envió más entradas que las %1 que anunció. La actualización del directorio se detuvo; se conserva la copia anterior.</translation>
    </message>
    <message>
        <source>The portal kept sending pages beyond the %1 its total allows. The directory refresh stopped; the previous copy is kept.</source>
        <translation>El portal siguió enviando páginas más allá de las %1 que permite su total. La actualización del directorio se detuvo; se conserva la copia anterior.</translation>
    </message>
    <message>
        <source>The portal announced %1 entries, more than InviteDesk copies. The directory refresh stopped; the previous copy is kept.</source>
        <translation>El portal anunció %1 entradas, más de las que copia InviteDesk. La actualización del directorio se detuvo; se conserva la copia anterior.</translation>
    </message>
    <message>
        <source>Reading the directory took longer than %1. The directory refresh stopped; the previous copy is kept. Try again later.</source>
        <translation>La lectura del directorio tardó más de %1. La actualización del directorio se detuvo; se conserva la copia anterior. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The portal&apos;s answers broke the protocol (%1). The operation stopped.</source>
        <translation>Las respuestas del portal incumplieron el protocolo (%1). La operación se detuvo.</translation>
    </message>
    <message>
        <source>The portal tried to send InviteDesk to an address that is not a web address (%1). It was not followed.</source>
        <translation>El portal intentó enviar a InviteDesk a una dirección que no es una dirección web (%1). No se siguió.</translation>
    </message>
    <message>
        <source>The portal answered with a redirect InviteDesk does not follow (it would drop the request&apos;s data). If the portal shows a notice in the browser, such as an expired licence, resolve it and try again.</source>
        <translation>El portal respondió con una redirección que InviteDesk no sigue (perdería los datos de la solicitud). Si el portal muestra un aviso en el navegador, como una licencia caducada, resuélvalo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The portal says it has moved to %1. InviteDesk sends nothing there until you confirm the new address.</source>
        <translation>El portal indica que se ha trasladado a %1. InviteDesk no envía nada allí hasta que confirme la nueva dirección.</translation>
    </message>
    <message>
        <source>The secure connection to the portal failed (%1). The connection was not used; check the address and the system clock. A portal on your company&apos;s own server (Bitrix24 on-premise) with a self-signed certificate or one from the company&apos;s own certificate authority: ask your administrator to add that certificate to this computer&apos;s trusted certificates, then connect again.</source>
        <translation>Falló la conexión segura con el portal (%1). La conexión no se usó; compruebe la dirección y el reloj del sistema. Si el portal está en un servidor propio de la empresa (Bitrix24 local) con un certificado autofirmado o de la autoridad de certificación de la empresa, pida a su administrador que añada ese certificado a los certificados de confianza de este equipo y vuelva a conectarse.</translation>
    </message>
    <message>
        <source>This computer does not trust the portal&apos;s certificate: it is self-signed or issued by your company&apos;s own certificate authority, as is usual for Bitrix24 on your own server. Nothing was sent.

Issued to: %1
SHA-256 fingerprint: %2

Ask your administrator for the portal&apos;s fingerprint. Only if it is the same, trust this certificate for this portal (Connect dialog).</source>
        <translation>Este equipo no confía en el certificado del portal: está autofirmado o lo emitió la autoridad de certificación propia de su empresa, como es habitual con Bitrix24 en un servidor propio. No se ha enviado nada.

Emitido para: %1
Huella SHA-256: %2

Pida a su administrador la huella del portal. Solo si coincide, confíe en este certificado para este portal (diálogo Conectar).</translation>
    </message>
</context>
<context>
    <name>PortalSession</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalSwitchMenu</name>
    <message>
        <source>S&amp;witch portal</source>
        <translation>Ca&amp;mbiar de portal</translation>
    </message>
    <message>
        <source>Switch portal</source>
        <translation>Cambiar de portal</translation>
    </message>
    <message>
        <source>Work on another remembered portal</source>
        <translation>Trabajar en otro portal recordado</translation>
    </message>
    <message>
        <source>No remembered portals</source>
        <translation>No hay portales recordados</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (usuario %2)</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>The portal you are working on</source>
        <translation>El portal en el que está trabajando</translation>
    </message>
    <message>
        <source>Sign out of the current portal and work on %1</source>
        <translation>Cerrar la sesión del portal actual y trabajar en %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies after InviteDesk restarts.</source>
        <translation>El nuevo idioma se aplicará cuando se reinicie InviteDesk.</translation>
    </message>
    <message>
        <source>Refresh the directory every (minutes)</source>
        <translation>Actualizar el directorio cada (minutos)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Refresh the directory every:</source>
        <translation>&amp;Actualizar el directorio cada:</translation>
    </message>
    <message>
        <source>Users allowed by the plan</source>
        <translation>Usuarios permitidos por el plan</translation>
    </message>
    <message>
        <source>Used to warn before an invitation would exceed the plan&apos;s user limit. 0 when unknown.</source>
        <translation>Se usa para avisar antes de que una invitación supere el límite de usuarios del plan. 0 si se desconoce.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Users &amp;allowed by the plan:</source>
        <translation>&amp;Usuarios permitidos por el plan:</translation>
    </message>
    <message>
        <source>Your Bitrix24 plan</source>
        <translation>Su plan de Bitrix24</translation>
    </message>
    <message>
        <source>InviteDesk paces its work to what the portal accepts: an Enterprise portal accepts more at once, so large invitations and refreshes finish sooner.</source>
        <translation>InviteDesk ajusta su ritmo a lo que acepta el portal: un portal Enterprise acepta más a la vez, así que las invitaciones grandes y las actualizaciones terminan antes.</translation>
    </message>
    <message>
        <source>Free, Basic, Standard or Professional</source>
        <translation>Free, Basic, Standard o Professional</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Your Bitrix24 &amp;plan:</source>
        <translation>Su &amp;plan de Bitrix24:</translation>
    </message>
    <message>
        <source>Confirm sends of more invitations than</source>
        <translation>Confirmar envíos de más invitaciones que</translation>
    </message>
    <message>
        <source>Con&amp;firm sends of more invitations than:</source>
        <translation>Con&amp;firmar envíos de más invitaciones que:</translation>
    </message>
    <message>
        <source>When inviting to %1:</source>
        <translation>Al invitar a %1:</translation>
    </message>
    <message>
        <source>Default department</source>
        <translation>Departamento predeterminado</translation>
    </message>
    <message>
        <source>Preselected on the Register tab, and joined by e-mail invitations that name no department.</source>
        <translation>Preseleccionado en la pestaña Registrar; las invitaciones por correo que no indican departamento se unen a él.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>The default department saved before (ID %1) is not in this portal&apos;s directory, so it is ignored.</source>
        <translation>El departamento predeterminado guardado antes (ID %1) no está en el directorio de este portal, así que se ignora.</translation>
    </message>
    <message>
        <source>Default &amp;department:</source>
        <translation>&amp;Departamento predeterminado:</translation>
    </message>
    <message>
        <source>Default message template</source>
        <translation>Plantilla de mensaje predeterminada</translation>
    </message>
    <message>
        <source>The saved template Invite by Email starts with.</source>
        <translation>La plantilla guardada con la que empieza Invitar por correo electrónico.</translation>
    </message>
    <message>
        <source>Built-in message</source>
        <translation>Mensaje integrado</translation>
    </message>
    <message>
        <source>The default template &quot;%1&quot; is no longer saved, so the built-in message is used.</source>
        <translation>La plantilla predeterminada «%1» ya no está guardada, así que se usa el mensaje integrado.</translation>
    </message>
    <message>
        <source>Default message &amp;template:</source>
        <translation>Plan&amp;tilla de mensaje predeterminada:</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The profile %1 is a file, not a folder.</source>
        <translation>El perfil %1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta de perfil %1.</translation>
    </message>
</context>
<context>
    <name>QuickRegistrationTab</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation>Copiar el enlace</translation>
    </message>
    <message>
        <source>Save P&amp;NG…</source>
        <translation>Guardar P&amp;NG…</translation>
    </message>
    <message>
        <source>Save the QR code as PNG</source>
        <translation>Guardar el código QR como PNG</translation>
    </message>
    <message>
        <source>Save S&amp;VG…</source>
        <translation>Guardar S&amp;VG…</translation>
    </message>
    <message>
        <source>Save the QR code as SVG</source>
        <translation>Guardar el código QR como SVG</translation>
    </message>
    <message>
        <source>C&amp;hange in portal…</source>
        <translation>Camb&amp;iar en el portal…</translation>
    </message>
    <message>
        <source>Change the registration settings in the portal</source>
        <translation>Cambiar la configuración de registro en el portal</translation>
    </message>
    <message>
        <source>&amp;Share by e-mail…</source>
        <translation>Comp&amp;artir por correo…</translation>
    </message>
    <message>
        <source>Share by e-mail</source>
        <translation>Compartir por correo electrónico</translation>
    </message>
    <message>
        <source>Registration link</source>
        <translation>Enlace de registro</translation>
    </message>
    <message>
        <source>https://%1/…</source>
        <translation>https://%1/…</translation>
    </message>
    <message>
        <source>QR code of the registration link</source>
        <translation>Código QR del enlace de registro</translation>
    </message>
    <message>
        <source>Registration &amp;link:</source>
        <translation>En&amp;lace de registro:</translation>
    </message>
    <message>
        <source>&amp;Fetch from sandbox</source>
        <translation>&amp;Obtener del portal de pruebas</translation>
    </message>
    <message>
        <source>Fetch the link from the training portal</source>
        <translation>Obtener el enlace del portal de pruebas</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print the QR code</source>
        <translation>Imprimir el código QR</translation>
    </message>
    <message>
        <source>Regenerating the link in the portal breaks every link already shared, including printed QR codes.</source>
        <translation>Regenerar el enlace en el portal invalida todos los enlaces ya compartidos, incluidos los códigos QR impresos.</translation>
    </message>
    <message>
        <source>Hello,

{inviter} invites you to join {portal}, our company&apos;s Bitrix24. Register with this link:
{join_link}

See you there!</source>
        <translation>Hola:

{inviter} le invita a unirse a {portal}, el Bitrix24 de nuestra empresa. Regístrese con este enlace:
{join_link}

¡Nos vemos allí!</translation>
    </message>
    <message>
        <source>The link is on the clipboard.</source>
        <translation>El enlace está en el portapapeles.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>The QR code appears here once the link is valid.</source>
        <translation>El código QR aparecerá aquí cuando el enlace sea válido.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>No se pudo abrir %1.</translation>
    </message>
    <message>
        <source>your mail program</source>
        <translation>su programa de correo</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>Guardar código QR</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>No se pudo guardar %1.</translation>
    </message>
    <message>
        <source>Asking the training portal…</source>
        <translation>Consultando el portal de pruebas…</translation>
    </message>
    <message>
        <source>The training portal did not answer: %1</source>
        <translation>El portal de pruebas no respondió: %1</translation>
    </message>
    <message>
        <source>Fetched the registration link from the training portal.</source>
        <translation>Se obtuvo el enlace de registro del portal de pruebas.</translation>
    </message>
    <message>
        <source>Who may join, as last seen in the portal</source>
        <translation>Quién puede unirse, según se vio por última vez en el portal</translation>
    </message>
    <message>
        <source>Who may join (as last seen in the portal)</source>
        <translation>Quién puede unirse (según se vio por última vez en el portal)</translation>
    </message>
    <message>
        <source>Not known here: a portal does not tell other programs whether its link is public or moderated. See it in the portal.</source>
        <translation>No se sabe aquí: un portal no indica a otros programas si su enlace es público o moderado. Compruébelo en el portal.</translation>
    </message>
    <message>
        <source>Moderated: an administrator approves each person.</source>
        <translation>Moderado: un administrador aprueba a cada persona.</translation>
    </message>
    <message>
        <source>Public: anyone with the link joins.</source>
        <translation>Público: cualquiera con el enlace se une.</translation>
    </message>
    <message>
        <source>No trusted domains.</source>
        <translation>Ningún dominio de confianza.</translation>
    </message>
    <message>
        <source>Trusted domains, whose people join without approval: %1.</source>
        <translation>Dominios de confianza, cuyas personas se unen sin aprobación: %1.</translation>
    </message>
</context>
<context>
    <name>RecipientClassifier</name>
    <message numerus="yes">
        <source>skip %n already employee(s)</source>
        <translation>
            <numerusform>se omite %n que ya es empleado</numerusform>
            <numerusform>se omiten %n que ya son empleados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skip %n already invited</source>
        <translation>
            <numerusform>se omite %n ya invitado</numerusform>
            <numerusform>se omiten %n ya invitados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skip %n already in the outbox</source>
        <translation>
            <numerusform>se omite %n ya en la bandeja de salida</numerusform>
            <numerusform>se omiten %n ya en la bandeja de salida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skip %n dismissed user(s)</source>
        <translation>
            <numerusform>se omite %n usuario despedido</numerusform>
            <numerusform>se omiten %n usuarios despedidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated</source>
        <translation>
            <numerusform>%n repetido</numerusform>
            <numerusform>%n repetidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n no válido</numerusform>
            <numerusform>%n no válidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over the user limit</source>
        <translation>
            <numerusform>%n por encima del límite de usuarios</numerusform>
            <numerusform>%n por encima del límite de usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Invalid address: %1</source>
        <translation>Dirección no válida: %1</translation>
    </message>
    <message>
        <source>Repeated: this address is already in the list (row %1).</source>
        <translation>Repetida: esta dirección ya está en la lista (fila %1).</translation>
    </message>
    <message>
        <source>Already an employee.</source>
        <translation>Ya es empleado.</translation>
    </message>
    <message>
        <source>Already invited and not joined yet.</source>
        <translation>Ya invitado y aún no se ha unido.</translation>
    </message>
    <message>
        <source>Belongs to a dismissed user; the portal does not reuse it. Reinstate the user instead.</source>
        <translation>Pertenece a un usuario despedido; el portal no la reutiliza. Readmita al usuario en su lugar.</translation>
    </message>
    <message>
        <source>Already waiting in the outbox.</source>
        <translation>Ya está esperando en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Would exceed the plan&apos;s user limit.</source>
        <translation>Superaría el límite de usuarios del plan.</translation>
    </message>
    <message numerus="yes">
        <source>Will invite %n</source>
        <translation>
            <numerusform>Se invitará a %n persona</numerusform>
            <numerusform>Se invitará a %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to invite</source>
        <translation>Nadie a quien invitar</translation>
    </message>
    <message numerus="yes">
        <source>Invite %n</source>
        <translation>
            <numerusform>Invitar a %n</numerusform>
            <numerusform>Invitar a %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This row has a problem.</source>
        <translation>Esta fila tiene un problema.</translation>
    </message>
</context>
<context>
    <name>RecipientReviewGrid</name>
    <message>
        <source>Show &amp;problems only</source>
        <translation>Mostrar solo &amp;problemas</translation>
    </message>
    <message>
        <source>Remove in&amp;valid</source>
        <translation>Quitar los no &amp;válidos</translation>
    </message>
    <message>
        <source>Show so&amp;urce</source>
        <translation>Mostrar &amp;origen</translation>
    </message>
    <message>
        <source>Show problems only</source>
        <translation>Mostrar solo problemas</translation>
    </message>
    <message>
        <source>Remove invalid recipients</source>
        <translation>Quitar los destinatarios no válidos</translation>
    </message>
    <message>
        <source>Show where the selected recipient came from</source>
        <translation>Mostrar de dónde procede el destinatario seleccionado</translation>
    </message>
    <message>
        <source>The line of the imported file, or the entry in the typed text</source>
        <translation>La línea del archivo importado o la entrada en el texto escrito</translation>
    </message>
    <message>
        <source>Recipients and their state</source>
        <translation>Destinatarios y su estado</translation>
    </message>
    <message>
        <source>Edit a field with F2 or by typing; it is sent as shown.</source>
        <translation>Edite un campo con F2 o escribiendo; se envía tal como se muestra.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
</context>
<context>
    <name>RecipientReviewModel</name>
    <message>
        <source>typed</source>
        <translation>escrito</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>No department in this row: the one chosen below, %1.</source>
        <translation>Sin departamento en esta fila: el elegido abajo, %1.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>This row names a department, but extranet users join workgroups, not departments.</source>
        <translation>Esta fila indica un departamento, pero los usuarios de extranet se unen a grupos de trabajo, no a departamentos.</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Teléfono (opcional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Sa&amp;ve as preset…</source>
        <translation>&amp;Guardar como perfil…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Create or attach a company mail&amp;box in the portal…</source>
        <translation>Crear o vincular un &amp;buzón de la empresa en el portal…</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Regi&amp;strar</translation>
    </message>
    <message>
        <source>Register and add &amp;another</source>
        <translation>Registrar &amp;y agregar otro</translation>
    </message>
    <message>
        <source>Role preset</source>
        <translation>Perfil de rol</translation>
    </message>
    <message>
        <source>Role presets</source>
        <translation>Perfiles de rol</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Guardar como perfil</translation>
    </message>
    <message>
        <source>Create or attach a company mailbox in the portal</source>
        <translation>Crear o vincular un buzón de la empresa en el portal</translation>
    </message>
    <message>
        <source>Opens the portal&apos;s mail settings in your browser; there is no REST method for mailboxes.</source>
        <translation>Abre la configuración de correo del portal en el navegador; no hay ningún método REST para buzones.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Register and add another</source>
        <translation>Registrar y agregar otro</translation>
    </message>
    <message>
        <source>Registered people and their results</source>
        <translation>Personas registradas y sus resultados</translation>
    </message>
    <message>
        <source>Saved in the portal as the person&apos;s mobile phone.</source>
        <translation>Se guarda en el portal como el teléfono móvil de la persona.</translation>
    </message>
    <message>
        <source>The portal e-mails the new person a link to set their password and sign in. Passwords cannot be set from here: the portal&apos;s API has none.</source>
        <translation>El portal envía a la nueva persona un correo con un enlace para establecer su contraseña e iniciar sesión. Las contraseñas no se pueden establecer desde aquí: la API del portal no lo permite.</translation>
    </message>
    <message>
        <source>Role pre&amp;set:</source>
        <translation>Per&amp;fil de rol:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>E-ma&amp;il:</source>
        <translation>C&amp;orreo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Departamento:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Te&amp;léfono:</translation>
    </message>
    <message>
        <source>Invalid address: %1</source>
        <translation>Dirección no válida: %1</translation>
    </message>
    <message>
        <source>This address already belongs to an employee.</source>
        <translation>Esta dirección ya pertenece a un empleado.</translation>
    </message>
    <message>
        <source>This address was already invited and has not joined yet.</source>
        <translation>Esta dirección ya fue invitada y aún no se ha unido.</translation>
    </message>
    <message>
        <source>This address belongs to a dismissed user; the portal does not reuse it.</source>
        <translation>Esta dirección pertenece a un usuario despedido; el portal no la reutiliza.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s e-mail address.</source>
        <translation>Introduzca la dirección de correo electrónico de la persona.</translation>
    </message>
    <message>
        <source>Could not queue the registration: %1</source>
        <translation>No se pudo poner el registro en cola: %1</translation>
    </message>
    <message>
        <source>%1 is already waiting in the outbox.</source>
        <translation>%1 ya está esperando en la bandeja de salida.</translation>
    </message>
    <message>
        <source>%1 is queued; the portal will e-mail the access details.</source>
        <translation>%1 está en cola; el portal enviará los datos de acceso por correo electrónico.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no preset)</source>
        <translation>(sin perfil)</translation>
    </message>
    <message>
        <source>Preset “%1” applied.</source>
        <translation>Perfil «%1» aplicado.</translation>
    </message>
    <message>
        <source>Save role preset</source>
        <translation>Guardar perfil de rol</translation>
    </message>
    <message>
        <source>Preset &amp;name (department, position and groups are saved):</source>
        <translation>&amp;Nombre del perfil (se guardan el departamento, el cargo y los grupos):</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>Desec&amp;har borrador</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>No se pudo guardar el borrador: %1</translation>
    </message>
    <message>
        <source>Restored the draft saved %1.</source>
        <translation>Se restauró el borrador guardado el %1.</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>Se descartó el borrador.</translation>
    </message>
    <message>
        <source>Registers this person, then empties the name, e-mail and phone for the next one; the role preset, position and department stay.</source>
        <translation>Registra a esta persona y vacía el nombre, el correo y el teléfono para la siguiente; la plantilla de rol, el cargo y el departamento se mantienen.</translation>
    </message>
</context>
<context>
    <name>RegistrationLink</name>
    <message>
        <source>Paste the registration link from the portal (Employees → Invite → Quick registration).</source>
        <translation>Pegue el enlace de registro del portal (Empleados → Invitar → Registro rápido).</translation>
    </message>
    <message>
        <source>The link contains spaces; paste it exactly as the portal shows it.</source>
        <translation>El enlace contiene espacios; péguelo exactamente como lo muestra el portal.</translation>
    </message>
    <message>
        <source>This is not a web address. It should start with https:// and your portal&apos;s name.</source>
        <translation>Esto no es una dirección web. Debe empezar por https:// y el nombre de su portal.</translation>
    </message>
    <message>
        <source>The link must start with https://, not %1:.</source>
        <translation>El enlace debe empezar por https://, no por %1:.</translation>
    </message>
    <message>
        <source>The link uses http://; portal links use https://.</source>
        <translation>El enlace usa http://; los enlaces del portal usan https://.</translation>
    </message>
    <message>
        <source>This link belongs to %1, not to your portal %2.</source>
        <translation>Este enlace pertenece a %1, no a su portal %2.</translation>
    </message>
    <message>
        <source>This link points to port %1 of %2, but your portal answers on port %3.</source>
        <translation>Este enlace apunta al puerto %1 de %2, pero su portal responde en el puerto %3.</translation>
    </message>
    <message>
        <source>This is the portal&apos;s home page, not its registration link.</source>
        <translation>Esta es la página de inicio del portal, no su enlace de registro.</translation>
    </message>
</context>
<context>
    <name>ScriptedReport</name>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>ScriptedTask</name>
    <message numerus="yes">
        <source>The portal gave no usable answer for %n second(s).</source>
        <translation>
            <numerusform>El portal no dio ninguna respuesta útil durante %n segundo.</numerusform>
            <numerusform>El portal no dio ninguna respuesta útil durante %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message numerus="yes">
        <source>The run did not finish within --timeout %n second(s).</source>
        <translation>
            <numerusform>La ejecución no terminó dentro de --timeout %n segundo.</numerusform>
            <numerusform>La ejecución no terminó dentro de --timeout %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Portal problem (%1); trying again in %n second(s)…</source>
        <translation>
            <numerusform>Problema con el portal (%1); nuevo intento en %n segundo…</numerusform>
            <numerusform>Problema con el portal (%1); nuevo intento en %n segundos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>No keychain is available on this system (no Secret Service is running), so InviteDesk cannot store the portal&apos;s secret safely. You can keep it for this session only; you will have to connect again next time.</source>
        <translation>No hay ningún llavero disponible en este sistema (no se está ejecutando ningún Secret Service), por lo que InviteDesk no puede guardar el secreto del portal de forma segura. Puede conservarlo solo durante esta sesión; tendrá que volver a conectarse la próxima vez.</translation>
    </message>
    <message>
        <source>The stored sign-in for this portal was not found in the keychain. Connect the portal again.</source>
        <translation>No se encontró en el llavero el inicio de sesión guardado para este portal. Vuelva a conectar el portal.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Unlock the keychain or allow InviteDesk to use it, then try again.</source>
        <translation>Se denegó el acceso al llavero. Desbloquee el llavero o permita que InviteDesk lo use y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it persists, restart the keychain service.</source>
        <translation>El llavero informó de un error. Vuelva a intentarlo; si persiste, reinicie el servicio del llavero.</translation>
    </message>
</context>
<context>
    <name>SendAnnouncer</name>
    <message>
        <source>Sending finished: %1 sent, %2 failed (see the Outbox).</source>
        <translation>Envío terminado: %1 enviadas, %2 fallidas (vea la bandeja de salida).</translation>
    </message>
    <message>
        <source>Sending finished: %1 sent.</source>
        <translation>Envío terminado: %1 enviadas.</translation>
    </message>
    <message>
        <source>InviteDesk</source>
        <translation>InviteDesk</translation>
    </message>
    <message>
        <source>Invitations sent</source>
        <translation>Invitaciones enviadas</translation>
    </message>
</context>
<context>
    <name>UserState</name>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Extranet</source>
        <translation>Extranet</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Despedido</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A simulated Bitrix24 portal on loopback, for InviteDesk and any other Bitrix24 client.</source>
        <translation>Un portal de Bitrix24 simulado en loopback, para InviteDesk y cualquier otro cliente de Bitrix24.</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>Puerto de escucha (0: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>Number of demo users.</source>
        <translation>Número de usuarios de demostración.</translation>
    </message>
    <message>
        <source>Seed of the demo company.</source>
        <translation>Semilla de la empresa de demostración.</translation>
    </message>
    <message>
        <source>Leaky bucket drain per second (0 disables the limit).</source>
        <translation>Vaciado por segundo del cubo agujereado (0 desactiva el límite).</translation>
    </message>
    <message>
        <source>Leaky bucket size.</source>
        <translation>Tamaño del cubo agujereado.</translation>
    </message>
    <message>
        <source>Serve HTTPS with a self-signed throw-away test certificate.</source>
        <translation>Servir HTTPS con un certificado de prueba autofirmado y desechable.</translation>
    </message>
    <message>
        <source>Invalid value for --%1: %2</source>
        <translation>Valor no válido para --%1: %2</translation>
    </message>
    <message>
        <source>Cannot create the signal socket pair</source>
        <translation>No se puede crear el par de sockets de señales</translation>
    </message>
    <message>
        <source>Cannot start the sandbox portal: %1</source>
        <translation>No se puede iniciar el portal de pruebas: %1</translation>
    </message>
    <message>
        <source>Sandbox portal: %1</source>
        <translation>Portal de pruebas: %1</translation>
    </message>
    <message>
        <source>Admin webhook: %1</source>
        <translation>Webhook de administrador: %1</translation>
    </message>
    <message>
        <source>Employee webhook: %1</source>
        <translation>Webhook de empleado: %1</translation>
    </message>
    <message>
        <source>Limited webhook (department, %1): %2</source>
        <translation>Webhook limitado (department, %1): %2</translation>
    </message>
    <message>
        <source>OAuth client id: %1</source>
        <translation>ID de cliente OAuth: %1</translation>
    </message>
    <message>
        <source>OAuth client secret: %1</source>
        <translation>Secreto de cliente OAuth: %1</translation>
    </message>
    <message>
        <source>OAuth server: %1</source>
        <translation>Servidor OAuth: %1</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Pulse Ctrl+C para detener.</translation>
    </message>
    <message>
        <source>HTTPS with a self-signed THROW-AWAY TEST certificate (SHA-256 %1); trust it for tests only.</source>
        <translation>HTTPS con un certificado de PRUEBA DESECHABLE autofirmado (SHA-256 %1); confíe en él solo para pruebas.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>--portal - found no webhook URL on standard input.</source>
        <translation>--portal - no encontró ninguna URL de webhook en la entrada estándar.</translation>
    </message>
    <message>
        <source>No portal: add one in the app, or pass --account, --portal - or the INVITEDESK_WEBHOOK variable.</source>
        <translation>Sin portal: añada uno en la aplicación o use --account, --portal - o la variable INVITEDESK_WEBHOOK.</translation>
    </message>
    <message>
        <source>No stored account for %1; the app stores %2.</source>
        <translation>No hay cuenta guardada para %1; la aplicación guarda %2.</translation>
    </message>
    <message>
        <source>Control token (header %1 on /sandbox/ requests): %2</source>
        <translation>Token de control (cabecera %1 en las peticiones a /sandbox/): %2</translation>
    </message>
    <message>
        <source>Cannot install the console stop handler</source>
        <translation>No se puede instalar el controlador de parada de la consola</translation>
    </message>
    <message>
        <source>InviteDesk is already running; its window was brought to the front.</source>
        <translation>InviteDesk ya se está ejecutando; su ventana se ha traído al frente.</translation>
    </message>
    <message>
        <source>InviteDesk is already running for this profile but does not answer. Close it, or end its process, and start again.</source>
        <translation>InviteDesk ya se está ejecutando con este perfil pero no responde. Ciérrelo o finalice su proceso, y vuelva a iniciarlo.</translation>
    </message>
</context>
</TS>
