#include "invite/drafttargetchoice.h"

#include "invite/invitetargetpicker.h"
#include "noticebanner.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

DraftTargetChoice::DraftTargetChoice(const QString &prefix, InviteTargetPicker *target, QWidget *parent)
    : QWidget(parent)
    , m_target(target)
    , m_text(new NoticeBanner(NoticeBanner::Border::Box, this))
    , m_keep(new QPushButton(this))
    , m_useNew(new QPushButton(this))
    , m_fresh(new QPushButton(tr("Start &fresh"), this)) {
    setObjectName(prefix + QStringLiteral("DraftTarget"));
    m_text->setObjectName(prefix + QStringLiteral("DraftTargetText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setMargin(m_text->fontMetrics().height() / 3);
    m_keep->setObjectName(prefix + QStringLiteral("KeepDraftTarget"));
    m_useNew->setObjectName(prefix + QStringLiteral("UseNewTarget"));
    m_fresh->setObjectName(prefix + QStringLiteral("StartFresh"));
    m_fresh->setAccessibleName(tr("Start fresh: discard the draft"));
    m_keep->setAccessibleName(tr("Keep the draft's target"));
    m_useNew->setAccessibleName(tr("Use the new target"));
    for (QPushButton *b : {m_keep, m_useNew, m_fresh})
        b->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_keep);
    buttons->addWidget(m_useNew);
    buttons->addWidget(m_fresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addLayout(buttons);

    connect(m_keep, &QPushButton::clicked, this, [this] {
        dismiss();
        Q_EMIT answered();
    });
    connect(m_useNew, &QPushButton::clicked, this, [this] {
        dismiss();
        m_target->setExtranet(false);
        m_target->setDepartment(m_opened->id, m_opened->name);
        Q_EMIT answered();
    });
    connect(m_fresh, &QPushButton::clicked, this, [this] {
        dismiss();
        Q_EMIT startFresh();
    });
    hide();
}

void DraftTargetChoice::ask(const QString &draftTarget, const QString &newTarget) {
    const QString text = tr("The restored draft was composed for %1, and the dialog was opened for %2. "
                            "Which should it be? Nothing is sent until you choose.")
                             .arg(draftTarget, newTarget);
    m_text->setText(text);
    m_text->setAccessibleName(text);
    const auto mnemonicSafe = [](QString name) { return name.replace(u'&', QStringLiteral("&&")); };
    m_keep->setText(tr("&Keep %1").arg(mnemonicSafe(draftTarget)));
    m_keep->setAccessibleName(tr("Keep the draft's target, %1").arg(draftTarget));
    m_useNew->setText(tr("&Use %1").arg(mnemonicSafe(newTarget)));
    m_useNew->setAccessibleName(tr("Use %1 for the draft").arg(newTarget));
    m_pending = true;
    show();
}

void DraftTargetChoice::settle(const std::optional<InviteDepartment> &opened, bool restored) {
    m_opened = opened;
    if (!opened)
        return;
    const bool sameTarget = !m_target->isExtranet() && m_target->departmentId() == opened->id;
    if (!restored || (!m_target->isExtranet() && m_target->departmentId() == 0))
        m_target->setDepartment(opened->id, opened->name);
    else if (!sameTarget)
        ask(m_target->targetName(), opened->name);
}

void DraftTargetChoice::dismiss() {
    m_pending = false;
    hide();
}
