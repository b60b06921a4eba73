// InviteError, the invite area's error: the kind SQLite's refusals map to (from real SQLite files: a
// disk that refuses to grow a file, a constraint; a damaged file: tst_invitationoutbox), the portal's words
// kept for a refusal of a whole request, and the user's words for every kind, in German from the
// shipped languages as the application reads them.
#include "../../inviteresults.h"
#include "common/languages.h"
#include "invite/invitationfailure.h"
#include "invite/inviteerror.h"
#include "invite/outboxdatabase.h"

#ifdef Q_OS_UNIX
#include "../directory/directoryfiles.h"
#endif

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestInviteError : public QObject {
    Q_OBJECT

    static QList<InviteError::Kind> allKinds() {
        using K = InviteError::Kind;
        return {K::StorageUnavailable, K::CannotOpen, K::Damaged,           K::NewerVersion, K::Failed,
                K::NotChangeable,      K::Refused,    K::PortalUnreachable, K::ExportFailed, K::Cancelled};
    }

private slots:
    // A second row pending for the same mailbox breaks the unique index: the statement failed, not
    // the disk.
    void constraintIsAFailedStatement() {
        QTemporaryDir dir;
        OutboxDatabase db(dir.filePath(u"outbox.sqlite"_s));
        QVERIFY(succeeded(db.open()));
        QVERIFY(succeeded(db.exec(u"CREATE TABLE t (k TEXT UNIQUE)"_s)));
        QVERIFY(succeeded(db.exec(u"INSERT INTO t VALUES ('a')"_s)));
        const InviteResult<void> again = db.exec(u"INSERT INTO t VALUES ('a')"_s);
        QVERIFY(!again);
        QCOMPARE(again.error().kind(), InviteError::Kind::Failed);
        QVERIFY2(again.error().logText().contains(u"UNIQUE"_s), qPrintable(again.error().logText()));
    }

    // A disk that refuses to grow the file: StorageUnavailable, on opening a new file and on writing
    // to an open one.
    void fullDiskIsStorageUnavailable() {
#ifndef Q_OS_UNIX
        QSKIP("needs RLIMIT_FSIZE (Unix)");
#else
        QTemporaryDir dir;
        {
            const DirectoryFiles::FileSizeLimit full(1);
            QVERIFY(full.ok());
            OutboxDatabase db(dir.filePath(u"new.sqlite"_s));
            const InviteResult<void> opened = db.open();
            QVERIFY(!opened);
            QVERIFY2(opened.error().kind() == InviteError::Kind::StorageUnavailable,
                     qPrintable(opened.error().logText()));
        }
        OutboxDatabase db(dir.filePath(u"outbox.sqlite"_s));
        QVERIFY(succeeded(db.open()));
        QVERIFY(succeeded(db.exec(u"CREATE TABLE t (v BLOB)"_s)));
        const qint64 size = QFileInfo(db.path()).size() + QFileInfo(db.path() + u"-wal"_s).size();
        const DirectoryFiles::FileSizeLimit full(rlim_t(size + 1024));
        QVERIFY(full.ok());
        const InviteResult<void> grown = db.exec(u"INSERT INTO t VALUES (zeroblob(1000000))"_s);
        QVERIFY(!grown);
        QVERIFY2(grown.error().kind() == InviteError::Kind::StorageUnavailable,
                 qPrintable(grown.error().logText()));
#endif
    }

    // A refusal of every invitation keeps the outbox's sentence for it; an unreachable portal keeps
    // the portal client's own words, or the sentence when there are none.
    void refusalsKeepThePortalsWords() {
        InvitationFailure rights;
        rights.kind = InvitationFailureKind::Rights;
        rights.code = u"ACCESS_DENIED"_s;
        rights.description = u"Access denied"_s;
        const InviteError refused = InviteError::fromRefusal(rights);
        QCOMPARE(refused.kind(), InviteError::Kind::Refused);
        QCOMPARE(refused.userMessage(), rights.userText());
        QVERIFY(refused.logText().contains(u"ACCESS_DENIED"_s));

        InvitationFailure network;
        network.kind = InvitationFailureKind::Network;
        network.code = u"network"_s;
        network.description = u"Cannot reach the portal (Connection refused)."_s;
        QCOMPARE(InviteError::fromRefusal(network).kind(), InviteError::Kind::PortalUnreachable);
        QCOMPARE(InviteError::fromRefusal(network).userMessage(), network.description);
        network.description.clear();
        QCOMPARE(InviteError::fromRefusal(network).userMessage(), network.userText());
    }

    // Every kind has words of its own; in German from the shipped translation (last: the language
    // stays installed).
    void everyKindHasWords() {
        QStringList english;
        for (const InviteError::Kind kind : allKinds()) {
            const QString words = InviteError(kind).userMessage();
            QVERIFY2(!words.isEmpty(), qPrintable(QString::number(int(kind))));
            english << words;
        }
        QCOMPARE(QSet<QString>(english.cbegin(), english.cend()).size(), english.size());

        QVERIFY(Languages::install(qApp, u"de"_s));
        for (qsizetype i = 0; i < allKinds().size(); ++i) {
            const QString german = InviteError(allKinds().at(i)).userMessage();
            QVERIFY2(!german.isEmpty() && german != english.at(i), qPrintable(english.at(i)));
        }
        const QString full = InviteError(InviteError::Kind::StorageUnavailable).userMessage();
        QVERIFY2(full.startsWith(u"Der Postausgang kann nicht beschrieben werden"_s), qPrintable(full));
    }
};

QTEST_GUILESS_MAIN(TestInviteError)
#include "tst_inviteerror.moc"
