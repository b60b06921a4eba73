#include "workspace/headlessinviter.h"

#include "common/logging.h"
#include "invite/invitationoutbox.h"
#include "invite/invitationsender.h"
#include "invite/messagetemplate.h"
#include "portal/listenumeration.h"
#include "workspace/invitationplan.h"
#include "workspace/portalpeoplelookup.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

HeadlessInviter::HeadlessInviter(Workspace *workspace, const Task &task, const Bounds &bounds,
                                 QObject *parent)
    : ScriptedTask(workspace, bounds, parent)
    , m_task(task) {
    connect(m_workspace, &Workspace::outboxOpened, this, &HeadlessInviter::onOutboxOpened);
}

int HeadlessInviter::checkInput(Task *task, QString *message) {
    if (!task->reportPath.isEmpty()) {
        const QFileInfo report(task->reportPath);
        const QFileInfo folder(report.absolutePath());
        if (!ScriptedReport::knowsFormat(task->reportPath) || !folder.isDir() || !folder.isWritable() ||
            (report.exists() && !report.isWritable())) {
            *message = tr("Cannot write the report %1: name a .csv or .json file in a writable folder.")
                           .arg(QDir::toNativeSeparators(task->reportPath));
            return ExitBadInput;
        }
    }
    if (task->csvPath.isEmpty())
        return ExitOk;
    task->input = CsvRecipientReader().readFile(task->csvPath);
    if (!task->input.ok || !task->input.decoded) { // never invite from text that did not decode
        *message = tr("Cannot read %1: %2")
                       .arg(QDir::toNativeSeparators(task->csvPath), task->input.notes.join(u' '));
        return ExitBadInput;
    }
    if (task->department.trimmed().isEmpty()) {
        bool anyValid = false;
        bool anyDepartment = false;
        for (const CsvRecipientRow &row : std::as_const(task->input.rows)) {
            anyValid = anyValid || row.recipient.isValid();
            anyDepartment = anyDepartment || !row.recipient.department.trimmed().isEmpty();
        }
        if (anyValid && !anyDepartment) {
            *message = tr("Employees need a department: pass --department <name or ID> or add a department "
                          "column to the file.");
            return ExitBadInput;
        }
    }
    return ExitOk;
}

bool HeadlessInviter::needsDepartmentList() const {
    const QString fallback = m_task.department.trimmed();
    if (!fallback.isEmpty() && !DepartmentIndex::isId(fallback))
        return true;
    for (const CsvRecipientRow &row : m_task.input.rows) {
        const QString cell = row.recipient.department.trimmed();
        if (row.recipient.isValid() && !cell.isEmpty() && !DepartmentIndex::isId(cell))
            return true;
    }
    return false;
}

void HeadlessInviter::onOutboxOpened() {
    if (m_started || isFinished() || !m_workspace->isOnline())
        return;
    m_started = true;
    progressed();
    if (m_task.csvPath.isEmpty()) {
        sendPending();
        return;
    }
    if (needsDepartmentList())
        loadDepartments();
    else
        lookUpNext();
}

void HeadlessInviter::loadDepartments() {
    m_departments = DepartmentIndex();
    ListEnumeration *list = m_workspace->session()->enumerateDepartments();
    connect(list, &ListEnumeration::page, this, [this](const QJsonArray &rows) {
        for (const QJsonValue &row : rows) {
            if (const std::optional<DirectoryDepartment> d = DirectoryDepartment::fromJson(row.toObject()))
                m_departments.add(*d);
        }
    });
    connect(list, &ListEnumeration::finished, this, [this, list] {
        list->deleteLater();
        if (!list->ok()) {
            retryLater(list->error().userMessage(), [this] { loadDepartments(); });
            return;
        }
        progressed();
        const QString fallback = m_task.department.trimmed();
        int id = 0;
        if (!fallback.isEmpty()) {
            switch (m_departments.resolve(fallback, &id)) {
            case DepartmentIndex::Match::Found:
                break;
            case DepartmentIndex::Match::Unknown:
                print(tr("The portal has no department \"%1\"; --list-departments shows them all.")
                          .arg(fallback));
                finish(ExitBadInput);
                return;
            case DepartmentIndex::Match::Ambiguous:
                print(tr("Several departments are called \"%1\"; pass its ID (see --list-departments).")
                          .arg(fallback));
                finish(ExitBadInput);
                return;
            }
        }
        lookUpNext();
    });
}

