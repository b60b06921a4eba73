<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ApplicationShell</name>
    <message>
        <source>&amp;Employees</source>
        <translation>&amp;Funcionários</translation>
    </message>
    <message>
        <source>Company &amp;Structure</source>
        <translation>&amp;Estrutura da empresa</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Forget %1 and remove its secrets from the keychain? The local copy of the directory stays until you connect again.</source>
        <translation>Esquecer %1 e remover os segredos dele do chaveiro? A cópia local do diretório permanece até você se conectar novamente.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>%1 Showing the copy of the directory on this computer.</source>
        <translation>%1 Exibindo a cópia do diretório salva neste computador.</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Nenhum chaveiro disponível</translation>
    </message>
    <message>
        <source>%1

InviteDesk never writes secrets to a file. Keep the secret in memory for this session only? You will have to connect again next time.</source>
        <translation>%1

O InviteDesk nunca grava segredos em arquivo. Manter o segredo na memória apenas nesta sessão? Você terá que se conectar novamente na próxima vez.</translation>
    </message>
    <message>
        <source>Signed out. The next start opens the sandbox portal.</source>
        <translation>Desconectado. Na próxima inicialização será aberto o portal de testes.</translation>
    </message>
    <message>
        <source>Directory updated: %1</source>
        <translation>Diretório atualizado: %1</translation>
    </message>
    <message>
        <source>Sandbox portal</source>
        <translation>Portal de testes</translation>
    </message>
    <message>
        <source>Invitations can be composed once the portal has answered or its outbox is open.</source>
        <translation>É possível escrever convites assim que o portal responder ou a caixa de saída dele estiver aberta.</translation>
    </message>
    <message>
        <source>The outbox opens once the portal has answered.</source>
        <translation>A caixa de saída é aberta assim que o portal responder.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address to sign in: %1</source>
        <translation>Não foi possível abrir um navegador. Abra este endereço para entrar: %1</translation>
    </message>
    <message>
        <source>InviteDesk could not listen for the sign-in answer.</source>
        <translation>O InviteDesk não conseguiu receber a resposta do login.</translation>
    </message>
    <message>
        <source>Portal moved?</source>
        <translation>Portal mudou de endereço?</translation>
    </message>
    <message>
        <source>The portal %1 answers that it has moved to %2.

Continue with %2 only if your company really changed its Bitrix24 address: InviteDesk will send its sign-in and your invitations there. Nothing has been sent there yet.</source>
        <translation>O portal %1 responde que mudou para %2.

Continue com %2 somente se a sua empresa realmente mudou o endereço do Bitrix24: o InviteDesk enviará para lá o seu acesso e os seus convites. Nada foi enviado para lá ainda.</translation>
    </message>
    <message>
        <source>Signed out. Your other portals are under Portal → Switch portal.</source>
        <translation>Desconectado. Seus outros portais estão em Portal → Trocar de portal.</translation>
    </message>
</context>
<context>
    <name>CompanyStructurePage</name>
    <message>
        <source>Company structure</source>
        <translation>Estrutura da empresa</translation>
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
        <translation>&amp;Convidar para este departamento…</translation>
    </message>
    <message>
        <source>Invite to this department…</source>
        <translation>Convidar para este departamento…</translation>
    </message>
    <message>
        <source>Opens the invite dialog with the selected department</source>
        <translation>Abre a janela de convite com o departamento selecionado</translation>
    </message>
    <message>
        <source>People in the department</source>
        <translation>Pessoas do departamento</translation>
    </message>
    <message>
        <source>Department actions</source>
        <translation>Ações do departamento</translation>
    </message>
    <message>
        <source>The directory is not available yet. It appears here once it has been downloaded from the portal.</source>
        <translation>O diretório ainda não está disponível. Ele aparecerá aqui depois de ser baixado do portal.</translation>
    </message>
    <message>
        <source>Select a department to see its people.</source>
        <translation>Selecione um departamento para ver as pessoas dele.</translation>
    </message>
    <message>
        <source>Nobody works in this department yet.</source>
        <translation>Ninguém trabalha neste departamento ainda.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln pessoa</numerusform>
            <numerusform>%Ln pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting people…</source>
        <translation>Contando pessoas…</translation>
    </message>
    <message>
        <source>The company&apos;s departments with their heads, their own number of members and the number with all sub-departments. The context menu invites people to a department.</source>
        <translation>Os departamentos da empresa com seus supervisores, o número de membros próprios e o número com todos os subdepartamentos. O menu de contexto convida pessoas para um departamento.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a department&apos;s two member counts</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people with sub-departments</source>
        <translation>
            <numerusform>%Ln pessoa com subdepartamentos</numerusform>
            <numerusform>%Ln pessoas com subdepartamentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln directly in this department</source>
        <translation>
            <numerusform>%Ln diretamente neste departamento</numerusform>
            <numerusform>%Ln diretamente neste departamento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people directly in this department</source>
        <translation>
            <numerusform>%Ln pessoa diretamente neste departamento</numerusform>
            <numerusform>%Ln pessoas diretamente neste departamento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with sub-departments</source>
        <translation>
            <numerusform>%Ln com subdepartamentos</numerusform>
            <numerusform>%Ln com subdepartamentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectPortalDialog</name>
    <message>
        <source>Connect a Bitrix24 portal</source>
        <translation>Conectar um portal Bitrix24</translation>
    </message>
    <message>
        <source>Connection method</source>
        <translation>Método de conexão</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <source>&amp;OAuth application</source>
        <translation>Aplicativo &amp;OAuth</translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation>Problema com o endereço</translation>
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
        <translation>No seu portal, abra Recursos para desenvolvedores → Outros → Webhook de entrada, marque os escopos &lt;i&gt;user&lt;/i&gt;, &lt;i&gt;department&lt;/i&gt; e &lt;i&gt;sonet_group&lt;/i&gt; e cole aqui o endereço do webhook. Ele fica guardado no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Endereço do webhook</translation>
    </message>
    <message>
        <source>https://company.bitrix24.com/rest/1/abc123xyz/</source>
        <translation>https://company.bitrix24.com/rest/1/abc123xyz/</translation>
    </message>
    <message>
        <source>Webhook &amp;address:</source>
        <translation>&amp;Endereço do webhook:</translation>
    </message>
    <message>
        <source>Use a local application created in your portal. InviteDesk opens your browser to sign in; the tokens are kept in your system&apos;s keychain.</source>
        <translation>Use um aplicativo local criado no seu portal. O InviteDesk abre o navegador para você entrar; os tokens ficam guardados no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Endereço do portal</translation>
    </message>
    <message>
        <source>company.bitrix24.com</source>
        <translation>company.bitrix24.com</translation>
    </message>
    <message>
        <source>Application ID (client_id)</source>
        <translation>ID do aplicativo (client_id)</translation>
    </message>
    <message>
        <source>Application key (client_secret)</source>
        <translation>Chave do aplicativo (client_secret)</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Servidor de autorização</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>&amp;Portal:</translation>
    </message>
    <message>
        <source>Application &amp;ID:</source>
        <translation>&amp;ID do aplicativo:</translation>
    </message>
    <message>
        <source>Application &amp;key:</source>
        <translation>C&amp;have do aplicativo:</translation>
    </message>
    <message>
        <source>Authorization &amp;server:</source>
        <translation>&amp;Servidor de autorização:</translation>
    </message>
    <message>
        <source>Enter the application ID and key shown in the application&apos;s card in your portal.</source>
        <translation>Informe o ID e a chave exibidos no cartão do aplicativo no seu portal.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>The secret part is hidden while you are not editing it.</source>
        <translation>A parte secreta fica oculta enquanto você não a edita.</translation>
    </message>
    <message>
        <source>S&amp;how the secret</source>
        <translation>&amp;Mostrar o segredo</translation>
    </message>
    <message>
        <source>Show the secret part of the webhook address</source>
        <translation>Mostrar a parte secreta do endereço do webhook</translation>
    </message>
    <message>
        <source>Certificate issued to</source>
        <translation>Certificado emitido para</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Impressão digital SHA-256</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Impressão digital SHA-256:</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this portal</source>
        <translation>&amp;Confiar neste certificado para este portal</translation>
    </message>
    <message>
        <source>Trust this certificate for this portal</source>
        <translation>Confiar neste certificado para este portal</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate of %1: it is self-signed or issued by your company&apos;s own certificate authority, as is usual for Bitrix24 on your own server. Nothing was sent. Ask your administrator for the portal&apos;s SHA-256 fingerprint and trust the certificate only if it is the same as below.</source>
        <translation>Este computador não confia no certificado de %1: ele é autoassinado ou emitido pela autoridade certificadora própria da sua empresa, como é comum no Bitrix24 em servidor próprio. Nada foi enviado. Peça ao administrador a impressão digital SHA-256 do portal e confie no certificado somente se ela for igual à mostrada abaixo.</translation>
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
        <translation>Europeu ocidental (Windows-1252)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>Europeu central (Windows-1250)</translation>
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
            <numerusform>%n linha lida, %1 com endereço utilizável.</numerusform>
            <numerusform>%n linhas lidas, %1 com endereço utilizável.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Linhas do arquivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
            <numerusform>&amp;Adicionar %n destinatário</numerusform>
            <numerusform>&amp;Adicionar %n destinatários</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Codificação do arquivo</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificação:</translation>
    </message>
    <message>
        <source>Columns hold:</source>
        <translation>As colunas contêm:</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Não foi possível abrir o arquivo: %1</translation>
    </message>
    <message>
        <source>What column %1 (%2) holds</source>
        <translation>O que a coluna %1 (%2) contém</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Lido como %1.</translation>
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
        <translation>nome</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>nome do meio</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>sobrenome</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome completo</translation>
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
        <translation>Não foi possível abrir o arquivo: %1</translation>
    </message>
    <message>
        <source>The file contains no rows.</source>
        <translation>O arquivo não contém linhas.</translation>
    </message>
    <message>
        <source>No header row; columns read as: %1.</source>
        <translation>Sem linha de cabeçalho; colunas lidas como: %1.</translation>
    </message>
    <message>
        <source>A quotation mark is not closed; the rest of the file was read as one field.</source>
        <translation>Há aspas não fechadas; o restante do arquivo foi lido como um único campo.</translation>
    </message>
    <message>
        <source>No e-mail address in this row.</source>
        <translation>Nenhum endereço de e-mail nesta linha.</translation>
    </message>
    <message>
        <source>This row has more fields than the header; the extra ones were ignored.</source>
        <translation>Esta linha tem mais campos que o cabeçalho; os excedentes foram ignorados.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Coluna %1</translation>
    </message>
    <message>
        <source>The header row names no e-mail column; columns read as: %1. Choose what each column holds if this is wrong.</source>
        <translation>A linha de cabeçalho não nomeia nenhuma coluna de e-mail; colunas lidas como: %1. Escolha o que cada coluna contém se isso estiver errado.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text, so no row can be added. Choose the encoding it was saved in.</source>
        <translation>O arquivo não é um texto %1 válido, então nenhuma linha pode ser adicionada. Escolha a codificação em que ele foi salvo.</translation>
    </message>
    <message>
        <source>No row has a usable e-mail address, so there is nothing to add.</source>
        <translation>Nenhuma linha tem um endereço de e-mail utilizável, então não há nada para adicionar.</translation>
    </message>
