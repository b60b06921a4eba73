#pragma once

#include "directory/sortorders.h"

#include <QList>
#include <Qt>

#include <memory>
#include <vector>

// The people a search matched, as ranks in a sort column's order (SortOrders). Sorted lazily: a window
// costs a partial sort of what lies before it, not a sort of every match.
class RankedMatches {
public:
    RankedMatches(std::shared_ptr<const SortOrders::Order> order, std::vector<int> ranks,
                  Qt::SortOrder direction);

    int size() const { return int(m_ranks.size()); }
    // The ids of matches [offset, offset + limit) in sort order.
    QList<qint64> ids(int offset, int limit);

private:
    void sortUpTo(int end);

    std::shared_ptr<const SortOrders::Order> m_order;
    std::vector<int> m_ranks; // [0, m_sorted) sorted, and no rank after them sorts before them
    int m_sorted = 0;
    Qt::SortOrder m_direction;
};
