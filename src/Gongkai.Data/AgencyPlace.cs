using System.Collections.Immutable;

namespace Gongkai.Data;

/// <summary>One level of a region path: 河北省 (province), 邢台市 (city), 巨鹿县 (county), 巨鹿镇 (township).</summary>
/// <param name="Kind">province, city, county or township.</param>
/// <param name="Code">The GB/T 2260 code.</param>
/// <param name="Name">The region's name, e.g. 巨鹿镇.</param>
/// <param name="FullName">Its government as it signs reports, e.g. 巨鹿县巨鹿镇人民政府.</param>
public sealed record RegionStep(string Kind, string Code, string Name, string FullName);

/// <summary>
/// Where an issuing agency belongs in the registry's tree: the regions from the province down, the department
/// when the agency is not the people's government itself, its canonical name, the names it goes by, and how sure
/// the placement is (with the reasons, shown to whoever corrects it). <see cref="Complete"/> is false when the regions
/// stop above the agency's own unit (a township name found in several counties, say): the agency then hangs under the
/// deepest certain region as an unplaced node, to be corrected by hand.
/// </summary>
public sealed record AgencyPlace(
    ImmutableArray<RegionStep> Regions,
    string? Department,
    string FullName,
    ImmutableArray<string> Aliases,
    double Confidence,
    string Evidence,
    bool Complete);
