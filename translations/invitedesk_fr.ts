<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApplicationShell</name>
    <message>
        <source>&amp;Employees</source>
        <translation>&amp;Employés</translation>
    </message>
    <message>
        <source>Company &amp;Structure</source>
        <translation>&amp;Structure de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Forget %1 and remove its secrets from the keychain? The local copy of the directory stays until you connect again.</source>
        <translation>Oublier %1 et supprimer ses secrets du trousseau&#xa0;? La copie locale de l&apos;annuaire est conservée jusqu&apos;à votre prochaine connexion.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>%1 Showing the copy of the directory on this computer.</source>
        <translation>%1 Affichage de la copie de l&apos;annuaire enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Aucun trousseau disponible</translation>
    </message>
    <message>
        <source>%1

InviteDesk never writes secrets to a file. Keep the secret in memory for this session only? You will have to connect again next time.</source>
        <translation>%1

InviteDesk n&apos;écrit jamais de secrets dans un fichier. Garder le secret en mémoire pour cette session uniquement&#xa0;? Vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>Signed out. The next start opens the sandbox portal.</source>
        <translation>Déconnecté. Le prochain démarrage ouvrira le portail de test.</translation>
    </message>
    <message>
        <source>Directory updated: %1</source>
        <translation>Annuaire mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sandbox portal</source>
        <translation>Portail de test</translation>
    </message>
    <message>
        <source>Invitations can be composed once the portal has answered or its outbox is open.</source>
        <translation>Vous pourrez rédiger des invitations dès que le portail aura répondu ou que sa boîte d&apos;envoi sera ouverte.</translation>
    </message>
    <message>
        <source>The outbox opens once the portal has answered.</source>
        <translation>La boîte d&apos;envoi s&apos;ouvre dès que le portail a répondu.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address to sign in: %1</source>
        <translation>Aucun navigateur n’a pu être ouvert. Ouvrez cette adresse pour vous connecter&#xa0;: %1</translation>
    </message>
    <message>
        <source>InviteDesk could not listen for the sign-in answer.</source>
        <translation>InviteDesk n’a pas pu recevoir la réponse de la connexion.</translation>
    </message>
    <message>
        <source>Portal moved?</source>
        <translation>Portail déplacé ?</translation>
    </message>
    <message>
        <source>The portal %1 answers that it has moved to %2.

Continue with %2 only if your company really changed its Bitrix24 address: InviteDesk will send its sign-in and your invitations there. Nothing has been sent there yet.</source>
        <translation>Le portail %1 répond qu’il a déménagé vers %2.

Ne continuez avec %2 que si votre entreprise a vraiment changé d’adresse Bitrix24 : InviteDesk y enverra sa connexion et vos invitations. Rien n’y a encore été envoyé.</translation>
    </message>
    <message>
        <source>Signed out. Your other portals are under Portal → Switch portal.</source>
        <translation>Déconnecté. Vos autres portails sont dans Portail → Changer de portail.</translation>
    </message>
