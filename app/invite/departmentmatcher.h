#pragma once

#include <QList>
#include <QString>

// A department of the local directory copy, as the matcher knows it.
struct DepartmentEntry {
    qint64 id = 0;
    QString name;
};

// Finds the department a recipient's row names, by ID ("12") or by name (case and extra spaces do
// not matter), among the departments of the local directory. A name that is not there, or that
// several departments share, is a problem on that row: the row never silently falls back to another
// department.
class DepartmentMatcher {
public:
    struct Match {
        qint64 id = 0;   // 0: nothing named, or a problem
        QString name;    // the directory's name for the match
        QString problem; // translated; empty when matched or nothing was named
    };

    explicit DepartmentMatcher(QList<DepartmentEntry> departments = {});

    Match match(const QString &text) const;
    bool isEmpty() const { return m_departments.isEmpty(); }

private:
    QList<DepartmentEntry> m_departments;
};