</context>
<context>
    <name>DepartmentCombo</name>
    <message>
        <source>Choose a department…</source>
        <translation>Escolha um departamento…</translation>
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
        <translation>Vários departamentos se chamam &quot;%1&quot;; digite o ID do que você quer (%2).</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; cannot be checked: the company structure has not been loaded yet.</source>
        <translation>Não é possível verificar o departamento &quot;%1&quot;: a estrutura da empresa ainda não foi carregada.</translation>
    </message>
    <message>
        <source>There is no department with the ID %1 in the company structure.</source>
        <translation>Não há departamento com o ID %1 na estrutura da empresa.</translation>
    </message>
    <message>
        <source>There is no department &quot;%1&quot; in the company structure.</source>
        <translation>Não há departamento &quot;%1&quot; na estrutura da empresa.</translation>
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
        <translation>Mostrar apenas as pessoas deste departamento e dos seus subdepartamentos. Digite para encontrar um departamento.</translation>
    </message>
    <message>
        <source>Matching departments</source>
        <translation>Departamentos correspondentes</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos os departamentos</translation>
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
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>People in this department itself, without its sub-departments</source>
        <translation>Pessoas deste departamento, sem os subdepartamentos</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Diretos</translation>
    </message>
    <message>
        <source>People in this department and all its sub-departments; someone in several of them counts once</source>
        <translation>Pessoas deste departamento e de todos os subdepartamentos; quem está em vários conta uma vez</translation>
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
        <translation>Não é possível abrir a cópia local do diretório: o disco está cheio ou não pode ser gravado. Nada foi excluído; libere espaço e reinicie o InviteDesk.</translation>
    </message>
    <message>
        <source>The local copy of the directory cannot be opened.</source>
        <translation>Não é possível abrir a cópia local do diretório.</translation>
    </message>
    <message>
        <source>The local copy of the directory could not be converted for this version of InviteDesk: the disk is full or cannot be written. Nothing was deleted; free some space and restart InviteDesk.</source>
        <translation>Não foi possível converter a cópia local do diretório para esta versão do InviteDesk: o disco está cheio ou não pode ser gravado. Nada foi excluído; libere espaço e reinicie o InviteDesk.</translation>
    </message>
    <message>
        <source>The local copy of the directory could not be updated.</source>
        <translation>Não foi possível atualizar a cópia local do diretório.</translation>
    </message>
    <message>
        <source>Directory refresh cancelled; the previous copy is kept.</source>
        <translation>Atualização do diretório cancelada; a cópia anterior foi mantida.</translation>
    </message>
</context>
<context>
    <name>DirectoryOpenReport</name>
    <message>
        <source>The local copy of the directory was damaged; it was set aside and will be rebuilt from the portal.</source>
        <translation>A cópia local do diretório estava danificada; ela foi separada e será reconstruída a partir do portal.</translation>
    </message>
    <message>
        <source>The local copy of the directory was written by a newer InviteDesk; it was set aside and will be rebuilt from the portal.</source>
        <translation>A cópia local do diretório foi gravada por uma versão mais recente do InviteDesk; ela foi separada e será reconstruída a partir do portal.</translation>
    </message>
</context>
<context>
    <name>DirectorySyncStatus</name>
    <message>
        <source>Offline, the directory was never synced</source>
        <translation>Offline, o diretório nunca foi sincronizado</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline desde %1</translation>
    </message>
</context>
<context>
    <name>DirectorySyncSummary</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n novo</numerusform>
            <numerusform>%n novos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n alterado</numerusform>
            <numerusform>%n alterados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removido</numerusform>
            <numerusform>%n removidos</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Nenhuma alteração</translation>
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
        <translation>Sincronizando o diretório: %1 de %2 pessoas</translation>
    </message>
    <message>
        <source>Syncing the directory: %1 people</source>
        <translation>Sincronizando o diretório: %1 pessoas</translation>
    </message>
    <message>
        <source>Directory synced: %1 people, %2 departments (%3).</source>
        <translation>Diretório sincronizado: %1 pessoas, %2 departamentos (%3).</translation>
    </message>
    <message>
        <source>The directory could not be synced: %1</source>
        <translation>Não foi possível sincronizar o diretório: %1</translation>
    </message>
    <message>
        <source>The directory copy was never synced; syncing it first.</source>
        <translation>A cópia do diretório nunca foi sincronizada; sincronizando primeiro.</translation>
    </message>
    <message>
        <source>The directory copy could not be opened.</source>
        <translation>Não foi possível abrir a cópia do diretório.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n people written to %1.</source>
        <translation>
            <numerusform>%n pessoa gravada em %1.</numerusform>
            <numerusform>%n pessoas gravadas em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftTargetChoice</name>
    <message>
        <source>Start &amp;fresh</source>
        <translation>Começar do &amp;zero</translation>
    </message>
    <message>
        <source>Start fresh: discard the draft</source>
        <translation>Começar do zero: descartar o rascunho</translation>
    </message>
    <message>
        <source>Keep the draft&apos;s target</source>
        <translation>Manter o destino do rascunho</translation>
    </message>
    <message>
        <source>Use the new target</source>
        <translation>Usar o novo destino</translation>
    </message>
    <message>
        <source>The restored draft was composed for %1, and the dialog was opened for %2. Which should it be? Nothing is sent until you choose.</source>
        <translation>O rascunho restaurado foi escrito para %1, e a janela foi aberta para %2. Qual deve ser? Nada é enviado até você escolher.</translation>
    </message>
    <message>
        <source>&amp;Keep %1</source>
        <translation>&amp;Manter %1</translation>
    </message>
    <message>
        <source>Keep the draft&apos;s target, %1</source>
        <translation>Manter o destino do rascunho: %1</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Usar %1</translation>
    </message>
    <message>
        <source>Use %1 for the draft</source>
        <translation>Usar %1 para o rascunho</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>The address is empty.</source>
        <translation>O endereço está vazio.</translation>
    </message>
    <message>
        <source>The address is longer than 254 characters.</source>
        <translation>O endereço tem mais de 254 caracteres.</translation>
    </message>
    <message>
        <source>The address contains spaces.</source>
        <translation>O endereço contém espaços.</translation>
    </message>
    <message>
        <source>The address has no @.</source>
        <translation>O endereço não tem @.</translation>
    </message>
    <message>
        <source>The address has more than one @.</source>
        <translation>O endereço tem mais de um @.</translation>
    </message>
    <message>
        <source>Nothing comes before the @.</source>
        <translation>Não há nada antes do @.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>A parte antes do @ tem mais de 64 caracteres.</translation>
    </message>
    <message>
        <source>A quotation mark is not closed.</source>
        <translation>Há aspas não fechadas.</translation>
    </message>
    <message>
        <source>The quoted part before the @ is not valid.</source>
        <translation>A parte entre aspas antes do @ não é válida.</translation>
    </message>
    <message>
        <source>The part before the @ starts or ends with a dot.</source>
        <translation>A parte antes do @ começa ou termina com um ponto.</translation>
    </message>
    <message>
        <source>The address has two dots in a row.</source>
        <translation>O endereço tem dois pontos seguidos.</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that is not allowed.</source>
        <translation>A parte antes do @ contém um caractere não permitido.</translation>
    </message>
    <message>
        <source>The domain after the @ is missing.</source>
        <translation>Falta o domínio depois do @.</translation>
    </message>
    <message>
        <source>The domain starts with a dot.</source>
        <translation>O domínio começa com um ponto.</translation>
    </message>
    <message>
        <source>IP addresses cannot be used as a domain.</source>
        <translation>Endereços IP não podem ser usados como domínio.</translation>
    </message>
    <message>
        <source>The domain is incomplete (for example, &quot;example.com&quot;).</source>
        <translation>O domínio está incompleto (por exemplo, “example.com”).</translation>
    </message>
    <message>
        <source>The domain contains a character that is not allowed.</source>
        <translation>O domínio contém um caractere não permitido.</translation>
    </message>
    <message>
        <source>A part of the domain starts or ends with a hyphen.</source>
        <translation>Uma parte do domínio começa ou termina com hífen.</translation>
    </message>
    <message>
        <source>A part of the domain is longer than 63 characters.</source>
        <translation>Uma parte do domínio tem mais de 63 caracteres.</translation>
    </message>
    <message>
        <source>The domain is longer than 253 characters.</source>
        <translation>O domínio tem mais de 253 caracteres.</translation>
    </message>
    <message>
        <source>The domain ends in a number, not a name.</source>
        <translation>O domínio termina em um número, não em um nome.</translation>
    </message>
    <message>
        <source>The address contains an invisible control character (such as a line break).</source>
        <translation>O endereço contém um caractere de controle invisível (como uma quebra de linha).</translation>
    </message>
    <message>
        <source>Addresses with quotation marks before the @ cannot be invited: Bitrix24 accepts only ordinary addresses.</source>
        <translation>Endereços com aspas antes do @ não podem ser convidados: o Bitrix24 aceita apenas endereços comuns.</translation>
    </message>
    <message>
        <source>A part of the domain starting with &quot;xn--&quot; is not a valid international name.</source>
        <translation>Uma parte do domínio que começa com &quot;xn--&quot; não é um nome internacional válido.</translation>
    </message>
</context>
<context>
    <name>EmployeeDetailsPane</name>
    <message>
        <source>Invited, not yet joined</source>
        <translation>Convidado, ainda não entrou</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Demitido</translation>
    </message>
    <message>
        <source>Extranet user</source>
        <translation>Usuário extranet</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Funcionário</translation>
    </message>
    <message>
        <source>Selected person</source>
        <translation>Pessoa selecionada</translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation>Selecione uma pessoa para ver os detalhes dela.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
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
        <translation>Telefones:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Situação:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Registrado em:</translation>
    </message>
    <message>
        <source>Last login:</source>
        <translation>Último acesso:</translation>
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
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>&amp;Copy e-mail</source>
        <translation>&amp;Copiar e-mail</translation>
    </message>
    <message>
        <source>Open &amp;profile in the portal</source>
        <translation>Abrir &amp;perfil no portal</translation>
    </message>
    <message>
        <source>&amp;Invite again in the portal…</source>
        <translation>&amp;Convidar novamente no portal…</translation>
    </message>
    <message>
        <source>The sandbox portal has no profile pages.</source>
        <translation>O portal de testes não tem páginas de perfil.</translation>
    </message>
    <message>
        <source>&amp;Reinstate in the portal…</source>
        <translation>&amp;Readmitir no portal…</translation>
    </message>
    <message>
        <source>Opens the profile, where the portal offers this</source>
        <translation>Abre o perfil, onde o portal oferece esta ação</translation>
    </message>
    <message>
        <source>Copy e-mail</source>
        <translation>Copiar e-mail</translation>
    </message>
    <message>
        <source>In the por&amp;tal</source>
        <translation>No por&amp;tal</translation>
    </message>
    <message>
        <source>In the portal</source>
        <translation>No portal</translation>
    </message>
</context>
<context>
    <name>EmployeeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <translation>Situação</translation>
    </message>
</context>
<context>
    <name>EmployeesPage</name>
    <message>
        <source>Employees</source>
        <translation>Funcionários</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Pesquisar pessoas</translation>
    </message>
    <message>
        <source>Filters the list as you type: name, e-mail, position or phone</source>
        <translation>Filtra a lista enquanto você digita: nome, e-mail, cargo ou telefone</translation>
    </message>
    <message>
        <source>Name, e-mail, position or phone</source>
        <translation>Nome, e-mail, cargo ou telefone</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Pesquisar:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Which people to list: everyone, employees, pending invitations, dismissed or extranet users</source>
        <translation>Quais pessoas listar: todos, funcionários, convites pendentes, demitidos ou usuários extranet</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Invited, not yet joined</source>
        <translation>Convidados, ainda não entraram</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Demitidos</translation>
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
        <translation>&amp;Convidar usuários…</translation>
    </message>
    <message>
        <source>Invite users…</source>
        <translation>Convidar usuários…</translation>
    </message>
    <message>
        <source>Opens the invite dialog</source>
        <translation>Abre a janela de convite</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>The directory is not available yet. It appears here once it has been downloaded from the portal.</source>
        <translation>O diretório ainda não está disponível. Ele aparecerá aqui depois de ser baixado do portal.</translation>
    </message>
    <message>
        <source>No one matches “%1”.
Check the spelling, or try fewer letters or another filter.</source>
        <translation>Ninguém corresponde a “%1”.
Verifique a ortografia ou tente menos letras ou outro filtro.</translation>
    </message>
    <message>
        <source>No people match these filters.</source>
        <translation>Nenhuma pessoa corresponde a estes filtros.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln pessoa</numerusform>
            <numerusform>%Ln pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting people…</source>
        <translation>Contando pessoas…</translation>
    </message>
    <message>
        <source>Names are found in other spellings too: &quot;mueller&quot; finds Müller, &quot;dmitriy&quot; finds Дмитрий, &quot;юлия&quot; finds Julia.</source>
        <translation>Nomes também são encontrados em outras grafias: &quot;mueller&quot; encontra Müller, &quot;dmitriy&quot; encontra Дмитрий, &quot;юлия&quot; encontra Julia.</translation>
    </message>
