#pragma once

#include "directory/directorydepartment.h"

#include <QHash>
#include <QList>
#include <QString>

// The portal's departments for scripted runs: a CSV cell or --department names one by ID or by
// name (case-insensitive), and --list-departments prints them as a tree with their IDs.
class DepartmentIndex {
public:
    enum class Match { Found, Unknown, Ambiguous };

    void add(const DirectoryDepartment &department);
    bool isEmpty() const { return m_departments.isEmpty(); }

    // A positive number is taken as an ID as it is (the portal checks it); anything else is looked up
    // by name.
    Match resolve(const QString &text, int *id) const;
    // True when `text` is an ID, so that no department list is needed to use it.
    static bool isId(const QString &text);

    // One line per department, children indented under their parent, sorted by SORT then name:
    // "   3  Sales EMEA".
    QString tree() const;

private:
    QList<DirectoryDepartment> m_departments;
    QHash<QString, QList<qint64>> m_byName; // folded name -> IDs
};
