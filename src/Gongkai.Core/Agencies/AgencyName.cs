using System.Collections.Immutable;

namespace Gongkai.Agencies;

/// <summary>An issuing agency's name taken apart: its administrative units, and what it is within the last of them.</summary>
/// <param name="Printed">The name as given.</param>
/// <param name="Normalized">The name after <see cref="AgencyNames.Normalize"/> (巨鹿县官亭镇政府 → 巨鹿县官亭镇人民政府).</param>
/// <param name="Regions">The units the name starts with, outermost first (巨鹿县, 官亭镇); empty when it names none.</param>
/// <param name="Department">
/// The department of the last unit's government (教育局, 市场监督管理局, 人民政府办公室), or null when the agency is
/// the government itself (人民政府, 街道办事处) or the name stops at the unit (巨鹿镇).
/// </param>
/// <param name="Units">
/// The divisions the last unit can be once every unit of the name is taken together (官亭镇 under 巨鹿县: one);
/// several when the name leaves a choice (东明镇人民政府: three), empty when the gazetteer does not know it.
/// </param>
public sealed record AgencyName(string Printed, string Normalized, ImmutableArray<NamePart> Regions, string? Department, ImmutableArray<Division> Units)
{
    /// <summary>The innermost unit the name prints, or null.</summary>
    public NamePart? Unit => Regions.IsEmpty ? null : Regions[^1];

    /// <summary>True for a people's government or street office, false for a department or a name without units.</summary>
    public bool IsGovernment => Department is null && !Regions.IsEmpty;

    public NamePart? Part(DivisionLevel level) => Regions.FirstOrDefault(p => p.Level == level);
}