</context>
<context>
    <name>HeadlessInviter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the report %1: name a .csv or .json file in a writable folder.</source>
        <translation>Não é possível gravar o relatório %1: indique um arquivo .csv ou .json numa pasta gravável.</translation>
    </message>
    <message>
        <source>Employees need a department: pass --department &lt;name or ID&gt; or add a department column to the file.</source>
        <translation>Funcionários precisam de um departamento: informe --department &lt;nome ou ID&gt; ou adicione uma coluna de departamento ao arquivo.</translation>
    </message>
    <message>
        <source>The portal has no department &quot;%1&quot;; --list-departments shows them all.</source>
        <translation>O portal não tem o departamento &quot;%1&quot;; --list-departments mostra todos.</translation>
    </message>
    <message>
        <source>Several departments are called &quot;%1&quot;; pass its ID (see --list-departments).</source>
        <translation>Vários departamentos se chamam &quot;%1&quot;; informe o ID (veja --list-departments).</translation>
    </message>
    <message>
        <source>Checking addresses with the portal: %1 of %2</source>
        <translation>Verificando endereços com o portal: %1 de %2</translation>
    </message>
    <message>
        <source>The outbox did not queue every planned invitation; nothing is sent.</source>
        <translation>A caixa de saída não enfileirou todos os convites previstos; nada é enviado.</translation>
    </message>
    <message>
        <source>Sending invitations: %1 of %2 answered</source>
        <translation>Enviando convites: %1 de %2 respondidos</translation>
    </message>
    <message>
        <source>Nothing was sent; invitations already queued stay queued for invitedesk --send-pending.</source>
        <translation>Nada foi enviado; os convites já na fila continuam nela para invitedesk --send-pending.</translation>
    </message>
    <message>
        <source>Invited: user %1.</source>
        <translation>Convidado: usuário %1.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer does not say whether the user was created (%1); review it in the app&apos;s outbox.</source>
        <translation>A resposta do portal não diz se o usuário foi criado (%1); verifique na caixa de saída do aplicativo.</translation>
    </message>
    <message>
        <source>Not sent yet; invitedesk --send-pending sends it.</source>
        <translation>Ainda não enviado; invitedesk --send-pending o envia.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) not sent stay queued; invitedesk --send-pending sends them later.</source>
        <translation>
            <numerusform>%n convite não enviado continua na fila; invitedesk --send-pending o envia mais tarde.</numerusform>
            <numerusform>%n convites não enviados continuam na fila; invitedesk --send-pending os envia mais tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Não é possível gravar o relatório %1: %2</translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation>Nada foi colocado na caixa de saída.</translation>
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
        <translation>Convidado por</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Aba</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
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
        <translation>Resposta do portal</translation>
    </message>
</context>
<context>
    <name>InvitationFailure</name>
    <message>
        <source>Duplicate: a user with this e-mail already exists on the portal.</source>
        <translation>Duplicado: já existe um usuário com este e-mail no portal.</translation>
    </message>
    <message>
        <source>Invalid: the portal did not accept the address or the details.</source>
        <translation>Inválido: o portal não aceitou o endereço ou os dados.</translation>
    </message>
    <message>
        <source>Limit: the plan&apos;s user limit is reached. Free seats or upgrade the plan, then retry.</source>
        <translation>Limite: o limite de usuários do plano foi atingido. Libere vagas ou faça upgrade do plano e tente novamente.</translation>
    </message>
    <message>
        <source>Rights: only administrators can invite unless the portal lets everyone invite.</source>
        <translation>Permissões: somente administradores podem convidar, a menos que o portal permita que todos convidem.</translation>
    </message>
    <message>
        <source>Network: will be sent when the portal is reachable.</source>
        <translation>Rede: será enviado quando o portal estiver acessível.</translation>
    </message>
    <message>
        <source>The portal asked to slow down; will be sent shortly.</source>
        <translation>O portal pediu para desacelerar; será enviado em breve.</translation>
    </message>
    <message>
        <source>The portal answered with an unexpected error: %1</source>
        <translation>O portal respondeu com um erro inesperado: %1</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválido</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limite</translation>
    </message>
    <message>
        <source>rights</source>
        <translation>permissões</translation>
    </message>
    <message>
        <source>network</source>
        <translation>rede</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Sign in again: the portal no longer accepts InviteDesk&apos;s sign-in (it expired or was revoked). The invitation is kept and sent once you have signed in.</source>
        <translation>Entre novamente: o portal não aceita mais o acesso do InviteDesk (expirou ou foi revogado). O convite é mantido e será enviado depois que você entrar.</translation>
    </message>
    <message>
        <source>sign in again</source>
        <translation>entrar novamente</translation>
    </message>
    <message>
        <source>Invalid address: the portal does not accept this e-mail address. Check it for typing errors; before the @ the portal accepts only Latin letters, digits and common symbols, no accented letters such as é.</source>
        <translation>Endereço inválido: o portal não aceita este endereço de e-mail. Verifique se há erros de digitação; antes do @ o portal aceita apenas letras latinas, dígitos e símbolos comuns, sem letras acentuadas como é.</translation>
    </message>
    <message>
        <source>No department: the portal needs a department for an employee. Choose one and invite again.</source>
        <translation>Sem departamento: o portal exige um departamento para um funcionário. Escolha um e convide novamente.</translation>
    </message>
    <message>
        <source>No workgroup: the portal needs a workgroup for an extranet user. Choose one and invite again.</source>
        <translation>Sem grupo de trabalho: o portal exige um grupo para um usuário da extranet. Escolha um e convide novamente.</translation>
    </message>
    <message>
        <source>Unknown workgroup: the chosen workgroup does not exist on the portal (any more). Refresh the directory and choose another.</source>
        <translation>Grupo de trabalho desconhecido: o grupo escolhido não existe (mais) no portal. Atualize o diretório e escolha outro.</translation>
    </message>
</context>
<context>
    <name>InvitationOutbox</name>
    <message>
        <source>An extranet user must be invited into at least one workgroup.</source>
        <translation>Um usuário extranet deve ser convidado para pelo menos um grupo de trabalho.</translation>
    </message>
    <message>
        <source>An employee must be invited into a department.</source>
        <translation>Um funcionário deve ser convidado para um departamento.</translation>
    </message>
    <message>
        <source>Checking the portal before sending again.</source>
        <translation>Verificando o portal antes de enviar novamente.</translation>
    </message>
</context>
<context>
    <name>InvitationPlan</name>
    <message>
        <source>No e-mail address.</source>
        <translation>Sem endereço de e-mail.</translation>
    </message>
    <message>
        <source>The same address as line %1 of this file.</source>
        <translation>O mesmo endereço da linha %1 deste arquivo.</translation>
    </message>
    <message>
        <source>Invited earlier by InviteDesk (%1, user %2).</source>
        <translation>Convidado antes pelo InviteDesk (%1, usuário %2).</translation>
    </message>
    <message>
        <source>An earlier invitation to this address has an unknown outcome; review it in the app&apos;s outbox.</source>
        <translation>Um convite anterior para este endereço tem resultado desconhecido; verifique na caixa de saída do aplicativo.</translation>
    </message>
    <message>
        <source>Queued by an earlier run.</source>
        <translation>Enfileirado por uma execução anterior.</translation>
    </message>
    <message>
        <source>Already a user of the portal (user %1).</source>
        <translation>Já é usuário do portal (usuário %1).</translation>
    </message>
    <message>
        <source>Already invited, has not joined yet (user %1).</source>
        <translation>Já convidado, ainda não entrou (usuário %1).</translation>
    </message>
    <message>
        <source>A dismissed user has this address (user %1); the portal does not reuse it.</source>
        <translation>Um usuário desligado tem este endereço (usuário %1); o portal não o reutiliza.</translation>
    </message>
    <message>
        <source>No department: fill the row&apos;s department column or pass --department.</source>
        <translation>Sem departamento: preencha a coluna de departamento da linha ou informe --department.</translation>
    </message>
    <message>
        <source>The portal has no department &quot;%1&quot; (see --list-departments).</source>
        <translation>O portal não tem o departamento &quot;%1&quot; (veja --list-departments).</translation>
    </message>
    <message>
        <source>Several departments are called &quot;%1&quot;; use its ID (see --list-departments).</source>
        <translation>Vários departamentos se chamam &quot;%1&quot;; use o ID (veja --list-departments).</translation>
    </message>
</context>
<context>
    <name>InvitationPreview</name>
    <message>
        <source>Invitation to %1</source>
        <translation>Convite para o portal “%1”</translation>
    </message>
    <message>
        <source>%1 invites you to %2</source>
        <translation>%1 convida você para o portal “%2”</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Assunto:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>You received this e-mail because %1 invited you to %2.</source>
        <translation>Você recebeu este e-mail porque %1 convidou você para o portal “%2”.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
    <message>
        <source>Accept invitation</source>
        <translation>Aceitar convite</translation>
    </message>
    <message>
        <source>Bitrix24 adds this button with the person&apos;s own link to join.</source>
        <translation>O Bitrix24 adiciona este botão com o link próprio da pessoa para entrar.</translation>
    </message>
</context>
<context>
    <name>InvitationSendProgress</name>
    <message>
        <source>Sent %1 · skipped %2 · failed %3 · waiting %4</source>
        <translation>Enviados %1 · ignorados %2 · com falha %3 · aguardando %4</translation>
    </message>
    <message>
        <source> · cancelled %1</source>
        <translation> · cancelados %1</translation>
    </message>
</context>
<context>
    <name>InvitationSender</name>
    <message>
        <source>Will be sent when the portal is reachable.</source>
        <translation>Será enviado quando o portal estiver acessível.</translation>
    </message>
    <message>
        <source>found on the portal after an interruption: user %1</source>
        <translation>encontrado no portal após uma interrupção: usuário %1</translation>
    </message>
    <message>
        <source>not found on the portal after an interruption; queued again</source>
        <translation>não encontrado no portal após uma interrupção; colocado na fila novamente</translation>
    </message>
    <message>
        <source>no answer for this call</source>
        <translation>sem resposta para esta chamada</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n time(s) without an answer, and the portal does not list the address. Check in Bitrix24 whether the person was invited, then retry or discard.</source>
        <translation>
            <numerusform>Enviado %n vez sem resposta, e o portal não tem o endereço. Verifique no Bitrix24 se a pessoa foi convidada e depois tente novamente ou descarte.</numerusform>
            <numerusform>Enviado %n vezes sem resposta, e o portal não tem o endereço. Verifique no Bitrix24 se a pessoa foi convidada e depois tente novamente ou descarte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>held for review after %n attempt(s) without an answer (%1); not found on the portal</source>
        <translation>
            <numerusform>retido para revisão após %n tentativa sem resposta (%1); não encontrado no portal</numerusform>
            <numerusform>retido para revisão após %n tentativas sem resposta (%1); não encontrado no portal</numerusform>
        </translation>
    </message>
    <message>
        <source>earlier run</source>
        <translation>execução anterior</translation>
    </message>
</context>
<context>
    <name>InvitationState</name>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Requer revisão</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Descartado</translation>
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
        <translation>Desc&amp;artar rascunho</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>Desti&amp;natários:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatários</translation>
    </message>
    <message>
        <source>E-mail addresses separated by commas, semicolons, spaces or new lines; Name &lt;address&gt; works too.</source>
        <translation>Endereços de e-mail separados por vírgulas, ponto e vírgula, espaços ou quebras de linha; Nome &lt;endereço&gt; também funciona.</translation>
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
        <translation>Descartar rascunho</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Type, paste or import the addresses of the people to invite.</source>
        <translation>Digite, cole ou importe os endereços das pessoas que deseja convidar.</translation>
    </message>
    <message>
        <source>Nothing can be sent: the outbox is not available.</source>
        <translation>Nada pode ser enviado: a caixa de saída não está disponível.</translation>
    </message>
    <message>
        <source>Nobody in the list is ready to be invited.</source>
        <translation>Ninguém na lista está pronto para ser convidado.</translation>
    </message>
    <message>
        <source>The invitations could not be written to the outbox, so nothing was sent: %1</source>
        <translation>Não foi possível gravar os convites na caixa de saída, por isso nada foi enviado: %1</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>Importar destinatários</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Não foi possível salvar o rascunho: %1</translation>
    </message>
    <message>
        <source>Restored the draft saved %1.</source>
        <translation>Rascunho salvo em %1 restaurado.</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>O rascunho foi descartado.</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>Salvar um &amp;modelo…</translation>
    </message>
    <message>
        <source>Save a template CSV file</source>
        <translation>Salvar um arquivo CSV de modelo</translation>
    </message>
    <message>
        <source>A CSV file with the columns the import recognises, to fill in</source>
        <translation>Um arquivo CSV com as colunas que a importação reconhece, para preencher</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Salvar um modelo</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>Não foi possível salvar o modelo: %1</translation>
    </message>
    <message>
        <source>Saved a template to %1. Fill it in and import it.</source>
        <translation>Modelo salvo em %1. Preencha-o e importe-o.</translation>
    </message>
    <message>
        <source>Waiting for you to confirm the send.</source>
        <translation>Aguardando sua confirmação do envio.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Writing the invitations to the outbox: %1 of %2. %3</source>
        <translation>Gravando os convites na caixa de saída: %1 de %2. %3</translation>
    </message>
    <message>
        <source>Stopping: the invitations not sent yet are being cancelled…</source>
        <translation>Parando: os convites ainda não enviados estão sendo cancelados…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n invitation(s) not sent yet were cancelled.</source>
        <translation>
            <numerusform>Parado: %n convite ainda não enviado foi cancelado.</numerusform>
            <numerusform>Parado: %n convites ainda não enviados foram cancelados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The invitations not sent yet could not be cancelled: %1</source>
        <translation>Não foi possível cancelar os convites ainda não enviados: %1</translation>
    </message>
    <message>
        <source>The rest could not be written to the outbox, so it was not sent: %1</source>
        <translation>O restante não pôde ser gravado na caixa de saída, então não foi enviado: %1</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>&amp;Parar o envio</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Parar o envio</translation>
    </message>
    <message>
        <source>Queue no more and cancel the invitations not sent yet</source>
        <translation>Não enfileirar mais e cancelar os convites ainda não enviados</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite users</source>
        <translation>Convidar usuários</translation>
    </message>
    <message>
        <source>Invite users to %1</source>
        <translation>Convidar usuários para %1</translation>
    </message>
    <message>
        <source>Ways to invite</source>
        <translation>Formas de convidar</translation>
    </message>
    <message>
        <source>&amp;Quick Registration</source>
        <translation>&amp;Registro rápido</translation>
    </message>
    <message>
        <source>Invite by &amp;Email</source>
        <translation>Convidar por &amp;e-mail</translation>
    </message>
    <message>
        <source>Regis&amp;ter</source>
        <translation>Regis&amp;trar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>Caixa de saí&amp;da…</translation>
    </message>
    <message>
        <source>Show the outbox</source>
        <translation>Mostrar a caixa de saída</translation>
    </message>
