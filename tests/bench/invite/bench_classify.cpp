// Benchmark: 10 000 pasted addresses (a realistic mix of forms, some invalid, some repeated, some
// already known) parsed and classified against a 100 000-person directory held in InMemoryKnownPeople.
// Prints the median and p90 of several runs; asserts nothing. Target: ≤ 200 ms per run.
//   build/invite/tests/bench/invite/bench_classify [runs]

#include "invite/inmemoryknownpeople.h"
#include "invite/recipientclassifier.h"
#include "invite/recipientlistparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <cstdio>

namespace {

const QStringList FirstNames = {QStringLiteral("Anna"),  QStringLiteral("Иван"), QStringLiteral("Jürgen"),
                                QStringLiteral("Marie"), QStringLiteral("דוד"),  QStringLiteral("محمد"),
                                QStringLiteral("Wei"),   QStringLiteral("Olga"), QStringLiteral("José")};
const QStringList LastNames = {
    QStringLiteral("Schmidt"), QStringLiteral("Иванов"),       QStringLiteral("Müller"),
    QStringLiteral("Dupont"),  QStringLiteral("לוי"),          QStringLiteral("علي"),
    QStringLiteral("Wang"),    QStringLiteral("van der Berg"), QStringLiteral("Núñez")};
const QStringList Domains = {QStringLiteral("example.com"),        QStringLiteral("corp.example.de"),
                             QStringLiteral("пример.рф"),          QStringLiteral("müller-bäckerei.de"),
                             QStringLiteral("mail.example.co.uk"), QStringLiteral("example.org")};

QString address(int i) {
    return QStringLiteral("person.%1@%2").arg(i).arg(Domains.at(i % Domains.size()));
}

QString pastedText(int lines, int knownUsers, QRandomGenerator &rng) {
    QStringList out;
    out.reserve(lines);
    for (int i = 0; i < lines; ++i) {
        const int roll = int(rng.bounded(100));
        // 30 % already known, the rest new people.
        const int who = roll < 30 ? int(rng.bounded(knownUsers)) : knownUsers + i;
        const QString first = FirstNames.at(i % FirstNames.size());
        const QString last = LastNames.at((i / 3) % LastNames.size());
        const int form = int(rng.bounded(100));
        if (form < 5)
            out << QStringLiteral("%1.example.com").arg(first); // missing @
        else if (form < 8)
            out << QStringLiteral("%1..%2@example.com").arg(first, last).remove(u' '); // double dot
        else if (form < 13 && i > 0)
            out << out.at(int(rng.bounded(i))); // repeated line
        else if (form < 45)
            out << address(who);
        else if (form < 70)
            out << QStringLiteral("%1 %2 <%3>").arg(first, last, address(who));
        else if (form < 85)
            out << QStringLiteral("\"%2, %1\" <%3>").arg(first, last, address(who));
        else if (form < 92)
            out << QStringLiteral("%1 (%2 %3)").arg(address(who), first, last);
        else
            out << QStringLiteral("  %1 ;\t").arg(address(who).toUpper());
    }
    return out.join(u'\n');
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    const size_t idx = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[idx];
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 15;
    constexpr int KnownUsers = 100000;
    constexpr int Lines = 10000;

    QRandomGenerator rng(42);
    InMemoryKnownPeople directory;
    directory.reserve(KnownUsers);
    QElapsedTimer setup;
    setup.start();
    for (int i = 0; i < KnownUsers; ++i) {
        const int r = i % 20;
        const KnownPersonState state = r < 16   ? KnownPersonState::Employee
                                       : r < 19 ? KnownPersonState::Invited
                                                : KnownPersonState::Dismissed;
        directory.add(address(i), {state, i + 1, QString()});
    }
    const qint64 setupMs = setup.elapsed();
    const QString text = pastedText(Lines, KnownUsers, rng);

    std::vector<double> total, parseMs, classifyMs;
    ClassificationSummary summary;
    RecipientListParser parser;
    RecipientClassifier classifier(directory);
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        const QList<Recipient> recipients = parser.parse(text);
        const double p = double(t.nsecsElapsed()) / 1e6;
        const QList<ClassifiedRecipient> classified = classifier.classify(recipients);
        summary = ClassificationSummary::of(classified);
        const double all = double(t.nsecsElapsed()) / 1e6;
        parseMs.push_back(p);
        classifyMs.push_back(all - p);
        total.push_back(all);
    }
    std::printf("bench_classify: %d pasted lines (%lld chars) against %d known people, %d runs\n", Lines,
                static_cast<long long>(text.size()), KnownUsers, runs);
    std::printf("  directory built in %lld ms (not part of the figures)\n", static_cast<long long>(setupMs));
    std::printf("  parse + classify: median %.1f ms, p90 %.1f ms (target <= 200 ms)\n",
                percentile(total, 0.5), percentile(total, 0.9));
    std::printf("  parse only:       median %.1f ms, p90 %.1f ms\n", percentile(parseMs, 0.5),
                percentile(parseMs, 0.9));
    std::printf("  classify only:    median %.1f ms, p90 %.1f ms\n", percentile(classifyMs, 0.5),
                percentile(classifyMs, 0.9));
    std::printf("  result: %s\n", qPrintable(summary.text()));
    return 0;
}
