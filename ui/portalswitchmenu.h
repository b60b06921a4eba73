#pragma once

#include <QMenu>

class QActionGroup;

// Portal → Switch portal: the remembered portals (a helpdesk serves several) by name, the current
// one checked. Adding and forgetting a portal are the Portal menu's own "Connect a portal…" and
// "Sign out". Each portal is reachable by keyboard (the menu's mnemonic, then the arrows or its
// number). It only says what the user chose.
class PortalSwitchMenu : public QMenu {
    Q_OBJECT
public:
    // One remembered portal as the menu lists it.
    struct Choice {
        QString id;
        QString name;
        qint64 userId = 0;
        bool current = false;
    };

    explicit PortalSwitchMenu(QWidget *parent = nullptr);

    void setChoices(const QList<Choice> &choices);
    // The portal entries, in menu order (for tests and the shortcuts list).
    QList<QAction *> portalActions() const;

signals:
    void switchRequested(const QString &portalId);

private:
    QActionGroup *m_group = nullptr;
    QAction *m_none = nullptr; // "No remembered portals", shown instead of an empty list
};
