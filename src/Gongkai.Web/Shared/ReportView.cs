using System.Collections.Immutable;
using Gongkai.Diagnostics;
using Gongkai.Reports;

namespace Gongkai.Web.Shared;

/// <summary>
/// What <c>_Report.cshtml</c> draws: a report in the official layout, each finding numbered and marked on the
/// cells it concerns, review comments on their cells, and — when <see cref="Editable"/> — inputs in the value cells
/// (named <c>cell:{key}</c>; the cells in <see cref="Computed"/> are read-only because Gongkai computes them).
/// </summary>
public sealed record ReportView(
    AnnualReport Report,
    ImmutableArray<Diagnostic> Findings,
    bool Editable = false,
    IReadOnlySet<string>? Computed = null,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Comments = null,
    string IdPrefix = "")
{
    private readonly Dictionary<string, List<int>> byCell = Index(Findings);

    /// <summary>1-based numbers of the findings that concern a cell, in list order.</summary>
    public IReadOnlyList<int> FindingsOf(string key) => byCell.TryGetValue(key, out var list) ? list : [];

    /// <summary>CSS class of a value cell: its worst finding, and whether a reviewer commented on it.</summary>
    public string ClassOf(string key)
    {
        var numbers = FindingsOf(key);
        var cls = numbers.Any(n => Findings[n - 1].Severity == Severity.Error) ? "value finding-error"
            : numbers.Any(n => Findings[n - 1].Severity == Severity.Warning) ? "value finding-warning"
            : "value";
        return Comments?.ContainsKey(key) == true ? cls + " commented" : cls;
    }

    /// <summary>The element id of a cell's input or value (<c>cell-s3-received-natural</c>).</summary>
    public string CellId(string key) => IdPrefix + "cell-" + key.Replace('.', '-');

    /// <summary>A short label for a cell: row and column as the template prints them.</summary>
    public static string Label(string key) =>
        TemplateCatalog.Default.Find(key) is { } d ? $"{d.RowLabel} / {d.Column}" : key;

    private static Dictionary<string, List<int>> Index(ImmutableArray<Diagnostic> findings)
    {
        var index = new Dictionary<string, List<int>>();
        for (var i = 0; i < findings.Length; i++)
        {
            foreach (var key in findings[i].CellKeys.Distinct())
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                list.Add(i + 1);
            }
        }

        return index;
    }
}
