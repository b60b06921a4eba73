#pragma once

// Realistic user.get / department.get rows in the exact shapes of spec §6.5 / §6.9, for the
// directory tests and the search benchmark. Deterministic: the same index gives the same person.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace UserFixtures {
using namespace Qt::StringLiterals;

inline const QStringList &firstNames() {
    static const QStringList names = {
        QStringLiteral("Anna"),       QStringLiteral("Łukasz"), QStringLiteral("José"),
        QStringLiteral("Иван"),       QStringLiteral("Мария"),  QStringLiteral("Jürgen"),
        QStringLiteral("Søren"),      QStringLiteral("Zoë"),    QStringLiteral("Ángel"),
        QStringLiteral("Oleksandr"),  QStringLiteral("Hanna"),  QStringLiteral("Chloé"),
        QStringLiteral("Mehmet"),     QStringLiteral("Ayşe"),   QStringLiteral("Ольга"),
        QStringLiteral("Dmitri"),     QStringLiteral("Annika"), QStringLiteral("François"),
        QStringLiteral("Małgorzata"), QStringLiteral("Kenji"),  QStringLiteral("Priya"),
        QStringLiteral("Nina"),       QStringLiteral("Tomáš"),  QStringLiteral("Ingrid"),
    };
    return names;
}

inline const QStringList &lastNames() {
    static const QStringList names = {
        QStringLiteral("Müller"),     QStringLiteral("Kowalski"), QStringLiteral("García"),
        QStringLiteral("Иванов"),     QStringLiteral("Петрова"),  QStringLiteral("Berg"),
        QStringLiteral("Nørgaard"),   QStringLiteral("Dubois"),   QStringLiteral("Smith"),
        QStringLiteral("Shevchenko"), QStringLiteral("Yılmaz"),   QStringLiteral("Holt"),
        QStringLiteral("Schröder"),   QStringLiteral("Novák"),    QStringLiteral("Соколов"),
        QStringLiteral("Tanaka"),     QStringLiteral("Sharma"),   QStringLiteral("Lindqvist"),
        QStringLiteral("Wiśniewska"), QStringLiteral("Rossi"),    QStringLiteral("Andersen"),
        QStringLiteral("Кузнецова"),  QStringLiteral("O'Brien"),  QStringLiteral("Larsen"),
        QStringLiteral("Fernández"),  QStringLiteral("Weiß"),     QStringLiteral("Костенко"),
        QStringLiteral("Moreau"),     QStringLiteral("Nakamura"),
    };
    return names;
}

inline const QStringList &positions() {
    static const QStringList names = {
        QStringLiteral("Sales manager"),     QStringLiteral("Accountant"),
        QStringLiteral("Software engineer"), QStringLiteral("Менеджер по продажам"),
        QStringLiteral("HR specialist"),     QStringLiteral("Support agent"),
        QStringLiteral("Marketing lead"),    QStringLiteral("Analyst"),
        QStringLiteral("Designer"),          QStringLiteral("Бухгалтер"),
        QStringLiteral("Office manager"),    QStringLiteral(""),
    };
    return names;
}

// Department tree: 1 root, 2..9 under root, 10.. under those.
inline QJsonArray departments(int count = 24) {
    static const QStringList names = {QStringLiteral("Sales"),
                                      QStringLiteral("Marketing"),
                                      QStringLiteral("Development"),
                                      QStringLiteral("Бухгалтерия"),
                                      QStringLiteral("Support"),
                                      QStringLiteral("HR"),
                                      QStringLiteral("Logistik München"),
                                      QStringLiteral("Legal")};
    QJsonArray rows;
    rows << QJsonObject{
        {u"ID"_s, u"1"_s}, {u"NAME"_s, u"Acme Ltd"_s}, {u"SORT"_s, 500}, {u"UF_HEAD"_s, u"1"_s}};
    for (int id = 2; id <= count; ++id) {
        QJsonObject row{{u"ID"_s, QString::number(id)},
                        {u"NAME"_s, QString(names.at((id - 2) % names.size()) +
                                            (id > 9 ? QStringLiteral(" team %1").arg(id) : QString()))},
                        {u"SORT"_s, 100 * (id % 5)},
                        {u"PARENT"_s, QString::number(id <= 9 ? 1 : 2 + (id % 8))}};
        if (id % 3 == 0)
            row.insert(u"UF_HEAD"_s, QString::number(id * 7));
        rows << row;
    }
    return rows;
}

