namespace Gongkai.Data;

/// <summary>A node of the agencies tree as stored.</summary>
public sealed record Agency(long Id, long? ParentId, string Path, string Kind, string? Code, string Name, string FullName, double Confidence, string? Evidence, string PlacedBy)
{
    /// <summary>The ids from the root down to this agency, read from <see cref="Path"/>.</summary>
    public IReadOnlyList<long> PathIds => PathIdsOf(Path);

    /// <summary>Depth below the root (the root is 0).</summary>
    public int Depth => Path.Count(c => c == '/') - 2;

    /// <summary>A region's own name (河北省, for the roll-up of everything under it); an agency's full name otherwise.</summary>
    public string RegionOrName => Kind is "root" or "province" or "city" or "county" or "township" ? Name : FullName;

    /// <summary>The kind in Chinese, for listings.</summary>
    public string KindZh => Kind switch
    {
        "root" => "全国",
        "unplaced" => "未归属",
        "province" => "省级",
        "city" => "市级",
        "county" => "县级",
        "township" => "乡镇街道",
        "department" => "部门",
        _ => "未定位机构",
    };

    /// <summary>The ids of a materialized path such as <c>/1/7/42/</c>.</summary>
    public static IReadOnlyList<long> PathIdsOf(string path) =>
        [.. path.Trim('/').Split('/').Select(p => long.Parse(p, System.Globalization.CultureInfo.InvariantCulture))];
}
