#pragma once

// A real directory file for the page tests: the generated company of userfixtures.h (300 people,
// 24 departments) plus a few people the tests look for by name, written by DirectorySync.

#include "directory/directorysync.h"

#include "userfixtures.h"

#include <QAccessible>
#include <QImage>
#include <QPalette>
#include <QStringList>
#include <QWidget>

namespace PagesFixture {
using namespace Qt::StringLiterals;

constexpr qint64 Mueller = 9001;  // Jürgen Müller, Logistik München (8), two phones
constexpr qint64 Ivanov = 9002;   // Иван Иванов, Бухгалтерия (5)
constexpr qint64 Newcomer = 9003; // invited, never logged in, Marketing (3)
constexpr qint64 Logistics = 8;   // "Logistik München", with sub-departments 14 and 22
constexpr int GeneratedUsers = 300;

inline QJsonObject person(qint64 id, const QString &first, const QString &last, const QString &email,
                          const QString &position, int department, const QJsonObject &extra = {}) {
    QJsonObject row{{u"ID"_s, QString::number(id)},
                    {u"ACTIVE"_s, true},
                    {u"NAME"_s, first},
                    {u"LAST_NAME"_s, last},
                    {u"EMAIL"_s, email},
                    {u"WORK_POSITION"_s, position},
                    {u"LAST_LOGIN"_s, u"2024-07-25T13:06:54+00:00"_s},
                    {u"DATE_REGISTER"_s, u"2023-03-15T00:00:00+03:00"_s},
                    {u"TIMESTAMP_X"_s, QJsonObject{}},
                    {u"UF_DEPARTMENT"_s, QJsonArray{department}},
                    {u"USER_TYPE"_s, u"employee"_s}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        row.insert(it.key(), it.value());
    return row;
}

inline bool build(const QString &path) {
    DirectorySync sync(path);
    bool opened = false;
    QObject::connect(&sync, &DirectorySync::opened, &sync,
                     [&opened](const DirectoryResult<QString> &notice) { opened = notice.ok(); });
    sync.open();
    if (!opened)
        return false;
    sync.beginFullSync();
    sync.ingestDepartments(UserFixtures::departments(24));
    for (int first = 1; first <= GeneratedUsers; first += 50)
        sync.ingestUsers(UserFixtures::users(first, 50, 24));
    sync.ingestUsers(QJsonArray{
        person(Mueller, u"Jürgen"_s, u"Müller"_s, u"j.mueller@acme.example"_s, u"Warehouse lead"_s, 8,
               {{u"WORK_PHONE"_s, u"+49 89 5550123"_s}, {u"PERSONAL_MOBILE"_s, u"+49 171 5550456"_s}}),
        person(Ivanov, u"Иван"_s, u"Иванов"_s, u"ivanov@acme.example"_s, u"Главный бухгалтер"_s, 5),
        person(Newcomer, QString(), QString(), u"newcomer@acme.example"_s, QString(), 3,
               {{u"LAST_LOGIN"_s, QString()}}),
    });
    sync.finishFullSync();
    return true;
}

// Every widget that can take focus from the keyboard, without an accessible name of its own.
inline QStringList focusableWithoutAccessibleName(const QWidget *root) {
    QStringList missing;
    for (const QWidget *widget : root->findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || widget->isWindow())
            continue;
        if (widget->accessibleName().trimmed().isEmpty())
            missing << QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                                     QString::fromLatin1(widget->metaObject()->className()));
    }
    return missing;
}

inline QPalette darkPalette() {
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    return dark;
}

// With INVITEDESK_SCREENSHOTS=<folder> set, saves <folder>/<name>.png and a dark-palette twin.
inline void screenshot(QWidget *widget, const QString &name) {
    const QString folder = qEnvironmentVariable("INVITEDESK_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    widget->grab().save(folder + u'/' + name + u".png"_s);
    const QPalette original = widget->palette();
    widget->setPalette(darkPalette());
    widget->grab().save(folder + u'/' + name + u"-dark.png"_s);
    widget->setPalette(original);
}
} // namespace PagesFixture