</context>
<context>
    <name>InviteError</name>
    <message>
        <source>The outbox cannot be written: the disk is full or refuses writes. Invitations already in the outbox are kept; free some space, then try again.</source>
        <translation>Não é possível gravar na caixa de saída: o disco está cheio ou recusa gravações. Os convites que já estão na caixa de saída são mantidos; libere espaço e tente novamente.</translation>
    </message>
    <message>
        <source>The outbox file cannot be opened.</source>
        <translation>Não é possível abrir o arquivo da caixa de saída.</translation>
    </message>
    <message>
        <source>The outbox file is damaged. It is left as it is; nothing is sent from it.</source>
        <translation>O arquivo da caixa de saída está danificado. Ele é mantido como está; nada é enviado a partir dele.</translation>
    </message>
    <message>
        <source>The outbox file was written by a newer version of InviteDesk. It is left as it is; update InviteDesk to use it.</source>
        <translation>O arquivo da caixa de saída foi gravado por uma versão mais recente do InviteDesk. Ele é mantido como está; atualize o InviteDesk para usá-lo.</translation>
    </message>
    <message>
        <source>The outbox could not be read or changed.</source>
        <translation>Não foi possível ler nem alterar a caixa de saída.</translation>
    </message>
    <message>
        <source>The invitation cannot be changed now: it was sent, is on its way, or the address is waiting in another invitation.</source>
        <translation>O convite não pode ser alterado agora: ele foi enviado, está a caminho ou o endereço está aguardando em outro convite.</translation>
    </message>
    <message>
        <source>The portal refuses the invitations.</source>
        <translation>O portal recusa os convites.</translation>
    </message>
    <message>
        <source>The portal cannot be reached; the invitations are sent later.</source>
        <translation>Não é possível acessar o portal; os convites serão enviados mais tarde.</translation>
    </message>
    <message>
        <source>The file cannot be written there; choose another folder or name.</source>
        <translation>Não é possível gravar o arquivo aí; escolha outra pasta ou outro nome.</translation>
    </message>
    <message>
        <source>Stopped; nothing more was written to the outbox.</source>
        <translation>Interrompido; nada mais foi gravado na caixa de saída.</translation>
    </message>
</context>
<context>
    <name>InviteTargetPicker</name>
    <message>
        <source>E&amp;mployee in department:</source>
        <translation>&amp;Funcionário no departamento:</translation>
    </message>
    <message>
        <source>E&amp;xtranet user in workgroups:</source>
        <translation>Usuário e&amp;xtranet em grupos de trabalho:</translation>
    </message>
    <message>
        <source>Employee in department</source>
        <translation>Funcionário no departamento</translation>
    </message>
    <message>
        <source>Extranet user in workgroups</source>
        <translation>Usuário extranet em grupos de trabalho</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Type to find a department.</source>
        <translation>Digite para encontrar um departamento.</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>Workgroups</source>
        <translation>Grupos de trabalho</translation>
    </message>
    <message>
        <source>Check the workgroups the extranet user joins.</source>
        <translation>Marque os grupos de trabalho dos quais o usuário extranet participará.</translation>
    </message>
    <message>
        <source>No workgroups are known for this portal.</source>
        <translation>Nenhum grupo de trabalho conhecido para este portal.</translation>
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
        <translation>Enviado: usuário %1 criado; o portal envia o convite por e-mail.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Only administrators can invite unless an administrator turns on &quot;Allow everyone to invite&quot; in the portal&apos;s invitation settings. You can still try; the portal will refuse if you lack the right.</source>
        <translation>Somente administradores podem convidar, a menos que um administrador ative “Permitir que todos convidem” nas configurações de convite do portal. Você pode tentar mesmo assim; o portal recusará se você não tiver a permissão.</translation>
    </message>
    <message>
        <source>Waiting for the portal</source>
        <translation>Aguardando o portal</translation>
    </message>
    <message>
        <source>The portal does not let you invite: &quot;Allow everyone to invite&quot; is off in its invitation settings (Settings → Employees → Invitations), so only administrators can invite. Ask an administrator to turn it on; InviteDesk checks again every few minutes and when you refresh.</source>
        <translation>O portal não permite que você convide: “Permitir que todos convidem” está desativado nas configurações de convite (Configurações → Funcionários → Convites), então somente administradores podem convidar. Peça a um administrador que o ative; o InviteDesk verifica novamente a cada poucos minutos e ao atualizar.</translation>
    </message>
    <message>
        <source>You cannot invite: &quot;Allow everyone to invite&quot; is off in the portal&apos;s invitation settings.</source>
        <translation>Você não pode convidar: “Permitir que todos convidem” está desativado nas configurações de convite do portal.</translation>
    </message>
    <message>
        <source>Only administrators can invite unless &quot;Allow everyone to invite&quot; is on in the portal.</source>
        <translation>Somente administradores podem convidar, a menos que “Permitir que todos convidem” esteja ativado no portal.</translation>
    </message>
