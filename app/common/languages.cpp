#include "common/languages.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Languages {

const QList<Language> &available() {
    static const QList<Language> languages{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
        {QStringLiteral("pl"), QStringLiteral("Polski")},
        {QStringLiteral("uk"), QStringLiteral("Українська")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
    };
    return languages;
}

QString choose(const QString &requested, const QString &saved, const QString &systemLocaleName) {
    auto known = [](const QString &code) -> QString {
        for (const Language &language : available()) {
            if (language.code == code)
                return code;
        }
        // "pt_PT" → no exact match; "de_AT" → "de".
        const QString base = code.section(u'_', 0, 0);
        for (const Language &language : available()) {
            if (language.code == base)
                return base;
        }
        return {};
    };
    for (const QString &candidate : {requested, saved, systemLocaleName}) {
        if (candidate.isEmpty())
            continue;
        if (const QString code = known(candidate); !code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

bool install(QCoreApplication *app, const QString &code) {
    QLocale::setDefault(QLocale(code));
    // English is the source language; its .qm still carries the English plural forms.
    auto *own = new QTranslator(app);
    if (!own->load(QStringLiteral(":/i18n/invitedesk_%1.qm").arg(code))) {
        delete own;
        if (code == u"en")
            return true;
        qCWarning(lcUi) << "no translation for" << code;
        return false;
    }
    QCoreApplication::installTranslator(own);
    if (code == u"en")
        return true;
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace Languages
