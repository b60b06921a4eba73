#pragma once

#include "portal/portalerror.h"

#include <utility>
#include <variant>

// A value or the PortalError that prevented it. Returned by every portal job and parser.
template<typename T> class Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(PortalError error)
        : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const { return std::get<0>(m_data); }
    T &value() { return std::get<0>(m_data); }
    T takeValue() { return std::move(std::get<0>(m_data)); }
    const PortalError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, PortalError> m_data;
};
