#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace chiso {

/// The options that hold for the whole program, read once wherever they stand
/// (`chiso --db X import f.csv` and `chiso import f.csv --db X` alike), and the command.
struct GlobalOptions {
    QString command;                ///< the subcommand ("import"), empty for the window or the headless default
    QStringList commandArguments;   ///< for the command's own parser: the program, then every argument but the command
    std::optional<QString> db;      ///< --db
    std::optional<QString> lang;    ///< --lang
    bool help = false;              ///< -h or --help before any command
    bool version = false;           ///< --version
    QString error;                  ///< why the arguments cannot be read (an option without its value)
};

/// Reads the program's arguments. An option before the command is one of the program's own
/// (--db, --lang, --as-of, --region, --screenshot, --view, --size): those with a value take the next
/// argument unless written `--name=value`, so the first other argument is the command.
GlobalOptions parseGlobalOptions(const QStringList &arguments);

} // namespace chiso
