using Gongkai.Diagnostics;
using Gongkai.Reading;

namespace Gongkai.Cli;

/// <summary>One input after reading: the outcome, or the exception a bug threw while reading it.</summary>
internal sealed record InputResult(string Path, ParseOutcome? Outcome, Exception? Bug)
{
    public bool Unreadable => Outcome is { Report: null };

    /// <summary>The first input-level (GK01xx) error, the reason an unreadable file was refused.</summary>
    public Diagnostic? Reason => Outcome?.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error && d.Code.StartsWith("GK01", StringComparison.Ordinal))
        ?? Outcome?.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error);

    /// <summary>Reads one file with the default pipeline; an exception (a bug) is kept, not thrown.</summary>
    public static InputResult Read(string path)
    {
        try
        {
            return new InputResult(path, ReportPipeline.Default.ReadFile(path), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new InputResult(path, null, e);
        }
    }

    /// <summary>The one line that says why a file could not be read, in the compiler shape.</summary>
    public string ReasonLine(bool english = false)
    {
        if (Reason is { } d)
        {
            var located = d.Location.File is null ? d.WithFile(Path) : d;
            return english ? located.ToStringEn() : located.ToString();
        }

        return $"{Path}: error: 无法读取（unreadable）";
    }
}
