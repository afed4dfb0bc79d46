using System.Globalization;

namespace Gongkai.Data.Queries;

/// <summary>
/// Which reports a question is about: the current version of every report by an agency in a subtree, for a range of
/// years (inclusive; null = open).
/// </summary>
public sealed record Scope(Agency Root, int? FromYear = null, int? ToYear = null)
{
    /// <summary>The SQL condition on reports <c>r</c> joined to agencies <c>a</c>, with its parameters.</summary>
    internal (string Sql, object Parameters) Where()
    {
        var (low, high) = AgencyQueries.PathRange(Root.Path);
        var sql = "r.is_current = 1 AND r.year IS NOT NULL AND a.path >= @low AND a.path < @high"
            + (FromYear is null ? "" : " AND r.year >= @from")
            + (ToYear is null ? "" : " AND r.year <= @to");
        return (sql, new { low, high, from = FromYear, to = ToYear });
    }

    public string Describe() =>
        Root.RegionOrName + (FromYear, ToYear) switch
        {
            (null, null) => "（全部年度）",
            ({ } f, { } t) when f == t => string.Create(CultureInfo.InvariantCulture, $"（{f} 年度）"),
            (var f, var t) => $"（{f?.ToString(CultureInfo.InvariantCulture) ?? "…"}–{t?.ToString(CultureInfo.InvariantCulture) ?? "…"} 年度）",
        };
}