</context>
<context>
    <name>LargeSendConfirmation</name>
    <message numerus="yes">
        <source>Invite %n people to %1?</source>
        <translation>
            <numerusform>Convidar %n pessoa para %1?</numerusform>
            <numerusform>Convidar %n pessoas para %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats: %1 of the plan&apos;s %2 are in use as far as the directory knows, %3 free.</source>
        <translation>Vagas: %1 das %2 do plano estão em uso segundo o diretório, %3 livres.</translation>
    </message>
    <message numerus="yes">
        <source>This send needs %n more seat(s) than are free: the portal will refuse the invitations beyond the limit.</source>
        <translation>
            <numerusform>Este envio precisa de %n vaga a mais do que as livres: o portal recusará os convites além do limite.</numerusform>
            <numerusform>Este envio precisa de %n vagas a mais do que as livres: o portal recusará os convites além do limite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After this send %n seat(s) will be free.</source>
        <translation>
            <numerusform>Após este envio restará %n vaga livre.</numerusform>
            <numerusform>Após este envio restarão %n vagas livres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats: %1 in use as far as the directory knows; this send adds %2. Enter the plan&apos;s user limit in Preferences to see how many are free.</source>
        <translation>Vagas: %1 em uso segundo o diretório; este envio adiciona %2. Informe o limite de usuários do plano nas Preferências para ver quantas estão livres.</translation>
    </message>
    <message>
        <source>The directory copy does not tell how many seats are in use.</source>
        <translation>A cópia do diretório não informa quantas vagas estão em uso.</translation>
    </message>
    <message>
        <source>Confirm a large send</source>
        <translation>Confirmar um envio grande</translation>
    </message>
    <message numerus="yes">
        <source>Invite %n</source>
        <translation>
            <numerusform>Convidar %n</numerusform>
            <numerusform>Convidar %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>InviteDesk invites people to a Bitrix24 portal. With no portal configured it opens on the built-in sandbox portal.</source>
        <translation>O InviteDesk convida pessoas para um portal Bitrix24. Sem nenhum portal configurado, ele abre no portal de testes integrado.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar a versão.</translation>
    </message>
    <message>
        <source>Open on the built-in sandbox portal (training mode).</source>
        <translation>Abrir no portal de testes integrado (modo de treinamento).</translation>
    </message>
    <message>
        <source>webhook-url</source>
        <translation>url-do-webhook</translation>
    </message>
    <message>
        <source>Use this interface language (e.g. en, ru, de).</source>
        <translation>Usar este idioma da interface (por exemplo, en, ru, de).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Number of employees in the sandbox&apos;s demo company.</source>
        <translation>Número de funcionários da empresa de demonstração do portal de testes.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>quantidade</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>Send the invitations earlier runs left in the outbox, then exit.</source>
        <translation>Enviar os convites que execuções anteriores deixaram na caixa de saída e sair.</translation>
    </message>
    <message>
        <source>Exit as soon as the window shows a connected portal (for smoke tests).</source>
        <translation>Sair assim que a janela mostrar um portal conectado (para testes de fumaça).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--sandbox and --portal cannot be used together.</source>
        <translation>--sandbox e --portal não podem ser usados juntos.</translation>
    </message>
    <message>
        <source>--portal needs a webhook URL such as https://example.bitrix24.com/rest/1/secret/</source>
        <translation>--portal exige uma URL de webhook como https://example.bitrix24.com/rest/1/secret/</translation>
    </message>
    <message>
        <source>--lang needs a language code such as en, ru or pt_BR.</source>
        <translation>--lang exige um código de idioma como en, ru ou pt_BR.</translation>
    </message>
    <message>
        <source>--sandbox-users needs a number from 1 to 500000.</source>
        <translation>--sandbox-users exige um número de 1 a 500000.</translation>
    </message>
    <message>
        <source>Connect to the portal of this inbound webhook URL; &quot;-&quot; reads it from standard input. Scheduled jobs: use --account or the INVITEDESK_WEBHOOK environment variable instead, so the secret is not in the process list.</source>
        <translation>Conectar ao portal desta URL de webhook de entrada; &quot;-&quot; a lê da entrada padrão. Tarefas agendadas: use --account ou a variável de ambiente INVITEDESK_WEBHOOK, para que o segredo não apareça na lista de processos.</translation>
    </message>
    <message>
        <source>Invite everyone in this CSV file without opening a window, then exit (0: all sent or nothing to do, 2: bad input, 3: portal unreachable, 4: some rows failed or were invalid).</source>
        <translation>Convidar todos deste arquivo CSV sem abrir janela e sair (0: tudo enviado ou nada a fazer, 2: entrada inválida, 3: portal inacessível, 4: algumas linhas falharam ou eram inválidas).</translation>
    </message>
    <message>
        <source>Department (name or ID) for the rows of --invite-csv that name none.</source>
        <translation>Departamento (nome ou ID) para as linhas de --invite-csv que não indicam nenhum.</translation>
    </message>
    <message>
        <source>department</source>
        <translation>departamento</translation>
    </message>
    <message>
        <source>Print the portal&apos;s departments with their IDs, then exit.</source>
        <translation>Mostrar os departamentos do portal com seus IDs e sair.</translation>
    </message>
    <message>
        <source>Refresh the local copy of the directory, then exit.</source>
        <translation>Atualizar a cópia local do diretório e sair.</translation>
    </message>
    <message>
        <source>Write the cached people (name, e-mail, position, departments, state) to this CSV file.</source>
        <translation>Gravar as pessoas em cache (nome, e-mail, cargo, departamentos, estado) neste arquivo CSV.</translation>
    </message>
    <message>
        <source>Write the outcome of every row to this file (.csv or .json).</source>
        <translation>Gravar o resultado de cada linha neste arquivo (.csv ou .json).</translation>
    </message>
    <message>
        <source>Use the portal account the app stored (its portal address); the secret comes from the system keychain.</source>
        <translation>Usar a conta de portal que o aplicativo guardou (o endereço do portal); o segredo vem do chaveiro do sistema.</translation>
    </message>
    <message>
        <source>portal</source>
        <translation>portal</translation>
    </message>
    <message>
        <source>Give up with exit code 3 when the portal gives no usable answer for this many seconds (default 120).</source>
        <translation>Desistir com código de saída 3 quando o portal não der resposta útil por estes segundos (padrão 120).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>End a run without a window after this many seconds at most (exit code 3).</source>
        <translation>Encerrar uma execução sem janela após no máximo estes segundos (código de saída 3).</translation>
    </message>
    <message>
        <source>--department needs a department name or ID.</source>
        <translation>--department precisa de um nome ou ID de departamento.</translation>
    </message>
    <message>
        <source>--retry-for needs a number of seconds from 1 to 86400.</source>
        <translation>--retry-for precisa de um número de segundos de 1 a 86400.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 86400.</source>
        <translation>--timeout precisa de um número de segundos de 1 a 86400.</translation>
    </message>
    <message>
        <source>Choose one of --invite-csv, --send-pending, --list-departments and --sync/--export-directory.</source>
        <translation>Escolha um de --invite-csv, --send-pending, --list-departments e --sync/--export-directory.</translation>
    </message>
    <message>
        <source>--report needs a .csv or .json file and --invite-csv or --send-pending.</source>
        <translation>--report precisa de um arquivo .csv ou .json e de --invite-csv ou --send-pending.</translation>
    </message>
    <message>
        <source>--portal - (read from standard input) is for runs without a window.</source>
        <translation>--portal - (ler da entrada padrão) é para execuções sem janela.</translation>
    </message>
    <message>
        <source>Keep settings and data files in this folder (a second profile, or a portable copy); the INVITEDESK_PROFILE variable does the same.</source>
        <translation>Manter as configurações e os arquivos de dados nesta pasta (um segundo perfil ou uma cópia portátil); a variável INVITEDESK_PROFILE faz o mesmo.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>pasta</translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation>--profile precisa de uma pasta.</translation>
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
        <translation>Usuário conectado</translation>
    </message>
    <message>
        <source>Last directory sync</source>
        <translation>Última sincronização do diretório</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Directory sync progress</source>
        <translation>Progresso da sincronização do diretório</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>&amp;Invite users…</source>
        <translation>&amp;Convidar usuários…</translation>
    </message>
    <message>
        <source>Invite people to the portal (Ctrl+I)</source>
        <translation>Convidar pessoas para o portal (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Refresh directory</source>
        <translation>&amp;Atualizar diretório</translation>
    </message>
    <message>
        <source>&amp;Connect a portal…</source>
        <translation>C&amp;onectar um portal…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Forget this portal and remove its secrets from the keychain</source>
        <translation>Esquecer este portal e remover os segredos dele do chaveiro</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>Caixa de &amp;saída…</translation>
    </message>
    <message>
        <source>Invitations and their results (Ctrl+O)</source>
        <translation>Convites e seus resultados (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
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
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>Training mode notice</source>
        <translation>Aviso do modo de treinamento</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox portal&lt;/b&gt; — training mode. Everything here happens on a simulated portal on this computer; nobody receives a real invitation.</source>
        <translation>&lt;b&gt;Portal de testes&lt;/b&gt; — modo de treinamento. Tudo aqui acontece em um portal simulado neste computador; ninguém recebe um convite de verdade.</translation>
    </message>
    <message>
        <source>InviteDesk — Sandbox portal</source>
        <translation>InviteDesk — Portal de testes</translation>
    </message>
    <message>
        <source>InviteDesk — %1</source>
        <translation>InviteDesk — %1</translation>
    </message>
    <message>
        <source>Sandbox portal (%1)</source>
        <translation>Portal de testes (%1)</translation>
    </message>
    <message>
        <source>%1 · administrator</source>
        <translation>%1 · administrador</translation>
    </message>
    <message>
        <source>%1 · employee</source>
        <translation>%1 · funcionário</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ainda não sincronizado</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizado em %1</translation>
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
        <translation>Nenhum portal conectado</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Abrir a pasta de &amp;dados</translation>
    </message>
    <message>
        <source>The local copy of the directory, the outbox and the audit log</source>
        <translation>A cópia local do diretório, a caixa de saída e o registro de auditoria</translation>
    </message>
    <message>
        <source>&amp;About InviteDesk</source>
        <translation>&amp;Sobre o InviteDesk</translation>
    </message>
    <message>
        <source>About InviteDesk</source>
        <translation>Sobre o InviteDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;InviteDesk %1&lt;/b&gt;&lt;p&gt;Invites people to a Bitrix24 portal and keeps a local copy of the company directory for instant search.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;InviteDesk %1&lt;/b&gt;&lt;p&gt;Convida pessoas para um portal Bitrix24 e mantém uma cópia local do diretório da empresa para busca instantânea.&lt;/p&gt;&lt;p&gt;Pasta de dados: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>In the invite dialog: invite the people listed</source>
        <translation>Na janela de convite: convidar as pessoas listadas</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>Fechar uma janela</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Bring the company directory up to date with the portal (F5)</source>
        <translation>Atualizar o diretório da empresa com o portal (F5)</translation>
    </message>
    <message>
        <source>&amp;Full refresh</source>
        <translation>Atualização comp&amp;leta</translation>
    </message>
    <message>
        <source>Download the whole company directory again, also noticing people removed from the portal (Shift+F5)</source>
        <translation>Baixar novamente todo o diretório da empresa, detectando também as pessoas removidas do portal (Shift+F5)</translation>
    </message>
    <message>
        <source>Connect your portal…</source>
        <translation>Conectar seu portal…</translation>
    </message>
    <message>
        <source>Invitation rights notice</source>
        <translation>Aviso sobre a permissão de convidar</translation>
    </message>
    <message>
        <source>%1 · employee, may invite</source>
        <translation>%1 · funcionário, pode convidar</translation>
    </message>
    <message>
        <source>%1 · employee, may not invite</source>
        <translation>%1 · funcionário, não pode convidar</translation>
    </message>
</context>
<context>
    <name>MessageComposer</name>
    <message>
        <source>Messa&amp;ge:</source>
        <translation>Mensa&amp;gem:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>The invitation text. Placeholders in braces, such as {first_name}, are filled per recipient.</source>
        <translation>O texto do convite. Os marcadores entre chaves, como {first_name}, são preenchidos para cada destinatário.</translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation>Inserir &amp;marcador</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Inserir marcador</translation>
    </message>
    <message>
        <source>Saved templates</source>
        <translation>Modelos salvos</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Salvar c&amp;omo…</translation>
    </message>
    <message>
        <source>Save template as</source>
        <translation>Salvar modelo como</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Pré-visualização:</translation>
    </message>
    <message>
        <source>Preview of the invitation e-mail</source>
        <translation>Pré-visualização do e-mail de convite</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Assunto: %1</translation>
    </message>
    <message>
        <source>(unsaved text)</source>
        <translation>(texto não salvo)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Salvar modelo</translation>
    </message>
    <message>
        <source>Template &amp;name:</source>
        <translation>&amp;Nome do modelo:</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>Não foi possível salvar o modelo: %1</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message numerus="yes">
        <source>Unknown placeholder(s): %1. Known: %2.</source>
        <translation>
            <numerusform>Marcador desconhecido: %1. Marcadores conhecidos: %2.</numerusform>
            <numerusform>Marcadores desconhecidos: %1. Marcadores conhecidos: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello {first_name},

{inviter} invites you to join {portal}, our company&apos;s Bitrix24, where we chat, share files and plan our work together.

Accept the invitation to set your password and sign in.

See you there!</source>
        <translation>Olá, {first_name},

{inviter} convida você a participar do {portal}, o Bitrix24 da nossa empresa, onde conversamos, compartilhamos arquivos e planejamos nosso trabalho juntos.

Aceite o convite para definir sua senha e entrar.

Até lá!</translation>
    </message>
    <message>
        <source>On free plans the portal may send its standard invitation text instead of this message.</source>
        <translation>Nos planos gratuitos, o portal pode enviar o texto de convite padrão dele em vez desta mensagem.</translation>
    </message>
</context>
<context>
    <name>OAuthAuthorizer</name>
    <message>
        <source>InviteDesk received the sign-in. You can close this window.</source>
        <translation>O InviteDesk recebeu o login. Você já pode fechar esta janela.</translation>
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
        <translation>Convidar por e-mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
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
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Export audit log…</source>
        <translation>&amp;Exportar log de auditoria…</translation>
    </message>
    <message>
        <source>Invitations and their results</source>
        <translation>Convites e seus resultados</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Exportar log de auditoria</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>Não foi possível ler a caixa de saída: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) will be sent again.</source>
        <translation>
            <numerusform>%n convite será enviado novamente.</numerusform>
            <numerusform>%n convites serão enviados novamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) could not be retried: the address is pending in another invitation.</source>
        <translation>
            <numerusform>Não foi possível tentar novamente %n convite: o endereço está pendente em outro convite.</numerusform>
            <numerusform>Não foi possível tentar novamente %n convites: o endereço está pendente em outro convite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) discarded; they will not be sent.</source>
        <translation>
            <numerusform>%n convite descartado; ele não será enviado.</numerusform>
            <numerusform>%n convites descartados; eles não serão enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log saved to %1.</source>
        <translation>Log de auditoria salvo em %1.</translation>
    </message>
    <message>
        <source>The audit log could not be saved: %1</source>
        <translation>Não foi possível salvar o log de auditoria: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause sending</source>
        <translation>Pausar o envio</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Re&amp;tomar</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Retomar o envio</translation>
    </message>
    <message>
        <source>Cancel &amp;the rest</source>
        <translation>Cancelar o res&amp;tante</translation>
    </message>
    <message>
        <source>Cancel the invitations not sent yet</source>
        <translation>Cancelar os convites ainda não enviados</translation>
    </message>
    <message>
        <source>Show invitations</source>
        <translation>Mostrar convites</translation>
    </message>
    <message>
        <source>The selected invitation&apos;s result</source>
        <translation>Resultado do convite selecionado</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Todos (%1)</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>Aguardando (%1)</translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <translation>Enviados (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Com falha (%1)</translation>
    </message>
    <message>
        <source>Discarded (%1)</source>
        <translation>Descartados (%1)</translation>
    </message>
    <message>
        <source>Waiting %1 · sent %2 · failed %3 · discarded %4</source>
        <translation>Aguardando %1 · enviados %2 · com falha %3 · descartados %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select an invitation to read its whole result here.</source>
        <translation>Selecione um convite para ler aqui o resultado completo.</translation>
    </message>
    <message>
        <source>Paused. Resume sends the invitations still waiting.</source>
        <translation>Pausado. “Retomar” envia os convites ainda aguardando.</translation>
    </message>
    <message>
        <source>Pausing after the invitations on their way…</source>
        <translation>Pausando após os convites a caminho…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>The portal asked to slow down; sending continues shortly.</source>
        <translation>O portal pediu para desacelerar; o envio continua em instantes.</translation>
    </message>
    <message>
        <source>The outbox could not be changed: %1</source>
        <translation>Não foi possível alterar a caixa de saída: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) not sent yet were cancelled.</source>
        <translation>
            <numerusform>%n convite ainda não enviado foi cancelado.</numerusform>
            <numerusform>%n convites ainda não enviados foram cancelados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation>Caixa de saída</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>PortalCredentials</name>
    <message>
        <source>Enter the address of your Bitrix24 portal.</source>
        <translation>Informe o endereço do seu portal Bitrix24.</translation>
    </message>
    <message>
        <source>This is not a web address. It should look like https://company.bitrix24.com/.</source>
        <translation>Isto não é um endereço da web. Ele deve ter o formato https://company.bitrix24.com/.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>O endereço deve começar com https://.</translation>
    </message>
    <message>
        <source>The address uses http://, which is not secure. Bitrix24 portals need https:// — use the https address.</source>
        <translation>O endereço usa http://, que não é seguro. Os portais Bitrix24 exigem https:// — use o endereço https.</translation>
    </message>
    <message>
        <source>Paste the webhook address from Bitrix24 (Developer resources → Inbound webhook).</source>
        <translation>Cole o endereço do webhook do Bitrix24 (Recursos para desenvolvedores → Webhook de entrada).</translation>
    </message>
    <message>
        <source>This is not a web address. A webhook address looks like https://company.bitrix24.com/rest/1/abc123/.</source>
        <translation>Isto não é um endereço da web. Um endereço de webhook tem o formato https://company.bitrix24.com/rest/1/abc123/.</translation>
    </message>
    <message>
        <source>This address is not a webhook: its path must start with /rest/&lt;user id&gt;/&lt;secret&gt;/.</source>
        <translation>Este endereço não é um webhook: o caminho deve começar com /rest/&lt;user id&gt;/&lt;secret&gt;/.</translation>
    </message>
    <message>
        <source>This is a REST 3.0 webhook address (/rest/api/…). Use the classic address /rest/&lt;user id&gt;/&lt;secret&gt;/.</source>
        <translation>Este é um endereço de webhook REST 3.0 (/rest/api/…). Use o endereço clássico /rest/&lt;user id&gt;/&lt;secret&gt;/.</translation>
    </message>
    <message>
        <source>The webhook address lacks the user id and secret after /rest/.</source>
        <translation>Faltam o id do usuário e o segredo depois de /rest/ no endereço do webhook.</translation>
    </message>
    <message>
        <source>After /rest/ the webhook address must have the numeric id of the user who created it.</source>
        <translation>Depois de /rest/, o endereço do webhook deve ter o id numérico do usuário que o criou.</translation>
    </message>
    <message>
        <source>The webhook address has no secret code after the user id. Copy the whole address from Bitrix24.</source>
        <translation>O endereço do webhook não tem código secreto depois do id do usuário. Copie o endereço completo do Bitrix24.</translation>
    </message>
    <message>
        <source>The webhook address has no valid secret code after the user id. Copy the whole address from Bitrix24.</source>
        <translation>O endereço do webhook não tem um código secreto válido depois do id do usuário. Copie o endereço completo do Bitrix24.</translation>
    </message>
    <message>
        <source>The webhook address has extra parts after the secret. It should end with /rest/&lt;user id&gt;/&lt;secret&gt;/.</source>
        <translation>O endereço do webhook tem partes a mais depois do segredo. Ele deve terminar com /rest/&lt;user id&gt;/&lt;secret&gt;/.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s client id and client secret from the application card in Bitrix24.</source>
        <translation>Informe o client id e o client secret do aplicativo exibidos no cartão do aplicativo no Bitrix24.</translation>
    </message>
    <message>
        <source>The OAuth server address must be an https address, e.g. https://oauth.bitrix.info/.</source>
        <translation>O endereço do servidor OAuth deve ser um endereço https, por exemplo, https://oauth.bitrix.info/.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The address names port 0, which no portal listens on. Leave the port out or give the real one.</source>
        <translation>O endereço indica a porta 0, na qual nenhum portal escuta. Omita a porta ou informe a correta.</translation>
    </message>