void HeadlessInviter::lookUpNext() {
    if (m_lookedUp == 0 && m_lookup.isEmpty()) {
        InviteResult<QList<Invitation>> rows =
            m_workspace->outbox()->invitations(m_workspace->portalKey(), std::nullopt);
        if (!rows) {
            stopOn(rows.error());
            return;
        }
        m_outboxRows = rows.takeValue();
        m_lookup = InvitationPlan::addressesToLookUp(m_task.input.rows, m_outboxRows);
    }
    if (m_lookedUp >= m_lookup.size()) {
        enqueue();
        return;
    }
    const QStringList chunk = m_lookup.mid(m_lookedUp, PortalPeopleLookup::MaxAddresses);
    showProgress(tr("Checking addresses with the portal: %1 of %2").arg(m_lookedUp).arg(m_lookup.size()));
    PortalPeopleLookup::run(m_workspace->session(), chunk, this,
                            [this, size = chunk.size()](const std::optional<PortalError> &error,
                                                        const QHash<QString, KnownPerson> &people) {
                                if (error) {
                                    retryLater(error->userMessage(), [this] { lookUpNext(); });
                                    return;
                                }
                                progressed();
                                m_people.insert(people);
                                m_lookedUp += size;
                                lookUpNext();
                            });
}

void HeadlessInviter::track(int row, qint64 invitationId) {
    m_report.rows[row].invitationId = invitationId;
    m_rowOfInvitation.insert(invitationId, row);
}

void HeadlessInviter::enqueue() {
    InvitationPlan::Inputs inputs;
    inputs.portal = m_workspace->portalKey();
    inputs.defaultDepartment = m_task.department;
    inputs.departments = &m_departments;
    inputs.people = m_people;
    inputs.outbox = m_outboxRows;
    const MessageTemplate message = MessageTemplate::defaultTemplate();
    InvitationPlan plan(m_task.input.rows, inputs, [this, &message](const Recipient &r) {
        return message.fill(
            TemplateValues::forRecipient(r, m_workspace->portalHost(), m_task.inviter, {}, {}));
    });
    m_report.rows = plan.rows();
    QList<NewInvitation> invitations;
    for (const InvitationPlan::Planned &p : plan.toQueue()) {
        NewInvitation inv = p.invitation;
        inv.inviter = m_task.inviter;
        invitations << inv;
    }
    const InviteResult<EnqueueReport> enqueued = m_workspace->outbox()->enqueue(invitations);
    if (!enqueued) {
        print(tr("Nothing was queued."));
        stopOn(enqueued.error());
        return;
    }
    const EnqueueReport &queued = enqueued.value();
    // The plan gave the outbox only valid, new, targeted invitations: one ID each, in order.
    if (queued.queuedIds.size() != plan.toQueue().size()) {
        print(tr("The outbox did not queue every planned invitation; nothing is sent."));
        finish(ExitSomeFailed);
        return;
    }
    for (qsizetype i = 0; i < queued.queuedIds.size(); ++i)
        track(plan.toQueue().at(i).row, queued.queuedIds.at(i));
    for (auto it = plan.queuedEarlier().cbegin(); it != plan.queuedEarlier().cend(); ++it)
        track(it.key(), it.value());
    // Leftovers of earlier runs that are not in this file go out too; they are reported as well.
    for (const Invitation &inv : std::as_const(m_outboxRows)) {
        if ((inv.state == InvitationState::Queued || inv.state == InvitationState::Sending) &&
            !m_rowOfInvitation.contains(inv.id)) {
            ScriptedRow row;
            row.email = inv.email;
            row.name = QStringList{inv.firstName, inv.lastName}.join(u' ').trimmed();
            row.code = u"queued-earlier"_s;
            m_report.rows.append(row);
            track(int(m_report.rows.size() - 1), inv.id);
        }
    }
    const ScriptedSummary s = m_report.summary();
    // A fixed form for scripts, as the summary line.
    print(u"queued %1 skipped %2 invalid %3"_s.arg(s.queued).arg(s.skipped).arg(s.invalid));
    startSending();
}

void HeadlessInviter::sendPending() {
    const InviteResult<QList<Invitation>> pending =
        m_workspace->outbox()->invitations(m_workspace->portalKey(), std::nullopt);
    if (!pending) {
        stopOn(pending.error());
        return;
    }
    for (const Invitation &inv : pending.value()) {
        if (inv.state != InvitationState::Queued && inv.state != InvitationState::Sending)
            continue;
        ScriptedRow row;
        row.email = inv.email;
        row.name = QStringList{inv.firstName, inv.lastName}.join(u' ').trimmed();
        row.code = u"queued-earlier"_s;
        m_report.rows.append(row);
        track(int(m_report.rows.size() - 1), inv.id);
    }
    print(u"pending %1"_s.arg(m_rowOfInvitation.size()));
    startSending();
}

void HeadlessInviter::stopOn(const InviteError &error) {
    qCWarning(lcInvite).noquote() << "outbox:" << error.logText();
    print(error.userMessage());
    finish(ExitSomeFailed);
}

