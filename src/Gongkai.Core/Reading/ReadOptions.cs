namespace Gongkai.Reading;

/// <summary>Limits and switches for reading one document. Every limit, when crossed, gives one clear error.</summary>
/// <param name="MaxFileBytes">Larger files are refused with GK0106 before they are read.</param>
/// <param name="MaxLines">Text beyond this many lines is not read (a report has a few hundred).</param>
/// <param name="MaxPages">PDF pages read at most (a report has a handful); more gives GK0113.</param>
/// <param name="MaxImagePixels">Largest image (width × height) decoded for OCR; larger gives GK0113.</param>
/// <param name="MaxDecompressedBytes">Largest total size a ZIP-based file (DOCX, XLSX) may expand to; more gives GK0113.</param>
/// <param name="MaxImages">Images OCR'd per document at most.</param>
/// <param name="TimeLimit">Wall-clock time per file for external tools (LibreOffice, pdftotext, OCR); more gives GK0112.</param>
public sealed record ReadOptions(
    long MaxFileBytes = 64L * 1024 * 1024,
    int MaxLines = 200_000,
    int MaxPages = 60,
    long MaxImagePixels = 40_000_000,
    long MaxDecompressedBytes = 256L * 1024 * 1024,
    int MaxImages = 60,
    TimeSpan? TimeLimit = null)
{
    public static ReadOptions Default { get; } = new();

    /// <summary>The time limit, 120 s when not set.</summary>
    public TimeSpan Timeout => TimeLimit ?? TimeSpan.FromSeconds(120);
}
