#include "ChangeListener.h"
#include "HistorySchema.h"
#include "Store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>

namespace chiso {

ChangeListener::ChangeListener(Store &store, QObject *parent)
    : QObject(parent), m_store(store)
{
    if (!store.isServer())
        return;
    QSqlDriver *driver = store.database().driver();
    m_listening = driver->subscribeToNotification(history::channel());
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                // This connection's own changes are the window's own: it has reloaded already.
                if (name != history::channel() || source == QSqlDriver::SelfSource)
                    return;
                const QJsonObject change = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
                Q_EMIT changed(change.value(QLatin1StringView("login")).toString(), change.value(QLatin1StringView("record")).toString(),
                               change.value(QLatin1StringView("action")).toString(),
                               qint64(change.value(QLatin1StringView("rows")).toDouble()));
            });
}

ChangeListener::~ChangeListener()
{
    if (m_listening && m_store.database().isOpen())
        m_store.database().driver()->unsubscribeFromNotification(history::channel());
}

} // namespace chiso