</context>
<context>
    <name>PortalError</name>
    <message>
        <source>Cannot reach the portal (%1). Check the address and your network connection, then try again.</source>
        <translation>Não é possível acessar o portal (%1). Verifique o endereço e sua conexão de rede e tente novamente.</translation>
    </message>
    <message>
        <source>Cannot reach the portal. Check your network connection and try again.</source>
        <translation>Não é possível acessar o portal. Verifique sua conexão de rede e tente novamente.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. Try again in a moment.</source>
        <translation>O portal não respondeu a tempo. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The portal requires a secure (https) address. Use the https:// address of the portal.</source>
        <translation>O portal exige um endereço seguro (https). Use o endereço https:// do portal.</translation>
    </message>
    <message>
        <source>certificate problem</source>
        <translation>problema de certificado</translation>
    </message>
    <message>
        <source>The portal sign-in has expired. Sign in again.</source>
        <translation>O login no portal expirou. Entre novamente.</translation>
    </message>
    <message>
        <source>The portal rejected the credentials. Check the webhook address or sign in again; your pending work is kept.</source>
        <translation>O portal recusou as credenciais. Verifique o endereço do webhook ou entre novamente; seu trabalho pendente foi mantido.</translation>
    </message>
    <message>
        <source>The webhook or application lacks the permission &quot;%1&quot;. Edit it in Bitrix24 (Developer resources) and tick that scope.</source>
        <translation>O webhook ou aplicativo não tem a permissão “%1”. Edite-o no Bitrix24 (Recursos para desenvolvedores) e marque esse escopo.</translation>
    </message>
    <message>
        <source>The webhook or application lacks a required permission (scope). Edit it in Bitrix24 and add the user, department and sonet_group scopes.</source>
        <translation>O webhook ou aplicativo não tem uma permissão necessária (escopo). Edite-o no Bitrix24 e adicione os escopos user, department e sonet_group.</translation>
    </message>
    <message>
        <source>Your Bitrix24 account is not allowed to do this. Ask a portal administrator for the right to invite users.</source>
        <translation>Sua conta do Bitrix24 não tem permissão para fazer isso. Peça a um administrador do portal o direito de convidar usuários.</translation>
    </message>
    <message>
        <source>The portal is limiting requests. InviteDesk will slow down; try again shortly.</source>
        <translation>O portal está limitando as solicitações. O InviteDesk vai desacelerar; tente novamente em breve.</translation>
    </message>
    <message>
        <source>The portal has paused this operation for a few minutes because of its load limit. Try again later.</source>
        <translation>O portal pausou esta operação por alguns minutos devido ao limite de carga. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>A user with this e-mail address already exists in the portal.</source>
        <translation>Já existe um usuário com este endereço de e-mail no portal.</translation>
    </message>
    <message>
        <source>The portal rejected the e-mail address. Check it for typing errors.</source>
        <translation>O portal recusou o endereço de e-mail. Verifique se há erros de digitação.</translation>
    </message>
    <message>
        <source>The portal&apos;s plan allows no more users. Free a seat or upgrade the plan.</source>
        <translation>O plano do portal não permite mais usuários. Libere uma vaga ou faça upgrade do plano.</translation>
    </message>
    <message>
        <source>Choose a department for the new employee (or invite them to an extranet group).</source>
        <translation>Escolha um departamento para o novo funcionário (ou convide-o para um grupo extranet).</translation>
    </message>
    <message>
        <source>Extranet users must be invited into an existing extranet group. Choose a valid group.</source>
        <translation>Usuários extranet devem ser convidados para um grupo extranet existente. Escolha um grupo válido.</translation>
    </message>
    <message>
        <source>This Bitrix24 portal has been deleted.</source>
        <translation>Este portal Bitrix24 foi excluído.</translation>
    </message>
    <message>
        <source>This address does not answer like a Bitrix24 portal. Check the address.</source>
        <translation>Este endereço não responde como um portal Bitrix24. Verifique o endereço.</translation>
    </message>
    <message>
        <source>The portal does not know this request or object (%1).</source>
        <translation>O portal não reconhece esta solicitação ou objeto (%1).</translation>
    </message>
    <message>
        <source>The portal had a server problem. Try again later.</source>
        <translation>O portal teve um problema no servidor. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The portal sent an answer InviteDesk cannot read. Try again later; if it persists, check that the address is a Bitrix24 portal.</source>
        <translation>O portal enviou uma resposta que o InviteDesk não consegue ler. Tente novamente mais tarde; se persistir, verifique se o endereço é de um portal Bitrix24.</translation>
    </message>
    <message>
        <source>The portal address is not valid.</source>
        <translation>O endereço do portal não é válido.</translation>
    </message>
    <message>
        <source>The request was not completed.</source>
        <translation>A solicitação não foi concluída.</translation>
    </message>
    <message>
        <source>The portal refused the request: %1</source>
        <translation>O portal recusou a solicitação: %1</translation>
    </message>
    <message>
        <source>The portal refused the request (%1).</source>
        <translation>O portal recusou a solicitação (%1).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <source>The portal sent an answer larger than %1, InviteDesk&apos;s limit for one answer, so InviteDesk stopped reading it. Try again later; if it persists, check that the address is a Bitrix24 portal.</source>
        <translation>O portal enviou uma resposta maior que %1, o limite do InviteDesk para uma resposta, então o InviteDesk parou de lê-la. Tente mais tarde; se persistir, verifique se o endereço é um portal Bitrix24.</translation>
    </message>
    <message>
        <source>The portal sent the list out of order (IDs did not rise). The directory refresh stopped; the previous copy is kept.</source>
        <translation>O portal enviou a lista fora de ordem (os IDs não aumentavam). A atualização do diretório parou; a cópia anterior é mantida.</translation>
    </message>
    <message>
        <source>The portal sent more entries than the %1 it announced. The directory refresh stopped; the previous copy is kept.</source>
        <translation>O portal enviou mais entradas do que as %1 que anunciou. A atualização do diretório parou; a cópia anterior é mantida.</translation>
    </message>
    <message>
        <source>The portal kept sending pages beyond the %1 its total allows. The directory refresh stopped; the previous copy is kept.</source>
        <translation>O portal continuou enviando páginas além das %1 que o seu total permite. A atualização do diretório parou; a cópia anterior é mantida.</translation>
    </message>
    <message>
        <source>The portal announced %1 entries, more than InviteDesk copies. The directory refresh stopped; the previous copy is kept.</source>
        <translation>O portal anunciou %1 entradas, mais do que o InviteDesk copia. A atualização do diretório parou; a cópia anterior é mantida.</translation>
    </message>
    <message>
        <source>Reading the directory took longer than %1. The directory refresh stopped; the previous copy is kept. Try again later.</source>
        <translation>A leitura do diretório levou mais de %1. A atualização do diretório parou; a cópia anterior é mantida. Tente mais tarde.</translation>
    </message>
    <message>
        <source>The portal&apos;s answers broke the protocol (%1). The operation stopped.</source>
        <translation>As respostas do portal violaram o protocolo (%1). A operação parou.</translation>
    </message>
    <message>
        <source>The portal tried to send InviteDesk to an address that is not a web address (%1). It was not followed.</source>
        <translation>O portal tentou enviar o InviteDesk para um endereço que não é um endereço da web (%1). Ele não foi seguido.</translation>
    </message>
    <message>
        <source>The portal answered with a redirect InviteDesk does not follow (it would drop the request&apos;s data). If the portal shows a notice in the browser, such as an expired licence, resolve it and try again.</source>
        <translation>O portal respondeu com um redirecionamento que o InviteDesk não segue (ele descartaria os dados da solicitação). Se o portal mostrar um aviso no navegador, como uma licença expirada, resolva-o e tente novamente.</translation>
    </message>
    <message>
        <source>The portal says it has moved to %1. InviteDesk sends nothing there until you confirm the new address.</source>
        <translation>O portal informa que mudou para %1. O InviteDesk não envia nada para lá até você confirmar o novo endereço.</translation>
    </message>
    <message>
        <source>The secure connection to the portal failed (%1). The connection was not used; check the address and the system clock. A portal on your company&apos;s own server (Bitrix24 on-premise) with a self-signed certificate or one from the company&apos;s own certificate authority: ask your administrator to add that certificate to this computer&apos;s trusted certificates, then connect again.</source>
        <translation>A conexão segura com o portal falhou (%1). A conexão não foi usada; verifique o endereço e o relógio do sistema. Se o portal estiver em um servidor próprio da empresa (Bitrix24 on-premise) com um certificado autoassinado ou da autoridade certificadora da empresa, peça ao administrador que adicione esse certificado aos certificados confiáveis deste computador e conecte-se novamente.</translation>
    </message>
    <message>
        <source>This computer does not trust the portal&apos;s certificate: it is self-signed or issued by your company&apos;s own certificate authority, as is usual for Bitrix24 on your own server. Nothing was sent.

Issued to: %1
SHA-256 fingerprint: %2

Ask your administrator for the portal&apos;s fingerprint. Only if it is the same, trust this certificate for this portal (Connect dialog).</source>
        <translation>Este computador não confia no certificado do portal: ele é autoassinado ou emitido pela autoridade certificadora própria da sua empresa, como é comum no Bitrix24 em servidor próprio. Nada foi enviado.

Emitido para: %1
Impressão digital SHA-256: %2

