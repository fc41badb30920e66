#include "GlobalOptions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

/// The program's own options that take a value; each command adds its own after its name.
bool takesValue(QStringView name)
{
    static const QStringList names = {u"db"_s, u"lang"_s, u"as-of"_s, u"region"_s, u"screenshot"_s, u"view"_s, u"size"_s};
    return names.contains(name);
}

} // namespace

GlobalOptions parseGlobalOptions(const QStringList &arguments)
{
    GlobalOptions result;
    result.commandArguments.append(arguments.value(0));
    bool afterDoubleDash = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (afterDoubleDash || !argument.startsWith(u'-') || argument == u"-"_s) {
            if (result.command.isEmpty() && !afterDoubleDash) {
                result.command = argument;
                continue;
            }
            result.commandArguments.append(argument);
            continue;
        }
        if (argument == u"--"_s)
            afterDoubleDash = true;
        result.commandArguments.append(argument);
        // QCommandLineParser takes "--name" and "-name" alike for long options.
        const QString body = argument.mid(argument.startsWith(u"--"_s) ? 2 : 1);
        const qsizetype equals = body.indexOf(u'=');
        const QString name = equals < 0 ? body : body.left(equals);
        std::optional<QString> value;
        if (equals >= 0) {
            value = body.mid(equals + 1);
        } else if (takesValue(name)) {
            if (i + 1 >= arguments.size()) {
                result.error = QCoreApplication::translate("Cli", "The option --%1 needs a value.").arg(name);
                return result;
            }
            value = arguments[++i];
            result.commandArguments.append(*value);
        }
        if (name == u"db"_s)
            result.db = value;
        else if (name == u"lang"_s)
            result.lang = value;
        else if (result.command.isEmpty() && (name == u"help"_s || name == u"h"_s))
            result.help = true;
        else if (result.command.isEmpty() && name == u"version"_s)
            result.version = true;
    }
    return result;
}

} // namespace chiso
