#include "io/CsvReader.h"

#include <QBuffer>
#include <gtest/gtest.h>

using namespace chiso;

namespace {

struct Parsed {
    std::vector<std::vector<QByteArray>> records;
    std::vector<qint64> lines;
    QString error;
    bool utf16 = false;
};

Parsed parse(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    Parsed parsed;
    while (reader.next()) {
        parsed.records.push_back(reader.fields());
        parsed.lines.push_back(reader.line());
    }
    parsed.error = reader.error();
    parsed.utf16 = reader.looksLikeUtf16();
    return parsed;
}

} // namespace

TEST(CsvReader, PlainFieldsAndLineNumbers)
{
    const Parsed p = parse("a,b,c\n1,2,3\n");
    ASSERT_EQ(p.records.size(), 2u);
    EXPECT_EQ(p.records[1], (std::vector<QByteArray>{"1", "2", "3"}));
    EXPECT_EQ(p.lines, (std::vector<qint64>{1, 2}));
    EXPECT_TRUE(p.error.isEmpty());
}

TEST(CsvReader, QuotedCommasQuotesAndLineBreaks)
{
    const Parsed p = parse("h\n\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,x,y\n");
    ASSERT_EQ(p.records.size(), 3u);
    EXPECT_EQ(p.records[1], (std::vector<QByteArray>{"a, b", "say \"hi\"", "two\nlines"}));
    EXPECT_EQ(p.lines, (std::vector<qint64>{1, 2, 4})); // the quoted line break moves the next record to line 4
}

TEST(CsvReader, CrLfAndByteOrderMarkAndEmptyFields)
{
    const Parsed p = parse("\xEF\xBB\xBFrecord,b\r\n,\r\n");
    ASSERT_EQ(p.records.size(), 2u);
    EXPECT_EQ(p.records[0][0], QByteArray("record"));
    EXPECT_EQ(p.records[1], (std::vector<QByteArray>{"", ""}));
}

TEST(CsvReader, LastLineWithoutLineBreak)
{
    const Parsed p = parse("a,b\n1,2");
    ASSERT_EQ(p.records.size(), 2u);
    EXPECT_EQ(p.records[1][1], QByteArray("2"));
}

TEST(CsvReader, UnclosedQuoteIsAnError)
{
    const Parsed p = parse("a\n\"open\n");
    EXPECT_FALSE(p.error.isEmpty());
}

TEST(CsvReader, StrayQuotesAreErrors)
{
    EXPECT_FALSE(parse("ab\"c\n").error.isEmpty());
    EXPECT_FALSE(parse("\"ab\"c\n").error.isEmpty());
}

TEST(CsvReader, Utf16IsRecognised)
{
    const Parsed p = parse(QByteArray("\xFF\xFE" "a\0,\0b\0\n\0", 10));
    EXPECT_TRUE(p.utf16);
    EXPECT_TRUE(p.records.empty());
    EXPECT_FALSE(p.error.isEmpty());
}

TEST(CsvReader, NulBytesInsideAQuotedLineBreakStopWithAnError)
{
    // Found in review: the UTF-16 mark set while reading a continuation line ended the file
    // silently, and the rows before it would have been committed.
    const Parsed p = parse(QByteArray("a,b\n1,\"two\n\0lines\"\n3,4\n", 24));
    EXPECT_FALSE(p.error.isEmpty());
}

TEST(CsvReader, AnUnclosedQuoteInAHugeFileStopsAtTheLimit)
{
    QByteArray bytes = "a\n\"";
    const QByteArray line(1000, 'x');
    while (bytes.size() <= CsvReader::maxLineBytes + 2000)
        bytes += line + '\n';
    const Parsed p = parse(bytes);
    EXPECT_TRUE(p.error.contains(QStringLiteral("MiB"))) << p.error.toStdString();
}
