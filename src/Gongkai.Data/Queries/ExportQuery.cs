using System.Globalization;
using Dapper;
using Gongkai.Writing;
using Gongkai.Writing.Export;

namespace Gongkai.Data.Queries;

/// <summary>
/// The reports in scope as export rows, streamed from the database (one row in memory at a time), in the order the
/// database reads them (by year and agency when a year is given, else as imported): any ORDER BY would make the
/// database sort every row with its JSON first (each row carries its report number; sort the sheet as you like).
/// </summary>
public static class ExportQuery
{
    /// <param name="allVersions">Every stored version rather than only the current ones.</param>
    public static IEnumerable<ExportRow> Rows(Database database, Scope scope, bool allVersions = false)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(scope);
        var (where, parameters) = scope.Where();
        if (allVersions)
        {
            where = where.Replace("r.is_current = 1 AND ", "", StringComparison.Ordinal);
        }

        using var c = database.OpenAsync().GetAwaiter().GetResult();
        var names = c.Query<(long Id, string Name)>("SELECT id, name FROM agencies").ToDictionary(a => a.Id, a => a.Name);
        var rows = c.Query<(long Id, string Agency, string Path, int Year, int Version, string Source, string? PublishedOn, string ImportedAt, string Json, string Findings)>(
            $"""
            SELECT r.id, a.full_name, a.path, r.year, r.version, r.source, r.published_on, r.imported_at, r.report_json, r.findings_json
            FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE {where}
            """,
            parameters,
            buffered: false);
        foreach (var r in rows)
        {
            yield return new ExportRow(r.Id, r.Agency, Region(r.Path, names), r.Year, r.Version, r.Source, r.PublishedOn,
                DateTimeOffset.Parse(r.ImportedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                CanonicalJson.Read(r.Json, r.Source), FindingsJson.Read(r.Findings));
        }
    }

    /// <summary>The region names above an agency: 河北省/邢台市/巨鹿县 (the root and 未归属 left out).</summary>
    public static string Region(string path, IReadOnlyDictionary<long, string> names)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(names);
        var ids = Agency.PathIdsOf(path);
        return string.Join('/', ids.Skip(1).SkipLast(1).Where(id => id != AgencyTree.UnplacedId).Select(id => names[id]));
    }
}
