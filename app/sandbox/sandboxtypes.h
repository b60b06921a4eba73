#pragma once

#include <QHash>
#include <QList>
#include <QString>

// Plain records of the sandbox portal's directory: users, departments and workgroups, stored as
// the portal stores them (strings as they go on the wire, dates as ISO-8601 or empty).
struct SandboxUser {
    int id = 0;
    bool active = true;
    QString name;
    QString lastName;
    QString secondName;
    QString email;
    QString lastLogin; // "" while an invitation is pending
    QString dateRegister;
    QString personalGender; // "M", "F" or ""
    QString personalBirthday;
    QString personalMobile;
    QString personalCity;
    QString workPhone;
    QString workPosition;
    QString employmentDate;
    QString phoneInner;
    QString timeZone;
    QString isOnline = QStringLiteral("N");
    QString userType = QStringLiteral("employee"); // employee | extranet
    QList<int> departments;
    QList<int> groups;
    QString confirmCode; // non-empty while an invitation is pending
    // TIMESTAMP_X, Unix seconds on the portal's clock: set when the user is created and on every change
    // of the record (not when they log in, as the portal writes LAST_LOGIN without touching it). Only
    // filters read it: user.get serialises it as {} (spec §6).
    qint64 timestampX = 0;
    QString messageText;           // MESSAGE_TEXT of the invitation (HTML-escaped)
    QHash<QString, QString> extra; // any other user.add field that was set
};

struct SandboxDepartment {
    int id = 0;
    QString name;
    int sort = 500;
    int parent = 0; // 0: the root
    int head = 0;   // 0: no head
    bool active = true;
};

struct SandboxGroup {
    int id = 0;
    QString name;
    QString description;
    bool extranet = false;
    bool visible = true;
    bool opened = false;
    int ownerId = 1;
    QString dateCreate;
    QList<int> members;
};
