using System.Collections.Immutable;

namespace Gongkai.Agencies;

/// <summary>Where an issuing agency belongs in the tree of governments, and why the placer thinks so.</summary>
/// <param name="Path">
/// The divisions from the province down, as deep as is certain (河北省 › 邢台市 › 巨鹿县 › 巨鹿镇); empty when nothing is.
/// For a department, the path ends at the government it belongs to.
/// </param>
/// <param name="Department">The department (教育局, 人民政府办公室), or null for a people's government or street office.</param>
/// <param name="CanonicalName">
/// <see cref="AgencyNames.Canonical"/> of the agency when <see cref="Complete"/>; otherwise the normalized printed
/// name; null when there was no name.
/// </param>
/// <param name="Aliases">Names the agency is known by (巨鹿镇, 巨鹿镇人民政府, 巨鹿县巨鹿镇人民政府, …); empty when not complete.</param>
/// <param name="Confidence">In [0, 1]: about 0.9 and above when the name alone decides, lower when the text had to choose, below 0.5 when the path stops above the agency.</param>
/// <param name="Evidence">Why, in Chinese, one fact per line: 机构名称含“巨鹿县”, 正文提及“河北省” ….</param>
/// <param name="Complete">True when <see cref="Path"/> reaches the agency's own unit, false when it stops above it.</param>
public sealed record Placement(
    ImmutableArray<Division> Path,
    string? Department,
    string? CanonicalName,
    ImmutableArray<string> Aliases,
    double Confidence,
    ImmutableArray<string> Evidence,
    bool Complete)
{
    /// <summary>The deepest division placed, or null.</summary>
    public Division? Unit => Path.IsEmpty ? null : Path[^1];

    /// <summary>The path as people read it: 河北省 › 邢台市 › 巨鹿县 › 巨鹿镇.</summary>
    public string PathText => string.Join(" › ", Path.Select(d => d.Name));

    internal static Placement Nowhere(string? name, string evidence) =>
        new([], null, name, [], 0, [evidence], false);
}
