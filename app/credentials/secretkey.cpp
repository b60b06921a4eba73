#include "credentials/secretkey.h"

using namespace Qt::StringLiterals;

QString SecretKey::accountPrefix() const {
    return u"invitedesk:"_s + host.toLower() + u':' + QString::number(userId) + u':';
}

QString SecretKey::keychainKey() const {
    return accountPrefix() + name;
}

QString SecretError::userMessage() const {
    switch (m_kind) {
    case Kind::NoKeychain:
        return tr("No keychain is available on this system (no Secret Service is running), so InviteDesk "
                  "cannot store the portal's secret safely. You can keep it for this session only; you "
                  "will have to connect again next time.");
    case Kind::NotFound:
        return tr("The stored sign-in for this portal was not found in the keychain. Connect the portal "
                  "again.");
    case Kind::AccessDenied:
        return tr("Access to the keychain was refused. Unlock the keychain or allow InviteDesk to use it, "
                  "then try again.");
    case Kind::Failed:
        break;
    }
    return tr("The keychain reported an error. Try again; if it persists, restart the keychain service.");
}