inline QString emailLocal(const QString &first, const QString &last, int id) {
    // ASCII-ish local part as real directories mostly have; accents stay in the name fields.
    QString local = (first + u'.' + last).toLower();
    local = local.normalized(QString::NormalizationForm_KD);
    QString ascii;
    for (const QChar c : local)
        if ((c >= u'a' && c <= u'z') || c == u'.')
            ascii += c;
    if (ascii.size() < 3 || ascii.startsWith(u'.'))
        ascii = QStringLiteral("user");
    return ascii + QString::number(id);
}

// One user row. Every 17th user is dismissed (ACTIVE false), every 11th invited (LAST_LOGIN ""),
// every 13th extranet; dates come as strings, "" and {}; ACTIVE sometimes as "Y"/"N"; ID sometimes a number.
inline QJsonObject user(int id, int departmentCount = 24) {
    const QString first = firstNames().at(id % firstNames().size());
    const QString last = lastNames().at((id / 3) % lastNames().size());
    const bool dismissed = id % 17 == 0;
    const bool invited = !dismissed && id % 11 == 0;
    const bool extranet = !dismissed && !invited && id % 13 == 0;
    QJsonObject row;
    if (id % 7 == 0)
        row.insert(u"ID"_s, id); // a number instead of a string (spec §8)
    else
        row.insert(u"ID"_s, QString::number(id));
    if (id % 5 == 0)
        row.insert(u"ACTIVE"_s, dismissed ? u"N"_s : u"Y"_s);
    else
        row.insert(u"ACTIVE"_s, !dismissed);
    row.insert(u"NAME"_s, invited && id % 2 == 0 ? QString() : first);
    row.insert(u"LAST_NAME"_s, invited && id % 2 == 0 ? QString() : last);
    row.insert(u"SECOND_NAME"_s, QString());
    row.insert(u"EMAIL"_s, QString(emailLocal(first, last, id) +
                                   (extranet ? u"@partner.example.org"_s : u"@Example.com"_s)));
    row.insert(u"LAST_LOGIN"_s,
               invited ? QString()
                       : QStringLiteral("2024-07-%1T13:06:54+00:00").arg(1 + id % 28, 2, 10, QChar(u'0')));
    row.insert(u"DATE_REGISTER"_s,
               QStringLiteral("2023-%1-15T00:00:00+03:00").arg(1 + id % 12, 2, 10, QChar(u'0')));
    row.insert(u"TIME_ZONE"_s, QString());
    row.insert(u"IS_ONLINE"_s, id % 4 == 0 ? u"Y"_s : u"N"_s);
    row.insert(u"TIMESTAMP_X"_s, QJsonObject{});
    row.insert(u"LAST_ACTIVITY_DATE"_s,
               id % 2 ? QJsonValue(QJsonObject{}) : QJsonValue(u"2024-07-25 13:06:54"_s));
    row.insert(u"PERSONAL_GENDER"_s, QString());
    row.insert(u"PERSONAL_BIRTHDAY"_s, QString());
    row.insert(u"PERSONAL_MOBILE"_s, id % 3 == 0 ? QStringLiteral("+7 (9%1) %2-%3-%4")
                                                       .arg(id % 100, 2, 10, QChar(u'0'))
                                                       .arg(100 + id % 900)
                                                       .arg(10 + id % 90)
                                                       .arg(10 + (id / 7) % 90)
                                                 : QString());
    row.insert(u"WORK_PHONE"_s, id % 4 == 1 ? QStringLiteral("+49 30 %1").arg(1000000 + id) : QString());
    row.insert(u"WORK_POSITION"_s, positions().at(id % positions().size()));
    row.insert(u"UF_EMPLOYMENT_DATE"_s, QString());
    row.insert(u"UF_PHONE_INNER"_s, id % 6 == 0 ? QJsonValue(QString::number(100 + id % 900)) : QJsonValue());
    QJsonArray departmentIds;
    if (!extranet) {
        departmentIds << 1 + id % departmentCount;
        if (id % 10 == 0)
            departmentIds << 1 + (id / 10) % departmentCount;
    }
    row.insert(u"UF_DEPARTMENT"_s, departmentIds);
    row.insert(u"USER_TYPE"_s, extranet ? u"extranet"_s : u"employee"_s);
    return row;
}

inline QJsonArray users(int firstId, int count, int departmentCount = 24) {
    QJsonArray rows;
    for (int id = firstId; id < firstId + count; ++id)
        rows << user(id, departmentCount);
    return rows;
}

} // namespace UserFixtures
