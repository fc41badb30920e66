#pragma once

#include "domain/Figure.h"

#include <QString>
#include <optional>
#include <stdexcept>

namespace chiso {

/// A failure of the store that the user must read: the message is already translated.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

/// A save refused because someone changed the figure since the user read it: what it is now,
/// who made it so and when, for the window to offer reloading or overwriting knowingly.
class ConflictError : public StoreError
{
public:
    struct Change {
        QString login;
        QString at;            ///< ISO 8601, UTC; empty where the history does not say
        QString action;        ///< insert, update, delete
        std::optional<double> value; ///< the figure's value now; none if it was removed
    };
    ConflictError(const QString &message, const Figure &figure, const Change &change)
        : StoreError(message), m_figure(figure), m_change(change) {}
    const Figure &figure() const { return m_figure; }
    const Change &change() const { return m_change; }

private:
    Figure m_figure;
    Change m_change;
};

} // namespace chiso
