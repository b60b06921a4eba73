#include "directory/sortorders.h"

#include "common/logging.h"
#include "directory/employeequery.h"

#include <QSqlError>
#include <QSqlQuery>

int SortOrders::Order::rankOf(qint64 id) const {
    if (!m_denseRank.empty())
        return id >= 0 && id < qint64(m_denseRank.size()) ? m_denseRank[size_t(id)] : -1;
    return m_sparseRank.value(id, -1);
}

void SortOrders::clear() {
    for (auto &order : m_orders)
        order.reset();
}

bool SortOrders::holds(int column) const {
    return column >= 0 && column < Columns && m_orders[size_t(column)] != nullptr;
}

std::shared_ptr<const SortOrders::Order> SortOrders::order(const QSqlDatabase &db, int column) {
    if (column < 0 || column >= Columns)
        return nullptr;
    // Changes only when another connection (the sync's writer) committed since the last look.
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA data_version")) || !version.next()) {
        qCWarning(lcDirectory) << "data version not read:" << version.lastError().text();
        return nullptr;
    }
    if (const qint64 current = version.value(0).toLongLong(); current != m_dataVersion) {
        clear();
        m_dataVersion = current;
    }
    if (m_orders[size_t(column)])
        return m_orders[size_t(column)];

    auto order = std::make_shared<Order>();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QStringList columns = EmployeeQuery::orderColumns(EmployeeQuery::Column(column));
    if (!query.exec(u"SELECT u.id FROM users u ORDER BY " + columns.join(u", "))) {
        qCWarning(lcDirectory) << "sort order not read:" << query.lastError().text();
        return nullptr;
    }
    qint64 largest = -1;
    bool negative = false;
    order->m_ids.reserve(4096);
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        largest = std::max(largest, id);
        negative = negative || id < 0;
        order->m_ids << id;
    }
    if (query.lastError().isValid()) {
        qCWarning(lcDirectory) << "sort order not read:" << query.lastError().text();
        return nullptr;
    }
    const qint64 people = order->m_ids.size();
    if (!negative && largest < qint64(DenseFactor) * people + 1024) {
        order->m_denseRank.assign(size_t(largest + 1), -1);
        for (qsizetype rank = 0; rank < people; ++rank)
            order->m_denseRank[size_t(order->m_ids.at(rank))] = int(rank);
    } else {
        order->m_sparseRank.reserve(people);
        for (qsizetype rank = 0; rank < people; ++rank)
            order->m_sparseRank.insert(order->m_ids.at(rank), int(rank));
    }
    m_orders[size_t(column)] = order;
    return order;
}
