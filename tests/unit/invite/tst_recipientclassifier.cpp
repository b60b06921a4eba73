#include "invite/inmemoryknownpeople.h"
#include "invite/recipientclassifier.h"
#include "invite/recipientlistparser.h"

#include <QTest>

Q_DECLARE_METATYPE(RecipientState)

// Each recipient's state before sending, and the summary line.
class TestRecipientClassifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void state_data();
    void state();
    void repeatedPointsToFirst();
    void seatLimit();
    void summaryText();
    void reasonsAreTranslatedSentences();

private:
    InMemoryKnownPeople m_directory;
};

void TestRecipientClassifier::initTestCase() {
    m_directory.add(QStringLiteral("emp@example.com"),
                    {KnownPersonState::Employee, 11, QStringLiteral("Em P")});
    m_directory.add(QStringLiteral("inv@example.com"), {KnownPersonState::Invited, 12, QString()});
    m_directory.add(QStringLiteral("gone@example.com"), {KnownPersonState::Dismissed, 13, QString()});
    m_directory.add(QStringLiteral("post@xn--e1afmkfd.xn--p1ai"),
                    {KnownPersonState::Employee, 14, QString()});
}

void TestRecipientClassifier::state_data() {
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<RecipientState>("state");
    QTest::newRow("ready") << QStringLiteral("new@example.com") << RecipientState::Ready;
    QTest::newRow("invalid") << QStringLiteral("new@example") << RecipientState::InvalidAddress;
    QTest::newRow("employee") << QStringLiteral("emp@example.com") << RecipientState::AlreadyEmployee;
    QTest::newRow("employee other case and dot")
        << QStringLiteral("EMP@Example.COM.") << RecipientState::AlreadyEmployee;
    QTest::newRow("employee via idn") << QStringLiteral("post@пример.рф") << RecipientState::AlreadyEmployee;
    QTest::newRow("invited") << QStringLiteral("Inv <inv@example.com>") << RecipientState::AlreadyInvited;
    QTest::newRow("dismissed") << QStringLiteral("gone@example.com") << RecipientState::Dismissed;
    QTest::newRow("queued in outbox")
        << QStringLiteral("queued@example.com") << RecipientState::AlreadyQueued;
}

void TestRecipientClassifier::state() {
    QFETCH(QString, pasted);
    QFETCH(RecipientState, state);
    RecipientClassifier classifier(m_directory);
    classifier.setQueuedKeys({QStringLiteral("queued@example.com")});
    const QList<ClassifiedRecipient> out = classifier.classify(RecipientListParser().parse(pasted));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().state, state);
}

void TestRecipientClassifier::repeatedPointsToFirst() {
    RecipientClassifier classifier(m_directory);
    const QList<ClassifiedRecipient> out = classifier.classify(
        RecipientListParser().parse(QStringLiteral("a@x.com, b@x.com, A@X.COM, bad, bad")));
    QCOMPARE(out.size(), 5);
    QCOMPARE(out.at(2).state, RecipientState::Repeated);
    QCOMPARE(out.at(2).firstIndex, 0);
    QCOMPARE(out.at(3).state, RecipientState::InvalidAddress);
    QCOMPARE(out.at(4).state, RecipientState::InvalidAddress); // invalid stays invalid, not "repeated"
}

void TestRecipientClassifier::seatLimit() {
    RecipientClassifier classifier(m_directory);
    classifier.setFreeSeats(2);
    const QList<ClassifiedRecipient> out = classifier.classify(
        RecipientListParser().parse(QStringLiteral("emp@example.com a@x.com b@x.com c@x.com d@x.com")));
    QCOMPARE(out.at(0).state, RecipientState::AlreadyEmployee); // does not use a seat
    QCOMPARE(out.at(1).state, RecipientState::Ready);
    QCOMPARE(out.at(2).state, RecipientState::Ready);
    QCOMPARE(out.at(3).state, RecipientState::OverUserLimit);
    QCOMPARE(out.at(4).state, RecipientState::OverUserLimit);
    const ClassificationSummary s = ClassificationSummary::of(out);
    QCOMPARE(s.toSend(), 2);
    QCOMPARE(s.overLimit, 2);
}

void TestRecipientClassifier::summaryText() {
    RecipientClassifier classifier(m_directory);
    QString text;
    for (int i = 0; i < 37; ++i)
        text += QStringLiteral("p%1@x.com\n").arg(i);
    text += QStringLiteral("emp@example.com EMP@example.com. post@пример.рф bad@ worse");
    const QList<ClassifiedRecipient> out = classifier.classify(RecipientListParser().parse(text));
    const ClassificationSummary s = ClassificationSummary::of(out);
    QCOMPARE(s.ready, 37);
    QCOMPARE(s.employees, 2);
    QCOMPARE(s.repeated, 1);
    QCOMPARE(s.invalid, 2);
    QCOMPARE(s.total(), int(out.size()));
    // Without a translator the source texts show; the English .ts gives the plural forms.
    QCOMPARE(s.text(),
             QStringLiteral("Will invite 37 · skip 2 already employee(s) · 1 repeated · 2 invalid"));
    QCOMPARE(s.inviteButtonText(), QStringLiteral("Invite 37"));
    QCOMPARE(ClassificationSummary().text(), QStringLiteral("Nothing to invite"));
}

void TestRecipientClassifier::reasonsAreTranslatedSentences() {
    ClassifiedRecipient c;
    c.recipient = RecipientListParser().parse(QStringLiteral("x.example.com")).first();
    c.state = RecipientState::InvalidAddress;
    QVERIFY(c.reason().contains(EmailAddress::problemText(EmailProblem::MissingAt)));
    for (int st = int(RecipientState::Ready); st <= int(RecipientState::OverUserLimit); ++st) {
        c.state = RecipientState(st);
        QVERIFY(!c.reason().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestRecipientClassifier)
#include "tst_recipientclassifier.moc"