void HeadlessInviter::startSending() {
    m_sending = true;
    InvitationSender *sender = m_workspace->sender();
    connect(sender, &InvitationSender::invitationsChanged, this, &HeadlessInviter::onInvitationsChanged);
    connect(sender, &InvitationSender::drained, this, [this] { finishRun(false, {}); });
    connect(sender, &InvitationSender::portalUnreachable, this, [this](const InviteError &error) {
        retryLater(error.userMessage(), [this] { m_workspace->sender()->resume(); });
    });
    connect(sender, &InvitationSender::blocked, this, [this](const InviteError &error) {
        qCWarning(lcInvite).noquote() << "sending refused:" << error.logText();
        print(error.userMessage());
        finishRun(false, {});
    });
    connect(sender, &InvitationSender::storageFailed, this, [this](const InviteError &error) {
        qCWarning(lcInvite).noquote() << "outbox:" << error.logText();
        print(error.userMessage());
        m_storageFailed = true;
        finishRun(false, {});
    });
    sender->start();
}

void HeadlessInviter::onInvitationsChanged(const QList<qint64> &ids) {
    bool settledAny = false;
    for (qint64 id : ids) {
        if (!m_rowOfInvitation.contains(id) || m_settled.contains(id))
            continue;
        const std::optional<Invitation> inv = m_workspace->outbox()->invitation(id);
        if (inv && (inv->state == InvitationState::Sent || inv->state == InvitationState::Failed ||
                    inv->state == InvitationState::NeedsReview)) {
            m_settled.insert(id);
            settledAny = true;
        }
    }
    if (!settledAny)
        return;
    progressed();
    showProgress(
        tr("Sending invitations: %1 of %2 answered").arg(m_settled.size()).arg(m_rowOfInvitation.size()));
}

void HeadlessInviter::giveUp(const QString &reason) {
    if (m_sending) {
        finishRun(true, reason);
        return;
    }
    print(reason);
    print(tr("Nothing was sent; invitations already queued stay queued for invitedesk --send-pending."));
    // Rows were checked but not queued: report them as they stand.
    print(m_report.summary().line());
    finish(ExitNoPortal);
}

void HeadlessInviter::finishRun(bool gaveUp, const QString &reason) {
    if (isFinished())
        return;
    if (gaveUp)
        m_workspace->sender()->stop();
    for (auto it = m_rowOfInvitation.cbegin(); it != m_rowOfInvitation.cend(); ++it) {
        ScriptedRow &row = m_report.rows[it.value()];
        const std::optional<Invitation> inv = m_workspace->outbox()->invitation(it.key());
        if (!inv) {
            row.outcome = ScriptedRow::Outcome::Waiting;
            continue;
        }
        switch (inv->state) {
        case InvitationState::Sent:
            row.outcome = ScriptedRow::Outcome::Sent;
            row.code = u"sent"_s;
            row.userId = inv->userId;
            row.reason = tr("Invited: user %1.").arg(inv->userId);
            break;
        case InvitationState::Failed:
            row.outcome = ScriptedRow::Outcome::Failed;
            row.code = u"portal-refused"_s;
            row.reason = inv->failure.userText();
            if (!inv->failure.code.isEmpty())
                row.reason +=
                    u" ("_s + inv->failure.code +
                    (inv->failure.description.isEmpty() ? QString() : u": "_s + inv->failure.description) +
                    u')';
            break;
        case InvitationState::NeedsReview:
            row.outcome = ScriptedRow::Outcome::Failed;
            row.code = u"needs-review"_s;
            row.reason =
                tr("The portal's answer does not say whether the user was created (%1); review it in "
                   "the app's outbox.")
                    .arg(inv->failure.code.isEmpty() ? inv->failure.userText() : inv->failure.code);
            break;
        case InvitationState::Queued:
        case InvitationState::Sending:
        case InvitationState::Discarded:
            row.outcome = ScriptedRow::Outcome::Waiting;
            row.code = u"not-sent"_s;
            row.reason = tr("Not sent yet; invitedesk --send-pending sends it.");
            break;
        }
    }
    if (!m_report.rows.isEmpty())
        print(m_report.table().chopped(1));
    const ScriptedSummary s = m_report.summary();
    if (gaveUp) {
        print(reason);
        print(tr("%n invitation(s) not sent stay queued; invitedesk --send-pending sends them later.", "",
                 s.waiting));
    }
    int code = ExitOk;
    if (gaveUp)
        code = ExitNoPortal;
    else if (m_storageFailed || s.invalid + s.failed + s.waiting > 0)
        code = ExitSomeFailed;
    if (!m_task.reportPath.isEmpty()) {
        QString error;
        if (!m_report.write(m_task.reportPath, &error)) {
            print(
                tr("Cannot write the report %1: %2").arg(QDir::toNativeSeparators(m_task.reportPath), error));
            if (code == ExitOk)
                code = ExitSomeFailed;
        }
    }
    print(s.line());
    finish(code);
}
