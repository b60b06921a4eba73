#include "sandbox/sandboxdirectory.h"

#include <QDateTime>

#include <algorithm>

void SandboxDirectory::clear() {
    m_users.clear();
    m_userIndex.clear();
    m_emailIndex.clear();
    m_departments.clear();
    m_groups.clear();
    m_nextUserId = 1;
}

void SandboxDirectory::reserveUsers(qsizetype count) {
    m_users.reserve(size_t(count));
    m_userIndex.reserve(count);
    m_emailIndex.reserve(count);
}

const SandboxUser *SandboxDirectory::user(int id) const {
    const auto it = m_userIndex.constFind(id);
    return it == m_userIndex.constEnd() ? nullptr : &m_users[size_t(*it)];
}

SandboxUser *SandboxDirectory::user(int id) {
    const auto it = m_userIndex.constFind(id);
    return it == m_userIndex.constEnd() ? nullptr : &m_users[size_t(*it)];
}

const SandboxUser *SandboxDirectory::userByEmail(const QString &email) const {
    const auto it = m_emailIndex.constFind(email.trimmed().toLower());
    return it == m_emailIndex.constEnd() ? nullptr : user(*it);
}

int SandboxDirectory::addUser(SandboxUser u) {
    if (u.id <= 0)
        u.id = m_nextUserId;
    if (u.timestampX == 0)
        u.timestampX = QDateTime::currentSecsSinceEpoch();
    m_nextUserId = std::max(m_nextUserId, u.id + 1);
    if (!u.email.isEmpty())
        m_emailIndex.insert(u.email.toLower(), u.id);
    m_userIndex.insert(u.id, qsizetype(m_users.size()));
    const int id = u.id;
    m_users.push_back(std::move(u));
    return id;
}

bool SandboxDirectory::removeUser(int id) {
    const auto it = m_userIndex.constFind(id);
    if (it == m_userIndex.constEnd())
        return false;
    const qsizetype index = *it;
    const QString email = m_users[size_t(index)].email.toLower();
    if (!email.isEmpty() && m_emailIndex.value(email) == id)
        m_emailIndex.remove(email);
    m_users.erase(m_users.begin() + index);
    m_userIndex.remove(id);
    for (qsizetype i = index; i < qsizetype(m_users.size()); ++i)
        m_userIndex[m_users[size_t(i)].id] = i;
    return true;
}

void SandboxDirectory::setEmail(int id, const QString &email) {
    SandboxUser *u = user(id);
    if (!u)
        return;
    if (!u->email.isEmpty() && m_emailIndex.value(u->email.toLower()) == id)
        m_emailIndex.remove(u->email.toLower());
    u->email = email;
    u->timestampX = QDateTime::currentSecsSinceEpoch();
    if (!email.isEmpty())
        m_emailIndex.insert(email.toLower(), id);
}

int SandboxDirectory::activeUserCount() const {
    return int(std::count_if(m_users.begin(), m_users.end(), [](const SandboxUser &u) { return u.active; }));
}

qsizetype SandboxDirectory::lowerBoundIndex(int id) const {
    const auto it = std::lower_bound(m_users.begin(), m_users.end(), id,
                                     [](const SandboxUser &u, int value) { return u.id < value; });
    return qsizetype(it - m_users.begin());
}

const SandboxDepartment *SandboxDirectory::department(int id) const {
    for (const SandboxDepartment &d : m_departments) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

SandboxDepartment *SandboxDirectory::department(int id) {
    for (SandboxDepartment &d : m_departments) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

int SandboxDirectory::addDepartment(SandboxDepartment department) {
    int next = 1;
    for (const SandboxDepartment &d : m_departments)
        next = std::max(next, d.id + 1);
    if (department.id <= 0)
        department.id = next;
    m_departments.push_back(department);
    return department.id;
}

QString SandboxDirectory::departmentName(int id) const {
    const SandboxDepartment *d = department(id);
    return d ? d->name : QString();
}

QList<int> SandboxDirectory::departmentTreeOrder() const {
    QList<int> order;
    std::vector<const SandboxDepartment *> sorted;
    for (const SandboxDepartment &d : m_departments) {
        if (d.active)
            sorted.push_back(&d);
    }
    std::sort(sorted.begin(), sorted.end(), [](const SandboxDepartment *a, const SandboxDepartment *b) {
        return a->sort != b->sort ? a->sort < b->sort : a->id < b->id;
    });
    const auto visit = [&](const auto &self, int parent, int depth) -> void {
        if (depth > 64)
            return;
        for (const SandboxDepartment *d : sorted) {
            if (d->parent == parent && !order.contains(d->id)) {
                order.append(d->id);
                self(self, d->id, depth + 1);
            }
        }
    };
    visit(visit, 0, 0);
    for (const SandboxDepartment *d : sorted) { // orphans (parent deleted) still show up
        if (!order.contains(d->id))
            order.append(d->id);
    }
    return order;
}

const SandboxGroup *SandboxDirectory::group(int id) const {
    for (const SandboxGroup &g : m_groups) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

SandboxGroup *SandboxDirectory::group(int id) {
    for (SandboxGroup &g : m_groups) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

int SandboxDirectory::addGroup(SandboxGroup group) {
    int next = 1;
    for (const SandboxGroup &g : m_groups)
        next = std::max(next, g.id + 1);
    if (group.id <= 0)
        group.id = next;
    m_groups.push_back(group);
    return group.id;
}
