#pragma once

#include "Figure.h"
#include "Indicator.h"

#include <QDate>
#include <QString>
#include <optional>

namespace chiso {

/// Why a value cannot be a figure of this kind, or an empty string if it can: figures and
/// plans are not negative, shares in per cent not above 100, a fall not beyond −100 %.
/// `shown` is the value as the user wrote it, for the message. Import and the entry form
/// both ask here.
QString valueProblem(const Indicator *indicator, RecordKind kind, double value, const QString &shown);

/// A tolerance in percentage points or per cent as written on the command line or kept in the
/// settings: a finite number from 0 to 100 ("nan" and "inf" are not), else nothing.
std::optional<double> toleranceFromText(const QString &text);

/// The stored form of a region code: trimmed and in capitals ("vn" and "VN" are one region),
/// or nothing if it is not 1 to 32 ASCII letters, digits, '_', '.' or '-'.
std::optional<QString> normalizedRegion(const QString &code);

/// Why an address cannot be a source's, or an empty string: http:// or https:// with a host.
QString sourceUrlProblem(const QString &url);

/// Why a publication date cannot be a figure's, or an empty string: not after today, and not
/// before its period begins (a figure is published once its month has begun; a plan may be
/// set up to ten years before its year, as the five- and ten-year strategies do).
QString publicationProblem(const QDate &published, RecordKind kind, int year, int month, const QDate &today);

} // namespace chiso
