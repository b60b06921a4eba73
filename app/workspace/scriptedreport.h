#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The outcome of one input row of a scripted run (`--invite-csv`, `--send-pending`).
struct ScriptedRow {
    enum class Outcome { Sent, Waiting, Skipped, Invalid, Failed };

    int line = 0; // line of the CSV file where the row starts; 0 for a row an earlier run left queued
    QString email;
    QString name;
    Outcome outcome = Outcome::Waiting;
    // Stable token for scripts: sent, not-sent, duplicate-in-file, employee, invited, dismissed,
    // sent-earlier, review-earlier, invalid-address, no-department, unknown-department,
    // ambiguous-department, portal-refused, needs-review.
    QString code;
    QString reason; // translated
    qint64 invitationId = 0;
    qint64 userId = 0;
    bool queuedNow = false; // queued by this run (not by an earlier one)
};

// What one run did, counted over its own rows only.
struct ScriptedSummary {
    int queued = 0; // rows this run put into the outbox
    int sent = 0;
    int skipped = 0;
    int invalid = 0;
    int failed = 0;
    int waiting = 0; // queued but not sent (portal unreachable): --send-pending sends them later

    // "summary: queued 3 sent 3 skipped 0 invalid 0 failed 0 waiting 0": a fixed, untranslated form
    // for scripts (like the exit codes); the table above it is translated.
    QString line() const;
};

// The per-row report of a scripted run: printed as a table and written as CSV or JSON.
class ScriptedReport {
    Q_DECLARE_TR_FUNCTIONS(ScriptedReport)

public:
    QList<ScriptedRow> rows;

    ScriptedSummary summary() const;
    // One row per line, columns aligned, headers and outcomes translated.
    QString table() const;
    // Writes `path` as CSV or JSON, by its suffix (.csv, .json). False with a translated reason.
    bool write(const QString &path, QString *error) const;
    // True when `path` names a format write() knows.
    static bool knowsFormat(const QString &path);

    static QString outcomeToken(ScriptedRow::Outcome outcome); // sent, waiting, skipped, invalid, failed
    static QString outcomeText(ScriptedRow::Outcome outcome);  // translated
};
