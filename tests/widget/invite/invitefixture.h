#pragma once

// A complete InviteDialogContext over real files for the invite widget tests: an outbox file with
// its drafts, templates and audit log; the in-process portal stand-in (InMemoryPortalTransport, until
// app/workspace offers the adapter over the portal client) and a sender; a directory file written by
// DirectorySync with a few departments and people in every state; a settings file.

#include "inmemoryportaltransport.h"

#include "../../inviteresults.h"
#include "directory/directorysync.h"
#include "invite/invitationauditlog.h"
#include "invite/invitationdrafts.h"
#include "invite/invitationoutbox.h"
#include "invite/invitationsender.h"
#include "invite/invitedialogcontext.h"
#include "invite/outboxdatabase.h"
#include "invite/templatelibrary.h"

#include <QAccessible>
#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPalette>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QWidget>

#include <memory>

namespace InviteFixture {
using namespace Qt::StringLiterals;

constexpr qint64 Sales = 3;
constexpr qint64 Support = 5;

inline QJsonObject person(qint64 id, const QString &email, bool active, const QString &lastLogin,
                          int department) {
    return QJsonObject{{u"ID"_s, QString::number(id)},
                       {u"ACTIVE"_s, active},
                       {u"NAME"_s, u"Person"_s},
                       {u"LAST_NAME"_s, QString::number(id)},
                       {u"EMAIL"_s, email},
                       {u"LAST_LOGIN"_s, lastLogin},
                       {u"DATE_REGISTER"_s, u"2023-03-15T00:00:00+03:00"_s},
                       {u"UF_DEPARTMENT"_s, QJsonArray{department}},
                       {u"USER_TYPE"_s, u"employee"_s}};
}

inline bool buildDirectory(const QString &path) {
    DirectorySync sync(path);
    bool opened = false;
    QObject::connect(&sync, &DirectorySync::opened, &sync,
                     [&opened](const DirectoryResult<QString> &notice) { opened = notice.ok(); });
    sync.open();
    if (!opened)
        return false;
    sync.beginFullSync();
    sync.ingestDepartments(QJsonArray{
        QJsonObject{{u"ID"_s, u"1"_s}, {u"NAME"_s, u"Acme Ltd"_s}},
        QJsonObject{{u"ID"_s, u"3"_s}, {u"NAME"_s, u"Sales"_s}, {u"PARENT"_s, u"1"_s}},
        QJsonObject{{u"ID"_s, u"5"_s}, {u"NAME"_s, u"Support"_s}, {u"PARENT"_s, u"1"_s}},
        QJsonObject{{u"ID"_s, u"7"_s}, {u"NAME"_s, u"Logistik München"_s}, {u"PARENT"_s, u"1"_s}},
    });
    const QString loggedIn = u"2024-07-25T13:06:54+00:00"_s;
    sync.ingestUsers(QJsonArray{person(101, u"anna@acme.example"_s, true, loggedIn, 3),
                                person(102, u"newcomer@acme.example"_s, true, QString(), 3),
                                person(103, u"gone@acme.example"_s, false, loggedIn, 5)});
    sync.finishFullSync();
    return true;
}

// Owns everything a dialog borrows; make a dialog with context().
class Environment {
public:
    Environment() {
        QVERIFY(m_dir.isValid());
        open();
        QVERIFY(buildDirectory(m_dir.filePath(u"directory.sqlite"_s)));
    }

    void open() {
        // Reopened as after a restart: what uses the file goes before the file (the sender's writer
        // thread holds a connection to it).
        m_sender.reset();
        m_audit.reset();
        m_templates.reset();
        m_drafts.reset();
        m_outbox.reset();
        m_db.reset();
        m_db = std::make_unique<OutboxDatabase>(m_dir.filePath(u"outbox.sqlite"_s));
        QVERIFY(succeeded(m_db->open()));
        m_outbox = std::make_unique<InvitationOutbox>(*m_db);
        m_drafts = std::make_unique<InvitationDrafts>(*m_db);
        m_templates = std::make_unique<TemplateLibrary>(*m_db);
        m_audit = std::make_unique<InvitationAuditLog>(*m_db);
        m_sender = std::make_unique<InvitationSender>(*m_outbox, transport, portal);
        m_sender->setRateLimitDelay(std::chrono::milliseconds(5));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    }

    InviteDialogContext context() {
        InviteDialogContext c;
        c.outbox = m_outbox.get();
        c.sender = m_sender.get();
        c.drafts = m_drafts.get();
        c.templates = m_templates.get();
        c.auditLog = m_audit.get();
        c.directoryDatabasePath = m_dir.filePath(u"directory.sqlite"_s);
        c.settings = m_settings.get();
        c.portal = portal;
        c.portalName = u"Acme"_s;
        c.portalUrl = QUrl(u"https://acme.bitrix24.com"_s);
        c.inviterName = u"Olga Admin"_s;
        c.inviterEmail = u"olga@acme.example"_s;
        c.groups = {{11, u"Partners"_s}, {12, u"Contractors"_s}};
        c.openUrl = [this](const QUrl &url) {
            openedUrls << url;
            return true;
        };
        return c;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    InvitationOutbox &outbox() { return *m_outbox; }
    InvitationSender &sender() { return *m_sender; }
    QSettings &settings() { return *m_settings; }

    const QString portal = u"acme.bitrix24.com"_s;
    InMemoryPortalTransport transport;
    QList<QUrl> openedUrls;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<OutboxDatabase> m_db;
    std::unique_ptr<InvitationOutbox> m_outbox;
    std::unique_ptr<InvitationDrafts> m_drafts;
    std::unique_ptr<TemplateLibrary> m_templates;
    std::unique_ptr<InvitationAuditLog> m_audit;
    std::unique_ptr<InvitationSender> m_sender;
    std::unique_ptr<QSettings> m_settings;
};

template<typename T> T *child(const QWidget *root, const QString &name) {
    T *found = root->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
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
    dark.setColor(QPalette::ToolTipBase, QColor(0x4a, 0x40, 0x20));
    dark.setColor(QPalette::ToolTipText, QColor(0xf0, 0xe6, 0xc8));
    dark.setColor(QPalette::Link, QColor(0x6a, 0xa8, 0xff));
    return dark;
}
} // namespace InviteFixture
