#pragma once

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

class PortalError;

// A value, or the error that prevented it. Errors travel as values in one shape across the areas; each
// area has a small error type with a kind to branch on, the user's words (userMessage) and a detail
// for the log (logText), such as PortalError and SecretError. Without a second
// argument the error is the portal's (include "portal/result.h"), the area that returns most Results.
// [[nodiscard]]: dropping a Result drops its error, so the compiler says so.
template<typename T, typename E = PortalError> class [[nodiscard]] Result {
    static_assert(!std::is_same_v<std::decay_t<T>, std::decay_t<E>>, "a value and its error need two types");

public:
    using Value = T;
    using Error = E;

    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(E error)
        : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    // value() and error() require ok() and !ok() respectively (std::bad_variant_access otherwise).
    const T &value() const { return std::get<0>(m_data); }
    T &value() { return std::get<0>(m_data); }
    T takeValue() { return std::move(std::get<0>(m_data)); }
    const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

// The outcome of an operation that yields nothing but may fail: a default-constructed Result is success.
template<typename E> class [[nodiscard]] Result<void, E> {
public:
    using Value = void;
    using Error = E;

    Result() = default;
    Result(E error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }

    // Requires !ok() (std::bad_optional_access otherwise).
    const E &error() const { return m_error.value(); }

private:
    std::optional<E> m_error;
};
