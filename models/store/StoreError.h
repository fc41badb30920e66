#pragma once

#include <QString>
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

} // namespace chiso
