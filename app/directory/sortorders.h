#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <array>
#include <memory>
#include <vector>

// Each sort column's order of the whole directory, held in memory by the reader: the rank of every person
// under the column's ORDER BY (its key, its tie-breakers, the id). Read from the column's sort index the
// first time a search is sorted by it, and again once the file changed (PRAGMA data_version tells).
// With it the matches of a search, read from the search index in one query, are sorted by integer rank,
// so a keystroke costs the same wherever the matches sit in the order.
class SortOrders {
public:
    // One column's order. Kept alive by whoever ranks with it, so a reload never pulls it from under them.
    class Order {
    public:
        int size() const { return int(m_ids.size()); }
        qint64 idAt(int rank) const { return m_ids.at(rank); }
        int rankOf(qint64 id) const; // -1: not in this copy of the directory

    private:
        friend class SortOrders;
        QList<qint64> m_ids;          // by rank
        std::vector<int> m_denseRank; // by id, when ids are dense enough (-1: no such person)
        QHash<qint64, int> m_sparseRank;
    };

    // column is an EmployeeQuery::Column; nullptr on a database error.
    std::shared_ptr<const Order> order(const QSqlDatabase &db, int column);
    void clear();                 // forget every order (the next request reads it again)
    bool holds(int column) const; // an order of this column was read (it may be stale)

    static constexpr int Columns = 5;
    // Ids are looked up in an array while the largest id is at most this many times the number of people
    // (4 bytes per possible id), else in a hash.
    static constexpr int DenseFactor = 4;

private:
    qint64 m_dataVersion = -1;
    std::array<std::shared_ptr<const Order>, Columns> m_orders;
};
