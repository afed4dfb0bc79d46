namespace Gongkai.Data;

/// <summary>A node of the agencies tree as stored.</summary>
public sealed record Agency(long Id, long? ParentId, string Path, string Kind, string? Code, string Name, string FullName, double Confidence, string? Evidence, string PlacedBy)
{
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
}
