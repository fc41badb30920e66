#include "UnitsTotalText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace chiso::UnitsTotalText {
QStringList headers()
{
    return {QCoreApplication::translate("AddingUp", "Indicator"), QCoreApplication::translate("AddingUp", "Provinces add up to"),
            QCoreApplication::translate("AddingUp", "Counted"), QCoreApplication::translate("AddingUp", "National report"),
            QCoreApplication::translate("AddingUp", "National vs provinces"), QCoreApplication::translate("AddingUp", "Note")};
}

QString basisName(const QString &basis)
{
    if (basis == u"households")
        return QCoreApplication::translate("AddingUp", "households");
    if (basis == u"population")
        return QCoreApplication::translate("AddingUp", "population");
    if (basis == u"online_services")
        return QCoreApplication::translate("AddingUp", "online public services");
    if (basis == u"eligible_services")
        return QCoreApplication::translate("AddingUp", "eligible public services");
    return basis; // one the office named itself
}

bool beyondTolerance(const UnitsTotal &total, const CheckSettings &settings)
{
    return !unitsTotalFindings({total}, settings).isEmpty();
}

QStringList cells(const UnitsTotal &t, const CheckSettings &settings, const Formatter &format)
{
    QStringList notes;
    if (beyondTolerance(t, settings))
        notes.append(QCoreApplication::translate("AddingUp", "beyond the tolerance: a finding"));
    if (t.counted == 0 && !t.withoutValue.isEmpty())
        notes.append(QCoreApplication::translate("AddingUp", "no province's figure"));
    else if (!t.withoutValue.isEmpty())
        notes.append(QCoreApplication::translate("AddingUp", "no figure from %n province(s): ", nullptr, int(t.withoutValue.size())) + t.withoutValue.mid(0, 10).join(u' ')
                     + (t.withoutValue.size() > 10 ? u" …"_s : QString()));
    if (!t.withoutWeight.isEmpty())
        notes.append(QCoreApplication::translate("AddingUp", "no weight (%1): %2").arg(basisName(t.indicator.weightedBy), t.withoutWeight.join(u' ')));
    if (!t.weightYears.isEmpty()) {
        QStringList years;
        for (int y : t.weightYears)
            years.append(QString::number(y));
        notes.append(QCoreApplication::translate("AddingUp", "weights of %1").arg(years.join(u", "_s)));
    }
    if (t.method == AddUpMethod::WeightedMean)
        notes.append(QCoreApplication::translate("AddingUp", "mean weighted by %1").arg(basisName(t.indicator.weightedBy)));
    QString gap;
    if (const auto g = t.gap()) // percentage points for a share in %, relative for the rest
        gap = format.change({*g, t.indicator.isPercent()});
    return {t.indicator.name(format.language()), t.counted > 0 ? format.value(t.indicator, t.total) : QString(),
            u"%1/%2"_s.arg(t.counted).arg(t.provinces.size()), t.national ? format.value(t.indicator, t.national->value) : QString(), gap,
            notes.join(u"; "_s)};
}

} // namespace chiso::UnitsTotalText
