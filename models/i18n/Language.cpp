#include "Language.h"

#include <QCoreApplication>
#include <QTranslator>
#include <memory>

using namespace Qt::StringLiterals;

namespace chiso {

std::optional<Language> languageFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == u"vi"_s)
        return Language::Vietnamese;
    if (c == u"en"_s)
        return Language::English;
    return std::nullopt;
}

QString languageCode(Language language)
{
    return language == Language::Vietnamese ? u"vi"_s : u"en"_s;
}

Language systemLanguage()
{
    return QLocale::system().language() == QLocale::Vietnamese ? Language::Vietnamese
                                                                : Language::English;
}

QLocale localeFor(Language language)
{
    QLocale locale = language == Language::Vietnamese ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                                      : QLocale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}

bool installTranslator(Language language)
{
    static std::unique_ptr<QTranslator> current;
    static Language currentLanguage = Language::English;
    // Installing a catalogue sends every widget a LanguageChange event: not for nothing.
    if (current && currentLanguage == language)
        return true;
    if (current) {
        QCoreApplication::removeTranslator(current.get());
        current.reset();
    }
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(u":/i18n/chiso_%1.qm"_s.arg(languageCode(language))))
        return false;
    QCoreApplication::installTranslator(translator.get());
    current = std::move(translator);
    currentLanguage = language;
    return true;
}

} // namespace chiso
