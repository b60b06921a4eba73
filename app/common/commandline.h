#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// What the invitedesk command line asked for. Parsing is separate from acting on it so that
// scripts can rely on the exit codes and tests can reach every branch without starting the app.
struct LaunchOptions {
    enum class Action { Run, ShowHelp, ShowVersion, Error };

    Action action = Action::Run;
    bool sandbox = false;     // --sandbox: open on the built-in sandbox portal even if a portal is configured
    QUrl portalWebhook;       // --portal <webhook-url>: connect to this portal for this run
    QString language;         // --lang <code>: user-interface language for this run
    int sandboxUsers = 300;   // --sandbox-users <n>: size of the demo company in training mode
    QString inviteCsv;        // --invite-csv <file>: queue and send these invitations without a window
    QString department;       // --department <name or id>: for rows of --invite-csv without their own
    int departmentId = 0;     // the same when it is an ID
    bool sendPending = false; // --send-pending: send what earlier runs left queued, without a window
    bool listDepartments = false; // --list-departments: print the department tree with IDs
    bool syncDirectory = false;   // --sync: refresh the local directory copy, then exit
    QString exportDirectory;      // --export-directory <file>: write the cached people as CSV
    QString reportPath;           // --report <file.csv|file.json>: the per-row outcome of a run
    QString account;              // --account <portal>: the account stored by the app (keychain)
    bool portalFromStdin = false; // --portal -: read the webhook URL from standard input
    int retrySeconds = 120;       // --retry-for <s>: give up when the portal is unusable this long
    int timeoutSeconds = 0;       // --timeout <s>: bound of the whole headless run; 0: none
    QString profileFolder;        // --profile <folder>: settings and data files in this folder
    // --quit-when-ready: exit once the window shows a connected portal (smoke tests)
    bool quitWhenReady = false;
    QString text;     // help, version or error text to print
    int exitCode = 0; // for ShowHelp / ShowVersion / Error

    // Exit codes a script can rely on.
    static constexpr int ExitOk = 0;
    static constexpr int ExitUsage = 2;    // unknown option, missing or malformed value
    static constexpr int ExitNoPortal = 3; // the portal could not be reached or refused the credentials
    static constexpr int ExitSomeFailed =
        4; // --invite-csv / --send-pending: a row failed, was invalid or waits

    bool headless() const {
        return !inviteCsv.isEmpty() || sendPending || listDepartments || syncDirectory ||
               !exportDirectory.isEmpty();
    }
    // The environment variable a scheduled job can pass the webhook URL in (never on the command line).
    static constexpr const char *WebhookVariable = "INVITEDESK_WEBHOOK";

    static LaunchOptions parse(const QStringList &arguments);
};
