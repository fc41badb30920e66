#pragma once

#include "store/DatabaseAddress.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace chiso::ui {

/// File → Connect to a server…: host, port, database, user, SSL mode and the password. The
/// last connection is remembered (QSettings) without its password, which lives only as long
/// as the dialog: empty, libpq's ~/.pgpass and PGPASSWORD are used.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    DatabaseAddress address() const;
    QString password() const;
    /// Shows why the last attempt failed, under the fields.
    void showError(const QString &message);
    /// Writes host, port, database, user and SSL mode (never the password) to the settings.
    void remember() const;

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLineEdit *m_password;
    QLabel *m_error;
};

} // namespace chiso::ui
