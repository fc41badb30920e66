#pragma once

#include <QObject>
#include <QString>

namespace chiso {

class Store;

/// Tells an open window that another login changed the database: the server announces every
/// change on a channel (LISTEN/NOTIFY, see HistorySchema.h) as its transaction commits. A file
/// has no such channel: its user is alone with it.
class ChangeListener : public QObject
{
    Q_OBJECT

public:
    /// Listens on the store's connection, which must live as long as this.
    explicit ChangeListener(Store &store, QObject *parent = nullptr);
    ~ChangeListener() override;
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    /// Another connection's change: its login, what kind of row (observation, plan, claim,
    /// acknowledgement), insert/update/delete, and how many rows one statement changed.
    void changed(const QString &login, const QString &record, const QString &action, qint64 rows);

private:
    Store &m_store;
    bool m_listening = false;
};

} // namespace chiso