Peça ao administrador a impressão digital do portal. Somente se for igual, confie neste certificado para este portal (diálogo Conectar).</translation>
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
        <translation>&amp;Trocar de portal</translation>
    </message>
    <message>
        <source>Switch portal</source>
        <translation>Trocar de portal</translation>
    </message>
    <message>
        <source>Work on another remembered portal</source>
        <translation>Trabalhar em outro portal memorizado</translation>
    </message>
    <message>
        <source>No remembered portals</source>
        <translation>Nenhum portal memorizado</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (usuário %2)</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>The portal you are working on</source>
        <translation>O portal em que você está trabalhando</translation>
    </message>
    <message>
        <source>Sign out of the current portal and work on %1</source>
        <translation>Desconectar do portal atual e trabalhar em %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies after InviteDesk restarts.</source>
        <translation>O novo idioma será aplicado quando o InviteDesk for reiniciado.</translation>
    </message>
    <message>
        <source>Refresh the directory every (minutes)</source>
        <translation>Atualizar o diretório a cada (minutos)</translation>
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
        <translation>&amp;Atualizar o diretório a cada:</translation>
    </message>
    <message>
        <source>Users allowed by the plan</source>
        <translation>Usuários permitidos pelo plano</translation>
    </message>
    <message>
        <source>Used to warn before an invitation would exceed the plan&apos;s user limit. 0 when unknown.</source>
        <translation>Usado para avisar antes que um convite ultrapasse o limite de usuários do plano. 0 quando desconhecido.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Users &amp;allowed by the plan:</source>
        <translation>&amp;Usuários permitidos pelo plano:</translation>
    </message>
    <message>
        <source>Your Bitrix24 plan</source>
        <translation>Seu plano do Bitrix24</translation>
    </message>
    <message>
        <source>InviteDesk paces its work to what the portal accepts: an Enterprise portal accepts more at once, so large invitations and refreshes finish sooner.</source>
        <translation>O InviteDesk ajusta seu ritmo ao que o portal aceita: um portal Enterprise aceita mais ao mesmo tempo, então convites grandes e atualizações terminam mais cedo.</translation>
    </message>
    <message>
        <source>Free, Basic, Standard or Professional</source>
        <translation>Free, Basic, Standard ou Professional</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Your Bitrix24 &amp;plan:</source>
        <translation>Seu &amp;plano do Bitrix24:</translation>
    </message>
    <message>
        <source>Confirm sends of more invitations than</source>
        <translation>Confirmar envios com mais convites que</translation>
    </message>
    <message>
        <source>Con&amp;firm sends of more invitations than:</source>
        <translation>Con&amp;firmar envios com mais convites que:</translation>
    </message>
    <message>
        <source>When inviting to %1:</source>
        <translation>Ao convidar para %1:</translation>
    </message>
    <message>
        <source>Default department</source>
        <translation>Departamento padrão</translation>
    </message>
    <message>
        <source>Preselected on the Register tab, and joined by e-mail invitations that name no department.</source>
        <translation>Pré-selecionado na aba Registrar; os convites por e-mail que não indicam departamento entram nele.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>The default department saved before (ID %1) is not in this portal&apos;s directory, so it is ignored.</source>
        <translation>O departamento padrão salvo antes (ID %1) não está no diretório deste portal e por isso é ignorado.</translation>
    </message>
    <message>
        <source>Default &amp;department:</source>
        <translation>&amp;Departamento padrão:</translation>
    </message>
    <message>
        <source>Default message template</source>
        <translation>Modelo de mensagem padrão</translation>
    </message>
    <message>
        <source>The saved template Invite by Email starts with.</source>
        <translation>O modelo salvo com que Convidar por e-mail começa.</translation>
    </message>
    <message>
        <source>Built-in message</source>
        <translation>Mensagem integrada</translation>
    </message>
    <message>
        <source>The default template &quot;%1&quot; is no longer saved, so the built-in message is used.</source>
        <translation>O modelo padrão &quot;%1&quot; não está mais salvo, então a mensagem integrada é usada.</translation>
    </message>
    <message>
        <source>Default message &amp;template:</source>
        <translation>&amp;Modelo de mensagem padrão:</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The profile %1 is a file, not a folder.</source>
        <translation>O perfil %1 é um arquivo, não uma pasta.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be created.</source>
        <translation>Não é possível criar a pasta de perfil %1.</translation>
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
        <translation>Copiar o link</translation>
    </message>
    <message>
        <source>Save P&amp;NG…</source>
        <translation>Salvar P&amp;NG…</translation>
    </message>
    <message>
        <source>Save the QR code as PNG</source>
        <translation>Salvar o código QR como PNG</translation>
    </message>
    <message>
        <source>Save S&amp;VG…</source>
        <translation>Salvar S&amp;VG…</translation>
    </message>
    <message>
        <source>Save the QR code as SVG</source>
        <translation>Salvar o código QR como SVG</translation>
    </message>
    <message>
        <source>C&amp;hange in portal…</source>
        <translation>Alterar no port&amp;al…</translation>
    </message>
    <message>
        <source>Change the registration settings in the portal</source>
        <translation>Alterar as configurações de registro no portal</translation>
    </message>
    <message>
        <source>&amp;Share by e-mail…</source>
        <translation>Compart&amp;ilhar por e-mail…</translation>
    </message>
    <message>
        <source>Share by e-mail</source>
        <translation>Compartilhar por e-mail</translation>
    </message>
    <message>
        <source>Registration link</source>
        <translation>Link de registro</translation>
    </message>
    <message>
        <source>https://%1/…</source>
        <translation>https://%1/…</translation>
    </message>
    <message>
        <source>QR code of the registration link</source>
        <translation>Código QR do link de registro</translation>
    </message>
    <message>
        <source>Registration &amp;link:</source>
        <translation>&amp;Link de registro:</translation>
    </message>
    <message>
        <source>&amp;Fetch from sandbox</source>
        <translation>&amp;Obter do portal de testes</translation>
    </message>
    <message>
        <source>Fetch the link from the training portal</source>
        <translation>Obter o link do portal de testes</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print the QR code</source>
        <translation>Imprimir o código QR</translation>
    </message>
    <message>
        <source>Regenerating the link in the portal breaks every link already shared, including printed QR codes.</source>
        <translation>Gerar um novo link no portal invalida todos os links já compartilhados, inclusive códigos QR impressos.</translation>
    </message>
    <message>
        <source>Hello,

{inviter} invites you to join {portal}, our company&apos;s Bitrix24. Register with this link:
{join_link}

See you there!</source>
        <translation>Olá,

{inviter} convida você a participar do {portal}, o Bitrix24 da nossa empresa. Registre-se por este link:
{join_link}

Até lá!</translation>
    </message>
    <message>
        <source>The link is on the clipboard.</source>
        <translation>O link está na área de transferência.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imagens SVG (*.svg)</translation>
    </message>
    <message>
        <source>The QR code appears here once the link is valid.</source>
        <translation>O código QR aparecerá aqui quando o link for válido.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>Não foi possível abrir %1.</translation>
    </message>
    <message>
        <source>your mail program</source>
        <translation>seu programa de e-mail</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>Salvar código QR</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Não foi possível salvar %1.</translation>
    </message>
    <message>
        <source>Asking the training portal…</source>
        <translation>Consultando o portal de testes…</translation>
    </message>
    <message>
        <source>The training portal did not answer: %1</source>
        <translation>O portal de testes não respondeu: %1</translation>
    </message>
    <message>
        <source>Fetched the registration link from the training portal.</source>
        <translation>Link de registro obtido do portal de testes.</translation>
    </message>
    <message>
        <source>Who may join, as last seen in the portal</source>
        <translation>Quem pode entrar, como visto por último no portal</translation>
    </message>
    <message>
        <source>Who may join (as last seen in the portal)</source>
        <translation>Quem pode entrar (como visto por último no portal)</translation>
    </message>
    <message>
        <source>Not known here: a portal does not tell other programs whether its link is public or moderated. See it in the portal.</source>
        <translation>Não se sabe aqui: um portal não informa a outros programas se o link é público ou moderado. Veja no portal.</translation>
    </message>
    <message>
        <source>Moderated: an administrator approves each person.</source>
        <translation>Moderado: um administrador aprova cada pessoa.</translation>
    </message>
    <message>
        <source>Public: anyone with the link joins.</source>
        <translation>Público: qualquer pessoa com o link entra.</translation>
    </message>
    <message>
        <source>No trusted domains.</source>
        <translation>Nenhum domínio confiável.</translation>
    </message>
    <message>
        <source>Trusted domains, whose people join without approval: %1.</source>
        <translation>Domínios confiáveis, cujas pessoas entram sem aprovação: %1.</translation>
    </message>
</context>
<context>
    <name>RecipientClassifier</name>
    <message numerus="yes">
        <source>skip %n already employee(s)</source>
        <translation>
            <numerusform>ignorando %n que já é funcionário</numerusform>
            <numerusform>ignorando %n que já são funcionários</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skip %n already invited</source>
        <translation>
            <numerusform>ignorando %n já convidado</numerusform>
            <numerusform>ignorando %n já convidados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skip %n already in the outbox</source>
        <translation>
            <numerusform>ignorando %n já na caixa de saída</numerusform>
            <numerusform>ignorando %n já na caixa de saída</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skip %n dismissed user(s)</source>
        <translation>
            <numerusform>ignorando %n usuário demitido</numerusform>
            <numerusform>ignorando %n usuários demitidos</numerusform>
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
            <numerusform>%n inválido</numerusform>
            <numerusform>%n inválidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over the user limit</source>
        <translation>
            <numerusform>%n acima do limite de usuários</numerusform>
            <numerusform>%n acima do limite de usuários</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Invalid address: %1</source>
        <translation>Endereço inválido: %1</translation>
    </message>
    <message>
        <source>Repeated: this address is already in the list (row %1).</source>
        <translation>Repetido: este endereço já está na lista (linha %1).</translation>
    </message>
    <message>
        <source>Already an employee.</source>
        <translation>Já é funcionário.</translation>
    </message>
    <message>
        <source>Already invited and not joined yet.</source>
        <translation>Já convidado e ainda não entrou.</translation>
    </message>
    <message>
        <source>Belongs to a dismissed user; the portal does not reuse it. Reinstate the user instead.</source>
        <translation>Pertence a um usuário demitido; o portal não o reutiliza. Em vez disso, readmita o usuário.</translation>
    </message>
    <message>
        <source>Already waiting in the outbox.</source>
        <translation>Já está aguardando na caixa de saída.</translation>
    </message>
    <message>
        <source>Would exceed the plan&apos;s user limit.</source>
        <translation>Excederia o limite de usuários do plano.</translation>
    </message>
    <message numerus="yes">
        <source>Will invite %n</source>
        <translation>
            <numerusform>Será convidada %n pessoa</numerusform>
            <numerusform>Serão convidadas %n pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to invite</source>
        <translation>Ninguém para convidar</translation>
    </message>
    <message numerus="yes">
        <source>Invite %n</source>
        <translation>
            <numerusform>Convidar %n</numerusform>
            <numerusform>Convidar %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This row has a problem.</source>
        <translation>Esta linha tem um problema.</translation>
    </message>
</context>
<context>
    <name>RecipientReviewGrid</name>
    <message>
        <source>Show &amp;problems only</source>
        <translation>Mostrar só &amp;problemas</translation>
    </message>
    <message>
        <source>Remove in&amp;valid</source>
        <translation>Remover os in&amp;válidos</translation>
    </message>
    <message>
        <source>Show so&amp;urce</source>
        <translation>Mostrar &amp;origem</translation>
    </message>
    <message>
        <source>Show problems only</source>
        <translation>Mostrar só problemas</translation>
    </message>
    <message>
        <source>Remove invalid recipients</source>
        <translation>Remover os destinatários inválidos</translation>
    </message>
    <message>
        <source>Show where the selected recipient came from</source>
        <translation>Mostrar de onde veio o destinatário selecionado</translation>
    </message>
    <message>
        <source>The line of the imported file, or the entry in the typed text</source>
        <translation>A linha do arquivo importado ou a entrada no texto digitado</translation>
    </message>
    <message>
        <source>Recipients and their state</source>
        <translation>Destinatários e seu estado</translation>
    </message>
    <message>
        <source>Edit a field with F2 or by typing; it is sent as shown.</source>
        <translation>Edite um campo com F2 ou digitando; ele é enviado como mostrado.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, linha %2: %3</translation>
    </message>
