using System.Collections.Immutable;
using Gongkai.Agencies;
using Gongkai.Reports;

namespace Gongkai.Data.Import;

/// <summary>Where a report's agency goes in the tree: the gazetteer placer's answer in the registry's terms.</summary>
internal static class Placements
{
    /// <summary>The name an agency is registered under when the document never names it.</summary>
    public const string Unnamed = "（未署名机构）";

    public static AgencyPlace Infer(AnnualReport report)
    {
        var p = AgencyPlacer.Infer(report);
        var regions = p.Path
            .Select(d => new RegionStep(Kind(d.Level), d.Code, d.Name, AgencyNames.Canonical(d)))
            .ToImmutableArray();
        var name = p.CanonicalName ?? report.Agency ?? Unnamed;
        return new AgencyPlace(regions, p.Department, name, p.Aliases, p.Confidence, string.Join("；", p.Evidence), p.Complete);
    }

    private static string Kind(DivisionLevel level) => level switch
    {
        DivisionLevel.Province => "province",
        DivisionLevel.City => "city",
        DivisionLevel.County => "county",
        _ => "township",
    };
}
