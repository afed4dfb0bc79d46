using Gongkai.Diagnostics;

namespace Gongkai.Reports;

/// <summary>One cell's value and where in the source it was read.</summary>
/// <param name="Value">The number the document prints, sign kept; <c>null</c> where it prints no legible number.</param>
/// <param name="Source">Where the number stands in the source; <see cref="SourceLocation.None"/> when unknown or when the value is null because nothing was there.</param>
/// <param name="Printed">The cell's text as printed when it was not a plain number (e.g. "/", "无", "12.5万元"); otherwise null.</param>
public readonly record struct Cell(decimal? Value, SourceLocation Source = default, string? Printed = null)
{
    public static Cell Empty => default;
}
