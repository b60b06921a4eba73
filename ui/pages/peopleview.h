#pragma once

#include <QString>

class QLabel;
class QTableView;
class QWidget;

// The pieces both pages build their list of people from, so that the Employees page and the Company
// Structure page look and behave alike.
namespace PeopleView {

// A read-only table of people, one row selected at a time, fixed row heights (the view never asks
// the model about rows it does not show), sorting on from the start (so that attaching a model does
// not sort, i.e. re-query, it again: the model starts in the header's order).
QTableView *createTable(QWidget *parent, const QString &objectName, const QString &accessibleName);

// Columns that share the table's width (no horizontal scrollbar): name, e-mail, position and
// department stretch and elide; the state column is as wide as its longest state in this language,
// so it stays whole and in view. Call once the model is set.
void fitColumns(QTableView *table);

// A muted line of text: the "no one matches" state in place of the table (centred, wrapped) or the
// count under it.
QLabel *createHint(QWidget *parent, const QString &objectName, bool centred);

} // namespace PeopleView
