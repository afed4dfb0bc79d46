using System.Text;
using Gongkai.Reports;
using Gongkai.Writing;

namespace Gongkai.Cli;

/// <summary>The formats <c>render</c> writes, each by one writer of Gongkai.Core.</summary>
internal static class RenderFormats
{
    public static string[] Names { get; } = ["json", "md", "html", "docx", "txt"];

    /// <summary>A text format as a string (docx is binary and must go to a file).</summary>
    public static string Text(AnnualReport report, string format) => format switch
    {
        "json" => CanonicalJson.Write(report),
        "md" => MarkdownWriter.Write(report),
        "html" => HtmlWriter.Write(report),
        "txt" => PlainTextWriter.Write(report),
        "docx" => throw new InvalidOperationException("docx is binary; write it to a file"),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format"),
    };

    /// <summary>The whole output in memory, so a failed render never leaves a half-written file.</summary>
    public static byte[] Bytes(AnnualReport report, string format) =>
        format == "docx" ? DocxWriter.ToBytes(report) : new UTF8Encoding(false).GetBytes(Text(report, format));
}
