#include "ConnectDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chiso::ui {
namespace {

/// The window's settings file (MainWindow's): one place for everything the app remembers.
QSettings appSettings()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, u"chiso"_s, u"chiso"_s);
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)), m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)), m_sslMode(new QComboBox(this)), m_password(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Connect to a server"));
    setMinimumWidth(460); // the placeholder and a two-line error fit
    m_host->setObjectName(u"host"_s);
    m_database->setObjectName(u"database"_s);
    m_user->setObjectName(u"user"_s);
    m_password->setObjectName(u"password"_s);
    m_port->setRange(1, 65535);
    m_sslMode->addItem(tr("as the server prefers"), QString());
    for (const QString &mode : {u"disable"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s})
        m_sslMode->addItem(mode, mode);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass or PGPASSWORD"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b35806"_s);
    m_error->hide();

    const QSettings settings = appSettings();
    m_host->setText(settings.value(u"connection/host"_s, u"localhost"_s).toString());
    m_port->setValue(settings.value(u"connection/port"_s, 5432).toInt());
    m_database->setText(settings.value(u"connection/database"_s, u"chiso"_s).toString());
    m_user->setText(settings.value(u"connection/user"_s, qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"))).toString());
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(settings.value(u"connection/sslmode"_s).toString())));

    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("Login:"), m_user);
    form->addRow(tr("Encryption (SSL):"), m_sslMode);
    form->addRow(tr("Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    if (!m_host->text().isEmpty() && !m_database->text().isEmpty())
        m_password->setFocus();
}

DatabaseAddress ConnectDialog::address() const
{
    DatabaseAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.sslMode = m_sslMode->currentData().toString();
    return address;
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

void ConnectDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ConnectDialog::remember() const
{
    QSettings settings = appSettings();
    const DatabaseAddress chosen = address();
    settings.setValue(u"connection/host"_s, chosen.host);
    settings.setValue(u"connection/port"_s, chosen.port);
    settings.setValue(u"connection/database"_s, chosen.database);
    settings.setValue(u"connection/user"_s, chosen.user);
    settings.setValue(u"connection/sslmode"_s, chosen.sslMode);
}

} // namespace chiso::ui
