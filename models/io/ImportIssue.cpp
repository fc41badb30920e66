#include "ImportIssue.h"

using namespace Qt::StringLiterals;

namespace chiso {

QString ImportIssue::toString() const
{
    QString where = file;
    if (!cell.isEmpty())
        where += u":"_s + cell;
    else if (line > 0)
        where += u":%1"_s.arg(line);
    if (!field.isEmpty())
        where += u": "_s + field;
    return where + u": "_s + message;
}

} // namespace chiso
