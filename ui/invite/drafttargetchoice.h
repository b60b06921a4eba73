#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// Asks, inside the tab and without a modal window, what to do when the dialog was opened for one
// target (a department) while the restored draft was composed for another: keep the draft's target,
// use the new one, or start a fresh composition. Until the user chooses, nothing is sent.
class DraftTargetChoice : public QWidget {
    Q_OBJECT
public:
    // `prefix` makes object names unique per tab ("email" → emailDraftTarget, emailKeepDraftTarget, …).
    DraftTargetChoice(const QString &prefix, QWidget *parent = nullptr);

    void ask(const QString &draftTarget, const QString &newTarget);
    bool isPending() const { return m_pending; }

Q_SIGNALS:
    void keepDraftTarget();
    void useNewTarget();
    void startFresh();

private:
    void answered();

    QLabel *m_text;
    QPushButton *m_keep;
    QPushButton *m_useNew;
    QPushButton *m_fresh;
    bool m_pending = false;
};
