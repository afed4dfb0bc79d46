namespace Gongkai.Agencies;

/// <summary>One administrative division: its code, official name, level and the code of the division above it.</summary>
/// <param name="Code">
/// The GB/T 2260 code as the gazetteer prints it: 2 digits for a province (13), 4 for a city (1305), 6 for a county
/// (130529), and 9 for a township (130529100, 国家统计局统计用区划代码, which extends GB/T 2260).
/// </param>
/// <param name="Name">The official name (河北省, 邢台市, 巨鹿县, 巨鹿镇).</param>
/// <param name="ParentCode">
/// The division directly above, or null for a province. A county of a 直辖市 or a 省直辖县级行政区划 has its province
/// as parent (the gazetteer's placeholder cities 市辖区 and 省直辖县级行政区划 are not divisions), and the townships of
/// a city without counties (东莞市, 中山市, 儋州市, 嘉峪关市) have the city as parent.
/// </param>
public sealed record Division(string Code, string Name, DivisionLevel Level, string? ParentCode)
{
    /// <summary>The name without its generic suffix (巨鹿县 → 巨鹿, 东明朝鲜族乡 → 东明); the full name when that would leave one character.</summary>
    public string ShortName { get; } = DivisionNames.Short(Name);

    public override string ToString() => $"{Name}({Code})";
}
