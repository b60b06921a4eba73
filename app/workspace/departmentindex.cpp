#include "workspace/departmentindex.h"

#include <QSet>

#include <algorithm>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
QString folded(const QString &name) {
    return name.simplified().toCaseFolded();
}
} // namespace

void DepartmentIndex::add(const DirectoryDepartment &department) {
    m_departments.append(department);
    m_byName[folded(department.name)].append(department.id);
}

bool DepartmentIndex::isId(const QString &text) {
    bool numeric = false;
    const qint64 id = text.trimmed().toLongLong(&numeric);
    return numeric && id > 0 && id <= std::numeric_limits<int>::max();
}

DepartmentIndex::Match DepartmentIndex::resolve(const QString &text, int *id) const {
    if (isId(text)) {
        *id = text.trimmed().toInt();
        return Match::Found;
    }
    const QList<qint64> ids = m_byName.value(folded(text));
    if (ids.isEmpty())
        return Match::Unknown;
    if (ids.size() > 1)
        return Match::Ambiguous;
    *id = int(ids.constFirst());
    return Match::Found;
}

QString DepartmentIndex::tree() const {
    QHash<qint64, QList<const DirectoryDepartment *>> children;
    QSet<qint64> known;
    for (const DirectoryDepartment &d : m_departments)
        known.insert(d.id);
    for (const DirectoryDepartment &d : m_departments)
        children[known.contains(d.parentId) && d.parentId != d.id ? d.parentId : 0].append(&d);
    for (auto &list : children) {
        std::sort(list.begin(), list.end(), [](const DirectoryDepartment *a, const DirectoryDepartment *b) {
            return a->sort != b->sort ? a->sort < b->sort : a->name.localeAwareCompare(b->name) < 0;
        });
    }
    qsizetype width = 1;
    for (const DirectoryDepartment &d : m_departments)
        width = std::max(width, QString::number(d.id).size());
    QString text;
    QSet<qint64> printed; // a parent loop in the data must not loop here
    std::function<void(qint64, int)> print = [&](qint64 parent, int depth) {
        for (const DirectoryDepartment *d : children.value(parent)) {
            if (printed.contains(d->id))
                continue;
            printed.insert(d->id);
            text += QString::number(d->id).rightJustified(width) + u"  "_s + QString(depth * 2, u' ') +
                    d->name + u'\n';
            print(d->id, depth + 1);
        }
    };
    print(0, 0);
    return text;
}
