#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

// The interface languages InviteDesk ships and how one is chosen: --lang for one run, else the
// choice saved in Preferences, else the system locale, else English.
namespace Languages {

struct Language {
    QString code;       // "ru", "pt_BR"
    QString nativeName; // "Русский", "Português (Brasil)"
};

const QList<Language> &available();
// The code to use for this run. `requested`: --lang; `saved`: the Preferences setting ("" = system).
QString choose(const QString &requested, const QString &saved, const QString &systemLocaleName);
// Installs InviteDesk's and Qt's own translations for `code`; false when InviteDesk has none.
bool install(QCoreApplication *app, const QString &code);

} // namespace Languages
