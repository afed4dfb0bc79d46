using System.Globalization;
using System.Text;

namespace Gongkai.Writing.Export;

/// <summary>
/// Writes reports as one CSV table (RFC 4180): UTF-8 with a byte-order mark (so Excel opens Chinese correctly),
/// CRLF line ends, fields quoted only when they hold a comma, a double quote or a line break.
/// </summary>
/// <remarks>
/// Two header lines: the Chinese labels of <see cref="ExportColumns.Report"/>, then their keys. Then one line per
/// report: the metadata, then every cell of both templates in cells.tsv order; a cell the report's template does
/// not print, or that the document left blank, is an empty field. Numbers are written exactly as the decimal
/// value, invariantly (<c>12.5</c>, <c>-3</c>: no exponent, no group separator). Rows are written as they come.
/// </remarks>
public static class CsvExport
{
    public static void Write(IEnumerable<ExportRow> rows, Stream output)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        var columns = ExportColumns.Report;
        WriteLine(writer, columns.Select(c => c.Label));
        WriteLine(writer, columns.Select(c => c.Key));
        Span<char> number = stackalloc char[64];
        foreach (var row in rows)
        {
            var first = true;
            foreach (var value in ExportValue.Metadata(row))
            {
                Separator(writer, ref first);
                WriteValue(writer, value, number);
            }

            foreach (var cell in ExportColumns.Cells)
            {
                Separator(writer, ref first);
                if (row.Report[cell.Key] is { } v)
                {
                    WriteNumber(writer, v, number);
                }
            }

            writer.Write("\r\n");
        }
    }

    private static void WriteLine(StreamWriter writer, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            Separator(writer, ref first);
            WriteText(writer, field);
        }

        writer.Write("\r\n");
    }

    private static void Separator(StreamWriter writer, ref bool first)
    {
        if (!first)
        {
            writer.Write(',');
        }

        first = false;
    }

    private static void WriteValue(StreamWriter writer, ExportValue value, Span<char> buffer)
    {
        if (value.Number is { } n)
        {
            WriteNumber(writer, n, buffer);
        }
        else if (value.Text is { } t)
        {
            WriteText(writer, t);
        }
    }

    private static void WriteNumber(StreamWriter writer, decimal value, Span<char> buffer)
    {
        // A decimal has at most 29 digits, a sign and a point: the buffer always suffices.
        CanonicalJson.Normalize(value).TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        writer.Write(buffer[..written]);
    }

    /// <summary>RFC 4180 §2.6–2.7: a field with a comma, quote, CR or LF is enclosed in quotes, its quotes doubled; any other is as it is.</summary>
    public static string Field(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void WriteText(StreamWriter writer, string text) => writer.Write(Field(text));
}