</context>
<context>
    <name>CompanyStructurePage</name>
    <message>
        <source>Company structure</source>
        <translation>Structure de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>De&amp;partments:</source>
        <translation>Ser&amp;vices&#xa0;:</translation>
    </message>
    <message>
        <source>Include &amp;sub-departments</source>
        <translation>Inclure les so&amp;us-services</translation>
    </message>
    <message>
        <source>Include sub-departments</source>
        <translation>Inclure les sous-services</translation>
    </message>
    <message>
        <source>&amp;Invite to this department…</source>
        <translation>&amp;Inviter dans ce service…</translation>
    </message>
    <message>
        <source>Invite to this department…</source>
        <translation>Inviter dans ce service…</translation>
    </message>
    <message>
        <source>Opens the invite dialog with the selected department</source>
        <translation>Ouvre la fenêtre d&apos;invitation avec le service sélectionné</translation>
    </message>
    <message>
        <source>People in the department</source>
        <translation>Personnes du service</translation>
    </message>
    <message>
        <source>Department actions</source>
        <translation>Actions sur le service</translation>
    </message>
    <message>
        <source>The directory is not available yet. It appears here once it has been downloaded from the portal.</source>
        <translation>L&apos;annuaire n&apos;est pas encore disponible. Il apparaîtra ici une fois téléchargé depuis le portail.</translation>
    </message>
    <message>
        <source>Select a department to see its people.</source>
        <translation>Sélectionnez un service pour voir ses membres.</translation>
    </message>
    <message>
        <source>Nobody works in this department yet.</source>
        <translation>Personne ne travaille encore dans ce service.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting people…</source>
        <translation>Comptage des personnes…</translation>
    </message>
    <message>
        <source>The company&apos;s departments with their heads, their own number of members and the number with all sub-departments. The context menu invites people to a department.</source>
        <translation>Les services de l&apos;entreprise avec leurs responsables, leur nombre de membres propres et le nombre avec tous les sous-services. Le menu contextuel permet d&apos;inviter des personnes dans un service.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a department&apos;s two member counts</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people with sub-departments</source>
        <translation>
            <numerusform>%Ln personne avec les sous-services</numerusform>
            <numerusform>%Ln personnes avec les sous-services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln directly in this department</source>
        <translation>
            <numerusform>%Ln directement dans ce service</numerusform>
            <numerusform>%Ln directement dans ce service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people directly in this department</source>
        <translation>
            <numerusform>%Ln personne directement dans ce service</numerusform>
            <numerusform>%Ln personnes directement dans ce service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with sub-departments</source>
        <translation>
            <numerusform>%Ln avec les sous-services</numerusform>
            <numerusform>%Ln avec les sous-services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectPortalDialog</name>
    <message>
        <source>Connect a Bitrix24 portal</source>
        <translation>Connecter un portail Bitrix24</translation>
    </message>
    <message>
        <source>Connection method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <source>&amp;OAuth application</source>
        <translation>Application &amp;OAuth</translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation>Problème d&apos;adresse</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>In your portal open Developer resources → Other → Inbound webhook, tick the scopes &lt;i&gt;user&lt;/i&gt;, &lt;i&gt;department&lt;/i&gt; and &lt;i&gt;sonet_group&lt;/i&gt;, and paste the webhook address here. It is kept in your system&apos;s keychain.</source>
        <translation>Dans votre portail, ouvrez Ressources pour les développeurs → Autre → Webhook entrant, cochez les autorisations &lt;i&gt;user&lt;/i&gt;, &lt;i&gt;department&lt;/i&gt; et &lt;i&gt;sonet_group&lt;/i&gt;, puis collez ici l&apos;adresse du webhook. Elle est conservée dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Adresse du webhook</translation>
    </message>
    <message>
        <source>https://company.bitrix24.com/rest/1/abc123xyz/</source>
        <translation>https://company.bitrix24.com/rest/1/abc123xyz/</translation>
    </message>
    <message>
        <source>Webhook &amp;address:</source>
        <translation>&amp;Adresse du webhook&#xa0;:</translation>
    </message>
    <message>
        <source>Use a local application created in your portal. InviteDesk opens your browser to sign in; the tokens are kept in your system&apos;s keychain.</source>
        <translation>Utilisez une application locale créée dans votre portail. InviteDesk ouvre votre navigateur pour vous connecter&#xa0;; les jetons sont conservés dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Adresse du portail</translation>
    </message>
    <message>
        <source>company.bitrix24.com</source>
        <translation>company.bitrix24.com</translation>
    </message>
    <message>
        <source>Application ID (client_id)</source>
        <translation>ID de l&apos;application (client_id)</translation>
    </message>
    <message>
        <source>Application key (client_secret)</source>
        <translation>Clé de l&apos;application (client_secret)</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Serveur d&apos;autorisation</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>&amp;Portail&#xa0;:</translation>
    </message>
    <message>
        <source>Application &amp;ID:</source>
        <translation>&amp;ID de l&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>Application &amp;key:</source>
        <translation>C&amp;lé de l&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>Authorization &amp;server:</source>
        <translation>&amp;Serveur d&apos;autorisation&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the application ID and key shown in the application&apos;s card in your portal.</source>
        <translation>Saisissez l&apos;ID et la clé affichés dans la fiche de l&apos;application de votre portail.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>The secret part is hidden while you are not editing it.</source>
        <translation>La partie secrète est masquée tant que vous ne la modifiez pas.</translation>
    </message>
    <message>
        <source>S&amp;how the secret</source>
        <translation>&amp;Afficher le secret</translation>
    </message>
    <message>
        <source>Show the secret part of the webhook address</source>
        <translation>Afficher la partie secrète de l’adresse du webhook</translation>
    </message>
    <message>
        <source>Certificate issued to</source>
        <translation>Certificat délivré à</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à :</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this portal</source>
        <translation>&amp;Faire confiance à ce certificat pour ce portail</translation>
    </message>
    <message>
        <source>Trust this certificate for this portal</source>
        <translation>Faire confiance à ce certificat pour ce portail</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate of %1: it is self-signed or issued by your company&apos;s own certificate authority, as is usual for Bitrix24 on your own server. Nothing was sent. Ask your administrator for the portal&apos;s SHA-256 fingerprint and trust the certificate only if it is the same as below.</source>
        <translation>Cet ordinateur ne fait pas confiance au certificat de %1 : il est auto-signé ou délivré par l’autorité de certification propre à votre entreprise, comme c’est courant pour Bitrix24 sur votre propre serveur. Rien n’a été envoyé. Demandez à votre administrateur l’empreinte SHA-256 du portail et ne faites confiance au certificat que si elle est identique à celle ci-dessous.</translation>
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
        <translation>Unicode (UTF-16 petit-boutiste)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 big-endian)</source>
        <translation>Unicode (UTF-16 gros-boutiste)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Cyrillique (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Cyrillique (KOI8-R)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Europe occidentale (Windows-1252)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>Europe centrale (Windows-1250)</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read, %1 with a usable address.</source>
        <translation>
            <numerusform>%n ligne lue, %1 avec une adresse exploitable.</numerusform>
            <numerusform>%n lignes lues, %1 avec une adresse exploitable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n recipient(s)</source>
        <translation>
            <numerusform>&amp;Ajouter %n destinataire</numerusform>
            <numerusform>&amp;Ajouter %n destinataires</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Encodage du fichier</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>Columns hold:</source>
        <translation>Les colonnes contiennent :</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Le fichier n’a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>What column %1 (%2) holds</source>
        <translation>Ce que contient la colonne %1 (%2)</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Lu comme %1.</translation>
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
        <translation>prénom</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>deuxième prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom complet</translation>
    </message>
    <message>
        <source>position</source>
        <translation>poste</translation>
    </message>
    <message>
        <source>department</source>
        <translation>service</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Le fichier n&apos;a pas pu être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file contains no rows.</source>
        <translation>Le fichier ne contient aucune ligne.</translation>
    </message>
    <message>
        <source>No header row; columns read as: %1.</source>
        <translation>Pas de ligne d&apos;en-tête&#xa0;; colonnes lues comme&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A quotation mark is not closed; the rest of the file was read as one field.</source>
        <translation>Un guillemet n&apos;est pas fermé&#xa0;; le reste du fichier a été lu comme un seul champ.</translation>
    </message>
    <message>
        <source>No e-mail address in this row.</source>
        <translation>Aucune adresse e-mail dans cette ligne.</translation>
    </message>
    <message>
        <source>This row has more fields than the header; the extra ones were ignored.</source>
        <translation>Cette ligne contient plus de champs que l&apos;en-tête&#xa0;; les champs en trop ont été ignorés.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>The header row names no e-mail column; columns read as: %1. Choose what each column holds if this is wrong.</source>
        <translation>La ligne d’en-tête ne nomme aucune colonne d’adresse e-mail ; colonnes lues comme : %1. Choisissez ce que contient chaque colonne si ce n’est pas correct.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text, so no row can be added. Choose the encoding it was saved in.</source>
        <translation>Le fichier n’est pas un texte %1 valide ; aucune ligne ne peut être ajoutée. Choisissez l’encodage dans lequel il a été enregistré.</translation>
    </message>
    <message>
        <source>No row has a usable e-mail address, so there is nothing to add.</source>
        <translation>Aucune ligne ne contient d’adresse e-mail utilisable : il n’y a rien à ajouter.</translation>
    </message>
</context>
<context>
    <name>DepartmentCombo</name>
    <message>
        <source>Choose a department…</source>
        <translation>Choisissez un service…</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>Service %1</translation>
    </message>
</context>
<context>
    <name>DepartmentMatcher</name>
    <message>
        <source>Several departments are called &quot;%1&quot;; enter the ID of the one you mean (%2).</source>
        <translation>Plusieurs services s’appellent « %1 » ; saisissez l’ID de celui que vous voulez (%2).</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; cannot be checked: the company structure has not been loaded yet.</source>
        <translation>Le service « %1 » ne peut pas être vérifié : la structure de l’entreprise n’est pas encore chargée.</translation>
    </message>
    <message>
        <source>There is no department with the ID %1 in the company structure.</source>
        <translation>Aucun service n’a l’ID %1 dans la structure de l’entreprise.</translation>
    </message>
    <message>
        <source>There is no department &quot;%1&quot; in the company structure.</source>
        <translation>Il n’y a pas de service « %1 » dans la structure de l’entreprise.</translation>
    </message>
</context>
<context>
    <name>DepartmentSelector</name>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Show only people of this department and its sub-departments. Type to find a department.</source>
        <translation>N&apos;afficher que les personnes de ce service et de ses sous-services. Tapez pour trouver un service.</translation>
    </message>
    <message>
        <source>Matching departments</source>
        <translation>Services correspondants</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tous les services</translation>
    </message>
</context>
<context>
    <name>DepartmentTreeModel</name>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>People in this department itself, without its sub-departments</source>
        <translation>Personnes de ce service lui-même, sans ses sous-services</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Directs</translation>
    </message>
    <message>
        <source>People in this department and all its sub-departments; someone in several of them counts once</source>
        <translation>Personnes de ce service et de tous ses sous-services&#xa0;; une personne présente dans plusieurs compte une fois</translation>
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
        <translation>Impossible d&apos;ouvrir la copie locale de l&apos;annuaire : le disque est plein ou n&apos;est pas accessible en écriture. Rien n&apos;a été supprimé ; libérez de l&apos;espace et redémarrez InviteDesk.</translation>
    </message>
    <message>
        <source>The local copy of the directory cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir la copie locale de l&apos;annuaire.</translation>
    </message>
    <message>
        <source>The local copy of the directory could not be converted for this version of InviteDesk: the disk is full or cannot be written. Nothing was deleted; free some space and restart InviteDesk.</source>
        <translation>La copie locale de l’annuaire n’a pas pu être convertie pour cette version d’InviteDesk : le disque est plein ou protégé en écriture. Rien n’a été supprimé ; libérez de l’espace et redémarrez InviteDesk.</translation>
    </message>
    <message>
        <source>The local copy of the directory could not be updated.</source>
        <translation>La copie locale de l&apos;annuaire n&apos;a pas pu être mise à jour.</translation>
    </message>
    <message>
        <source>Directory refresh cancelled; the previous copy is kept.</source>
        <translation>Actualisation de l&apos;annuaire annulée&#xa0;; la copie précédente est conservée.</translation>
    </message>
</context>
<context>
    <name>DirectoryOpenReport</name>
    <message>
        <source>The local copy of the directory was damaged; it was set aside and will be rebuilt from the portal.</source>
        <translation>La copie locale de l&apos;annuaire était endommagée&#xa0;; elle a été mise de côté et sera reconstruite depuis le portail.</translation>
    </message>
    <message>
        <source>The local copy of the directory was written by a newer InviteDesk; it was set aside and will be rebuilt from the portal.</source>
        <translation>La copie locale de l&apos;annuaire a été écrite par une version plus récente d&apos;InviteDesk&#xa0;; elle a été mise de côté et sera reconstruite depuis le portail.</translation>
    </message>
</context>
<context>
    <name>DirectorySyncStatus</name>
    <message>
        <source>Offline, the directory was never synced</source>
        <translation>Hors ligne, l&apos;annuaire n&apos;a jamais été synchronisé</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Hors ligne depuis le %1</translation>
    </message>
</context>
<context>
    <name>DirectorySyncSummary</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Aucune modification</translation>
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
        <translation>Synchronisation de l’annuaire : %1 personnes sur %2</translation>
    </message>
    <message>
        <source>Syncing the directory: %1 people</source>
        <translation>Synchronisation de l’annuaire : %1 personnes</translation>
    </message>
    <message>
        <source>Directory synced: %1 people, %2 departments (%3).</source>
        <translation>Annuaire synchronisé : %1 personnes, %2 services (%3).</translation>
    </message>
    <message>
        <source>The directory could not be synced: %1</source>
        <translation>L’annuaire n’a pas pu être synchronisé : %1</translation>
    </message>
    <message>
        <source>The directory copy was never synced; syncing it first.</source>
        <translation>La copie de l’annuaire n’a jamais été synchronisée ; synchronisation d’abord.</translation>
    </message>
    <message>
        <source>The directory copy could not be opened.</source>
        <translation>La copie de l’annuaire n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n people written to %1.</source>
        <translation>
            <numerusform>%n personne écrite dans %1.</numerusform>
            <numerusform>%n personnes écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftTargetChoice</name>
    <message>
        <source>Start &amp;fresh</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <source>Start fresh: discard the draft</source>
        <translation>Recommencer : abandonner le brouillon</translation>
    </message>
    <message>
        <source>Keep the draft&apos;s target</source>
        <translation>Garder la destination du brouillon</translation>
    </message>
    <message>
        <source>Use the new target</source>
        <translation>Utiliser la nouvelle destination</translation>
    </message>
    <message>
        <source>The restored draft was composed for %1, and the dialog was opened for %2. Which should it be? Nothing is sent until you choose.</source>
        <translation>Le brouillon restauré a été rédigé pour %1 et la fenêtre a été ouverte pour %2. Lequel choisir ? Rien n’est envoyé avant votre choix.</translation>
    </message>
    <message>
        <source>&amp;Keep %1</source>
        <translation>&amp;Garder %1</translation>
    </message>
    <message>
        <source>Keep the draft&apos;s target, %1</source>
        <translation>Garder la destination du brouillon : %1</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Utiliser %1</translation>
    </message>
    <message>
        <source>Use %1 for the draft</source>
        <translation>Utiliser %1 pour le brouillon</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>The address is empty.</source>
        <translation>L&apos;adresse est vide.</translation>
    </message>
    <message>
        <source>The address is longer than 254 characters.</source>
        <translation>L&apos;adresse dépasse 254 caractères.</translation>
    </message>
    <message>
        <source>The address contains spaces.</source>
        <translation>L&apos;adresse contient des espaces.</translation>
    </message>
    <message>
        <source>The address has no @.</source>
        <translation>L&apos;adresse ne contient pas de @.</translation>
    </message>
    <message>
        <source>The address has more than one @.</source>
        <translation>L&apos;adresse contient plus d&apos;un @.</translation>
    </message>
    <message>
        <source>Nothing comes before the @.</source>
        <translation>Il n&apos;y a rien avant le @.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>La partie avant le @ dépasse 64 caractères.</translation>
    </message>
    <message>
        <source>A quotation mark is not closed.</source>
        <translation>Un guillemet n&apos;est pas fermé.</translation>
    </message>
    <message>
        <source>The quoted part before the @ is not valid.</source>
        <translation>La partie entre guillemets avant le @ n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The part before the @ starts or ends with a dot.</source>
        <translation>La partie avant le @ commence ou se termine par un point.</translation>
    </message>
    <message>
        <source>The address has two dots in a row.</source>
        <translation>L&apos;adresse contient deux points consécutifs.</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that is not allowed.</source>
        <translation>La partie avant le @ contient un caractère non autorisé.</translation>
    </message>
    <message>
        <source>The domain after the @ is missing.</source>
        <translation>Le domaine après le @ est manquant.</translation>
    </message>
    <message>
        <source>The domain starts with a dot.</source>
        <translation>Le domaine commence par un point.</translation>
    </message>
    <message>
        <source>IP addresses cannot be used as a domain.</source>
        <translation>Les adresses IP ne peuvent pas servir de domaine.</translation>
    </message>
    <message>
        <source>The domain is incomplete (for example, &quot;example.com&quot;).</source>
        <translation>Le domaine est incomplet (par exemple, «&#xa0;example.com&#xa0;»).</translation>
    </message>
    <message>
        <source>The domain contains a character that is not allowed.</source>
        <translation>Le domaine contient un caractère non autorisé.</translation>
    </message>
    <message>
        <source>A part of the domain starts or ends with a hyphen.</source>
        <translation>Une partie du domaine commence ou se termine par un trait d&apos;union.</translation>
    </message>
    <message>
        <source>A part of the domain is longer than 63 characters.</source>
        <translation>Une partie du domaine dépasse 63 caractères.</translation>
    </message>
    <message>
        <source>The domain is longer than 253 characters.</source>
        <translation>Le domaine dépasse 253 caractères.</translation>
    </message>
    <message>
        <source>The domain ends in a number, not a name.</source>
        <translation>Le domaine se termine par un nombre, et non par un nom.</translation>
    </message>
    <message>
        <source>The address contains an invisible control character (such as a line break).</source>
        <translation>L’adresse contient un caractère de contrôle invisible (comme un saut de ligne).</translation>
    </message>
    <message>
        <source>Addresses with quotation marks before the @ cannot be invited: Bitrix24 accepts only ordinary addresses.</source>
        <translation>Les adresses avec des guillemets avant le @ ne peuvent pas être invitées : Bitrix24 n’accepte que des adresses ordinaires.</translation>
    </message>
    <message>
        <source>A part of the domain starting with &quot;xn--&quot; is not a valid international name.</source>
        <translation>Une partie du domaine commençant par « xn-- » n’est pas un nom international valide.</translation>
    </message>
</context>
<context>
    <name>EmployeeDetailsPane</name>
    <message>
        <source>Invited, not yet joined</source>
        <translation>Invité, pas encore inscrit</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Licencié</translation>
    </message>
    <message>
        <source>Extranet user</source>
        <translation>Utilisateur extranet</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>Selected person</source>
        <translation>Personne sélectionnée</translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation>Sélectionnez une personne pour voir ses informations.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Poste&#xa0;:</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>Services&#xa0;:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Téléphones&#xa0;:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Inscrit le&#xa0;:</translation>
    </message>
    <message>
        <source>Last login:</source>
        <translation>Dernière connexion&#xa0;:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>&amp;Copy e-mail</source>
        <translation>&amp;Copier l’e-mail</translation>
    </message>
    <message>
        <source>Open &amp;profile in the portal</source>
        <translation>Ouvrir le &amp;profil dans le portail</translation>
    </message>
    <message>
        <source>&amp;Invite again in the portal…</source>
        <translation>&amp;Inviter à nouveau dans le portail…</translation>
    </message>
    <message>
        <source>The sandbox portal has no profile pages.</source>
        <translation>Le portail de test n’a pas de pages de profil.</translation>
    </message>
    <message>
        <source>&amp;Reinstate in the portal…</source>
        <translation>&amp;Réintégrer dans le portail…</translation>
    </message>
    <message>
        <source>Opens the profile, where the portal offers this</source>
        <translation>Ouvre le profil, où le portail propose cette action</translation>
    </message>
    <message>
        <source>Copy e-mail</source>
        <translation>Copier l’e-mail</translation>
    </message>
    <message>
        <source>In the por&amp;tal</source>
        <translation>Dans le por&amp;tail</translation>
    </message>
    <message>
        <source>In the portal</source>
        <translation>Dans le portail</translation>
    </message>
</context>
<context>
    <name>EmployeeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>EmployeesPage</name>
    <message>
        <source>Employees</source>
        <translation>Employés</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>Filters the list as you type: name, e-mail, position or phone</source>
        <translation>Filtre la liste pendant la saisie&#xa0;: nom, e-mail, poste ou téléphone</translation>
    </message>
    <message>
        <source>Name, e-mail, position or phone</source>
        <translation>Nom, e-mail, poste ou téléphone</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Which people to list: everyone, employees, pending invitations, dismissed or extranet users</source>
        <translation>Personnes à afficher&#xa0;: tout le monde, employés, invitations en attente, licenciés ou utilisateurs extranet</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Invited, not yet joined</source>
        <translation>Invités, pas encore inscrits</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Licenciés</translation>
    </message>
    <message>
        <source>Extranet</source>
        <translation>Extranet</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>A&amp;fficher&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>Ser&amp;vice&#xa0;:</translation>
    </message>
    <message>
        <source>I&amp;nvite users…</source>
        <translation>&amp;Inviter des utilisateurs…</translation>
    </message>
    <message>
        <source>Invite users…</source>
        <translation>Inviter des utilisateurs…</translation>
    </message>
    <message>
        <source>Opens the invite dialog</source>
        <translation>Ouvre la fenêtre d&apos;invitation</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>The directory is not available yet. It appears here once it has been downloaded from the portal.</source>
        <translation>L&apos;annuaire n&apos;est pas encore disponible. Il apparaîtra ici une fois téléchargé depuis le portail.</translation>
    </message>
    <message>
        <source>No one matches “%1”.
Check the spelling, or try fewer letters or another filter.</source>
        <translation>Personne ne correspond à «&#xa0;%1&#xa0;».
Vérifiez l&apos;orthographe, ou essayez moins de lettres ou un autre filtre.</translation>
    </message>
    <message>
        <source>No people match these filters.</source>
        <translation>Aucune personne ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting people…</source>
        <translation>Comptage des personnes…</translation>
    </message>
    <message>
        <source>Names are found in other spellings too: &quot;mueller&quot; finds Müller, &quot;dmitriy&quot; finds Дмитрий, &quot;юлия&quot; finds Julia.</source>
        <translation>Les noms sont aussi trouvés sous d&apos;autres graphies&#xa0;: «&#xa0;mueller&#xa0;» trouve Müller, «&#xa0;dmitriy&#xa0;» trouve Дмитрий, «&#xa0;юлия&#xa0;» trouve Julia.</translation>
    </message>
</context>
<context>
    <name>HeadlessInviter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write the report %1: name a .csv or .json file in a writable folder.</source>
        <translation>Impossible d’écrire le rapport %1 : indiquez un fichier .csv ou .json dans un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>Employees need a department: pass --department &lt;name or ID&gt; or add a department column to the file.</source>
        <translation>Les employés doivent avoir un service : indiquez --department &lt;nom ou ID&gt; ou ajoutez une colonne de service au fichier.</translation>
    </message>
    <message>
        <source>The portal has no department &quot;%1&quot;; --list-departments shows them all.</source>
        <translation>Le portail n’a pas de service « %1 » ; --list-departments les affiche tous.</translation>
    </message>
    <message>
        <source>Several departments are called &quot;%1&quot;; pass its ID (see --list-departments).</source>
        <translation>Plusieurs services s’appellent « %1 » ; indiquez son ID (voir --list-departments).</translation>
    </message>
    <message>
        <source>Checking addresses with the portal: %1 of %2</source>
        <translation>Vérification des adresses auprès du portail : %1 sur %2</translation>
    </message>
    <message>
        <source>The outbox did not queue every planned invitation; nothing is sent.</source>
        <translation>La boîte d’envoi n’a pas mis en file toutes les invitations prévues ; rien n’est envoyé.</translation>
    </message>
    <message>
        <source>Sending invitations: %1 of %2 answered</source>
        <translation>Envoi des invitations : %1 sur %2 traitées</translation>
    </message>
    <message>
        <source>Nothing was sent; invitations already queued stay queued for invitedesk --send-pending.</source>
        <translation>Rien n’a été envoyé ; les invitations déjà en file y restent pour invitedesk --send-pending.</translation>
    </message>
    <message>
        <source>Invited: user %1.</source>
        <translation>Invité : utilisateur %1.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer does not say whether the user was created (%1); review it in the app&apos;s outbox.</source>
        <translation>La réponse du portail ne dit pas si l’utilisateur a été créé (%1) ; vérifiez-le dans la boîte d’envoi de l’application.</translation>
    </message>
    <message>
        <source>Not sent yet; invitedesk --send-pending sends it.</source>
        <translation>Pas encore envoyée ; invitedesk --send-pending l’enverra.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) not sent stay queued; invitedesk --send-pending sends them later.</source>
        <translation>
            <numerusform>%n invitation non envoyée reste en file ; invitedesk --send-pending l’enverra plus tard.</numerusform>
            <numerusform>%n invitations non envoyées restent en file ; invitedesk --send-pending les enverra plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Impossible d’écrire le rapport %1 : %2</translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation>Rien n’a été placé dans la boîte d’envoi.</translation>
    </message>
</context>
<context>
    <name>InvitationAuditLog</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Invité par</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Onglet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Portal answer</source>
        <translation>Réponse du portail</translation>
    </message>
</context>
<context>
    <name>InvitationFailure</name>
    <message>
        <source>Duplicate: a user with this e-mail already exists on the portal.</source>
        <translation>Doublon&#xa0;: un utilisateur avec cet e-mail existe déjà sur le portail.</translation>
    </message>
    <message>
        <source>Invalid: the portal did not accept the address or the details.</source>
        <translation>Non valide&#xa0;: le portail n&apos;a pas accepté l&apos;adresse ou les informations.</translation>
    </message>
    <message>
        <source>Limit: the plan&apos;s user limit is reached. Free seats or upgrade the plan, then retry.</source>
        <translation>Limite&#xa0;: la limite d&apos;utilisateurs de l&apos;offre est atteinte. Libérez des places ou passez à une offre supérieure, puis réessayez.</translation>
    </message>
    <message>
        <source>Rights: only administrators can invite unless the portal lets everyone invite.</source>
        <translation>Droits&#xa0;: seuls les administrateurs peuvent inviter, sauf si le portail permet à tout le monde d&apos;inviter.</translation>
    </message>
    <message>
        <source>Network: will be sent when the portal is reachable.</source>
        <translation>Réseau&#xa0;: sera envoyée dès que le portail sera joignable.</translation>
    </message>
    <message>
        <source>The portal asked to slow down; will be sent shortly.</source>
        <translation>Le portail a demandé de ralentir&#xa0;; sera envoyée sous peu.</translation>
    </message>
    <message>
        <source>The portal answered with an unexpected error: %1</source>
        <translation>Le portail a répondu par une erreur inattendue&#xa0;: %1</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limite</translation>
    </message>
    <message>
        <source>rights</source>
        <translation>droits</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Sign in again: the portal no longer accepts InviteDesk&apos;s sign-in (it expired or was revoked). The invitation is kept and sent once you have signed in.</source>
        <translation>Reconnectez-vous : le portail n’accepte plus la connexion d’InviteDesk (elle a expiré ou a été révoquée). L’invitation est conservée et sera envoyée une fois connecté.</translation>
    </message>
    <message>
        <source>sign in again</source>
        <translation>se reconnecter</translation>
    </message>
    <message>
        <source>Invalid address: the portal does not accept this e-mail address. Check it for typing errors; before the @ the portal accepts only Latin letters, digits and common symbols, no accented letters such as é.</source>
        <translation>Adresse non valide : le portail n’accepte pas cette adresse e-mail. Vérifiez les fautes de frappe ; avant le @, le portail n’accepte que les lettres latines, les chiffres et les symboles courants, pas de lettres accentuées comme é.</translation>
    </message>
    <message>
        <source>No department: the portal needs a department for an employee. Choose one and invite again.</source>
        <translation>Aucun service : le portail exige un service pour un employé. Choisissez-en un et invitez à nouveau.</translation>
    </message>
    <message>
        <source>No workgroup: the portal needs a workgroup for an extranet user. Choose one and invite again.</source>
        <translation>Aucun groupe de travail : le portail exige un groupe pour un utilisateur extranet. Choisissez-en un et invitez à nouveau.</translation>
    </message>
    <message>
        <source>Unknown workgroup: the chosen workgroup does not exist on the portal (any more). Refresh the directory and choose another.</source>
        <translation>Groupe de travail inconnu : le groupe choisi n’existe pas (ou plus) sur le portail. Actualisez l’annuaire et choisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>InvitationOutbox</name>
    <message>
        <source>An extranet user must be invited into at least one workgroup.</source>
        <translation>Un utilisateur extranet doit être invité dans au moins un groupe de travail.</translation>
    </message>
    <message>
        <source>An employee must be invited into a department.</source>
        <translation>Un employé doit être invité dans un service.</translation>
    </message>
    <message>
        <source>Checking the portal before sending again.</source>
        <translation>Vérification du portail avant un nouvel envoi.</translation>
    </message>
</context>
<context>
    <name>InvitationPlan</name>
    <message>
        <source>No e-mail address.</source>
        <translation>Pas d’adresse e-mail.</translation>
    </message>
    <message>
        <source>The same address as line %1 of this file.</source>
        <translation>La même adresse qu’à la ligne %1 de ce fichier.</translation>
    </message>
    <message>
        <source>Invited earlier by InviteDesk (%1, user %2).</source>
        <translation>Déjà invité par InviteDesk (%1, utilisateur %2).</translation>
    </message>
    <message>
        <source>An earlier invitation to this address has an unknown outcome; review it in the app&apos;s outbox.</source>
        <translation>Une invitation antérieure à cette adresse a un résultat inconnu ; vérifiez-la dans la boîte d’envoi de l’application.</translation>
    </message>
    <message>
        <source>Queued by an earlier run.</source>
        <translation>Mise en file par une exécution précédente.</translation>
    </message>
    <message>
        <source>Already a user of the portal (user %1).</source>
        <translation>Déjà utilisateur du portail (utilisateur %1).</translation>
    </message>
    <message>
        <source>Already invited, has not joined yet (user %1).</source>
        <translation>Déjà invité, n’a pas encore rejoint (utilisateur %1).</translation>
    </message>
    <message>
        <source>A dismissed user has this address (user %1); the portal does not reuse it.</source>
        <translation>Un utilisateur licencié a cette adresse (utilisateur %1) ; le portail ne la réutilise pas.</translation>
    </message>
    <message>
        <source>No department: fill the row&apos;s department column or pass --department.</source>
        <translation>Pas de service : remplissez la colonne service de la ligne ou indiquez --department.</translation>
    </message>
    <message>
        <source>The portal has no department &quot;%1&quot; (see --list-departments).</source>
        <translation>Le portail n’a pas de service « %1 » (voir --list-departments).</translation>
    </message>
    <message>
        <source>Several departments are called &quot;%1&quot;; use its ID (see --list-departments).</source>
        <translation>Plusieurs services s’appellent « %1 » ; utilisez son ID (voir --list-departments).</translation>
    </message>
</context>
<context>
    <name>InvitationPreview</name>
    <message>
        <source>Invitation to %1</source>
        <translation>Invitation sur le portail « %1 »</translation>
    </message>
    <message>
        <source>%1 invites you to %2</source>
        <translation>%1 vous invite sur le portail « %2 »</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>You received this e-mail because %1 invited you to %2.</source>
        <translation>Vous avez reçu cet e-mail parce que %1 vous a invité sur le portail « %2 ».</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>Accept invitation</source>
        <translation>Accepter l&apos;invitation</translation>
    </message>
    <message>
        <source>Bitrix24 adds this button with the person&apos;s own link to join.</source>
        <translation>Bitrix24 ajoute ce bouton avec le lien personnel de la personne pour rejoindre.</translation>
    </message>
</context>
<context>
    <name>InvitationSendProgress</name>
    <message>
        <source>Sent %1 · skipped %2 · failed %3 · waiting %4</source>
        <translation>Envoyées %1 · ignorées %2 · échouées %3 · en attente %4</translation>
    </message>
    <message>
        <source> · cancelled %1</source>
        <translation> · annulées %1</translation>
    </message>
</context>
<context>
    <name>InvitationSender</name>
    <message>
        <source>Will be sent when the portal is reachable.</source>
        <translation>Sera envoyée dès que le portail sera joignable.</translation>
    </message>
    <message>
        <source>found on the portal after an interruption: user %1</source>
        <translation>trouvé sur le portail après une interruption&#xa0;: utilisateur %1</translation>
    </message>
    <message>
        <source>not found on the portal after an interruption; queued again</source>
        <translation>introuvable sur le portail après une interruption&#xa0;; remise en file d&apos;attente</translation>
    </message>
    <message>
        <source>no answer for this call</source>
        <translation>pas de réponse pour cet appel</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n time(s) without an answer, and the portal does not list the address. Check in Bitrix24 whether the person was invited, then retry or discard.</source>
        <translation>
            <numerusform>Envoyée %n fois sans réponse, et le portail ne connaît pas l’adresse. Vérifiez dans Bitrix24 si la personne a été invitée, puis réessayez ou abandonnez.</numerusform>
            <numerusform>Envoyée %n fois sans réponse, et le portail ne connaît pas l’adresse. Vérifiez dans Bitrix24 si la personne a été invitée, puis réessayez ou abandonnez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>held for review after %n attempt(s) without an answer (%1); not found on the portal</source>
        <translation>
            <numerusform>mise en attente de vérification après %n tentative sans réponse (%1) ; introuvable sur le portail</numerusform>
            <numerusform>mise en attente de vérification après %n tentatives sans réponse (%1) ; introuvable sur le portail</numerusform>
        </translation>
    </message>
    <message>
        <source>earlier run</source>
        <translation>exécution précédente</translation>
    </message>
</context>
<context>
    <name>InvitationState</name>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Abandonnée</translation>
    </message>
</context>
<context>
    <name>InviteByEmailTab</name>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>Importer un CS&amp;V…</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Abandonner le brouillon</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Destinataires&#xa0;:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>E-mail addresses separated by commas, semicolons, spaces or new lines; Name &lt;address&gt; works too.</source>
        <translation>Adresses e-mail séparées par des virgules, des points-virgules, des espaces ou des retours à la ligne&#xa0;; Nom &lt;adresse&gt; fonctionne aussi.</translation>
    </message>
    <message>
        <source>anna@example.com, Boris Petrov &lt;boris@example.com&gt;; …</source>
        <translation>anna@example.com, Boris Petrov &lt;boris@example.com&gt;; …</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Type, paste or import the addresses of the people to invite.</source>
        <translation>Saisissez, collez ou importez les adresses des personnes à inviter.</translation>
    </message>
    <message>
        <source>Nothing can be sent: the outbox is not available.</source>
        <translation>Rien ne peut être envoyé&#xa0;: la boîte d&apos;envoi n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Nobody in the list is ready to be invited.</source>
        <translation>Personne dans la liste n&apos;est prêt à être invité.</translation>
    </message>
    <message>
        <source>The invitations could not be written to the outbox, so nothing was sent: %1</source>
        <translation>Les invitations n&apos;ont pas pu être écrites dans la boîte d&apos;envoi, donc rien n&apos;a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>Importer des destinataires</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Le brouillon n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restored the draft saved %1.</source>
        <translation>Brouillon enregistré le %1 restauré.</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>Le brouillon a été abandonné.</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>Enregistrer un &amp;modèle…</translation>
    </message>
    <message>
        <source>Save a template CSV file</source>
        <translation>Enregistrer un fichier CSV modèle</translation>
    </message>
    <message>
        <source>A CSV file with the columns the import recognises, to fill in</source>
        <translation>Un fichier CSV avec les colonnes reconnues par l’import, à remplir</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Enregistrer un modèle</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>Le modèle n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Saved a template to %1. Fill it in and import it.</source>
        <translation>Modèle enregistré dans %1. Remplissez-le puis importez-le.</translation>
    </message>
    <message>
        <source>Waiting for you to confirm the send.</source>
        <translation>En attente de votre confirmation de l’envoi.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Writing the invitations to the outbox: %1 of %2. %3</source>
        <translation>Écriture des invitations dans la boîte d&apos;envoi : %1 sur %2. %3</translation>
    </message>
    <message>
        <source>Stopping: the invitations not sent yet are being cancelled…</source>
        <translation>Arrêt : les invitations pas encore envoyées sont en cours d&apos;annulation…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n invitation(s) not sent yet were cancelled.</source>
        <translation>
            <numerusform>Arrêté : %n invitation pas encore envoyée a été annulée.</numerusform>
            <numerusform>Arrêté : %n invitations pas encore envoyées ont été annulées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The invitations not sent yet could not be cancelled: %1</source>
        <translation>Les invitations pas encore envoyées n&apos;ont pas pu être annulées : %1</translation>
    </message>
    <message>
        <source>The rest could not be written to the outbox, so it was not sent: %1</source>
        <translation>Le reste n&apos;a pas pu être écrit dans la boîte d&apos;envoi, il n&apos;a donc pas été envoyé : %1</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>&amp;Arrêter l&apos;envoi</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Arrêter l&apos;envoi</translation>
    </message>
    <message>
        <source>Queue no more and cancel the invitations not sent yet</source>
        <translation>Ne plus mettre en file et annuler les invitations pas encore envoyées</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite users</source>
        <translation>Inviter des utilisateurs</translation>
    </message>
    <message>
        <source>Invite users to %1</source>
        <translation>Inviter des utilisateurs sur %1</translation>
    </message>
    <message>
        <source>Ways to invite</source>
        <translation>Modes d&apos;invitation</translation>
    </message>
    <message>
        <source>&amp;Quick Registration</source>
        <translation>Inscription rapi&amp;de</translation>
    </message>
    <message>
        <source>Invite by &amp;Email</source>
        <translation>Inviter par &amp;e-mail</translation>
    </message>
    <message>
        <source>Regis&amp;ter</source>
        <translation>Ins&amp;crire</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Boîte d&apos;envoi…</translation>
    </message>
    <message>
        <source>Show the outbox</source>
        <translation>Afficher la boîte d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>InviteError</name>
    <message>
        <source>The outbox cannot be written: the disk is full or refuses writes. Invitations already in the outbox are kept; free some space, then try again.</source>
        <translation>Impossible d’écrire dans la boîte d’envoi&#xa0;: le disque est plein ou refuse l’écriture. Les invitations déjà dans la boîte d’envoi sont conservées&#xa0;; libérez de l’espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The outbox file cannot be opened.</source>
        <translation>Impossible d’ouvrir le fichier de la boîte d’envoi.</translation>
    </message>
    <message>
        <source>The outbox file is damaged. It is left as it is; nothing is sent from it.</source>
        <translation>Le fichier de la boîte d’envoi est endommagé. Il est laissé tel quel&#xa0;; rien n’en est envoyé.</translation>
    </message>
    <message>
        <source>The outbox file was written by a newer version of InviteDesk. It is left as it is; update InviteDesk to use it.</source>
        <translation>Le fichier de la boîte d’envoi a été écrit par une version plus récente d’InviteDesk. Il est laissé tel quel&#xa0;; mettez InviteDesk à jour pour l’utiliser.</translation>
    </message>
    <message>
        <source>The outbox could not be read or changed.</source>
        <translation>La boîte d’envoi n’a pas pu être lue ni modifiée.</translation>
    </message>
    <message>
        <source>The invitation cannot be changed now: it was sent, is on its way, or the address is waiting in another invitation.</source>
        <translation>L’invitation ne peut pas être modifiée maintenant&#xa0;: elle a été envoyée, elle est en cours d’envoi, ou l’adresse attend dans une autre invitation.</translation>
    </message>
    <message>
        <source>The portal refuses the invitations.</source>
        <translation>Le portail refuse les invitations.</translation>
    </message>
    <message>
        <source>The portal cannot be reached; the invitations are sent later.</source>
        <translation>Le portail est injoignable&#xa0;; les invitations seront envoyées plus tard.</translation>
    </message>
    <message>
        <source>The file cannot be written there; choose another folder or name.</source>
        <translation>Impossible d’écrire le fichier à cet endroit&#xa0;; choisissez un autre dossier ou un autre nom.</translation>
    </message>
    <message>
        <source>Stopped; nothing more was written to the outbox.</source>
        <translation>Arrêté&#xa0;; plus rien n’a été écrit dans la boîte d’envoi.</translation>
    </message>
</context>
<context>
    <name>InviteTargetPicker</name>
    <message>
        <source>E&amp;mployee in department:</source>
        <translation>Em&amp;ployé dans le service&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xtranet user in workgroups:</source>
        <translation>Utilisateur e&amp;xtranet dans les groupes de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Employee in department</source>
        <translation>Employé dans le service</translation>
    </message>
    <message>
        <source>Extranet user in workgroups</source>
        <translation>Utilisateur extranet dans les groupes de travail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Type to find a department.</source>
        <translation>Tapez pour trouver un service.</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Workgroups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>Check the workgroups the extranet user joins.</source>
        <translation>Cochez les groupes de travail que l&apos;utilisateur extranet rejoint.</translation>
    </message>
    <message>
        <source>No workgroups are known for this portal.</source>
        <translation>Aucun groupe de travail connu pour ce portail.</translation>
    </message>
    <message>
        <source>Extranet: %1</source>
        <translation>Extranet&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>InviteTexts</name>
    <message>
        <source>Sent: user %1 created; the portal e-mails the invitation.</source>
        <translation>Envoyée&#xa0;: utilisateur %1 créé&#xa0;; le portail envoie l&apos;invitation par e-mail.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Only administrators can invite unless an administrator turns on &quot;Allow everyone to invite&quot; in the portal&apos;s invitation settings. You can still try; the portal will refuse if you lack the right.</source>
        <translation>Seuls les administrateurs peuvent inviter, sauf si un administrateur active « Autoriser tout le monde à inviter » dans les paramètres d’invitation du portail. Vous pouvez quand même essayer ; le portail refusera si vous n’avez pas ce droit.</translation>
    </message>
    <message>
        <source>Waiting for the portal</source>
        <translation>En attente du portail</translation>
    </message>
    <message>
        <source>The portal does not let you invite: &quot;Allow everyone to invite&quot; is off in its invitation settings (Settings → Employees → Invitations), so only administrators can invite. Ask an administrator to turn it on; InviteDesk checks again every few minutes and when you refresh.</source>
        <translation>Le portail ne vous permet pas d’inviter : « Autoriser tout le monde à inviter » est désactivé dans ses paramètres d’invitation (Paramètres → Employés → Invitations), donc seuls les administrateurs peuvent inviter. Demandez à un administrateur de l’activer ; InviteDesk vérifie de nouveau toutes les quelques minutes et lors d’une actualisation.</translation>
    </message>
    <message>
        <source>You cannot invite: &quot;Allow everyone to invite&quot; is off in the portal&apos;s invitation settings.</source>
        <translation>Vous ne pouvez pas inviter : « Autoriser tout le monde à inviter » est désactivé dans les paramètres d’invitation du portail.</translation>
    </message>
    <message>
        <source>Only administrators can invite unless &quot;Allow everyone to invite&quot; is on in the portal.</source>
        <translation>Seuls les administrateurs peuvent inviter, sauf si « Autoriser tout le monde à inviter » est activé dans le portail.</translation>
    </message>
</context>
<context>
    <name>LargeSendConfirmation</name>
    <message numerus="yes">
        <source>Invite %n people to %1?</source>
        <translation>
            <numerusform>Inviter %n personne dans %1 ?</numerusform>
            <numerusform>Inviter %n personnes dans %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats: %1 of the plan&apos;s %2 are in use as far as the directory knows, %3 free.</source>
        <translation>Places : %1 sur les %2 de l’offre sont utilisées selon l’annuaire, %3 libres.</translation>
    </message>
    <message numerus="yes">
        <source>This send needs %n more seat(s) than are free: the portal will refuse the invitations beyond the limit.</source>
        <translation>
            <numerusform>Cet envoi demande %n place de plus que les places libres : le portail refusera les invitations au-delà de la limite.</numerusform>
            <numerusform>Cet envoi demande %n places de plus que les places libres : le portail refusera les invitations au-delà de la limite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After this send %n seat(s) will be free.</source>
        <translation>
            <numerusform>Après cet envoi, %n place restera libre.</numerusform>
            <numerusform>Après cet envoi, %n places resteront libres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats: %1 in use as far as the directory knows; this send adds %2. Enter the plan&apos;s user limit in Preferences to see how many are free.</source>
        <translation>Places : %1 utilisées selon l’annuaire ; cet envoi en ajoute %2. Indiquez la limite d’utilisateurs de l’offre dans les Préférences pour voir combien sont libres.</translation>
    </message>
    <message>
        <source>The directory copy does not tell how many seats are in use.</source>
        <translation>La copie de l’annuaire n’indique pas combien de places sont utilisées.</translation>
    </message>
    <message>
        <source>Confirm a large send</source>
        <translation>Confirmer un envoi important</translation>
    </message>
    <message numerus="yes">
        <source>Invite %n</source>
        <translation>
            <numerusform>Inviter %n</numerusform>
            <numerusform>Inviter %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>InviteDesk invites people to a Bitrix24 portal. With no portal configured it opens on the built-in sandbox portal.</source>
        <translation>InviteDesk invite des personnes sur un portail Bitrix24. Si aucun portail n&apos;est configuré, il s&apos;ouvre sur le portail de test intégré.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Open on the built-in sandbox portal (training mode).</source>
        <translation>Ouvrir sur le portail de test intégré (mode d&apos;entraînement).</translation>
    </message>
    <message>
        <source>webhook-url</source>
        <translation>url-du-webhook</translation>
    </message>
    <message>
        <source>Use this interface language (e.g. en, ru, de).</source>
        <translation>Utiliser cette langue d&apos;interface (par ex. en, ru, de).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Number of employees in the sandbox&apos;s demo company.</source>
        <translation>Nombre d&apos;employés de l&apos;entreprise de démonstration du portail de test.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Send the invitations earlier runs left in the outbox, then exit.</source>
        <translation>Envoyer les invitations laissées dans la boîte d&apos;envoi par les exécutions précédentes, puis quitter.</translation>
    </message>
    <message>
        <source>Exit as soon as the window shows a connected portal (for smoke tests).</source>
        <translation>Quitter dès que la fenêtre affiche un portail connecté (pour les tests de fumée).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--sandbox and --portal cannot be used together.</source>
        <translation>--sandbox et --portal ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>--portal needs a webhook URL such as https://example.bitrix24.com/rest/1/secret/</source>
        <translation>--portal nécessite une URL de webhook telle que https://example.bitrix24.com/rest/1/secret/</translation>
    </message>
    <message>
        <source>--lang needs a language code such as en, ru or pt_BR.</source>
        <translation>--lang nécessite un code de langue tel que en, ru ou pt_BR.</translation>
    </message>
    <message>
        <source>--sandbox-users needs a number from 1 to 500000.</source>
        <translation>--sandbox-users nécessite un nombre compris entre 1 et 500000.</translation>
    </message>
    <message>
        <source>Connect to the portal of this inbound webhook URL; &quot;-&quot; reads it from standard input. Scheduled jobs: use --account or the INVITEDESK_WEBHOOK environment variable instead, so the secret is not in the process list.</source>
        <translation>Se connecter au portail de cette URL de webhook entrant ; « - » la lit sur l’entrée standard. Tâches planifiées : utilisez plutôt --account ou la variable d’environnement INVITEDESK_WEBHOOK, pour que le secret ne figure pas dans la liste des processus.</translation>
    </message>
    <message>
        <source>Invite everyone in this CSV file without opening a window, then exit (0: all sent or nothing to do, 2: bad input, 3: portal unreachable, 4: some rows failed or were invalid).</source>
        <translation>Inviter toutes les personnes de ce fichier CSV sans ouvrir de fenêtre, puis quitter (0 : tout envoyé ou rien à faire, 2 : entrée incorrecte, 3 : portail injoignable, 4 : des lignes ont échoué ou étaient invalides).</translation>
    </message>
    <message>
        <source>Department (name or ID) for the rows of --invite-csv that name none.</source>
        <translation>Service (nom ou ID) pour les lignes de --invite-csv qui n’en indiquent pas.</translation>
    </message>
    <message>
        <source>department</source>
        <translation>service</translation>
    </message>
    <message>
        <source>Print the portal&apos;s departments with their IDs, then exit.</source>
        <translation>Afficher les services du portail avec leurs ID, puis quitter.</translation>
    </message>
    <message>
        <source>Refresh the local copy of the directory, then exit.</source>
        <translation>Actualiser la copie locale de l’annuaire, puis quitter.</translation>
    </message>
    <message>
        <source>Write the cached people (name, e-mail, position, departments, state) to this CSV file.</source>
        <translation>Écrire les personnes en cache (nom, e-mail, poste, services, état) dans ce fichier CSV.</translation>
    </message>
    <message>
        <source>Write the outcome of every row to this file (.csv or .json).</source>
        <translation>Écrire le résultat de chaque ligne dans ce fichier (.csv ou .json).</translation>
    </message>
    <message>
        <source>Use the portal account the app stored (its portal address); the secret comes from the system keychain.</source>
        <translation>Utiliser le compte de portail enregistré par l’application (son adresse de portail) ; le secret vient du trousseau du système.</translation>
    </message>
    <message>
        <source>portal</source>
        <translation>portail</translation>
    </message>
    <message>
        <source>Give up with exit code 3 when the portal gives no usable answer for this many seconds (default 120).</source>
        <translation>Abandonner avec le code de sortie 3 si le portail ne donne aucune réponse exploitable pendant ce nombre de secondes (120 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>End a run without a window after this many seconds at most (exit code 3).</source>
        <translation>Terminer une exécution sans fenêtre après ce nombre de secondes au plus (code de sortie 3).</translation>
    </message>
    <message>
        <source>--department needs a department name or ID.</source>
        <translation>--department nécessite un nom ou un ID de service.</translation>
    </message>
    <message>
        <source>--retry-for needs a number of seconds from 1 to 86400.</source>
        <translation>--retry-for nécessite un nombre de secondes de 1 à 86400.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 86400.</source>
        <translation>--timeout nécessite un nombre de secondes de 1 à 86400.</translation>
    </message>
    <message>
        <source>Choose one of --invite-csv, --send-pending, --list-departments and --sync/--export-directory.</source>
        <translation>Choisissez un seul parmi --invite-csv, --send-pending, --list-departments et --sync/--export-directory.</translation>
    </message>
    <message>
        <source>--report needs a .csv or .json file and --invite-csv or --send-pending.</source>
        <translation>--report nécessite un fichier .csv ou .json et --invite-csv ou --send-pending.</translation>
    </message>
    <message>
        <source>--portal - (read from standard input) is for runs without a window.</source>
        <translation>--portal - (lecture sur l’entrée standard) est réservé aux exécutions sans fenêtre.</translation>
    </message>
    <message>
        <source>Keep settings and data files in this folder (a second profile, or a portable copy); the INVITEDESK_PROFILE variable does the same.</source>
        <translation>Conserver les paramètres et les fichiers de données dans ce dossier (un second profil ou une copie portable) ; la variable INVITEDESK_PROFILE fait de même.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation>--profile attend un dossier.</translation>
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
        <translation>Portail</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Utilisateur connecté</translation>
    </message>
    <message>
        <source>Last directory sync</source>
        <translation>Dernière synchronisation de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Directory sync progress</source>
        <translation>Progression de la synchronisation de l&apos;annuaire</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>&amp;Invite users…</source>
        <translation>&amp;Inviter des utilisateurs…</translation>
    </message>
    <message>
        <source>Invite people to the portal (Ctrl+I)</source>
        <translation>Inviter des personnes sur le portail (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Refresh directory</source>
        <translation>&amp;Actualiser l&apos;annuaire</translation>
    </message>
    <message>
        <source>&amp;Connect a portal…</source>
        <translation>&amp;Connecter un portail…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Forget this portal and remove its secrets from the keychain</source>
        <translation>Oublier ce portail et supprimer ses secrets du trousseau</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Boîte d&apos;envoi…</translation>
    </message>
    <message>
        <source>Invitations and their results (Ctrl+O)</source>
        <translation>Invitations et leurs résultats (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Portal</source>
        <translation>&amp;Portail</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Training mode notice</source>
        <translation>Avis du mode d&apos;entraînement</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox portal&lt;/b&gt; — training mode. Everything here happens on a simulated portal on this computer; nobody receives a real invitation.</source>
        <translation>&lt;b&gt;Portail de test&lt;/b&gt; — mode d&apos;entraînement. Tout se passe ici sur un portail simulé sur cet ordinateur&#xa0;; personne ne reçoit de véritable invitation.</translation>
    </message>
    <message>
        <source>InviteDesk — Sandbox portal</source>
        <translation>InviteDesk — Portail de test</translation>
    </message>
    <message>
        <source>InviteDesk — %1</source>
        <translation>InviteDesk — %1</translation>
    </message>
    <message>
        <source>Sandbox portal (%1)</source>
        <translation>Portail de test (%1)</translation>
    </message>
    <message>
        <source>%1 · administrator</source>
        <translation>%1 · administrateur</translation>
    </message>
    <message>
        <source>%1 · employee</source>
        <translation>%1 · employé</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé le %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>No portal connected</source>
        <translation>Aucun portail connecté</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Ouvrir le dossier des &amp;données</translation>
    </message>
    <message>
        <source>The local copy of the directory, the outbox and the audit log</source>
        <translation>La copie locale de l’annuaire, la boîte d’envoi et le journal d’audit</translation>
    </message>
    <message>
        <source>&amp;About InviteDesk</source>
        <translation>À &amp;propos d’InviteDesk</translation>
    </message>
    <message>
        <source>About InviteDesk</source>
        <translation>À propos d’InviteDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;InviteDesk %1&lt;/b&gt;&lt;p&gt;Invites people to a Bitrix24 portal and keeps a local copy of the company directory for instant search.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;InviteDesk %1&lt;/b&gt;&lt;p&gt;Invite des personnes dans un portail Bitrix24 et conserve une copie locale de l’annuaire de l’entreprise pour une recherche instantanée.&lt;/p&gt;&lt;p&gt;Dossier des données : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>In the invite dialog: invite the people listed</source>
        <translation>Dans la fenêtre d’invitation : inviter les personnes listées</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>Fermer une fenêtre</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Bring the company directory up to date with the portal (F5)</source>
        <translation>Mettre l&apos;annuaire de l&apos;entreprise à jour avec le portail (F5)</translation>
    </message>
    <message>
        <source>&amp;Full refresh</source>
        <translation>Actualisation complè&amp;te</translation>
    </message>
    <message>
        <source>Download the whole company directory again, also noticing people removed from the portal (Shift+F5)</source>
        <translation>Télécharger à nouveau tout l&apos;annuaire de l&apos;entreprise, en repérant aussi les personnes supprimées du portail (Maj+F5)</translation>
    </message>
    <message>
        <source>Connect your portal…</source>
        <translation>Connecter votre portail…</translation>
    </message>
    <message>
        <source>Invitation rights notice</source>
        <translation>Avis sur le droit d’inviter</translation>
    </message>
    <message>
        <source>%1 · employee, may invite</source>
        <translation>%1 · employé, peut inviter</translation>
    </message>
    <message>
        <source>%1 · employee, may not invite</source>
        <translation>%1 · employé, ne peut pas inviter</translation>
    </message>
</context>
<context>
    <name>MessageComposer</name>
    <message>
        <source>Messa&amp;ge:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>The invitation text. Placeholders in braces, such as {first_name}, are filled per recipient.</source>
        <translation>Le texte de l&apos;invitation. Les variables entre accolades, comme {first_name}, sont remplies pour chaque destinataire.</translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation>I&amp;nsérer une variable</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Insérer une variable</translation>
    </message>
    <message>
        <source>Saved templates</source>
        <translation>Modèles enregistrés</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer s&amp;ous…</translation>
    </message>
    <message>
        <source>Save template as</source>
        <translation>Enregistrer le modèle sous</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>Preview of the invitation e-mail</source>
        <translation>Aperçu de l&apos;e-mail d&apos;invitation</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>(unsaved text)</source>
        <translation>(texte non enregistré)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Template &amp;name:</source>
        <translation>&amp;Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>Le modèle n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message numerus="yes">
        <source>Unknown placeholder(s): %1. Known: %2.</source>
        <translation>
            <numerusform>Variable inconnue&#xa0;: %1. Variables connues&#xa0;: %2.</numerusform>
            <numerusform>Variables inconnues&#xa0;: %1. Variables connues&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello {first_name},

{inviter} invites you to join {portal}, our company&apos;s Bitrix24, where we chat, share files and plan our work together.

Accept the invitation to set your password and sign in.

See you there!</source>
        <translation>Bonjour {first_name},

{inviter} vous invite à rejoindre {portal}, le Bitrix24 de notre entreprise, où nous discutons, partageons des fichiers et planifions notre travail ensemble.

Acceptez l&apos;invitation pour définir votre mot de passe et vous connecter.

À bientôt&#xa0;!</translation>
    </message>
    <message>
        <source>On free plans the portal may send its standard invitation text instead of this message.</source>
        <translation>Avec les offres gratuites, le portail peut envoyer son texte d&apos;invitation standard à la place de ce message.</translation>
    </message>
</context>
<context>
    <name>OAuthAuthorizer</name>
    <message>
        <source>InviteDesk received the sign-in. You can close this window.</source>
        <translation>InviteDesk a reçu la connexion. Vous pouvez fermer cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Register</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Invite by e-mail</source>
        <translation>Inviter par e-mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Export audit log…</source>
        <translation>&amp;Exporter le journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Invitations and their results</source>
        <translation>Invitations et leurs résultats</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>La boîte d&apos;envoi n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) will be sent again.</source>
        <translation>
            <numerusform>%n invitation sera renvoyée.</numerusform>
            <numerusform>%n invitations seront renvoyées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) could not be retried: the address is pending in another invitation.</source>
        <translation>
            <numerusform>%n invitation n&apos;a pas pu être relancée&#xa0;: l&apos;adresse est en attente dans une autre invitation.</numerusform>
            <numerusform>%n invitations n&apos;ont pas pu être relancées&#xa0;: l&apos;adresse est en attente dans une autre invitation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) discarded; they will not be sent.</source>
        <translation>
            <numerusform>%n invitation abandonnée&#xa0;; elle ne sera pas envoyée.</numerusform>
            <numerusform>%n invitations abandonnées&#xa0;; elles ne seront pas envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log saved to %1.</source>
        <translation>Journal d&apos;audit enregistré dans %1.</translation>
    </message>
    <message>
        <source>The audit log could not be saved: %1</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause sending</source>
        <translation>Mettre l’envoi en pause</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Rep&amp;rendre</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Reprendre l’envoi</translation>
    </message>
    <message>
        <source>Cancel &amp;the rest</source>
        <translation>Annuler le res&amp;te</translation>
    </message>
    <message>
        <source>Cancel the invitations not sent yet</source>
        <translation>Annuler les invitations pas encore envoyées</translation>
    </message>
    <message>
        <source>Show invitations</source>
        <translation>Afficher les invitations</translation>
    </message>
    <message>
        <source>The selected invitation&apos;s result</source>
        <translation>Résultat de l’invitation sélectionnée</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Toutes (%1)</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>En attente (%1)</translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <translation>Envoyées (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Échouées (%1)</translation>
    </message>
    <message>
        <source>Discarded (%1)</source>
        <translation>Abandonnées (%1)</translation>
    </message>
    <message>
        <source>Waiting %1 · sent %2 · failed %3 · discarded %4</source>
        <translation>En attente %1 · envoyées %2 · échouées %3 · abandonnées %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Select an invitation to read its whole result here.</source>
        <translation>Sélectionnez une invitation pour lire ici son résultat complet.</translation>
    </message>
    <message>
        <source>Paused. Resume sends the invitations still waiting.</source>
        <translation>En pause. « Reprendre » envoie les invitations encore en attente.</translation>
    </message>
    <message>
        <source>Pausing after the invitations on their way…</source>
        <translation>Mise en pause après les invitations en cours…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>The portal asked to slow down; sending continues shortly.</source>
        <translation>Le portail a demandé de ralentir ; l’envoi reprend sous peu.</translation>
    </message>
    <message>
        <source>The outbox could not be changed: %1</source>
        <translation>La boîte d’envoi n’a pas pu être modifiée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) not sent yet were cancelled.</source>
        <translation>
            <numerusform>%n invitation pas encore envoyée a été annulée.</numerusform>
            <numerusform>%n invitations pas encore envoyées ont été annulées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PortalCredentials</name>
    <message>
        <source>Enter the address of your Bitrix24 portal.</source>
        <translation>Saisissez l&apos;adresse de votre portail Bitrix24.</translation>
    </message>
    <message>
        <source>This is not a web address. It should look like https://company.bitrix24.com/.</source>
        <translation>Ce n&apos;est pas une adresse web. Elle doit ressembler à https://company.bitrix24.com/.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>L&apos;adresse doit commencer par https://.</translation>
    </message>
    <message>
        <source>The address uses http://, which is not secure. Bitrix24 portals need https:// — use the https address.</source>
        <translation>L&apos;adresse utilise http://, qui n&apos;est pas sécurisé. Les portails Bitrix24 nécessitent https:// — utilisez l&apos;adresse https.</translation>
    </message>
    <message>
        <source>Paste the webhook address from Bitrix24 (Developer resources → Inbound webhook).</source>
        <translation>Collez l&apos;adresse du webhook depuis Bitrix24 (Ressources pour les développeurs → Webhook entrant).</translation>
    </message>
    <message>
        <source>This is not a web address. A webhook address looks like https://company.bitrix24.com/rest/1/abc123/.</source>
        <translation>Ce n&apos;est pas une adresse web. Une adresse de webhook ressemble à https://company.bitrix24.com/rest/1/abc123/.</translation>
    </message>
    <message>
        <source>This address is not a webhook: its path must start with /rest/&lt;user id&gt;/&lt;secret&gt;/.</source>
        <translation>Cette adresse n&apos;est pas un webhook&#xa0;: son chemin doit commencer par /rest/&lt;user id&gt;/&lt;secret&gt;/.</translation>
    </message>
    <message>
        <source>This is a REST 3.0 webhook address (/rest/api/…). Use the classic address /rest/&lt;user id&gt;/&lt;secret&gt;/.</source>
        <translation>C&apos;est une adresse de webhook REST 3.0 (/rest/api/…). Utilisez l&apos;adresse classique /rest/&lt;user id&gt;/&lt;secret&gt;/.</translation>
    </message>
    <message>
        <source>The webhook address lacks the user id and secret after /rest/.</source>
        <translation>Il manque l&apos;ID utilisateur et le secret après /rest/ dans l&apos;adresse du webhook.</translation>
    </message>
    <message>
        <source>After /rest/ the webhook address must have the numeric id of the user who created it.</source>
        <translation>Après /rest/, l&apos;adresse du webhook doit contenir l&apos;ID numérique de l&apos;utilisateur qui l&apos;a créé.</translation>
    </message>
    <message>
        <source>The webhook address has no secret code after the user id. Copy the whole address from Bitrix24.</source>
        <translation>L&apos;adresse du webhook ne contient pas de code secret après l&apos;ID utilisateur. Copiez l&apos;adresse complète depuis Bitrix24.</translation>
    </message>
    <message>
        <source>The webhook address has no valid secret code after the user id. Copy the whole address from Bitrix24.</source>
        <translation>L&apos;adresse du webhook ne contient pas de code secret valide après l&apos;ID utilisateur. Copiez l&apos;adresse complète depuis Bitrix24.</translation>
    </message>
    <message>
        <source>The webhook address has extra parts after the secret. It should end with /rest/&lt;user id&gt;/&lt;secret&gt;/.</source>
        <translation>L&apos;adresse du webhook contient des éléments en trop après le secret. Elle doit se terminer par /rest/&lt;user id&gt;/&lt;secret&gt;/.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s client id and client secret from the application card in Bitrix24.</source>
        <translation>Saisissez le client id et le client secret de l&apos;application indiqués dans la fiche de l&apos;application dans Bitrix24.</translation>
    </message>
    <message>
        <source>The OAuth server address must be an https address, e.g. https://oauth.bitrix.info/.</source>
        <translation>L&apos;adresse du serveur OAuth doit être une adresse https, par ex. https://oauth.bitrix.info/.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The address names port 0, which no portal listens on. Leave the port out or give the real one.</source>
        <translation>L&apos;adresse indique le port 0, sur lequel aucun portail n&apos;écoute. Omettez le port ou indiquez le bon.</translation>
    </message>
</context>
<context>
    <name>PortalError</name>
    <message>
        <source>Cannot reach the portal (%1). Check the address and your network connection, then try again.</source>
        <translation>Impossible de joindre le portail (%1). Vérifiez l&apos;adresse et votre connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot reach the portal. Check your network connection and try again.</source>
        <translation>Impossible de joindre le portail. Vérifiez votre connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. Try again in a moment.</source>
        <translation>Le portail n&apos;a pas répondu à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The portal requires a secure (https) address. Use the https:// address of the portal.</source>
        <translation>Le portail exige une adresse sécurisée (https). Utilisez l&apos;adresse https:// du portail.</translation>
    </message>
    <message>
        <source>certificate problem</source>
        <translation>problème de certificat</translation>
    </message>
    <message>
        <source>The portal sign-in has expired. Sign in again.</source>
        <translation>La connexion au portail a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The portal rejected the credentials. Check the webhook address or sign in again; your pending work is kept.</source>
        <translation>Le portail a refusé les identifiants. Vérifiez l&apos;adresse du webhook ou reconnectez-vous&#xa0;; votre travail en attente est conservé.</translation>
    </message>
    <message>
        <source>The webhook or application lacks the permission &quot;%1&quot;. Edit it in Bitrix24 (Developer resources) and tick that scope.</source>
        <translation>Le webhook ou l&apos;application n&apos;a pas l&apos;autorisation «&#xa0;%1&#xa0;». Modifiez-le dans Bitrix24 (Ressources pour les développeurs) et cochez cette autorisation.</translation>
    </message>
    <message>
        <source>The webhook or application lacks a required permission (scope). Edit it in Bitrix24 and add the user, department and sonet_group scopes.</source>
        <translation>Le webhook ou l&apos;application n&apos;a pas une autorisation requise (scope). Modifiez-le dans Bitrix24 et ajoutez les autorisations user, department et sonet_group.</translation>
    </message>
    <message>
        <source>Your Bitrix24 account is not allowed to do this. Ask a portal administrator for the right to invite users.</source>
        <translation>Votre compte Bitrix24 n&apos;est pas autorisé à faire cela. Demandez à un administrateur du portail le droit d&apos;inviter des utilisateurs.</translation>
    </message>
    <message>
        <source>The portal is limiting requests. InviteDesk will slow down; try again shortly.</source>
        <translation>Le portail limite les requêtes. InviteDesk va ralentir&#xa0;; réessayez sous peu.</translation>
    </message>
    <message>
        <source>The portal has paused this operation for a few minutes because of its load limit. Try again later.</source>
        <translation>Le portail a suspendu cette opération pendant quelques minutes en raison de sa limite de charge. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>A user with this e-mail address already exists in the portal.</source>
        <translation>Un utilisateur avec cette adresse e-mail existe déjà sur le portail.</translation>
    </message>
    <message>
        <source>The portal rejected the e-mail address. Check it for typing errors.</source>
        <translation>Le portail a refusé l&apos;adresse e-mail. Vérifiez qu&apos;elle ne contient pas de faute de frappe.</translation>
    </message>
    <message>
        <source>The portal&apos;s plan allows no more users. Free a seat or upgrade the plan.</source>
        <translation>L&apos;offre du portail n&apos;autorise pas d&apos;utilisateurs supplémentaires. Libérez une place ou passez à une offre supérieure.</translation>
    </message>
    <message>
        <source>Choose a department for the new employee (or invite them to an extranet group).</source>
        <translation>Choisissez un service pour le nouvel employé (ou invitez-le dans un groupe extranet).</translation>
    </message>
    <message>
        <source>Extranet users must be invited into an existing extranet group. Choose a valid group.</source>
        <translation>Les utilisateurs extranet doivent être invités dans un groupe extranet existant. Choisissez un groupe valide.</translation>
    </message>
    <message>
        <source>This Bitrix24 portal has been deleted.</source>
        <translation>Ce portail Bitrix24 a été supprimé.</translation>
    </message>
    <message>
        <source>This address does not answer like a Bitrix24 portal. Check the address.</source>
        <translation>Cette adresse ne répond pas comme un portail Bitrix24. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>The portal does not know this request or object (%1).</source>
        <translation>Le portail ne connaît pas cette requête ou cet objet (%1).</translation>
    </message>
    <message>
        <source>The portal had a server problem. Try again later.</source>
        <translation>Le portail a rencontré un problème de serveur. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The portal sent an answer InviteDesk cannot read. Try again later; if it persists, check that the address is a Bitrix24 portal.</source>
        <translation>Le portail a envoyé une réponse qu&apos;InviteDesk ne sait pas lire. Réessayez plus tard&#xa0;; si le problème persiste, vérifiez que l&apos;adresse est bien celle d&apos;un portail Bitrix24.</translation>
    </message>
    <message>
        <source>The portal address is not valid.</source>
        <translation>L&apos;adresse du portail n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The request was not completed.</source>
        <translation>La requête n&apos;a pas abouti.</translation>
    </message>
    <message>
        <source>The portal refused the request: %1</source>
        <translation>Le portail a refusé la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>The portal refused the request (%1).</source>
        <translation>Le portail a refusé la requête (%1).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>The portal sent an answer larger than %1, InviteDesk&apos;s limit for one answer, so InviteDesk stopped reading it. Try again later; if it persists, check that the address is a Bitrix24 portal.</source>
        <translation>Le portail a envoyé une réponse de plus de %1, la limite d’InviteDesk pour une réponse ; InviteDesk a donc cessé de la lire. Réessayez plus tard ; si cela persiste, vérifiez que l’adresse est bien un portail Bitrix24.</translation>
    </message>
    <message>
        <source>The portal sent the list out of order (IDs did not rise). The directory refresh stopped; the previous copy is kept.</source>
        <translation>Le portail a envoyé la liste dans le désordre (les ID n’augmentaient pas). L’actualisation de l’annuaire s’est arrêtée ; la copie précédente est conservée.</translation>
    </message>
    <message>
        <source>The portal sent more entries than the %1 it announced. The directory refresh stopped; the previous copy is kept.</source>
        <translation>Le portail a envoyé plus d’entrées que les %1 annoncées. L’actualisation de l’annuaire s’est arrêtée ; la copie précédente est conservée.</translation>
    </message>
    <message>
        <source>The portal kept sending pages beyond the %1 its total allows. The directory refresh stopped; the previous copy is kept.</source>
        <translation>Le portail a continué d’envoyer des pages au-delà des %1 que permet son total. L’actualisation de l’annuaire s’est arrêtée ; la copie précédente est conservée.</translation>
    </message>
    <message>
        <source>The portal announced %1 entries, more than InviteDesk copies. The directory refresh stopped; the previous copy is kept.</source>
        <translation>Le portail a annoncé %1 entrées, plus qu’InviteDesk n’en copie. L’actualisation de l’annuaire s’est arrêtée ; la copie précédente est conservée.</translation>
    </message>
    <message>
        <source>Reading the directory took longer than %1. The directory refresh stopped; the previous copy is kept. Try again later.</source>
        <translation>La lecture de l’annuaire a pris plus de %1. L’actualisation de l’annuaire s’est arrêtée ; la copie précédente est conservée. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The portal&apos;s answers broke the protocol (%1). The operation stopped.</source>
        <translation>Les réponses du portail ont enfreint le protocole (%1). L’opération s’est arrêtée.</translation>
    </message>
    <message>
        <source>The portal tried to send InviteDesk to an address that is not a web address (%1). It was not followed.</source>
        <translation>Le portail a tenté d’envoyer InviteDesk vers une adresse qui n’est pas une adresse web (%1). Elle n’a pas été suivie.</translation>
    </message>
    <message>
        <source>The portal answered with a redirect InviteDesk does not follow (it would drop the request&apos;s data). If the portal shows a notice in the browser, such as an expired licence, resolve it and try again.</source>
        <translation>Le portail a répondu par une redirection qu’InviteDesk ne suit pas (elle ferait perdre les données de la requête). Si le portail affiche un avis dans le navigateur, comme une licence expirée, réglez-le puis réessayez.</translation>
    </message>
    <message>
        <source>The portal says it has moved to %1. InviteDesk sends nothing there until you confirm the new address.</source>
        <translation>Le portail indique avoir déménagé vers %1. InviteDesk n’y envoie rien tant que vous n’avez pas confirmé la nouvelle adresse.</translation>
    </message>
    <message>
        <source>The secure connection to the portal failed (%1). The connection was not used; check the address and the system clock. A portal on your company&apos;s own server (Bitrix24 on-premise) with a self-signed certificate or one from the company&apos;s own certificate authority: ask your administrator to add that certificate to this computer&apos;s trusted certificates, then connect again.</source>
        <translation>La connexion sécurisée au portail a échoué (%1). La connexion n’a pas été utilisée ; vérifiez l’adresse et l’horloge du système. Pour un portail sur un serveur de votre entreprise (Bitrix24 sur site) avec un certificat auto-signé ou émis par l’autorité de certification de l’entreprise : demandez à votre administrateur d’ajouter ce certificat aux certificats de confiance de cet ordinateur, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>This computer does not trust the portal&apos;s certificate: it is self-signed or issued by your company&apos;s own certificate authority, as is usual for Bitrix24 on your own server. Nothing was sent.

Issued to: %1
SHA-256 fingerprint: %2

Ask your administrator for the portal&apos;s fingerprint. Only if it is the same, trust this certificate for this portal (Connect dialog).</source>
        <translation>Cet ordinateur ne fait pas confiance au certificat du portail : il est auto-signé ou délivré par l’autorité de certification propre à votre entreprise, comme c’est courant pour Bitrix24 sur votre propre serveur. Rien n’a été envoyé.

Délivré à : %1
Empreinte SHA-256 : %2

Demandez à votre administrateur l’empreinte du portail. Seulement si elle est identique, faites confiance à ce certificat pour ce portail (fenêtre Connecter).</translation>
    </message>
</context>
<context>
    <name>PortalSession</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalSwitchMenu</name>
    <message>
        <source>S&amp;witch portal</source>
        <translation>Changer de p&amp;ortail</translation>
    </message>
    <message>
        <source>Switch portal</source>
        <translation>Changer de portail</translation>
    </message>
    <message>
        <source>Work on another remembered portal</source>
        <translation>Travailler sur un autre portail mémorisé</translation>
    </message>
    <message>
        <source>No remembered portals</source>
        <translation>Aucun portail mémorisé</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (utilisateur %2)</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>The portal you are working on</source>
        <translation>Le portail sur lequel vous travaillez</translation>
    </message>
    <message>
        <source>Sign out of the current portal and work on %1</source>
        <translation>Se déconnecter du portail actuel et travailler sur %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies after InviteDesk restarts.</source>
        <translation>La nouvelle langue s&apos;appliquera au redémarrage d&apos;InviteDesk.</translation>
    </message>
    <message>
        <source>Refresh the directory every (minutes)</source>
        <translation>Actualiser l&apos;annuaire toutes les (minutes)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Refresh the directory every:</source>
        <translation>&amp;Actualiser l&apos;annuaire toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Users allowed by the plan</source>
        <translation>Utilisateurs autorisés par l&apos;offre</translation>
    </message>
    <message>
        <source>Used to warn before an invitation would exceed the plan&apos;s user limit. 0 when unknown.</source>
        <translation>Sert à prévenir avant qu&apos;une invitation ne dépasse la limite d&apos;utilisateurs de l&apos;offre. 0 si inconnu.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Users &amp;allowed by the plan:</source>
        <translation>&amp;Utilisateurs autorisés par l&apos;offre&#xa0;:</translation>
    </message>
    <message>
        <source>Your Bitrix24 plan</source>
        <translation>Votre offre Bitrix24</translation>
    </message>
    <message>
        <source>InviteDesk paces its work to what the portal accepts: an Enterprise portal accepts more at once, so large invitations and refreshes finish sooner.</source>
        <translation>InviteDesk règle son rythme sur ce que le portail accepte : un portail Enterprise en accepte davantage à la fois, donc les grandes invitations et les actualisations se terminent plus vite.</translation>
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
        <translation>Votre &amp;offre Bitrix24 :</translation>
    </message>
    <message>
        <source>Confirm sends of more invitations than</source>
        <translation>Confirmer les envois de plus d’invitations que</translation>
    </message>
    <message>
        <source>Con&amp;firm sends of more invitations than:</source>
        <translation>Con&amp;firmer les envois de plus d’invitations que :</translation>
    </message>
    <message>
        <source>When inviting to %1:</source>
        <translation>Pour les invitations à %1&#xa0;:</translation>
    </message>
    <message>
        <source>Default department</source>
        <translation>Département par défaut</translation>
    </message>
    <message>
        <source>Preselected on the Register tab, and joined by e-mail invitations that name no department.</source>
        <translation>Présélectionné dans l’onglet Inscrire&#xa0;; les invitations par e-mail qui ne nomment aucun département le rejoignent.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>The default department saved before (ID %1) is not in this portal&apos;s directory, so it is ignored.</source>
        <translation>Le département par défaut enregistré auparavant (ID %1) n’est pas dans l’annuaire de ce portail&#xa0;: il est ignoré.</translation>
    </message>
    <message>
        <source>Default &amp;department:</source>
        <translation>&amp;Département par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Default message template</source>
        <translation>Modèle de message par défaut</translation>
    </message>
    <message>
        <source>The saved template Invite by Email starts with.</source>
        <translation>Le modèle enregistré avec lequel s’ouvre Inviter par e-mail.</translation>
    </message>
    <message>
        <source>Built-in message</source>
        <translation>Message intégré</translation>
    </message>
    <message>
        <source>The default template &quot;%1&quot; is no longer saved, so the built-in message is used.</source>
        <translation>Le modèle par défaut «&#xa0;%1&#xa0;» n’est plus enregistré&#xa0;: le message intégré est utilisé.</translation>
    </message>
    <message>
        <source>Default message &amp;template:</source>
        <translation>&amp;Modèle de message par défaut&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The profile %1 is a file, not a folder.</source>
        <translation>Le profil %1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier de profil %1.</translation>
    </message>
</context>
<context>
    <name>QuickRegistrationTab</name>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Save P&amp;NG…</source>
        <translation>Enregistrer en P&amp;NG…</translation>
    </message>
    <message>
        <source>Save the QR code as PNG</source>
        <translation>Enregistrer le code QR en PNG</translation>
    </message>
    <message>
        <source>Save S&amp;VG…</source>
        <translation>Enregistrer en S&amp;VG…</translation>
    </message>
    <message>
        <source>Save the QR code as SVG</source>
        <translation>Enregistrer le code QR en SVG</translation>
    </message>
    <message>
        <source>C&amp;hange in portal…</source>
        <translation>Modif&amp;ier dans le portail…</translation>
    </message>
    <message>
        <source>Change the registration settings in the portal</source>
        <translation>Modifier les paramètres d&apos;inscription dans le portail</translation>
    </message>
    <message>
        <source>&amp;Share by e-mail…</source>
        <translation>Par&amp;tager par e-mail…</translation>
    </message>
    <message>
        <source>Share by e-mail</source>
        <translation>Partager par e-mail</translation>
    </message>
    <message>
        <source>Registration link</source>
        <translation>Lien d&apos;inscription</translation>
    </message>
    <message>
        <source>https://%1/…</source>
        <translation>https://%1/…</translation>
    </message>
    <message>
        <source>QR code of the registration link</source>
        <translation>Code QR du lien d&apos;inscription</translation>
    </message>
    <message>
        <source>Registration &amp;link:</source>
        <translation>&amp;Lien d&apos;inscription&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Fetch from sandbox</source>
        <translation>&amp;Obtenir du portail de test</translation>
    </message>
    <message>
        <source>Fetch the link from the training portal</source>
        <translation>Obtenir le lien depuis le portail de test</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>Print the QR code</source>
        <translation>Imprimer le code QR</translation>
    </message>
    <message>
        <source>Regenerating the link in the portal breaks every link already shared, including printed QR codes.</source>
        <translation>Régénérer le lien dans le portail invalide tous les liens déjà partagés, y compris les codes QR imprimés.</translation>
    </message>
    <message>
        <source>Hello,

{inviter} invites you to join {portal}, our company&apos;s Bitrix24. Register with this link:
{join_link}

See you there!</source>
        <translation>Bonjour,

{inviter} vous invite à rejoindre {portal}, le Bitrix24 de notre entreprise. Inscrivez-vous avec ce lien&#xa0;:
{join_link}

À bientôt&#xa0;!</translation>
    </message>
    <message>
        <source>The link is on the clipboard.</source>
        <translation>Le lien est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>The QR code appears here once the link is valid.</source>
        <translation>Le code QR apparaîtra ici dès que le lien sera valide.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>Impossible d&apos;ouvrir %1.</translation>
    </message>
    <message>
        <source>your mail program</source>
        <translation>votre logiciel de messagerie</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>Enregistrer le code QR</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Impossible d&apos;enregistrer %1.</translation>
    </message>
    <message>
        <source>Asking the training portal…</source>
        <translation>Interrogation du portail de test…</translation>
    </message>
    <message>
        <source>The training portal did not answer: %1</source>
        <translation>Le portail de test n&apos;a pas répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fetched the registration link from the training portal.</source>
        <translation>Lien d&apos;inscription obtenu depuis le portail de test.</translation>
    </message>
    <message>
        <source>Who may join, as last seen in the portal</source>
        <translation>Qui peut rejoindre, tel que vu en dernier dans le portail</translation>
    </message>
    <message>
        <source>Who may join (as last seen in the portal)</source>
        <translation>Qui peut rejoindre (tel que vu en dernier dans le portail)</translation>
    </message>
    <message>
        <source>Not known here: a portal does not tell other programs whether its link is public or moderated. See it in the portal.</source>
        <translation>Inconnu ici : un portail n’indique pas aux autres programmes si son lien est public ou modéré. Vérifiez-le dans le portail.</translation>
    </message>
    <message>
        <source>Moderated: an administrator approves each person.</source>
        <translation>Modéré : un administrateur approuve chaque personne.</translation>
    </message>
    <message>
        <source>Public: anyone with the link joins.</source>
        <translation>Public : toute personne ayant le lien rejoint.</translation>
    </message>
    <message>
        <source>No trusted domains.</source>
        <translation>Aucun domaine de confiance.</translation>
    </message>
    <message>
        <source>Trusted domains, whose people join without approval: %1.</source>
        <translation>Domaines de confiance, dont les personnes rejoignent sans approbation : %1.</translation>
    </message>
</context>
<context>
    <name>RecipientClassifier</name>
    <message numerus="yes">
        <source>skip %n already employee(s)</source>
        <translation>
            <numerusform>%n déjà employé ignoré</numerusform>
            <numerusform>%n déjà employés ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skip %n already invited</source>
        <translation>
            <numerusform>%n déjà invité ignoré</numerusform>
            <numerusform>%n déjà invités ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skip %n already in the outbox</source>
        <translation>
            <numerusform>%n déjà dans la boîte d&apos;envoi ignoré</numerusform>
            <numerusform>%n déjà dans la boîte d&apos;envoi ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skip %n dismissed user(s)</source>
        <translation>
            <numerusform>%n utilisateur licencié ignoré</numerusform>
            <numerusform>%n utilisateurs licenciés ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated</source>
        <translation>
            <numerusform>%n en double</numerusform>
            <numerusform>%n en double</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n non valide</numerusform>
            <numerusform>%n non valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over the user limit</source>
        <translation>
            <numerusform>%n au-delà de la limite d&apos;utilisateurs</numerusform>
            <numerusform>%n au-delà de la limite d&apos;utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Invalid address: %1</source>
        <translation>Adresse non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Repeated: this address is already in the list (row %1).</source>
        <translation>En double&#xa0;: cette adresse figure déjà dans la liste (ligne %1).</translation>
    </message>
    <message>
        <source>Already an employee.</source>
        <translation>Déjà employé.</translation>
    </message>
    <message>
        <source>Already invited and not joined yet.</source>
        <translation>Déjà invité, pas encore inscrit.</translation>
    </message>
    <message>
        <source>Belongs to a dismissed user; the portal does not reuse it. Reinstate the user instead.</source>
        <translation>Appartient à un utilisateur licencié&#xa0;; le portail ne la réutilise pas. Réintégrez plutôt l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Already waiting in the outbox.</source>
        <translation>Déjà en attente dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Would exceed the plan&apos;s user limit.</source>
        <translation>Dépasserait la limite d&apos;utilisateurs de l&apos;offre.</translation>
    </message>
    <message numerus="yes">
        <source>Will invite %n</source>
        <translation>
            <numerusform>%n personne sera invitée</numerusform>
            <numerusform>%n personnes seront invitées</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to invite</source>
        <translation>Personne à inviter</translation>
    </message>
    <message numerus="yes">
        <source>Invite %n</source>
        <translation>
            <numerusform>Inviter %n</numerusform>
            <numerusform>Inviter %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This row has a problem.</source>
        <translation>Cette ligne présente un problème.</translation>
    </message>
</context>
<context>
    <name>RecipientReviewGrid</name>
    <message>
        <source>Show &amp;problems only</source>
        <translation>Afficher seulement les &amp;problèmes</translation>
    </message>
    <message>
        <source>Remove in&amp;valid</source>
        <translation>Retirer les &amp;invalides</translation>
    </message>
    <message>
        <source>Show so&amp;urce</source>
        <translation>Afficher la so&amp;urce</translation>
    </message>
    <message>
        <source>Show problems only</source>
        <translation>Afficher seulement les problèmes</translation>
    </message>
    <message>
        <source>Remove invalid recipients</source>
        <translation>Retirer les destinataires invalides</translation>
    </message>
    <message>
        <source>Show where the selected recipient came from</source>
        <translation>Afficher d’où vient le destinataire sélectionné</translation>
    </message>
    <message>
        <source>The line of the imported file, or the entry in the typed text</source>
        <translation>La ligne du fichier importé, ou l’entrée dans le texte saisi</translation>
    </message>
    <message>
        <source>Recipients and their state</source>
        <translation>Destinataires et leur état</translation>
    </message>
    <message>
        <source>Edit a field with F2 or by typing; it is sent as shown.</source>
        <translation>Modifiez un champ avec F2 ou en tapant ; il est envoyé tel qu’affiché.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
</context>
<context>
    <name>RecipientReviewModel</name>
    <message>
        <source>typed</source>
        <translation>saisi</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>No department in this row: the one chosen below, %1.</source>
        <translation>Pas de service dans cette ligne : celui choisi ci-dessous, %1.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>This row names a department, but extranet users join workgroups, not departments.</source>
        <translation>Cette ligne indique un service, mais les utilisateurs extranet rejoignent des groupes de travail, pas des services.</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Téléphone (facultatif)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Sa&amp;ve as preset…</source>
        <translation>Enre&amp;gistrer comme profil…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Create or attach a company mail&amp;box in the portal…</source>
        <translation>Créer ou associer une boîte mail d&apos;entreprise dans le por&amp;tail…</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Inscri&amp;re</translation>
    </message>
    <message>
        <source>Register and add &amp;another</source>
        <translation>Inscrire et ajouter un &amp;autre</translation>
    </message>
    <message>
        <source>Role preset</source>
        <translation>Profil de rôle</translation>
    </message>
    <message>
        <source>Role presets</source>
        <translation>Profils de rôle</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Enregistrer comme profil</translation>
    </message>
    <message>
        <source>Create or attach a company mailbox in the portal</source>
        <translation>Créer ou associer une boîte mail d&apos;entreprise dans le portail</translation>
    </message>
    <message>
        <source>Opens the portal&apos;s mail settings in your browser; there is no REST method for mailboxes.</source>
        <translation>Ouvre les paramètres de messagerie du portail dans votre navigateur&#xa0;; il n&apos;existe aucune méthode REST pour les boîtes mail.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Register and add another</source>
        <translation>Inscrire et ajouter un autre</translation>
    </message>
    <message>
        <source>Registered people and their results</source>
        <translation>Personnes inscrites et leurs résultats</translation>
    </message>
    <message>
        <source>Saved in the portal as the person&apos;s mobile phone.</source>
        <translation>Enregistré dans le portail comme téléphone mobile de la personne.</translation>
    </message>
    <message>
        <source>The portal e-mails the new person a link to set their password and sign in. Passwords cannot be set from here: the portal&apos;s API has none.</source>
        <translation>Le portail envoie à la nouvelle personne un e-mail avec un lien pour définir son mot de passe et se connecter. Les mots de passe ne peuvent pas être définis ici&#xa0;: l&apos;API du portail ne le permet pas.</translation>
    </message>
    <message>
        <source>Role pre&amp;set:</source>
        <translation>Pro&amp;fil de rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>Pré&amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>E-ma&amp;il:</source>
        <translation>E-ma&amp;il&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>P&amp;oste&#xa0;:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Service&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télé&amp;phone&#xa0;:</translation>
    </message>
    <message>
        <source>Invalid address: %1</source>
        <translation>Adresse non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>This address already belongs to an employee.</source>
        <translation>Cette adresse appartient déjà à un employé.</translation>
    </message>
    <message>
        <source>This address was already invited and has not joined yet.</source>
        <translation>Cette adresse a déjà été invitée et n&apos;a pas encore rejoint le portail.</translation>
    </message>
    <message>
        <source>This address belongs to a dismissed user; the portal does not reuse it.</source>
        <translation>Cette adresse appartient à un utilisateur licencié&#xa0;; le portail ne la réutilise pas.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s e-mail address.</source>
        <translation>Saisissez l&apos;adresse e-mail de la personne.</translation>
    </message>
    <message>
        <source>Could not queue the registration: %1</source>
        <translation>Impossible de mettre l&apos;inscription en file d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is already waiting in the outbox.</source>
        <translation>%1 est déjà en attente dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>%1 is queued; the portal will e-mail the access details.</source>
        <translation>%1 est en file d&apos;attente&#xa0;; le portail enverra les informations d&apos;accès par e-mail.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no preset)</source>
        <translation>(aucun profil)</translation>
    </message>
    <message>
        <source>Preset “%1” applied.</source>
        <translation>Profil «&#xa0;%1&#xa0;» appliqué.</translation>
    </message>
    <message>
        <source>Save role preset</source>
        <translation>Enregistrer le profil de rôle</translation>
    </message>
    <message>
        <source>Preset &amp;name (department, position and groups are saved):</source>
        <translation>&amp;Nom du profil (le service, le poste et les groupes sont enregistrés)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>Abandonner &amp;le brouillon</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Le brouillon n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restored the draft saved %1.</source>
        <translation>Brouillon enregistré le %1 restauré.</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>Le brouillon a été abandonné.</translation>
    </message>
    <message>
        <source>Registers this person, then empties the name, e-mail and phone for the next one; the role preset, position and department stay.</source>
        <translation>Enregistre cette personne, puis vide le nom, l’e-mail et le téléphone pour la suivante ; le modèle de rôle, le poste et le service restent.</translation>
    </message>
</context>
<context>
    <name>RegistrationLink</name>
    <message>
        <source>Paste the registration link from the portal (Employees → Invite → Quick registration).</source>
        <translation>Collez le lien d&apos;inscription du portail (Employés → Inviter → Inscription rapide).</translation>
    </message>
    <message>
        <source>The link contains spaces; paste it exactly as the portal shows it.</source>
        <translation>Le lien contient des espaces&#xa0;; collez-le exactement tel que le portail l&apos;affiche.</translation>
    </message>
    <message>
        <source>This is not a web address. It should start with https:// and your portal&apos;s name.</source>
        <translation>Ce n&apos;est pas une adresse web. Elle doit commencer par https:// suivi du nom de votre portail.</translation>
    </message>
    <message>
        <source>The link must start with https://, not %1:.</source>
        <translation>Le lien doit commencer par https://, pas par %1:.</translation>
    </message>
    <message>
        <source>The link uses http://; portal links use https://.</source>
        <translation>Le lien utilise http://&#xa0;; les liens du portail utilisent https://.</translation>
    </message>
    <message>
        <source>This link belongs to %1, not to your portal %2.</source>
        <translation>Ce lien appartient à %1, pas à votre portail %2.</translation>
    </message>
    <message>
        <source>This link points to port %1 of %2, but your portal answers on port %3.</source>
        <translation>Ce lien pointe vers le port %1 de %2, mais votre portail répond sur le port %3.</translation>
    </message>
    <message>
        <source>This is the portal&apos;s home page, not its registration link.</source>
        <translation>C&apos;est la page d&apos;accueil du portail, pas son lien d&apos;inscription.</translation>
    </message>
</context>
<context>
    <name>ScriptedReport</name>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>ScriptedTask</name>
    <message numerus="yes">
        <source>The portal gave no usable answer for %n second(s).</source>
        <translation>
            <numerusform>Le portail n’a donné aucune réponse exploitable pendant %n seconde.</numerusform>
            <numerusform>Le portail n’a donné aucune réponse exploitable pendant %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message numerus="yes">
        <source>The run did not finish within --timeout %n second(s).</source>
        <translation>
            <numerusform>L’exécution ne s’est pas terminée dans le délai --timeout de %n seconde.</numerusform>
            <numerusform>L’exécution ne s’est pas terminée dans le délai --timeout de %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Portal problem (%1); trying again in %n second(s)…</source>
        <translation>
            <numerusform>Problème de portail (%1) ; nouvel essai dans %n seconde…</numerusform>
            <numerusform>Problème de portail (%1) ; nouvel essai dans %n secondes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>No keychain is available on this system (no Secret Service is running), so InviteDesk cannot store the portal&apos;s secret safely. You can keep it for this session only; you will have to connect again next time.</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce système (aucun Secret Service n&apos;est en cours d&apos;exécution)&#xa0;: InviteDesk ne peut donc pas stocker le secret du portail en toute sécurité. Vous pouvez le garder pour cette session uniquement&#xa0;; vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>The stored sign-in for this portal was not found in the keychain. Connect the portal again.</source>
        <translation>La connexion enregistrée pour ce portail est introuvable dans le trousseau. Connectez à nouveau le portail.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Unlock the keychain or allow InviteDesk to use it, then try again.</source>
        <translation>L&apos;accès au trousseau a été refusé. Déverrouillez le trousseau ou autorisez InviteDesk à l&apos;utiliser, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it persists, restart the keychain service.</source>
        <translation>Le trousseau a signalé une erreur. Réessayez&#xa0;; si le problème persiste, redémarrez le service de trousseau.</translation>
    </message>
</context>
<context>
    <name>SendAnnouncer</name>
    <message>
        <source>Sending finished: %1 sent, %2 failed (see the Outbox).</source>
        <translation>Envoi terminé : %1 envoyées, %2 échouées (voir la boîte d’envoi).</translation>
    </message>
    <message>
        <source>Sending finished: %1 sent.</source>
        <translation>Envoi terminé : %1 envoyées.</translation>
    </message>
    <message>
        <source>InviteDesk</source>
        <translation>InviteDesk</translation>
    </message>
    <message>
        <source>Invitations sent</source>
        <translation>Invitations envoyées</translation>
    </message>
</context>
<context>
    <name>UserState</name>
    <message>
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>Extranet</source>
        <translation>Extranet</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Licencié</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A simulated Bitrix24 portal on loopback, for InviteDesk and any other Bitrix24 client.</source>
        <translation>Un portail Bitrix24 simulé sur l&apos;interface loopback, pour InviteDesk et tout autre client Bitrix24.</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>Port d&apos;écoute (0&#xa0;: n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>Number of demo users.</source>
        <translation>Nombre d&apos;utilisateurs de démonstration.</translation>
    </message>
    <message>
        <source>Seed of the demo company.</source>
        <translation>Graine de l&apos;entreprise de démonstration.</translation>
    </message>
    <message>
        <source>Leaky bucket drain per second (0 disables the limit).</source>
        <translation>Vidage du seau percé par seconde (0 désactive la limite).</translation>
    </message>
    <message>
        <source>Leaky bucket size.</source>
        <translation>Taille du seau percé.</translation>
    </message>
    <message>
        <source>Serve HTTPS with a self-signed throw-away test certificate.</source>
        <translation>Servir en HTTPS avec un certificat de test jetable autosigné.</translation>
    </message>
    <message>
        <source>Invalid value for --%1: %2</source>
        <translation>Valeur non valide pour --%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the signal socket pair</source>
        <translation>Impossible de créer la paire de sockets de signal</translation>
    </message>
    <message>
        <source>Cannot start the sandbox portal: %1</source>
        <translation>Impossible de démarrer le portail de test&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sandbox portal: %1</source>
        <translation>Portail de test&#xa0;: %1</translation>
    </message>
    <message>
        <source>Admin webhook: %1</source>
        <translation>Webhook administrateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Employee webhook: %1</source>
        <translation>Webhook employé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Limited webhook (department, %1): %2</source>
        <translation>Webhook limité (department, %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>OAuth client id: %1</source>
        <translation>ID client OAuth&#xa0;: %1</translation>
    </message>
    <message>
        <source>OAuth client secret: %1</source>
        <translation>Secret client OAuth&#xa0;: %1</translation>
    </message>
    <message>
        <source>OAuth server: %1</source>
        <translation>Serveur OAuth&#xa0;: %1</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Appuyez sur Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>HTTPS with a self-signed THROW-AWAY TEST certificate (SHA-256 %1); trust it for tests only.</source>
        <translation>HTTPS avec un certificat de TEST JETABLE autosigné (SHA-256 %1)&#xa0;; à n&apos;approuver que pour des tests.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>--portal - found no webhook URL on standard input.</source>
        <translation>--portal - n’a trouvé aucune URL de webhook sur l’entrée standard.</translation>
    </message>
    <message>
        <source>No portal: add one in the app, or pass --account, --portal - or the INVITEDESK_WEBHOOK variable.</source>
        <translation>Pas de portail : ajoutez-en un dans l’application, ou utilisez --account, --portal - ou la variable INVITEDESK_WEBHOOK.</translation>
    </message>
    <message>
        <source>No stored account for %1; the app stores %2.</source>
        <translation>Aucun compte enregistré pour %1 ; l’application enregistre %2.</translation>
    </message>
    <message>
        <source>Control token (header %1 on /sandbox/ requests): %2</source>
        <translation>Jeton de contrôle (en-tête %1 des requêtes /sandbox/) : %2</translation>
    </message>
    <message>
        <source>Cannot install the console stop handler</source>
        <translation>Impossible d’installer le gestionnaire d’arrêt de la console</translation>
    </message>
    <message>
        <source>InviteDesk is already running; its window was brought to the front.</source>
        <translation>InviteDesk est déjà lancé ; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>InviteDesk is already running for this profile but does not answer. Close it, or end its process, and start again.</source>
        <translation>InviteDesk est déjà lancé pour ce profil mais ne répond pas. Fermez-le ou arrêtez son processus, puis relancez-le.</translation>
    </message>
</context>
</TS>
