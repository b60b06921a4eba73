#include "portalswitchmenu.h"

#include <QActionGroup>

PortalSwitchMenu::PortalSwitchMenu(QWidget *parent)
    : QMenu(tr("S&witch portal"), parent) {
    setObjectName(QStringLiteral("switchPortalMenu"));
    setAccessibleName(tr("Switch portal"));
    setToolTipsVisible(true);
    menuAction()->setObjectName(QStringLiteral("switchPortalMenuAction"));
    menuAction()->setToolTip(tr("Work on another remembered portal"));
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);

    m_none = addAction(tr("No remembered portals"));
    m_none->setObjectName(QStringLiteral("noRememberedPortalsAction"));
    m_none->setEnabled(false);
}

void PortalSwitchMenu::setChoices(const QList<Choice> &choices) {
    for (QAction *action : portalActions())
        delete action;
    // The same portal remembered for two users needs the user to tell them apart.
    QHash<QString, int> sameName;
    for (const Choice &choice : choices)
        ++sameName[choice.name];
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const Choice &choice = choices.at(i);
        QString name = QString(choice.name).replace(u'&', QStringLiteral("&&"));
        if (sameName.value(choice.name) > 1)
            name = tr("%1 (user %2)").arg(name).arg(choice.userId);
        // The first nine get their number as mnemonic: Alt+P, W, 1 opens the first portal.
        const QString text = i < 9 ? tr("&%1  %2").arg(i + 1).arg(name) : name;
        auto *action = new QAction(text, this);
        action->setObjectName(QStringLiteral("switchPortalAction"));
        action->setData(choice.id);
        action->setCheckable(true);
        action->setChecked(choice.current);
        action->setToolTip(choice.current
                               ? tr("The portal you are working on")
                               : tr("Sign out of the current portal and work on %1").arg(choice.name));
        m_group->addAction(action);
        insertAction(m_none, action);
        connect(action, &QAction::triggered, this, [this, action, id = choice.id] {
            if (action->isChecked())
                emit switchRequested(id);
        });
    }
    m_none->setVisible(choices.isEmpty());
}

QList<QAction *> PortalSwitchMenu::portalActions() const {
    return m_group->actions();
}
