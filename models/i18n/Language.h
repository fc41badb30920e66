#pragma once

#include <QLocale>
#include <QString>
#include <optional>

namespace chiso {

enum class Language { Vietnamese, English };

/// "vi" or "en"; nothing for any other code.
std::optional<Language> languageFromCode(const QString &code);
QString languageCode(Language language);
/// The language a first start uses: Vietnamese on a Vietnamese system, English elsewhere.
Language systemLanguage();
/// The locale whose conventions numbers and dates follow in that language.
QLocale localeFor(Language language);

/// Installs the application's catalogue for a language (replacing the one installed before).
/// The catalogues are embedded in the binary; false if none is found.
bool installTranslator(Language language);

} // namespace chiso