</context>
<context>
    <name>RecipientReviewModel</name>
    <message>
        <source>typed</source>
        <translation>digitado</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, linha %2</translation>
    </message>
    <message>
        <source>No department in this row: the one chosen below, %1.</source>
        <translation>Sem departamento nesta linha: o escolhido abaixo, %1.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Nome do meio</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
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
        <translation>Esta linha indica um departamento, mas usuários da extranet entram em grupos de trabalho, não em departamentos.</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@example.com</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telefone (opcional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Sa&amp;ve as preset…</source>
        <translation>Sal&amp;var como perfil…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Excluir perfil</translation>
    </message>
    <message>
        <source>Create or attach a company mail&amp;box in the portal…</source>
        <translation>Criar ou vincular uma caixa de &amp;correio da empresa no portal…</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Re&amp;gistrar</translation>
    </message>
    <message>
        <source>Register and add &amp;another</source>
        <translation>Registrar e adicionar &amp;outro</translation>
    </message>
    <message>
        <source>Role preset</source>
        <translation>Perfil de função</translation>
    </message>
    <message>
        <source>Role presets</source>
        <translation>Perfis de função</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Salvar como perfil</translation>
    </message>
    <message>
        <source>Create or attach a company mailbox in the portal</source>
        <translation>Criar ou vincular uma caixa de correio da empresa no portal</translation>
    </message>
    <message>
        <source>Opens the portal&apos;s mail settings in your browser; there is no REST method for mailboxes.</source>
        <translation>Abre as configurações de e-mail do portal no navegador; não há método REST para caixas de correio.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Register and add another</source>
        <translation>Registrar e adicionar outro</translation>
    </message>
    <message>
        <source>Registered people and their results</source>
        <translation>Pessoas registradas e seus resultados</translation>
    </message>
    <message>
        <source>Saved in the portal as the person&apos;s mobile phone.</source>
        <translation>Salvo no portal como o celular da pessoa.</translation>
    </message>
    <message>
        <source>The portal e-mails the new person a link to set their password and sign in. Passwords cannot be set from here: the portal&apos;s API has none.</source>
        <translation>O portal envia à nova pessoa um e-mail com um link para definir a senha e entrar. Não é possível definir senhas aqui: a API do portal não oferece isso.</translation>
    </message>
    <message>
        <source>Role pre&amp;set:</source>
        <translation>Per&amp;fil de função:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Sobrenome:</translation>
    </message>
    <message>
        <source>E-ma&amp;il:</source>
        <translation>E-ma&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>C&amp;argo:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Departamento:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Te&amp;lefone:</translation>
    </message>
    <message>
        <source>Invalid address: %1</source>
        <translation>Endereço inválido: %1</translation>
    </message>
    <message>
        <source>This address already belongs to an employee.</source>
        <translation>Este endereço já pertence a um funcionário.</translation>
    </message>
    <message>
        <source>This address was already invited and has not joined yet.</source>
        <translation>Este endereço já foi convidado e ainda não entrou.</translation>
    </message>
    <message>
        <source>This address belongs to a dismissed user; the portal does not reuse it.</source>
        <translation>Este endereço pertence a um usuário demitido; o portal não o reutiliza.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s e-mail address.</source>
        <translation>Informe o endereço de e-mail da pessoa.</translation>
    </message>
    <message>
        <source>Could not queue the registration: %1</source>
        <translation>Não foi possível colocar o registro na fila: %1</translation>
    </message>
    <message>
        <source>%1 is already waiting in the outbox.</source>
        <translation>%1 já está aguardando na caixa de saída.</translation>
    </message>
    <message>
        <source>%1 is queued; the portal will e-mail the access details.</source>
        <translation>%1 está na fila; o portal enviará os dados de acesso por e-mail.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no preset)</source>
        <translation>(sem perfil)</translation>
    </message>
    <message>
        <source>Preset “%1” applied.</source>
        <translation>Perfil “%1” aplicado.</translation>
    </message>
    <message>
        <source>Save role preset</source>
        <translation>Salvar perfil de função</translation>
    </message>
    <message>
        <source>Preset &amp;name (department, position and groups are saved):</source>
        <translation>&amp;Nome do perfil (departamento, cargo e grupos são salvos):</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>Descartar rasc&amp;unho</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Descartar rascunho</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Não foi possível salvar o rascunho: %1</translation>
    </message>
    <message>
        <source>Restored the draft saved %1.</source>
        <translation>Rascunho salvo em %1 restaurado.</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>O rascunho foi descartado.</translation>
    </message>
    <message>
        <source>Registers this person, then empties the name, e-mail and phone for the next one; the role preset, position and department stay.</source>
        <translation>Registra esta pessoa e depois limpa o nome, o e-mail e o telefone para a próxima; o modelo de função, o cargo e o departamento permanecem.</translation>
    </message>
</context>
<context>
    <name>RegistrationLink</name>
    <message>
        <source>Paste the registration link from the portal (Employees → Invite → Quick registration).</source>
        <translation>Cole o link de registro do portal (Funcionários → Convidar → Registro rápido).</translation>
    </message>
    <message>
        <source>The link contains spaces; paste it exactly as the portal shows it.</source>
        <translation>O link contém espaços; cole-o exatamente como o portal o exibe.</translation>
    </message>
    <message>
        <source>This is not a web address. It should start with https:// and your portal&apos;s name.</source>
        <translation>Isto não é um endereço da web. Ele deve começar com https:// e o nome do seu portal.</translation>
    </message>
    <message>
        <source>The link must start with https://, not %1:.</source>
        <translation>O link deve começar com https://, não com %1:.</translation>
    </message>
    <message>
        <source>The link uses http://; portal links use https://.</source>
        <translation>O link usa http://; os links do portal usam https://.</translation>
    </message>
    <message>
        <source>This link belongs to %1, not to your portal %2.</source>
        <translation>Este link pertence a %1, não ao seu portal %2.</translation>
    </message>
    <message>
        <source>This link points to port %1 of %2, but your portal answers on port %3.</source>
        <translation>Este link aponta para a porta %1 de %2, mas o seu portal responde na porta %3.</translation>
    </message>
    <message>
        <source>This is the portal&apos;s home page, not its registration link.</source>
        <translation>Esta é a página inicial do portal, não o link de registro.</translation>
    </message>
</context>
<context>
    <name>ScriptedReport</name>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorado</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
</context>
<context>
    <name>ScriptedTask</name>
    <message numerus="yes">
        <source>The portal gave no usable answer for %n second(s).</source>
        <translation>
            <numerusform>O portal não deu resposta útil por %n segundo.</numerusform>
            <numerusform>O portal não deu resposta útil por %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último erro: %1</translation>
    </message>
    <message numerus="yes">
        <source>The run did not finish within --timeout %n second(s).</source>
        <translation>
            <numerusform>A execução não terminou dentro de --timeout %n segundo.</numerusform>
            <numerusform>A execução não terminou dentro de --timeout %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Portal problem (%1); trying again in %n second(s)…</source>
        <translation>
            <numerusform>Problema no portal (%1); nova tentativa em %n segundo…</numerusform>
            <numerusform>Problema no portal (%1); nova tentativa em %n segundos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>No keychain is available on this system (no Secret Service is running), so InviteDesk cannot store the portal&apos;s secret safely. You can keep it for this session only; you will have to connect again next time.</source>
        <translation>Não há chaveiro disponível neste sistema (nenhum Secret Service em execução), então o InviteDesk não pode guardar o segredo do portal com segurança. Você pode mantê-lo apenas nesta sessão; terá que se conectar novamente na próxima vez.</translation>
    </message>
    <message>
        <source>The stored sign-in for this portal was not found in the keychain. Connect the portal again.</source>
        <translation>O login salvo para este portal não foi encontrado no chaveiro. Conecte o portal novamente.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Unlock the keychain or allow InviteDesk to use it, then try again.</source>
        <translation>O acesso ao chaveiro foi negado. Desbloqueie o chaveiro ou permita que o InviteDesk o use e tente novamente.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it persists, restart the keychain service.</source>
        <translation>O chaveiro informou um erro. Tente novamente; se persistir, reinicie o serviço de chaveiro.</translation>
    </message>
</context>
<context>
    <name>SendAnnouncer</name>
    <message>
        <source>Sending finished: %1 sent, %2 failed (see the Outbox).</source>
        <translation>Envio concluído: %1 enviados, %2 com falha (veja a caixa de saída).</translation>
    </message>
    <message>
        <source>Sending finished: %1 sent.</source>
        <translation>Envio concluído: %1 enviados.</translation>
    </message>
    <message>
        <source>InviteDesk</source>
        <translation>InviteDesk</translation>
    </message>
    <message>
        <source>Invitations sent</source>
        <translation>Convites enviados</translation>
    </message>
</context>
<context>
    <name>UserState</name>
    <message>
        <source>Employee</source>
        <translation>Funcionário</translation>
    </message>
    <message>
        <source>Extranet</source>
        <translation>Extranet</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Demitido</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Convidado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A simulated Bitrix24 portal on loopback, for InviteDesk and any other Bitrix24 client.</source>
        <translation>Um portal Bitrix24 simulado em loopback, para o InviteDesk e qualquer outro cliente Bitrix24.</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>Porta de escuta (0: qualquer porta livre).</translation>
    </message>
    <message>
        <source>Number of demo users.</source>
        <translation>Número de usuários de demonstração.</translation>
    </message>
    <message>
        <source>Seed of the demo company.</source>
        <translation>Semente da empresa de demonstração.</translation>
    </message>
    <message>
        <source>Leaky bucket drain per second (0 disables the limit).</source>
        <translation>Escoamento por segundo do balde furado (0 desativa o limite).</translation>
    </message>
    <message>
        <source>Leaky bucket size.</source>
        <translation>Tamanho do balde furado.</translation>
    </message>
    <message>
        <source>Serve HTTPS with a self-signed throw-away test certificate.</source>
        <translation>Servir HTTPS com um certificado de teste descartável e autoassinado.</translation>
    </message>
    <message>
        <source>Invalid value for --%1: %2</source>
        <translation>Valor inválido para --%1: %2</translation>
    </message>
    <message>
        <source>Cannot create the signal socket pair</source>
        <translation>Não é possível criar o par de sockets de sinal</translation>
    </message>
    <message>
        <source>Cannot start the sandbox portal: %1</source>
        <translation>Não é possível iniciar o portal de testes: %1</translation>
    </message>
    <message>
        <source>Sandbox portal: %1</source>
        <translation>Portal de testes: %1</translation>
    </message>
    <message>
        <source>Admin webhook: %1</source>
        <translation>Webhook de administrador: %1</translation>
    </message>
    <message>
        <source>Employee webhook: %1</source>
        <translation>Webhook de funcionário: %1</translation>
    </message>
    <message>
        <source>Limited webhook (department, %1): %2</source>
        <translation>Webhook limitado (department, %1): %2</translation>
    </message>
    <message>
        <source>OAuth client id: %1</source>
        <translation>ID do cliente OAuth: %1</translation>
    </message>
    <message>
        <source>OAuth client secret: %1</source>
        <translation>Segredo do cliente OAuth: %1</translation>
    </message>
    <message>
        <source>OAuth server: %1</source>
        <translation>Servidor OAuth: %1</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Pressione Ctrl+C para parar.</translation>
    </message>
    <message>
        <source>HTTPS with a self-signed THROW-AWAY TEST certificate (SHA-256 %1); trust it for tests only.</source>
        <translation>HTTPS com um certificado de TESTE DESCARTÁVEL autoassinado (SHA-256 %1); confie nele apenas para testes.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Parado.</translation>
    </message>
    <message>
        <source>--portal - found no webhook URL on standard input.</source>
        <translation>--portal - não encontrou URL de webhook na entrada padrão.</translation>
    </message>
    <message>
        <source>No portal: add one in the app, or pass --account, --portal - or the INVITEDESK_WEBHOOK variable.</source>
        <translation>Sem portal: adicione um no aplicativo ou use --account, --portal - ou a variável INVITEDESK_WEBHOOK.</translation>
    </message>
    <message>
        <source>No stored account for %1; the app stores %2.</source>
        <translation>Nenhuma conta guardada para %1; o aplicativo guarda %2.</translation>
    </message>
    <message>
        <source>Control token (header %1 on /sandbox/ requests): %2</source>
        <translation>Token de controle (cabeçalho %1 nas requisições /sandbox/): %2</translation>
    </message>
    <message>
        <source>Cannot install the console stop handler</source>
        <translation>Não foi possível instalar o tratador de parada do console</translation>
    </message>
    <message>
        <source>InviteDesk is already running; its window was brought to the front.</source>
        <translation>O InviteDesk já está em execução; a janela dele foi trazida para a frente.</translation>
    </message>
    <message>
        <source>InviteDesk is already running for this profile but does not answer. Close it, or end its process, and start again.</source>
        <translation>O InviteDesk já está em execução para este perfil, mas não responde. Feche-o ou encerre o processo dele e inicie novamente.</translation>
    </message>
</context>
</TS>
