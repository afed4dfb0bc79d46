using Gongkai.Reports;

namespace Gongkai.Data.Import;

/// <summary>Where a report's agency goes in the tree, from the report itself.</summary>
internal static class Placements
{
    public static AgencyPlace Infer(AnnualReport report)
    {
        var name = report.Agency ?? "（未署名机构）";
        return new AgencyPlace([], null, name, [name], 0, "尚无地名依据");
    }
}
