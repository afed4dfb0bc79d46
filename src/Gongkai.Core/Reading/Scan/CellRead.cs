using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>
/// How one number cell of a scanned table was read: where it stands, what the digits engine returned, the text put in
/// the grid (empty when illegible), tesseract's lowest word confidence (0–100) and, when a second reading disagreed,
/// what that one said.
/// </summary>
internal sealed record CellRead(SourceLocation Location, string Raw, string Text, int Confidence, string? Other = null)
{
    /// <summary>True when the ink could not be read as a number, so the grid has an empty cell there.</summary>
    public bool Illegible => Text.Length == 0;
}
