#include "invite/largesendconfirmation.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

bool LargeSendConfirmation::isNeeded(const InviteDialogContext &context, int count) {
    return context.confirmAbove > 0 && count > context.confirmAbove;
}

QString LargeSendConfirmation::text(const InviteDialogContext &context, int count, const QString &target) {
    QString text =
        QCoreApplication::translate("LargeSendConfirmation", "Invite %n people to %1?", nullptr, count)
            .arg(target);
    text += u"\n\n";
    if (context.seatsUsed && context.planSeats) {
        const int free = std::max(0, *context.planSeats - *context.seatsUsed);
        text += QCoreApplication::translate(
                    "LargeSendConfirmation",
                    "Seats: %1 of the plan's %2 are in use as far as the directory knows, %3 free.")
                    .arg(*context.seatsUsed)
                    .arg(*context.planSeats)
                    .arg(free);
        text += u' ';
        text += count > free ? QCoreApplication::translate(
                                   "LargeSendConfirmation",
                                   "This send needs %n more seat(s) than are free: the portal will refuse "
                                   "the invitations beyond the limit.",
                                   nullptr, count - free)
                             : QCoreApplication::translate("LargeSendConfirmation",
                                                           "After this send %n seat(s) will be free.",
                                                           nullptr, free - count);
    } else if (context.seatsUsed) {
        text += QCoreApplication::translate(
                    "LargeSendConfirmation",
                    "Seats: %1 in use as far as the directory knows; this send adds %2. Enter the plan's "
                    "user limit in Preferences to see how many are free.")
                    .arg(*context.seatsUsed)
                    .arg(count);
    } else {
        text += QCoreApplication::translate("LargeSendConfirmation",
                                            "The directory copy does not tell how many seats are in use.");
    }
    return text;
}

QMessageBox *LargeSendConfirmation::ask(QWidget *parent, const InviteDialogContext &context, int count,
                                        const QString &target, const std::function<void()> &confirmed) {
    auto *box = new QMessageBox(QMessageBox::Question,
                                QCoreApplication::translate("LargeSendConfirmation", "Confirm a large send"),
                                text(context, count, target), QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("largeSendConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *send =
        box->addButton(QCoreApplication::translate("LargeSendConfirmation", "Invite %n", nullptr, count),
                       QMessageBox::AcceptRole);
    send->setObjectName(QStringLiteral("largeSendConfirm"));
    send->setAccessibleName(send->text());
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("largeSendCancel"));
    cancel->setAccessibleName(cancel->text().remove(u'&'));
    box->setDefaultButton(cancel); // Enter does not send thousands by accident
    QObject::connect(box, &QMessageBox::finished, box, [box, send, confirmed] {
        if (box->clickedButton() == send)
            confirmed();
    });
    box->open();
    return box;
}
