#pragma once

// Finds texts a window shows cut: a label, button, group box or tab narrower than its text needs, a
// wrapped label shorter than its lines, a placeholder or combo box text wider than its field, a
// column header or a short-valued column (a state, yes/no) narrower than its text, a dialog title
// wider than the dialog. Compares each widget's size hint with the geometry its layout gave it.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>

namespace TextFit {
using namespace Qt::StringLiterals;

inline QString name(const QWidget *widget) {
    return u"%1 '%2'"_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

inline void checkLabel(const QLabel *label, QStringList *cut) {
    if (label->text().isEmpty() || !label->pixmap().isNull())
        return;
    if (label->wordWrap()) {
        if (label->hasHeightForWidth() && label->height() < label->heightForWidth(label->width()))
            cut->append(u"%1 \"%2\": %3 px high, needs %4"_s.arg(name(label), label->text())
                            .arg(label->height())
                            .arg(label->heightForWidth(label->width())));
        return;
    }
    if (label->width() < label->sizeHint().width())
        cut->append(u"%1 \"%2\": %3 px wide, needs %4"_s.arg(name(label), label->text())
                        .arg(label->width())
                        .arg(label->sizeHint().width()));
}

inline void checkButton(const QAbstractButton *button, QStringList *cut) {
    if (button->text().isEmpty())
        return;
    const auto *tool = qobject_cast<const QToolButton *>(button);
    if (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
        return;
    if (button->width() < button->sizeHint().width())
        cut->append(u"%1 \"%2\": %3 px wide, needs %4"_s.arg(name(button), button->text())
                        .arg(button->width())
                        .arg(button->sizeHint().width()));
}

// The width a line edit leaves for text: its contents less the frame, text margins and side buttons.
inline int textRoom(const QLineEdit *edit) {
    int room = edit->contentsRect().width() - edit->textMargins().left() - edit->textMargins().right() -
               2 * 2 /* QLineEdit's horizontal margin */ - 2 * 2 /* frame */;
    for (const QToolButton *side : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly))
        if (side->isVisibleTo(edit))
            room -= side->width();
    return room;
}

inline void checkLineEdit(const QLineEdit *edit, QStringList *cut) {
    const QString shown = edit->text().isEmpty() ? edit->placeholderText() : QString();
    if (shown.isEmpty() || edit->echoMode() != QLineEdit::Normal)
        return;
    const int needed = edit->fontMetrics().horizontalAdvance(shown);
    if (needed > textRoom(edit))
        cut->append(u"%1 placeholder \"%2\": %3 px of room, needs %4"_s.arg(name(edit), shown)
                        .arg(textRoom(edit))
                        .arg(needed));
}

inline void checkCombo(const QComboBox *combo, QStringList *cut) {
    if (combo->isEditable() || combo->currentText().isEmpty())
        return;
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = false;
    const QRect field =
        combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
    if (needed > field.width())
        cut->append(u"%1 \"%2\": %3 px of room, needs %4"_s.arg(name(combo), combo->currentText())
                        .arg(field.width())
                        .arg(needed));
}

// Headers, and the cells of columns with few distinct values (states, yes/no: texts we translate).
inline void checkView(const QAbstractItemView *view, QStringList *cut) {
    const QHeaderView *header = nullptr;
    if (const auto *table = qobject_cast<const QTableView *>(view))
        header = table->horizontalHeader();
    else if (const auto *tree = qobject_cast<const QTreeView *>(view))
        header = tree->header();
    const QAbstractItemModel *model = view->model();
    if (!header || !model || header->orientation() != Qt::Horizontal || !header->isVisible())
        return;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (header->isSectionHidden(column) || header->sectionSize(column) == 0)
            continue;
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        if (header->sectionSize(column) < header->sectionSizeHint(column))
            cut->append(u"%1 header \"%2\": %3 px wide, needs %4"_s.arg(name(view), title)
                            .arg(header->sectionSize(column))
                            .arg(header->sectionSizeHint(column)));
        const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
        if (header->sectionViewportPosition(column) < 0 || right > view->viewport()->width())
            cut->append(u"%1 column \"%2\": out of view (%3 px of %4)"_s.arg(name(view), title)
                            .arg(right)
                            .arg(view->viewport()->width()));
        const int rows = qMin(model->rowCount(), 200);
        QSet<QString> values;
        for (int row = 0; row < rows; ++row)
            values.insert(model->index(row, column).data().toString());
        if (rows < 2 || values.size() > 6)
            continue;

        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = model->index(row, column);
            const int needed = view->sizeHintForIndex(index).width();
            if (needed > header->sectionSize(column)) {
                cut->append(u"%1 column \"%2\" value \"%3\": %4 px wide, needs %5"_s
                                .arg(name(view), title, index.data().toString())
                                .arg(header->sectionSize(column))
                                .arg(needed));
                break;
            }
        }
    }
}

inline void checkTabBar(const QTabBar *bar, QStringList *cut) {
    if (bar->count() > 0 && bar->sizeHint().width() > bar->width())
        cut->append(
            u"%1: tabs need %2 px, have %3"_s.arg(name(bar)).arg(bar->sizeHint().width()).arg(bar->width()));
}

// A text inside a scroll area that scrolls only up and down is cut when it reaches past the area's
// right edge: its own size looks right, the area hides the rest.
inline void checkInsideScrollArea(const QWidget *widget, QStringList *cut) {
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        const auto *area = qobject_cast<const QAbstractScrollArea *>(parent);
        if (!area || area->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
            continue;
        const QWidget *viewport = area->viewport();
        if (!viewport->isAncestorOf(widget))
            continue;
        const int right = widget->mapTo(viewport, QPoint(widget->width(), 0)).x();
        if (right > viewport->width())
            cut->append(u"%1: reaches %2 px into a scroll area %3 px wide"_s.arg(name(widget))
                            .arg(right)
                            .arg(viewport->width()));
        return;
    }
}

// Every text of `window` shown cut, described for the log.
inline QStringList cutTexts(QWidget *window) {
    QStringList cut;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->window() != window)
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            checkLabel(label, &cut);
            checkInsideScrollArea(label, &cut);
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            checkButton(button, &cut);
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            checkLineEdit(edit, &cut);
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            checkCombo(combo, &cut);
        else if (auto *view = qobject_cast<QAbstractItemView *>(widget))
            checkView(view, &cut);
        else if (auto *bar = qobject_cast<QTabBar *>(widget))
            checkTabBar(bar, &cut);
        else if (auto *group = qobject_cast<QGroupBox *>(widget);
                 group && group->width() < group->minimumSizeHint().width())
            cut.append(u"%1 \"%2\": %3 px wide, needs %4"_s.arg(name(group), group->title())
                           .arg(group->width())
                           .arg(group->minimumSizeHint().width()));
    }
    // A window manager's title bar shows the title in a bold font beside its buttons.
    if (qobject_cast<QDialog *>(window)) {
        QFont bold = window->font();
        bold.setBold(true);
        const int needed = QFontMetrics(bold).horizontalAdvance(window->windowTitle()) + 120;
        if (window->width() < needed)
            cut.append(u"title \"%1\": window %2 px wide, needs %3"_s.arg(window->windowTitle())
                           .arg(window->width())
                           .arg(needed));
    }
    return cut;
}

} // namespace TextFit
