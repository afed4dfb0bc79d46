namespace Gongkai.Casework.Statistics;

/// <summary>
/// Who applied: the six 申请人情况 columns of table 三 (国办公开办函〔2021〕30号), 自然人 and the five kinds of
/// 法人或其他组织.
/// </summary>
public enum ApplicantType
{
    /// <summary>自然人</summary>
    Natural = 1,

    /// <summary>法人或其他组织 / 商业企业</summary>
    Business,

    /// <summary>法人或其他组织 / 科研机构</summary>
    Research,

    /// <summary>法人或其他组织 / 社会公益组织</summary>
    Nonprofit,

    /// <summary>法人或其他组织 / 法律服务机构</summary>
    Legal,

    /// <summary>法人或其他组织 / 其他</summary>
    OtherOrganization,
}

public static class ApplicantTypes
{
    public static IReadOnlyList<ApplicantType> All { get; } = Enum.GetValues<ApplicantType>();

    /// <summary>The column as printed: 自然人, or 法人或其他组织 and its kind.</summary>
    public static string Label(this ApplicantType type) => type switch
    {
        ApplicantType.Natural => "自然人",
        ApplicantType.Business => "商业企业",
        ApplicantType.Research => "科研机构",
        ApplicantType.Nonprofit => "社会公益组织",
        ApplicantType.Legal => "法律服务机构",
        ApplicantType.OtherOrganization => "其他法人或其他组织",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The column part of a table-三 cell key (<c>s3.{row}.{column}</c> in cells.tsv), e.g. <c>natural</c>.</summary>
    public static string CellColumn(this ApplicantType type) => type switch
    {
        ApplicantType.Natural => "natural",
        ApplicantType.Business => "business",
        ApplicantType.Research => "research",
        ApplicantType.Nonprofit => "nonprofit",
        ApplicantType.Legal => "legal",
        ApplicantType.OtherOrganization => "other_org",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
