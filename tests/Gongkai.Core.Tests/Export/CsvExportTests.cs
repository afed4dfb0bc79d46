using System.Text;
using Gongkai.Writing.Export;

namespace Gongkai.Core.Tests.Export;

/// <summary>CSV export read back with a strict RFC 4180 reader: headers, metadata and every cell as the report holds it.</summary>
public sealed class CsvExportTests
{
    private static (byte[] Bytes, List<string[]> Records) Export(IReadOnlyList<ExportRow> rows)
    {
        using var stream = new MemoryStream();
        CsvExport.Write(rows, stream);
        var bytes = stream.ToArray();
        return (bytes, Rfc4180.Parse(new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3)));
    }

    [Fact]
    public void StartsWithTheUtf8ByteOrderMark()
    {
        var (bytes, _) = Export([]);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
    }

    [Fact]
    public void TwoHeaderRowsHoldTheLabelsThenTheKeys()
    {
        var (_, records) = Export([]);
        Assert.Equal(2, records.Count);
        Assert.Equal(ExportColumns.Report.Select(c => c.Label), records[0]);
        Assert.Equal(ExportColumns.Report.Select(c => c.Key), records[1]);
    }

    [Fact]
    public void EveryFieldReadsBackAsTheReportHoldsIt()
    {
        var rows = ExportSamples.All();
        var (_, records) = Export(rows);
        Assert.Equal(rows.Count + 2, records.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var expected = ExportSamples.ExpectedReportRow(rows[i]);
            var actual = records[i + 2];
            Assert.Equal(expected.Length, actual.Length);
            var wrong = Enumerable.Range(0, expected.Length).Where(j => expected[j] != actual[j])
                .Select(j => $"{ExportColumns.Report[j].Key}: expected '{expected[j]}', got '{actual[j]}'").ToList();
            Assert.True(wrong.Count == 0, $"row {i}: " + string.Join("\n", wrong.Take(10)));
        }
    }

    [Fact]
    public void SeedBlanksAndCellsOfTheOtherTemplateAreEmptyFields()
    {
        var rows = ExportSamples.All();
        var (_, records) = Export(rows);
        var keys = records[1];
        var row2021 = rows.First(r => r.Report.Format == Gongkai.Reports.ReportFormat.Revised2021);
        var fields = records[2 + rows.ToList().IndexOf(row2021)];
        Assert.Equal("", fields[Array.IndexOf(keys, "s2.procurement.amount")]); // 2019 only
        Assert.NotEqual("", fields[Array.IndexOf(keys, "s2.fees.amount")]);
        Assert.Contains(rows, r => r.Report.Cells.Any(c => c.Value.Value is null)); // the seeds have blank cells
    }

    [Fact]
    public void TextWithCommasQuotesAndLineBreaksIsQuotedAndQuotesAreDoubled()
    {
        var (bytes, records) = Export([ExportSamples.Tricky()]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("\"某县\"\"阳光政务\"\"办公室, 信息公开科\r\n（第二行）\"", text, StringComparison.Ordinal);
        Assert.Contains("\"河北省/邢台市/巨鹿县,\"\"开发区\"\"\"", text, StringComparison.Ordinal);
        Assert.Equal(ExportSamples.TrickySource, records[2][6]);
        Assert.Equal("9007199254740993", records[2][0]);
        Assert.Equal("2025-03-01 01:30:15+00:00", records[2][8]);
    }

    [Fact]
    public void NumbersArePrintedExactlyWithoutExponentOrSeparators()
    {
        var report = Gongkai.Reports.AnnualReport.Empty(Gongkai.Reports.ReportFormat.Trial2019).WithValues(new Dictionary<string, decimal?>
        {
            ["s2.licensing.change"] = -3m,
            ["s2.procurement.amount"] = 12.50m,
            ["s2.rules.made"] = 1234567m,
            ["s2.fees.change"] = 0.0000001m,
            ["s2.procurement.count"] = 79228162514264337593543950335m,
        });
        var row = new ExportRow(1, "甲", "乙", 2020, 1, null, null, default, report, []);
        var (_, records) = Export([row]);
        string Field(string key) => records[2][Array.IndexOf(records[1], key)];
        Assert.Equal("-3", Field("s2.licensing.change"));
        Assert.Equal("12.5", Field("s2.procurement.amount"));
        Assert.Equal("1234567", Field("s2.rules.made"));
        Assert.Equal("0.0000001", Field("s2.fees.change"));
        Assert.Equal("79228162514264337593543950335", Field("s2.procurement.count"));
        Assert.Equal("", Field("s2.rules.published"));
    }

    [Fact]
    public void LinesEndWithCrLfAndEveryRecordHasEveryColumn()
    {
        var (bytes, records) = Export(ExportSamples.All());
        var text = Encoding.UTF8.GetString(bytes);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.All(records, r => Assert.Equal(ExportColumns.Report.Count, r.Length));
    }

    [Fact]
    public void WritesToAStreamThatCannotSeekAndLeavesItOpen()
    {
        using var inner = new MemoryStream();
        using var forwardOnly = new ForwardOnlyStream(inner);
        CsvExport.Write(ExportSamples.Generated(2), forwardOnly);
        Assert.True(forwardOnly.CanWrite);
        Assert.Equal(4, Rfc4180.Parse(Encoding.UTF8.GetString(inner.ToArray())[1..]).Count);
    }
}
