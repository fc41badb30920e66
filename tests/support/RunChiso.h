#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <functional>

/// What the program said and how it ended.
struct ChisoRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the program in English on the offscreen platform; `setUp` may change the process
/// (its environment, its standard output) before it starts. Exit code −1 if it crashed or was
/// still running after `timeout` ms.
inline ChisoRun runChiso(const QStringList &arguments, const std::function<void(QProcess &)> &setUp = {}, int timeout = 60000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    if (setUp)
        setUp(process);
    process.start(QStringLiteral(CHISO_BINARY), arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    const bool finished = process.waitForFinished(timeout);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    return {finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}
