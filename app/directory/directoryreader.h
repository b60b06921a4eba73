#pragma once

#include "directory/directorydatabase.h"
#include "directory/directorysyncstatus.h"
#include "directory/directoryuserdetails.h"
#include "directory/userstate.h"

#include <QHash>
#include <QStringList>

#include <optional>

// The GUI thread's read connection to the directory. Reads never wait on the writer (WAL); the
// models take a DirectoryReader and query through its connection.
class DirectoryReader {
public:
    explicit DirectoryReader(const QString &path);

    // Trusted once the writer reported opened(); Check when nothing else has opened the file.
    DirectoryOpenReport open(DirectoryDatabase::OpenMode mode = DirectoryDatabase::OpenMode::Trusted);
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase database() const { return m_db.database(); }

    std::optional<DirectoryUserDetails> userDetails(qint64 userId) const;
    DirectorySyncStatus syncStatus() const;

    // For the invite dialog's duplicate check: the state of every given e-mail that belongs to someone
    // in the directory, keyed by its normalised form (SearchText::normalizedEmail). Unknown e-mails are
    // absent. When an address belongs to several users, the most relevant state wins
    // (UserStates::precedence).
    QHash<QString, UserState> statesForEmails(const QStringList &emails) const;

    static constexpr int EmailChunk = 400; // bound parameters per IN query (SQLite allows 32766)

private:
    DirectoryDatabase m_db;
};
