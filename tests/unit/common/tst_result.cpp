// Result<T, E>: a value or an area's error, Result<void, E> for operations that yield nothing, and the
// portal's error as the default. Dropping a Result is a compile error (result_nodiscard_* in CMake).
#include "common/result.h"
#include "portal/result.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// An area's error in miniature: a kind and a detail for the log.
class Problem {
public:
    enum class Kind { Refused, Missing, Broken };
    Problem(Kind kind, QString logText = {})
        : m_kind(kind)
        , m_logText(std::move(logText)) {}
    Kind kind() const { return m_kind; }
    QString logText() const { return m_logText; }

private:
    Kind m_kind;
    QString m_logText;
};
} // namespace

class TestResult : public QObject {
    Q_OBJECT
private slots:
    void valueIsReadAndTaken() {
        Result<QString, Problem> result(QStringLiteral("secret"));
        QVERIFY(result.ok());
        QVERIFY(bool(result));
        QCOMPARE(result.value(), QStringLiteral("secret"));
        result.value() += QStringLiteral("!");
        QCOMPARE(result.takeValue(), QStringLiteral("secret!"));
    }

    void errorIsRead() {
        const Result<QString, Problem> result(Problem(Problem::Kind::Refused, u"refused"_s));
        QVERIFY(!result.ok());
        QVERIFY(!bool(result));
        QCOMPARE(result.error().kind(), Problem::Kind::Refused);
        QCOMPARE(result.error().logText(), u"refused"_s);
    }

    void readingTheWrongSideThrows() {
        const Result<int, Problem> failed(Problem(Problem::Kind::Broken));
        QVERIFY_THROWS_EXCEPTION(std::bad_variant_access, (void)failed.value());
        const Result<int, Problem> succeeded(7);
        QVERIFY_THROWS_EXCEPTION(std::bad_variant_access, (void)succeeded.error());
        const Result<void, Problem> done;
        QVERIFY_THROWS_EXCEPTION(std::bad_optional_access, (void)done.error());
    }

    void moveOnlyValues() {
        Result<std::unique_ptr<int>, Problem> result(std::make_unique<int>(5));
        QVERIFY(result.ok());
        const std::unique_ptr<int> taken = result.takeValue();
        QCOMPARE(*taken, 5);
    }

    void voidResultIsSuccessUnlessGivenAnError() {
        const Result<void, Problem> done;
        QVERIFY(done.ok());
        const Result<void, Problem> failed(Problem(Problem::Kind::Missing));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind(), Problem::Kind::Missing);
    }

    void portalErrorIsTheDefault() {
        static_assert(std::is_same_v<Result<int>::Error, PortalError>);
        static_assert(std::is_same_v<Result<int>, Result<int, PortalError>>);
        const Result<int> failed(PortalError(PortalError::Kind::Timeout));
        QCOMPARE(failed.error().kind(), PortalError::Kind::Timeout);
        const Result<int> value(3);
        QCOMPARE(value.value(), 3);
    }

    void returnedFromFunctions() {
        const auto parse = [](const QString &text) -> Result<int, Problem> {
            bool ok = false;
            const int n = text.toInt(&ok);
            if (!ok)
                return Problem(Problem::Kind::Broken, text);
            return n;
        };
        QCOMPARE(parse(u"12"_s).value(), 12);
        QCOMPARE(parse(u"x"_s).error().logText(), u"x"_s);
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
