#pragma once

#include <QString>
#include <optional>

namespace chiso {

/// Who a connection writes as and what it may write. A file's user is the operating system's
/// and may do everything; a server's login has the rights the server gives it (its role's
/// grants and row-level policies), which this only mirrors, to refuse early and say why.
struct Login {
    enum class Role { Office, Unit, Reader, None };
    QString name;
    Role role = Role::Office;
    QString region; ///< a unit's own region; empty otherwise

    /// Whether the login may store figures, plans and claims of `figureRegion`.
    bool mayWrite(const QString &figureRegion) const
    {
        return role == Role::Office || (role == Role::Unit && figureRegion == region);
    }
    bool mayWriteAnything() const { return role == Role::Office || role == Role::Unit; }
};

/// What the office alone does: the server's grants keep it so, the store refuses anyone else
/// first, and the window offers it to no other login.
enum class OfficeWork { AddUnits, StoreWeights, Acknowledge, ChooseFigure };
/// Empty if `login` may do `work`; otherwise the sentence (translated) that says only the
/// office does it.
QString onlyTheOffice(const Login &login, OfficeWork work);

/// The user this process runs as, for the records of who entered what in a file.
QString operatingSystemUser();
QString roleCode(Login::Role role);
/// The role of a code (office, unit, reader); none for anything else.
std::optional<Login::Role> roleFromCode(const QString &code);

} // namespace chiso
