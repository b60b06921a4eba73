#include "directory/rankedmatches.h"

#include <algorithm>
#include <functional>

RankedMatches::RankedMatches(std::shared_ptr<const SortOrders::Order> order, std::vector<int> ranks,
                             Qt::SortOrder direction)
    : m_order(std::move(order))
    , m_ranks(std::move(ranks))
    , m_direction(direction) {}

void RankedMatches::sortUpTo(int end) {
    end = std::min(end, size());
    if (end <= m_sorted)
        return;
    const auto first = m_ranks.begin() + m_sorted;
    const auto middle = m_ranks.begin() + end;
    const auto sort = [&](auto before) {
        // Unless the window reaches the last match, only its share is put in order: the rest goes behind
        // it, unsorted, for a later window.
        if (middle != m_ranks.end())
            std::nth_element(first, middle, m_ranks.end(), before);
        std::sort(first, middle, before);
    };
    if (m_direction == Qt::AscendingOrder)
        sort(std::less<int>());
    else
        sort(std::greater<int>());
    m_sorted = end;
}

QList<qint64> RankedMatches::ids(int offset, int limit) {
    QList<qint64> ids;
    if (offset < 0 || limit <= 0 || offset >= size())
        return ids;
    const int end = std::min(size(), offset + limit);
    sortUpTo(end);
    ids.reserve(end - offset);
    for (int i = offset; i < end; ++i)
        ids << m_order->idAt(m_ranks[size_t(i)]);
    return ids;
}
